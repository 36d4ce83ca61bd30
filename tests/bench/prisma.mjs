// Loads the two WebAssembly modules that `prisma@6.19.3` (pinned in tests/oracle) runs for
// `validate`/`format` and `migrate diff`, and calls them the way its CLI does.
//
// The CLI bundles each module's wasm-bindgen glue inside `build/index.js` instead of
// shipping it as a file, so the glue is cut out of that bundle by text and evaluated here:
// - prisma_schema_build: a self-contained CommonJS factory `P((exports, module) => {…})`
//   that instantiates `prisma_schema_build_bg.wasm` when called;
// - schema_engine: an esbuild ESM island, `var E={};X(E,{SchemaEngine:…,…})` followed by
//   the glue functions and a lazy initialiser `I=Y(()=>{…})`, instantiated by the CLI with
//   `new WebAssembly.Instance(module, {"./schema_engine_bg.js": E})`.
// Only esbuild's two helpers (`__export` and `__esm`) are supplied; if the bundle changes
// shape the extraction fails loudly instead of guessing.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const HERE = path.dirname(fileURLToPath(import.meta.url))
export const ORACLE = path.resolve(HERE, '../oracle')
const BUILD = path.join(ORACLE, 'node_modules/prisma/build')
const requireFromOracle = createRequire(path.join(ORACLE, 'package.json'))

function fail(what) {
  throw new Error(`tests/bench/prisma.mjs: ${what} (is tests/oracle's prisma still 6.19.3?)`)
}

/** The index of the `}` closing the `{` at `open`, skipping strings, templates and regexes
 *  well enough for minified wasm-bindgen glue (which has no regex literals with braces). */
function matchingBrace(text, open) {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    const c = text[i]
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++
      continue
    }
    if (c === '{') depth++
    else if (c === '}' && --depth === 0) return i
  }
  return -1
}

// Panic messages from both modules are reported through this global (the CLI installs it).
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: '',
  get() {
    return this.message
  },
  set_message(m) {
    this.message = `RuntimeError: ${m}`
  },
}

/** The prisma_schema_build module: `validate`, `format`, `lint`, `get_config`, `get_dmmf`… */
export function loadSchemaWasm() {
  const bundle = fs.readFileSync(path.join(BUILD, 'index.js'), 'utf8')
  const wasmAt = bundle.indexOf('/prisma_schema_build_bg.wasm`')
  if (wasmAt < 0) fail('prisma_schema_build_bg.wasm is not referenced by build/index.js')
  // `=P((exports,module)=>{"use strict";var imports={};imports.__wbindgen_placeholder__=…`
  const head = /=\w+\(\((\w+),(\w+)\)=>\{"use strict";var \w+=\{\};\w+\.__wbindgen_placeholder__=/g
  let start = -1
  let params
  for (let m; (m = head.exec(bundle)) && m.index < wasmAt; ) {
    start = m.index + m[0].indexOf('{')
    params = [m[1], m[2]]
  }
  if (start < 0) fail('the prisma_schema_build glue was not found')
  const end = matchingBrace(bundle, start)
  if (end < wasmAt) fail('the prisma_schema_build glue has an unexpected shape')
  const body = bundle.slice(start + 1, end)
  const module = { exports: {} }
  new Function(params[0], params[1], 'require', '__dirname', body)(module.exports, module, requireFromOracle, BUILD)
  for (const name of ['validate', 'format', 'lint', 'get_config']) {
    if (typeof module.exports[name] !== 'function') fail(`prisma_schema_build has no ${name}()`)
  }
  return module.exports
}

/** The schema engine's `SchemaEngine` class, instantiated over schema_engine_bg.wasm. */
export function loadSchemaEngineClass() {
  const bundle = fs.readFileSync(path.join(BUILD, 'index.js'), 'utf8')
  const exportsAt = bundle.search(/var \w+=\{\};\w+\(\w+,\{SchemaEngine:\(\)=>/)
  if (exportsAt < 0) fail('the schema engine glue was not found')
  const [, exportsName, exportHelper] = /^var (\w+)=\{\};(\w+)\(/.exec(bundle.slice(exportsAt))
  const freeAt = bundle.indexOf('__wbg_schemaengine_free(', exportsAt)
  if (freeAt < 0) fail('the SchemaEngine class was not found')
  // The initialiser is the `__esm` call whose body defines the class: `,I=Y(()=>{"use strict";`.
  const init = /,(\w+)=(\w+)\(\(\)=>\{"use strict";/g
  let initName
  let initHelper
  let initOpen = -1
  for (let m; (m = init.exec(bundle)) && m.index < freeAt; ) {
    if (m.index > exportsAt) {
      ;[initName, initHelper] = [m[1], m[2]]
      initOpen = m.index + m[0].indexOf('{')
    }
  }
  if (initOpen < 0) fail('the schema engine initialiser was not found')
  const initClose = matchingBrace(bundle, initOpen)
  if (initClose < freeAt || bundle[initClose + 1] !== ')') fail('the schema engine initialiser has an unexpected shape')
  const island = bundle.slice(exportsAt, initClose + 2)
  const esmExport = (target, getters) => {
    for (const name in getters) Object.defineProperty(target, name, { get: getters[name], enumerable: true })
  }
  const esmInit = (fn) => {
    let done = false
    return () => {
      if (!done) {
        done = true
        fn()
      }
    }
  }
  const glue = new Function(exportHelper, initHelper, 'module', `${island};${initName}();return ${exportsName}`)(
    esmExport,
    esmInit,
    { require: requireFromOracle },
  )
  const wasm = new WebAssembly.Module(fs.readFileSync(path.join(BUILD, 'schema_engine_bg.wasm')))
  const instance = new WebAssembly.Instance(wasm, { './schema_engine_bg.js': glue })
  glue.__wbg_set_wasm(instance.exports)
  instance.exports.__wbindgen_start()
  return glue.SchemaEngine
}

/** A schema engine over a libsql driver adapter (an in-memory database: schema-to-schema
 *  diffs never touch it), as `prisma.config.ts` with `engine: 'js'` gives the CLI. */
export async function newSchemaEngine() {
  const SchemaEngine = loadSchemaEngineClass()
  const { PrismaLibSQL } = requireFromOracle('@prisma/adapter-libsql')
  // `defineConfig` wraps the factory the same way (methods bound, errors registered).
  const { bindMigrationAwareSqlAdapterFactory } = requireFromOracle('@prisma/driver-adapter-utils')
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaLibSQL({ url: ':memory:' }))
  return SchemaEngine.new({ datamodels: undefined }, () => {}, adapter)
}
