-- CreateTable
CREATE TABLE "Category" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "category_name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Pair" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL,

    PRIMARY KEY ("a", "b")
);

-- CreateTable
CREATE TABLE "_CategoryToPost" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    FOREIGN KEY ("B") REFERENCES "posts" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    FOREIGN KEY ("A") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "posts" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "uid" TEXT NOT NULL,
    "cid" TEXT NOT NULL,
    "views" BIGINT NOT NULL DEFAULT 0,
    "price" DECIMAL NOT NULL DEFAULT 9.99,
    "ratio" REAL NOT NULL DEFAULT 1.5,
    "draft" BOOLEAN NOT NULL DEFAULT true,
    "data" JSONB,
    "blob" BLOB,
    "role" TEXT NOT NULL DEFAULT 'USER',
    "gen" INTEGER NOT NULL DEFAULT 1 + 1
);

-- CreateIndex
CREATE UNIQUE INDEX "Category_category_name_id_key" ON "Category"("category_name" ASC, "id" ASC);

-- CreateIndex
CREATE INDEX "Category_category_name_idx" ON "Category"("category_name" DESC);

-- CreateIndex
CREATE INDEX "_CategoryToPost_B_index" ON "_CategoryToPost"("B" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "_CategoryToPost_AB_unique" ON "_CategoryToPost"("A" ASC, "B" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "posts_cid_key" ON "posts"("cid" ASC);

/* summary

[+] Added tables
  - Category
  - Pair
  - _CategoryToPost
  - posts

[*] Changed the `Category` table
  [+] Added unique index on columns (category_name, id)
  [+] Added index on columns (category_name)

[*] Changed the `_CategoryToPost` table
  [+] Added index on columns (B)
  [+] Added unique index on columns (A, B)

[*] Changed the `posts` table
  [+] Added unique index on columns (cid)
*/
