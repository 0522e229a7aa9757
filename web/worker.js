// Runs the engine off the main thread so a long program never freezes typing.
//
// Loaded as a classic worker: importScripts brings in the Emscripten factory
// and the facade (engine.js), which is why both are plain scripts. Messages:
//   in:  {id, type: 'run', source}      out: {id, type: 'run', display}
//   in:  {id, type: 'diagram', step}    out: {id, type: 'diagram', step, text}
//   any failure:                        out: {id, type, error}
// Only display-ready data crosses to the page; the full trace stays here in
// the session, which answers diagram requests for the last run.
/* global StackHeapEngine, createStackHeapEngine */
importScripts('dist/stack-heap-engine.js', 'engine.js');

const ready = StackHeapEngine.load({
  factory: createStackHeapEngine,
  locateFile: (file) => new URL('dist/' + file, self.location.href).href,
}).then((engine) => engine.session());

// What the page shows of a result (schema: engine/trace/SCHEMA.md).
function display(result) {
  const steps = result.steps || (result.trace && result.trace.steps) || [];
  return {
    outcome: result.outcome,
    exitCode: result.exitCode,
    stdout: result.stdout || '',
    diagnostics: result.stderr || '',
    steps: steps.map((step) => ({
      line: step.line !== undefined ? step.line : step.begin && step.begin.line,
      narration: step.narration || '',
    })),
  };
}

self.onmessage = async (event) => {
  const { id, type } = event.data;
  try {
    const session = await ready;
    if (type === 'run') {
      const result = session.run(event.data.source, { fileName: 'main.rs' });
      self.postMessage({ id, type, display: display(result) });
    } else if (type === 'diagram') {
      self.postMessage({ id, type, step: event.data.step, text: session.diagram(event.data.step) });
    } else {
      throw new Error('unknown request ' + type);
    }
  } catch (err) {
    self.postMessage({ id, type, error: String((err && err.message) || err) });
  }
};
