-- DropIndex
DROP INDEX "M_a_key";

