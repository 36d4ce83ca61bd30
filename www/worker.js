// Boots the engine worker: loads the wasm module, then hands control to Rust.
// A failure to load is reported to the page instead of leaving it waiting forever.
// The page passes its own flags in this script's query (crates/web/src/bridge.rs).
const query = new URL(self.location.href).searchParams;
const debug = query.has('debug');
// An embed in another page: memory only, nothing saved (crates/worker/src/browser.rs).
const embed = query.has('embed');
try {
  const { default: init, worker_main } = await import('./seedbed_worker.js');
  await init({ module_or_path: new URL('./seedbed_worker_bg.wasm', import.meta.url) });
  worker_main(debug, embed);
} catch (err) {
  // The shape of `FromWorker::Event(Event::Panicked { message })` (crates/protocol).
  self.postMessage(JSON.stringify({ event: { panicked: { message: 'The engine failed to load: ' + err } } }));
}
