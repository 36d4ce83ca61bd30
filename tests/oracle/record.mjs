#!/usr/bin/env node
// Records the behaviour of the real Prisma 6.19.3 CLI (pinned in ./package.json) for the
// conformance corpora under ../conformance/. See ../conformance/README.md.
//
// Usage: node record.mjs <schema|migrate|introspect|all> [case-filter] [--jobs N] [--check]
//   case-filter  substring (or /regex/) matched against case names
//   --jobs N     parallel CLI processes (default 2)
//   --check      do not write; exit 1 if any record would change
//   --missing    only cases that have no records yet (to resume an interrupted run)
//
// Every record is produced by spawning the CLI (node node_modules/prisma/build/index.js ...)
// in a fresh work directory under node_modules/.seedbed/work (git-ignored). Output is
// normalised by normalise() below; each rule is documented in the README.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createClient } from '@libsql/client'

const ORACLE = path.dirname(fileURLToPath(import.meta.url))
const CONF = path.resolve(ORACLE, '../conformance')
const CLI = path.join(ORACLE, 'node_modules/prisma/build/index.js')
const SEED = path.join(ORACLE, 'node_modules/.seedbed')
const DUMMY = path.join(SEED, 'dummy.node')
const WORK = path.join(SEED, 'work')
const PRELOAD = path.join(ORACLE, 'unref-long-timers.cjs') // see the comment in that file

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2)
let jobs = 2
let check = false
let missingOnly = false
const pos = []
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--jobs') jobs = Number(argv[++i])
  else if (argv[i] === '--check') check = true
  else if (argv[i] === '--missing') missingOnly = true
  else pos.push(argv[i])
}
const suiteArg = pos[0]
const filterArg = pos[1]
const SUITES = ['schema', 'migrate', 'introspect']
if (!suiteArg || !(SUITES.includes(suiteArg) || suiteArg === 'all')) {
  console.error('usage: node record.mjs <schema|migrate|introspect|all> [case-filter] [--jobs N] [--check] [--missing]')
  process.exit(2)
}
const filterFn = (() => {
  if (!filterArg) return () => true
  if (filterArg.startsWith('/') && filterArg.endsWith('/') && filterArg.length > 2) {
    const re = new RegExp(filterArg.slice(1, -1))
    return (n) => re.test(n)
  }
  return (n) => n.includes(filterArg)
})()

if (!fs.existsSync(CLI)) {
  console.error(`prisma is not installed: run \`npm ci\` in ${ORACLE} (see README)`)
  process.exit(2)
}
fs.mkdirSync(WORK, { recursive: true })
if (!fs.existsSync(DUMMY)) fs.writeFileSync(DUMMY, '')

// ---------------------------------------------------------------- running the CLI
// A minimal, fixed environment so that records do not depend on the caller's shell.
const ENV = {
  PATH: process.env.PATH,
  HOME: process.env.HOME ?? '/tmp',
  LANG: 'C.UTF-8',
  TERM: 'dumb',
  NO_COLOR: '1',
  CI: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
  PRISMA_QUERY_ENGINE_LIBRARY: DUMMY,
  PRISMA_SCHEMA_ENGINE_BINARY: DUMMY,
  TZ: 'UTC',
}

function runPrisma(args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', PRELOAD, CLI, ...args], { cwd, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] })
    const out = []
    const err = []
    child.stdout.on('data', (d) => out.push(d))
    child.stderr.on('data', (d) => err.push(d))
    child.on('close', (code, signal) =>
      resolve({ code: code ?? `signal ${signal}`, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    )
  })
}

let workSeq = 0
function mkWork() {
  const dir = path.join(WORK, `w${process.pid}-${++workSeq}`)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  return dir
}

function writeConfig(dir) {
  const db = path.join(dir, 'dev.db')
  fs.writeFileSync(
    path.join(dir, 'prisma.config.ts'),
    `import { defineConfig } from 'prisma/config'
import { PrismaLibSQL } from '@prisma/adapter-libsql'
export default defineConfig({
  engine: 'js',
  experimental: { adapter: true },
  async adapter() { return new PrismaLibSQL({ url: 'file:${db}' }) },
})
`,
  )
  return db
}

// ---------------------------------------------------------------- normalisation (see README)
const ADAPTER_URL_WARNING =
  /\nWARNING: Your schema specifies the following datasource properties but you are using a Driver Adapter via prisma\.config\.ts:\n(?:- [^\n]*\n)+\nThe values from your schema will NOT be used!\n\nWe recommend you to remove those properties from your schema to avoid confusion if you are only using driver adapters\.\n/g

function normalise(text, workDir) {
  let t = text
  if (workDir) {
    const real = fs.realpathSync(workDir)
    t = t.split(workDir).join('<tmp>')
    if (real !== workDir) t = t.split(real).join('<tmp>')
  }
  // N1: config preamble printed because the oracle needs prisma.config.ts
  t = t.replace(/^Loaded Prisma config from [^\n]*\n\n?/gm, '')
  t = t.replace(/^Prisma config detected, skipping environment variable loading\.\n?/gm, '')
  // N2: warning printed because the schema has `url` while a driver adapter is configured
  t = t.replace(ADAPTER_URL_WARNING, '')
  // N3: timings
  t = t.replace(/\bin \d+(?:\.\d+)?(ms|s)\b/g, 'in XXms')
  t = t.replace(/\bDone in \d+(?:\.\d+)?(ms|s)\b/g, 'Done in XXms')
  return t
}

function streams(r, workDir) {
  return `exit: ${r.code}\n--- stdout\n${normalise(r.stdout, workDir)}--- stderr\n${normalise(r.stderr, workDir)}`
}

// ---------------------------------------------------------------- writing records
const changes = { new: [], changed: [], same: 0, removed: [] }
function record(file, content) {
  const rel = path.relative(CONF, file)
  const old = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null
  if (old === content) {
    changes.same++
    return
  }
  ;(old === null ? changes.new : changes.changed).push(rel)
  if (!check) fs.writeFileSync(file, content)
}
function unrecord(file) {
  if (fs.existsSync(file)) {
    changes.removed.push(path.relative(CONF, file))
    if (!check) fs.rmSync(file)
  }
}

async function pool(items, fn) {
  let i = 0
  let done = 0
  const total = items.length
  const worker = async () => {
    while (i < items.length) {
      const item = items[i++]
      try {
        await fn(item)
      } catch (e) {
        console.error(`!! ${item}: ${e.stack ?? e}`)
        process.exitCode = 1
      }
      done++
      if (process.stderr.isTTY) process.stderr.write(`\r${done}/${total}`)
      else if (done % 25 === 0 || done === total) process.stderr.write(`${done}/${total}\n`)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker))
  if (process.stderr.isTTY) process.stderr.write('\n')
}

// ---------------------------------------------------------------- SQLite helpers
async function execSqlFile(dbFile, sql) {
  const c = createClient({ url: `file:${dbFile}` })
  try {
    await c.executeMultiple(sql)
  } finally {
    c.close()
  }
}

async function dumpSqliteMaster(dbFile) {
  const c = createClient({ url: `file:${dbFile}` })
  try {
    const rs = await c.execute('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid')
    let out = ''
    for (const r of rs.rows) {
      if (r.sql == null) out += `-- ${r.type} ${r.name} on ${r.tbl_name} (no SQL)\n`
      else out += `${r.sql};\n`
    }
    return out
  } finally {
    c.close()
  }
}

// ---------------------------------------------------------------- suite: schema
async function suiteSchema() {
  const dir = path.join(CONF, 'schema/cases')
  const names = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.prisma'))
    .map((f) => f.slice(0, -'.prisma'.length))
    .filter(filterFn)
    .filter((n) => !missingOnly || !fs.existsSync(path.join(dir, `${n}.format.txt`)) || !fs.existsSync(path.join(dir, `${n}.validate.txt`)))
    .sort()
  console.error(`schema: ${names.length} cases`)
  await pool(names, async (name) => {
    const src = fs.readFileSync(path.join(dir, `${name}.prisma`), 'utf8')
    const file = `${name}.prisma`
    // validate
    let w = mkWork()
    fs.writeFileSync(path.join(w, file), src)
    const v = await runPrisma(['validate', '--schema', file], w)
    record(path.join(dir, `${name}.validate.txt`), streams(v, w))
    fs.rmSync(w, { recursive: true, force: true })
    // format
    w = mkWork()
    fs.writeFileSync(path.join(w, file), src)
    const f = await runPrisma(['format', '--schema', file], w)
    let body
    if (f.code === 0) body = `exit: 0\n${fs.readFileSync(path.join(w, file), 'utf8')}`
    else {
      const after = fs.readFileSync(path.join(w, file), 'utf8')
      body = streams(f, w) + (after === src ? '' : `--- file after format (changed!)\n${after}`)
    }
    record(path.join(dir, `${name}.format.txt`), body)
    fs.rmSync(w, { recursive: true, force: true })
  })
}

// ---------------------------------------------------------------- suite: migrate
async function suiteMigrate() {
  const dir = path.join(CONF, 'migrate/cases')
  const names = fs
    .readdirSync(dir)
    .filter((f) => fs.existsSync(path.join(dir, f, 'to.prisma')))
    .filter(filterFn)
    .filter((n) => !missingOnly || !fs.existsSync(path.join(dir, n, 'push.schema.sql')))
    .sort()
  console.error(`migrate: ${names.length} cases`)
  await pool(names, async (name) => {
    const c = path.join(dir, name)
    const hasFrom = fs.existsSync(path.join(c, 'from.prisma'))
    const from = hasFrom ? ['--from-schema-datamodel', 'from.prisma'] : ['--from-empty']

    // migrate diff --script and summary
    let w = mkWork()
    writeConfig(w)
    if (hasFrom) fs.copyFileSync(path.join(c, 'from.prisma'), path.join(w, 'from.prisma'))
    fs.copyFileSync(path.join(c, 'to.prisma'), path.join(w, 'to.prisma'))
    const base = ['migrate', 'diff', ...from, '--to-schema-datamodel', 'to.prisma']
    const script = await runPrisma([...base, '--script', '--config', 'prisma.config.ts'], w)
    const summary = await runPrisma([...base, '--config', 'prisma.config.ts'], w)
    if (script.code === 0 && normalise(script.stderr, w) === '') {
      record(path.join(c, 'expected.sql'), normalise(script.stdout, w))
      unrecord(path.join(c, 'expected.error.txt'))
    } else {
      unrecord(path.join(c, 'expected.sql'))
      record(path.join(c, 'expected.error.txt'), streams(script, w))
    }
    if (summary.code === 0 && normalise(summary.stderr, w) === '') record(path.join(c, 'expected.summary.txt'), normalise(summary.stdout, w))
    else record(path.join(c, 'expected.summary.txt'), streams(summary, w))
    fs.rmSync(w, { recursive: true, force: true })

    // db push with data
    w = mkWork()
    const db = writeConfig(w)
    let log = ''
    if (hasFrom) {
      fs.copyFileSync(path.join(c, 'from.prisma'), path.join(w, 'schema.prisma'))
      const p0 = await runPrisma(['db', 'push', '--schema', 'schema.prisma', '--skip-generate', '--config', 'prisma.config.ts'], w)
      if (p0.code !== 0) log += `# setup: db push of from.prisma failed\n${streams(p0, w)}`
    }
    if (fs.existsSync(path.join(c, 'data.sql'))) {
      try {
        await execSqlFile(db, fs.readFileSync(path.join(c, 'data.sql'), 'utf8'))
      } catch (e) {
        log += `# setup: data.sql failed: ${String(e.message ?? e).split(w).join('<tmp>')}\n`
      }
    }
    fs.copyFileSync(path.join(c, 'to.prisma'), path.join(w, 'schema.prisma'))
    const p = await runPrisma(['db', 'push', '--schema', 'schema.prisma', '--skip-generate', '--config', 'prisma.config.ts'], w)
    record(path.join(c, 'push.txt'), log + streams(p, w))
    record(path.join(c, 'push.schema.sql'), fs.existsSync(db) ? await dumpSqliteMaster(db) : '-- no database file\n')
    fs.rmSync(w, { recursive: true, force: true })
  })
}

// ---------------------------------------------------------------- suite: introspect
// Directives at the top of a case .sql file (SQL comments):
//   -- preview_features=views        adds a generator with previewFeatures = ["views"]
// If <name>.input.prisma exists it is used instead of the minimal schema (re-introspection).
const MIN_SCHEMA = (preview) =>
  (preview.length
    ? `generator client {\n  provider        = "prisma-client-js"\n  previewFeatures = [${preview.map((p) => JSON.stringify(p)).join(', ')}]\n}\n\n`
    : '') + `datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n`

async function suiteIntrospect() {
  const dir = path.join(CONF, 'introspect/cases')
  const names = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .map((f) => f.slice(0, -'.sql'.length))
    .filter(filterFn)
    .filter((n) => !missingOnly || !fs.existsSync(path.join(dir, `${n}.pull.txt`)))
    .sort()
  console.error(`introspect: ${names.length} cases`)
  await pool(names, async (name) => {
    const sql = fs.readFileSync(path.join(dir, `${name}.sql`), 'utf8')
    const m = sql.match(/^--\s*preview_features\s*=\s*([^\n]*)$/m)
    const preview = m ? m[1].split(',').map((s) => s.trim()).filter(Boolean) : []
    const w = mkWork()
    const db = writeConfig(w)
    let setup = ''
    try {
      await execSqlFile(db, sql)
    } catch (e) {
      setup = `# setup: executing ${name}.sql failed: ${e.message ?? e}\n`
    }
    const input = path.join(dir, `${name}.input.prisma`)
    fs.writeFileSync(path.join(w, 'schema.prisma'), fs.existsSync(input) ? fs.readFileSync(input, 'utf8') : MIN_SCHEMA(preview))
    const r = await runPrisma(['db', 'pull', '--print', '--schema', 'schema.prisma', '--config', 'prisma.config.ts'], w)
    if (r.code === 0) {
      record(path.join(dir, `${name}.pulled.prisma`), normalise(r.stdout, w))
      record(path.join(dir, `${name}.pull.txt`), `${setup}exit: 0\n--- stderr\n${normalise(r.stderr, w)}`)
    } else {
      unrecord(path.join(dir, `${name}.pulled.prisma`))
      record(path.join(dir, `${name}.pull.txt`), setup + streams(r, w))
    }
    fs.rmSync(w, { recursive: true, force: true })
  })
}

// ---------------------------------------------------------------- main
const t0 = Date.now()
for (const s of suiteArg === 'all' ? SUITES : [suiteArg]) {
  if (s === 'schema') await suiteSchema()
  if (s === 'migrate') await suiteMigrate()
  if (s === 'introspect') await suiteIntrospect()
}
const list = (label, xs) => {
  if (xs.length) console.log(`${label} (${xs.length}):\n${xs.sort().map((x) => `  ${x}`).join('\n')}`)
}
list(check ? 'would create' : 'created', changes.new)
list(check ? 'would change' : 'changed', changes.changed)
list(check ? 'would remove' : 'removed', changes.removed)
console.log(`unchanged: ${changes.same}; ${((Date.now() - t0) / 1000).toFixed(0)} s`)
if (check && changes.new.length + changes.changed.length + changes.removed.length > 0) process.exitCode = 1
