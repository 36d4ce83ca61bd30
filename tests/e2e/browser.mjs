// Shared set-up for the end-to-end tests: a headless Chromium (Debian's, driven by
// playwright-core) pointed at the site that `cargo xtask test` serves on localhost.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const BASE_URL = process.env.SEEDBED_URL ?? 'http://127.0.0.1:8080/';
const ARTIFACTS = process.env.E2E_ARTIFACTS ?? 'target/e2e-artifacts';

// Flags that keep Chromium quiet on a machine without internet, running as root.
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
  '--disable-quic'];

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({ executablePath: EXECUTABLE, args: FLAGS, headless: true });
}

/** A browser with a regular (not incognito-like) profile in a fresh temporary folder. */
export async function launchProfile() {
  const dir = mkdtempSync(path.join(tmpdir(), 'seedbed-profile-'));
  // Chromium blocks third-party cookies, and with them third-party storage, unless the
  // profile allows them: this profile does, like a default desktop Chrome.
  mkdirSync(path.join(dir, 'Default'), { recursive: true });
  writeFileSync(path.join(dir, 'Default', 'Preferences'),
    JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  return chromium.launchPersistentContext(dir, { executablePath: EXECUTABLE, args: FLAGS, headless: true });
}

/** A fresh browser profile with a page that records console errors and page errors. */
export async function openPage(browser, query = '') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(BASE_URL + query);
  return { context, page, errors };
}

/** Waits until the engine worker has reported SQLite's version. */
export async function waitReady(page) {
  await page.locator('#sqlite-version').waitFor({ timeout: 30_000 });
  // And the project's schema is in the schema pane (`data-rev` counts the texts loaded into
  // it), so a test that fills the schema next does not race with that load.
  await page.waitForFunction(() => {
    const pane = document.querySelector('#schema-editor');
    return !pane || pane.dataset.rev !== '0';
  }, null, { timeout: 10_000 }).catch(() => {});
}

/** Types a line in the terminal and waits until its entry has finished; returns its output
 *  text and exit code (as the `data-exit` attribute's string). */
export async function runInTerminal(page, line, timeout = 60_000) {
  const before = await page.locator('.term-entry').count();
  await page.fill('#terminal-input', line);
  await page.press('#terminal-input', 'Enter');
  await page.waitForFunction((n) => {
    const entries = document.querySelectorAll('.term-entry');
    return entries.length > n && !entries[n].classList.contains('running');
  }, before, { timeout });
  const entry = page.locator('.term-entry').nth(before);
  return { text: await entry.locator('.term-output').innerText(), exit: await entry.getAttribute('data-exit') };
}

/** Runs SQL through the page's console and waits for its result entry. */
export async function runSql(page, sql) {
  const before = await page.locator('.console-entry').count();
  await page.fill('#sql-input', sql);
  await page.click('#sql-run');
  await page.waitForFunction((n) => document.querySelectorAll('.console-entry').length > n, before);
  return page.locator('.console-entry').first();
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Waits until the schema editor (CodeMirror) is mounted in the schema pane. */
export async function editorReady(page) {
  await page.locator('#schema-editor[data-state="ready"] .cm-content').waitFor({ timeout: 30_000 });
}

/** Replaces the schema text, as a paste would; works with the editor and with the fallback
 *  textarea (the editor's hidden mirror, `#schema`, forwards it to the editor). */
export async function setSchema(page, text) {
  await page.fill('#schema', text);
}

/** The schema text as the page holds it. The textarea mirror follows the editor once typing
 *  pauses for 150 ms (`PUBLISH_MS` in crates/web/src/components/schema_pane.rs), so this
 *  waits a little longer than that first. */
export async function schemaText(page) {
  await page.waitForTimeout(250);
  return page.inputValue('#schema');
}
