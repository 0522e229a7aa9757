// A small facade over the Emscripten module: runs held open in the engine,
// JSON text in, plain objects out.
//
// It is a UMD-style CommonJS script (.cjs, since web/ is an ES-module folder):
// the page's worker bundle imports it through esbuild's CommonJS interop, node
// tests require() it, and a plain importScripts() still gets the global
// `StackHeapEngine`. The factory `createStackHeapEngine`
// comes from dist/stack-heap-engine.js; pass it in, or load that script first.
//
//   const engine = await StackHeapEngine.load({ factory, wasmBinary | wasmModule });
//     wasmModule: a compiled WebAssembly.Module, or a promise of one (the
//     worker starts compiling before the glue script has loaded)
//   const r = engine.open(source, { stepBudget, stdin, fileName });
//     r.summary     the run without its steps (SCHEMA.md, "The summary")
//     r.timeline()  { kinds, events, lines, liveBytes }: typed arrays, one
//                   entry per step (kinds index summary.stepKinds; bit k of
//                   events is summary.eventKinds[k])
//     r.view(i)     the memory after step i with the step itself (SCHEMA.md,
//                   "The step's view")
//     r.dispose()   frees the run in the engine
// The trace stays in the engine: each open run keeps its own keyframes, the
// page asks for the step it draws, and several open runs can be asked in
// turn. The whole run as one JSON document is the CLI's
// (`stack-heap trace FILE`), for tests. Steps are 0-based here; the page
// shows them 1-based.
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

  // The module's C functions (engine/wasm/binding.cpp) take strings as UTF-8
  // bytes in memory from its malloc, and answer text the same way.
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  function toMemory(module, text) {
    const bytes = encoder.encode(text);
    const at = module._malloc(bytes.length + 1);
    module.HEAPU8.set(bytes, at);  // read HEAPU8 after malloc: memory may have grown
    return { at, length: bytes.length };
  }

  // The text the run's last summary, view or timeline call answered, parsed.
  function answer(module, native) {
    const at = module._sh_answer(native);
    return parse(decoder.decode(module.HEAPU8.subarray(at, at + module._sh_answer_length(native))));
  }

  // A copy of `length` values of a typed array type starting at `at`.
  function copyOut(module, Type, at, length) {
    return new Type(module.HEAPU8.buffer, at, length).slice();
  }

  function openRun(module, source, options) {
    const opts = options || {};
    const budget = typeof opts.stepBudget === 'number' && opts.stepBudget >= 0 ? opts.stepBudget : -1;
    const strings = [String(source), typeof opts.stdin === 'string' ? opts.stdin : '',
      typeof opts.fileName === 'string' ? opts.fileName : null];
    const held = strings.map((text) => (text === null ? { at: 0, length: 0 } : toMemory(module, text)));
    let native;
    try {
      native = module._sh_open(held[0].at, held[0].length, budget, held[1].at, held[1].length, held[2].at, held[2].length);
    } finally {
      for (const h of held) if (h.at) module._free(h.at);
    }
    let summary;
    try {
      module._sh_summary(native);
      summary = answer(module, native);
    } catch (err) {
      module._sh_close(native);
      throw err;
    }
    const steps = summary.stepCount;
    let timeline = null;
    return {
      summary,
      timeline() {
        if (!timeline) {
          const n = module._sh_timeline(native);
          if (n < 0) answer(module, native);  // throws the engine's internal error
          timeline = { kinds: copyOut(module, Uint8Array, module._sh_step_kinds(native), n),
                       events: copyOut(module, Uint16Array, module._sh_step_events(native), n),
                       lines: copyOut(module, Uint32Array, module._sh_step_lines(native), n),
                       liveBytes: copyOut(module, Uint32Array, module._sh_step_live_bytes(native), n) };
        }
        return timeline;
      },
      view(step) {
        checkStep(step, steps);
        module._sh_step_view(native, step);
        return answer(module, native);
      },
      dispose() {
        module._sh_close(native);
      },
    };
  }

  function checkStep(step, count) {
    if (!Number.isInteger(step) || step < 0 || step >= count) {
      throw new RangeError('step ' + step + ' does not exist: the run has steps 0 to ' + (count - 1));
    }
  }

  async function load(options) {
    const opts = options || {};
    const factory = opts.factory || (typeof createStackHeapEngine === 'function' ? createStackHeapEngine : null);
    if (!factory) throw new Error('StackHeapEngine.load: no factory (load dist/stack-heap-engine.js first)');
    const moduleOptions = {};
    if (opts.wasmBinary) moduleOptions.wasmBinary = opts.wasmBinary;
    // Emscripten's hook for a module compiled elsewhere; a failure there
    // would leave the factory's promise pending, so it fails the load instead.
    let failed = null;
    const failure = new Promise((resolve, reject) => { failed = reject; });
    if (opts.wasmModule) {
      moduleOptions.instantiateWasm = (imports, receive) => {
        Promise.resolve(opts.wasmModule).then((m) => WebAssembly.instantiate(m, imports))
          .then((instance) => receive(instance), failed);
        return {};
      };
    }
    const module = await Promise.race([factory(moduleOptions), failure]);
    return {
      open(source, runOptions) {
        return openRun(module, source, runOptions);
      },
    };
  }

  return { load };
});
