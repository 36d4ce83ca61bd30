// The partial-refresh lab in a real browser: after one post is created, router.refresh()
// touches exactly the new list item and the total (the Client Component keeps its state),
// a full reload recreates every node and loses that state, and the stale page changes
// nothing until it is refreshed. Counts come from the lab's MutationObserver and are checked
// against a second observer the test installs itself.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitReady, runSql, screenshot } from './browser.mjs';

const SCHEMA = `datasource db {
  provider = "sqlite"
  url      = "file:./dev.db"
}

generator client {
  provider = "prisma-client-js"
}

model Post {
  id    Int     @id @default(autoincrement())
  title String
  body  String?
}
`;

const TABLES = `CREATE TABLE "Post" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "body" TEXT);
INSERT INTO "Post" ("title") VALUES ('First'), ('Second'), ('Third');`;

let browser;
let page;
let context;
let errors;

before(async () => {
  browser = await launch();
  ({ context, page, errors } = await openPage(browser));
  await waitReady(page);
  await page.fill('#schema', SCHEMA);
  await runSql(page, TABLES);
  await page.click('#client-generate');
  await page.locator('#client-status', { hasText: 'Client up to date' }).waitFor();
  await page.click('#lab-load');
  await page.locator('#lab-page .lab-item').nth(2).waitFor();
  // Leave the latest-post card out, so the page is a list, a total and the Client Component.
  await page.uncheck('#lab-use-2');
  await reloadPage();
  assert.equal(await page.locator('#lab-page .lab-card').count(), 0);
});

after(async () => {
  assert.deepEqual(errors ?? [], []);
  await context?.close();
  await browser?.close();
});

const commits = () => page.$eval('#lab-last-commit', (e) => Number(e.dataset.commits));

/** The lab's record of the last commit. */
async function lastCommit() {
  return page.$eval('#lab-last-commit', (e) => ({
    added: Number(e.dataset.added),
    addedNodes: Number(e.dataset.addedNodes),
    removed: Number(e.dataset.removed),
    removedNodes: Number(e.dataset.removedNodes),
    text: Number(e.dataset.text),
    attributes: Number(e.dataset.attributes),
  }));
}

/** Clicks something that commits, and waits for the commit to be recorded. */
async function committing(selector) {
  const before = await commits();
  await page.click(selector);
  await page.waitForFunction((n) => Number(document.querySelector('#lab-last-commit').dataset.commits) > n, before);
}

async function reloadPage() {
  await committing('#lab-reload');
}

/** Runs a preset's mutation in a mode. */
async function run(mode, preset) {
  await page.selectOption('#lab-mode', mode);
  await page.click(`#lab-preset-${preset}`);
  await committing('#lab-run');
}

/** A second, independent observer on the page, with the lab's rules (flash toggles and
 * render counters are not the page's output). */
async function watch() {
  await page.evaluate(() => {
    const size = (n) => 1 + [...n.childNodes].reduce((a, c) => a + size(c), 0);
    const meta = (n) => (n.nodeType === 1 ? n : n.parentElement)?.closest('.lab-meta');
    const flashOnly = (a, b) => {
      const t = (s) => (s ?? '').split(/\s+/).filter((x) => x && x !== 'lab-flash').sort().join(' ');
      return t(a) === t(b);
    };
    const seen = { added: 0, addedNodes: 0, removed: 0, removedNodes: 0, text: 0, attributes: 0 };
    const inserted = [];
    const tally = (records) => {
      for (const r of records) {
        if (meta(r.target)) continue;
        if (r.type === 'childList') {
          inserted.push(...r.addedNodes);
          for (const n of r.removedNodes) { seen.removed++; seen.removedNodes += size(n); }
        } else if (r.type === 'characterData') seen.text++;
        else if (!(r.attributeName === 'class' && flashOnly(r.oldValue, r.target.getAttribute('class')))) seen.attributes++;
      }
    };
    const observer = new MutationObserver(tally);
    observer.observe(document.querySelector('#lab-page'),
      { childList: true, subtree: true, characterData: true, attributes: true, attributeOldValue: true });
    // Inserted subtrees: a node inserted inside another inserted node belongs to it.
    const finish = () => {
      const set = new Set(inserted);
      for (const n of inserted) {
        let a = n.parentNode;
        while (a && !set.has(a)) a = a.parentNode;
        if (!a) { seen.added++; seen.addedNodes += size(n); }
      }
      return seen;
    };
    window.__labWatch = { observer, finish, tally };
    // Every node present now is marked, to tell kept nodes from recreated ones.
    for (const n of document.querySelectorAll('#lab-page *')) n.__old = true;
  });
}

async function watched() {
  return page.evaluate(() => {
    const { observer, finish, tally } = window.__labWatch;
    tally(observer.takeRecords());
    observer.disconnect();
    return finish();
  });
}

/** What a kept-or-recreated census of the page's elements says. */
async function census() {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('#lab-page *')];
    return { old: all.filter((n) => n.__old).length, fresh: all.filter((n) => !n.__old).length };
  });
}

const routeSize = () => page.$eval('#lab-page .lab-route', (r) => {
  const size = (n) => 1 + [...n.childNodes].reduce((a, c) => a + size(c), 0);
  return size(r);
});

const badge = (component) => page.textContent(`#lab-page [data-component="${component}"] .lab-renders`);
const titles = () => page.locator('#lab-page .lab-item .lab-title').allTextContents();
const total = () => page.textContent('#lab-page .lab-total');

async function typeClientState() {
  await page.fill('#lab-note', 'keep me');
  await page.click('#lab-counter');
  await page.click('#lab-counter');
  if (!(await page.locator('#lab-details').count())) await page.click('#lab-toggle');
}

test('router.refresh(): only the new item and the total change, client state survives', async () => {
  await typeClientState();
  const clientRenders = await badge('ClientNotes');
  const listRenders = await badge('PostList');
  await watch();
  await run('refresh', 'add');

  // The new post is the first item; nothing else in the list changed.
  assert.deepEqual(await titles(), ['New post 4', 'Third', 'Second', 'First']);
  assert.equal(await total(), '4');
  const li = 1 + 2 * 2; // <li>, two <span>s, their two texts
  const expected = { added: 1, addedNodes: li, removed: 0, removedNodes: 0, text: 1, attributes: 0 };
  assert.deepEqual(await lastCommit(), expected);
  assert.deepEqual(await watched(), expected);
  // Of all the page's elements only the new item's three are new.
  const { fresh } = await census();
  assert.equal(fresh, 3);

  // Client state survived, and the Client Component did not even re-render.
  assert.equal(await page.inputValue('#lab-note'), 'keep me');
  assert.equal(await page.textContent('#lab-counter'), 'Clicked 2 times');
  assert.equal(await page.locator('#lab-details').count(), 1);
  assert.equal(await badge('ClientNotes'), clientRenders);
  assert.notEqual(await badge('PostList'), listRenders);

  // The timeline: request → queries (both components re-ran, with their SQL) → payload → diff → commit.
  const steps = await page.$$eval('#lab-timeline > li', (li) => li.map((e) => e.dataset.step));
  assert.deepEqual(steps, ['request', 'queries', 'payload', 'diff', 'commit']);
  assert.match(await page.textContent('#lab-timeline [data-step="queries"] .lab-step-summary'), /^2 queries ran/);
  assert.match(await page.textContent('#lab-timeline [data-step="request"]'), /INSERT INTO/);
  assert.match(await page.textContent('#lab-timeline [data-step="payload"] .lab-step-summary'), /^\d+ bytes/);
  assert.match(await page.textContent('#lab-timeline [data-step="diff"] .lab-step-summary'), /^2 changes predicted: 1 inserted, 0 removed, 1 text/);
  assert.match(await page.textContent('#lab-timeline [data-step="commit"]'), /nextjs\.org\/docs\/app\/api-reference\/functions\/use-router/);
  // Last: a screenshot writes to the page (Playwright hides the caret with a style).
  await screenshot(page, 'refresh-router-refresh');
});

test('a full reload recreates every node and loses the client state', async () => {
  await typeClientState();
  const sizeBefore = await routeSize();
  await watch();
  await run('reload', 'add');

  assert.deepEqual(await titles(), ['New post 5', 'New post 4', 'Third', 'Second', 'First']);
  const sizeAfter = await routeSize();
  // One item more (5 nodes); the details panel (a <p> and its text) closed with the state.
  assert.equal(sizeAfter, sizeBefore + 5 - 2);
  // The page's root was replaced: one removal, one insertion, all nodes in them.
  const expected = { added: 1, addedNodes: sizeAfter, removed: 1, removedNodes: sizeBefore, text: 0, attributes: 0 };
  assert.deepEqual(await lastCommit(), expected);
  assert.deepEqual(await watched(), expected);
  assert.equal((await census()).old, 0);

  assert.equal(await page.inputValue('#lab-note'), '');
  assert.equal(await page.textContent('#lab-counter'), 'Clicked 0 times');
  assert.equal(await page.locator('#lab-details').count(), 0);
  assert.equal(await badge('ClientNotes'), 'rendered 1×');
  assert.equal(await badge('PostList'), 'rendered 1×');
  await screenshot(page, 'refresh-full-reload');
});

test('the stale page changes nothing until router.refresh()', async () => {
  await typeClientState();
  await watch();
  await run('stale', 'add');
  const nothing = { added: 0, addedNodes: 0, removed: 0, removedNodes: 0, text: 0, attributes: 0 };
  assert.deepEqual(await lastCommit(), nothing);
  assert.deepEqual(await watched(), nothing);
  assert.equal((await census()).fresh, 0);
  assert.equal((await titles()).length, 5);
  assert.equal(await total(), '5');
  const steps = await page.$$eval('#lab-timeline > li', (li) => li.map((e) => e.dataset.step));
  assert.deepEqual(steps, ['request', 'stale', 'commit']);
  assert.match(await page.textContent('#lab-timeline [data-step="stale"]'), /revalidatePath/);

  // The page's own router.refresh() brings the post in, like the refresh mode did.
  await watch();
  await committing('#lab-refresh');
  assert.deepEqual(await titles(), ['New post 6', 'New post 5', 'New post 4', 'Third', 'Second', 'First']);
  assert.equal(await total(), '6');
  const expected = { added: 1, addedNodes: 5, removed: 0, removedNodes: 0, text: 1, attributes: 0 };
  assert.deepEqual(await lastCommit(), expected);
  assert.deepEqual(await watched(), expected);
  assert.equal(await page.inputValue('#lab-note'), 'keep me');

  // The comparison table has a row for each mode.
  const rows = await page.$$eval('#lab-compare tbody tr', (tr) => tr.map((r) => r.querySelector('td:last-child').textContent));
  assert.deepEqual(rows, ['0', '2', '2']);
  await screenshot(page, 'refresh-stale');
});

test('each preset in each mode, on a list of 100 of 126 rows with the latest-post card', async () => {
  await runSql(page, `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 120)
    INSERT INTO "Post" ("title") SELECT 'Bulk ' || i FROM n;`);
  await page.check('#lab-use-2');
  await reloadPage();
  assert.equal((await titles()).length, 100);
  const table = {};
  for (const preset of ['add', 'edit', 'delete', 'invisible']) {
    for (const mode of ['stale', 'reload', 'refresh']) {
      await run(mode, preset);
      const c = await lastCommit();
      table[`${preset} / ${mode}`] = c;
      if (mode === 'stale') await committing('#lab-refresh');
    }
  }
  console.log(JSON.stringify(table));
  for (const preset of ['add', 'edit', 'delete', 'invisible']) {
    assert.deepEqual(table[`${preset} / stale`], { added: 0, addedNodes: 0, removed: 0, removedNodes: 0, text: 0, attributes: 0 });
    const reload = table[`${preset} / reload`];
    assert.equal(reload.added, 1);
    assert.equal(reload.removed, 1);
  }
  const li = 5;
  // A new newest row: one item in at the top, the oldest shown one out, the total, and the
  // card's title and key.
  assert.deepEqual(table['add / refresh'], { added: 1, addedNodes: li, removed: 1, removedNodes: li, text: 3, attributes: 0 });
  // A new title: the item's text and the card's.
  assert.deepEqual(table['edit / refresh'], { added: 0, addedNodes: 0, removed: 0, removedNodes: 0, text: 2, attributes: 0 });
  // One row gone: its item out, the next older one in at the bottom, the total, the card.
  assert.deepEqual(table['delete / refresh'], { added: 1, addedNodes: li, removed: 1, removedNodes: li, text: 3, attributes: 0 });
  // A field no component shows: every query re-ran, nothing reached the DOM.
  assert.deepEqual(table['invisible / refresh'], { added: 0, addedNodes: 0, removed: 0, removedNodes: 0, text: 0, attributes: 0 });

  // The list's scroll position is browser state too: a refresh keeps it, a reload does not.
  const scrollTop = () => page.$eval('#lab-page .lab-list', (l) => l.scrollTop);
  await page.$eval('#lab-page .lab-list', (l) => { l.scrollTop = 300; });
  await run('refresh', 'invisible');
  assert.equal(await scrollTop(), 300);
  await run('reload', 'invisible');
  assert.equal(await scrollTop(), 0);
});

test('bad JSON in the mutation is a message, not a crash', async () => {
  await page.fill('#lab-mutation', '{ "data": ');
  await page.click('#lab-run');
  await page.locator('#lab-message', { hasText: 'not valid JSON' }).waitFor();
  assert.equal((await titles()).length, 100);
});
