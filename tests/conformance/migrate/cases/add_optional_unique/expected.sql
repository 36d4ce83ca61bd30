-- AlterTable
ALTER TABLE "User" ADD COLUMN "nick" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "User_nick_key" ON "User"("nick");

