// Accessibility: axe-core (pinned in package.json) finds no serious or critical violation
// (names, labels, contrast, roles) in the light and the dark theme, on the empty page, after
// a migration with rows, and with the shortcuts dialog open; and Tab from the top reaches the
// main controls in reading order.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitReady, editorReady, BASE_URL, runInTerminal } from './browser.mjs';

const AXE = 'node_modules/axe-core/axe.min.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function open(colorScheme) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
  const page = await context.newPage();
  await page.goto(BASE_URL);
  await waitReady(page);
  await editorReady(page);
  return { context, page };
}

/** The serious and critical violations axe finds, one line each (rule, element, why). */
async function violations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary.split('\n').slice(1, 2).join('')}`));
  });
  return results;
}

const terminal = runInTerminal;

for (const scheme of ['light', 'dark']) {
  test(`no serious accessibility violations (${scheme} theme)`, async () => {
    const { context, page } = await open(scheme);
    assert.deepEqual(await violations(page), [], 'the page as it opens');

    await terminal(page, 'npx prisma migrate dev --name init --skip-seed');
    await page.fill('#sql-input', "INSERT INTO \"User\" (email, name) VALUES ('ada@example.com', 'Ada')");
    await page.click('#sql-run');
    await page.locator('.table-link[data-table="User"]').click();
    await page.locator('.table-view td', { hasText: 'ada@example.com' }).waitFor();
    assert.deepEqual(await violations(page), [], 'after migrate dev, with a row shown');

    await page.click('#shortcuts-button');
    await page.locator('#shortcuts-dialog').waitFor({ state: 'visible' });
    assert.deepEqual(await violations(page), [], 'with the shortcuts dialog open');
    await context.close();
  });
}

test('Tab from the top reaches the header, the lessons, the editor, the terminal and the database in order', async () => {
  const { context, page } = await open('light');
  await page.evaluate(() => document.activeElement?.blur());
  const reached = [];
  const describe = () => page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return '';
    if (e.classList.contains('cm-content')) return 'editor';
    return e.id ? `#${e.id}` : e.tagName.toLowerCase();
  });
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const here = await describe();
    reached.push(here);
    // The editor keeps Tab for indentation: Escape first, then Tab moves on.
    if (here === 'editor') await page.keyboard.press('Escape');
    if (here === '#sql-input') break;
  }
  const at = (name) => reached.indexOf(name);
  const order = ['#language', '#shortcuts-button', '#download-sqlite', '#share-button', '#lesson-select', 'editor', '#terminal-input', '#sql-input'];
  for (const name of order) assert.ok(at(name) >= 0, `Tab reaches ${name}: ${reached.join(' ')}`);
  for (let i = 1; i < order.length; i++) {
    assert.ok(at(order[i - 1]) < at(order[i]), `${order[i - 1]} comes before ${order[i]}: ${reached.join(' ')}`);
  }
  await context.close();
});
