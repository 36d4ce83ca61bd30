// The interface in English and Spanish (www/i18n/, crates/web/src/i18n.rs): the same page,
// in the same state, is shown with the browser in English and in Spanish, and switched with
// the header's #language picker; every interface text (text nodes, aria-label, title,
// placeholder) of the checked panes must differ between the two, except a short list of
// words that are the same in both languages (names, commands, file names). Learner content
// (the schema, terminal output, SQL, code, table cells, data in the diagram) is left out.
// This catches English hard-coded in a component. Prints how many texts were compared.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, BASE_URL, waitReady } from './browser.mjs';

// Where texts must all be translated: every pane, the header and the project bar. Texts
// elsewhere (none is expected) are printed, not failed; I18N_ALL=1 fails on them too.
const CHECKED = [
  '.topbar', '.project-bar', '.lessons-pane', '.schema-pane', '.terminal-pane',
  '.migrations-pane', '.database-pane', '.query-console', '.client-types-pane', '.refresh-lab',
  '.diagram-pane', '.erd', '.share-bar', '#share-panel', '.notice',
];
// Content, not interface: the learner's text, Prisma's output, code, data.
const EXCLUDED = [
  '.cm-content', '.cm-gutters', '.term-output', '.term-command', 'pre', 'code', 'td', 'th',
  'textarea', 'option', '#problems .message', '.erd-canvas text', '.lab-page', '.migration-name',
  '.lesson-summary', '.quick-commands button', '#share-link', 'input[type=number]',
  'blockquote', // the Next.js documentation, quoted word for word
  '.table-link', // the learner's table names
];
// Interface texts that are the same words in English and Spanish.
const SAME = new Set([
  'Seedbed', 'Prisma', 'SQLite', 'Terminal', 'No', 'OK', 'index.d.ts', 'Markdown', 'SVG',
  'prisma/schema.prisma', 'prisma/migrations', '_prisma_migrations', 'router.refresh()',
  'seedbed-project.json', 'seedbed-project.txt', 'Server Component', 'enum', 'Diff', 'Payload',
  'Commit', 'Request', 'Español', 'English', '$', 'npx prisma migrate dev --name init',
  'Route handler', 'SQL', 'prisma/seed.ts',
]);
// Code and addresses shown in the interface (the lab's calls, its browser's address bar).
const CODE = /^(→ )?(await )?prisma\.|^localhost:\d+\/|^(Prisma|SQLite) [\d.]+$/;

/** Every interface text of the page, keyed by where it is: `path|attr` → text. */
async function collect(page) {
  return page.evaluate(({ excluded }) => {
    const out = {};
    const skip = (el) => excluded.some((sel) => el.closest(sel));
    const path = (el) => {
      const parts = [];
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        const index = e.parentElement ? [...e.parentElement.children].indexOf(e) : 0;
        parts.unshift(e.id ? `#${e.id}` : `${e.tagName.toLowerCase()}:${index}`);
        if (e.id) break;
      }
      return parts.join('>');
    };
    const visible = (el) => !el.closest('[hidden]') && el.getClientRects().length > 0;
    const root = document.querySelector('.app');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent.trim();
      if (!text || !el || skip(el) || !visible(el)) continue;
      const key = `${path(el)}|text:${[...el.childNodes].indexOf(node)}`;
      out[key] = text;
    }
    for (const el of root.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (skip(el) || el.closest('[hidden]')) continue;
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const text = el.getAttribute(attr)?.trim();
        if (text) out[`${path(el)}|${attr}`] = text;
      }
    }
    return out;
  }, { excluded: EXCLUDED });
}

/** Which checked pane a key belongs to, or null. */
async function paneOf(page, key) {
  return page.evaluate(({ key, checked }) => {
    const selector = key.split('|')[0].split('>').map((p) => p.startsWith('#') ? p : `:scope > ${p.replace(/:(\d+)$/, (_, i) => `:nth-child(${Number(i) + 1})`)}`);
    let el = document.body;
    for (const part of selector) {
      el = part.startsWith('#') ? document.querySelector(part) : el?.querySelector(part);
      if (!el) return null;
    }
    return checked.find((sel) => el.closest(sel)) ?? null;
  }, { key, checked: CHECKED });
}

/** Brings the page to the state the texts are read in: a migration, the share panel. */
async function prepare(page) {
  await waitReady(page);
  await page.fill('#terminal-input', 'npx prisma migrate dev --name init');
  await page.press('#terminal-input', 'Enter');
  await page.locator('.term-entry[data-exit]').first().waitFor({ timeout: 60_000 });
  await page.locator('#migration-tree .migration').first().waitFor({ timeout: 10_000 });
  // The migration opened (its SQL and Edit button), the share panel open.
  await page.locator('#migration-tree .migration-name').first().click();
  await page.locator('.edit-migration').first().waitFor();
  // The refresh lab's route (the client was generated by migrate dev).
  await page.click('#lab-load');
  await page.locator('.lab-controls').waitFor({ timeout: 10_000 });
  // …and one run of router.refresh() after a mutation, for the timeline and the comparison.
  await page.selectOption('#lab-mode', 'refresh');
  await page.click('#lab-preset-add');
  await page.click('#lab-run');
  await page.locator('#lab-timeline [data-step="commit"]').waitFor({ timeout: 15_000 });
  await page.click('#share-button');
  await page.locator('#share-panel').waitFor();
  await page.waitForTimeout(500);
}

/** Compares two languages' texts: the untranslated ones, and how many were compared. */
async function compare(page, english, other) {
  const untranslated = [];
  const elsewhere = [];
  let compared = 0;
  for (const [key, text] of Object.entries(english)) {
    const translated = other[key];
    if (translated === undefined) continue;
    if (/^[\d\s.,:;%×()/+−-]*$/.test(text) || SAME.has(text) || CODE.test(text)) continue;
    compared++;
    if (translated !== text) continue;
    const pane = process.env.I18N_ALL ? 'all' : await paneOf(page, key);
    (pane ? untranslated : elsewhere).push(`${key}: ${JSON.stringify(text)}`);
  }
  return { compared, untranslated, elsewhere };
}

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function pageIn(locale) {
  const context = await browser.newContext({ locale, viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(BASE_URL);
  return { context, page, errors };
}

test('every interface text is translated: browser language and the #language picker', async () => {
  const en = await pageIn('en-US');
  await prepare(en.page);
  assert.equal(await en.page.evaluate(() => document.documentElement.lang), 'en');
  const english = await collect(en.page);

  // The browser's language picks Spanish.
  const es = await pageIn('es-ES');
  await prepare(es.page);
  assert.equal(await es.page.evaluate(() => document.documentElement.lang), 'es');
  assert.equal(await es.page.locator('#language').inputValue(), 'es');
  const spanish = await collect(es.page);
  const byLocale = await compare(es.page, english, spanish);

  // The picker switches the page that is open, in place.
  await en.page.selectOption('#language', 'es');
  await en.page.waitForFunction(() => document.documentElement.lang === 'es');
  await en.page.waitForTimeout(300);
  const switched = await collect(en.page);
  const byPicker = await compare(en.page, english, switched);
  // The editor's own texts follow (CodeMirror's search panel phrases).
  await en.page.click('#share-close');
  await en.page.click('.cm-content');
  await en.page.keyboard.press('Control+f');
  await en.page.locator('.cm-search').waitFor();
  assert.equal(await en.page.locator('.cm-search input[name=search]').getAttribute('placeholder'), 'Buscar');
  assert.equal(await en.page.locator('.cm-content').getAttribute('aria-label'), 'Esquema de Prisma');

  for (const [how, result] of [['browser language', byLocale], ['#language picker', byPicker]]) {
    console.log(`# ${how}: ${result.compared} interface texts compared, ${result.untranslated.length} untranslated in the checked panes, ${result.elsewhere.length} elsewhere`);
    for (const line of result.elsewhere) console.log(`#   not yet translated (other area): ${line}`);
    assert.ok(result.compared >= 60, `only ${result.compared} texts compared`);
    assert.deepEqual(result.untranslated, [], `${how}: English left in Spanish`);
  }
  assert.deepEqual([...en.errors, ...es.errors], []);
  await en.context.close();
  await es.context.close();
});

test('?lang=es wins over the browser language, and the loading line is Spanish', async () => {
  const { context, page } = await pageIn('en-US');
  await page.route('**/seedbed_browser_bg.wasm', async (route) => {
    // Hold the app back a moment, so the static loading line can be read.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto(BASE_URL + '?lang=es');
  assert.equal(await page.locator('.booting').textContent(), 'Cargando Seedbed…');
  await waitReady(page);
  assert.equal(await page.locator('#terminal-title').textContent(), 'Terminal');
  assert.equal(await page.locator('#format-schema').textContent(), 'Formatear');
  assert.equal(await page.locator('#lessons-title').textContent(), 'Lecciones');
  await context.close();
});
