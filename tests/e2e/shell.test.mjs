// The page around the panes: the keyboard shortcuts (their dialog and the global keys), the
// handle that resizes the two columns, and the layout from 1024 px down to 768 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitReady, editorReady, screenshot, BASE_URL } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function open(width = 1280, height = 800, query = '') {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(BASE_URL + query);
  await waitReady(page);
  return { context, page, errors };
}

const activeId = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const focusInDialog = (page) => page.evaluate(() => !!document.activeElement?.closest('#shortcuts-dialog'));

test('? and the header button open the shortcuts; Escape closes; the focus is kept inside and given back', async () => {
  const { context, page, errors } = await open();
  const dialog = page.locator('#shortcuts-dialog');
  // From the page (focus on nothing in particular), `?` opens the list.
  await page.locator('.brand').click();
  await page.keyboard.press('Shift+Slash');
  await dialog.waitFor({ state: 'visible' });
  assert.equal(await page.getAttribute('#shortcuts-dialog', 'aria-labelledby'), 'shortcuts-title');
  const text = await dialog.innerText();
  for (const expected of ['Run migrate dev in the terminal', 'Go to the terminal', 'Format the schema', 'Previous and next commands', 'Complete the command']) {
    assert.ok(text.includes(expected), `the list shows "${expected}"`);
  }
  assert.equal(await activeId(page), 'shortcuts-close');
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press(i % 2 ? 'Shift+Tab' : 'Tab');
    assert.ok(await focusInDialog(page), `Tab ${i} stays in the dialog`);
  }
  await screenshot(page, 'shell-shortcuts');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });

  // From the header's button: closing gives the focus back to it.
  await page.click('#shortcuts-button');
  await dialog.waitFor({ state: 'visible' });
  await page.click('#shortcuts-close');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await activeId(page), 'shortcuts-button');

  // In a text field `?` is a character, not a shortcut.
  await page.click('#terminal-input');
  await page.keyboard.type('?');
  assert.equal(await page.inputValue('#terminal-input'), '?');
  assert.ok(!(await dialog.isVisible()));
  assert.deepEqual(errors, []);
  await context.close();
});

test('Alt+digit moves to a pane, Ctrl+Shift+Enter runs migrate dev', async () => {
  const { context, page, errors } = await open();
  await editorReady(page);
  await page.locator('.brand').click();
  await page.keyboard.press('Alt+3');
  assert.equal(await activeId(page), 'terminal-input');
  await page.keyboard.press('Alt+2');
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('cm-content')), 'the editor has the focus');
  await page.keyboard.press('Alt+5');
  assert.equal(await activeId(page), 'sql-input');
  await page.keyboard.press('Alt+6');
  assert.equal(await activeId(page), 'client-code');
  await page.keyboard.press('Alt+1');
  assert.ok(await page.evaluate(() => !!document.activeElement?.closest('.lessons-pane')), 'the lessons pane has the focus');

  const before = await page.locator('.term-entry').count();
  await page.keyboard.press('Control+Shift+Enter');
  await page.waitForFunction((n) => document.querySelectorAll('.term-entry').length > n, before);
  assert.match(await page.locator('.term-entry').nth(before).locator('.term-command').innerText(), /prisma migrate dev/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the handle between the columns resizes them by keyboard and pointer, persists, and resets', async () => {
  const { context, page, errors } = await open(1280, 800);
  const handle = page.locator('#pane-splitter');
  const firstWidth = () => page.evaluate(() => document.querySelector('.pane-columns > .pane:not([hidden])').getBoundingClientRect().width);
  assert.equal(await handle.getAttribute('role'), 'separator');
  assert.equal(await handle.getAttribute('aria-valuenow'), '50');
  const middle = await firstWidth();

  await handle.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await handle.getAttribute('aria-valuenow'), '60');
  assert.ok(await firstWidth() > middle + 100, 'the left column grew');
  await page.keyboard.press('End');
  assert.equal(await handle.getAttribute('aria-valuenow'), '80');

  // Dragging: the handle follows the pointer, within the limits.
  const frame = await page.locator('.pane-columns').boundingBox();
  const box = await handle.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(frame.x + frame.width * 0.35, box.y + 220, { steps: 5 });
  await page.mouse.up();
  const dragged = Number(await handle.getAttribute('aria-valuenow'));
  assert.ok(Math.abs(dragged - 35) < 1.5, `dragged to ${dragged}`);

  await page.reload();
  await waitReady(page);
  assert.equal(Number(await handle.getAttribute('aria-valuenow')), dragged, 'kept across a reload');
  await handle.dblclick();
  assert.equal(await handle.getAttribute('aria-valuenow'), '50');

  // Whatever is stored, the page opens with a sane width.
  for (const junk of ['abc', '-1e400', '9999', '']) {
    await page.evaluate((v) => localStorage.setItem('seedbed:split', v), junk);
    await page.reload();
    await waitReady(page);
    const value = Number(await handle.getAttribute('aria-valuenow'));
    assert.ok(value >= 20 && value <= 80, `${JSON.stringify(junk)} → ${value}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

/** Asserts the page has no horizontal scroll and the key controls are visible and apart. */
async function checkLayout(page, width) {
  const layout = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
  assert.ok(layout.scroll <= layout.inner, `${width}px: the page scrolls sideways (${layout.scroll} > ${layout.inner})`);
  const controls = ['#language', '#shortcuts-button', '#storage-status', '#sqlite-version', 'label.file-button',
    '#download-sqlite', '#new-project', '#share-button'];
  const boxes = [];
  for (const selector of controls) {
    const element = page.locator(selector).first();
    if (!(await element.count())) continue;
    const box = await element.boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, `${width}px: ${selector} is visible`);
    assert.ok(box.x >= 0 && box.x + box.width <= layout.inner + 0.5, `${width}px: ${selector} is inside the window`);
    boxes.push([selector, box]);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, p] = boxes[i];
      const [b, q] = boxes[j];
      const apart = p.x + p.width <= q.x + 0.5 || q.x + q.width <= p.x + 0.5 || p.y + p.height <= q.y + 0.5 || q.y + q.height <= p.y + 0.5;
      assert.ok(apart, `${width}px: ${a} and ${b} overlap`);
    }
  }
  // Every pane's main control can be reached and is not cut off sideways.
  for (const selector of ['#schema-editor', '#terminal-input', '#sql-input', '#client-code']) {
    const element = page.locator(selector);
    await element.scrollIntoViewIfNeeded();
    const box = await element.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= layout.inner + 0.5, `${width}px: ${selector} fits`);
  }
}

for (const [width, height] of [[1024, 768], [768, 1024]]) {
  test(`at ${width} px wide nothing scrolls sideways or overlaps, in both languages`, async () => {
    const { context, page, errors } = await open(width, height);
    await editorReady(page);
    await checkLayout(page, width);
    await screenshot(page, `shell-${width}`);
    // Spanish texts are longer.
    await page.selectOption('#language', 'es');
    await page.locator('#shortcuts-button', { hasText: 'Atajos' }).waitFor();
    await checkLayout(page, width);
    // The splitter has nothing to do in one column.
    if (width < 900) assert.ok(!(await page.locator('#pane-splitter').isVisible()));
    await page.selectOption('#language', 'en');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
