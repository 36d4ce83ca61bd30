// Boots the engine worker: instantiates the browser's wasm module (the same module as the
// page's, `seedbed_browser_bg.wasm`), then hands control to Rust.
// A failure to load is reported to the page instead of leaving it waiting forever.
// The page passes its own flags in this script's query (crates/web/src/bridge.rs).
const query = new URL(self.location.href).searchParams;
const debug = query.has('debug');
// An embed in another page: memory only, nothing saved (crates/worker/src/browser.rs).
const embed = query.has('embed');
// The page's first message, listened for before any `await` so it cannot arrive unheard:
// `{ module, mailbox }`, the wasm module the page compiled (or null) and the shared slot
// for in-frame replies (or null; crates/protocol/src/mailbox.rs).
const first = new Promise((resolve) => {
  self.addEventListener('message', (event) => resolve(event.data ?? {}), { once: true });
});
try {
  const { default: init, worker_main } = await import('./seedbed_browser.js');
  const { module, mailbox } = await first;
  await init({
    module_or_path: module instanceof WebAssembly.Module
      ? module
      : new URL('./seedbed_browser_bg.wasm', import.meta.url),
  });
  worker_main(debug, embed, mailbox ?? null);
} catch (err) {
  // Rust's messages are bytes (crates/protocol); the page takes a text message for this.
  self.postMessage('The engine failed to load: ' + err);
}
