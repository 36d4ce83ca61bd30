// Preloaded (node -r) into every Prisma CLI process the recorder spawns.
// The schema engine wasm of prisma@6.19.3 arms a 60 s setTimeout during `db push` / `db pull`
// that is not cleared on some paths (for example "The database is already in sync"), so the CLI
// process lingers for 60 s after it has printed everything. Un-referencing timers of 60 s or more
// lets the process exit as soon as its work is done; output and exit code are unchanged
// (checked by comparing records made with and without this preload).
'use strict'
const orig = global.setTimeout
global.setTimeout = function setTimeout(fn, ms, ...args) {
  const t = orig.call(this, fn, ms, ...args)
  if (typeof ms === 'number' && ms >= 60000 && t && typeof t.unref === 'function') t.unref()
  return t
}
