-- AlterTable
ALTER TABLE "User" ADD COLUMN "age" INTEGER;

-- CreateIndex
CREATE INDEX "User_age_idx" ON "User"("age");

