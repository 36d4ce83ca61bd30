// The terminal and the migrations pane, acting as a learner: a schema with a mistake, the
// fix, `migrate dev --name init`, the refusal for a required column on a table with rows,
// the data-loss question, the seed, a reload that keeps everything; opening a .sqlite file
// and pulling its models; bad input that must not break the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, launchProfile, openPage, waitReady, screenshot, BASE_URL, runInTerminal } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const HEAD = `datasource db {
  provider = "sqlite"
  url      = "file:./dev.db"
}

generator client {
  provider = "prisma-client-js"
}
`;

const POST = (fields) => `${HEAD}
model Post {
  id    Int    @id @default(autoincrement())
  title String
${fields}}
`;

const run = runInTerminal;

/** Replaces the editor's text and waits for the worker's diagnostics of it. */
async function setSchema(page, text) {
  await page.fill('#schema', text);
  await page.waitForTimeout(150);
}

async function tableCount(page, table) {
  const count = page.locator(`.table-link[data-table="${table}"] .count`);
  await count.waitFor();
  return Number(await count.textContent());
}

test('a learner goes from a mistake to migrations, data and back after a reload', async () => {
  const context = await launchProfile();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(BASE_URL);
  await waitReady(page);
  await page.waitForFunction(() => document.querySelector('#schema').value.includes('model User'));

  // A mistake, its diagnostic, the fix.
  await setSchema(page, POST('').replace('title String', 'title Strin'));
  await page.locator('#problems .problem.error').first().waitFor();
  await setSchema(page, POST(''));
  await page.locator('#problems-summary', { hasText: 'No problems' }).waitFor();

  // The project's starter seed writes users; this project has posts: a seed of its own.
  const init = await run(page, 'npx prisma migrate dev --name init --skip-seed');
  assert.equal(init.exit, '0', init.text);
  assert.match(init.text, /SQLite database dev\.db created at file:\.\/dev\.db/);
  assert.match(init.text, /Applying migration `\d{14}_init`/);
  assert.match(init.text, /Your database is now in sync with your schema\./);
  assert.match(init.text, /✔ Generated Prisma Client \(v6\.19\.3\) to \.\/node_modules\/@prisma\/client in \d+ms/);
  await page.locator('#migration-tree li[data-status="applied"]').first().waitFor();
  assert.equal(await tableCount(page, 'Post'), 0);
  await page.click('#migration-tree li .migration-name');
  assert.match(await page.locator('#migration-tree .sql-code').innerText(), /CREATE TABLE "Post"/);
  await screenshot(page, 'terminal-migrate-dev');

  // Rows, then a required column without a default: Prisma refuses.
  const exec = await run(page, 'npx prisma db execute --file prisma/rows.sql');
  assert.equal(exec.exit, '1');
  assert.match(exec.text, /Provided --file at prisma\/rows\.sql doesn't exist/);
  const seedScript = `await prisma.post.deleteMany()
const rows = []
for (let i = 1; i <= 30; i++) rows.push({ title: \`Post \${i}\` })
await prisma.post.createMany({ data: rows })
console.log('seeded', rows.length)
`;
  // The seed script is a project file; the client console's sandbox runs it.
  const seeded = await runSeedWith(page, seedScript);
  assert.match(seeded, /Running seed command `tsx prisma\/seed\.ts` \.\.\./);
  assert.match(seeded, /seeded 30/);
  assert.match(seeded, /🌱 {2}The seed command has been executed\./);
  await page.waitForFunction(() => document.querySelector('.table-link[data-table="Post"] .count')?.textContent === '30');

  await setSchema(page, POST('  views Int\n'));
  // The next migration is shown live.
  await page.locator('#next-migration', { hasText: 'views' }).waitFor();
  const refused = await run(page, 'npx prisma migrate dev --name views');
  assert.equal(refused.exit, '1');
  assert.match(refused.text, /Added the required column `views` to the `Post` table without a default value\. There are 30 rows in this table, it is not possible to execute this step\./);
  await screenshot(page, 'terminal-refusal');

  // Optional is fine.
  await setSchema(page, POST('  views Int?\n'));
  const added = await run(page, 'npx prisma migrate dev --name views');
  assert.equal(added.exit, '0', added.text);
  await page.locator('#migration-tree li[data-status="applied"]').nth(1).waitFor();

  // Dropping a column that holds values loses data: Prisma asks first.
  await page.fill('#sql-input', 'UPDATE "Post" SET "views" = 7');
  await page.click('#sql-run');
  await page.locator('.console-entry', { hasText: '30' }).first().waitFor();
  await setSchema(page, POST(''));
  const before = await page.locator('.term-entry').count();
  await page.fill('#terminal-input', 'npx prisma migrate dev --name drop_views');
  await page.press('#terminal-input', 'Enter');
  await page.locator('#term-question').waitFor();
  assert.match(await page.locator('#term-question').innerText(), /Are you sure you want to create and apply this migration\?/);
  await page.click('#term-yes');
  await page.waitForFunction((n) => {
    const e = document.querySelectorAll('.term-entry')[n];
    return e && e.getAttribute('data-exit') !== null;
  }, before);
  const dropped = await page.locator('.term-entry').nth(before).innerText();
  assert.match(dropped, /✔ Are you sure you want to create and apply this migration\? … yes/);
  assert.match(dropped, /Your database is now in sync with your schema\./);

  // Status, history and completion.
  const status = await run(page, 'npx prisma migrate status');
  assert.match(status.text, /3 migrations found in prisma\/migrations/);
  assert.match(status.text, /Database schema is up to date!/);
  await page.fill('#terminal-input', 'npx prisma migr');
  await page.press('#terminal-input', 'Tab');
  await page.waitForFunction(() => document.querySelector('#terminal-input').value === 'npx prisma migrate ');
  await page.fill('#terminal-input', '');
  await page.press('#terminal-input', 'ArrowUp');
  assert.equal(await page.inputValue('#terminal-input'), 'npx prisma migrate status');

  // A reload finds everything as it was, the terminal's transcript included.
  const shownBefore = await page.locator('.term-entry').allInnerTexts();
  await page.reload();
  await waitReady(page);
  assert.deepEqual(await page.locator('.term-entry').allInnerTexts(), shownBefore);
  await page.waitForFunction(() => document.querySelector('#schema').value.includes('model Post'));
  assert.equal(await page.inputValue('#schema'), POST(''));
  await page.locator('#migration-tree li[data-status="applied"]').nth(2).waitFor();
  assert.equal(await tableCount(page, 'Post'), 30);
  const after = await run(page, 'npx prisma migrate status');
  assert.match(after.text, /Database schema is up to date!/);
  await screenshot(page, 'terminal-after-reload');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Writes prisma/seed.ts in the seed script editor, saves it, then runs `db seed`. */
async function runSeedWith(page, script) {
  await page.fill('#seed-script', script);
  await page.click('#seed-script-save');
  await page.locator('#seed-script-status', { hasText: 'Saved' }).waitFor();
  const out = await run(page, 'npx prisma db seed');
  assert.equal(out.exit, '0', out.text);
  return out.text;
}

test('wrong flags and unknown commands print Prisma\'s messages; the page keeps working', async () => {
  const { context, page, errors } = await openPage(browser);
  await waitReady(page);
  const wrong = await run(page, 'npx prisma migrate dev --frob');
  assert.equal(wrong.exit, '1');
  assert.match(wrong.text, /! unknown or unexpected option: --frob/);
  assert.match(wrong.text, /Create a migration from changes in Prisma schema/);
  const unknown = await run(page, 'npx prisma frobnicate');
  assert.match(unknown.text, /! Unknown command "frobnicate"/);
  const shell = await run(page, 'rm -rf /');
  assert.equal(shell.exit, '127');
  assert.match(shell.text, /bash: rm: command not found/);
  const quote = await run(page, "npx prisma migrate dev --name 'oops");
  assert.match(quote.text, /unexpected end of line/);
  // A 5 MB paste: the page stays alive and answers.
  const huge = HEAD + 'model A {\n  id Int @id\n}\n' + '// padding\n'.repeat(450_000);
  await page.evaluate((text) => {
    const area = document.querySelector('#schema');
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, huge);
  await page.locator('#problems-summary', { hasText: 'No problems' }).waitFor({ timeout: 30_000 });
  const valid = await run(page, 'npx prisma validate');
  assert.match(valid.text, /is valid 🚀/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a .sqlite file opens as the project\'s database and db pull writes its models; other files are refused', async () => {
  const { context, page, errors } = await openPage(browser);
  await waitReady(page);
  // Make a database in one page and download it.
  await page.fill('#sql-input', 'CREATE TABLE author (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL); CREATE TABLE book (id INTEGER PRIMARY KEY, title VARCHAR(255) NOT NULL, author_id INTEGER NOT NULL REFERENCES author(id)); INSERT INTO author (name) VALUES (\'Ursula\');');
  await page.click('#sql-run');
  await page.locator('.table-link[data-table="book"]').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-sqlite')]);
  const dir = mkdtempSync(path.join(tmpdir(), 'seedbed-e2e-'));
  const file = path.join(dir, 'library.sqlite');
  await download.saveAs(file);
  const original = readFileSync(file);
  assert.equal(original.subarray(0, 15).toString(), 'SQLite format 3');

  // Open it in a fresh page: db pull runs and writes the models.
  const other = await openPage(browser);
  await waitReady(other.page);
  const before = await other.page.locator('.term-entry').count();
  await other.page.setInputFiles('#open-sqlite', file);
  await other.page.waitForFunction((n) => {
    const e = document.querySelectorAll('.term-entry')[n];
    return e && e.getAttribute('data-exit') !== null;
  }, before, { timeout: 30_000 });
  const pulled = await other.page.locator('.term-entry').nth(before).innerText();
  assert.match(pulled, /Introspected 2 models and wrote them into prisma\/schema\.prisma/);
  await other.page.waitForFunction(() => document.querySelector('#schema').value.includes('model book'));
  const schema = await other.page.inputValue('#schema');
  assert.match(schema, /author_id Int\n {2}author {4}author @relation\(fields: \[author_id\], references: \[id\]/);
  assert.equal(await tableCount(other.page, 'author'), 1);
  assert.deepEqual(readFileSync(file), original, 'the opened file is never written');

  // Not a database: refused, project intact.
  const junk = path.join(dir, 'notes.sqlite');
  writeFileSync(junk, 'these are not the bytes you are looking for'.repeat(100));
  await other.page.setInputFiles('#open-sqlite', junk);
  await other.page.locator('.notice', { hasText: 'notes.sqlite was not opened' }).waitFor();
  assert.equal(await tableCount(other.page, 'author'), 1);
  assert.deepEqual(errors, []);
  assert.deepEqual(other.errors, []);
  await other.context.close();
  await context.close();
});
