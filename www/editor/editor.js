// The schema editor: CodeMirror 6 set up for Prisma's schema language.
//
// Bundled by `cargo xtask build` (esbuild, minified ESM) into the site as `editor.js`;
// `index.html` imports it and puts this module on `window.SeedbedEditor`, where the Yew
// schema pane (crates/web/src/editor.rs) finds it. Nothing here talks to the engine: the
// page sends each text to the worker and hands the diagnostics back with setDiagnostics.
//
//   const editor = createEditor(parent, { doc, onChange(text), onFormat(text), readOnly, label, phrases });
//   editor.setTexts(label, phrases)  // the accessible name and CodeMirror's phrases ({ Find: 'Buscar', … }),
//                                    // translated by the page (www/i18n/<code>/editor.json)
//   editor.setDoc(text)          // replace the text; never calls onChange
//   editor.setDiagnostics(list)  // [{ line, column, endLine, endColumn, severity|error, message, code }]
//                                // lines 0-based, columns in UTF-16 units (or { from, to } offsets)
//   editor.getDoc(); editor.focus(); editor.destroy();

import { Annotation, Compartment, EditorState, Transaction } from '@codemirror/state';
import {
  EditorView, crosshairCursor, drawSelection, dropCursor, highlightActiveLine,
  highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers, rectangularSelection,
} from '@codemirror/view';
import {
  HighlightStyle, StreamLanguage, bracketMatching, indentOnInput, indentUnit, syntaxHighlighting,
} from '@codemirror/language';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { autocompletion, completionKeymap } from '@codemirror/autocomplete';
import { lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { tags } from '@lezer/highlight';

// ---------------------------------------------------------------------------------------
// The language: a line-oriented tokenizer is enough for Prisma's schema language.

const BLOCK_KEYWORDS = ['model', 'enum', 'datasource', 'generator', 'type', 'view'];
const SCALAR_TYPES = ['String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes', 'Unsupported'];
const FIELD_ATTRIBUTES = [
  ['@id', 'primary key'], ['@unique', 'unique constraint'], ['@default', 'default value: @default(…)'],
  ['@relation', 'relation: @relation(fields: […], references: […])'], ['@map', 'column name: @map("…")'],
  ['@updatedAt', 'set to now on every update'], ['@ignore', 'leave out of the client'],
];
const BLOCK_ATTRIBUTES = [
  ['@@id', 'composite primary key: @@id([a, b])'], ['@@unique', 'composite unique: @@unique([a, b])'],
  ['@@index', 'index: @@index([a, b])'], ['@@map', 'table name: @@map("…")'], ['@@ignore', 'leave out of the client'],
];
const FUNCTIONS = ['autoincrement()', 'now()', 'uuid()', 'cuid()', 'nanoid()', 'dbgenerated("")', 'env("")'];
const BLOCK_KEYS = {
  datasource: ['provider', 'url', 'shadowDatabaseUrl', 'directUrl', 'relationMode'],
  generator: ['provider', 'output', 'previewFeatures', 'binaryTargets', 'engineType'],
};
const SCALARS = new Set(SCALAR_TYPES);
const KEYWORDS = new Set(BLOCK_KEYWORDS);

const prismaParser = {
  name: 'prisma',
  startState: () => ({ depth: 0, block: null, pending: null, word: 0 }),
  copyState: (s) => ({ ...s }),
  token(stream, state) {
    if (stream.sol()) state.word = 0;
    if (stream.eatSpace()) return null;
    if (stream.match('//')) {
      stream.skipToEnd();
      return 'comment';
    }
    const ch = stream.peek();
    if (ch === '"') {
      stream.next();
      let escaped = false;
      for (let c = stream.next(); c !== undefined; c = stream.next()) {
        if (c === '"' && !escaped) break;
        escaped = !escaped && c === '\\';
      }
      return 'string';
    }
    if (stream.match(/^@@?[A-Za-z_][\w.]*/)) return 'attr';
    if (stream.match(/^-?\d+(\.\d+)?/)) return 'number';
    if (stream.match(/^[A-Za-z_]\w*/)) {
      const word = stream.current();
      const index = state.word++;
      if (state.depth === 0) {
        if (KEYWORDS.has(word) && index === 0) {
          state.pending = word;
          return 'keyword';
        }
        return state.pending ? 'definition' : null;
      }
      if (word === 'true' || word === 'false') return 'bool';
      if (stream.peek() === '(') return 'fn';
      if (state.block === 'model' || state.block === 'type' || state.block === 'view') {
        if (index === 0) return 'field';
        if (index === 1) return SCALARS.has(word) ? 'scalar' : 'type';
        return null;
      }
      if (state.block === 'enum') return index === 0 ? 'field' : null;
      return index === 0 ? 'field' : null;
    }
    stream.next();
    if (ch === '{') {
      if (state.depth === 0) state.block = state.pending;
      state.pending = null;
      state.depth++;
      return 'brace';
    }
    if (ch === '}') {
      state.depth = Math.max(0, state.depth - 1);
      if (state.depth === 0) state.block = null;
      return 'brace';
    }
    if (ch === '(' || ch === ')') return 'paren';
    if (ch === '[' || ch === ']') return 'square';
    if (ch === '?' || ch === '=' || ch === ':') return 'operator';
    return 'punctuation';
  },
  tokenTable: {
    attr: tags.attributeName,
    definition: tags.definition(tags.typeName),
    field: tags.propertyName,
    scalar: tags.standard(tags.typeName),
    type: tags.typeName,
    fn: tags.function(tags.variableName),
    brace: tags.brace,
    paren: tags.paren,
    square: tags.squareBracket,
  },
  languageData: { commentTokens: { line: '//' }, closeBrackets: { brackets: ['(', '[', '{', '"'] } },
};

const prisma = StreamLanguage.define(prismaParser);

// Colours come from CSS custom properties (www/style.css), so the editor follows the
// page's light and dark themes, including `?theme=` in embeds.
const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: 'var(--syn-keyword)', fontWeight: '600' },
  { tag: tags.definition(tags.typeName), color: 'var(--syn-definition)', fontWeight: '600' },
  { tag: tags.standard(tags.typeName), color: 'var(--syn-scalar)' },
  { tag: tags.typeName, color: 'var(--syn-type)' },
  { tag: tags.attributeName, color: 'var(--syn-attribute)' },
  { tag: tags.propertyName, color: 'var(--fg)' },
  { tag: tags.string, color: 'var(--syn-string)' },
  { tag: [tags.number, tags.bool], color: 'var(--syn-number)' },
  { tag: tags.function(tags.variableName), color: 'var(--syn-function)' },
  { tag: tags.comment, color: 'var(--muted)', fontStyle: 'italic' },
  { tag: [tags.operator, tags.punctuation, tags.brace, tags.paren, tags.squareBracket], color: 'var(--muted)' },
]);

const theme = EditorView.theme({
  '&': { color: 'var(--fg)', backgroundColor: 'var(--code-bg)', fontSize: '13px', height: '100%' },
  '&.cm-focused': { outline: '2px solid var(--accent)', outlineOffset: '-1px' },
  '.cm-scroller': { fontFamily: 'var(--mono)', lineHeight: '1.5' },
  '.cm-content': { caretColor: 'var(--fg)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--fg)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
    { backgroundColor: 'var(--syn-selection)' },
  '.cm-activeLine': { backgroundColor: 'var(--syn-active-line)' },
  '.cm-gutters': { backgroundColor: 'var(--code-bg)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--syn-active-line)', color: 'var(--fg)' },
  '&.cm-focused .cm-matchingBracket': { backgroundColor: 'var(--syn-match)', outline: '1px solid var(--muted)' },
  '&.cm-focused .cm-nonmatchingBracket': { color: 'var(--error)' },
  '.cm-selectionMatch': { backgroundColor: 'var(--syn-match)' },
  '.cm-searchMatch': { backgroundColor: 'var(--syn-match)', outline: '1px solid var(--warn)' },
  '.cm-searchMatch.cm-searchMatch-selected': { backgroundColor: 'var(--syn-selection)' },
  '.cm-tooltip': { backgroundColor: 'var(--panel)', color: 'var(--fg)', border: '1px solid var(--border)', borderRadius: '4px' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: 'var(--accent)', color: 'var(--accent-fg)' },
  '.cm-completionDetail': { color: 'var(--muted)', fontStyle: 'normal', marginLeft: '1em' },
  '.cm-tooltip-lint': { fontFamily: 'var(--mono)', fontSize: '12px', maxWidth: '60ch', whiteSpace: 'pre-wrap' },
  // Underlines and gutter marks in plain CSS. CodeMirror's own are SVG data: URLs, and
  // Chromium builds an SVG document for each one shown: about 5 ms of style work every time
  // a diagnostic appears, on the keystroke-to-diagnostics path (tests/bench/ui.mjs).
  '.cm-lintRange': { backgroundImage: 'none', paddingBottom: '0', textDecorationLine: 'underline', textDecorationStyle: 'wavy', textDecorationSkipInk: 'none', textUnderlineOffset: '2px' },
  '.cm-lintRange-error': { backgroundImage: 'none', textDecorationColor: 'var(--error)' },
  '.cm-lintRange-warning': { backgroundImage: 'none', textDecorationColor: 'var(--warn)' },
  '.cm-lintRange-info, .cm-lintRange-hint': { backgroundImage: 'none', textDecorationColor: 'var(--muted)' },
  '.cm-lint-marker': { content: 'normal', boxSizing: 'border-box', width: '0.8em', height: '0.8em', margin: '0.1em', borderRadius: '50%' },
  '.cm-lint-marker-error': { content: 'normal', backgroundColor: 'var(--error)' },
  '.cm-lint-marker-warning': { content: 'normal', backgroundColor: 'var(--warn)', borderRadius: '0' },
  '.cm-lint-marker-info': { content: 'normal', backgroundColor: 'var(--muted)', borderRadius: '0' },
  '.cm-diagnostic-error': { borderLeftColor: 'var(--error)' },
  '.cm-diagnostic-warning': { borderLeftColor: 'var(--warn)' },
  '.cm-panels': { backgroundColor: 'var(--panel)', color: 'var(--fg)' },
  '.cm-panels.cm-panels-top': { borderBottom: '1px solid var(--border)' },
  '.cm-panels.cm-panels-bottom': { borderTop: '1px solid var(--border)' },
  '.cm-panel input, .cm-panel button, .cm-textfield': {
    color: 'var(--fg)', backgroundColor: 'var(--code-bg)', border: '1px solid var(--border)', backgroundImage: 'none',
  },
});

// ---------------------------------------------------------------------------------------
// Completion: keywords at the top level; in a model the types (scalars and the names
// declared in the text) after a field name, attributes after `@` or `@@`.

const option = (label, type, detail) => ({ label, type, detail });

/** Which top-level block `pos` is in (`model`, `enum`, …) or null, and the names declared. */
function scan(text, pos) {
  const names = { model: [], enum: [], type: [], view: [] };
  const declared = /^[ \t]*(model|enum|type|view)[ \t]+([A-Za-z_]\w*)/gm;
  for (let m = declared.exec(text); m; m = declared.exec(text)) names[m[1]].push(m[2]);
  let depth = 0;
  let block = null;
  let pending = null;
  const before = text.slice(0, pos);
  const lexer = /\/\/[^\n]*|"(?:[^"\\\n]|\\.)*"?|[{}]|[A-Za-z_]\w*|\n/g;
  let firstOnLine = true;
  for (let m = lexer.exec(before); m; m = lexer.exec(before)) {
    const t = m[0];
    if (t === '\n') {
      firstOnLine = true;
      continue;
    }
    if (t === '{') {
      if (depth === 0) block = pending;
      depth++;
    } else if (t === '}') {
      depth = Math.max(0, depth - 1);
      if (depth === 0) block = null;
    } else if (depth === 0 && firstOnLine && KEYWORDS.has(t)) {
      pending = t;
    }
    if (t[0] !== '/') firstOnLine = false;
  }
  return { depth, block, names };
}

function completePrisma(context) {
  const { state, pos } = context;
  const line = state.doc.lineAt(pos);
  const lineBefore = line.text.slice(0, pos - line.from);
  if (/\/\//.test(lineBefore.replace(/"(?:[^"\\]|\\.)*"/g, ''))) return null;
  const { depth, block, names } = scan(state.doc.toString(), pos);

  const attribute = context.matchBefore(/@@?[\w.]*$/);
  if (attribute && depth > 0) {
    const list = attribute.text.startsWith('@@')
      ? BLOCK_ATTRIBUTES.map(([l, d]) => option(l, 'keyword', d))
      : FIELD_ATTRIBUTES.map(([l, d]) => option(l, 'keyword', d));
    return { from: attribute.from, options: list, validFor: /^@@?\w*$/ };
  }
  const word = context.matchBefore(/\w*$/);
  if (!word || (word.from === word.to && !context.explicit && !/\s$/.test(lineBefore))) return null;
  if (depth === 0) {
    if (!/^\s*\w*$/.test(lineBefore)) return null;
    return { from: word.from, options: BLOCK_KEYWORDS.map((k) => option(k, 'keyword')), validFor: /^\w*$/ };
  }
  if (/@default\([^)]*$/.test(lineBefore)) {
    return { from: word.from, options: FUNCTIONS.map((f) => option(f, 'function')), validFor: /^\w*$/ };
  }
  if (block === 'model' || block === 'type' || block === 'view') {
    // The second word on the line: the field's type.
    if (/^\s*[A-Za-z_]\w*\s+\w*$/.test(lineBefore)) {
      const options = [
        ...SCALAR_TYPES.map((t) => option(t, 'type', 'scalar')),
        ...names.model.map((n) => option(n, 'class', 'model')),
        ...names.view.map((n) => option(n, 'class', 'view')),
        ...names.enum.map((n) => option(n, 'enum', 'enum')),
        ...names.type.map((n) => option(n, 'class', 'composite type')),
      ];
      return { from: word.from, options, validFor: /^\w*$/ };
    }
    return null;
  }
  if ((block === 'datasource' || block === 'generator') && /^\s*\w*$/.test(lineBefore)) {
    return { from: word.from, options: BLOCK_KEYS[block].map((k) => option(k, 'property')), validFor: /^\w*$/ };
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// The editor.

/** Marks transactions made by setDoc, which must not be reported back as edits. */
const external = Annotation.define();

function clamp(n, lo, hi) {
  return Math.min(Math.max(n, lo), hi);
}

/** A line (0-based) and UTF-16 column as a document offset; CodeMirror counts UTF-16 too. */
function offsetOf(doc, line, column) {
  const l = Number.isFinite(line) ? clamp(Math.floor(line), 0, doc.lines - 1) : 0;
  const info = doc.line(l + 1);
  const c = Number.isFinite(column) ? Math.max(0, Math.floor(column)) : 0;
  return Math.min(info.from + c, info.to);
}

function toDiagnostic(doc, d) {
  let from;
  let to;
  if (Number.isFinite(d.from)) {
    from = clamp(d.from, 0, doc.length);
    to = clamp(Number.isFinite(d.to) ? d.to : from, from, doc.length);
  } else {
    from = offsetOf(doc, d.line, d.column);
    to = Math.max(from, offsetOf(doc, d.endLine ?? d.line, d.endColumn ?? d.column));
  }
  const severity = d.severity ?? (d.error === false ? 'warning' : 'error');
  return {
    from, to, severity, message: String(d.message ?? ''), source: d.code ? String(d.code) : undefined,
  };
}

export function createEditor(parent, options = {}) {
  const onChange = typeof options.onChange === 'function' ? options.onChange : () => {};
  const onFormat = typeof options.onFormat === 'function' ? options.onFormat : () => {};
  const readOnly = new Compartment();
  // The interface's language: the content's accessible name and CodeMirror's own phrases.
  const texts = new Compartment();
  const textsOf = (label, phrases) => [
    EditorView.contentAttributes.of({ 'aria-label': String(label ?? 'Prisma schema') }),
    EditorState.phrases.of(phrases && typeof phrases === 'object' ? phrases : {}),
  ];
  const state = EditorState.create({
    doc: String(options.doc ?? ''),
    extensions: [
      lineNumbers(),
      highlightActiveLineGutter(),
      highlightSpecialChars(),
      history(),
      drawSelection(),
      dropCursor(),
      EditorState.allowMultipleSelections.of(true),
      indentOnInput(),
      indentUnit.of('  '),
      EditorState.tabSize.of(2),
      prisma,
      syntaxHighlighting(highlight),
      bracketMatching(),
      rectangularSelection(),
      crosshairCursor(),
      highlightActiveLine(),
      highlightSelectionMatches(),
      search({ top: true }),
      autocompletion({ override: [completePrisma], icons: false }),
      lintGutter(),
      keymap.of([
        { key: 'Shift-Alt-f', run: (view) => { onFormat(view.state.doc.toString()); return true; } },
        ...completionKeymap,
        ...searchKeymap,
        ...historyKeymap,
        ...lintKeymap,
        ...defaultKeymap,
        indentWithTab,
      ]),
      readOnly.of(EditorState.readOnly.of(Boolean(options.readOnly))),
      texts.of(textsOf(options.label, options.phrases)),
      theme,
    ],
  });
  // An edit is reported before the view updates its DOM, not after (an update listener):
  // the analysis request reaches the worker a few milliseconds sooner, so its answer is
  // usually back before the browser paints the keystroke (tests/bench/ui.mjs).
  const dispatchTransactions = (transactions, editorView) => {
    const edited = transactions.some((t) => t.docChanged && !t.annotation(external));
    if (edited) {
      try {
        onChange(transactions[transactions.length - 1].state.doc.toString());
      } catch (err) {
        console.error('schema editor: onChange failed', err);
      }
    }
    editorView.update(transactions);
  };
  const view = new EditorView({ state, parent, dispatchTransactions });

  return {
    view,
    getDoc: () => view.state.doc.toString(),
    /** Replaces the text with the smallest change (the cursor stays put), without onChange.
     *  It is undoable, except the first text put into an empty editor. */
    setDoc(text) {
      const next = String(text ?? '');
      const current = view.state.doc.toString();
      if (next === current) return;
      let start = 0;
      const max = Math.min(next.length, current.length);
      while (start < max && next.charCodeAt(start) === current.charCodeAt(start)) start++;
      let endCur = current.length;
      let endNext = next.length;
      while (endCur > start && endNext > start && next.charCodeAt(endNext - 1) === current.charCodeAt(endCur - 1)) {
        endCur--;
        endNext--;
      }
      // Keep UTF-16 surrogate pairs whole.
      if (start > 0 && start < current.length && /[\udc00-\udfff]/.test(current[start])) start--;
      const annotations = [external.of(true)];
      if (current.length === 0) annotations.push(Transaction.addToHistory.of(false));
      view.dispatch({ changes: { from: start, to: endCur, insert: next.slice(start, endNext) }, annotations });
    },
    setDiagnostics(list) {
      const doc = view.state.doc;
      const diagnostics = Array.isArray(list) ? list.map((d) => toDiagnostic(doc, d ?? {})) : [];
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    setReadOnly(flag) {
      view.dispatch({ effects: readOnly.reconfigure(EditorState.readOnly.of(Boolean(flag))) });
    },
    setTexts(label, phrases) {
      view.dispatch({ effects: texts.reconfigure(textsOf(label, phrases)) });
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
