#!/usr/bin/env node
// Seedbed's wasm beside Prisma 6.19.3's own wasm, in one Node process, on the same inputs.
// `cargo xtask bench [schema|migrate|all]` builds what this needs and runs it; see
// tests/bench/README.md.
//
// Usage: node tests/bench/bench.mjs --pkg DIR [--suite schema|migrate|all] [--native FILE] [--inputs DIR] [--out DIR]
//   --pkg DIR     wasm-bindgen --target nodejs output of crates/bench-wasm
//   --out DIR     where both sides' outputs (formatted schema, diff scripts) are written, to compare
//   --native FILE medians of the native run (examples/native.rs --json), printed beside ours
//   --inputs DIR  the schemas the native run wrote: checked to be byte-identical to ours
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'
import { performance } from 'node:perf_hooks'
import { loadSchemaWasm, newSchemaEngine } from './prisma.mjs'

const argv = process.argv.slice(2)
const flag = (name) => {
  const i = argv.indexOf(name)
  return i >= 0 ? argv[i + 1] : undefined
}
const pkg = flag('--pkg')
const suite = flag('--suite') ?? 'all'
if (!pkg || !['schema', 'migrate', 'all'].includes(suite)) {
  console.error('usage: node tests/bench/bench.mjs --pkg DIR [--suite schema|migrate|all] [--native FILE] [--inputs DIR] [--out DIR]')
  process.exit(2)
}
const native = flag('--native') ? JSON.parse(fs.readFileSync(flag('--native'), 'utf8')) : {}
const outDir = flag('--out')
/** Keeps both sides' output of one operation for inspection (with --out). */
function keep(name, ours, theirs) {
  if (!outDir) return
  fs.mkdirSync(outDir, { recursive: true })
  fs.writeFileSync(path.join(outDir, `${name}.seedbed.txt`), ours)
  fs.writeFileSync(path.join(outDir, `${name}.prisma.txt`), theirs)
}

// ---------------------------------------------------------------- timing
// The policy of examples/native.rs (warm up, then at least MIN_RUNS runs and MIN_TIME of
// running, at most MAX_RUNS runs, the median), except that the operations compared run in
// turn, one sample each per round: the machine is shared, and a burst of load then slows
// both sides alike instead of whichever happened to be running. Slow operations stop after
// MAX_TIME once MIN_SLOW_RUNS rounds are done.
const WARM_UP = 3
const MIN_RUNS = 15
const MAX_RUNS = 500
const MIN_TIME = 2000
const MAX_TIME = 60_000
const MIN_SLOW_RUNS = 5

async function mediansMs(ops) {
  for (let i = 0; i < WARM_UP; i++) for (const op of ops) await op()
  const samples = ops.map(() => [])
  const start = performance.now()
  for (let round = 0; ; round++) {
    const elapsed = performance.now() - start
    if (round >= MAX_RUNS || (round >= MIN_RUNS && elapsed >= MIN_TIME)) break
    if (round >= MIN_SLOW_RUNS && elapsed >= MAX_TIME) break
    for (const [i, op] of ops.entries()) {
      const t = performance.now()
      await op()
      samples[i].push(performance.now() - t)
    }
  }
  return samples.map((s) => {
    s.sort((a, b) => a - b)
    return { median: s[Math.floor(s.length / 2)], min: s[0], runs: s.length }
  })
}

// ---------------------------------------------------------------- the two sides
const seedbed = createRequire(import.meta.url)(path.resolve(pkg, 'seedbed_bench_wasm.js'))
const psl = loadSchemaWasm()
const engine = await newSchemaEngine()

// What `prisma validate` runs (build/index.js, class Validate): lint for the warnings,
// validate, then get_config (which re-checks the datasource and reports its errors).
const asFiles = (text) => [['schema.prisma', text]]
const prisma = {
  lint: (text) => JSON.parse(psl.lint(JSON.stringify(asFiles(text)))),
  validateOnly: (text) => psl.validate(JSON.stringify({ prismaSchema: asFiles(text), noColor: true })),
  getConfig: (text) => {
    const out = JSON.parse(
      psl.get_config(JSON.stringify({ prismaSchema: asFiles(text), datasourceOverrides: {}, ignoreEnvVarErrors: false, env: {} })),
    )
    if (out.errors.length) throw new Error(`get_config: ${JSON.stringify(out.errors)}`)
    return out
  },
  validate(text) {
    prisma.lint(text)
    prisma.validateOnly(text)
    prisma.getConfig(text)
  },
  // What `prisma format` runs (class Format): format, lint the result, validate it.
  format(text) {
    const params = { textDocument: { uri: 'file:/dev/null' }, options: { tabSize: 2, insertSpaces: true } }
    const files = JSON.parse(psl.format(JSON.stringify(asFiles(text)), JSON.stringify(params)))
    psl.lint(JSON.stringify(files))
    psl.validate(JSON.stringify({ prismaSchema: files, noColor: true }))
    return files[0][1]
  },
  // What `prisma migrate diff --from-… --to-schema-datamodel … --script` asks the engine.
  async diff(from, to) {
    const side = (text) => (text === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: text }] })
    const out = await engine.diff({
      from: side(from),
      to: side(to),
      script: true,
      shadowDatabaseUrl: null,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    })
    return out.stdout
  },
}

// ---------------------------------------------------------------- inputs
const inputs = {
  'schema-500.prisma': seedbed.schema(500),
  'schema-50.prisma': seedbed.schema(50),
  'schema-300.prisma': seedbed.schema(300),
  'schema-300-changed.prisma': seedbed.changed_schema(300, 50),
}
if (flag('--inputs')) {
  for (const [file, text] of Object.entries(inputs)) {
    const nativeText = fs.readFileSync(path.join(flag('--inputs'), file), 'utf8')
    if (nativeText !== text) throw new Error(`${file}: the wasm generator and the native one disagree`)
  }
  console.log(`inputs: byte-identical to the native run's (${flag('--inputs')})`)
}
for (const [file, text] of Object.entries(inputs)) {
  const errors = seedbed.validate(text)
  if (errors) throw new Error(`${file}: Seedbed finds ${errors} error(s)`)
  try {
    prisma.validate(text)
  } catch (e) {
    throw new Error(`${file}: Prisma rejects the generated schema: ${e.message ?? e}`)
  }
}
console.log('inputs: Prisma 6.19.3 and Seedbed both validate every generated schema without errors')

const kb = (text) => `${Math.round(text.length / 1024)} KB`
const big = inputs['schema-500.prisma']
const small = inputs['schema-50.prisma']
const from = inputs['schema-300.prisma']
const to = inputs['schema-300-changed.prisma']

// ---------------------------------------------------------------- cases
const cases = []
if (suite !== 'migrate') {
  const ours = seedbed.format(big)
  const theirs = prisma.format(big)
  keep('format-500', ours, theirs)
  console.log(`format: outputs ${ours === theirs ? 'identical' : `differ (Seedbed ${ours.length} B, Prisma ${theirs.length} B)`}`)
  cases.push(
    { key: 'validate-500', operation: 'parse+validate', input: `500 models, ${kb(big)}`, seedbed: () => seedbed.validate(big), prisma: () => prisma.validate(big) },
    { key: 'format-500', operation: 'format', input: `500 models, ${kb(big)}`, seedbed: () => seedbed.format(big), prisma: () => prisma.format(big) },
    {
      key: 'validate-50',
      operation: 're-validate (keystroke)',
      input: `50 models, ${kb(small)}`,
      seedbed: () => seedbed.validate(small),
      prisma: () => prisma.validate(small),
      budgetMs: 5,
    },
  )
}
if (suite !== 'schema') {
  for (const [name, label, a, b] of [
    ['diff-empty-300', 'empty → 300 models', null, from],
    ['diff-change-300', '300 models, 50 tables changed', from, to],
  ]) {
    const ours = a === null ? seedbed.diff_from_empty(b) : seedbed.diff_schemas(a, b)
    const theirs = await prisma.diff(a, b)
    keep(name, ours, theirs)
    console.log(
      `migrate diff ${label}: Seedbed ${seedbed.statement_count(ours)} statements, Prisma ${seedbed.statement_count(theirs)} statements, SQL ${ours === theirs ? 'identical' : 'differs'}`,
    )
  }
  cases.push(
    {
      key: 'diff-empty-300',
      operation: 'migrate diff (empty → schema)',
      input: `300 models, ${kb(from)}`,
      seedbed: () => seedbed.diff_from_empty(from),
      prisma: () => prisma.diff(null, from),
    },
    {
      key: 'diff-change-300',
      operation: 'migrate diff (A → B)',
      input: '300 models, 50 tables changed',
      seedbed: () => seedbed.diff_schemas(from, to),
      prisma: () => prisma.diff(from, to),
    },
  )
}

// ---------------------------------------------------------------- measuring
const TARGET_RATIO = 3
const load = () => os.loadavg()[0].toFixed(1)
const loadBefore = load()
const rows = []
for (const c of cases) {
  process.stderr.write(`measuring ${c.key} …\n`)
  const [ours, theirs] = await mediansMs([c.seedbed, c.prisma])
  rows.push({ ...c, ours: ours.median, theirs: theirs.median, ratio: theirs.median / ours.median, fastest: [ours.min, theirs.min], runs: ours.runs })
}

const fmt = (ms) => (ms === undefined ? '-' : ms < 10 ? ms.toFixed(2) : ms.toFixed(1))
const header = ['operation', 'input', 'native ms', 'Seedbed ms', 'Prisma ms', 'Prisma/Seedbed', 'target', 'met']
const lines = rows.map((r) => {
  const targets = [`≥ ${TARGET_RATIO}×`]
  let met = r.ratio >= TARGET_RATIO
  if (r.budgetMs !== undefined) {
    targets.push(`< ${r.budgetMs} ms`)
    met = met && r.ours < r.budgetMs
  }
  return [r.operation, r.input, fmt(native[r.key]), fmt(r.ours), fmt(r.theirs), `${r.ratio.toFixed(1)}×`, targets.join(', '), met ? 'yes' : 'NO']
})
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)))
const row = (cells) => `| ${cells.map((c, i) => (i < 2 || i > 5 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`
console.log('\nMedian milliseconds; "Seedbed" and "Prisma" are both wasm in this Node process, "native" is Seedbed in release:\n')
console.log(row(header))
console.log(`|${widths.map((w, i) => (i < 2 || i > 5 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`)
for (const l of lines) console.log(row(l))

console.log('\nThe fastest run of each (less sensitive to other load on the machine):\n')
for (const r of rows) {
  const [ours, theirs] = r.fastest
  console.log(`  ${r.operation.padEnd(widths[0])}  Seedbed ${fmt(ours).padStart(6)} ms, Prisma ${fmt(theirs).padStart(6)} ms, ${(theirs / ours).toFixed(1)}× (${r.runs} runs each)`)
}

if (suite !== 'migrate') {
  // What each of Prisma's calls costs on its own, since `prisma validate` makes three.
  const parts = [
    ['lint', () => prisma.lint(big)],
    ['validate', () => prisma.validateOnly(big)],
    ['get_config', () => prisma.getConfig(big)],
    ['all three', () => prisma.validate(big)],
  ]
  const medians = await mediansMs(parts.map(([, op]) => op))
  const text = parts.map(([name], i) => `${name} ${fmt(medians[i].median)} ms`).join(', ')
  console.log(`\nPrisma's validate calls one by one on the 500-model schema (medians): ${text}.`)
}
console.log(`\nnode ${process.version}, ${os.cpus().length} CPUs, 1-minute load average ${loadBefore} before measuring and ${load()} after, ${new Date().toISOString()}`)
engine.free()
// The libsql adapter keeps its client open; nothing else is pending.
process.exit(0)
