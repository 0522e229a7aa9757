// One run held open in the worker, in the shapes the worker protocol sends
// (worker.js): the summary with the timeline's per-step typed arrays, and
// the view of one step, which carries that step's own facts and events.
// Everything here comes from the engine's summary, timeline and step views;
// no whole run crosses from the engine.
//
//   const r = openRun(engine, source, options);   engine: engine.cjs's load()
//   r.summary -> {outcome, exitCode, stdout, stderr, panic, diagnostics, count,
//                 defaultStep, totals, timeline: {marks, lines, live}}
//   r.runMs: how long the run itself took (sh::run and its summary)
//   r.view(step) -> the step's view (SCHEMA.md, "The step's view");  r.dispose()
import { stepMarks } from './trace-stats.js';

export function openRun(engine, source, options) {
  const start = performance.now();
  const run = engine.open(source, options);
  const runMs = performance.now() - start;
  const s = run.summary;
  const t = run.timeline();
  const summary = {
    outcome: s.outcome,
    exitCode: s.exitCode,
    stdout: s.stdout || '',
    stderr: s.stderr || '',
    panic: s.panic || null,
    diagnostics: s.diagnostics || [],
    count: s.stepCount,
    defaultStep: s.openingStep,
    totals: { steps: s.stepCount, ...s.totals },
    timeline: { marks: stepMarks(t.kinds, t.events, s.stepKinds, s.eventKinds), lines: t.lines, live: t.liveBytes },
  };
  return { summary, runMs, view: (step) => run.view(step), dispose: () => run.dispose() };
}
