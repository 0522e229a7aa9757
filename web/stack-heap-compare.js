// <stack-heap-compare>: two programs side by side, stepped in lockstep, with
// a table of how their runs differ (allocations, frees, peak heap bytes,
// moves, copies, ... from each trace's events: trace-stats.js).
//
//   <stack-heap-compare step="4">
//     <pre label="Vec::new() + push">let mut v = Vec::new(); ...</pre>
//     <pre label="Vec::with_capacity">let mut v = Vec::with_capacity(3); ...</pre>
//   </stack-heap-compare>
//
// The first two child elements are the programs (their text, dedented; any
// element works, <pre> reads well without the script), `label` names each
// side. Or set the `sources` property: [{source, label, stdin}, {…}].
// Attributes: step (the shared step, 1-based), view, theme, height, editable,
// stdin (both sides). One set of step controls drives both diagrams: the
// shared step is an index, and each side shows min(step, its last step).
// Clicking either side's timeline jumps both. Event: `stack-heap-compare-run`
// {summaries: [a, b], rows} once both sides have run.
// Each side is a <stack-heap nocontrols> in this element's shadow root, so
// both share the page's one engine worker.
import { Stepper, defaultStep, SPEEDS } from './controller.js';
import { compareSummary, differenceSentences } from './trace-stats.js';
import { dedent, setDisabled } from './stack-heap-element.js';
import { followPageTheme, refreshPageTheme } from './page-theme.js';
import elementCss from './element.css';
import extrasCss from './extras.css';

const ATTRS = ['step', 'view', 'theme', 'height', 'editable', 'stdin'];
const ICONS = {
  first: 'M2 3h2v10H2zM9 3v10L4 8zM15 3v10l-5-5z', prev: 'M3 3h2v10H3zM13 3v10L6 8z', play: 'M5 3v10l7-5z',
  pause: 'M4 3h3v10H4zM9 3h3v10H9z', next: 'M11 3h2v10h-2zM3 3v10l7-5z', last: 'M12 3h2v10h-2zM1 3v10l5-5zM7 3v10l5-5z',
};
const LABELS = { first: 'First step (both)', prev: 'Step back (both)', play: 'Play', next: 'Step forward (both)', last: 'Last step (both)' };

const COMPARE_CSS = `
.sides { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0; }
.side { min-width: 0; display: flex; flex-direction: column; }
.side + .side { border-left: 1px solid var(--line); }
.side-head { display: flex; align-items: center; gap: 8px; padding: 8px 12px; border-bottom: 1px solid var(--line); background: var(--panel); }
.side-tag { font: 700 11px var(--sh-sans); width: 20px; height: 20px; border-radius: 50%; display: inline-grid; place-items: center; color: #fff; background: var(--accent); flex: none; }
.side + .side .side-tag { background: var(--heap); }
.side-label { font-weight: 600; font-size: 13.5px; flex: 1; min-width: 0; border: 1px solid transparent; background: transparent; padding: 2px 6px; border-radius: 6px; font-family: var(--sh-mono); }
input.side-label:hover, input.side-label:focus { border-color: var(--line-strong); background: var(--panel); }
.side-step { font-size: 12px; color: var(--muted); font-variant-numeric: tabular-nums; white-space: nowrap; }
.side-step[data-done="true"]::after { content: " · finished"; }
.side stack-heap { margin: 0; flex: 1; }
.side stack-heap::part(frame) { border: 0; border-radius: 0; box-shadow: none; }
@media (max-width: 760px) { .sides { grid-template-columns: 1fr; } .side + .side { border-left: 0; border-top: 1px solid var(--line); } }
`;

let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(elementCss + '\n' + extrasCss + '\n' + COMPARE_CSS);
  }
  return sheet;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function icon(d) {
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('class', 'ico');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}

export class StackHeapCompare extends HTMLElement {
  static get observedAttributes() { return ATTRS; }

  constructor() {
    super();
    this._sources = null;
    this._runs = [null, null];
    this._stepper = new Stepper({
      onChange: (step, reason) => this._stepChanged(step, reason),
      onPlay: (playing) => {
        const b = this._buttons.play;
        b.setAttribute('aria-label', playing ? 'Pause' : 'Play');
        b.replaceChildren(icon(playing ? ICONS.pause : ICONS.play));
      },
    });
    this._stepper.setDelay(SPEEDS.normal);
    this._internals = this.attachInternals();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles()];
    this._build(root);
  }

  _themeIsAuto() {
    const t = this.getAttribute('theme');
    return t !== 'light' && t !== 'dark';
  }

  get step() { const n = parseInt(this.getAttribute('step'), 10); return Number.isInteger(n) && n > 0 ? n : null; }
  set step(v) { if (v === null || v === undefined) this.removeAttribute('step'); else this.setAttribute('step', String(v)); }
  get editable() { return this.hasAttribute('editable'); }
  set editable(v) { this.toggleAttribute('editable', Boolean(v)); }

  // [{source, label, stdin}, {source, label, stdin}]: what each side runs now
  // (edits included).
  get sources() {
    return this._sides.map((s, i) => ({
      source: s.el.source,
      label: s.labelValue(),
      stdin: (this._sourcesFromDom()[i] || {}).stdin || this.getAttribute('stdin') || '',
    }));
  }
  set sources(list) {
    this._sources = (list || []).slice(0, 2).map((s) => ({ source: String(s.source || ''), label: String(s.label || ''), stdin: String(s.stdin || '') }));
    this._load();
  }
  get runs() { return this._runs; }
  get currentStep() { return this._stepper.current + 1; }
  get stepCount() { return this._stepper.count; }
  get summaryRows() { return this._rows || null; }

  _sourcesFromDom() {
    if (this._sources) return this._sources;
    return [...this.children].slice(0, 2).map((c) => ({
      source: dedent(c.textContent),
      label: c.getAttribute('label') || c.getAttribute('data-label') || '',
      stdin: c.getAttribute('stdin') || '',
    }));
  }

  _build(root) {
    const b = (name) => el('button', { type: 'button', class: 'icon' + (name === 'play' ? ' play' : ''), 'aria-label': LABELS[name], title: LABELS[name] }, icon(ICONS[name]));
    this._buttons = { first: b('first'), prev: b('prev'), play: b('play'), next: b('next'), last: b('last') };
    this._slider = el('input', { type: 'range', class: 'slider', min: '1', max: '1', value: '1', 'aria-label': 'Step (both programs)' });
    this._count = el('span', { class: 'count' }, '–');
    const controls = el('div', { class: 'controls', part: 'controls', role: 'group', 'aria-label': 'Step through both programs' },
      el('div', { class: 'buttons' }, ...Object.values(this._buttons)), this._slider, this._count);
    this._sides = [0, 1].map((i) => {
      const tag = el('span', { class: 'side-tag', 'aria-hidden': 'true' }, i ? 'B' : 'A');
      const labelText = el('span', { class: 'side-label' });
      const labelInput = el('input', { class: 'side-label', type: 'text', 'aria-label': `Name of program ${i ? 'B' : 'A'}`, spellcheck: 'false', hidden: '' });
      const stepText = el('span', { class: 'side-step' });
      const sh = el('stack-heap', { nocontrols: '', part: `side-${i ? 'b' : 'a'}` });
      const box = el('section', { class: 'side', part: 'side', 'aria-label': `Program ${i ? 'B' : 'A'}` },
        el('div', { class: 'side-head' }, tag, labelText, labelInput, stepText), sh);
      const side = {
        box, el: sh, labelText, labelInput, stepText,
        labelValue: () => (this.editable ? labelInput.value : labelText.textContent),
      };
      sh.addEventListener('stack-heap-run', () => this._sideRan(i));
      sh.addEventListener('stack-heap-step', (e) => {
        // A jump on a side's own timeline moves both sides.
        if (e.detail.reason === 'timeline') this._stepper.go(e.detail.step - 1, 'side');
      });
      return side;
    });
    this._summary = el('section', { class: 'compare-summary', part: 'summary', 'aria-label': 'How the two runs differ' });
    this._frame = el('div', { class: 'frame compare', part: 'frame' }, controls,
      el('div', { class: 'sides' }, ...this._sides.map((s) => s.box)), this._summary);
    root.append(this._frame);
  }

  connectedCallback() {
    this._abort = new AbortController();
    const on = (t, type, fn) => t.addEventListener(type, fn, { signal: this._abort.signal });
    const s = this._stepper;
    on(this._buttons.first, 'click', () => s.first());
    on(this._buttons.prev, 'click', () => s.prev());
    on(this._buttons.next, 'click', () => s.next());
    on(this._buttons.last, 'click', () => s.last());
    on(this._buttons.play, 'click', () => s.toggle());
    on(this._slider, 'input', () => s.go(Number(this._slider.value) - 1, 'slider'));
    // As in <stack-heap>: keys pressed in here never reach the page.
    on(this._frame, 'keydown', (event) => {
      event.stopPropagation();
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.composedPath().some((n) => n.tagName === 'TEXTAREA' || n.tagName === 'INPUT')) return;
      const actions = { ArrowLeft: () => s.prev(), ArrowRight: () => s.next(), Home: () => s.first(), End: () => s.last() };
      if (!actions[event.key]) return;
      event.preventDefault();
      actions[event.key]();
    });
    for (const side of this._sides) {
      on(side.labelInput, 'input', () => this.dispatchEvent(new CustomEvent('stack-heap-compare-edit', { bubbles: true, composed: true })));
      on(side.el, 'input', () => this.dispatchEvent(new CustomEvent('stack-heap-compare-edit', { bubbles: true, composed: true })));
    }
    this._unfollowTheme = followPageTheme(this._internals, () => this._themeIsAuto());
    if (!this._loaded) queueMicrotask(() => this._load());
  }

  disconnectedCallback() {
    this._abort?.abort();
    this._unfollowTheme?.();
    this._stepper.pause();
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'step') {
      if (this._reflecting) return;
      if (this.step && this._stepper.count) this._stepper.go(this.step - 1, 'attribute');
      return;
    }
    if (name === 'theme') refreshPageTheme(this._internals, () => this._themeIsAuto());
    for (const side of this._sides) {
      if (name === 'editable') side.el.editable = this.editable;
      else if (name === 'stdin') continue;
      else if (value === null) side.el.removeAttribute(name);
      else side.el.setAttribute(name, value);
    }
    if (name === 'editable') this._showLabels();
  }

  _showLabels() {
    for (const side of this._sides) {
      side.labelInput.hidden = !this.editable;
      side.labelText.hidden = this.editable;
    }
  }

  _load() {
    this._loaded = true;
    const list = this._sourcesFromDom();
    this._runs = [null, null];
    this._sides.forEach((side, i) => {
      const src = list[i] || { source: '', label: '' };
      const label = src.label || `Program ${i ? 'B' : 'A'}`;
      side.labelText.textContent = label;
      side.labelInput.value = label;
      for (const a of ['view', 'theme', 'height']) if (this.hasAttribute(a)) side.el.setAttribute(a, this.getAttribute(a));
      side.el.editable = this.editable;
      side.el.stdin = src.stdin || this.getAttribute('stdin') || '';
      side.el.source = src.source;
    });
    this._showLabels();
  }

  _sideRan(i) {
    this._runs[i] = this._sides[i].el.run;
    if (!this._runs[0] || !this._runs[1]) return;
    const counts = this._runs.map((r) => r.steps.length);
    const n = Math.max(...counts);
    this._slider.max = String(Math.max(1, n));
    this._slider.disabled = n === 0;
    let want;
    if (this._stepper.count && this._stepper.current >= 0) want = this._stepper.current;
    else if (this.step) want = this.step - 1;
    else want = Math.max(...this._runs.map((r) => defaultStep(r.steps, r.outcome)));
    this._stepper.load(n, want);
    this._showSummary();
  }

  _stepChanged(step, reason) {
    const n = this._stepper.count;
    if (reason !== 'load' && step >= 0) {
      this._reflecting = true;
      this.setAttribute('step', String(step + 1));
      this._reflecting = false;
    }
    this._count.textContent = n ? `step ${step + 1} of ${n}` : 'no steps';
    this._slider.value = String(step + 1);
    this._slider.setAttribute('aria-valuetext', this._count.textContent);
    for (const name of ['first', 'prev']) setDisabled(this._buttons[name], step <= 0, this._slider);
    for (const name of ['next', 'last']) setDisabled(this._buttons[name], step >= n - 1, this._slider);
    setDisabled(this._buttons.play, n < 2, this._slider);
    this._sides.forEach((side, i) => {
      const run = this._runs[i];
      const m = run ? run.steps.length : 0;
      if (!m) { side.stepText.textContent = ''; return; }
      const own = Math.min(step, m - 1);
      side.el.step = own + 1;
      side.stepText.textContent = `step ${own + 1} of ${m}`;
      side.stepText.dataset.done = String(step >= m - 1);
    });
    this.dispatchEvent(new CustomEvent('stack-heap-compare-step', { bubbles: true, composed: true, detail: { step: step + 1, reason } }));
  }

  _showSummary() {
    const [a, b] = this._runs.map((r) => r.summary);
    const names = this._sides.map((s, i) => s.labelValue() || (i ? 'B' : 'A'));
    const rows = compareSummary(a, b);
    this._rows = rows;
    const lower = new Set(['allocations', 'reallocs', 'movedCells', 'frees', 'peakBytes', 'bytesAllocated', 'moves', 'copies', 'leaks']);
    const table = el('table');
    const head = el('tr', {}, el('th', { scope: 'col' }, 'over the whole run'), el('th', { scope: 'col' }, 'A · ' + names[0]), el('th', { scope: 'col' }, 'B · ' + names[1]));
    table.append(el('thead', {}, head));
    const body = el('tbody');
    for (const r of rows) {
      if (r.key === 'drops' || (r.key === 'leaks' && !r.a && !r.b) || (r.key === 'copies' && !r.a && !r.b) || (r.key === 'movedCells' && !r.a && !r.b)) continue;
      const fmt = (v) => (r.key === 'peakBytes' || r.key === 'bytesAllocated' ? `${v} B` : String(v));
      const better = (x, y) => String(!r.same && lower.has(r.key) && x < y);
      body.append(el('tr', { 'data-key': r.key, 'data-same': String(r.same) },
        el('td', {}, r.label), el('td', { 'data-better': better(r.a, r.b) }, fmt(r.a)), el('td', { 'data-better': better(r.b, r.a) }, fmt(r.b))));
    }
    table.append(body);
    const diffs = el('ul', { class: 'diffs' }, ...differenceSentences(rows, names.map((n, i) => `${i ? 'B' : 'A'} (${n})`)).map((t) => el('li', {}, t)));
    this._summary.replaceChildren(el('h3', {}, 'Differences'), table, diffs);
    this.dispatchEvent(new CustomEvent('stack-heap-compare-run', { bubbles: true, composed: true, detail: { summaries: [a, b], rows } }));
  }
}
