// The automatic seeder in the browser: purge + fake rows with a progress bar, Cancel that
// leaves the database exactly as before, and a reload that finds the committed seed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitReady, runSql, screenshot } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SCHEMA = `datasource db {
  provider = "sqlite"
  url      = "file:./dev.db"
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  name  String
  posts Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}
`;

// The tables Prisma creates for SCHEMA (as \`migrate dev\` would).
const TABLES = `CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "email" TEXT NOT NULL, "name" TEXT NOT NULL);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "Post" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "authorId" INTEGER NOT NULL,
  CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE);`;

async function counts(page) {
  const entry = await runSql(page, 'SELECT (SELECT count(*) FROM "User") || \'/\' || (SELECT count(*) FROM "Post") AS c');
  return (await entry.locator('td').first().textContent()).trim();
}

async function seed(page, rows) {
  await page.fill('#seed-rows', String(rows));
  await page.click('#seed-run');
}

test('seeding fills the models, shows progress, and Cancel leaves the database as it was', async () => {
  const { context, page, errors } = await openPage(browser);
  await waitReady(page);
  await page.fill('#schema', SCHEMA);
  await runSql(page, TABLES);

  await seed(page, 30000);
  await page.locator('#seed-progress-text', { hasText: /Seeding (User|Post): [\d,]+ \/ 60,000 rows/ }).waitFor();
  await screenshot(page, 'seed-progress');
  const done = page.locator('#seed-result.seed-ok');
  await done.waitFor({ timeout: 60_000 });
  assert.match(await done.textContent(), /^Seeded 60,000 rows in [\d.]+ s \(User 30,000, Post 30,000\)\.$/);
  assert.equal(await counts(page), '30000/30000');
  const firstEmail = await (await runSql(page, 'SELECT email FROM "User" WHERE id = 1')).locator('td').first().textContent();

  // A bigger seed, cancelled mid-way: nothing of it remains.
  await seed(page, 400000);
  await page.locator('#seed-progress-text', { hasText: /Seeding User: [1-9][\d,]* \/ 800,000 rows/ }).waitFor({ timeout: 60_000 });
  await page.click('#seed-cancel');
  await page.locator('#seed-result.seed-error', { hasText: 'Seeding was cancelled: the database is as it was before the seed.' }).waitFor();
  await waitReady(page);
  assert.equal(await counts(page), '30000/30000');

  // The committed seed survives a reload, byte for byte where it shows.
  await page.reload();
  await waitReady(page);
  assert.equal(await counts(page), '30000/30000');
  const again = await (await runSql(page, 'SELECT email FROM "User" WHERE id = 1')).locator('td').first().textContent();
  assert.equal(again, firstEmail);
  assert.deepEqual(errors, []);
  await context.close();
});

test('seeding without tables, or with bad input, says why and changes nothing', async () => {
  const { context, page, errors } = await openPage(browser);
  await waitReady(page);
  await page.fill('#schema', SCHEMA);
  await seed(page, 5);
  await page.locator('#seed-result.seed-error', { hasText: 'run `npx prisma migrate dev` or `npx prisma db push` first' }).waitFor();
  await seed(page, -3);
  await page.locator('#seed-result.seed-error', { hasText: 'whole number' }).waitFor();
  await page.fill('#schema', 'model {');
  await seed(page, 5);
  await page.locator('#seed-result.seed-error', { hasText: 'The schema has errors' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
