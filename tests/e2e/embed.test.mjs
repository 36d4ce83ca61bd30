// Embed mode (crates/web/src/embed.rs, www/embed.js, docs/EMBED.md): the sample docs page
// examples/docs/index.html, served from another site, embeds three playgrounds and a lesson;
// each loads its schema (the lesson: its own project), sizes itself, works, keeps to itself,
// and saves nothing. A lesson embedded by URL opens at its step, in the language asked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { launchProfile, BASE_URL } from './browser.mjs';

// The playground on `localhost`, the docs on `127.0.0.1`: two sites to the browser, as
// in a real embed (see iframe.test.mjs).
const PLAYGROUND = BASE_URL.replace('127.0.0.1', 'localhost');
const DOCS_HTML = readFileSync('examples/docs/index.html', 'utf8')
  .replace('http://localhost:8080/embed.js', new URL('embed.js', PLAYGROUND).href);
const SCHEMAS = [...DOCS_HTML.matchAll(/<pre class="seedbed" id=[^>]*>\n?([\s\S]*?)<\/pre>/g)].map((m) => m[1]);

let server;
let DOCS;
before(async () => {
  server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    if (req.url.startsWith('/stranger.html')) {
      // A page that frames the playground but is not the origin it named.
      res.end(`<!doctype html><iframe id="pg" src="${PLAYGROUND}?embed&origin=http://127.0.0.1:9" width="900" height="600"></iframe>`);
    } else {
      res.end(DOCS_HTML);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  DOCS = `http://127.0.0.1:${server.address().port}/`;
});
after(() => server?.close());

async function frameOf(page, index) {
  const handle = await page.locator('iframe.seedbed-embed').nth(index).elementHandle();
  return handle.contentFrame();
}

test('the docs page embeds three playgrounds and a lesson that size themselves, work and keep apart', async () => {
  const context = await launchProfile();
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  const started = Date.now();
  await page.goto(DOCS + 'guide.html');
  const iframes = page.locator('iframe.seedbed-embed');
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('iframe.seedbed-embed')];
    return all.length === 4 && all.every((f) => 'ready' in f.dataset && 'sized' in f.dataset);
  }, null, { timeout: 60_000 });
  const loadMs = Date.now() - started;
  console.log(`# four embeds ready and sized ${loadMs} ms after navigation`);
  assert.equal(await page.locator('pre.seedbed').count(), 0, 'every block was replaced');

  const frames = [await frameOf(page, 0), await frameOf(page, 1), await frameOf(page, 2)];
  for (const [i, frame] of frames.entries()) {
    assert.ok(frame.url().startsWith(PLAYGROUND + '?embed'), frame.url());
    // Its schema, from the block, arrived through seedbed:setSchema.
    await frame.waitForFunction((s) => document.querySelector("#schema")?.value === s, SCHEMAS[i], { timeout: 5000 })
      .catch(async () => assert.fail(`frame ${i}: ${JSON.stringify(await frame.inputValue("#schema"))} vs ${JSON.stringify(SCHEMAS[i])}`));
    // Sized from its own height messages.
    // (A frame outside the viewport reports within a second: Chrome pauses its
    // ResizeObserver, and the embed also checks its height each second.)
    let style, sized, appHeight;
    for (let tries = 0; tries < 30; tries++) {
      ({ style, sized } = await iframes.nth(i).evaluate((f) => ({ style: f.style.height, sized: f.dataset.sized })));
      appHeight = await frame.evaluate(() => document.querySelector('.app').scrollHeight);
      if (Math.abs(appHeight - Number(sized)) <= 2) break;
      await page.waitForTimeout(200);
    }
    assert.equal(style, sized + 'px', `frame ${i}`);
    assert.ok(Math.abs(appHeight - Number(sized)) <= 2, `frame ${i}: ${appHeight} vs ${sized}`);
    assert.match(await frame.locator('#storage-status').getAttribute('title'), /embedded in another page: nothing is saved/);
  }
  // The fourth is a lesson: its own project (the block's text was not sent), its step.
  const lessonFrame = await frameOf(page, 3);
  await lessonFrame.locator('.lesson[data-lesson="01-first-model"][data-step="1"]').waitFor({ timeout: 10_000 });
  assert.doesNotMatch(await lessonFrame.inputValue('#schema'), /interactive lesson loads here/);
  assert.equal(await lessonFrame.locator('.database-pane').getAttribute('hidden'), '');
  // Options: panes and theme.
  assert.equal(await frames[1].locator('.database-pane').getAttribute('hidden'), '');
  assert.equal(await frames[1].locator('.schema-pane').getAttribute('hidden'), null);
  assert.equal(await frames[1].evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await frames[2].evaluate(() => document.documentElement.dataset.theme), 'light');

  // data-run ran `migrate dev` in the first and third, each on its own schema.
  for (const i of [0, 2]) {
    await frames[i].locator('.term-entry[data-exit]').first().waitFor({ timeout: 30_000 });
    assert.equal(await frames[i].locator('.term-entry').first().getAttribute('data-exit'), '0',
      await frames[i].locator('.term-output').first().textContent());
  }
  // The docs page is not cross-origin isolated, so neither are its embeds: they share no
  // reply slot with their workers, and diagnostics come by `postMessage` alone.
  assert.equal(await frames[2].evaluate(() => crossOriginIsolated), false);
  await frames[2].fill('#schema', SCHEMAS[2] + '\nmodel Broken {\n  id Int @id\n  x Strin\n}\n');
  await frames[2].locator('#problems .problem.error', { hasText: 'Type "Strin" is neither a built-in type' }).waitFor();
  await frames[2].fill('#schema', SCHEMAS[2]);
  await frames[2].locator('#problems-summary', { hasText: 'No problems' }).waitFor();
  const tables = async (frame) => (await frame.locator('.table-link').allTextContents()).map((t) => t.replace(/\d+$/, '').trim()).sort();
  assert.deepEqual((await tables(frames[0])).filter((t) => !t.startsWith('_')), ['Post', 'User']);
  assert.deepEqual(await tables(frames[1]), [], 'the enum example has no tables of the others');
  // The second works too, by hand.
  await frames[1].fill('#terminal-input', 'npx prisma migrate dev --name roles');
  await frames[1].press('#terminal-input', 'Enter');
  await frames[1].locator('.term-entry[data-exit="0"]').waitFor({ timeout: 30_000 });
  assert.match(await frames[1].locator('.term-output').textContent(), /_roles/);
  // The others did not see it.
  assert.equal(await frames[2].locator('.term-entry').count(), 1);
  assert.equal(await frames[0].inputValue('#schema'), SCHEMAS[0]);

  // Nothing was written to IndexedDB: not in the embeds' (partitioned) storage…
  for (const frame of frames) {
    const names = await frame.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    assert.deepEqual(names, []);
  }
  // …nor in the playground's own, top-level storage.
  const own = await context.newPage();
  await own.goto(PLAYGROUND + 'style.css');
  assert.deepEqual(await own.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the embed ignores setSchema from any origin but the one it was given', async () => {
  const context = await launchProfile();
  const page = await context.newPage();
  await page.goto(DOCS + 'stranger.html');
  const frame = page.frameLocator('#pg');
  await frame.locator('#sqlite-version').waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => true);
  await frame.locator('#schema').and(frame.locator(':not([value=""])')).waitFor();
  await page.waitForTimeout(300);
  const before = await frame.locator('#schema').inputValue();
  assert.ok(before.length > 0);
  await page.evaluate(() => document.getElementById('pg').contentWindow.postMessage({ type: 'seedbed:setSchema', schema: 'model Evil { id Int @id }' }, '*'));
  await page.waitForTimeout(500);
  assert.equal(await frame.locator('#schema').inputValue(), before);
  await context.close();
});

test('an embedded lesson opens at its step, in the language asked, and its checks pass', async () => {
  const context = await launchProfile();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(PLAYGROUND + '?embed&lesson=01-first-model&step=1&lang=es');
  const lesson = page.locator('.lesson[data-lesson="01-first-model"][data-step="1"]');
  await lesson.waitFor({ timeout: 30_000 });
  // The lesson's own project is loaded (no question asked), in Spanish.
  await page.locator('.lesson-note').waitFor({ state: 'detached', timeout: 10_000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.match(await page.locator('.lesson-progress').textContent(), /^Paso 1 de 4/);
  assert.equal(await page.locator('#lesson-check').textContent(), 'Comprobar');
  // The lesson, the schema and the terminal; nothing else.
  for (const pane of ['.lessons-pane', '.schema-pane', '.terminal-pane']) {
    assert.equal(await page.locator(pane).getAttribute('hidden'), null, pane);
  }
  for (const pane of ['.migrations-pane', '.database-pane', '.refresh-lab', '.diagram-pane']) {
    assert.equal(await page.locator(pane).getAttribute('hidden'), '', pane);
  }
  // Not done yet: the check fails with the step's hint.
  await page.click('#lesson-check');
  await page.locator('.lesson[data-verdict="fail"]').waitFor({ timeout: 10_000 });
  // Step 1: add the model; the check passes.
  const solution = readFileSync('examples/lessons/01-first-model/solutions/user.prisma', 'utf8');
  await page.fill('#schema', solution);
  await page.waitForTimeout(300);
  await page.click('#lesson-check');
  await page.locator('.lesson[data-verdict="pass"]').waitFor({ timeout: 10_000 });
  // Step 2: the first migration, typed in the embed's terminal.
  await page.click('#lesson-next');
  await page.locator('.lesson[data-step="2"]').waitFor();
  await page.fill('#terminal-input', 'npx prisma migrate dev --name init');
  await page.press('#terminal-input', 'Enter');
  await page.locator('.term-entry[data-exit="0"]').waitFor({ timeout: 30_000 });
  await page.click('#lesson-check');
  await page.locator('.lesson[data-step="2"][data-verdict="pass"]').waitFor({ timeout: 10_000 });
  // The reader's own progress and projects are untouched.
  assert.equal(await page.evaluate(() => localStorage.getItem('seedbed:lessons')), null);
  assert.deepEqual(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)), []);
  assert.deepEqual(errors, []);
  await context.close();
});
