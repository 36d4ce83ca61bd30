// The client query console in a real browser: Generate, a script with `prisma.*` calls and
// TypeScript types, the SQL it ran, a stale client after a schema change, the time limit,
// and a sandbox that cannot reach the network.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, waitReady, runSql, screenshot } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const SCHEMA = `datasource db {
  provider = "sqlite"
  url      = "file:./dev.db"
}

generator client {
  provider = "prisma-client-js"
}

model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
  name  String?
  posts Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  title    String
  author   User   @relation(fields: [authorId], references: [id])
  authorId Int
}
`;

// The tables Prisma creates for SCHEMA, plus the column of the field added later (`bio`).
const TABLES = `CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "email" TEXT NOT NULL, "name" TEXT, "bio" TEXT);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE TABLE "Post" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "title" TEXT NOT NULL, "authorId" INTEGER NOT NULL,
  CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE);`;

const SCRIPT = `import { PrismaClient } from '@prisma/client'
const prisma = new PrismaClient()

const a = await prisma.user.create({ data: { email: 'ada@example.com', name: 'Ada' } });
for (let i = 0; i < 3; i++) await prisma.post.create({ data: { title: \`Post \${i}\`, authorId: a.id } });
console.log(await prisma.post.count());
const users: any[] = await prisma.user.findMany({ include: { posts: true } });
console.log(users)
`;

/** Replaces the script, runs it and waits for the run to end; returns the output box. */
async function run(page, code) {
  await page.fill('#client-code', code);
  await page.locator('#client-run:not([disabled])').waitFor();
  await page.click('#client-run');
  const output = page.locator('#client-output');
  await page.locator('#client-output[aria-busy="false"] :is(.run-done, .script-error, .stopped)')
    .waitFor({ timeout: 15_000 });
  return output;
}

async function generate(page) {
  const before = await page.locator('#client-output .generate-output').count();
  await page.click('#client-generate');
  await page.waitForFunction((n) => document.querySelectorAll('#client-output .generate-output').length > n, before);
  return page.locator('#client-output .generate-output').last();
}

async function setUp(page) {
  await waitReady(page);
  await page.fill('#schema', SCHEMA);
  await runSql(page, TABLES);
  await page.locator('[data-table="Post"]').waitFor();
}

test('TypeScript from the docs is stripped to JavaScript', () => {
  // The sandbox file exposes its stripper on `self`; give it a minimal worker scope.
  const scope = { postMessage() {}, addEventListener() {} };
  new Function('self', readFileSync(new URL('../../www/client-sandbox.js', import.meta.url), 'utf8'))(scope);
  const cases = [
    ["import { PrismaClient, Prisma } from '@prisma/client'\nconst prisma = new PrismaClient()\nx()", 'x()'],
    ['const users: User[] = await prisma.user.findMany()', 'const users = await prisma.user.findMany()'],
    ['let u: Prisma.UserGetPayload<{ include: { posts: true } }> | null = null;', 'let u = null;'],
    ["const roles = ['A', 'B'] as const;", "const roles = ['A', 'B'];"],
    ['const data = { email: "a" } satisfies Prisma.UserCreateInput', 'const data = { email: "a" }'],
    ['const r = await prisma.$queryRaw<User[]>(q)', 'const r = await prisma.$queryRaw(q)'],
    ["for (let i=0;i<3;i++) f({ title: 'a: b as c' })", "for (let i=0;i<3;i++) f({ title: 'a: b as c' })"],
    ['async function main(): Promise<void> {\n  const n: number = 1\n}', 'async function main() {\n  const n = 1\n}'],
    ['const g = async (id: number, s?: string) => user!.name', 'const g = async (id, s) => user.name'],
    ['if (a !== b && c < d) {}', 'if (a !== b && c < d) {}'],
  ];
  for (const [input, expected] of cases) assert.equal(scope.seedbedStripTypes(input), expected, input);
});

test('Generate, then a script creates rows, counts them and lists them with the SQL it ran', async () => {
  const { context, page, errors } = await openPage(browser);
  await setUp(page);
  assert.equal(await page.textContent('#client-status'), 'Not generated: run Generate');
  const generated = await generate(page);
  assert.match(await generated.textContent(),
    /^Prisma schema loaded from prisma\/schema\.prisma\n\n✔ Generated Prisma Client \(v6\.19\.3\) to \.\/node_modules\/@prisma\/client in \d+ms\n\nStart by importing your Prisma Client \(See: https:\/\/pris\.ly\/d\/importing-client\)\n\nTip: /);
  assert.equal(await page.textContent('#client-status'), 'Client up to date');

  const output = await run(page, SCRIPT);
  await screenshot(page, 'console-run');
  const logs = await output.locator('.console-log').allTextContents();
  assert.equal(logs[0], '3');
  const users = JSON.parse(logs[1]);
  assert.deepEqual(users, [{
    id: 1, email: 'ada@example.com', name: 'Ada',
    posts: [0, 1, 2].map((i) => ({ id: i + 1, title: `Post ${i}`, authorId: 1 })),
  }]);
  const labels = await output.locator('.call-label').allTextContents();
  assert.deepEqual(labels, ['prisma.user.create()', 'prisma.post.create()', 'prisma.post.create()',
    'prisma.post.create()', 'prisma.post.count()', 'prisma.user.findMany()']);
  const first = output.locator('.client-call').first();
  assert.match(await first.locator('pre.json').textContent(), /"email": "ada@example.com"/);
  await first.locator('summary').click();
  const sql = await first.locator('.statements li').allTextContents();
  assert.match(sql.join('\n'), /INSERT INTO `?"?main"?`?\.?"?User"?|INSERT INTO "User"/);
  assert.match(sql.join('\n'), /"ada@example\.com"/);
  const findMany = await output.locator('.client-call').last().locator('.statements li').allTextContents();
  assert.equal(findMany.length, 2, 'users, then their posts in one statement');
  assert.match(findMany[1], /FROM .*Post/);
  // The database pane was refreshed by the writes.
  await page.locator('[data-table="Post"] .count', { hasText: '3' }).waitFor();
  // The generated client is saved with the database: after a reload it is still there,
  // and Ctrl+Enter runs the script.
  await page.reload();
  await waitReady(page);
  await page.locator('#client-status', { hasText: 'Client up to date' }).waitFor();
  await page.fill('#client-code', 'console.log(await prisma.post.count({ where: { authorId: 1 } }))');
  await page.press('#client-code', 'Control+Enter');
  await page.locator('#client-output .run-done').waitFor();
  assert.equal(await page.textContent('#client-output .console-log'), '3');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a field added without generating fails as with a stale client; Generate fixes it', async () => {
  const { context, page, errors } = await openPage(browser);
  await setUp(page);
  await generate(page);
  await page.fill('#schema', SCHEMA.replace('  name  String?\n', '  name  String?\n  bio   String?\n'));
  await page.locator('#client-status', { hasText: 'Client is stale: run Generate' }).waitFor();
  const script = "console.log(await prisma.user.create({ data: { email: 'bo@example.com', bio: 'hi' } }))";
  let output = await run(page, script);
  const failure = await output.locator('.script-error').textContent();
  assert.match(failure, /^PrismaClientValidationError: .*Unknown argument `bio`/s);
  assert.match(await output.locator('.client-call pre.error').textContent(), /Unknown argument `bio`/);
  // A model the generated client does not have is undefined, as in JavaScript.
  output = await run(page, 'await prisma.comment.findMany()');
  assert.equal(await output.locator('.script-error').textContent(),
    "TypeError: Cannot read properties of undefined (reading 'findMany')");

  await generate(page);
  assert.equal(await page.textContent('#client-status'), 'Client up to date');
  output = await run(page, script);
  assert.match(await output.locator('.console-log').textContent(), /"bio": "hi"/);
  // A Prisma error keeps its code.
  output = await run(page, script);
  assert.match(await output.locator('.script-error').textContent(), /^PrismaClientKnownRequestError \[P2002\]: Unique constraint failed/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a script shaped like Prisma\'s docs (main(), $transaction, $disconnect) runs to its end', async () => {
  const { context, page, errors } = await openPage(browser);
  await setUp(page);
  await generate(page);
  const output = await run(page, `import { PrismaClient, Prisma } from '@prisma/client'

const prisma = new PrismaClient()

async function main(): Promise<void> {
  const data = { email: 'cy@example.com', name: 'Cy' } satisfies Prisma.UserCreateInput
  await prisma.user.create({ data })
  const [n, users] = await prisma.$transaction([
    prisma.user.count(),
    prisma.user.findMany({ select: { email: true } }),
  ])
  console.log(n, users)
}

main()
  .then(async () => {
    await prisma.$disconnect()
  })
  .catch(async (e) => {
    console.error(e)
    await prisma.$disconnect()
    process.exit(1)
  })
`);
  assert.equal(await output.locator('.console-log').textContent(), '1 [\n  {\n    "email": "cy@example.com"\n  }\n]');
  assert.deepEqual(await output.locator('.call-label').allTextContents(),
    ['prisma.user.create()', 'prisma.$transaction([prisma.user.count(), prisma.user.findMany()])']);
  await output.locator('.run-done').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('an endless loop is stopped after the time limit and the app keeps working', async () => {
  const { context, page, errors } = await openPage(browser);
  await setUp(page);
  await generate(page);
  assert.equal(await page.inputValue('#client-time-limit'), '5');
  await page.fill('#client-time-limit', '1');
  await page.press('#client-time-limit', 'Tab');
  const started = Date.now();
  let output = await run(page, 'while (true) {}');
  const elapsed = Date.now() - started;
  assert.equal(await output.locator('.stopped').textContent(),
    'Stopped after 1 s: the script did not finish (an infinite loop?)');
  console.log(`# endless loop stopped after ${elapsed} ms (limit 1000 ms)`);
  output = await run(page, "await prisma.user.create({ data: { email: 'after@example.com' } }); console.log(await prisma.user.count())");
  assert.equal(await output.locator('.console-log').textContent(), '1');
  const entry = await runSql(page, 'SELECT email FROM "User"');
  assert.equal(await entry.locator('td').textContent(), 'after@example.com');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the sandbox has no network: fetch and its relatives throw and no request leaves', async () => {
  const { context, page, errors } = await openPage(browser);
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  await setUp(page);
  const attempts = [
    "await fetch('http://example.com/')",
    "await self.fetch('http://example.com/')",
    "new XMLHttpRequest().open('GET', 'http://example.com/')",
    "new WebSocket('ws://example.com/')",
    "importScripts('http://example.com/x.js')",
    "new EventSource('http://example.com/')",
    "indexedDB.open('x')",
    "await (async () => {}).constructor('return fetch')()('http://example.com/')",
    "eval('fetch')('http://example.com/')",
    "await import('http://example.com/x.js')",
  ];
  for (const attempt of attempts) {
    const output = await run(page, attempt);
    const failure = await output.locator('.script-error').textContent();
    assert.match(failure, /is not available in the client console/, attempt);
  }
  await screenshot(page, 'console-no-network');
  assert.deepEqual(requests.filter((url) => url.includes('example.com')), []);
  assert.deepEqual(errors, []);
  // Control: the recorder does see a request made from inside a worker.
  await page.evaluate(() => new Promise((resolve) => {
    const source = "fetch('http://example.com/control').catch(() => {}).finally(() => postMessage('done'))";
    const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    worker.onmessage = () => { worker.terminate(); resolve(); };
  }));
  assert.deepEqual(requests.filter((url) => url.includes('example.com')), ['http://example.com/control']);
  await context.close();
});
