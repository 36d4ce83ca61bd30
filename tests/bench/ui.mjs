// The playground's own figures in headless Chromium, for a release build of the site
// (`cargo xtask build`): cold load to first render, to the engine being ready and to the
// terminal taking a command; keystroke to diagnostics for a 50-model schema; a `migrate dev`
// of that schema; and the size shipped (gzip). Prints a table with the targets beside each
// figure. A measurement, not a test.
//
// The bench serves the site itself, twice: with the cross-origin isolation headers that
// `cargo xtask serve` and the site's `_headers` send (the page then reads the diagnostics
// from the worker's shared reply slot in the typed character's frame), and without them (a
// host that sends no headers, or an embed in another site: replies by `postMessage` alone).
//
//   SITE_DIR=dist node tests/bench/ui.mjs
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import http from 'node:http';
import path from 'node:path';

const SITE = path.resolve(process.env.SITE_DIR ?? 'dist');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.svg': 'image/svg+xml' };
// The headers `cargo xtask build` wrote for static hosts (the ones `cargo xtask serve` sends).
const ISOLATION = Object.fromEntries(readFileSync(path.join(SITE, '_headers'), 'utf8')
  .split('\n').map((line) => line.match(/^\s+([\w-]+):\s*(.+)$/)).filter(Boolean)
  .map(([, name, value]) => [name, value]));
if (!ISOLATION['Cross-Origin-Embedder-Policy']) throw new Error(`${SITE}/_headers lacks the isolation headers: rebuild with cargo xtask build`);

/** Serves SITE on a free localhost port; returns its URL. */
async function serveSite(isolated) {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new globalThis.URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.resolve(SITE, name);
    if (!file.startsWith(SITE + path.sep)) { res.writeHead(403).end(); return; }
    let body;
    try { body = readFileSync(file); } catch { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', ...(isolated ? ISOLATION : {}) });
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  return `http://127.0.0.1:${server.address().port}/`;
}
const URL = await serveSite(true);
const PLAIN_URL = await serveSite(false);
const RUNS = Number(process.env.RUNS ?? 5);
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'];

function schema(models) {
  let text = 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n\ngenerator client {\n  provider = "prisma-client-js"\n}\n';
  for (let i = 0; i < models; i++) {
    text += `\nmodel M${i} {\n  id        Int      @id @default(autoincrement())\n  name      String\n  email     String   @unique\n  createdAt DateTime @default(now())\n  count     Int?\n`;
    if (i > 0) text += `  parentId  Int?\n  parent    M${i - 1}?     @relation(fields: [parentId], references: [id])\n`;
    if (i + 1 < models) text += `  children  M${i + 1}[]\n`;
    text += '}\n';
  }
  return text;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
const loads = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(URL);
  await page.locator('.app').waitFor();
  const rendered = Date.now() - t0;
  await page.locator('#sqlite-version').waitFor({ timeout: 60_000 });
  const ready = Date.now() - t0;
  await page.locator('#terminal-input:not([disabled])').waitFor();
  await page.waitForFunction(() => document.querySelector('#schema')?.value?.length > 0);
  const interactive = Date.now() - t0;
  loads.push({ rendered, ready, interactive });
  await context.close();
}

// Keystroke to diagnostics, as a learner types: a key pressed in the editor (inside model
// M25 of a 50-model schema) to the problems list showing the answer, timed in the page from
// the keydown event. Alternate keys break and fix the schema, so every one changes the list.
const big = schema(50);

/** Opens the playground at `url` with the 50-model schema, the cursor inside model M25. */
async function openWithBigSchema(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('#sqlite-version').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.querySelector('#schema')?.value?.length > 0);
  await page.locator('.cm-content').waitFor();
  await page.fill('#schema', big);
  await page.locator('#problems-summary', { hasText: 'No problems' }).waitFor();
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+f');
  await page.locator('.cm-search input[name="search"]').fill('model M25 {');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  return { context, page };
}

/**
 * 30 keys typed: for each, keystroke → diagnostics shown, keystroke → its frame begins, and
 * whether the diagnostics were shown within that frame's animation-frame and layout steps
 * (a ResizeObserver's first callback closes them), so painted with the typed character.
 */
async function timeKeystrokes(page) {
  // The wait happens in the page (a promise a MutationObserver resolves), not by polling
  // from here: Playwright's polling would itself keep the page's main thread busy.
  await page.evaluate(() => {
    window.__bench = { start: 0, frame: 0, inFrame: false };
    document.addEventListener('keydown', () => {
      window.__bench.start = performance.now();
      window.__bench.inFrame = false;
      // The frame that paints the typed character (its animation-frame callbacks start it;
      // this one runs before the page's, registered after the key was handled).
      requestAnimationFrame(() => {
        window.__bench.frame = performance.now() - window.__bench.start;
        window.__bench.inFrame = true;
        const closing = new ResizeObserver(() => { window.__bench.inFrame = false; closing.disconnect(); });
        closing.observe(document.body);
      });
    }, true);
    window.__nextSummary = () => new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        resolve({ shown: performance.now() - window.__bench.start, frame: window.__bench.frame, sameFrame: window.__bench.inFrame });
      });
      observer.observe(document.querySelector('#problems-summary'), { childList: true, characterData: true, subtree: true });
    });
  });
  const shownAfter = [];
  const frameAfter = [];
  let sameFrame = 0;
  for (let i = 0; i < 30; i++) {
    // Watching before the key is sent: an evaluation still on its way could lose the race
    // with a key and a reply read in the same frame.
    await page.evaluate(() => { window.__shown = window.__nextSummary(); });
    await page.keyboard.press(i % 2 === 0 ? 'x' : 'Backspace'); // breaks, then fixes the schema
    const timing = await page.evaluate(() => window.__shown);
    shownAfter.push(timing.shown);
    frameAfter.push(timing.frame);
    if (timing.sameFrame) sameFrame += 1;
    await page.waitForTimeout(250); // a pause, as between a learner's words
  }
  return { shownAfter, frameAfter, sameFrame };
}

// The same keys where the page is not cross-origin isolated. By default
// (`DeferRendererTasksAfterInput`, enabled in Chromium's source) every task of the page,
// the worker's `postMessage` reply included, waits after a key press until the frame that
// paints the typed character has been rendered; the diagnostics then come a frame later.
const plain = await openWithBigSchema(browser, PLAIN_URL);
const plainIsolated = await plain.page.evaluate(() => crossOriginIsolated);
const { shownAfter: plainKeys, sameFrame: plainSameFrame } = await timeKeystrokes(plain.page);
await plain.context.close();

const { context, page } = await openWithBigSchema(browser, URL);
const isolated = await page.evaluate(() => crossOriginIsolated);
if (!isolated || plainIsolated) throw new Error('the two servers should differ in cross-origin isolation');
const { shownAfter: keystrokes, frameAfter: keyFrames, sameFrame } = await timeKeystrokes(page);

// The whole text replaced through the editor's plain-text mirror (a paste of the schema).
const replacements = [];
for (let i = 0; i < 20; i++) {
  const broken = i % 2 === 0;
  const text = broken ? big.replace('model M25 {', 'model M25 {\n  oops Strin') : big;
  const ms = await page.evaluate(async ({ text, broken }) => {
    const area = document.querySelector('#schema');
    const summary = document.querySelector('#problems-summary');
    const t = performance.now();
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await new Promise((resolve) => {
      const done = () => (broken ? !summary.textContent.startsWith('No problems') : summary.textContent.startsWith('No problems'));
      if (done()) return resolve();
      new MutationObserver((_, obs) => { if (done()) { obs.disconnect(); resolve(); } })
        .observe(summary, { childList: true, characterData: true, subtree: true });
    });
    return performance.now() - t;
  }, { text, broken });
  replacements.push(ms);
}

// migrate dev of the 50-model schema, from Enter to the entry's end.
const migrate = await page.evaluate(async () => {
  const input = document.querySelector('#terminal-input');
  const before = document.querySelectorAll('.term-entry').length;
  const t = performance.now();
  input.value = 'npx prisma migrate dev --name init --skip-seed';
  input.dispatchEvent(new InputEvent('input', { bubbles: true }));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await new Promise((resolve) => {
    const check = () => {
      const e = document.querySelectorAll('.term-entry')[before];
      if (e && e.getAttribute('data-exit') !== null) return resolve();
      requestAnimationFrame(check);
    };
    check();
  });
  return performance.now() - t;
});
await context.close();
await browser.close();

console.log(`\nPlayground in headless Chromium (${URL}), ${RUNS} cold loads\n`);
console.log('| measure | median | runs | target |');
console.log('|---|---:|---|---|');
console.log(`| navigation → first render | ${median(loads.map((l) => l.rendered))} ms | ${loads.map((l) => l.rendered).join(', ')} | |`);
console.log(`| navigation → SQLite ready | ${median(loads.map((l) => l.ready))} ms | ${loads.map((l) => l.ready).join(', ')} | |`);
console.log(`| navigation → interactive (schema loaded, terminal enabled) | ${median(loads.map((l) => l.interactive))} ms | ${loads.map((l) => l.interactive).join(', ')} | < 1000 ms |`);
const row = (what, xs, target = '') => console.log(`| ${what} | ${median(xs).toFixed(1)} ms | ${xs.length} keys, min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)} | ${target} |`);
row('keystroke in the editor → diagnostics, 50 models (cross-origin isolated: in-frame reply slot)', keystrokes, '< 16 ms');
console.log(`| … of which shown in the typed character's own frame | ${sameFrame} of ${keystrokes.length} | | |`);
row('keystroke → its own frame begins (the frame that paints the typed character)', keyFrames);
row('keystroke → diagnostics, 50 models, not isolated (`postMessage` only: hosts without the headers, embeds)', plainKeys);
console.log(`| … of which shown in the typed character's own frame | ${plainSameFrame} of ${plainKeys.length} | | |`);
console.log(`| whole text replaced (paste) → diagnostics, 50 models | ${median(replacements).toFixed(1)} ms | min ${Math.min(...replacements).toFixed(1)}, max ${Math.max(...replacements).toFixed(1)} | |`);
console.log(`| migrate dev, 50 models (Enter → done) | ${migrate.toFixed(0)} ms | 1 | |`);

{
  let raw = 0; let gz = 0;
  const rows = [];
  for (const name of readdirSync(SITE)) {
    const file = path.join(SITE, name);
    if (!statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    const z = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length; gz += z;
    rows.push([name, bytes.length, z]);
  }
  rows.sort((a, b) => b[2] - a[2]);
  console.log('\n| file | raw | gzip |\n|---|---:|---:|');
  for (const [n, r, z] of rows) console.log(`| ${n} | ${r.toLocaleString('en')} | ${z.toLocaleString('en')} |`);
  console.log(`| **total** | ${raw.toLocaleString('en')} | **${gz.toLocaleString('en')}** (target < 1,500,000) |`);
}
