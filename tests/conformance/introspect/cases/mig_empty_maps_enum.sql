-- database produced by the migrate case empty_maps_enum
-- CreateTable
CREATE TABLE "users" (
    "user_id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "first_name" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'user'
);
