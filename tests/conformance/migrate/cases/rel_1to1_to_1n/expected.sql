-- DropIndex
DROP INDEX "Post_authorId_key";

