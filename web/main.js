// The playground page: wires the editor, the engine worker, the stepper and
// the diagram together. Each piece has its own module; this one only routes
// events between them and the DOM. Everything the engine returns is put on
// the page with textContent or as SVG text nodes, never as markup.
import { createEditor } from './editor.js';
import { EngineClient } from './engine-client.js';
import { Stepper, stdoutAt, SPEEDS } from './controller.js';
import { renderView, tableRows } from './render.js';
import { EXAMPLES } from './examples.js';
import { readLocation } from './share.js';
import { setupShare } from './share-ui.js';
import { shareUrl } from './share.js';
import { Timeline } from './timeline.js';
import { Predictor } from './predict-ui.js';
import { animateStep } from './animate.js';
import { svgText, downloadSvg, downloadPng } from './export.js';

const STORAGE_KEY = 'stack-heap.source';
const THEME_KEY = 'stack-heap.theme';
const BYTES_KEY = 'stack-heap.bytes';
const STDIN_KEY = 'stack-heap.stdin';
const PREDICT_KEY = 'stack-heap.predict';
const DEBOUNCE_MS = 250;

const $ = (id) => document.getElementById(id);
const state = {
  run: null,        // the last shown run (without events)
  view: null,       // the view of the current step
  viewStep: -1,
  runs: 0,          // runs shown, exposed as #status[data-runs] for tests
  movedAway: false, // the learner stepped away from the default step
  bytes: localStorage.getItem(BYTES_KEY) === '1',
  table: false,
  editStart: 0,     // when the edit being run was typed (performance.now())
  linkStep: null,   // the step a share link asked for (0-based), until its run shows
  fromLink: false,  // showing a shared program: not saved until the learner edits it
  predict: localStorage.getItem(PREDICT_KEY) === '1',
  lastSvg: null,    // the diagram on screen: {svg, run, step, bytes}, to animate from
  lastGood: null,   // the last diagram drawn and its output, {svg, stdout}, shown dimmed while an edit does not compile
};

// ------------------------------------------------------------ theme

const THEMES = ['auto', 'light', 'dark'];
function applyTheme(name) {
  if (name === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = name;
  $('theme-toggle').textContent = 'Theme: ' + name;
}
let theme = THEMES.includes(localStorage.getItem(THEME_KEY)) ? localStorage.getItem(THEME_KEY) : 'auto';
applyTheme(theme);
$('theme-toggle').addEventListener('click', () => {
  theme = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length];
  localStorage.setItem(THEME_KEY, theme);
  applyTheme(theme);
});

// ------------------------------------------------------------ status

function setStatus(text, kind = '') {
  const el = $('status');
  el.textContent = text;
  el.dataset.kind = kind;
}

// ------------------------------------------------------------ engine

const engine = new EngineClient({
  url: new URL('worker.js', import.meta.url),
  timeoutMs: 3000,
  onTimeout: (err) => showTimeout(err.message),
  onError: (message) => setStatus(message, 'error'),
});

let timer = 0;
function scheduleRun() {
  clearTimeout(timer);
  timer = setTimeout(runNow, DEBOUNCE_MS);
}

async function runNow() {
  const source = editor.getText();
  if (!state.fromLink) localStorage.setItem(STORAGE_KEY, source);
  const keep = state.linkStep ?? (state.movedAway && stepper.current >= 0 ? stepper.current : null);
  const started = performance.now();
  setStatus('running…', 'busy');
  let reply;
  try {
    reply = await engine.run(source, keep, $('stdin').value);
  } catch (err) {
    if (!err.timeout) setStatus(String(err.message || err), 'error');
    return;
  }
  if (reply.superseded) return;
  if (state.linkStep !== null) {
    state.movedAway = true;
    state.linkStep = null;
  }
  showRun(reply);
  // For scripts/bench: typing -> diagram (with the debounce) and run -> diagram.
  document.body.dataset.lastRunMs = (performance.now() - started).toFixed(2);
  if (state.editStart) document.body.dataset.lastEditMs = (performance.now() - state.editStart).toFixed(2);
  state.editStart = 0;
}

function showTimeout(message) {
  state.runs++;
  $('status').dataset.runs = String(state.runs);
  setStatus('stopped: took longer than 3 s', 'error');
  $('stderr').hidden = false;
  $('stderr').textContent = message + ' Edit the program to try again.';
}

// ------------------------------------------------------------ a run

function showRun(reply) {
  const run = reply.run;
  state.run = run;
  state.view = reply.view;
  state.viewStep = reply.step;
  editor.setDiagnostics(run.diagnostics);
  showProblems(run);
  const n = run.steps.length;
  $('slider').max = String(Math.max(1, n));
  $('slider').disabled = n === 0;
  state.lastSvg = null;
  predictor.cancel();
  timeline.set(run.timeline);
  stepper.load(n, reply.step);
  state.runs++;
  $('status').dataset.runs = String(state.runs);
  const words = {
    finished: 'finished', panicked: 'panicked', compile_error: 'does not compile',
    budget_exhausted: 'stopped by the step budget',
  };
  const summary = `${words[run.outcome] || run.outcome} · ${n} step${n === 1 ? '' : 's'} · ${reply.ms.toFixed(0)} ms`;
  setStatus(summary, run.outcome === 'finished' ? 'ok' : run.outcome === 'compile_error' ? 'error' : 'warn');
  $('exit').textContent = run.exitCode === undefined || run.outcome === 'compile_error' ? '' : `exit code ${run.exitCode}`;
}

// The problems list: one entry per diagnostic, its rendered text as text.
function showProblems(run) {
  const list = $('problems');
  list.replaceChildren();
  for (const d of run.diagnostics) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'problem';
    const label = d.labels.find((l) => l.primary) || d.labels[0];
    const where = document.createElement('span');
    where.className = 'where';
    where.textContent = label ? `line ${label.line}:${label.col}` : '';
    const text = document.createElement('pre');
    text.textContent = d.rendered || d.message;
    button.append(where, text);
    button.addEventListener('click', () => {
      if (!label) return;
      const doc = editor.view.state.doc;
      const line = doc.line(Math.min(doc.lines, Math.max(1, label.line)));
      editor.view.dispatch({ selection: { anchor: Math.min(line.to, line.from + label.col - 1) }, scrollIntoView: true });
      editor.focus();
    });
    item.append(button);
    list.append(item);
  }
  list.hidden = run.diagnostics.length === 0;
}

// ------------------------------------------------------------ a step

const stepper = new Stepper({
  onChange: (step, reason) => {
    if (reason !== 'load') state.movedAway = true;
    if (reason !== 'predict' && reason !== 'load') predictor.cancel();
    timeline.setCurrent(step);
    showStep(step);
  },
  onPlay: (playing) => {
    $('play').setAttribute('aria-pressed', String(playing));
    $('play').setAttribute('aria-label', playing ? 'Pause' : 'Play');
    $('play').querySelector('path').setAttribute('d', playing ? 'M4 3h3v10H4zM9 3h3v10H9z' : 'M5 3v10l7-5z');
  },
});

let viewRequest = 0;
async function showStep(step) {
  const run = state.run;
  const n = run ? run.steps.length : 0;
  $('step-count').textContent = n ? `step ${step + 1} of ${n}` : 'no steps';
  $('slider').value = String(step + 1);
  $('slider').setAttribute('aria-valuetext', n ? `step ${step + 1} of ${n}` : 'no steps');
  for (const id of ['first', 'prev']) $(id).disabled = step <= 0;
  for (const id of ['next', 'last']) $(id).disabled = step >= n - 1;
  $('play').disabled = n < 2;
  const info = n ? run.steps[step] : null;
  $('narration').textContent = info ? `Line ${info.line}: ${info.narration}` : '';
  editor.showStep(info);
  showConsole(run, step);
  if (!n) {
    drawMemory(null);
    return;
  }
  if (state.viewStep !== step) {
    const ticket = ++viewRequest;
    try {
      const reply = await engine.view(step);
      if (ticket !== viewRequest || state.run !== run) return;
      state.view = reply.view;
      state.viewStep = step;
    } catch (err) {
      if (!err.timeout) setStatus(String(err.message || err), 'error');
      return;
    }
  }
  drawMemory(state.view);
}

// Output up to this step; panics and the budget's message once they happened.
function showConsole(run, step) {
  const out = $('stdout');
  const err = $('stderr');
  if (!run) return;
  out.textContent = stdoutAt(run.stdout, run.steps, step);
  const atEnd = step >= run.steps.length - 1;
  const message = run.outcome === 'panicked' || run.outcome === 'budget_exhausted' ? run.stderr.trim() : '';
  err.hidden = !(message && atEnd);
  err.textContent = message && atEnd ? message : '';
  err.dataset.kind = run.outcome;
  // While the program does not compile, the output of the last one that did
  // stays, dimmed (style.css: .stale).
  out.classList.toggle('stale', run.outcome === 'compile_error' && Boolean(state.lastGood));
  if (run.outcome === 'compile_error') {
    out.textContent = state.lastGood ? state.lastGood.stdout : '';
    err.hidden = true;
  }
}

// ------------------------------------------------------------ the diagram

const bytesLabel = (n) => (n >= 1024 ? `${(n / 1024).toFixed(1)} KiB` : `${n} B`);

function drawMemory(view) {
  const host = $('diagram');
  const tbody = $('memory-table').tBodies[0];
  tbody.replaceChildren();
  if (!view) {
    host.replaceChildren();
    const broken = state.run && state.run.outcome === 'compile_error';
    const p = document.createElement('p');
    p.className = 'empty muted';
    p.textContent = broken ? 'The program does not compile yet: fix the underlined error to see its memory.' : 'Nothing to show yet.';
    if (broken && state.lastGood) {
      // Half-typed lines keep the last diagram that compiled, dimmed and
      // labelled, rather than blanking the pane at every keystroke.
      p.className = 'stale-label';
      p.textContent = 'The last version that compiled, while this one does not (the error is above):';
      host.append(p, state.lastGood.svg);
      host.classList.add('stale');
      return;
    }
    host.append(p);
    for (const id of ['c-allocs', 'c-frees']) $(id).textContent = '0';
    for (const id of ['c-live', 'c-peak']) $(id).textContent = '0 B';
    return;
  }
  host.classList.remove('stale');
  const width = Math.max(320, host.clientWidth - 2);
  const { svg } = renderView(view, { width, bytes: state.bytes });
  state.lastGood = { svg, stdout: stdoutAt(state.run.stdout, state.run.steps, state.viewStep) };
  const old = state.lastSvg;
  const animate = old && old.run === state.run && old.step !== state.viewStep && old.bytes === state.bytes;
  host.replaceChildren(svg);
  state.lastSvg = { svg, run: state.run, step: state.viewStep, bytes: state.bytes };
  host.dataset.animations = String(animate ? animateStep(old.svg, svg) : 0);
  const c = view.counters || {};
  $('c-allocs').textContent = String(c.allocations ?? 0);
  $('c-frees').textContent = String(c.frees ?? 0);
  $('c-live').textContent = bytesLabel(c.liveBytes ?? 0);
  $('c-peak').textContent = bytesLabel(c.peakBytes ?? 0);
  for (const row of tableRows(view)) {
    const tr = document.createElement('tr');
    for (const key of ['region', 'name', 'type', 'addr', 'size', 'value', 'state']) {
      const td = document.createElement('td');
      td.textContent = String(row[key]);
      tr.append(td);
    }
    tbody.append(tr);
  }
}

let resizeFrame = 0;
new ResizeObserver(() => {
  cancelAnimationFrame(resizeFrame);
  resizeFrame = requestAnimationFrame(() => {
    if (state.view) drawMemory(state.view);
    timeline.draw();
  });
}).observe($('diagram'));

// ------------------------------------------------------------ timeline, predict mode

const timeline = new Timeline(document, { onJump: (step) => stepper.go(step, 'timeline') });
$('timeline-host').append(timeline.el);

// Views for predict mode: the one on screen, or asked of the worker.
const viewAt = (step) => (step === state.viewStep && state.view ? Promise.resolve(state.view) : engine.view(step).then((r) => r.view));
const predictor = new Predictor(document, {
  getRun: () => state.run,
  getStep: () => stepper.current,
  getView: viewAt,
  go: (step) => stepper.go(step, 'predict'),
});
$('predict-host').append(predictor.el);
function applyPredict(on) {
  state.predict = on;
  setToggle($('predict-toggle'), on);
  predictor.el.hidden = !on;
  timeline.hideAhead(on);
  if (!on) predictor.cancel();
}
$('predict-toggle').addEventListener('click', () => {
  applyPredict(!state.predict);
  localStorage.setItem(PREDICT_KEY, state.predict ? '1' : '0');
});
// Step forward; in predict mode the question comes first.
async function forward() {
  stepper.pause();
  if (state.predict && (await predictor.forward())) return;
  stepper.next();
}

// ------------------------------------------------------------ export

const diagramSvg = () => $('diagram').querySelector('svg.memory-diagram');
const exportName = (ext) => `stack-heap-step-${stepper.current + 1}.${ext}`;
$('export-svg').addEventListener('click', () => {
  $('export-menu').open = false;
  if (diagramSvg()) downloadSvg(diagramSvg(), exportName('svg'));
});
$('export-png').addEventListener('click', async () => {
  $('export-menu').open = false;
  if (!diagramSvg()) return;
  try {
    await downloadPng(diagramSvg(), exportName('png'));
  } catch (err) {
    setStatus(String(err.message || err), 'error');
  }
});
$('export-print').addEventListener('click', async () => {
  $('export-menu').open = false;
  const url = await shareUrl(new URL('print.html', location.href).href, { source: editor.getText(), view: state.bytes ? 'bytes' : 'simple', stdin: $('stdin').value });
  window.open(url, '_blank', 'noopener');
});
$('compare-button').addEventListener('click', async () => {
  const source = editor.getText();
  const stdin = $('stdin').value;
  const url = await shareUrl(new URL('compare.html', location.href).href, {
    source, compare: [{ source, label: 'A', stdin }, { source, label: 'B (edit me)', stdin }],
  });
  window.open(url, '_blank', 'noopener');
});

// ------------------------------------------------------------ standard input

$('stdin').value = localStorage.getItem(STDIN_KEY) ?? '';
$('stdin').addEventListener('input', () => {
  if (!state.fromLink) localStorage.setItem(STDIN_KEY, $('stdin').value);
  scheduleRun();
});

// ------------------------------------------------------------ controls

$('first').addEventListener('click', () => stepper.first());
$('prev').addEventListener('click', () => stepper.prev());
$('next').addEventListener('click', () => forward());
$('last').addEventListener('click', () => stepper.last());
$('play').addEventListener('click', () => stepper.toggle());
$('slider').addEventListener('input', () => stepper.go(Number($('slider').value) - 1, 'slider'));
$('speed').addEventListener('change', () => stepper.setDelay(SPEEDS[$('speed').value] || SPEEDS.normal));

function setToggle(button, on) {
  button.setAttribute('aria-pressed', String(on));
}
setToggle($('bytes-toggle'), state.bytes);
$('bytes-toggle').addEventListener('click', () => {
  state.bytes = !state.bytes;
  localStorage.setItem(BYTES_KEY, state.bytes ? '1' : '0');
  setToggle($('bytes-toggle'), state.bytes);
  drawMemory(state.view);
});
$('table-toggle').addEventListener('click', () => {
  state.table = !state.table;
  setToggle($('table-toggle'), state.table);
  $('table-wrap').classList.toggle('sr-only', !state.table);
});

// Keyboard: only when focus is not in the editor or a form field.
document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target;
  if (target.closest && target.closest('#editor, select, input, textarea')) return;
  const actions = {
    ArrowLeft: () => stepper.prev(), ArrowRight: () => forward(),
    Home: () => stepper.first(), End: () => stepper.last(),
    ' ': () => stepper.toggle(),
  };
  const action = actions[event.key];
  if (!action) return;
  if (event.key === ' ' && target.closest && target.closest('button, a')) return;  // a focused button's own Space
  event.preventDefault();
  action();
});

// ------------------------------------------------------------ examples

for (const ex of EXAMPLES) {
  const option = document.createElement('option');
  option.value = ex.id;
  option.textContent = ex.title;
  $('examples').append(option);
}
$('examples').addEventListener('change', () => {
  const ex = EXAMPLES.find((e) => e.id === $('examples').value);
  if (!ex) return;
  state.movedAway = false;
  stepper.pause();
  editor.setText(ex.source);
  $('examples').value = '';
});

// ------------------------------------------------------------ share links

// The view as one word (share links, embeds): simple, bytes or table.
const currentView = () => (state.table ? 'table' : state.bytes ? 'bytes' : 'simple');
function applyView(view) {
  state.bytes = view === 'bytes';
  state.table = view === 'table';
  setToggle($('bytes-toggle'), state.bytes);
  setToggle($('table-toggle'), state.table);
  $('table-wrap').classList.toggle('sr-only', !state.table);
  drawMemory(state.view);
}

setupShare({
  dialog: $('share-dialog'),
  shareButton: $('share'),
  embedButton: $('embed-button'),
  getState: () => ({ source: editor.getText(), step: stepper.current >= 0 ? stepper.current + 1 : null, view: currentView(), stdin: $('stdin').value }),
});

// What the URL asks for: a share link (#v1:...) or a built-in example
// (?example=ID); null when neither (or a damaged link, reported in the status).
async function linkedProgram() {
  let link = null;
  try {
    link = await readLocation(location);
  } catch (err) {
    setStatus('this share link is damaged: ' + String(err.message || err), 'error');
    return null;
  }
  if (link && link.kind === 'share' && link.compare) {
    // A compare link opened in the playground: the compare view shows it.
    location.replace(new URL('compare.html', location.href).href.split('#')[0] + location.hash);
    return null;
  }
  if (link && link.kind === 'share') {
    $('stdin').value = link.stdin || '';
    state.linkStep = link.step ? link.step - 1 : null;
    state.fromLink = true;
    applyView(link.view);
    return link.source;
  }
  if (link && link.kind === 'example') {
    const ex = EXAMPLES.find((e) => e.id === link.id);
    if (ex) return ex.source;
  }
  return null;
}

window.addEventListener('hashchange', async () => {
  const source = await linkedProgram();
  if (source === null) return;
  stepper.pause();
  state.movedAway = false;
  editor.setText(source);
});

// ------------------------------------------------------------ start

let editor;
async function start() {
  const linked = await linkedProgram();
  editor = createEditor({
    parent: $('editor'),
    doc: linked ?? localStorage.getItem(STORAGE_KEY) ?? EXAMPLES[0].source,
    label: 'Rust program editor',
    onChange: (text) => {
      state.fromLink = false;
      localStorage.setItem(STORAGE_KEY, text);
      if (!state.editStart) state.editStart = performance.now();
      scheduleRun();
    },
  });
  runNow();
}
// For the browser tests: the exact editor text (the editor renders only the visible lines).
window.stackHeapPlayground = {
  getText: () => editor.getText(),
  exportSvg: () => (diagramSvg() ? svgText(diagramSvg()) : null),
};
applyPredict(state.predict);
start();
