// The foundation in a real browser: the page boots without errors, the worker answers,
// SQLite reports its version, data survives a reload, and crashes are shown, not fatal.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitReady, runSql, screenshot } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('boots, reports SQLite and shows the Prisma version it follows', async () => {
  const { context, page, errors } = await openPage(browser);
  await page.locator('.topbar').waitFor();
  const firstRender = await page.evaluate(() => performance.now());
  await waitReady(page);
  const ready = await page.evaluate(() => performance.now());
  // Figures for the record (not asserted: shared machines are noisy).
  console.log(`# navigation to first render: ${firstRender.toFixed(0)} ms; to SQLite ready: ${ready.toFixed(0)} ms`);
  assert.match(await page.textContent('#sqlite-version'), /^SQLite 3\.\d+\.\d+$/);
  assert.match(await page.textContent('.badge'), /Prisma 6\.19\.3/);
  assert.match(await page.textContent('#storage-status'), /Saved in this browser/);
  await screenshot(page, 'foundation-ready');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a row inserted before a reload is there after it', async () => {
  const { context, page, errors } = await openPage(browser);
  await waitReady(page);
  const entry = await runSql(page, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('kept across reloads');");
  assert.match(await entry.textContent(), /1 row changed/);
  await page.locator('[data-table="notes"]').waitFor();
  await page.reload();
  await waitReady(page);
  await page.click('[data-table="notes"]');
  await page.locator('.table-view td', { hasText: 'kept across reloads' }).waitFor({ timeout: 10_000 });
  const result = await runSql(page, 'SELECT count(*) AS n FROM notes');
  assert.equal(await result.locator('td').textContent(), '1');
  await screenshot(page, 'foundation-after-reload');
  assert.deepEqual(errors, []);
  await context.close();
});

test('SQL errors are shown as messages', async () => {
  const { context, page, errors } = await openPage(browser);
  await waitReady(page);
  const entry = await runSql(page, 'SELEC oops');
  assert.match(await entry.locator('.error').textContent(), /syntax error/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a worker crash shows a message, restarts the worker and keeps saved data', async () => {
  const { context, page } = await openPage(browser, '?debug');
  await waitReady(page);
  await runSql(page, "CREATE TABLE survivors (x TEXT); INSERT INTO survivors VALUES ('still here');");
  await page.click('#debug-crash-worker');
  await page.locator('.notice', { hasText: 'crashed' }).waitFor({ timeout: 10_000 });
  await waitReady(page);
  const entry = await runSql(page, 'SELECT x FROM survivors');
  assert.match(await entry.textContent(), /still here/);
  await screenshot(page, 'foundation-worker-crash');
  await context.close();
});

test('a panic in the page shows an error instead of a dead page', async () => {
  const { context, page } = await openPage(browser, '?debug');
  await waitReady(page);
  await page.click('#debug-crash-page');
  const fatal = page.locator('#fatal');
  await fatal.waitFor({ state: 'visible', timeout: 10_000 });
  assert.match(await fatal.textContent(), /Seedbed hit a bug and stopped/);
  await context.close();
});

test('without storage the app keeps working in memory and says so', async () => {
  const context = await browser.newContext();
  // Simulates a browser where IndexedDB is blocked (private mode, third-party iframe).
  await context.addInitScript(() => {});
  const page = await context.newPage();
  await page.route('**/worker.js*', async (route) => {
    const response = await route.fetch();
    const body = "Object.defineProperty(self, 'indexedDB', { get() { throw new DOMException('blocked by test', 'SecurityError'); } });\n" + (await response.text());
    await route.fulfill({ response, body, headers: { ...response.headers(), 'content-type': 'text/javascript' } });
  });
  await page.goto(process.env.SEEDBED_URL ?? 'http://127.0.0.1:8080/');
  await waitReady(page);
  assert.match(await page.textContent('#storage-status'), /Not saved/);
  const entry = await runSql(page, 'SELECT 40 + 2 AS answer');
  assert.match(await entry.textContent(), /42/);
  await context.close();
});
