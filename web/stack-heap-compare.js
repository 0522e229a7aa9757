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
// both share the page's one engine worker; the controls are step-view.js's.
import { Stepper, SPEEDS } from './controller.js';
import { compareSummary, differenceSentences } from './trace-stats.js';
import { StackHeapElement, dedent, elementStyles, defineAs } from './stack-heap-element.js';
import { buildControls, controlsFor, showPosition, showPlaying, stepKey, el } from './step-view.js';
import { followPageTheme, refreshPageTheme } from './page-theme.js';

const ATTRS = ['step', 'view', 'theme', 'height', 'editable', 'stdin'];

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
const styles = () => (sheet ??= elementStyles(COMPARE_CSS));

// The tag the sides are made with: <stack-heap>, defined on first use
// unless the host defined the element under that name itself.
const SIDE_TAG = 'stack-heap';

export class CompareRunEvent extends Event {
  constructor({ summaries, rows }) {
    super('stack-heap-compare-run', { bubbles: true, composed: true });
    Object.assign(this, { summaries, rows });
  }
  get detail() { return { summaries: this.summaries, rows: this.rows }; }
}

export class CompareStepEvent extends Event {
  constructor({ step, reason }) {
    super('stack-heap-compare-step', { bubbles: true, composed: true });
    Object.assign(this, { step, reason });
  }
  get detail() { return { step: this.step, reason: this.reason }; }
}

export class StackHeapCompare extends HTMLElement {
  static get observedAttributes() { return ATTRS; }

  // Registers the element under `tag` (defineAs), and <stack-heap> for its
  // sides if nobody has.
  static define(tag = 'stack-heap-compare') {
    StackHeapElement.define(SIDE_TAG);
    return defineAs(this, tag);
  }

  #sources = null;
  #runs = [null, null];
  #rows = null;
  #loaded = false;
  #reflecting = false;
  #abort = null;
  #stepper;
  #controls;
  #sides;
  #summary;
  #frame;
  #internals = this.attachInternals();
  #unfollowTheme = null;

  constructor() {
    super();
    this.#stepper = new Stepper({
      onChange: (step, reason) => this.#stepChanged(step, reason),
      onPlay: (playing) => showPlaying(this.#controls.buttons.play, playing),
    });
    this.#stepper.setDelay(SPEEDS.normal);
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles()];
    this.#build(root);
  }

  #themeIsAuto() {
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
    return this.#sides.map((s, i) => ({
      source: s.el.source,
      label: s.labelValue(),
      stdin: (this.#sourcesFromDom()[i] || {}).stdin || this.getAttribute('stdin') || '',
    }));
  }
  set sources(list) {
    this.#sources = (list || []).slice(0, 2).map((s) => ({ source: String(s.source || ''), label: String(s.label || ''), stdin: String(s.stdin || '') }));
    this.#load();
  }
  // Each side's run summary (worker.js), once both have run.
  get runs() { return this.#runs; }
  get currentStep() { return this.#stepper.current + 1; }
  get stepCount() { return this.#stepper.count; }
  get summaryRows() { return this.#rows; }

  #sourcesFromDom() {
    if (this.#sources) return this.#sources;
    return [...this.children].slice(0, 2).map((c) => ({
      source: dedent(c.textContent),
      label: c.getAttribute('label') || c.getAttribute('data-label') || '',
      stdin: c.getAttribute('stdin') || '',
    }));
  }

  #build(root) {
    this.#controls = buildControls({ suffix: ' (both)', label: 'Step through both programs' });
    this.#sides = [0, 1].map((i) => {
      const tag = el('span', { class: 'side-tag', 'aria-hidden': 'true' }, i ? 'B' : 'A');
      const labelText = el('span', { class: 'side-label' });
      const labelInput = el('input', { class: 'side-label', type: 'text', 'aria-label': `Name of program ${i ? 'B' : 'A'}`, spellcheck: 'false', hidden: '' });
      const stepText = el('span', { class: 'side-step' });
      const sh = el(SIDE_TAG, { nocontrols: '', part: `side-${i ? 'b' : 'a'}` });
      const box = el('section', { class: 'side', part: 'side', 'aria-label': `Program ${i ? 'B' : 'A'}` },
        el('div', { class: 'side-head' }, tag, labelText, labelInput, stepText), sh);
      const side = {
        box, el: sh, labelText, labelInput, stepText,
        labelValue: () => (this.editable ? labelInput.value : labelText.textContent),
      };
      sh.addEventListener('stack-heap-run', () => this.#sideRan(i));
      sh.addEventListener('stack-heap-step', (e) => {
        // A jump on a side's own timeline moves both sides.
        if (e.reason === 'timeline') this.#stepper.go(e.step - 1, 'side');
      });
      return side;
    });
    this.#summary = el('section', { class: 'compare-summary', part: 'summary', 'aria-label': 'How the two runs differ' });
    this.#frame = el('div', { class: 'frame compare', part: 'frame' }, this.#controls.el,
      el('div', { class: 'sides' }, ...this.#sides.map((s) => s.box)), this.#summary);
    root.append(this.#frame);
  }

  connectedCallback() {
    this.#abort = new AbortController();
    const signal = this.#abort.signal;
    const on = (t, type, fn) => t.addEventListener(type, fn, { signal });
    const s = this.#stepper;
    controlsFor(s, this.#controls, { signal });
    // As in <stack-heap>: keys pressed in here never reach the page.
    on(this.#frame, 'keydown', (event) => {
      event.stopPropagation();
      stepKey(event, { prev: () => s.prev(), forward: () => s.next(), first: () => s.first(), last: () => s.last() });
    });
    const edited = () => this.dispatchEvent(new Event('stack-heap-compare-edit', { bubbles: true, composed: true }));
    for (const side of this.#sides) {
      on(side.labelInput, 'input', edited);
      on(side.el, 'input', edited);
    }
    this.#unfollowTheme = followPageTheme(this.#internals, () => this.#themeIsAuto());
    if (!this.#loaded) queueMicrotask(() => this.#load());
  }

  disconnectedCallback() {
    this.#abort?.abort();
    this.#unfollowTheme?.();
    this.#stepper.pause();
  }

  attributeChangedCallback(name, old, value) {
    if (old === value) return;
    if (name === 'step') {
      if (this.#reflecting) return;
      if (this.step && this.#stepper.count) this.#stepper.go(this.step - 1, 'attribute');
      return;
    }
    if (name === 'theme') refreshPageTheme(this.#internals, () => this.#themeIsAuto());
    for (const side of this.#sides) {
      if (name === 'editable') side.el.editable = this.editable;
      else if (name === 'stdin') continue;
      else if (value === null) side.el.removeAttribute(name);
      else side.el.setAttribute(name, value);
    }
    if (name === 'editable') this.#showLabels();
  }

  #showLabels() {
    for (const side of this.#sides) {
      side.labelInput.hidden = !this.editable;
      side.labelText.hidden = this.editable;
    }
  }

  #load() {
    this.#loaded = true;
    const list = this.#sourcesFromDom();
    this.#runs = [null, null];
    this.#sides.forEach((side, i) => {
      const src = list[i] || { source: '', label: '' };
      const label = src.label || `Program ${i ? 'B' : 'A'}`;
      side.labelText.textContent = label;
      side.labelInput.value = label;
      for (const a of ['view', 'theme', 'height']) if (this.hasAttribute(a)) side.el.setAttribute(a, this.getAttribute(a));
      side.el.editable = this.editable;
      side.el.stdin = src.stdin || this.getAttribute('stdin') || '';
      side.el.source = src.source;
    });
    this.#showLabels();
  }

  #sideRan(i) {
    this.#runs[i] = this.#sides[i].el.run;
    if (!this.#runs[0] || !this.#runs[1]) return;
    const n = Math.max(...this.#runs.map((r) => r.count));
    let want;
    if (this.#stepper.count && this.#stepper.current >= 0) want = this.#stepper.current;
    else if (this.step) want = this.step - 1;
    else want = Math.max(...this.#runs.map((r) => r.defaultStep));
    this.#stepper.load(n, want);
    this.#showSummary();
  }

  #stepChanged(step, reason) {
    const n = this.#stepper.count;
    if (reason !== 'load' && step >= 0) {
      this.#reflecting = true;
      this.setAttribute('step', String(step + 1));
      this.#reflecting = false;
    }
    showPosition(this.#controls, step, n);
    this.#sides.forEach((side, i) => {
      const run = this.#runs[i];
      const m = run ? run.count : 0;
      if (!m) { side.stepText.textContent = ''; return; }
      const own = Math.min(step, m - 1);
      side.el.step = own + 1;
      side.stepText.textContent = `step ${own + 1} of ${m}`;
      side.stepText.dataset.done = String(step >= m - 1);
    });
    this.dispatchEvent(new CompareStepEvent({ step: step + 1, reason }));
  }

  #showSummary() {
    const [a, b] = this.#runs.map((r) => r.totals);
    const names = this.#sides.map((s, i) => s.labelValue() || (i ? 'B' : 'A'));
    const rows = compareSummary(a, b);
    this.#rows = rows;
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
    this.#summary.replaceChildren(el('h3', {}, 'Differences'), table, diffs);
    this.dispatchEvent(new CompareRunEvent({ summaries: [a, b], rows }));
  }
}
