// Runs the engine off the main thread so a long program never freezes typing.
//
// Bundled by scripts/build into dist/worker.js (a classic worker):
// importScripts brings in the Emscripten factory next to it, and engine.js is
// the facade. Messages (every reply carries the request's id):
//   in:  {id, type: 'run', source, keep, stdin}   keep: the step to show, or null;
//                                          stdin: what the program reads from standard input
//   out: {id, type: 'run', run, step, view, ms}
//        run: the result with each step's events compacted (trace-stats.js:
//             `ev`, no written bytes), plus `timeline` {marks, live} and `summary`
//        step: the step shown (keep if it exists, else the default step)
//   in:  {id, type: 'view', step}          out: {id, type: 'view', step, view}
//   any failure:                           out: {id, type, error}
// The full trace stays here in the session, which answers view requests.
import facade from './engine.cjs';
import { defaultStep } from './controller.js';
import { compactEvents, timelineData, runSummary } from './trace-stats.js';

/* global createStackHeapEngine */
self.importScripts('stack-heap-engine.js');

export const STEP_BUDGET = 20000;

const ready = facade
  .load({ factory: createStackHeapEngine, locateFile: (file) => new URL(file, self.location.href).href })
  .then((engine) => engine.session());

function slim(result) {
  const steps = result.steps || [];
  return {
    timeline: timelineData(steps),
    summary: runSummary(steps),
    outcome: result.outcome,
    exitCode: result.exitCode,
    stdout: result.stdout || '',
    stderr: result.stderr || '',
    panic: result.panic || null,
    diagnostics: result.diagnostics || [],
    steps: (result.steps || []).map((s) => ({
      kind: s.kind, line: s.line, col: s.col, endLine: s.endLine, endCol: s.endCol,
      depth: s.depth, stdout: s.stdout, narration: s.narration, ev: compactEvents(s.events),
    })),
  };
}

self.onmessage = async (event) => {
  const { id, type } = event.data;
  try {
    const session = await ready;
    if (type === 'run') {
      const start = performance.now();
      const result = slim(session.run(event.data.source, { fileName: 'main.rs', stepBudget: STEP_BUDGET, stdin: String(event.data.stdin || '') }));
      const keep = event.data.keep;
      const n = result.steps.length;
      const step = Number.isInteger(keep) && keep >= 0 && keep < n ? keep : defaultStep(result.steps, result.outcome);
      const view = step >= 0 ? session.view(step) : null;
      self.postMessage({ id, type, run: result, step, view, ms: performance.now() - start });
    } else if (type === 'view') {
      self.postMessage({ id, type, step: event.data.step, view: session.view(event.data.step) });
    } else {
      throw new Error('unknown request ' + type);
    }
  } catch (err) {
    self.postMessage({ id, type, error: String((err && err.message) || err) });
  }
};
