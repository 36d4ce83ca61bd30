//! Realistic documents shared by the tests, the size example and the fixture generator.
//! Each test binary uses a different subset, hence the `allow`.
#![allow(dead_code)]

use seedbed_share::{
    SeedLocale, SeederSettings, ShareDoc, SharedLesson, SharedMigration, SharedSeed,
};

/// A blog schema as a first relations lesson writes it: 3 models, 1:n and implicit m:n.
pub const BLOG_SCHEMA: &str = r#"generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider = "sqlite"
  url      = "file:./dev.db"
}

model User {
  id        Int      @id @default(autoincrement())
  email     String   @unique
  name      String?
  posts     Post[]
  createdAt DateTime @default(now())
}

model Post {
  id        Int     @id @default(autoincrement())
  title     String
  content   String?
  published Boolean @default(false)
  author    User    @relation(fields: [authorId], references: [id])
  authorId  Int
  tags      Tag[]
}

model Tag {
  id    Int    @id @default(autoincrement())
  name  String @unique
  posts Post[]
}
"#;

/// The first migration of [`BLOG_SCHEMA`] (before `published` existed), as Prisma writes
/// it for SQLite.
pub const BLOG_INIT_SQL: &str = r#"-- CreateTable
CREATE TABLE "User" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "content" TEXT,
    "authorId" INTEGER NOT NULL,
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "_PostToTag" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_PostToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Post" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PostToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");

-- CreateIndex
CREATE UNIQUE INDEX "_PostToTag_AB_unique" ON "_PostToTag"("A", "B");

-- CreateIndex
CREATE INDEX "_PostToTag_B_index" ON "_PostToTag"("B");
"#;

/// The second migration: a required column with a default, which SQLite can only add by
/// redefining the table.
pub const BLOG_PUBLISHED_SQL: &str = r#"-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Post" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "content" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "authorId" INTEGER NOT NULL,
    CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Post" ("authorId", "content", "id", "title") SELECT "authorId", "content", "id", "title" FROM "Post";
DROP TABLE "Post";
ALTER TABLE "new_Post" RENAME TO "Post";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
"#;

pub const BLOG_SEED_SCRIPT: &str = r#"import { PrismaClient } from '@prisma/client'

const prisma = new PrismaClient()

async function main() {
  const prisma101 = await prisma.tag.create({ data: { name: 'prisma' } })
  await prisma.user.create({
    data: {
      email: 'alice@example.com',
      name: 'Alice',
      posts: {
        create: [
          { title: 'Hello, Prisma', published: true, tags: { connect: { id: prisma101.id } } },
          { title: 'Drafts are private', content: 'Not yet.' },
        ],
      },
    },
  })
  await prisma.user.create({ data: { email: 'bob@example.com', name: 'Bob' } })
}

main()
  .then(() => prisma.$disconnect())
  .catch(async (e) => {
    console.error(e)
    await prisma.$disconnect()
    process.exit(1)
  })
"#;

/// The typical lesson the size target is about: a 3-model schema, 2 migrations, 3
/// commands, the panes open and the lesson position.
pub fn typical_lesson() -> ShareDoc {
    ShareDoc {
        schema: BLOG_SCHEMA.into(),
        migrations: vec![
            SharedMigration {
                name: "20250301093000_init".into(),
                sql: BLOG_INIT_SQL.into(),
            },
            SharedMigration {
                name: "20250301094512_add_published".into(),
                sql: BLOG_PUBLISHED_SQL.into(),
            },
        ],
        seed: None,
        commands: vec![
            "npx prisma migrate dev --name init".into(),
            "npx prisma migrate dev --name add_published".into(),
            "npx prisma migrate status".into(),
        ],
        panes: vec!["schema".into(), "terminal".into(), "migrations".into()],
        lesson: Some(SharedLesson {
            id: "relations-101".into(),
            step: 3,
        }),
        title: Some("Blog: users, posts and tags".into()),
    }
}

/// The smallest useful link: a schema to try something on.
pub fn schema_only() -> ShareDoc {
    ShareDoc {
        schema: "model User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n"
            .into(),
        ..ShareDoc::default()
    }
}

/// The typical lesson plus a seed script and seeder settings, and every pane open.
pub fn lesson_with_seed() -> ShareDoc {
    let mut doc = typical_lesson();
    doc.seed = Some(SharedSeed {
        script: Some(BLOG_SEED_SCRIPT.into()),
        settings: Some(SeederSettings {
            rows_per_model: 50,
            seed: 42,
            locale: SeedLocale::En,
        }),
    });
    doc.commands.push("npx prisma db seed".into());
    doc.panes = seedbed_share::PANES.iter().map(|p| p.to_string()).collect();
    doc
}

/// A shop: 6 models, enums, composite ids, one init migration, seeder settings only.
pub fn shop() -> ShareDoc {
    let schema = r#"datasource db {
  provider = "sqlite"
  url      = "file:./dev.db"
}

model Customer {
  id      Int     @id @default(autoincrement())
  email   String  @unique
  name    String
  orders  Order[]
  reviews Review[]
}

model Category {
  id       Int       @id @default(autoincrement())
  name     String    @unique
  products Product[]
}

model Product {
  id         Int         @id @default(autoincrement())
  sku        String      @unique
  name       String
  priceCents Int
  category   Category    @relation(fields: [categoryId], references: [id])
  categoryId Int
  lines      OrderLine[]
  reviews    Review[]
}

model Order {
  id         Int         @id @default(autoincrement())
  customer   Customer    @relation(fields: [customerId], references: [id])
  customerId Int
  status     String      @default("PENDING")
  placedAt   DateTime    @default(now())
  lines      OrderLine[]
}

model OrderLine {
  order     Order   @relation(fields: [orderId], references: [id], onDelete: Cascade)
  orderId   Int
  product   Product @relation(fields: [productId], references: [id])
  productId Int
  quantity  Int

  @@id([orderId, productId])
}

model Review {
  id         Int      @id @default(autoincrement())
  rating     Int
  body       String?
  product    Product  @relation(fields: [productId], references: [id])
  productId  Int
  customer   Customer @relation(fields: [customerId], references: [id])
  customerId Int
}
"#;
    let mut sql = String::new();
    for (table, columns) in [
        (
            "Customer",
            "\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n    \"email\" TEXT NOT NULL,\n    \"name\" TEXT NOT NULL",
        ),
        (
            "Category",
            "\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n    \"name\" TEXT NOT NULL",
        ),
        (
            "Product",
            "\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n    \"sku\" TEXT NOT NULL,\n    \"name\" TEXT NOT NULL,\n    \"priceCents\" INTEGER NOT NULL,\n    \"categoryId\" INTEGER NOT NULL,\n    CONSTRAINT \"Product_categoryId_fkey\" FOREIGN KEY (\"categoryId\") REFERENCES \"Category\" (\"id\") ON DELETE RESTRICT ON UPDATE CASCADE",
        ),
        (
            "Order",
            "\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n    \"customerId\" INTEGER NOT NULL,\n    \"status\" TEXT NOT NULL DEFAULT 'PENDING',\n    \"placedAt\" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,\n    CONSTRAINT \"Order_customerId_fkey\" FOREIGN KEY (\"customerId\") REFERENCES \"Customer\" (\"id\") ON DELETE RESTRICT ON UPDATE CASCADE",
        ),
        (
            "OrderLine",
            "\"orderId\" INTEGER NOT NULL,\n    \"productId\" INTEGER NOT NULL,\n    \"quantity\" INTEGER NOT NULL,\n\n    PRIMARY KEY (\"orderId\", \"productId\"),\n    CONSTRAINT \"OrderLine_orderId_fkey\" FOREIGN KEY (\"orderId\") REFERENCES \"Order\" (\"id\") ON DELETE CASCADE ON UPDATE CASCADE,\n    CONSTRAINT \"OrderLine_productId_fkey\" FOREIGN KEY (\"productId\") REFERENCES \"Product\" (\"id\") ON DELETE RESTRICT ON UPDATE CASCADE",
        ),
        (
            "Review",
            "\"id\" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,\n    \"rating\" INTEGER NOT NULL,\n    \"body\" TEXT,\n    \"productId\" INTEGER NOT NULL,\n    \"customerId\" INTEGER NOT NULL,\n    CONSTRAINT \"Review_productId_fkey\" FOREIGN KEY (\"productId\") REFERENCES \"Product\" (\"id\") ON DELETE RESTRICT ON UPDATE CASCADE,\n    CONSTRAINT \"Review_customerId_fkey\" FOREIGN KEY (\"customerId\") REFERENCES \"Customer\" (\"id\") ON DELETE RESTRICT ON UPDATE CASCADE",
        ),
    ] {
        sql.push_str(&format!(
            "-- CreateTable\nCREATE TABLE \"{table}\" (\n    {columns}\n);\n\n"
        ));
    }
    for (index, table, column) in [
        ("Customer_email_key", "Customer", "email"),
        ("Category_name_key", "Category", "name"),
        ("Product_sku_key", "Product", "sku"),
    ] {
        sql.push_str(&format!(
            "-- CreateIndex\nCREATE UNIQUE INDEX \"{index}\" ON \"{table}\"(\"{column}\");\n\n"
        ));
    }
    ShareDoc {
        schema: schema.into(),
        migrations: vec![SharedMigration {
            name: "20250302120000_init".into(),
            sql,
        }],
        seed: Some(SharedSeed {
            script: None,
            settings: Some(SeederSettings {
                rows_per_model: 200,
                seed: 7,
                locale: SeedLocale::Es,
            }),
        }),
        commands: vec!["npx prisma migrate dev --name init".into()],
        panes: vec!["schema".into(), "database".into(), "diagram".into()],
        lesson: None,
        title: Some("Tienda".into()),
    }
}

/// A long history: the blog lesson after 12 small migrations (one column each).
pub fn long_history() -> ShareDoc {
    let mut doc = typical_lesson();
    for i in 0..12 {
        doc.migrations.push(SharedMigration {
            name: format!("2025030310{i:02}00_add_field_{i}"),
            sql: format!("-- AlterTable\nALTER TABLE \"User\" ADD COLUMN \"field{i}\" TEXT;\n"),
        });
        doc.commands
            .push(format!("npx prisma migrate dev --name add_field_{i}"));
    }
    doc
}

/// The documents the size figures are measured on, by name.
pub fn size_corpus() -> Vec<(&'static str, ShareDoc)> {
    vec![
        ("schema only (1 model)", schema_only()),
        (
            "typical lesson (3 models, 2 migrations, 3 commands)",
            typical_lesson(),
        ),
        ("lesson + seed script + settings", lesson_with_seed()),
        ("shop (6 models, 1 migration, seeder)", shop()),
        ("long history (14 migrations, 15 commands)", long_history()),
    ]
}
