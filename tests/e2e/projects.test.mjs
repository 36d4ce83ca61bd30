// Several named projects in one browser: two projects with different schemas kept apart
// through switches and a reload, rename, delete (and the last one leaving a fresh starter),
// new from the blog example, export to one .seedbed.json file and import it as a new project,
// corrupt files refused with nothing changed, panes remembered per project, and a browser
// from before there were several projects finding its project again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launch, openPage, waitReady, runSql, runInTerminal } from './browser.mjs';

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
// Keeps the starter's User, which its seed script (run by the first migrate dev) fills.
const AUTHOR = `${HEAD}
model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
  name  String?
}

model Author {
  id   Int    @id @default(autoincrement())
  name String
}
`;
const BOOK = `${HEAD}
model Book {
  id    Int    @id @default(autoincrement())
  title String
}
`;

const run = runInTerminal;

async function setSchema(page, text) {
  await page.fill('#schema', text);
  // The editor saves the text as the schema file with its analysis.
  await page.waitForTimeout(300);
}

async function tableCount(page, table) {
  const count = page.locator(`.table-link[data-table="${table}"] .count`);
  await count.waitFor();
  return Number(await count.textContent());
}

async function projectNames(page) {
  return page.locator('#project-select option').allTextContents();
}

async function currentProject(page) {
  return page.$eval('#project-select', (s) => s.options[s.selectedIndex]?.textContent);
}

/** Waits until `name` is the open project and its schema is in the editor. */
async function waitOpen(page, name, schemaPart) {
  await page.waitForFunction((n) => {
    const s = document.querySelector('#project-select');
    return s && s.options[s.selectedIndex]?.textContent === n;
  }, name, { timeout: 15_000 });
  if (schemaPart) {
    await page.waitForFunction((p) => document.querySelector('#schema').value.includes(p), schemaPart, { timeout: 15_000 });
  }
}

async function switchTo(page, name, schemaPart) {
  const id = await page.$eval('#project-select', (s, n) => [...s.options].find((o) => o.textContent === n)?.value, name);
  assert.ok(id, `no project named ${name}`);
  await page.selectOption('#project-select', id);
  await waitOpen(page, name, schemaPart);
}

/** Opens a name dialog with `button`, types `name` and confirms. */
async function nameDialog(page, button, name) {
  await page.click(button);
  await page.locator('#project-dialog').waitFor();
  if (name !== undefined) await page.fill('#project-name', name);
  await page.click('#project-dialog-ok');
}

async function tableNames(page) {
  await page.waitForTimeout(300);
  return page.locator('.table-link').evaluateAll((links) => links.map((l) => l.dataset.table).sort());
}

test('two projects stay apart through switches and a reload; rename; checks on names', async () => {
  const { context, page, errors } = await openPage(browser);
  await waitReady(page);
  await page.locator('#project-select').waitFor();
  assert.deepEqual(await projectNames(page), ['My project']);

  // The first project: Author, migrated, one row.
  await setSchema(page, AUTHOR);
  const init = await run(page, 'npx prisma migrate dev --name init');
  assert.equal(init.exit, '0', init.text);
  await runSql(page, `INSERT INTO "Author" (name) VALUES ('Ursula')`);
  assert.equal(await tableCount(page, 'Author'), 1);

  // A second project starts from the starter schema and an empty database.
  await nameDialog(page, '#project-new', 'Second');
  await waitOpen(page, 'Second', 'model User');
  assert.deepEqual(await tableNames(page), []);
  await setSchema(page, BOOK);

  // Names are checked in the dialog: taken (whatever the case), empty; Tab stays inside;
  // Escape closes it and gives the focus back.
  await nameDialog(page, '#project-new', 'second');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.querySelector('#project-dialog').contains(document.activeElement)));
  await page.locator('#project-name-problem', { hasText: 'already exists' }).waitFor();
  assert.equal(await page.getAttribute('#project-name', 'aria-invalid'), 'true');
  await page.fill('#project-name', '   ');
  await page.click('#project-dialog-ok');
  await page.locator('#project-name-problem', { hasText: 'Give the project a name' }).waitFor();
  await page.keyboard.press('Escape');
  await page.locator('#project-dialog').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'project-new');
  assert.deepEqual(await projectNames(page), ['My project', 'Second']);

  // Back and forth: each is intact.
  await switchTo(page, 'My project', 'model Author');
  assert.equal(await tableCount(page, 'Author'), 1);
  // The terminal's output was the other project's: it is cleared.
  await page.waitForFunction(() => document.querySelectorAll('.term-entry').length === 0);
  const migrations = await run(page, 'npx prisma migrate status');
  assert.match(migrations.text, /Database schema is up to date/);
  await switchTo(page, 'Second', 'model Book');
  assert.ok(!(await tableNames(page)).includes('Author'));
  assert.doesNotMatch(await page.inputValue('#schema'), /Author/);

  // A reload reopens the open project.
  await page.reload();
  await waitReady(page);
  await waitOpen(page, 'Second', 'model Book');

  // Rename: the new name shows, and it must be free too.
  await nameDialog(page, '#project-rename', 'My project');
  await page.locator('#project-name-problem', { hasText: 'already exists' }).waitFor();
  await page.fill('#project-name', 'Library');
  await page.click('#project-dialog-ok');
  await waitOpen(page, 'Library', 'model Book');
  assert.deepEqual(await projectNames(page), ['My project', 'Library']);
  await page.reload();
  await waitReady(page);
  await waitOpen(page, 'Library', 'model Book');

  // Reset project: this one goes back to the starter, after a confirmation; the other stays.
  await page.click('#new-project');
  await page.locator('#reset-dialog').waitFor();
  await page.click('#reset-confirm');
  await page.waitForFunction(() => document.querySelector('#schema').value.includes('model User'));
  await switchTo(page, 'My project', 'model Author');
  assert.equal(await tableCount(page, 'Author'), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a switch right after typing keeps the text in its own project', async () => {
  const { context, page, errors } = await openPage(browser);
  await waitReady(page);
  await page.locator('#project-select').waitFor();
  await nameDialog(page, '#project-new', 'Other');
  await waitOpen(page, 'Other', 'model User');
  // Several quick edits (an analysis in flight, the latest text queued), and in the same
  // moment back to the first project.
  const first = await page.$eval('#project-select', (s) => s.options[0].value);
  await page.evaluate(({ texts, id }) => {
    const area = document.querySelector('#schema');
    for (const text of texts) {
      area.value = text;
      area.dispatchEvent(new InputEvent('input', { bubbles: true }));
    }
    const select = document.querySelector('#project-select');
    select.value = id;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, { texts: [1, 2, 3].map((n) => BOOK.replace('Book', `Book${n}`)), id: first });
  await waitOpen(page, 'My project', 'model User');
  await page.waitForTimeout(500);
  assert.doesNotMatch(await page.inputValue('#schema'), /Book/);
  await switchTo(page, 'Other', 'model Book3');
  await page.reload();
  await waitReady(page);
  await waitOpen(page, 'Other', 'model Book3');
  await switchTo(page, 'My project', 'model User');
  assert.doesNotMatch(await page.inputValue('#schema'), /Book/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('new from the blog example, export to a file, import it as a new project; corrupt files are refused', async () => {
  const { context, page, errors } = await openPage(browser);
  await waitReady(page);
  await page.locator('#project-select').waitFor();

  await page.click('#project-from-example');
  await page.locator('#project-dialog').waitFor();
  await page.selectOption('#project-example', 'blog');
  assert.equal(await page.inputValue('#project-name'), 'Blog');
  await page.click('#project-dialog-ok');
  await waitOpen(page, 'Blog', 'model Post');
  await page.locator('.notice', { hasText: 'npx prisma migrate dev --name init' }).waitFor();
  const init = await run(page, 'npx prisma migrate dev --name init');
  assert.equal(init.exit, '0', init.text);
  // The starter's seed script ran after the first migration: 20 users.
  const seeded = await tableCount(page, 'User');
  await runSql(page, `INSERT INTO "User" (email, name) VALUES ('ada@example.com', 'Ada'), ('alan@example.com', 'Alan')`);
  await page.waitForFunction((n) => document.querySelector('.table-link[data-table="User"] .count')?.textContent === String(n), seeded + 2);
  const users = seeded + 2;
  const blogTables = await tableNames(page);
  assert.ok(blogTables.includes('Post') && blogTables.includes('_prisma_migrations'), String(blogTables));

  // Export: one versioned JSON file with the files and the database.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#project-export')]);
  assert.equal(download.suggestedFilename(), 'Blog.seedbed.json');
  const dir = mkdtempSync(path.join(tmpdir(), 'seedbed-projects-'));
  const file = path.join(dir, 'Blog.seedbed.json');
  await download.saveAs(file);
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(doc.format, 'seedbed-project');
  assert.equal(doc.version, 1);
  assert.equal(doc.name, 'Blog');
  assert.match(doc.files['prisma/schema.prisma'], /model Post/);
  assert.ok(Object.keys(doc.files).some((p) => p.startsWith('prisma/migrations/') && p.endsWith('/migration.sql')));
  assert.equal(Buffer.from(doc.database, 'base64').subarray(0, 15).toString(), 'SQLite format 3');

  // Import: a new project (the name made unique), same tables and rows; the original stays.
  const importStart = Date.now();
  await page.setInputFiles('#project-import', file);
  await waitOpen(page, 'Blog (2)', 'model Post');
  const importMs = Date.now() - importStart;
  const switchStart = Date.now();
  await switchTo(page, 'Blog', 'model Post');
  await switchTo(page, 'Blog (2)', 'model Post');
  console.log(`project file: ${readFileSync(file).length} bytes; import: ${importMs} ms; two switches: ${Date.now() - switchStart} ms`);
  await page.locator('.notice', { hasText: 'imported as a new project' }).waitFor();
  assert.equal(await tableCount(page, 'User'), users);
  assert.deepEqual(await tableNames(page), blogTables);
  assert.deepEqual(await projectNames(page), ['My project', 'Blog', 'Blog (2)']);

  // Corrupt files: a clear message each, the projects unchanged.
  const bad = [
    ['junk.seedbed.json', 'not json at all', 'not a JSON document'],
    ['escape.seedbed.json', JSON.stringify({ ...doc, files: { ...doc.files, '../../etc/passwd': 'x' } }), 'points outside the project'],
    ['base64.seedbed.json', JSON.stringify({ ...doc, database: '%%%not base64%%%' }), 'not valid base64'],
    ['notdb.seedbed.json', JSON.stringify({ ...doc, database: Buffer.from('hello, no database here').toString('base64') }), 'not a SQLite database'],
    ['future.seedbed.json', JSON.stringify({ ...doc, version: 9 }), 'is not one this Seedbed reads'],
    ['extra.seedbed.json', JSON.stringify({ ...doc, owner: 'me' }), '“owner”'],
  ];
  for (const [name, text, message] of bad) {
    const bad = path.join(dir, name);
    writeFileSync(bad, text);
    await page.setInputFiles('#project-import', bad);
    await page.locator('.notice', { hasText: `${name} was not imported` }).filter({ hasText: message }).waitFor();
    assert.deepEqual(await projectNames(page), ['My project', 'Blog', 'Blog (2)'], name);
    assert.equal(await currentProject(page), 'Blog (2)');
  }
  assert.equal(await tableCount(page, 'User'), users);
  assert.deepEqual(errors, []);
  await context.close();
});

test('delete asks first, opens another project, and the last one leaves a fresh starter', async () => {
  const { context, page, errors } = await openPage(browser);
  await waitReady(page);
  await page.locator('#project-select').waitFor();
  await nameDialog(page, '#project-new', 'Scratch');
  await waitOpen(page, 'Scratch', 'model User');
  await runSql(page, 'CREATE TABLE scratch (id INTEGER PRIMARY KEY)');

  // Cancel keeps it.
  await page.click('#project-delete');
  await page.locator('#project-dialog', { hasText: 'Delete “Scratch”?' }).waitFor();
  await page.click('#project-dialog-cancel');
  assert.deepEqual(await projectNames(page), ['My project', 'Scratch']);

  await page.click('#project-delete');
  await page.click('#project-dialog-ok');
  await waitOpen(page, 'My project');
  assert.deepEqual(await projectNames(page), ['My project']);
  assert.ok(!(await tableNames(page)).includes('scratch'));

  // The last project: a fresh starter takes its place.
  await runSql(page, 'CREATE TABLE keepsake (id INTEGER PRIMARY KEY)');
  await page.click('#project-delete');
  await page.locator('#project-dialog', { hasText: 'only project' }).waitFor();
  await page.click('#project-dialog-ok');
  await page.locator('.notice', { hasText: 'deleted' }).waitFor();
  await page.waitForFunction(() => !document.querySelector('.table-link[data-table="keepsake"]'));
  assert.deepEqual(await projectNames(page), ['My project']);
  await page.reload();
  await waitReady(page);
  await waitOpen(page, 'My project', 'model User');
  assert.deepEqual(await tableNames(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('panes are remembered per project, across reloads', async () => {
  const { context, page, errors } = await openPage(browser);
  await waitReady(page);
  await page.locator('#project-select').waitFor();
  await page.click('#pane-menu');
  await page.uncheck('#pane-toggle-diagram');
  await page.locator('.diagram-pane[hidden]').waitFor({ state: 'attached' });
  await nameDialog(page, '#project-new', 'All panes');
  await waitOpen(page, 'All panes', 'model User');
  await page.waitForFunction(() => !document.querySelector('.diagram-pane').hasAttribute('hidden'));
  await switchTo(page, 'My project');
  await page.locator('.diagram-pane[hidden]').waitFor({ state: 'attached' });
  await page.reload();
  await waitReady(page);
  await waitOpen(page, 'My project');
  await page.locator('.diagram-pane[hidden]').waitFor({ state: 'attached' });
  assert.equal(await page.isChecked('#pane-toggle-diagram'), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a browser from before several projects keeps its project, as the first one', async () => {
  const { context, page, errors } = await openPage(browser);
  await waitReady(page);
  await runSql(page, `CREATE TABLE legacy (id INTEGER PRIMARY KEY); INSERT INTO legacy VALUES (1), (2);`);
  await page.waitForTimeout(300);
  // What an older version left: the `default` keys and no index of projects.
  const keys = await page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('seedbed');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('databases', 'readwrite');
      const store = tx.objectStore('databases');
      store.delete('projects');
      const all = store.getAllKeys();
      tx.oncomplete = () => { open.result.close(); resolve(all.result); };
    };
  }));
  assert.ok(keys.includes('project:default') && !keys.includes('projects'), String(keys));
  await page.reload();
  await waitReady(page);
  await waitOpen(page, 'My project');
  assert.equal(await tableCount(page, 'legacy'), 2);
  assert.deepEqual(errors, []);
  await context.close();
});
