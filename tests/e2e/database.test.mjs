// The database pane as a small Prisma Studio, acting as a learner: migrate a schema with a
// relation, fill it from the SQL console (a script of several statements), sort, page,
// filter, go from a user to the posts pointing to it and from a post to its author, edit a
// cell (and meet Prisma's unique-constraint error), add a row, delete rows (a refused one
// first), then reload the page and find every change kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchProfile, waitReady, runSql, screenshot, BASE_URL, runInTerminal } from './browser.mjs';

let context;
before(async () => { context = await launchProfile(); });
after(async () => { await context?.close(); });

const SCHEMA = `datasource db {
  provider = "sqlite"
  url      = "file:./dev.db"
}

generator client {
  provider = "prisma-client-js"
}

model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
  name  String?
  posts Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
}
`;

const FILL = `INSERT INTO "User" (email, name) VALUES ('ann@x.io', 'Ann'), ('bob@x.io', 'Bob'), ('cy@x.io', NULL);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60)
  INSERT INTO "User" (email, name) SELECT 'user' || printf('%02d', i) || '@x.io', 'User ' || i FROM n;
INSERT INTO "Post" (title, authorId) VALUES ('Hello', 1), ('Again', 1), ('By Bob', 2);
SELECT count(*) AS users FROM "User";`;

const run = runInTerminal;

const range = (page) => page.locator('#page-range');
const row = (page, text) => page.locator('table.data-grid tbody tr', { hasText: text });
const count = async (page, table) => Number(await page.locator(`.table-link[data-table="${table}"] .count`).textContent());

async function waitRange(page, text) {
  await page.locator('#page-range', { hasText: text }).waitFor({ timeout: 10_000 });
}

async function openTable(page, table) {
  await page.click(`.table-link[data-table="${table}"]`);
  await page.locator('.table-view h3', { hasText: new RegExp(`^${table}$`) }).waitFor();
}

async function filter(page, column, op, value) {
  await page.selectOption('#filter-column', column);
  await page.selectOption('#filter-op', op);
  if (value !== undefined) await page.fill('#filter-value', value);
  await page.click('#filter-add');
}

async function editCell(page, rowText, column, value) {
  await row(page, rowText).locator(`td[data-column="${column}"]`).dblclick();
  const input = page.locator('.cell-input');
  await input.fill(value);
  await input.press('Enter');
}

test('a learner browses, follows relations, edits and finds the edits after a reload', async () => {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(BASE_URL);
  await waitReady(page);
  await page.fill('#schema', SCHEMA);
  await page.waitForTimeout(200);
  const init = await run(page, 'npx prisma migrate dev --name init --skip-seed');
  assert.equal(init.exit, '0', init.text);

  // A script of several statements: each one runs, the last query's rows are shown.
  const entry = await runSql(page, FILL);
  assert.equal(await entry.locator('.statement').count(), 4);
  assert.match(await entry.locator('.statement').nth(1).innerText(), /OK, 60 rows changed\./);
  assert.equal((await entry.locator('.statement').last().locator('td').textContent()).trim(), '63');
  await page.waitForFunction(() => document.querySelector('.table-link[data-table="User"] .count')?.textContent === '63');
  const broken = await runSql(page, 'SELECT 1 AS one; SELEC oops');
  assert.match(await broken.locator('.error').textContent(), /syntax error/);
  assert.equal(await broken.locator('td').first().textContent(), '1', 'the statement before the error still shows its rows');

  // The table, writing through the generated client.
  await openTable(page, 'User');
  assert.match(await page.locator('.write-mode').textContent(), /Prisma Client \(model User\)/);
  await waitRange(page, '1–50 of 63');

  // Sort by email, descending on the second click, kept while paging.
  const email = page.locator('th .sort-button[data-column="email"]');
  await email.click();
  await page.locator('th[aria-sort="ascending"] .sort-button[data-column="email"]').waitFor();
  assert.equal(await page.locator('table.data-grid tbody tr td[data-column="email"]').first().textContent(), 'ann@x.io');
  await email.click();
  await page.locator('th[aria-sort="descending"] .sort-button[data-column="email"]').waitFor();
  await page.locator('table.data-grid tbody tr td[data-column="email"]', { hasText: 'user60@x.io' }).first().waitFor();
  assert.equal(await page.locator('table.data-grid tbody tr td[data-column="email"]').first().textContent(), 'user60@x.io');
  await page.click('#page-next');
  await waitRange(page, '51–63 of 63');
  assert.equal(await page.locator('th[aria-sort="descending"]').count(), 1, 'the sort is kept on the next page');
  assert.equal(await page.locator('table.data-grid tbody tr td[data-column="email"]').last().textContent(), 'ann@x.io');
  await page.click('#page-previous');
  await waitRange(page, '1–50 of 63');

  // Filters: the pager counts the matches; hostile text is only a value.
  await filter(page, 'email', 'contains', "'); DROP TABLE \"User\"; --");
  await waitRange(page, '0–0 of 0');
  await page.click('#filter-clear');
  await waitRange(page, '1–50 of 63');
  await filter(page, 'name', 'isNull');
  await waitRange(page, '1–1 of 1');
  assert.equal(await row(page, 'cy@x.io').count(), 1);
  await page.click('#filter-clear');
  await filter(page, 'email', 'contains', 'ann');
  await waitRange(page, '1–1 of 1');
  await screenshot(page, 'database-filtered');

  // Referenced by: Ann's posts, then from a post back to its author.
  await row(page, 'ann@x.io').locator('.refs-button').click();
  const link = page.locator('.references .ref-link[data-table="Post"]');
  await link.waitFor();
  assert.equal(await link.textContent(), 'Post (authorId): 2 rows');
  await link.click();
  await page.locator('.table-view h3', { hasText: /^Post$/ }).waitFor();
  await waitRange(page, '1–2 of 2');
  assert.match(await page.locator('.filter-chip').textContent(), /authorId = "1"/);
  await row(page, 'Again').locator('.fk-link').click();
  await page.locator('.table-view h3', { hasText: /^User$/ }).waitFor();
  await waitRange(page, '1–1 of 1');
  assert.equal(await row(page, 'ann@x.io').count(), 1);

  // Edit a cell: Enter saves through prisma.user.update.
  await editCell(page, 'ann@x.io', 'name', 'Annie');
  await row(page, 'ann@x.io').locator('td[data-column="name"]', { hasText: 'Annie' }).waitFor();
  assert.match(await page.locator('.last-write').textContent(), /prisma\.user\.update\(\{"where":\{"id":1\},"data":\{"name":"Annie"\}\}\)/);
  // A duplicate email: Prisma's P2002 beside the row, nothing saved, Escape cancels.
  await editCell(page, 'ann@x.io', 'email', 'bob@x.io');
  const problem = page.locator('tr.row-error');
  await problem.waitFor();
  assert.match(await problem.textContent(), /PrismaClientKnownRequestError \(P2002\): .*Unique constraint failed/);
  await page.locator('.cell-input').press('Escape');
  await problem.waitFor({ state: 'detached' });
  assert.equal(await row(page, 'ann@x.io').count(), 1);
  // The keyboard: Enter on a focused cell edits it, Escape leaves it unchanged.
  await row(page, 'ann@x.io').locator('td[data-column="name"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('.cell-input').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.cell-input').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.dataset?.column === 'name');
  assert.equal(await row(page, 'ann@x.io').locator('td[data-column="name"]').textContent(), 'Annie', 'the keyboard is back on the cell, unchanged');
  // Arrow keys move between cells; the grid is one tab stop.
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.activeElement?.dataset?.column === 'email');
  assert.equal(await page.locator('table.data-grid td[tabindex="0"]').count(), 1);

  // Add a row; the id is left to autoincrement.
  await page.click('#filter-clear');
  await page.click('#row-add');
  await page.fill('.row-editor input[data-column="email"]', 'new@x.io');
  await page.fill('.row-editor input[data-column="name"]', 'Newbie');
  await page.click('#row-add-save');
  await page.waitForFunction(() => document.querySelector('.table-link[data-table="User"] .count')?.textContent === '64');
  assert.match(await page.locator('.last-write').textContent(), /prisma\.user\.create/);

  // Delete: Ann has posts, so Prisma refuses (P2003) and nothing goes; then Cy goes.
  await filter(page, 'email', 'contains', 'x.io');
  await page.click('#filter-clear');
  await filter(page, 'name', 'contains', 'Annie');
  await waitRange(page, '1–1 of 1');
  await row(page, 'ann@x.io').locator('.row-select').check();
  await page.click('#rows-delete');
  await page.click('#rows-delete-confirm');
  await page.locator('#delete-error').waitFor();
  assert.match(await page.locator('#delete-error').textContent(), /P2003/);
  await page.click('#filter-clear');
  await filter(page, 'email', 'equals', 'cy@x.io');
  await waitRange(page, '1–1 of 1');
  await row(page, 'cy@x.io').locator('.row-select').check();
  assert.equal(await page.locator('#rows-delete').textContent(), 'Delete selected (1)');
  await page.click('#rows-delete');
  await page.click('#rows-delete-cancel');
  assert.equal(await count(page, 'User'), 64, 'Cancel deletes nothing');
  await page.click('#rows-delete');
  await page.click('#rows-delete-confirm');
  await waitRange(page, '0–0 of 0');
  assert.equal(await count(page, 'User'), 63);
  await screenshot(page, 'database-edited');

  // After a reload, everything is still there.
  await page.reload();
  await waitReady(page);
  await page.locator('.table-link[data-table="User"]').waitFor();
  const kept = await runSql(page, `SELECT (SELECT name FROM "User" WHERE email = 'ann@x.io') || '/' || (SELECT count(*) FROM "User" WHERE email = 'new@x.io') || '/' || (SELECT count(*) FROM "User" WHERE email = 'cy@x.io') || '/' || (SELECT count(*) FROM "User") AS kept`);
  assert.equal((await kept.locator('td').first().textContent()).trim(), 'Annie/1/0/63');
  assert.deepEqual(errors, []);
  await page.close();
});

test('without a generated client, edits run as SQL and SQLite says what it refuses (in Spanish too)', async () => {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => localStorage.setItem('seedbed:language', 'es'));
  await page.goto(BASE_URL);
  await waitReady(page);
  await page.locator('#db-title', { hasText: 'Base de datos' }).waitFor();
  await runSql(page, `CREATE TABLE tag (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE, weight REAL);
INSERT INTO tag (label, weight) VALUES ('b', 2.5), ('a', 10), ('c', NULL);`);
  await openTable(page, 'tag');
  assert.match(await page.locator('.write-mode').textContent(), /como SQL con valores enlazados/);
  await waitRange(page, '1–3 de 3');

  // Numbers sort as numbers: 2.5 before 10.
  await page.click('th .sort-button[data-column="weight"]');
  await page.locator('th[aria-sort="ascending"] .sort-button[data-column="weight"]').waitFor();
  assert.deepEqual(await page.locator('td[data-column="weight"]').allTextContents(), ['NULL', '2.5', '10']);
  await filter(page, 'weight', 'greater', '3');
  await waitRange(page, '1–1 de 1');
  await page.click('#filter-clear');

  await editCell(page, '2.5', 'label', 'a');
  const problem = page.locator('tr.row-error');
  await problem.waitFor();
  assert.match(await problem.textContent(), /^SQLite: UNIQUE constraint failed: tag\.label/);
  await page.locator('.cell-input').fill("x'); DROP TABLE tag; --");
  await page.locator('.cell-input').press('Enter');
  await problem.waitFor({ state: 'detached' });
  await page.locator('td[data-column="label"]', { hasText: "x'); DROP TABLE tag; --" }).waitFor();
  assert.match(await page.locator('.last-write').textContent(), /UPDATE "tag" SET "label" = \? WHERE "id" = \?/);
  // NULL from the editor's button, for a column that allows it.
  await row(page, '10').locator('td[data-column="weight"]').dblclick();
  await page.click('.cell-null');
  await page.waitForFunction(() => [...document.querySelectorAll('td[data-column="weight"]')].filter((td) => td.textContent === 'NULL').length === 2);
  assert.equal(await count(page, 'tag'), 3);
  assert.deepEqual(errors, []);
  await page.close();
});
