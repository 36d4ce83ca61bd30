-- database produced by the migrate case empty_unique_only
-- CreateTable
CREATE TABLE "M" (
    "email" TEXT NOT NULL,
    "name" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "M_email_key" ON "M"("email");
