// Seedbed's one-line embed for documentation pages (see docs/EMBED.md):
//
//   <script src="https://<where Seedbed is hosted>/embed.js" defer></script>
//   <pre class="seedbed" data-panes="schema,terminal" data-run="npx prisma migrate dev --name init">
//   model User { … }
//   </pre>
//
// Every <pre class="seedbed"> becomes an <iframe> of the playground in embed mode (memory
// only: it never touches the reader's saved projects), loaded with the block's text as its
// schema. Options, all optional: data-panes (comma-separated: schema, terminal, migrations,
// database, client, seed, diagram, lessons), data-theme (light, dark, auto), data-run (a
// Prisma command run once the schema is in), data-readonly, data-height (initial height in
// px), data-lesson and data-step (one guided lesson at a step: the lesson's own project is
// loaded and the block's text is not sent), data-lang (the interface's language: en, es).
// Each iframe then sizes itself from the playground's `seedbed:height` messages.
(() => {
  'use strict';
  const script = document.currentScript;
  if (!script || !script.src) return;
  // The playground lives next to this script; only its origin may size our iframes.
  const PLAYGROUND = new URL('./', script.src);
  const PLAYGROUND_ORIGIN = PLAYGROUND.origin;
  const MIN_HEIGHT = 120;
  const MAX_HEIGHT = 4000;
  const frames = new Map(); // contentWindow -> { iframe, schema }

  function option(pre, name, pattern) {
    const value = pre.getAttribute('data-' + name);
    return value !== null && pattern.test(value) ? value : null;
  }

  function embed(pre) {
    const schema = pre.textContent.replace(/^\n/, '');
    const query = new URLSearchParams();
    query.set('embed', '');
    query.set('origin', window.location.origin);
    const panes = option(pre, 'panes', /^[a-z]+(,[a-z]+)*$/);
    if (panes) query.set('panes', panes);
    const theme = option(pre, 'theme', /^(light|dark|auto)$/);
    if (theme) query.set('theme', theme);
    const run = pre.getAttribute('data-run');
    if (run && run.length <= 2000) query.set('run', run);
    if (pre.hasAttribute('data-readonly')) query.set('readonly', '');
    const lesson = option(pre, 'lesson', /^[A-Za-z0-9_-]{1,100}$/);
    if (lesson) query.set('lesson', lesson);
    const step = option(pre, 'step', /^\d{1,3}$/);
    if (lesson && step) query.set('step', step);
    const lang = option(pre, 'lang', /^[a-z]{2}$/);
    if (lang) query.set('lang', lang);
    const height = Number(option(pre, 'height', /^\d{2,4}$/)) || 420;

    const iframe = document.createElement('iframe');
    iframe.className = 'seedbed-embed';
    iframe.title = pre.getAttribute('aria-label')
      || (lang === 'es' ? 'Seedbed: un playground de Prisma' : 'Seedbed: a Prisma playground');
    iframe.style.cssText = 'display:block;width:100%;border:1px solid #d5ded9;border-radius:8px;';
    iframe.style.height = Math.min(Math.max(height, MIN_HEIGHT), MAX_HEIGHT) + 'px';
    // A page that is cross-origin isolated passes it on, so the embed may share memory with
    // its worker (diagnostics in the typed character's frame; crates/protocol/src/mailbox.rs).
    iframe.allow = 'cross-origin-isolated';
    iframe.src = PLAYGROUND.href + '?' + query.toString().replace(/=(?=&|$)/g, '');
    pre.replaceWith(iframe);
    // A lesson brings its own project: the block's text is only a fallback for readers.
    frames.set(iframe.contentWindow, { iframe, schema: lesson ? null : schema });
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== PLAYGROUND_ORIGIN) return;
    const entry = frames.get(event.source);
    if (!entry || event.source !== entry.iframe.contentWindow) return;
    const data = event.data;
    if (!data || typeof data !== 'object') return;
    if (data.type === 'seedbed:ready') {
      if (entry.schema !== null) {
        entry.iframe.contentWindow.postMessage({ type: 'seedbed:setSchema', schema: entry.schema }, PLAYGROUND_ORIGIN);
      }
      entry.iframe.dataset.ready = '';
    } else if (data.type === 'seedbed:height' && Number.isFinite(data.height)) {
      const height = Math.min(Math.max(Math.ceil(data.height), MIN_HEIGHT), MAX_HEIGHT);
      entry.iframe.style.height = height + 'px';
      entry.iframe.dataset.sized = String(height);
    }
  });

  function start() {
    document.querySelectorAll('pre.seedbed').forEach(embed);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
