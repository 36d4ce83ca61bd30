// The client query console's sandbox: a dedicated Worker, started by the page for one run
// and terminated after it, that runs the learner's script with a `prisma` object.
//
// `prisma.user.findMany(args)` does not touch a database here: it posts the call to the
// page, which forwards it to the engine worker and posts the answer back. The script has no
// DOM (it is a worker), and before it runs every way out of the worker that we know of is
// closed: network (fetch, XMLHttpRequest, WebSocket, EventSource, importScripts, sendBeacon,
// dynamic import), storage (indexedDB, caches), other workers, and code from strings (eval,
// Function constructors, setTimeout with a string), which could reopen them. The page's
// time limit (it terminates this worker) stops infinite loops.
//
// Messages are JSON strings. From the page: {type:'run', code, models} (models: the
// generated client's model properties, or null when none was generated) and
// {type:'reply', id, resultJson, error}. To the page: {type:'call', id, batch, calls:[{model,
// operation, argsJson}]}, {type:'log', level, text}, {type:'done'}, {type:'failed', name,
// code, message}.
'use strict';

const post = self.postMessage.bind(self);
const send = (message) => post(JSON.stringify(message));
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;

// Prisma Client's model operations (a delegate has these methods and no others).
const OPERATIONS = ['findMany', 'findFirst', 'findFirstOrThrow', 'findUnique', 'findUniqueOrThrow',
  'create', 'createMany', 'createManyAndReturn', 'update', 'updateMany', 'updateManyAndReturn',
  'upsert', 'delete', 'deleteMany', 'count', 'aggregate', 'groupBy'];

// ---- Stripping TypeScript -------------------------------------------------------------

// Strings, template literals and comments are set aside while the type syntax is removed,
// so that nothing inside them is touched; they are put back afterwards.
function mask(code) {
  const kept = [];
  let out = '';
  let i = 0;
  const keep = (text) => { kept.push(text); return `\u0000${kept.length - 1}\u0000`; };
  while (i < code.length) {
    const c = code[i];
    if (c === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      const stop = end === -1 ? code.length : end;
      out += keep(code.slice(i, stop));
      i = stop;
    } else if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      const stop = end === -1 ? code.length : end + 2;
      out += keep(code.slice(i, stop));
      i = stop;
    } else if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) {
        if (code[j] === '\\') j++;
        if (c !== '`' && code[j] === '\n') break;
        j++;
      }
      out += keep(code.slice(i, j + 1));
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return { text: out, restore: (text) => text.replace(/\u0000(\d+)\u0000/g, (_, n) => kept[Number(n)]) };
}

// A type: names, dots, generics, arrays, unions, object and tuple types (one level deep).
const TYPE = String.raw`(?:[\w$.]+|\{[^{}]*\}|\[[^\[\]]*\]|\([^()]*\)\s*=>\s*[\w$.]+)(?:<[^<>;=]*(?:<[^<>;=]*>[^<>;=]*)*>)?(?:\[\])*(?:\s*[|&]\s*(?:[\w$.]+|\{[^{}]*\}|'[^']*')(?:<[^<>;=]*>)?(?:\[\])*)*`;

/** Removes the TypeScript that Prisma's documentation examples use, leaving JavaScript. */
function stripTypes(source) {
  const { text, restore } = mask(source);
  let code = text
    // The import and the client's construction: the console provides `prisma`.
    .replace(/^\s*import\s+(?:type\s+)?[^;\n]*?from\s*\u0000\d+\u0000\s*;?/gm, '')
    .replace(/^\s*import\s*\u0000\d+\u0000\s*;?/gm, '')
    .replace(/^\s*(?:export\s+)?(?:const|let|var)\s+prisma\s*(?::\s*PrismaClient\s*)?=\s*new\s+PrismaClient\s*\([^)]*\)\s*(?:\.\$extends\([^)]*\))?\s*;?/gm, '')
    // Type declarations on one line: `type X = …;`, and `interface X { … }` (one level).
    .replace(/^\s*(?:export\s+)?type\s+[\w$]+(?:<[^>]*>)?\s*=[^;\n]*;?/gm, '')
    .replace(/^\s*(?:export\s+)?interface\s+[\w$]+[^{]*\{[^{}]*\}/gm, '')
    .replace(/^(\s*)export\s+(?=(?:async\s+)?(?:function|const|let|var|class)\b)/gm, '$1')
    // `as const`, `as Type`, `satisfies Type`.
    .replace(/\s+as\s+const\b/g, '')
    .replace(new RegExp(String.raw`\s+(?:as|satisfies)\s+` + TYPE, 'g'), '')
    // `const users: User[] = …`, `let n: number;`
    .replace(new RegExp(String.raw`\b((?:const|let|var)\s+[\w$]+)\s*:\s*` + TYPE + String.raw`(?=\s*[=;\n])`, 'g'), '$1')
    // Generic calls: `prisma.$queryRaw<User[]>(…)`, `useThing<T>(…)`.
    // (No space before `<`, which tells them from comparisons such as `i < n && m > (k)`.)
    .replace(/([\w$\]])<\s*[\w$.[\]{}|,:'\s]*(?:<[^<>]*>)?\s*>(?=\s*\()/g, '$1')
    // Non-null assertions: `user!.name`.
    .replace(/([\w$\])])!(?=[.[]|\s*[;,)}\]]|\s*$)/gm, '$1');
  // Parameter and return types of functions: `function f(a: T, b?: U): R {`, `(a: T) =>`.
  code = code.replace(/(\bfunction\b[^(]*\(|\()([^()]*)\)(\s*:\s*[^{=]+?)?(?=\s*(?:\{|=>))/g,
    (all, open, params, ret) => {
      if (!/:/.test(params) && !ret) return all;
      const bare = params.replace(new RegExp(String.raw`([\w$]+)\s*\??\s*:\s*` + TYPE, 'g'), '$1');
      return `${open}${bare})`;
    });
  return { code: restore(code), masked: code };
}

// ---- Closing the ways out -------------------------------------------------------------

const BLOCKED = ['fetch', 'XMLHttpRequest', 'WebSocket', 'WebTransport', 'EventSource', 'importScripts',
  'indexedDB', 'caches', 'Worker', 'SharedWorker', 'BroadcastChannel', 'postMessage', 'eval', 'Function',
  'RTCPeerConnection', 'Request', 'open'];

function unavailable(name) {
  return new Error(`${name} is not available in the client console: scripts have no network, storage or page access`);
}

function closeTheWaysOut() {
  for (const name of BLOCKED) {
    for (let o = self; o; o = Object.getPrototypeOf(o)) {
      try { if (Object.prototype.hasOwnProperty.call(o, name)) delete o[name]; } catch { /* not configurable */ }
    }
    try {
      Object.defineProperty(self, name, { get() { throw unavailable(name); }, configurable: false });
    } catch { /* already locked */ }
  }
  if (self.navigator) {
    for (const name of ['sendBeacon', 'storage']) {
      try {
        Object.defineProperty(self.navigator, name, { get() { throw unavailable(`navigator.${name}`); } });
      } catch { /* absent */ }
    }
  }
  // Code from strings could bring every blocked name back under another spelling.
  for (const fn of [function () {}, async function () {}, function* () {}, async function* () {}]) {
    try {
      Object.defineProperty(Object.getPrototypeOf(fn), 'constructor', { get() { throw unavailable('Function'); } });
    } catch { /* frozen */ }
  }
  for (const name of ['setTimeout', 'setInterval']) {
    const original = self[name];
    self[name] = (handler, ...rest) => {
      if (typeof handler !== 'function') throw unavailable(`${name} with a string`);
      return original.call(self, handler, ...rest);
    };
  }
}

// ---- console.log --------------------------------------------------------------------

function show(value) {
  if (typeof value === 'string') return value;
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return `[Function: ${value.name || 'anonymous'}]`;
  if (typeof value === 'bigint') return `${value}n`;
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? v.toString() : v), 2) ?? String(value);
  } catch {
    return String(value);
  }
}

const console = {};
for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
  console[level] = (...args) => send({ type: 'log', level, text: args.map(show).join(' ') });
}
console.table = console.log;
console.dir = console.log;

// ---- prisma -----------------------------------------------------------------------------

let nextId = 1;
let inFlight = 0;
const waiting = new Map();

function ask(calls, batch) {
  const id = nextId++;
  inFlight++;
  send({ type: 'call', id, batch, calls });
  return new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
}

function prismaError(error) {
  const e = new Error(error.message);
  e.name = error.name;
  if (error.code) e.code = error.code;
  e.clientVersion = '6.19.3';
  return e;
}

// Like Prisma's, a call is lazy: it runs when awaited (or `.then`ed), so the calls handed to
// `$transaction([...])` run once, together.
class PrismaPromise {
  constructor(call) { this.call = call; this.running = null; }
  run() { return (this.running ??= ask([this.call], false).then((results) => results)); }
  then(ok, fail) { return this.run().then(ok, fail); }
  catch(fail) { return this.run().catch(fail); }
  finally(done) { return this.run().finally(done); }
  get [Symbol.toStringTag]() { return 'PrismaPromise'; }
}

function delegate(model) {
  const methods = {};
  for (const operation of OPERATIONS) {
    methods[operation] = (args) => new PrismaPromise({ model, operation, argsJson: args === undefined ? '' : JSON.stringify(args) });
  }
  return Object.freeze(methods);
}

function makePrisma(models) {
  const delegates = new Map();
  const client = {
    $connect: async () => {},
    $disconnect: async () => {},
    $transaction: async (input) => {
      if (typeof input === 'function') {
        throw new Error('Interactive transactions ($transaction(async (tx) => …)) are not supported in the client console; pass an array of calls.');
      }
      if (!Array.isArray(input) || !input.every((p) => p instanceof PrismaPromise)) {
        throw new Error('$transaction expects an array of Prisma Client calls, e.g. [prisma.user.create(…), prisma.post.count()]');
      }
      if (input.length === 0) return [];
      return ask(input.map((p) => p.call), true);
    },
    $queryRaw: () => { throw new Error('$queryRaw is not supported in the client console; use the SQL console.'); },
    $executeRaw: () => { throw new Error('$executeRaw is not supported in the client console; use the SQL console.'); },
  };
  return new Proxy(client, {
    get(target, property) {
      if (typeof property !== 'string' || property in target) return target[property];
      // Without a generated client every model is let through, and the engine answers
      // that the client did not initialize; with one, an unknown model is undefined.
      if (models !== null && !models.includes(property)) return undefined;
      if (!delegates.has(property)) delegates.set(property, delegate(property));
      return delegates.get(property);
    },
  });
}

// ---- Running ----------------------------------------------------------------------------

function failed(err) {
  const e = err instanceof Error ? err : new Error(show(err));
  send({ type: 'failed', name: e.name, code: e.code ?? null, message: e.message });
}

// A script may start work without awaiting it (`main().then(…)`), as Prisma's examples do:
// the run ends when the script has returned and no call has been in flight for a turn.
async function settled() {
  for (;;) {
    await new Promise((resolve) => self.setTimeout(resolve, 0));
    if (inFlight === 0) {
      await new Promise((resolve) => self.setTimeout(resolve, 20));
      if (inFlight === 0) return;
    }
  }
}

let started = false;
self.addEventListener('message', async (event) => {
  let message;
  try { message = JSON.parse(event.data); } catch { return; }
  if (message.type === 'reply') {
    const pending = waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id);
    inFlight--;
    if (message.error) pending.reject(prismaError(message.error));
    else pending.resolve(message.resultJson === null ? null : JSON.parse(message.resultJson));
    return;
  }
  if (message.type !== 'run' || started) return;
  started = true;
  const { code, masked } = stripTypes(String(message.code));
  if (/(^|[^\w$.])import\s*\(/.test(masked)) {
    failed(unavailable('import()'));
    return;
  }
  let body;
  try {
    body = new AsyncFunction('prisma', 'console', 'process', code);
  } catch (err) {
    failed(err);
    return;
  }
  const prisma = makePrisma(Array.isArray(message.models) ? message.models : null);
  const process = Object.freeze({ env: Object.freeze({}), exit: () => {} });
  self.addEventListener('unhandledrejection', (e) => { e.preventDefault(); failed(e.reason); });
  closeTheWaysOut();
  try {
    await body(prisma, console, process);
    await settled();
    send({ type: 'done' });
  } catch (err) {
    failed(err);
  }
});

// For the tests of the stripper (node can import this file's function through a shim).
self.seedbedStripTypes = (code) => stripTypes(code).code;
