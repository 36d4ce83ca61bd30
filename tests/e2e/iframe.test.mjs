// The playground embedded in a cross-origin iframe (how documentation sites will embed it):
// it boots without COOP/COEP headers, stores in its partitioned storage, and keeps data
// across a reload of the parent page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { launch, launchProfile, BASE_URL, runSql } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// A documentation page on another site, served by the test on its own port. The iframe
// points at `localhost` while the parent is `127.0.0.1`: different sites to the browser, so
// the iframe's storage is partitioned as in a real embed. Both are loopback addresses, so
// Chromium's local-network checks (which stop a public page from framing a loopback
// address) do not apply.
const EMBED_URL = BASE_URL.replace('127.0.0.1', 'localhost');
let parentServer;
let PARENT;
before(async () => {
  parentServer = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><h1>Docs</h1><iframe id="pg" src="${EMBED_URL}" width="1200" height="700"></iframe>`);
  });
  await new Promise((resolve) => parentServer.listen(0, '127.0.0.1', resolve));
  PARENT = `http://127.0.0.1:${parentServer.address().port}/guide.html`;
});
after(() => parentServer?.close());

async function openEmbed(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(PARENT);
  await page.frameLocator('#pg').locator('#sqlite-version').waitFor({ timeout: 30_000 });
  const frame = page.frames().find((f) => f.url().startsWith(EMBED_URL));
  assert.ok(frame, 'the iframe loaded the playground');
  return { page, frame, errors };
}

test('in a cross-site iframe it boots, stores in partitioned storage and survives a reload', async () => {
  // A regular profile: third-party storage is allowed there (partitioned by top-level site).
  const context = await launchProfile();
  const { page, frame, errors } = await openEmbed(context);
  const status = frame.locator('#storage-status');
  assert.match(await status.textContent(), /Saved in this browser/, await status.getAttribute('title'));
  await runSql(frame, "CREATE TABLE embedded (x TEXT); INSERT INTO embedded VALUES ('in the iframe');");
  await page.reload();
  const { frame: again } = await openEmbed(context);
  const entry = await runSql(again, 'SELECT x FROM embedded');
  assert.equal(await entry.locator('td').textContent(), 'in the iframe');
  assert.deepEqual(errors, []);
  await context.close();
});

test('where the browser blocks third-party storage the embed works in memory and says so', async () => {
  // Incognito-like contexts block storage in third-party iframes.
  const context = await browser.newContext();
  const { frame, errors } = await openEmbed(context);
  assert.match(await frame.locator('#storage-status').textContent(), /Not saved/);
  const entry = await runSql(frame, "SELECT 'still works' AS x");
  assert.equal(await entry.locator('td').textContent(), 'still works');
  assert.deepEqual(errors, []);
  await context.close();
});
