// Screenshots of the playground's main states at 1024×768, for docs/PLAYGROUND.md and for a
// look after a change: the empty project, a schema with a mistake, the migrations after
// `migrate dev`, the data browser with seeded rows, the ER diagram, a lesson, the dark theme.
// Written to target/screenshots/ (SCREENSHOTS overrides); docs/screenshots/ holds copies.
// Each state is also checked, so a screenshot of a broken page fails the run.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launch, waitReady, editorReady, BASE_URL, runInTerminal } from './browser.mjs';

const DIR = process.env.SCREENSHOTS ?? 'target/screenshots';
const BLOG = readFileSync('examples/blog/prisma/schema.prisma', 'utf8');

let browser;
before(async () => { browser = await launch(); mkdirSync(DIR, { recursive: true }); });
after(async () => { await browser?.close(); });

async function open(colorScheme = 'light') {
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, colorScheme });
  const page = await context.newPage();
  page.on('dialog', (dialog) => dialog.accept());
  await page.goto(BASE_URL);
  await waitReady(page);
  await editorReady(page);
  await page.waitForFunction(() => document.querySelector('#schema').value.length > 0);
  return { context, page };
}

/** Scrolls the panes so `selector` is at the top, then takes the window's picture. */
async function shoot(page, name, selector) {
  if (selector) {
    await page.locator(selector).evaluate((e) => e.scrollIntoView({ block: 'start' }));
  }
  await page.mouse.move(0, 0);
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(DIR, `${name}.png`) });
}

const run = async (page, line) => (await runInTerminal(page, line)).exit;

test('the main states, light and dark', async () => {
  const { context, page } = await open();
  await shoot(page, '01-empty-project');

  await page.fill('#schema', BLOG.replace(/\bInt\b/, 'Itn'));
  await page.locator('#problems-summary', { hasText: /problem|error/i }).waitFor();
  await shoot(page, '02-schema-diagnostic', '.schema-pane');

  await page.fill('#schema', BLOG);
  await page.locator('#problems-summary', { hasText: 'No problems' }).waitFor();
  assert.equal(await run(page, 'npx prisma migrate dev --name init --skip-seed'), '0');
  await page.locator('#migration-tree', { hasText: '_init' }).waitFor();
  await shoot(page, '03-migrate-dev', '.terminal-pane');

  await page.fill('#seed-rows', '12');
  await page.click('#seed-run');
  await page.locator('#seed-result').waitFor({ timeout: 60_000 });
  const first = page.locator('.table-link').first();
  await first.click();
  await page.locator('.table-view td').first().waitFor();
  await shoot(page, '04-data-browser', '.database-pane');

  await shoot(page, '05-er-diagram', '.diagram-pane');
  assert.ok(await page.locator('.erd-node').count() > 1, 'the diagram shows the models');

  await page.locator('.lessons-pane').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.selectOption('#lesson-select', { index: 1 });
  await page.locator('.lesson').first().waitFor();
  await page.click('#lesson-start');
  await page.locator('.lesson[data-step="1"]').waitFor({ timeout: 30_000 });
  await shoot(page, '06-lesson', '.lessons-pane');
  await context.close();

  const dark = await open('dark');
  await dark.page.fill('#schema', BLOG);
  await dark.page.locator('#problems-summary', { hasText: 'No problems' }).waitFor();
  await shoot(dark.page, '07-dark-theme');
  await dark.page.click('#shortcuts-button');
  await dark.page.locator('#shortcuts-dialog').waitFor({ state: 'visible' });
  await shoot(dark.page, '08-shortcuts-dark');
  await dark.context.close();
});
