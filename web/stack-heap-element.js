// <stack-heap>: a memory diagram with step controls for any page.
//
//   <script type="module" src=".../dist/stack-heap-element.js"></script>
//   <stack-heap step="3" view="bytes">let port = 53u16;</stack-heap>
//
// The program is the element's text content (or the `source` property) and is
// only ever shown as text. Attributes, each mirrored by a property:
//   step      1-based step to show (default: the end of main, before its drops)
//   view      simple | bytes | table
//   theme     auto | light | dark (auto: the page's theme when it names one,
//             e.g. mdBook's, else the system's: page-theme.js)
//   height    max height of the diagram area (CSS length, or a number of px)
//   editable  a textarea to edit the program (re-runs as you type)
//   autoplay  play through the steps once the diagram appears
//   predict   predict mode: stepping forward first asks what the next step
//             will do (a multiple-choice question graded from the trace)
//   stdin     what the program reads from standard input (read_line)
//   timeline  "off" hides the strip of steps and the heap sparkline
//   nocontrols  no step controls (a host such as <stack-heap-compare> steps it)
//   playground  the playground "Open in the playground" opens (its index.html);
//             default: the one beside this script, when the site served it
// Events (Event subclasses below; `detail` holds the same fields):
//   stack-heap-step {step, line, narration, reason}, step 1-based, when the
//     shown step's diagram is drawn;
//   stack-heap-run {outcome, steps, final, stdout, ms} after each run (final:
//     the memory view at the default step, e.g. to grade a quiz).
// Parts: frame, controls, timeline, narration, predict, source, editor, diagram, table, output, footer.
// Steps animate (animate.js) unless the reader prefers reduced motion.
//
// Every element on a page shares one worker (shared-engine.js), started when
// the first element scrolls into view (or as the page loads, when its first
// element is on screen then); the stepping itself is step-view.js.
// Styles live in the shadow root as a constructable stylesheet, so a page
// with a strict CSP needs no exception. This file defines the class;
// `StackHeapElement.define(tag)` registers it (stack-heap-element-define.js
// does so for <stack-heap>).
import { StepView, buildControls, el, stepKey } from './step-view.js';
import { newKey, lazyEngine, sharedEngine as startEngine } from './shared-engine.js';
import { encodeState, VIEWS } from './share.js';
import { followPageTheme, refreshPageTheme } from './page-theme.js';
import elementCss from './element.css';
import diagramCss from './diagram.css';
import extrasCss from './extras.css';

/* global STACK_HEAP_SITE */
const PLAYGROUND_BESIDE_SCRIPT = typeof STACK_HEAP_SITE === 'undefined' || STACK_HEAP_SITE;

const ATTRS = ['step', 'view', 'theme', 'height', 'editable', 'autoplay', 'predict', 'stdin', 'timeline', 'nocontrols', 'playground'];
// An edit runs once the learner pauses this long (ms): a newer edit
// supersedes a run still in flight, so this need not wait out slow runs.
export const EDIT_PAUSE_MS = 60;

// Registers cls under tag: the class itself the first time, a subclass for
// each further name (a class takes only one); the class under tag if any.
const registered = new WeakSet();
export function defineAs(cls, tag) {
  const existing = customElements.get(tag);
  if (existing) return existing;
  const named = registered.has(cls) ? class extends cls {} : cls;
  registered.add(named);
  customElements.define(tag, named);
  return named;
}

let sheet = null;
export function elementStyles(extra = '') {
  if (!extra && sheet) return sheet;
  const s = new CSSStyleSheet();
  s.replaceSync(diagramCss + '\n' + elementCss + '\n' + extrasCss + '\n' + extra);
  if (!extra) sheet = s;
  return s;
}

// One IntersectionObserver for every element: start the engine on first sight.
let observer = null;
let firstWatched = false;
const appear = new WeakMap();  // element -> its "now visible" callback
function watch(node, onAppear) {
  if (typeof IntersectionObserver === 'undefined') return onAppear();
  // The observer's first answer waits for the page's first frame. When the
  // first element the page connects is on screen already, the worker and its
  // download start now instead and are under way by then (the element still
  // runs once the observer says so). Only the first: measuring forces a layout.
  if (!firstWatched) {
    firstWatched = true;
    if (nearViewport(node)) startEngine();
  }
  appear.set(node, onAppear);
  if (!observer) {
    observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        observer.unobserve(e.target);
        appear.get(e.target)?.();
      }
    }, { rootMargin: '200px' });
  }
  observer.observe(node);
  return undefined;
}

// Within the observer's margin of the viewport, and displayed.
function nearViewport(node) {
  const r = node.getBoundingClientRect();
  return (r.width > 0 || r.height > 0) && r.bottom >= -200 && r.top <= window.innerHeight + 200 &&
    r.right >= -200 && r.left <= window.innerWidth + 200;
}

// Text content as a program: drop the first line break and the common indent,
// so markup can indent the code with the page.
export function dedent(text) {
  const lines = String(text).replace(/^[ \t]*\r?\n/, '').replace(/\s+$/, '').split(/\r?\n/);
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n') + '\n';
}

export class StackHeapStepEvent extends Event {
  constructor({ step, line, narration, reason }) {
    super('stack-heap-step', { bubbles: true, composed: true });
    Object.assign(this, { step, line, narration, reason });
  }
  get detail() { return { step: this.step, line: this.line, narration: this.narration, reason: this.reason }; }
}

export class StackHeapRunEvent extends Event {
  constructor({ outcome, steps, final, stdout, ms }) {
    super('stack-heap-run', { bubbles: true, composed: true });
    Object.assign(this, { outcome, steps, final, stdout, ms });
  }
  get detail() { return { outcome: this.outcome, steps: this.steps, final: this.final, stdout: this.stdout, ms: this.ms }; }
}

export class StackHeapElement extends HTMLElement {
  static get observedAttributes() { return ATTRS; }

  // Registers the element under `tag` (defineAs); returns the class registered.
  static define(tag = 'stack-heap') { return defineAs(this, tag); }

  #key = newKey();     // this element's session in the shared worker
  #source = null;      // set through the property; else the text content
  #ranSource = null;   // the source and stdin of the run on screen
  #final = null;
  #visible = false;
  #pending = false;
  #reflecting = false;
  #abort = null;
  #editTimer = 0;
  #closeTimer = 0;
  #resize = null;
  #resizeFrame = 0;
  #autoplayed = false;
  #shownSource = null;
  #lines = [];
  #nodes;
  #view;
  #internals = this.attachInternals();
  #unfollowTheme = null;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [elementStyles()];
    this.#nodes = this.#build(root);
    const n = this.#nodes;
    this.#view = new StepView({
      engine: lazyEngine, key: this.#key, narrowWidth: 600,
      parts: { buttons: n.controls.buttons, slider: n.controls.slider, count: n.controls.count, narration: n.narration, output: n.output,
        diagram: n.diagram, tbody: n.table.tBodies[0], counters: n.counters, timelineHost: n.timelineHost, predictHost: n.predictHost },
      bytes: () => this.view === 'bytes',
      drawDiagram: () => this.view !== 'table',
      predicting: () => this.predict,
      onStep: (step, reason) => this.#stepChanged(step, reason),
      onView: (step, view, reason) => this.dispatchEvent(new StackHeapStepEvent({ step: step + 1, line: view.line, narration: view.narration, reason })),
      onError: () => {},
    });
  }

  // ---------------------------------------------------------- attributes

  get step() { const n = parseInt(this.getAttribute('step'), 10); return Number.isInteger(n) && n > 0 ? n : null; }
  set step(v) { if (v === null || v === undefined) this.removeAttribute('step'); else this.setAttribute('step', String(v)); }
  get view() { const v = this.getAttribute('view'); return VIEWS.includes(v) ? v : 'simple'; }
  set view(v) { this.setAttribute('view', String(v)); }
  get theme() { const t = this.getAttribute('theme'); return t === 'light' || t === 'dark' ? t : 'auto'; }
  set theme(v) { this.setAttribute('theme', String(v)); }
  get height() { return this.getAttribute('height') || ''; }
  set height(v) { if (v) this.setAttribute('height', String(v)); else this.removeAttribute('height'); }
  get editable() { return this.hasAttribute('editable'); }
  set editable(v) { this.toggleAttribute('editable', Boolean(v)); }
  get autoplay() { return this.hasAttribute('autoplay'); }
  set autoplay(v) { this.toggleAttribute('autoplay', Boolean(v)); }
  get predict() { return this.hasAttribute('predict'); }
  set predict(v) { this.toggleAttribute('predict', Boolean(v)); }
  get stdin() { return this.getAttribute('stdin') || ''; }
  set stdin(v) { if (v) this.setAttribute('stdin', String(v)); else this.removeAttribute('stdin'); }
  get nocontrols() { return this.hasAttribute('nocontrols'); }
  set nocontrols(v) { this.toggleAttribute('nocontrols', Boolean(v)); }

  get source() { return this.#source ?? dedent(this.textContent); }
  set source(text) {
    this.#source = String(text);
    this.#invalidate();
  }

  // Read-only state for scripts: the run's summary (worker.js), the view at
  // the default step, the step shown (1-based) and the step count.
  get run() { return this.#view.summary; }
  get finalView() { return this.#final; }
  get currentStep() { return this.#view.current + 1; }
  get stepCount() { return this.#view.summary ? this.#view.summary.count : 0; }
  // The view of any step (1-based), from the worker: for hosts that draw more.
  viewOf(step) { return this.#view.viewAt(step - 1); }

  attributeChangedCallback(name, old, value) {
    if (old === value || this.#reflecting) return;
    if (name === 'height') {
      const h = /^\d+(\.\d+)?$/.test(value || '') ? value + 'px' : value;
      if (h) this.style.setProperty('--sh-height', h);
      else this.style.removeProperty('--sh-height');
      return;
    }
    if (name === 'theme') {
      refreshPageTheme(this.#internals, () => this.theme === 'auto');
      return;
    }
    if (name === 'playground') {
      if (this.#view.summary) this.#updateOpenLink(this.source);
      return;
    }
    if (name === 'step' && this.#view.summary && this.step) {
      this.#view.go(this.step - 1, 'attribute');
      return;
    }
    if (name === 'predict') {
      this.#view.predictor.el.hidden = !this.predict;
      this.#view.timeline.hideAhead(this.predict);
      if (!this.predict) this.#view.predictor.cancel();
      return;
    }
    if (name === 'timeline' || name === 'nocontrols') {
      this.#view.timeline.el.hidden = this.getAttribute('timeline') === 'off';
      this.#nodes.controls.el.hidden = this.nocontrols;
      return;
    }
    this.#invalidate();
  }

  connectedCallback() {
    clearTimeout(this.#closeTimer);
    this.#abort = new AbortController();
    const signal = this.#abort.signal;
    const on = (target, type, fn) => target.addEventListener(type, fn, { signal });
    const n = this.#nodes;
    this.#view.connect(signal);
    for (const [name, button] of Object.entries(n.viewButtons)) on(button, 'click', () => { this.view = name; });
    on(n.editor, 'input', () => {
      clearTimeout(this.#editTimer);
      this.#editTimer = setTimeout(() => { this.source = n.editor.value; }, EDIT_PAUSE_MS);
    });
    // Keys pressed inside the element are the element's: the page never sees
    // them, so a host's shortcuts (mdBook turns the page on bare ←/→) neither
    // fire while a reader steps nor while one types in the editor. Under
    // `nocontrols` the host that steps this element (<stack-heap-compare>)
    // takes the keys, so they pass through to it.
    on(n.frame, 'keydown', (event) => {
      if (this.nocontrols) return;
      event.stopPropagation();
      stepKey(event, { ...this.#view.keyActions(), toggle: null });
    });
    this.#resize = new ResizeObserver(() => {
      cancelAnimationFrame(this.#resizeFrame);
      this.#resizeFrame = requestAnimationFrame(() => this.#view.resized());
    });
    this.#resize.observe(n.diagram);
    this.#unfollowTheme = followPageTheme(this.#internals, () => this.theme === 'auto');
    watch(this, () => {
      this.#visible = true;
      this.#invalidate();
    });
    this.#invalidate();
  }

  disconnectedCallback() {
    this.#abort?.abort();
    this.#abort = null;
    this.#resize?.disconnect();
    this.#unfollowTheme?.();
    observer?.unobserve(this);
    clearTimeout(this.#editTimer);
    this.#view.stepper.pause();
    // The worker keeps the session while the element may come back (moved in
    // the DOM); it is freed once the element stays out for a moment.
    clearTimeout(this.#closeTimer);
    this.#closeTimer = setTimeout(() => {
      if (this.isConnected) return;
      lazyEngine.release(this.#key);
      this.#ranSource = null;
    }, 1000);
  }

  // ---------------------------------------------------------- DOM

  #build(root) {
    const viewButtons = {};
    const views = el('div', { class: 'views', role: 'group', 'aria-label': 'View' });
    for (const [name, label] of [['simple', 'Simple'], ['bytes', 'Bytes'], ['table', 'Table']]) {
      viewButtons[name] = el('button', { type: 'button', 'aria-pressed': 'false' }, label);
      views.append(viewButtons[name]);
    }
    const controls = buildControls({ extra: [views] });
    const timelineHost = el('div', { class: 'timeline-host' });
    const predictHost = el('div', { class: 'predict-host' });
    const narration = el('p', { class: 'narration', part: 'narration', 'aria-live': 'polite' });
    const editor = el('textarea', { class: 'editor', part: 'editor', spellcheck: 'false', 'aria-label': 'Rust program', hidden: '' });
    const sourceView = el('pre', { class: 'source', part: 'source', 'aria-label': 'The program' });
    const problems = el('div', { class: 'problems' });
    const diagram = el('div', { class: 'diagram', part: 'diagram' });
    const table = el('table', {}, el('caption', { class: 'sr-only' }, 'Memory at this step'));
    const head = el('tr');
    for (const h of ['Region', 'Name', 'Type', 'Address', 'Size', 'Value', 'State']) head.append(el('th', { scope: 'col' }, h));
    table.append(el('thead', {}, head), el('tbody'));
    const tableWrap = el('div', { class: 'table-wrap sr-only', part: 'table' }, table);
    const status = el('p', { class: 'status', role: 'status' }, 'The memory diagram appears when this scrolls into view.');
    const output = el('pre', { class: 'output', part: 'output', hidden: '' });
    const counters = {};
    const dl = el('dl', { class: 'counters' });
    for (const [k, label] of [['allocations', 'allocations'], ['frees', 'frees'], ['liveBytes', 'live heap']]) {
      counters[k] = el('dd', {}, '0');
      dl.append(el('div', {}, el('dt', {}, label), counters[k]));
    }
    const open = el('a', { class: 'open', target: '_blank', rel: 'noopener', href: '#' }, 'Open in the playground ↗');
    const footer = el('div', { class: 'footer', part: 'footer' }, dl, open);
    const body = el('div', { class: 'body' }, status, problems, diagram, tableWrap);
    const frame = el('div', { class: 'frame', part: 'frame' }, controls.el, timelineHost, narration, predictHost, editor, sourceView, body, output, footer);
    root.append(frame);
    return { controls, viewButtons, timelineHost, predictHost, narration, editor, sourceView, problems, diagram, table, tableWrap, status, output, counters, open, frame };
  }

  // ---------------------------------------------------------- one batched render

  #invalidate() {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      if (this.isConnected) this.#render();
    });
  }

  #render() {
    const n = this.#nodes;
    this.#view.predictor.el.hidden = !this.predict;
    if (this.#view.timeline.ahead !== this.predict) this.#view.timeline.hideAhead(this.predict);
    this.#view.timeline.el.hidden = this.getAttribute('timeline') === 'off';
    n.controls.el.hidden = this.nocontrols;
    const view = this.view;
    for (const [name, button] of Object.entries(n.viewButtons)) button.setAttribute('aria-pressed', String(name === view));
    n.tableWrap.classList.toggle('sr-only', view !== 'table');
    n.diagram.hidden = view === 'table';
    const editable = this.editable;
    n.editor.hidden = !editable;
    n.sourceView.hidden = editable;
    const source = this.source;
    if (editable && n.editor.value !== source && document.activeElement !== this) {
      n.editor.value = source;
      n.editor.rows = Math.min(24, source.replace(/\n$/, '').split('\n').length + 1);
    }
    if (!editable) this.#showSource(source);
    if (this.#visible && source + '\u0000' + this.stdin !== this.#ranSource) this.#runNow(source);
    else this.#view.redraw();
  }

  #showSource(source) {
    if (this.#shownSource === source) return;
    this.#shownSource = source;
    const lines = source.replace(/\n$/, '').split('\n');
    this.#lines = lines.map((line) => el('span', { class: 'ln' }, line + '\n'));
    this.#nodes.sourceView.replaceChildren(...this.#lines);
    this.#markLine(this.#view.current);
  }

  #markLine(step) {
    const run = this.#view.summary;
    const line = run && step >= 0 && step < run.count ? run.timeline.lines[step] : 0;
    for (const [i, span] of this.#lines.entries()) span.classList.toggle('current', line === i + 1);
  }

  async #runNow(source) {
    const n = this.#nodes;
    this.#ranSource = source + '\u0000' + this.stdin;
    const had = this.#view.summary;
    const keep = had && this.#view.current >= 0 && this.editable ? this.#view.current : null;
    const wanted = this.step ? this.step - 1 : keep;
    if (!had) n.status.textContent = 'Loading the engine…';
    let reply;
    try {
      reply = await this.#view.run({ source, stdin: this.stdin, step: wanted, final: true });
    } catch (err) {
      n.status.hidden = false;
      n.status.textContent = 'The engine could not run this: ' + String(err.message || err);
      this.#ranSource = null;
      return;
    }
    if (!reply) return;
    this.#final = reply.final;
    n.status.hidden = true;
    const run = reply.run;
    n.problems.replaceChildren(...run.diagnostics.map((d) => el('pre', { class: 'problem' }, d.rendered || d.message)));
    if (run.outcome === 'compile_error') n.narration.replaceChildren('This program does not compile yet.');
    this.dispatchEvent(new StackHeapRunEvent({ outcome: run.outcome, steps: run.count, final: reply.final, stdout: run.stdout, ms: reply.ms }));
    this.#updateOpenLink(source);
    if (this.autoplay && !this.#autoplayed && run.count > 1) {
      this.#autoplayed = true;
      this.#view.stepper.first();
      this.#view.stepper.play();
    }
  }

  // The playground "Open in the playground" goes to: the `playground`
  // attribute, else the one that served this script (the site's dist/ sits
  // beside its index.html). The npm package has no playground beside it
  // (scripts/pack builds it with STACK_HEAP_SITE false), so there the link
  // shows only when the attribute names one.
  #playgroundUrl() {
    const named = this.getAttribute('playground');
    if (named) return URL.canParse(named, document.baseURI) ? new URL(named, document.baseURI) : null;
    return PLAYGROUND_BESIDE_SCRIPT ? new URL('../index.html', import.meta.url) : null;
  }

  async #updateOpenLink(source) {
    const base = this.#playgroundUrl();
    this.#nodes.open.hidden = !base;
    if (!base) return;
    base.hash = await encodeState({ source, step: this.currentStep, view: this.view });
    this.#nodes.open.href = base.href;
  }

  #stepChanged(step, reason) {
    if (reason !== 'load' && step >= 0) {
      this.#reflecting = true;
      this.setAttribute('step', String(step + 1));
      this.#reflecting = false;
    }
    this.#markLine(step);
  }
}
