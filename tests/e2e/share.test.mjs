// Share links (crates/web/src/share.rs): a state shared by URL opens the same in a fresh
// profile; links from older builds keep opening; broken and malicious links give a clear
// message, leave the project alone and run nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launch, openPage, waitReady, runSql, BASE_URL } from './browser.mjs';

const FIXTURES = path.resolve('crates/share/tests/fixtures');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SCHEMA = `datasource db {
  provider = "sqlite"
  url      = "file:./dev.db"
}

generator client {
  provider = "prisma-client-js"
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  posts Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  author   User   @relation(fields: [authorId], references: [id])
  authorId Int
}
`;

/** Types a line into the terminal and waits for it to finish; returns its output text. */
async function terminal(page, line) {
  const before = await page.locator('.term-entry').count();
  await page.fill('#terminal-input', line);
  await page.press('#terminal-input', 'Enter');
  const entry = page.locator('.term-entry').nth(before);
  await entry.and(page.locator('[data-exit]')).waitFor({ timeout: 30_000 });
  return entry.locator('.term-output').textContent();
}

async function tableNames(page) {
  const entry = await runSql(page, "SELECT group_concat(name, ',') AS t FROM (SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name)");
  return (await entry.locator('td').first().textContent()).trim();
}

/** A link fixture's text as a URL of the site under test. */
function fixtureUrl(text) {
  const trimmed = text.trim();
  const hash = trimmed.includes('#') ? trimmed.slice(trimmed.indexOf('#')) : '#' + trimmed;
  return BASE_URL + hash;
}

function fixtures(dir, ext) {
  return readdirSync(path.join(FIXTURES, dir)).filter((f) => f.endsWith(ext)).sort()
    .map((f) => ({ name: f.slice(0, -ext.length), text: readFileSync(path.join(FIXTURES, dir, f), 'utf8') }));
}

/** Waits until the project is loaded into the editor (before typing into it). */
async function waitLoaded(page) {
  await waitReady(page);
  await page.waitForFunction(() => document.querySelector('#schema')?.value.length > 0);
}

async function waitOpened(page) {
  await page.locator('#share-notice.share-opened').waitFor({ timeout: 60_000 });
  return page.locator('#share-notice').textContent();
}

test('a shared state opens the same in a fresh profile', async () => {
  const { context, page, errors } = await openPage(browser);
  await waitLoaded(page);
  const historyLength = await page.evaluate(() => history.length);
  await page.fill('#schema', SCHEMA);
  const out = await terminal(page, 'npx prisma migrate dev --name init');
  assert.match(out, /migrations\/\s*└─ \d+_init\/\s*└─ migration.sql|Your database is now in sync/, out);
  await page.click('#share-button');
  const link = await page.locator('#share-link').inputValue();
  assert.ok(link.startsWith(BASE_URL + '#v1.'), link);
  const fragment = link.slice(link.indexOf('#'));
  console.log(`# share link: ${link.length} characters (fragment ${fragment.length})`);
  // Copy as: iframe HTML and Markdown badge carry the same fragment.
  await page.click('#share-copy-iframe');
  assert.match(await page.locator('#share-copy-text').inputValue(), /^<iframe src="[^"]+\?embed#v1\.[A-Za-z0-9_-]+"/);
  await page.click('#share-copy-markdown');
  assert.ok((await page.locator('#share-copy-text').inputValue()).endsWith(`(${link})`));
  // Download project: the text bundle has each file after a marker.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#share-download-text')]);
  const bundle = readFileSync(await download.path(), 'utf8');
  assert.match(bundle, /^\/\/ file: prisma\/schema\.prisma$/m);
  assert.match(bundle, /^\/\/ file: prisma\/migrations\/\d+_init\/migration\.sql$/m);
  // The address bar follows the project on idle, without adding history entries.
  await page.waitForFunction(() => location.hash.startsWith('#v1.'), null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => history.length), historyLength);
  const migrationsBefore = await terminal(page, 'npx prisma migrate status');
  const tablesBefore = await tableNames(page);

  const fresh = await openPage(browser, fragment);
  await waitReady(fresh.page);
  const notice = await waitOpened(fresh.page);
  assert.match(notice, /Replayed: npx prisma migrate deploy/);
  assert.equal(await fresh.page.locator('#share-dialog').count(), 0, 'a new profile is not asked');
  assert.equal(await fresh.page.inputValue('#schema'), SCHEMA);
  assert.equal(await tableNames(fresh.page), tablesBefore);
  const migrationsAfter = await terminal(fresh.page, 'npx prisma migrate status');
  assert.match(migrationsAfter, /1 migration found in prisma\/migrations/);
  assert.match(migrationsAfter, /Database schema is up to date!/);
  assert.equal(migrationsAfter.match(/\d+_init/)?.[0], migrationsBefore.match(/\d+_init/)?.[0]);
  assert.equal(await fresh.page.locator('section.pane[hidden]').count(), 0, 'all panes shown, as shared');
  assert.deepEqual(fresh.errors, []);

  // In a tab with work in it, a pasted link asks first; "Keep mine" changes nothing.
  await page.evaluate(() => { location.hash = ''; });
  const other = 'v1.' + fragment.slice(4); // the same link, typed again
  await page.fill('#schema', SCHEMA.replace('title    String', 'title    String\n  body     String?'));
  await page.waitForTimeout(300);
  await page.evaluate((h) => { location.hash = h; }, other);
  await page.locator('#share-dialog').waitFor();
  assert.match(await page.locator('#share-dialog-text').textContent(),
    /^Open the shared example\? It replaces the project in this tab; your current project is a schema with 2 models, 1 migration and 3 tables and would be lost\.$/);
  await page.click('#share-keep');
  assert.match(await page.inputValue('#schema'), /body +String\?/);
  await page.evaluate((h) => { location.hash = ''; location.hash = h; }, other);
  await page.locator('#share-dialog').waitFor();
  await page.click('#share-open');
  await waitOpened(page);
  assert.equal(await page.inputValue('#schema'), SCHEMA);
  assert.deepEqual(errors, []);
  await fresh.context.close();
  await context.close();
});

test('every link of the compatibility corpus opens', async () => {
  const corpus = fixtures('compat', '.link');
  assert.ok(corpus.length >= 9);
  for (const { name, text } of corpus) {
    const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'compat', name + '.json'), 'utf8'));
    // A fresh profile for each: nothing to lose, so the link opens without asking.
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.goto(fixtureUrl(text));
    await waitReady(page);
    await waitOpened(page);
    assert.equal(await page.inputValue('#schema'), expected.schema, name);
    assert.deepEqual(errors, [], name);
    await context.close();
  }
});

test('broken and malicious links say why, change nothing, and the page keeps working', async () => {
  const corpus = fixtures('bad', '.link');
  assert.ok(corpus.length >= 50, `${corpus.length} bad links`);
  const { context, page, errors } = await openPage(browser);
  await waitLoaded(page);
  await page.fill('#schema', SCHEMA);
  await page.waitForTimeout(300);
  // Over-long links are not committed; make one here.
  corpus.push({ name: 'over_long', text: '#v1.' + 'A'.repeat(200_001) });
  let opened = [];
  for (const { name, text } of corpus) {
    const expected = (() => { try { return readFileSync(path.join(FIXTURES, 'bad', name + '.expected'), 'utf8').trim(); } catch { return null; } })();
    // As the address bar would carry it: everything after the first `#`.
    const hash = text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
    await page.evaluate(() => { location.hash = ''; });
    await page.evaluate((url) => { location.href = url; }, BASE_URL + '#' + hash);
    if (hash.trim() === '') {
      // An empty fragment is no link at all (a URL loses surrounding spaces, tabs and breaks).
      await page.waitForTimeout(300);
      assert.equal(await page.locator('#share-notice.share-failed, #share-dialog').count(), 0, name);
      continue;
    }
    const notice = page.locator('#share-notice.share-failed, #share-notice.share-opened, #share-dialog');
    await notice.first().waitFor({ timeout: 10_000 }).catch(() => assert.fail(`${name}: no message`));
    if (await page.locator('#share-dialog').count()) {
      // Percent-escaped links (`%3D` for `=`) are plain links once unescaped, and URLs drop
      // line breaks and tabs: such links are whole again, and ask before opening.
      opened.push(name);
      await page.click('#share-keep');
      continue;
    }
    const message = await page.locator('#share-notice').textContent();
    assert.match(message, /^This share link could not be opened: .+ Your current project was left as it was\./, name);
    // Where the browser keeps the hash as written, the message is the codec's, exactly.
    if (expected && /^[A-Za-z0-9._~#-]*$/.test(hash)) assert.ok(message.includes(expected), `${name}: ${message} / ${expected}`);
    assert.ok(!/[\u0000-\u0008\u001b]/.test(message), name);
    await page.click('#share-notice button');
  }
  console.log(`# whole again in a URL, so they open: ${opened.join(', ')}`);
  for (const name of opened) assert.match(name, /^(percent_escape|line_break_inside|hash_then_spaces)$/, name);
  assert.equal(await page.inputValue('#schema'), SCHEMA, 'the project is untouched');
  const entry = await runSql(page, "SELECT 'still works' AS x");
  assert.equal(await entry.locator('td').textContent(), 'still works');
  assert.deepEqual(errors, []);
  await context.close();
});

test('in Spanish, a refused link says why in Spanish', async () => {
  const { context, page, errors } = await openPage(browser, '?lang=es');
  await waitLoaded(page);
  const reasons = [
    ['#x1.abc', 'Esto no es un enlace para compartir de Seedbed: sus datos deberían empezar por `v1.`.'],
    ['#v9.abc', 'Este enlace lo creó una versión más reciente de Seedbed (formato v9)'],
  ];
  for (const [hash, reason] of reasons) {
    await page.evaluate((url) => { location.href = url; }, BASE_URL + '?lang=es' + hash);
    const notice = page.locator('#share-notice.share-failed');
    await notice.waitFor({ timeout: 10_000 });
    const message = await notice.textContent();
    assert.ok(message.startsWith('No se pudo abrir este enlace compartido: ' + reason), message);
    await page.click('#share-notice button');
    await page.evaluate(() => { location.hash = ''; });
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('links with HTML and script in every field open as text: nothing runs', async () => {
  for (const { name, text } of fixtures('hostile_ok', '.link')) {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      window.__pwned = [];
      for (const f of ['alert', 'confirm', 'prompt']) window[f] = (...a) => { window.__pwned.push([f, ...a]); };
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(String(err)));
    page.on('dialog', (d) => { errors.push('dialog: ' + d.message()); d.dismiss(); });
    await page.goto(fixtureUrl(text));
    await waitReady(page);
    await waitOpened(page);
    const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'hostile_ok', name + '.json'), 'utf8'));
    // A textarea's value has `\n` for `\r\n`.
    assert.equal(await page.inputValue('#schema'), expected.schema.replace(/\r\n/g, '\n'), name);
    if (expected.title) assert.ok((await page.locator('#share-notice').textContent()).includes(expected.title), name);
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => window.__pwned), [], name);
    const injected = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script')].filter((s) => /alert/.test(s.textContent + s.src)).length,
      handlers: document.querySelectorAll('[onerror], [onload], img[src="x"]').length,
    }));
    assert.deepEqual(injected, { scripts: 0, handlers: 0 }, name);
    assert.deepEqual(errors, [], name);
    await context.close();
  }
});

test('a link carries the lesson and step: it opens there in a fresh profile', async () => {
  const sender = await openPage(browser, '?lesson=01-first-model&step=2');
  await waitLoaded(sender.page);
  await sender.page.locator('.lesson[data-lesson="01-first-model"][data-step="2"]').waitFor();
  // The address bar follows the project and the lesson (1 s after the last change).
  await terminal(sender.page, 'npx prisma migrate dev --name init');
  await sender.page.click('#lesson-skip');
  await sender.page.locator('.lesson[data-step="3"]').waitFor();
  await sender.page.waitForFunction(() => location.hash.startsWith('#v1.'), null, { timeout: 10_000 });
  await sender.page.waitForTimeout(1500);
  const hash = await sender.page.evaluate(() => location.hash);
  await sender.context.close();

  const receiver = await openPage(browser, hash);
  await waitOpened(receiver.page);
  await receiver.page.locator('.lesson[data-lesson="01-first-model"][data-step="3"]').waitFor({ timeout: 10_000 });
  // The lesson opened on the shared project: no "not loaded" note, the migration is there.
  assert.equal(await receiver.page.locator('.lesson-note').count(), 0);
  await receiver.page.locator('#migration-tree .migration[data-status="applied"]').waitFor({ timeout: 10_000 });
  assert.deepEqual(receiver.errors, []);
  await receiver.context.close();
});
