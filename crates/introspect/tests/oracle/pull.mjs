// Private oracle run for measuring agreement (not a recorder: writes only to the given prefix).
// node pull.mjs <case.sql> <input.prisma|-> <out-prefix>  → <out-prefix>.stdout / .stderr ('exit: N' first).
// Uses the pinned CLI of tests/oracle (npm ci there first), the same setup as record.mjs.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
const ORACLE = '/work/main/tests/oracle'
const require = createRequire(path.join(ORACLE, 'record.mjs'))
const { createClient } = require('@libsql/client')
const CLI = path.join(ORACLE, 'node_modules/prisma/build/index.js')
const DUMMY = path.join(ORACLE, 'node_modules/.seedbed/dummy.node')
const PRELOAD = path.join(ORACLE, 'unref-long-timers.cjs')
const [sqlFile, inputFile, outPrefix] = process.argv.slice(2)
const sql = fs.readFileSync(sqlFile, 'utf8')
const w = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'seedbed-pull-'))
const db = path.join(w, 'dev.db')
fs.writeFileSync(path.join(w, 'prisma.config.ts'), `import { defineConfig } from 'prisma/config'
import { PrismaLibSQL } from '@prisma/adapter-libsql'
export default defineConfig({ engine: 'js', experimental: { adapter: true }, async adapter() { return new PrismaLibSQL({ url: 'file:${db}' }) } })
`)
fs.symlinkSync(path.join(ORACLE, 'node_modules'), path.join(w, 'node_modules'))
const c = createClient({ url: `file:${db}` }); await c.executeMultiple(sql); c.close()
const views = /preview_features=views/.test(sql)
const min = (views ? 'generator client {\n  provider        = "prisma-client-js"\n  previewFeatures = ["views"]\n}\n\n' : '') + 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n'
fs.writeFileSync(path.join(w, 'schema.prisma'), inputFile && inputFile !== '-' ? fs.readFileSync(inputFile, 'utf8') : min)
const env = { PATH: process.env.PATH, HOME: '/tmp', LANG: 'C.UTF-8', TERM: 'dumb', NO_COLOR: '1', CI: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1', PRISMA_QUERY_ENGINE_LIBRARY: DUMMY, PRISMA_SCHEMA_ENGINE_BINARY: DUMMY, TZ: 'UTC' }
const r = spawnSync(process.execPath, ['--require', PRELOAD, CLI, 'db', 'pull', '--print', '--schema', 'schema.prisma', '--config', 'prisma.config.ts'], { cwd: w, env, encoding: 'utf8' })
let err = r.stderr.replace(/^Loaded Prisma config from [^\n]*\n\n?/gm, '').replace(/^Prisma config detected, skipping environment variable loading\.\n?/gm, '').replace(/\nWARNING: Your schema specifies the following datasource properties but you are using a Driver Adapter via prisma\.config\.ts:\n(?:- [^\n]*\n)+\nThe values from your schema will NOT be used!\n\nWe recommend you to remove those properties from your schema to avoid confusion if you are only using driver adapters\.\n/g, '')
const norm = (t) => t.replace(/\nWARNING: Your schema specifies the following datasource properties but you are using a Driver Adapter via prisma\.config\.ts:\n(?:- [^\n]*\n)+\nThe values from your schema will NOT be used!\n\nWe recommend you to remove those properties from your schema to avoid confusion if you are only using driver adapters\.\n/g, "")
fs.writeFileSync(outPrefix + ".stdout", norm(r.stdout)); fs.writeFileSync(outPrefix + '.stderr', `exit: ${r.status}\n` + err)
fs.rmSync(w, { recursive: true, force: true })
