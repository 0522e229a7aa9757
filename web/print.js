// The printable run (print.html): runs the program from the fragment in the
// engine worker, then draws every step (up to MAX_STEPS) as a block:
// "Step i of n · line L", the source line, the narration, the diagram. The
// diagrams are the same render.js SVG as the playground's, laid out at a
// paper-friendly width; print.css keeps each block on one page.
import { sharedEngine, newKey } from './shared-engine.js';
import { STEP_BUDGET } from './step-view.js';
import { MARKS } from './trace-stats.js';
import { renderView } from './render.js';
import { readLocation } from './share.js';
import { EXAMPLES } from './examples.js';

const MAX_STEPS = 300;
const $ = (id) => document.getElementById(id);
const status = (t, kind = '') => { $('status').textContent = t; $('status').dataset.kind = kind; };

const engine = sharedEngine();
const KEY = newKey();
// The steps "only heap changes" keeps: those marked alloc, realloc or free.
const HEAP_MARKS = new Set(['alloc', 'realloc', 'free'].map((m) => MARKS.indexOf(m)));

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}
const narration = (p, text) => p.append(...String(text).split('`').map((t, i) => (i % 2 ? el('code', '', t) : document.createTextNode(t))));

let run = null, views = [], lines = [], view = 'simple';

function draw() {
  const only = $('which').value === 'changes';
  const host = $('steps');
  host.replaceChildren();
  const n = run.count;
  let shown = 0;
  for (let i = 0; i < views.length; i++) {
    const s = views[i];
    if (only && !HEAP_MARKS.has(run.timeline.marks[i])) continue;
    const block = el('section', 'print-step');
    block.dataset.step = String(i + 1);
    const h = el('h2', '', `Step ${i + 1} of ${n}`);
    h.append(el('span', 'muted', `line ${s.line}`));
    const p = el('p', 'narr');
    narration(p, s.narration);
    block.append(h, el('pre', 'code-line', (lines[s.line - 1] || '').trim()), p);
    block.append(renderView(views[i], { width: 900, bytes: view === 'bytes' }).svg);
    host.append(block);
    shown++;
  }
  if (n > views.length) host.append(el('p', 'print-more', `… and ${n - views.length} more steps (the page stops at ${MAX_STEPS}).`));
  document.body.dataset.steps = String(shown);
}

async function start() {
  let link;
  try {
    link = await readLocation(location);
  } catch (err) {
    return status('this link is damaged: ' + String(err.message || err), 'error');
  }
  let source = null, stdin = '';
  if (link && link.kind === 'share') {
    source = link.compare ? link.compare[0].source : link.source;
    stdin = link.compare ? link.compare[0].stdin : link.stdin || '';
    view = link.view === 'bytes' ? 'bytes' : 'simple';
  } else if (link && link.kind === 'example') {
    source = (EXAMPLES.find((e) => e.id === link.id) || {}).source ?? null;
  }
  if (source === null) return status('Nothing to print: open this page from the playground’s Export menu.', 'error');
  lines = source.split('\n');
  $('program').replaceChildren(...lines.slice(0, lines.at(-1) === '' ? -1 : undefined).map((t, i) => {
    const span = el('span', 'ln', t + '\n');
    span.dataset.n = String(i + 1);
    return span;
  }));
  status('running…', 'busy');
  let reply;
  try {
    reply = await engine.run(KEY, { source, stdin, budget: STEP_BUDGET, step: 0 });
  } catch (err) {
    return status(String(err.message || err), 'error');
  }
  run = reply.run;
  if (run.stdout) {
    $('output').hidden = false;
    $('output').textContent = run.stdout;
  }
  const n = Math.min(run.count, MAX_STEPS);
  views = reply.view ? [reply.view] : [];
  for (let i = 1; i < n; i++) views.push((await engine.view(KEY, reply.runId, i)).view);
  draw();
  status(`${run.count} steps · ${run.outcome}`, run.outcome === 'finished' ? 'ok' : 'warn');
  document.body.dataset.ready = '1';
}

$('which').addEventListener('change', () => run && draw());
$('print').addEventListener('click', () => window.print());
start();
