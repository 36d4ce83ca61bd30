// Runs every corpus case through the real Prisma Client 6.19.3 (engineType "client" with the
// libsql driver adapter) and writes the outcomes to $ORACLE_OUT. record.sh copies this file
// into the work directory next to the generated clients (gen_<schema>) and seeded databases
// (template_<schema>.db).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PrismaLibSQL } from '@prisma/adapter-libsql'

const WORK = path.dirname(fileURLToPath(import.meta.url))
const clients = {}
const out = {}
for (const f of process.argv.slice(2)) {
  for (const c of JSON.parse(fs.readFileSync(f, 'utf8'))) {
    const schema = c.schema ?? 'blog'
    clients[schema] ??= (await import(path.join(WORK, `gen_${schema}`, 'index.js'))).PrismaClient
    const db = path.join(WORK, 'case.db')
    fs.copyFileSync(path.join(WORK, `template_${schema}.db`), db)
    const prisma = new clients[schema]({ adapter: new PrismaLibSQL({ url: 'file:' + db }) })
    const model = (name) => prisma[name[0].toLowerCase() + name.slice(1)]
    let rec
    try {
      const r = c.transaction
        ? await prisma.$transaction(c.transaction.map(([m, op, a]) => model(m)[op](a)))
        : await model(c.model)[c.operation](c.args)
      // JSON.stringify throws on bigint; the console shows its digits (as Seedbed does).
      rec = { result: JSON.parse(JSON.stringify(r, (k, v) => (typeof v === 'bigint' ? v.toString() : v))) }
      if (c.after) {
        const a = await model(c.after.model).findMany(c.after.args)
        rec.after_result = JSON.parse(JSON.stringify(a, (k, v) => (typeof v === 'bigint' ? v.toString() : v)))
      }
    } catch (e) {
      // Seedbed reproduces the last line of a validation message (the pretty-printed query
      // before it is left out).
      const lines = String(e.message).split('\n').filter((l) => l.trim())
      rec = { error: { name: e.constructor?.name, code: e.code, message: lines[lines.length - 1], meta: e.meta } }
    }
    await prisma.$disconnect()
    out[c.name] = rec
  }
}
fs.writeFileSync(process.env.ORACLE_OUT, JSON.stringify(out, null, 1) + '\n')
