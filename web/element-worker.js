// The worker every <stack-heap> element (and the iframe embed) on a page
// shares: one engine, one wasm instance, one session per element so each
// keeps its own trace for view requests. Bundled into dist/element-worker.js
// (a classic worker: importScripts brings in the Emscripten factory beside it).
// Messages (every reply carries the request's id):
//   in:  {id, type: 'run', key, source, step, stdin}   step: 0-based step to show, or null
//   out: {id, type: 'run', run, step, view, final, ms}
//        final: the view at the default step (used to grade quizzes)
//        run.timeline {marks, live}, run.summary and each step's `ev` come
//        from trace-stats.js (timeline strip, compare view, predict mode)
//   in:  {id, type: 'view', key, step}           out: {id, type: 'view', step, view}
//   in:  {id, type: 'close', key}                frees the element's session
//   any failure:                                 out: {id, type, error}
import facade from './engine.cjs';
import { defaultStep } from './controller.js';
import { compactEvents, timelineData, runSummary } from './trace-stats.js';

// Where this script was served from: its own URL, or, started from a blob
// (the page is on another origin: shared-engine.js), the URL the blob names.
const base = self.stackHeapBase || self.location.href;

/* global createStackHeapEngine */
self.importScripts(new URL('stack-heap-engine.js', base).href);

export const STEP_BUDGET = 20000;

const engine = facade.load({ factory: createStackHeapEngine, locateFile: (file) => new URL(file, base).href });
const sessions = new Map();  // key -> session

function slim(result) {
  const steps = result.steps || [];
  return {
    timeline: timelineData(steps),
    summary: runSummary(steps),
    outcome: result.outcome,
    exitCode: result.exitCode,
    stdout: result.stdout || '',
    stderr: result.stderr || '',
    diagnostics: (result.diagnostics || []).map((d) => ({ code: d.code, message: d.message, rendered: d.rendered, labels: d.labels })),
    steps: steps.map((s) => ({ kind: s.kind, line: s.line, depth: s.depth, stdout: s.stdout, narration: s.narration, ev: compactEvents(s.events) })),
  };
}

self.onmessage = async (event) => {
  const { id, type, key } = event.data;
  try {
    const e = await engine;
    if (type === 'run') {
      const start = performance.now();
      let session = sessions.get(key);
      if (!session) sessions.set(key, (session = e.session()));
      const run = slim(session.run(event.data.source, { fileName: 'main.rs', stepBudget: STEP_BUDGET, stdin: String(event.data.stdin || '') }));
      const n = run.steps.length;
      const def = defaultStep(run.steps, run.outcome);
      const want = event.data.step;
      // A run with no steps (a compile error) has no view, whatever step was kept.
      const step = Number.isInteger(want) && n > 0 ? Math.max(0, Math.min(n - 1, want)) : def;
      const view = step >= 0 ? session.view(step) : null;
      const final = def >= 0 ? (def === step ? view : session.view(def)) : null;
      self.postMessage({ id, type, run, step, view, final, ms: performance.now() - start });
    } else if (type === 'view') {
      const session = sessions.get(key);
      if (!session) throw new Error('no run for this element yet');
      self.postMessage({ id, type, step: event.data.step, view: session.view(event.data.step) });
    } else if (type === 'close') {
      sessions.get(key)?.dispose();
      sessions.delete(key);
      self.postMessage({ id, type });
    } else {
      throw new Error('unknown request ' + type);
    }
  } catch (err) {
    self.postMessage({ id, type, error: String((err && err.message) || err) });
  }
};
