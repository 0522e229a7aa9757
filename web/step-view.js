// The stepping UI, written once: the playground, <stack-heap> and
// <stack-heap-compare> each hand it their nodes and it owns what happens in
// them: the step controls and the keys, the narration, the output up to the
// step, fetching each step's view from the worker, the diagram, the table,
// the counters, the timeline and predict mode.
//
//   const sv = new StepView({ engine, key, parts, ...options });
//   await sv.run({source, stdin, step, final})  -> the run's reply, or null when a newer run replaced it
//   sv.go(step, reason), sv.forward(), sv.redraw(), sv.key(event), sv.viewAt(step)
//
// parts (any may be missing): buttons {first, prev, play, next, last}, slider,
// count, narration, output (one box for stdout and the failure message) or
// stdout + stderr, diagram, tbody, counters {allocations, frees, liveBytes,
// peakBytes}, timelineHost, predictHost.
// The run on screen is its summary (worker.js): a step is an index, and what
// the step did arrives with its view. Views are fetched one at a time per
// run: while one is on its way, only the newest step asked for is kept, so a
// slider drag asks for what the learner is looking at, not for every step
// it crossed. The last few views are kept for stepping back and forth.
import { Stepper, SPEEDS, stdoutUpTo } from './controller.js';
import { renderView, tableRows } from './render.js';
import { Timeline } from './timeline.js';
import { Predictor } from './predict-ui.js';
import { animateStep } from './animate.js';

// The default step budget of a run in the page; past it the trace up to the
// budget is kept. The trace stays in the worker (about 30 bytes a step), so a
// learner's loop to 100,000 or a deep recursion runs to its end.
export const STEP_BUDGET = 1_000_000;
const KEPT_VIEWS = 16;

export const ICONS = {
  first: 'M2 3h2v10H2zM9 3v10L4 8zM15 3v10l-5-5z',
  prev: 'M3 3h2v10H3zM13 3v10L6 8z',
  play: 'M5 3v10l7-5z',
  pause: 'M4 3h3v10H4zM9 3h3v10H9z',
  next: 'M11 3h2v10h-2zM3 3v10l7-5z',
  last: 'M12 3h2v10h-2zM1 3v10l5-5zM7 3v10l5-5z',
};
const LABELS = { first: 'First step', prev: 'Step back', play: 'Play', next: 'Step forward', last: 'Last step' };

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

export function icon(d) {
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

// The step controls as elements: {el, buttons, slider, count}; `suffix`
// goes after each button's label (" (both)" in the compare view).
export function buildControls({ suffix = '', label = 'Step through the program', extra = [] } = {}) {
  const b = (name) => el('button', { type: 'button', class: 'icon' + (name === 'play' ? ' play' : ''), 'aria-label': LABELS[name] + (name === 'play' ? '' : suffix), title: LABELS[name] + (name === 'play' ? '' : suffix) }, icon(ICONS[name]));
  const buttons = { first: b('first'), prev: b('prev'), play: b('play'), next: b('next'), last: b('last') };
  const slider = el('input', { type: 'range', class: 'slider', min: '1', max: '1', value: '1', 'aria-label': 'Step' + suffix });
  const count = el('span', { class: 'count' }, '–');
  const controls = el('div', { class: 'controls', part: 'controls', role: 'group', 'aria-label': label },
    el('div', { class: 'buttons' }, ...Object.values(buttons)), slider, count, ...extra);
  return { el: controls, buttons, slider, count };
}

// A focused button that becomes disabled (Step forward at the last step)
// drops focus to the page, and the keyboard with it: the slider, which steps
// with the same keys, takes the focus first.
export function setDisabled(button, disabled, fallback) {
  if (disabled && fallback && button.getRootNode().activeElement === button) fallback.focus();
  button.disabled = disabled;
}

// Narration text with `code` spans as <code> elements (text only, never markup).
export function narrationNodes(text) {
  return String(text).split('`').map((t, i) => (i % 2 ? el('code', {}, t) : document.createTextNode(t)));
}

export const bytesLabel = (n) => (n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`);

// Wires the controls a host already has (buttons, slider, play) to a Stepper
// and keeps them in step with it; the compare view uses this alone.
export function controlsFor(stepper, parts, { forward = () => stepper.next(), signal } = {}) {
  const on = (t, type, fn) => t && t.addEventListener(type, fn, { signal });
  const b = parts.buttons || {};
  on(b.first, 'click', () => stepper.first());
  on(b.prev, 'click', () => stepper.prev());
  on(b.next, 'click', () => forward());
  on(b.last, 'click', () => stepper.last());
  on(b.play, 'click', () => stepper.toggle());
  on(parts.slider, 'input', () => stepper.go(Number(parts.slider.value) - 1, 'slider'));
}

export function showPosition(parts, step, n) {
  const text = n ? `step ${step + 1} of ${n}` : 'no steps';
  if (parts.count) parts.count.textContent = text;
  if (parts.slider) {
    parts.slider.max = String(Math.max(1, n));
    parts.slider.disabled = n === 0;
    parts.slider.value = String(step + 1);
    parts.slider.setAttribute('aria-valuetext', text);
  }
  const b = parts.buttons || {};
  for (const name of ['first', 'prev']) if (b[name]) setDisabled(b[name], step <= 0, parts.slider);
  for (const name of ['next', 'last']) if (b[name]) setDisabled(b[name], step >= n - 1, parts.slider);
  if (b.play) setDisabled(b.play, n < 2, parts.slider);
}

export function showPlaying(button, playing) {
  if (!button) return;
  button.setAttribute('aria-label', playing ? 'Pause' : 'Play');
  button.title = playing ? 'Pause' : 'Play';
  if (button.hasAttribute('aria-pressed')) button.setAttribute('aria-pressed', String(playing));
  button.replaceChildren(icon(playing ? ICONS.pause : ICONS.play));
}

// The step keys, for a keydown anywhere the host listens: -> true when handled.
export function stepKey(event, { prev, forward, first, last, toggle }) {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
  const path = event.composedPath ? event.composedPath() : [event.target];
  if (path.some((n) => n.tagName === 'TEXTAREA' || n.tagName === 'SELECT' || (n.classList && n.classList.contains('cm-editor')))) return false;
  // On the slider, the browser's own arrow keys move it (and fire `input`).
  if (path.some((n) => n.tagName === 'INPUT')) return false;
  const onButton = path.some((n) => n.tagName === 'BUTTON' || n.tagName === 'A');
  const actions = { ArrowLeft: prev, ArrowRight: forward, Home: first, End: last };
  if (toggle && !onButton) actions[' '] = toggle;
  const action = actions[event.key];
  if (!action) return false;
  event.preventDefault();
  action();
  return true;
}

export class StepView {
  #engine;
  #key;
  #parts;
  #opts;
  #run = null;      // the run's summary on screen
  #runId = 0;
  #views = new Map();  // step -> view, the last KEPT_VIEWS asked for
  #view = null;     // the view drawn
  #viewStep = -1;
  #wanted = -1;     // the step whose view is wanted
  #reason = 'load';
  #fetching = false;
  #lastSvg = null;
  #lastGood = null;  // the last diagram drawn and its output: {svg, output}
  #printed = '';
  #drawnWidth = 0;
  #hostWidth = 0;
  #ticket = 0;

  constructor({ engine, key, parts, budget = STEP_BUDGET, minWidth = 300, margin = 16, narrowWidth,
    bytes = () => false, drawDiagram = () => true, predicting = () => false,
    emptyText = (run) => (run && run.outcome === 'compile_error' ? 'Fix the error above to see the memory.' : 'Nothing to show.'),
    staleLabel = 'The last version that compiled, while this one does not:',
    narrate = (node, view) => node.replaceChildren(el('span', { class: 'line' }, `line ${view.line}`), ...narrationNodes(view.narration)),
    onStep = () => {}, onView = () => {}, onRun = () => {}, onError = () => {} }) {
    this.#engine = engine;
    this.#key = key;
    this.#parts = parts;
    this.#opts = { budget, minWidth, margin, narrowWidth, bytes, drawDiagram, predicting, emptyText, staleLabel, narrate, onStep, onView, onRun, onError };
    this.stepper = new Stepper({
      onChange: (step, reason) => this.#stepChanged(step, reason),
      onPlay: (playing) => showPlaying(parts.buttons && parts.buttons.play, playing),
    });
    this.stepper.setDelay(SPEEDS.normal);
    this.timeline = new Timeline(document, { onJump: (step) => this.go(step, 'timeline') });
    parts.timelineHost?.append(this.timeline.el);
    this.predictor = new Predictor(document, {
      getRun: () => this.#run,
      getStep: () => this.stepper.current,
      getView: (step) => this.viewAt(step),
      go: (step) => this.go(step, 'predict'),
    });
    parts.predictHost?.append(this.predictor.el);
  }

  get summary() { return this.#run; }
  get runId() { return this.#runId; }
  get view() { return this.#viewStep === this.stepper.current ? this.#view : null; }
  get current() { return this.stepper.current; }
  get key() { return this.#key; }

  // Wires the controls and keys in parts; listeners go with `signal`.
  connect(signal) {
    controlsFor(this.stepper, this.#parts, { forward: () => this.forward(), signal });
  }

  keyActions() {
    const s = this.stepper;
    return { prev: () => s.prev(), forward: () => this.forward(), first: () => s.first(), last: () => s.last(), toggle: () => s.toggle() };
  }

  // Runs source under this view's key and shows the run; null when a newer
  // run replaced it on the way. Engine failures reject.
  async run({ source, stdin = '', step = null, final = false }) {
    const ticket = ++this.#ticket;
    const reply = await this.#engine.run(this.#key, { source, stdin, budget: this.#opts.budget, step, final });
    if (reply.superseded || ticket !== this.#ticket) return null;
    this.show(reply);
    return reply;
  }

  show(reply) {
    this.#run = reply.run;
    this.#runId = reply.runId;
    this.#views.clear();
    if (reply.view) this.#remember(reply.step, reply.view);
    if (reply.final) this.#remember(reply.run.defaultStep, reply.final);
    this.#view = null;
    this.#viewStep = -1;
    this.#lastSvg = null;
    this.predictor.cancel();
    this.timeline.set(reply.run.timeline);
    this.#opts.onRun(reply);
    this.stepper.load(reply.run.count, reply.step);
    if (!reply.run.count) this.#drawEmpty();
  }

  go(step, reason = 'go') { return this.stepper.go(step, reason); }

  // Step forward; in predict mode the question comes first.
  async forward() {
    this.stepper.pause();
    if (this.#opts.predicting() && (await this.predictor.forward())) return;
    this.stepper.next();
  }

  // The view of any step of the run on screen (predict mode, the printable page).
  async viewAt(step) {
    const kept = this.#views.get(step);
    if (kept) return kept;
    const run = this.#run;
    const reply = await this.#engine.view(this.#key, this.#runId, step);
    if (reply.stale || run !== this.#run) throw new Error('the run changed');
    this.#remember(step, reply.view);
    return reply.view;
  }

  // The diagram host changed size (its host's ResizeObserver says so, at a
  // frame, when the layout is fresh): draw again only if its width did (the
  // layout depends on nothing else; a new diagram's own height changes the
  // host, and drawing it again would cut its animation short).
  resized() {
    const host = this.#parts.diagram;
    if (!host) return;
    this.#hostWidth = host.clientWidth;
    if (this.#diagramWidth() === this.#drawnWidth) return;
    this.redraw();
  }

  // The width to lay a diagram out at: the host's as last measured, so that
  // drawing a step never forces a layout of the page; measured here only
  // before the host has reported one.
  #diagramWidth() {
    if (!this.#hostWidth) this.#hostWidth = this.#parts.diagram.clientWidth;
    return Math.max(this.#opts.minWidth, this.#hostWidth - this.#opts.margin);
  }

  // Draws the current step again (another view mode, a new width).
  redraw() {
    this.#lastSvg = null;
    if (this.#view && this.#viewStep === this.stepper.current) this.#draw(this.#viewStep, this.#view, false);
    else if (this.#run && !this.#run.count) this.#drawEmpty();
    this.timeline.draw();
  }

  #remember(step, view) {
    this.#views.delete(step);
    this.#views.set(step, view);
    if (this.#views.size > KEPT_VIEWS) this.#views.delete(this.#views.keys().next().value);
  }

  #stepChanged(step, reason) {
    const run = this.#run;
    const n = run ? run.count : 0;
    showPosition(this.#parts, step, n);
    this.timeline.setCurrent(step);
    if (reason !== 'predict' && reason !== 'load') this.predictor.cancel();
    this.#opts.onStep(step, reason);
    if (!n) return;
    this.#wanted = step;
    this.#reason = reason;
    this.#fetch();
  }

  // One view request at a time; when it comes back, the newest step wanted
  // is drawn (or asked for next).
  #fetch() {
    const step = this.#wanted;
    const kept = this.#views.get(step);
    if (kept) {
      this.#draw(step, kept, true);
      return;
    }
    if (this.#fetching) return;
    this.#fetching = true;
    const run = this.#run;
    this.#engine.view(this.#key, this.#runId, step).then((reply) => {
      this.#fetching = false;
      if (run !== this.#run) return this.#fetch();
      if (reply.stale) return undefined;  // a newer run is on its way
      this.#remember(step, reply.view);
      return this.#fetch();
    }, (err) => {
      this.#fetching = false;
      this.#opts.onError(err);
    });
  }

  // A run with no steps. While an edit does not compile, the last diagram
  // that did stays, dimmed and labelled, with its output, rather than
  // blanking the pane at every half-typed line.
  #drawEmpty() {
    const p = this.#parts;
    const kept = this.#run && this.#run.outcome === 'compile_error' ? this.#lastGood : null;
    p.diagram?.classList.toggle('stale', Boolean(kept));
    if (kept) p.diagram?.replaceChildren(el('p', { class: 'stale-label' }, this.#opts.staleLabel), kept.svg);
    else p.diagram?.replaceChildren(el('p', { class: 'empty muted' }, this.#opts.emptyText(this.#run)));
    p.tbody?.replaceChildren();
    p.narration?.replaceChildren();
    this.#showCounters({});
    this.#showOutput(-1, null, kept ? kept.output : null);
  }

  #draw(step, view, animate) {
    const p = this.#parts;
    const again = this.#viewStep === step && this.#view === view && animate;
    this.#view = view;
    this.#viewStep = step;
    if (again) return;
    if (p.narration) this.#opts.narrate(p.narration, view);
    this.#showOutput(step, view);
    if (p.diagram && this.#opts.drawDiagram()) {
      const width = this.#diagramWidth();
      this.#drawnWidth = width;
      const bytes = this.#opts.bytes();
      const { svg } = renderView(view, { width, bytes, narrowWidth: this.#opts.narrowWidth });
      const old = this.#lastSvg;
      const moving = animate && old && old.run === this.#run && old.step !== step && old.bytes === bytes;
      p.diagram.replaceChildren(svg);
      p.diagram.classList.remove('stale');
      this.#lastSvg = { svg, run: this.#run, step, bytes };
      p.diagram.dataset.animations = String(moving ? animateStep(old.svg, svg) : 0);
    }
    // The step drawn (1-based), for tests and the bench: the controls move at
    // once, the diagram when its view has come back from the worker.
    if (p.diagram) p.diagram.dataset.step = String(step + 1);
    if (p.tbody) {
      p.tbody.replaceChildren(...tableRows(view).map((row) =>
        el('tr', {}, ...['region', 'name', 'type', 'addr', 'size', 'value', 'state'].map((k) => el('td', {}, String(row[k]))))));
    }
    this.#showCounters(view.counters || {});
    if (this.#lastSvg && this.#lastSvg.step === step) this.#lastGood = { svg: this.#lastSvg.svg, output: this.#printed };
    this.#opts.onView(step, view, this.#reason);
  }

  #showCounters(c) {
    const k = this.#parts.counters || {};
    if (k.allocations) k.allocations.textContent = String(c.allocations ?? 0);
    if (k.frees) k.frees.textContent = String(c.frees ?? 0);
    if (k.liveBytes) k.liveBytes.textContent = bytesLabel(c.liveBytes ?? 0);
    if (k.peakBytes) k.peakBytes.textContent = bytesLabel(c.peakBytes ?? 0);
  }

  // Output up to this step; a panic's or the budget's message at the last
  // step (a panic's from its own step); `kept`: the last output that compiled, shown dimmed instead.
  #showOutput(step, view, kept = null) {
    const p = this.#parts;
    const run = this.#run;
    const panicked = run && (run.outcome === 'panicked' || run.outcome === 'panic_in_cleanup');
    const failedRun = run && (panicked || run.outcome === 'returned_error' || run.outcome === 'budget_exhausted' || run.outcome === 'stack_overflow' || run.outcome === 'out_of_memory');
    // A panic's report shows from its step on, while the stack unwinds.
    const atEnd = run && step >= (panicked ? run.defaultStep : run.count - 1);
    const message = failedRun && atEnd ? run.stderr.trim() : '';
    const printed = kept ?? (run && view && run.outcome !== 'compile_error' ? stdoutUpTo(run.stdout, view.stdout) : '');
    this.#printed = message || printed;
    (p.output || p.stdout)?.classList.toggle('stale', kept !== null);
    if (p.output) {
      const text = message || printed;
      p.output.classList.toggle('err', Boolean(message));
      p.output.textContent = text;
      p.output.hidden = !text;
      return;
    }
    if (p.stdout) p.stdout.textContent = printed;
    if (p.stderr) {
      p.stderr.hidden = !message;
      p.stderr.textContent = message;
      if (run) p.stderr.dataset.kind = run.outcome;
    }
  }
}
