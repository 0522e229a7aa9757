// The playground page: wires the editor, the engine worker, the stepper and
// the diagram together. Each piece has its own module; this one only routes
// events between them and the DOM. Everything the engine returns is put on
// the page with textContent or as SVG text nodes, never as markup.
import { createEditor } from './editor.js';
import { SPEEDS } from './controller.js';
import { StepView, stepKey } from './step-view.js';
import { sharedEngine, newKey } from './shared-engine.js';
import { EXAMPLES } from './examples.js';
import { readLocation } from './share.js';
import { setupShare } from './share-ui.js';
import { shareUrl } from './share.js';
import { svgText, downloadSvg, downloadPng } from './export.js';

const STORAGE_KEY = 'stack-heap.source';
const THEME_KEY = 'stack-heap.theme';
const BYTES_KEY = 'stack-heap.bytes';
const STDIN_KEY = 'stack-heap.stdin';
const PREDICT_KEY = 'stack-heap.predict';
// A run starts once the learner pauses typing for as long as the last run
// took, within these bounds (ms): a quick program runs almost at once, a
// long one does not restart the worker at every key. A newer edit supersedes
// a run in flight either way (engine-client.js), so a stale result never shows.
const PAUSE_MS = { min: 30, max: 300 };

const $ = (id) => document.getElementById(id);
const state = {
  runs: 0,          // runs shown, exposed as #status[data-runs] for tests
  engineMs: 0,      // how long the last run took in the worker
  movedAway: false, // the learner stepped away from the default step
  bytes: localStorage.getItem(BYTES_KEY) === '1',
  table: false,
  editStart: 0,     // when the edit being run was typed (performance.now())
  linkStep: null,   // the step a share link asked for (0-based), until its run shows
  fromLink: false,  // showing a shared program: not saved until the learner edits it
  predict: localStorage.getItem(PREDICT_KEY) === '1',
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

// ------------------------------------------------------------ engine, stepping

const sv = new StepView({
  engine: sharedEngine(),
  key: newKey(),
  minWidth: 320,
  margin: 2,
  parts: {
    buttons: { first: $('first'), prev: $('prev'), play: $('play'), next: $('next'), last: $('last') },
    slider: $('slider'), count: $('step-count'), narration: $('narration'), stdout: $('stdout'), stderr: $('stderr'),
    diagram: $('diagram'), tbody: $('memory-table').tBodies[0],
    counters: { allocations: $('c-allocs'), frees: $('c-frees'), liveBytes: $('c-live'), peakBytes: $('c-peak') },
    timelineHost: $('timeline-host'), predictHost: $('predict-host'),
  },
  bytes: () => state.bytes,
  predicting: () => state.predict,
  emptyText: (run) => (run && run.outcome === 'compile_error'
    ? 'The program does not compile yet: fix the underlined error to see its memory.'
    : 'Nothing to show yet.'),
  staleLabel: 'The last version that compiled, while this one does not (the error is above):',
  onRun: (reply) => showRun(reply),
  onStep: (step, reason) => {
    if (reason !== 'load') state.movedAway = true;
  },
  onView: (step, view) => editor.showStep(view),
  onError: (err) => setStatus(String(err.message || err), 'error'),
});
sv.connect();

// #status[data-pending] is there from an edit until the run of the text in
// the editor is shown (tests and the bench wait for it to go).
let timer = 0;
function scheduleRun() {
  $('status').dataset.pending = '';
  clearTimeout(timer);
  timer = setTimeout(runNow, Math.min(PAUSE_MS.max, Math.max(PAUSE_MS.min, state.engineMs)));
}

async function runNow() {
  clearTimeout(timer);
  const source = editor.getText();
  if (!state.fromLink) localStorage.setItem(STORAGE_KEY, source);
  const keep = state.linkStep ?? (state.movedAway && sv.current >= 0 ? sv.current : null);
  const started = performance.now();
  const edited = state.editStart;
  state.editStart = 0;
  setStatus('running…', 'busy');
  let reply;
  try {
    reply = await sv.run({ source, stdin: $('stdin').value, step: keep });
  } catch (err) {
    if (editor.getText() === source) delete $('status').dataset.pending;
    if (err.timeout) showTimeout(err.message);
    else setStatus(String(err.message || err), 'error');
    return;
  }
  if (!reply) return;
  if (editor.getText() === source) delete $('status').dataset.pending;
  if (state.linkStep !== null) {
    state.movedAway = true;
    state.linkStep = null;
  }
  // For scripts/bench: typing -> diagram and run -> diagram, and the worker's part of it.
  document.body.dataset.lastRunMs = (performance.now() - started).toFixed(2);
  document.body.dataset.lastWorker = JSON.stringify({ ms: reply.ms, ...reply.timing });
  if (edited) document.body.dataset.lastEditMs = (performance.now() - edited).toFixed(2);
}

function showTimeout(message) {
  state.runs++;
  $('status').dataset.runs = String(state.runs);
  setStatus('stopped: the engine took too long', 'error');
  $('stderr').hidden = false;
  $('stderr').textContent = message + ' Edit the program to try again.';
}

// ------------------------------------------------------------ a run

const OUTCOME_WORDS = {
  finished: 'finished', returned_error: 'returned an error', panicked: 'panicked', compile_error: 'does not compile',
  budget_exhausted: 'stopped by the step budget', stack_overflow: 'overflowed its stack', out_of_memory: 'ran out of memory',
  panic_in_cleanup: 'aborted: a destructor panicked while unwinding', exited: 'exited (std::process::exit)',
};

function showRun(reply) {
  const run = reply.run;
  state.engineMs = reply.ms;
  editor.setDiagnostics(run.diagnostics);
  if (!run.count) editor.showStep(null);
  showProblems(run);
  state.runs++;
  $('status').dataset.runs = String(state.runs);
  const n = run.count;
  const summary = `${OUTCOME_WORDS[run.outcome] || run.outcome} · ${n.toLocaleString('en-US')} step${n === 1 ? '' : 's'} · ${reply.ms.toFixed(0)} ms`;
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

let resizeFrame = 0;
new ResizeObserver(() => {
  cancelAnimationFrame(resizeFrame);
  resizeFrame = requestAnimationFrame(() => sv.resized());
}).observe($('diagram'));

// ------------------------------------------------------------ predict mode

function applyPredict(on) {
  state.predict = on;
  setToggle($('predict-toggle'), on);
  sv.predictor.el.hidden = !on;
  sv.timeline.hideAhead(on);
  if (!on) sv.predictor.cancel();
}
$('predict-toggle').addEventListener('click', () => {
  applyPredict(!state.predict);
  localStorage.setItem(PREDICT_KEY, state.predict ? '1' : '0');
});

// ------------------------------------------------------------ export

const diagramSvg = () => $('diagram').querySelector('svg.memory-diagram');
const exportName = (ext) => `stack-heap-step-${sv.current + 1}.${ext}`;
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

$('speed').addEventListener('change', () => sv.stepper.setDelay(SPEEDS[$('speed').value] || SPEEDS.normal));

function setToggle(button, on) {
  button.setAttribute('aria-pressed', String(on));
}
setToggle($('bytes-toggle'), state.bytes);
$('bytes-toggle').addEventListener('click', () => {
  state.bytes = !state.bytes;
  localStorage.setItem(BYTES_KEY, state.bytes ? '1' : '0');
  setToggle($('bytes-toggle'), state.bytes);
  sv.redraw();
});
$('table-toggle').addEventListener('click', () => {
  state.table = !state.table;
  setToggle($('table-toggle'), state.table);
  $('table-wrap').classList.toggle('sr-only', !state.table);
});

// Keyboard: only when focus is not in the editor or a form field.
document.addEventListener('keydown', (event) => stepKey(event, sv.keyActions()));

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
  sv.stepper.pause();
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
  sv.redraw();
}

setupShare({
  dialog: $('share-dialog'),
  shareButton: $('share'),
  embedButton: $('embed-button'),
  getState: () => ({ source: editor.getText(), step: sv.current >= 0 ? sv.current + 1 : null, view: currentView(), stdin: $('stdin').value }),
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
  sv.stepper.pause();
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
