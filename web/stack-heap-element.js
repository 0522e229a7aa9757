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
// Events: `stack-heap-step` {step, line, narration, reason} (step 1-based) whenever the
// shown step changes; `stack-heap-run` {outcome, steps, final} after each run
// (final: the memory view at the default step, e.g. to grade a quiz).
// Parts: frame, controls, timeline, narration, predict, source, editor, diagram, table, output, footer.
// Steps animate (animate.js) unless the reader prefers reduced motion.
//
// Every element on a page shares one worker (shared-engine.js), started when
// the first element scrolls into view. Styles live in the shadow root as a
// constructable stylesheet, so a page with a strict CSP needs no exception.
// This file only defines the class; stack-heap-element-define.js registers it.
import { Stepper, defaultStep, stdoutAt, SPEEDS } from './controller.js';
import { renderView, tableRows } from './render.js';
import { newKey, runOn, viewOn, closeOn } from './shared-engine.js';
import { encodeState, VIEWS } from './share.js';
import { Timeline } from './timeline.js';
import { Predictor } from './predict-ui.js';
import { animateStep } from './animate.js';
import { followPageTheme, refreshPageTheme } from './page-theme.js';
import elementCss from './element.css';
import extrasCss from './extras.css';

const cssText = elementCss + '\n' + extrasCss;

/* global STACK_HEAP_SITE */
const PLAYGROUND_BESIDE_SCRIPT = typeof STACK_HEAP_SITE === 'undefined' || STACK_HEAP_SITE;

const ATTRS = ['step', 'view', 'theme', 'height', 'editable', 'autoplay', 'predict', 'stdin', 'timeline', 'nocontrols', 'playground'];
const ICONS = {
  first: 'M2 3h2v10H2zM9 3v10L4 8zM15 3v10l-5-5z',
  prev: 'M3 3h2v10H3zM13 3v10L6 8z',
  play: 'M5 3v10l7-5z',
  pause: 'M4 3h3v10H4zM9 3h3v10H9z',
  next: 'M11 3h2v10h-2zM3 3v10l7-5z',
  last: 'M12 3h2v10h-2zM1 3v10l5-5zM7 3v10l5-5z',
};
const LABELS = { first: 'First step', prev: 'Step back', play: 'Play', next: 'Step forward', last: 'Last step' };

let sheet = null;
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
  }
  return sheet;
}

// One IntersectionObserver for every element: start the engine on first sight.
let observer = null;
function watch(el) {
  if (typeof IntersectionObserver === 'undefined') return el._appear();
  if (!observer) {
    observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        observer.unobserve(e.target);
        e.target._appear();
      }
    }, { rootMargin: '200px' });
  }
  observer.observe(el);
}

// Text content as a program: drop the first line break and the common indent,
// so markup can indent the code with the page.
export function dedent(text) {
  const lines = String(text).replace(/^[ \t]*\r?\n/, '').replace(/\s+$/, '').split(/\r?\n/);
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join('\n') + '\n';
}

// A focused button that becomes disabled (Step forward at the last step)
// drops focus to the page, and the keyboard with it: the slider, which steps
// with the same keys, takes the focus first.
export function setDisabled(button, disabled, fallback) {
  if (disabled && button.getRootNode().activeElement === button) fallback.focus();
  button.disabled = disabled;
}

const bytesLabel = (n) => (n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`);

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
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}

export class StackHeapElement extends HTMLElement {
  static get observedAttributes() { return ATTRS; }

  constructor() {
    super();
    this._sessionKey = newKey();  // names this element's session in the shared worker
    this._source = null;     // set through the property; else the text content
    this._ranSource = null;  // the source of the run on screen
    this._run = null;
    this._final = null;
    this._view = null;
    this._viewStep = -1;
    this._visible = false;
    this._pending = false;
    this._reflecting = false;
    this._abort = null;
    this._ticket = 0;
    this._viewTicket = 0;
    this._stepper = new Stepper({
      onChange: (step, reason) => this._stepChanged(step, reason),
      onPlay: (playing) => this._playChanged(playing),
    });
    this._stepper.setDelay(SPEEDS.normal);
    this._internals = this.attachInternals();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles()];
    this._build(root);
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

  get source() { return this._source ?? dedent(this.textContent); }
  set source(text) {
    this._source = String(text);
    this._invalidate();
  }

  // Read-only state for scripts: the run (without events), the view at the
  // default step, and the step shown (1-based).
  get run() { return this._run; }
  get finalView() { return this._final; }
  get currentStep() { return this._stepper.current + 1; }

  attributeChangedCallback(name, old, value) {
    if (old === value || this._reflecting) return;
    if (name === 'height') {
      const h = /^\d+(\.\d+)?$/.test(value || '') ? value + 'px' : value;
      if (h) this.style.setProperty('--sh-height', h);
      else this.style.removeProperty('--sh-height');
      return;
    }
    if (name === 'theme') {
      refreshPageTheme(this._internals, () => this.theme === 'auto');
      return;
    }
    if (name === 'playground') {
      if (this._run) this._updateOpenLink(this.source);
      return;
    }
    if (name === 'step' && this._run && this.step) {
      this._stepper.go(this.step - 1, 'attribute');
      return;
    }
    if (name === 'predict') {
      this._predictor.el.hidden = !this.predict;
      this._timeline.hideAhead(this.predict);
      if (!this.predict) this._predictor.cancel();
      return;
    }
    if (name === 'timeline' || name === 'nocontrols') {
      this._timeline.el.hidden = this.getAttribute('timeline') === 'off';
      this._controls.hidden = this.nocontrols;
      return;
    }
    this._invalidate();
  }

  connectedCallback() {
    this._abort = new AbortController();
    const signal = this._abort.signal;
    const on = (target, type, fn) => target.addEventListener(type, fn, { signal });
    const s = this._stepper;
    on(this._buttons.first, 'click', () => s.first());
    on(this._buttons.prev, 'click', () => s.prev());
    on(this._buttons.next, 'click', () => this._forward());
    on(this._buttons.last, 'click', () => s.last());
    on(this._buttons.play, 'click', () => s.toggle());
    on(this._slider, 'input', () => s.go(Number(this._slider.value) - 1, 'slider'));
    for (const [name, button] of Object.entries(this._viewButtons)) on(button, 'click', () => { this.view = name; });
    on(this._editor, 'input', () => {
      clearTimeout(this._editTimer);
      this._editTimer = setTimeout(() => { this.source = this._editor.value; }, 300);
    });
    on(this._frame, 'keydown', (event) => this._key(event));
    this._resize = new ResizeObserver(() => {
      cancelAnimationFrame(this._resizeFrame);
      this._resizeFrame = requestAnimationFrame(() => {
        this._drawMemory();
        this._timeline.draw();
      });
    });
    this._resize.observe(this._diagram);
    this._unfollowTheme = followPageTheme(this._internals, () => this.theme === 'auto');
    watch(this);
    this._invalidate();
  }

  disconnectedCallback() {
    this._abort?.abort();
    this._abort = null;
    this._resize?.disconnect();
    this._unfollowTheme?.();
    observer?.unobserve(this);
    clearTimeout(this._editTimer);
    this._stepper.pause();
    // The worker keeps the session while the element may come back (moved in
    // the DOM); it is freed once the element stays out for a moment.
    clearTimeout(this._closeTimer);
    this._closeTimer = setTimeout(() => {
      if (this.isConnected) return;
      closeOn(this._sessionKey);
      this._ranSource = null;
    }, 1000);
  }

  // ---------------------------------------------------------- DOM

  _build(root) {
    const b = (name) => el('button', { type: 'button', class: 'icon' + (name === 'play' ? ' play' : ''), 'aria-label': LABELS[name], title: LABELS[name] }, icon(ICONS[name]));
    this._buttons = { first: b('first'), prev: b('prev'), play: b('play'), next: b('next'), last: b('last') };
    this._slider = el('input', { type: 'range', class: 'slider', min: '1', max: '1', value: '1', 'aria-label': 'Step' });
    this._count = el('span', { class: 'count' }, '–');
    this._viewButtons = {};
    const views = el('div', { class: 'views', role: 'group', 'aria-label': 'View' });
    for (const [name, label] of [['simple', 'Simple'], ['bytes', 'Bytes'], ['table', 'Table']]) {
      this._viewButtons[name] = el('button', { type: 'button', 'aria-pressed': 'false' }, label);
      views.append(this._viewButtons[name]);
    }
    const controls = el('div', { class: 'controls', part: 'controls', role: 'group', 'aria-label': 'Step through the program' },
      el('div', { class: 'buttons' }, ...Object.values(this._buttons)), this._slider, this._count, views);
    this._controls = controls;
    this._timeline = new Timeline(document, { onJump: (step) => this._stepper.go(step, 'timeline') });
    this._narration = el('p', { class: 'narration', part: 'narration', 'aria-live': 'polite' });
    this._predictor = new Predictor(document, {
      getRun: () => this._run,
      getStep: () => this._stepper.current,
      getView: (step) => (step === this._viewStep && this._view ? Promise.resolve(this._view) : viewOn(this._sessionKey, step).then((r) => r.view)),
      go: (step) => this._stepper.go(step, 'predict'),
    });
    this._editor = el('textarea', { class: 'editor', part: 'editor', spellcheck: 'false', 'aria-label': 'Rust program', hidden: '' });
    this._sourceView = el('pre', { class: 'source', part: 'source', 'aria-label': 'The program' });
    this._problems = el('div', { class: 'problems' });
    this._diagram = el('div', { class: 'diagram', part: 'diagram' });
    this._table = el('table', {}, el('caption', { class: 'sr-only' }, 'Memory at this step'));
    const head = el('tr');
    for (const h of ['Region', 'Name', 'Type', 'Address', 'Size', 'Value', 'State']) head.append(el('th', { scope: 'col' }, h));
    this._table.append(el('thead', {}, head), el('tbody'));
    this._tableWrap = el('div', { class: 'table-wrap sr-only', part: 'table' }, this._table);
    this._status = el('p', { class: 'status', role: 'status' }, 'The memory diagram appears when this scrolls into view.');
    this._output = el('pre', { class: 'output', part: 'output', hidden: '' });
    this._counters = {};
    const dl = el('dl', { class: 'counters' });
    for (const [k, label] of [['allocs', 'allocations'], ['frees', 'frees'], ['live', 'live heap']]) {
      this._counters[k] = el('dd', {}, '0');
      dl.append(el('div', {}, el('dt', {}, label), this._counters[k]));
    }
    this._open = el('a', { class: 'open', target: '_blank', rel: 'noopener', href: '#' }, 'Open in the playground ↗');
    const footer = el('div', { class: 'footer', part: 'footer' }, dl, this._open);
    const body = el('div', { class: 'body' }, this._status, this._problems, this._diagram, this._tableWrap);
    this._frame = el('div', { class: 'frame', part: 'frame' }, controls, this._timeline.el, this._narration, this._predictor.el, this._editor, this._sourceView, body, this._output, footer);
    root.append(this._frame);
  }

  // ---------------------------------------------------------- one batched render

  _invalidate() {
    if (this._pending) return;
    this._pending = true;
    queueMicrotask(() => {
      this._pending = false;
      if (this.isConnected) this._render();
    });
  }

  _appear() {
    this._visible = true;
    this._invalidate();
  }

  _render() {
    this._predictor.el.hidden = !this.predict;
    if (this._timeline.ahead !== this.predict) this._timeline.hideAhead(this.predict);
    this._timeline.el.hidden = this.getAttribute('timeline') === 'off';
    this._controls.hidden = this.nocontrols;
    const view = this.view;
    for (const [name, button] of Object.entries(this._viewButtons)) button.setAttribute('aria-pressed', String(name === view));
    this._tableWrap.classList.toggle('sr-only', view !== 'table');
    this._diagram.hidden = view === 'table';
    const editable = this.editable;
    this._editor.hidden = !editable;
    this._sourceView.hidden = editable;
    const source = this.source;
    if (editable && this._editor.value !== source && document.activeElement !== this) {
      this._editor.value = source;
      this._editor.rows = Math.min(24, source.replace(/\n$/, '').split('\n').length + 1);
    }
    if (!editable) this._showSource(source);
    if (this._visible && source + '\u0000' + this.stdin !== this._ranSource) this._runNow(source);
    else this._drawMemory();
  }

  _showSource(source) {
    if (this._shownSource === source) return;
    this._shownSource = source;
    const lines = source.replace(/\n$/, '').split('\n');
    this._lines = lines.map((line) => el('span', { class: 'ln' }, line + '\n'));
    this._sourceView.replaceChildren(...this._lines);
    this._markLine();
  }

  _markLine() {
    const info = this._run && this._run.steps[this._stepper.current];
    for (const [i, span] of (this._lines || []).entries()) span.classList.toggle('current', Boolean(info) && info.line === i + 1);
  }

  async _runNow(source) {
    this._ranSource = source + '\u0000' + this.stdin;
    const ticket = ++this._ticket;
    const keep = this._run && this._stepper.current >= 0 && this.editable ? this._stepper.current : null;
    const wanted = this.step ? this.step - 1 : keep;
    if (!this._run) this._status.textContent = 'Loading the engine…';
    let reply;
    try {
      reply = await runOn(this._sessionKey, source, wanted, this.stdin);
    } catch (err) {
      if (ticket !== this._ticket) return;
      this._status.hidden = false;
      this._status.textContent = 'The engine could not run this: ' + String(err.message || err);
      this._ranSource = null;
      return;
    }
    if (ticket !== this._ticket) return;
    this._run = reply.run;
    this._final = reply.final;
    this._view = reply.view;
    this._viewStep = reply.step;
    this._status.hidden = true;
    this._showProblems(reply.run);
    const n = reply.run.steps.length;
    this._slider.max = String(Math.max(1, n));
    this._slider.disabled = n === 0;
    this._lastSvg = null;
    this._predictor.cancel();
    this._timeline.set(reply.run.timeline);
    this._stepper.load(n, reply.step);
    this.dispatchEvent(new CustomEvent('stack-heap-run', {
      bubbles: true, composed: true,
      detail: { outcome: reply.run.outcome, steps: n, final: reply.final, stdout: reply.run.stdout, ms: reply.ms },
    }));
    this._updateOpenLink(source);
    if (this.autoplay && !this._autoplayed && n > 1) {
      this._autoplayed = true;
      this._stepper.first();
      this._stepper.play();
    }
  }

  // The playground "Open in the playground" goes to: the `playground`
  // attribute, else the one that served this script (the site's dist/ sits
  // beside its index.html). The npm package has no playground beside it
  // (scripts/pack builds it with STACK_HEAP_SITE false), so there the link
  // shows only when the attribute names one.
  _playgroundUrl() {
    const named = this.getAttribute('playground');
    if (named) return URL.canParse(named, document.baseURI) ? new URL(named, document.baseURI) : null;
    return PLAYGROUND_BESIDE_SCRIPT ? new URL('../index.html', import.meta.url) : null;
  }

  async _updateOpenLink(source) {
    const base = this._playgroundUrl();
    this._open.hidden = !base;
    if (!base) return;
    base.hash = await encodeState({ source, step: this.currentStep, view: this.view });
    this._open.href = base.href;
  }

  _showProblems(run) {
    this._problems.replaceChildren(...run.diagnostics.map((d) => el('pre', { class: 'problem' }, d.rendered || d.message)));
  }

  _stepChanged(step, reason) {
    const run = this._run;
    const n = run ? run.steps.length : 0;
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
    this._timeline.setCurrent(step);
    if (reason !== 'predict' && reason !== 'load') this._predictor.cancel();
    setDisabled(this._buttons.play, n < 2, this._slider);
    const info = n ? run.steps[step] : null;
    this._narration.replaceChildren();
    if (info) {
      // `code` in the narration becomes <code> elements; the text stays text.
      const parts = String(info.narration).split('`').map((t, i) => (i % 2 ? el('code', {}, t) : t));
      this._narration.append(el('span', { class: 'line' }, `line ${info.line}`), ...parts);
    }
    else if (run && run.outcome === 'compile_error') this._narration.append('This program does not compile yet.');
    this._markLine();
    this._showOutput(run, step);
    this.dispatchEvent(new CustomEvent('stack-heap-step', {
      bubbles: true, composed: true,
      detail: { step: step + 1, line: info ? info.line : null, narration: info ? info.narration : '', reason },
    }));
    if (n && this._viewStep !== step) this._fetchView(step);
    else this._drawMemory();
  }

  async _fetchView(step) {
    const ticket = ++this._viewTicket;
    try {
      const reply = await viewOn(this._sessionKey, step);
      if (ticket !== this._viewTicket) return;
      this._view = reply.view;
      this._viewStep = step;
      this._drawMemory();
    } catch { /* a newer run replaced the session's trace */ }
  }

  _playChanged(playing) {
    const b = this._buttons.play;
    b.setAttribute('aria-label', playing ? 'Pause' : 'Play');
    b.title = playing ? 'Pause' : 'Play';
    b.replaceChildren(icon(playing ? ICONS.pause : ICONS.play));
  }

  _showOutput(run, step) {
    const out = this._output;
    // While an edit does not compile, the last output that did stays, dimmed.
    const stale = run && run.outcome === 'compile_error' && this._lastGood;
    out.classList.toggle('stale', Boolean(stale));
    if (stale) {
      out.textContent = this._lastGood.output;
      out.hidden = !this._lastGood.output;
      return;
    }
    if (!run || run.outcome === 'compile_error') {
      out.hidden = true;
      return;
    }
    const atEnd = step >= run.steps.length - 1;
    const failed = (run.outcome === 'panicked' || run.outcome === 'budget_exhausted') && atEnd;
    const text = failed ? run.stderr.trim() : stdoutAt(run.stdout, run.steps, step);
    out.classList.toggle('err', failed);
    out.textContent = text;
    out.hidden = !text;
  }

  _drawMemory() {
    const view = this._view;
    const tbody = this._table.tBodies[0];
    if (!this._run) return;
    if (!view || this._viewStep !== this._stepper.current) {
      if (!view) {
        const broken = this._run.outcome === 'compile_error';
        this._diagram.classList.toggle('stale', Boolean(broken && this._lastGood));
        if (broken && this._lastGood) {
          // Half-typed lines keep the last diagram that compiled, dimmed and labelled.
          this._diagram.replaceChildren(el('p', { class: 'stale-label' }, 'The last version that compiled, while this one does not:'), this._lastGood.svg);
        } else {
          this._diagram.replaceChildren(el('p', { class: 'empty' }, broken ? 'Fix the error above to see the memory.' : 'Nothing to show.'));
        }
        tbody.replaceChildren();
      }
      return;
    }
    this._diagram.classList.remove('stale');
    if (this.view !== 'table') {
      const width = Math.max(300, this._diagram.clientWidth - 16);
      const { svg } = renderView(view, { width, bytes: this.view === 'bytes', narrowWidth: 600 });
      const old = this._lastSvg;
      const animate = old && old.run === this._run && old.step !== this._viewStep && old.bytes === this.view;
      this._diagram.replaceChildren(svg);
      this._lastSvg = { svg, run: this._run, step: this._viewStep, bytes: this.view };
      this._lastGood = { svg, output: this._output.hidden ? '' : this._output.textContent };
      const count = animate ? animateStep(old.svg, svg) : 0;
      this._diagram.dataset.animations = String(count);
    }
    tbody.replaceChildren(...tableRows(view).map((row) =>
      el('tr', {}, ...['region', 'name', 'type', 'addr', 'size', 'value', 'state'].map((k) => el('td', {}, String(row[k]))))));
    const c = view.counters || {};
    this._counters.allocs.textContent = String(c.allocations ?? 0);
    this._counters.frees.textContent = String(c.frees ?? 0);
    this._counters.live.textContent = bytesLabel(c.liveBytes ?? 0);
  }

  // Step forward; in predict mode, ask about the step first.
  async _forward() {
    if (this.predict && (await this._predictor.forward())) return;
    this._stepper.next();
  }

  // Keys pressed inside the element are the element's: the page never sees
  // them, so a host's shortcuts (mdBook turns the page on bare ←/→) neither
  // fire while a reader steps nor while one types in the editor. Under
  // `nocontrols` the host that steps this element (<stack-heap-compare>)
  // takes the keys, so they pass through to it.
  _key(event) {
    if (this.nocontrols) return;
    event.stopPropagation();
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const path = event.composedPath();
    if (path.some((n) => n.tagName === 'TEXTAREA' || n.tagName === 'INPUT')) return;
    const s = this._stepper;
    const actions = { ArrowLeft: () => s.prev(), ArrowRight: () => this._forward(), Home: () => s.first(), End: () => s.last() };
    if (!actions[event.key]) return;
    event.preventDefault();
    actions[event.key]();
  }
}

export { defaultStep };
