-- AlterTable
ALTER TABLE "User" ADD COLUMN "extra" JSONB;

