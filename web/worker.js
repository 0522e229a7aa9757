// The one engine worker: the playground, every <stack-heap> element on a
// page, the compare view and the printable page all talk to the engine
// through it, each run kept as a session under the key its owner chose.
//
// The trace never leaves the worker. A run answers with a summary small
// enough to post whatever the run's length (how it ended, what it printed,
// its diagnostics, run totals) and the per-step numbers the timeline draws as
// typed arrays, transferred, not copied; the page then asks for the view of
// the step it draws, and the engine replays to it from its keyframes.
//
// Bundled by scripts/build into dist/worker.js (a classic worker) with the
// Emscripten glue inside it: one script to fetch before the engine can start,
// and no synchronous importScripts holding the worker's thread while the
// wasm's bytes wait to be compiled. Messages, every
// reply carrying its request's id:
//   in:  {id, type: 'run', key, source, stdin, budget, step, final}
//          step: the step to show (0-based), or null for the default step;
//          final: also send the view at the default step (quizzes grade it)
//   out: {id, type: 'run', key, run, step, view, final, ms, timing}
//          ms: the worker's time for the run; timing: its parts {run (the
//          engine's run and summary), timeline (its typed arrays and marks),
//          view (the first views)}
//          run: {outcome, exitCode, stdout, stderr, panic, diagnostics,
//                count, defaultStep, totals, timeline: {marks, lines, live}}
//          marks: Uint8Array, an index into MARKS per step; lines: Uint32Array;
//          live: Uint32Array, heap bytes live after each step
//   in:  {id, type: 'view', key, step}    out: {id, type: 'view', key, step, view}
//          view: the memory and the step itself (SCHEMA.md, "The step's
//          view"): kind, line, col, endLine, endCol, depth, stdout (bytes
//          printed so far), events (without a write's bytes or a print's text)
//   in:  {id, type: 'release', key}       out: {id, type: 'release', key}
//   in:  {type: 'module', module}          the page's compiled wasm (a
//          WebAssembly.Module, or null), no answer; only to a worker named
//          MODULE_FROM_PAGE, before or after its first requests
//   any failure:                           out: {id, type, key, error}
import facade from './engine.cjs';
import { openRun } from './engine-run.js';
// scripts/build's wasm step puts the glue there (minified) before it bundles this file.
import createStackHeapEngine from './dist/stack-heap-engine.js';

// Where this script was served from: its own URL, or, started from a blob
// (the page is on another origin: shared-engine.js), the URL the blob names.
const base = self.stackHeapBase || self.location.href;

// The compiled wasm. The page that started this worker compiles it itself
// (shared-engine.js) when it named the worker MODULE_FROM_PAGE: it fetches
// the wasm while this worker is still starting, and posts the module (or
// null, when it could not: then this worker fetches it). Otherwise the
// worker fetches and compiles it as it streams in, from its first line on.
// A server that does not send application/wasm gets the bytes compiled once
// they are in.
const MODULE_FROM_PAGE = 'stack-heap-engine (module from the page)';
const wasmUrl = new URL('stack-heap-engine.wasm', base).href;
let fromPage = null;
const fetchWasm = () => WebAssembly.compileStreaming(fetch(wasmUrl)).catch(() =>
  fetch(wasmUrl).then((r) => {
    if (!r.ok) throw new Error(`the engine could not be downloaded (${r.status} ${wasmUrl})`);
    return r.arrayBuffer();
  }).then((bytes) => WebAssembly.compile(bytes)));
const wasmModule = self.name === MODULE_FROM_PAGE
  ? new Promise((resolve) => { fromPage = resolve; }).then((module) => module || fetchWasm())
  : fetchWasm();

const engine = facade.load({ factory: createStackHeapEngine, wasmModule });
const sessions = new Map();  // key -> an open run (engine-run.js)

function session(key) {
  const s = sessions.get(key);
  if (!s) throw new Error('no run under key ' + key);
  return s;
}

function run(e, { key, source, stdin, budget, step, final }) {
  const start = performance.now();
  sessions.get(key)?.dispose();
  sessions.delete(key);
  const s = openRun(e, String(source), { fileName: 'main.rs', stepBudget: budget, stdin: String(stdin || '') });
  sessions.set(key, s);
  const opened = performance.now();
  const summary = s.summary;
  const n = summary.count;
  const shown = Number.isInteger(step) && n ? Math.max(0, Math.min(n - 1, step)) : summary.defaultStep;
  const view = shown >= 0 ? s.view(shown) : null;
  const finalView = final && summary.defaultStep >= 0 ? (summary.defaultStep === shown ? view : s.view(summary.defaultStep)) : null;
  const end = performance.now();
  const timing = { run: s.runMs, timeline: opened - start - s.runMs, view: end - opened };
  return { run: summary, step: shown, view, final: finalView, ms: end - start, timing };
}

self.onmessage = async (event) => {
  const { id, type, key } = event.data;
  if (type === 'module') {
    fromPage?.(event.data.module);
    fromPage = null;
    return;
  }
  try {
    const e = await engine;
    if (type === 'run') {
      const reply = run(e, event.data);
      const t = reply.run.timeline;
      self.postMessage({ id, type, key, ...reply }, [t.marks.buffer, t.lines.buffer, t.live.buffer]);
    } else if (type === 'view') {
      self.postMessage({ id, type, key, step: event.data.step, view: session(key).view(event.data.step) });
    } else if (type === 'release') {
      sessions.get(key)?.dispose();
      sessions.delete(key);
      self.postMessage({ id, type, key });
    } else {
      throw new Error('unknown request ' + type);
    }
  } catch (err) {
    self.postMessage({ id, type, key, error: String((err && err.message) || err) });
  }
};
