// The minimal playground's page logic: edit, run in the worker, show results.
//
// Every run happens in worker.js (debounced while typing) and answers come
// back tagged with a request id, so a slow, stale run never overwrites a newer
// one. Everything the engine returns is put on the page with textContent,
// never innerHTML: program output is learner-controlled text.
'use strict';

const STORAGE_KEY = 'stack-heap.source';
const DEBOUNCE_MS = 300;
const EXAMPLE = 'let name = String::from("Kinetic Gateway");\nlet port = 53u16;\nprintln!("{name} {port}");\n';

const $ = (id) => document.getElementById(id);
const source = $('source');
const worker = new Worker('worker.js');
let nextId = 1;
let latestRun = 0;
let latestDiagram = 0;
let timer = 0;
let shownRuns = 0;  // runs answered so far, exposed as #status[data-runs] for tests

function setStatus(text, isError) {
  $('status').textContent = text;
  $('status').classList.toggle('error', Boolean(isError));
}

function run() {
  localStorage.setItem(STORAGE_KEY, source.value);
  latestRun = nextId++;
  setStatus('running…');
  worker.postMessage({ id: latestRun, type: 'run', source: source.value });
}

function showDiagram(step) {
  latestDiagram = nextId++;
  for (const b of $('steps').querySelectorAll('button')) b.setAttribute('aria-pressed', String(Number(b.dataset.step) === step));
  worker.postMessage({ id: latestDiagram, type: 'diagram', step });
}

function showRun(display) {
  $('stdout').textContent = display.stdout;
  $('diagnostics').textContent = display.diagnostics;
  const list = $('steps');
  list.replaceChildren();
  display.steps.forEach((step, i) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.step = String(i);
    button.textContent = `line ${step.line}: ${step.narration}`;
    button.addEventListener('click', () => showDiagram(i));
    item.append(button);
    list.append(item);
  });
  $('diagram').textContent = '';
  $('diagram-step').textContent = '';
  const exit = display.exitCode === undefined ? '' : ` (exit code ${display.exitCode})`;
  setStatus(`${display.outcome}${exit}, ${display.steps.length} steps`);
  if (display.steps.length > 0) showDiagram(display.steps.length - 1);
}

worker.onmessage = (event) => {
  const reply = event.data;
  if (reply.type === 'run' && reply.id !== latestRun) return;
  if (reply.type === 'diagram' && reply.id !== latestDiagram) return;
  if (reply.type === 'run') $('status').dataset.runs = String(++shownRuns);
  if (reply.error) return setStatus(reply.error, true);
  if (reply.type === 'run') showRun(reply.display);
  else {
    $('diagram-step').textContent = `after step ${reply.step + 1}`;
    $('diagram').textContent = reply.text;
  }
};
worker.onerror = (event) => setStatus('the engine failed to load: ' + (event.message || 'unknown error'), true);

source.value = localStorage.getItem(STORAGE_KEY) ?? EXAMPLE;
source.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(run, DEBOUNCE_MS);
});
run();
