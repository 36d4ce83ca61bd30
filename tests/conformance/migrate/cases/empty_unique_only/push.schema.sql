CREATE TABLE "M" (
    "email" TEXT NOT NULL,
    "name" TEXT
);
CREATE UNIQUE INDEX "M_email_key" ON "M"("email");
