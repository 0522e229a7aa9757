// A small facade over the Emscripten module: JSON text in, plain objects out.
//
// It is a UMD-style CommonJS script (.cjs, since web/ is an ES-module folder):
// the page's worker bundle imports it through esbuild's CommonJS interop, node
// tests require() it, and a plain importScripts() still gets the global
// `StackHeapEngine`. The factory `createStackHeapEngine`
// comes from dist/stack-heap-engine.js; pass it in, or load that script first.
//
//   const engine = await StackHeapEngine.load({ factory, wasmBinary, locateFile });
//   engine.run(source, { stepBudget, stdin, fileName })  -> result object
//   const s = engine.session(); s.run(...); s.view(i); s.diagram(i); s.dispose();
//   const r = engine.open(source, { stepBudget, stdin, fileName });
//     r.summary (object: the run without its steps), r.timeline() ({ kinds,
//     lines, liveBytes, stdoutBytes }: typed arrays, one entry per step),
//     r.step(i), r.view(i), r.diagram(i), r.result() (the whole run), r.dispose()
//     One run kept in the engine with its own keyframes: the page asks for
//     what it draws, and several open runs can be asked in turn.
// Steps are 0-based here; the page shows them 1-based.
(function (root, define) {
  if (typeof module === 'object' && module.exports) module.exports = define();
  else root.StackHeapEngine = define();
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  function parse(json) {
    const value = JSON.parse(json);
    if (value && typeof value.internalError === 'string') {
      throw new Error('stack-heap engine internal error: ' + value.internalError);
    }
    return value;
  }

  function makeSession(module) {
    const native = new module.Session();
    let steps = 0;
    return {
      run(source, options) {
        const result = parse(native.run(String(source), options || {}));
        const list = result && (result.steps || (result.trace && result.trace.steps));
        steps = Array.isArray(list) ? list.length : 0;
        return result;
      },
      view(step) {
        checkStep(step, steps);
        return parse(native.view(step));
      },
      diagram(step) {
        checkStep(step, steps);
        return native.diagram(step);
      },
      dispose() {
        native.delete();
      },
    };
  }

  function openRun(module, source, options) {
    const native = new module.Session(String(source), options || {});
    let summary;
    try {
      summary = parse(native.summary());
    } catch (err) {
      native.delete();
      throw err;
    }
    const steps = summary.stepCount;
    let timeline = null;
    return {
      summary,
      timeline() {
        if (!timeline) {
          timeline = { kinds: native.stepKinds(), lines: native.stepLines(), liveBytes: native.stepLiveBytes(),
                       stdoutBytes: native.stepStdoutBytes() };
        }
        return timeline;
      },
      step(step) {
        checkStep(step, steps);
        return parse(native.step(step));
      },
      view(step) {
        checkStep(step, steps);
        return parse(native.view(step));
      },
      diagram(step) {
        checkStep(step, steps);
        return native.diagram(step);
      },
      result() {
        return parse(native.resultJson());
      },
      dispose() {
        native.delete();
      },
    };
  }

  function checkStep(step, count) {
    if (!Number.isInteger(step) || step < 0 || step >= count) {
      throw new RangeError('step ' + step + ' does not exist: the last run has steps 0 to ' + (count - 1));
    }
  }

  async function load(options) {
    const opts = options || {};
    const factory = opts.factory || (typeof createStackHeapEngine === 'function' ? createStackHeapEngine : null);
    if (!factory) throw new Error('StackHeapEngine.load: no factory (load dist/stack-heap-engine.js first)');
    const moduleOptions = {};
    if (opts.wasmBinary) moduleOptions.wasmBinary = opts.wasmBinary;
    if (opts.locateFile) moduleOptions.locateFile = opts.locateFile;
    const module = await factory(moduleOptions);
    return {
      run(source, runOptions) {
        return parse(module.run(String(source), runOptions || {}));
      },
      session() {
        return makeSession(module);
      },
      open(source, runOptions) {
        return openRun(module, source, runOptions);
      },
    };
  }

  return { load };
});
