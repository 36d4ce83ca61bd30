// Boots the engine worker: loads the wasm module, then hands control to Rust.
// A failure to load is reported to the page instead of leaving it waiting forever.
const debug = new URL(self.location.href).searchParams.has('debug');
try {
  const { default: init, worker_main } = await import('./seedbed_worker.js');
  await init({ module_or_path: new URL('./seedbed_worker_bg.wasm', import.meta.url) });
  worker_main(debug);
} catch (err) {
  self.postMessage(JSON.stringify({ type: 'event', kind: 'panicked', message: 'The engine failed to load: ' + err }));
}
