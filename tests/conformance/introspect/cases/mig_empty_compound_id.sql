-- database produced by the migrate case empty_compound_id
-- CreateTable
CREATE TABLE "M" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL,
    "c" INTEGER,

    PRIMARY KEY ("a", "b")
);
