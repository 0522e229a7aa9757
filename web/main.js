// The playground page: wires the editor, the engine worker, the stepper and
// the diagram together. Each piece has its own module; this one only routes
// events between them and the DOM. Everything the engine returns is put on
// the page with textContent or as SVG text nodes, never as markup.
import { createEditor } from './editor.js';
import { EngineClient } from './engine-client.js';
import { Stepper, stdoutAt, SPEEDS } from './controller.js';
import { renderView, tableRows } from './render.js';
import { EXAMPLES } from './examples.js';

const STORAGE_KEY = 'stack-heap.source';
const THEME_KEY = 'stack-heap.theme';
const BYTES_KEY = 'stack-heap.bytes';
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
  localStorage.setItem(STORAGE_KEY, source);
  const keep = state.movedAway && stepper.current >= 0 ? stepper.current : null;
  const started = performance.now();
  setStatus('running…', 'busy');
  let reply;
  try {
    reply = await engine.run(source, keep);
  } catch (err) {
    if (!err.timeout) setStatus(String(err.message || err), 'error');
    return;
  }
  if (reply.superseded) return;
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
  if (run.outcome === 'compile_error') {
    out.textContent = '';
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
    const p = document.createElement('p');
    p.className = 'empty muted';
    p.textContent = state.run && state.run.outcome === 'compile_error'
      ? 'The program does not compile yet: fix the underlined error to see its memory.'
      : 'Nothing to show yet.';
    host.append(p);
    for (const id of ['c-allocs', 'c-frees']) $(id).textContent = '0';
    for (const id of ['c-live', 'c-peak']) $(id).textContent = '0 B';
    return;
  }
  const width = Math.max(320, host.clientWidth - 2);
  const { svg } = renderView(view, { width, bytes: state.bytes });
  host.replaceChildren(svg);
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
  resizeFrame = requestAnimationFrame(() => state.view && drawMemory(state.view));
}).observe($('diagram'));

// ------------------------------------------------------------ controls

$('first').addEventListener('click', () => stepper.first());
$('prev').addEventListener('click', () => stepper.prev());
$('next').addEventListener('click', () => stepper.next());
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
    ArrowLeft: () => stepper.prev(), ArrowRight: () => stepper.next(),
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

// ------------------------------------------------------------ start

const editor = createEditor({
  parent: $('editor'),
  doc: localStorage.getItem(STORAGE_KEY) ?? EXAMPLES[0].source,
  label: 'Rust program editor',
  onChange: (text) => {
    localStorage.setItem(STORAGE_KEY, text);
    if (!state.editStart) state.editStart = performance.now();
    scheduleRun();
  },
});
runNow();
