-- AlterTable
ALTER TABLE "User" ADD COLUMN "g" circle;

