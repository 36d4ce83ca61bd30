// The guided lessons, walked as a learner in the built page: for each lesson of
// examples/lessons (all of them by default; LESSONS=01,02 picks some) and each language
// (LESSON_LANGUAGES=en,es by default), start the lesson from the lessons pane, and for every
// step: press Check before doing anything (it must fail and show the step's hint), do the
// step's `wrong` actions if it has any (still failing), do its `solution` (schema edits in
// the editor, seed scripts in the seed pane, lines typed in the terminal, questions
// answered in the terminal's dialog, migrations edited in the migrations pane, mutations run
// in the partial-refresh lab), press Check (it must pass), then Next.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openPage, waitReady, screenshot, runInTerminal, BASE_URL } from './browser.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LESSONS_DIR = path.join(ROOT, 'examples/lessons');

const wanted = (process.env.LESSONS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const languages = (process.env.LESSON_LANGUAGES ?? 'en,es').split(',').map((s) => s.trim()).filter(Boolean);

const lessons = readdirSync(LESSONS_DIR)
  .filter((dir) => existsSync(path.join(LESSONS_DIR, dir, 'lesson.json')))
  .filter((dir) => wanted.length === 0 || wanted.some((w) => dir.startsWith(w)))
  .sort()
  .map((dir) => ({ dir, lesson: JSON.parse(readFileSync(path.join(LESSONS_DIR, dir, 'lesson.json'), 'utf8')) }));

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const fileOf = (dir, rel) => readFileSync(path.join(LESSONS_DIR, dir, rel), 'utf8');
const textIn = (text, lang) => text[lang] ?? text.en;
/** What a Markdown-lite text reads like once rendered: no backticks, whitespace collapsed. */
const plain = (s) => s.replace(/```/g, '').replace(/`/g, '').replace(/\s+/g, ' ').trim();

/** Types a line, answers the question it may ask, waits until it finished; returns {text, exit}. */
async function run(page, line, answer) {
  const n = await page.locator('.term-entry').count();
  await page.fill('#terminal-input', line);
  await page.press('#terminal-input', 'Enter');
  const asked = () => page.waitForFunction((n) => {
    const entry = document.querySelectorAll('.term-entry')[n];
    return document.querySelector('#term-question') || (entry && entry.getAttribute('data-exit') !== null);
  }, n, { timeout: 60_000 });
  await asked();
  if (await page.locator('#term-question').count()) {
    if (await page.locator('#term-name').count()) {
      await page.fill('#term-name', answer ?? 'x');
      await page.click('#term-name-ok');
    } else {
      await page.click(answer === 'yes' ? '#term-yes' : '#term-no');
    }
  }
  await page.waitForFunction((n) => {
    const entry = document.querySelectorAll('.term-entry')[n];
    return entry && entry.getAttribute('data-exit') !== null;
  }, n, { timeout: 60_000 });
  const entry = page.locator('.term-entry').nth(n);
  return { text: await entry.innerText(), exit: await entry.getAttribute('data-exit') };
}

/** Writes a migration's `migration.sql` through the migrations pane's editor. */
async function writeMigration(page, file, text) {
  const name = file.split('/')[2];
  const item = page.locator(`#migration-tree li[data-name="${name}"]`);
  await item.waitFor();
  if (await item.locator('.migration-name').getAttribute('aria-expanded') !== 'true') {
    await item.locator('.migration-name').click();
  }
  await item.locator('.edit-migration').click();
  await item.locator('.migration-edit textarea').fill(text);
  await item.locator('.save-migration').click();
  await item.locator('.migration-edit').waitFor({ state: 'detached' });
  await page.waitForTimeout(300);
}

/** `{migration:_init}` → the migration folder's name, read with `ls prisma/migrations`. */
async function resolveLine(page, line) {
  if (!line.includes('{migration:')) return line;
  const { text } = await run(page, 'ls prisma/migrations');
  const folders = text.split('\n').map((l) => l.trim()).filter((l) => l.endsWith('/')).map((l) => l.slice(0, -1));
  return line.replace(/\{migration:([^}]+)\}/g, (_, suffix) => folders.find((f) => f.endsWith(suffix)) ?? suffix);
}

async function act(page, dir, action) {
  if (action.write) {
    const text = fileOf(dir, action.from);
    if (action.write === 'prisma/schema.prisma') {
      await page.fill('#schema', text);
      await page.waitForTimeout(300);
    } else if (action.write === 'prisma/seed.ts') {
      await page.fill('#seed-script', text);
      await page.click('#seed-script-save');
      await page.locator('#seed-script-status[data-state="saved"]').waitFor();
    } else if (action.write.startsWith('prisma/migrations/')) {
      await writeMigration(page, await resolveLine(page, action.write), text);
    } else {
      throw new Error(`the test cannot write ${action.write}`);
    }
  }
  if (action.lab) {
    // The partial-refresh lab: load the route once, then run the preset in the mode.
    if (!(await page.locator('#lab-page .lab-item').count())) {
      await page.click('#lab-load');
      await page.locator('#lab-page .lab-item').first().waitFor();
    }
    await page.selectOption('#lab-mode', action.mode);
    await page.click(`#lab-preset-${action.lab}`);
    await page.click('#lab-run');
    await page.waitForFunction(() => !document.querySelector('#lab-run')?.disabled);
    await page.waitForTimeout(300);
  }
  if (action.run) {
    const line = await resolveLine(page, action.run);
    await run(page, line, action.answer);
  }
}

/** Presses Check and waits for the verdict; returns it with the text shown. */
async function check(page) {
  await page.click('#lesson-check');
  await page.waitForFunction(() => document.querySelector('.lesson')?.getAttribute('data-verdict'), null, { timeout: 30_000 });
  const verdict = await page.locator('.lesson').getAttribute('data-verdict');
  const shown = verdict === 'fail' ? await page.locator('.lesson-failed .lesson-hint').innerText() : '';
  return { verdict, shown };
}

async function expectFail(page, step, lang, when) {
  const { verdict, shown } = await check(page);
  assert.equal(verdict, 'fail', `the check should fail ${when}`);
  assert.equal(plain(shown), plain(textIn(step.hint, lang)), `the hint is shown ${when}`);
}

for (const { dir, lesson } of lessons) {
  for (const lang of languages) {
    test(`lesson ${lesson.id} (${lang}) walks from the first step to the last`, async () => {
      const { context, page, errors } = await openPage(browser);
      page.on('dialog', (dialog) => dialog.accept());
      await waitReady(page);
      await page.selectOption('#language', lang);
      await page.selectOption('#lesson-select', lesson.id);
      await page.locator(`.lesson[data-lesson="${lesson.id}"]`).waitFor();
      await page.click('#lesson-start');
      const schema = fileOf(dir, 'project/prisma/schema.prisma');
      await page.waitForFunction((s) => document.querySelector('#schema')?.value === s, schema, { timeout: 30_000 });
      await page.locator(`.lesson[data-step="1"]`).waitFor();

      for (const [i, step] of lesson.steps.entries()) {
        const n = i + 1;
        const here = page.locator(`.lesson[data-step="${n}"]`);
        await here.waitFor();
        assert.equal(plain(await here.locator('.lesson-step-title').innerText()), plain(textIn(step.title, lang)));
        assert.equal(plain(await here.locator('.lesson-task').innerText()).includes(plain(textIn(step.task, lang)).slice(0, 40)), true,
          `step ${n}: the task is shown in ${lang}`);

        await expectFail(page, step, lang, `before step ${n} is done`);
        if (step.wrong?.length) {
          for (const action of step.wrong) await act(page, dir, action);
          await expectFail(page, step, lang, `after step ${n}'s wrong action`);
          // Lines the wrong action ran must not count for the solution: leaving the step
          // and coming back opens it afresh.
          if (n > 1) {
            await page.click('#lesson-back');
            await page.locator(`.lesson[data-step="${n - 1}"]`).waitFor();
            await page.click('#lesson-skip');
            await page.locator(`.lesson[data-step="${n}"]`).waitFor();
          }
        }
        for (const action of step.solution) await act(page, dir, action);
        const { verdict, shown } = await check(page);
        if (verdict !== 'pass') await screenshot(page, `lesson-${lesson.id}-${lang}-step-${n}`);
        assert.equal(verdict, 'pass', `step ${n} should pass after its solution (shown: ${shown})`);
        await page.click('#lesson-next');
      }
      await page.locator(`.lesson[data-step="done"] .lesson-finished`).waitFor();
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('a link opens a lesson at a step, in the language chosen before', async () => {
  const { context, page } = await openPage(browser, '?lesson=02-fields-and-sql&step=2');
  await waitReady(page);
  await page.locator('.lesson[data-lesson="02-fields-and-sql"][data-step="2"]').waitFor();
  await page.selectOption('#language', 'es');
  await page.locator('#lesson-check', { hasText: 'Comprobar' }).waitFor();
  await page.reload();
  await waitReady(page);
  await page.locator('#lesson-check', { hasText: 'Comprobar' }).waitFor();
  assert.equal(await page.locator('#language').inputValue(), 'es');
  await context.close();
});

test('a command run in a step still counts after a reload; one run before the step opened does not', async () => {
  // Lesson 08's step 7 checks that `migrate status` ran and failed; a wrong flag fails it.
  const line = 'npx prisma migrate status --no-such-flag';
  {
    const { context, page } = await openPage(browser, '?lesson=08-drift-and-resolve&step=7');
    await waitReady(page);
    await page.locator('.lesson[data-step="7"]').waitFor();
    assert.equal((await runInTerminal(page, line)).exit, '1');
    await page.reload();
    await waitReady(page);
    // The terminal shows the command again, and the step's check counts it.
    await page.locator('.term-entry .term-command', { hasText: line }).waitFor();
    assert.equal((await check(page)).verdict, 'pass');
    await context.close();
  }
  {
    const { context, page } = await openPage(browser, '?lesson=08-drift-and-resolve&step=6');
    await waitReady(page);
    await page.locator('.lesson[data-step="6"]').waitFor();
    assert.equal((await runInTerminal(page, line)).exit, '1');
    await page.click('#lesson-skip');
    await page.locator('.lesson[data-step="7"]').waitFor();
    // Opened again without the link (which would open step 6 again): the saved progress.
    await page.goto(BASE_URL);
    await waitReady(page);
    await page.locator('.lesson[data-step="7"]').waitFor();
    assert.equal((await check(page)).verdict, 'fail');
    await context.close();
  }
});

test('an embed shows one lesson beside the panes it names, and other embeds hide the lessons', async () => {
  const { context, page } = await openPage(browser, '?embed&panes=lessons,schema,terminal&lesson=01-first-model&step=1');
  await waitReady(page);
  await page.locator('.lesson[data-lesson="01-first-model"][data-step="1"]').waitFor();
  assert.equal(await page.locator('.lessons-pane').isVisible(), true);
  assert.equal(await page.locator('.migrations-pane').isVisible(), false);
  await page.goto(new URL('?embed&panes=schema', process.env.SEEDBED_URL ?? 'http://127.0.0.1:8080/').href);
  await waitReady(page);
  await page.locator('#schema').waitFor();
  assert.equal(await page.locator('.lessons-pane').isVisible(), false);
  await context.close();
});
