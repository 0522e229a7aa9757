// One run held open in the worker, in the shapes the worker protocol sends
// (worker.js): the summary with its per-step typed arrays, and the view of
// one step with that step's own facts beside the memory.
//
//   const r = openRun(engine, source, options);   engine: engine.cjs's load()
//   r.summary() -> {outcome, exitCode, stdout, stderr, panic, diagnostics, count,
//                   defaultStep, totals, timeline: {marks, lines, live}}
//   r.view(step) -> the view with kind, line, col, endLine, endCol, depth,
//                   stdout and events;  r.dispose()
import { MARKS, compactEvents, stepMark, runSummary, heapSeries } from './trace-stats.js';
import { defaultStep } from './controller.js';

export function openRun(engine, source, options) {
  const session = engine.session();
  const result = session.run(source, options);
  const steps = result.steps || [];
  const n = steps.length;
  const marks = new Uint8Array(n), lines = new Uint32Array(n), live = new Float64Array(heapSeries(steps));
  for (let i = 0; i < n; i++) {
    marks[i] = MARKS.indexOf(stepMark(steps[i]));
    lines[i] = steps[i].line;
  }
  const summary = {
    outcome: result.outcome,
    exitCode: result.exitCode,
    stdout: result.stdout || '',
    stderr: result.stderr || '',
    panic: result.panic || null,
    diagnostics: result.diagnostics || [],
    count: n,
    defaultStep: defaultStep(steps, result.outcome),
    totals: runSummary(steps),
    timeline: { marks, lines, live },
  };
  return {
    summary: () => summary,
    view(step) {
      const s = steps[step];
      return { ...session.view(step), kind: s.kind, line: s.line, col: s.col, endLine: s.endLine, endCol: s.endCol,
        depth: s.depth, stdout: s.stdout, events: compactEvents(s.events) };
    },
    dispose: () => session.dispose(),
  };
}
