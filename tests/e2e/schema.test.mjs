// The schema pane in a real browser: diagnostics from the worker as you type, and Format.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, waitReady, screenshot } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const VALID = `datasource db {
  provider = "sqlite"
  url      = "file:./dev.db"
}

model User {
 id Int @id
  email String @unique
}
`;

test('a mistake shows Prisma\'s message with its position, and fixing it clears it', async () => {
  const { context, page, errors } = await openPage(browser);
  await waitReady(page);
  await page.locator('#problems-summary', { hasText: 'No problems' }).waitFor();
  await page.fill('#schema', VALID.replace('String @unique', 'string @unique'));
  const problem = page.locator('#problems .problem.error').first();
  await problem.waitFor();
  assert.match(await problem.textContent(),
    /^8:9Type "string" is neither a built-in type, nor refers to another model, composite type, or enum\. Did you mean "String"\?$/);
  await screenshot(page, 'schema-diagnostic');
  await page.fill('#schema', VALID);
  await page.locator('#problems-summary', { hasText: 'No problems' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('Format lays the schema out as prisma format does', async () => {
  const { context, page, errors } = await openPage(browser);
  await waitReady(page);
  await page.fill('#schema', VALID);
  await page.click('#format-schema');
  await page.waitForFunction(() => document.querySelector('#schema').value.includes('  id    Int    @id'));
  assert.equal(await page.inputValue('#schema'), VALID.replace(' id Int @id\n  email String @unique', '  id    Int    @id\n  email String @unique'));
  assert.deepEqual(errors, []);
  await context.close();
});
