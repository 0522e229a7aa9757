// One engine for the page: the first element (or page) that needs it starts
// the worker; everything after reuses it. Each user keeps its own run in the
// worker under its own key (engine-client.js), so two elements' runs never
// replace each other, and only a key's newer run replaces its older one.
//
// The page fetches and compiles the wasm itself, once, held in this module's
// scope, and posts the compiled module to the worker (worker.js instantiates
// it). A worker takes a while to start (its script comes through the browser,
// then a thread and a JavaScript heap), and the download and compile run
// meanwhile instead of after it. When the page cannot compile it (no
// WebAssembly.compileStreaming, a download or CSP failure), the worker is
// told so and fetches the wasm itself, as it would alone.
import { EngineClient } from './engine-client.js';

let client = null;
let nextKey = 1;

// For tests and the bench: how many workers this page has started.
export const stats = { workers: 0 };

export function workerUrl() {
  return new URL('worker.js', import.meta.url);
}

// A page may start a worker only from its own origin. When the element's
// files come from another (a CDN), the worker is a same-origin blob whose one
// line imports the real script (a classic worker's importScripts loads across
// origins); it is told where that script lives, so it finds the engine and
// the wasm beside it, and fetches the wasm with CORS. Same-origin pages start
// the script directly, so a strict CSP needs no `blob:`.
export function startWorker(url, pageOrigin = globalThis.location?.origin, options = {}) {
  if (url.origin === pageOrigin) return new Worker(url, options);
  const boot = `self.stackHeapBase = ${JSON.stringify(url.href)};\nimportScripts(self.stackHeapBase);\n`;
  return new Worker(URL.createObjectURL(new Blob([boot], { type: 'text/javascript' })), options);
}

// The name that tells worker.js a module will come from the page.
const MODULE_FROM_PAGE = 'stack-heap-engine (module from the page)';

// The wasm beside the worker script, compiled (streaming when the server
// says application/wasm), or null when that failed: fetched once per page.
let compiled = null;
function compiledModule(workerUrl) {
  if (!compiled) {
    compiled = fetch(new URL('stack-heap-engine.wasm', workerUrl)).then((r) => {
      if (!r.ok) return null;
      const streams = typeof WebAssembly.compileStreaming === 'function' &&
        (r.headers.get('Content-Type') || '').startsWith('application/wasm');
      return streams ? WebAssembly.compileStreaming(r) : r.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
    }).catch(() => null);
  }
  return compiled;
}

// A worker, and the page's compiled wasm posted to it once there.
function workerWithModule(url) {
  const worker = startWorker(url, globalThis.location?.origin, { name: MODULE_FROM_PAGE });
  compiledModule(url).then((module) => {
    try {
      worker.postMessage({ type: 'module', module });
    } catch {
      worker.postMessage({ type: 'module', module: null });  // a module this browser cannot post
    }
  });
  return worker;
}

export function sharedEngine() {
  if (!client) {
    client = new EngineClient({
      url: workerUrl(),
      createWorker: (url) => {
        stats.workers++;
        globalThis.__stackHeapWorkers = stats.workers;
        return workerWithModule(url);
      },
      onError: (message) => console.warn('stack-heap: ' + message),
    });
  }
  return client;
}

export const newKey = () => `k${nextKey++}`;

// The same engine, started on its first run: what an element holds from
// its constructor on, so the worker waits until an element is seen.
export const lazyEngine = {
  run: (key, request) => sharedEngine().run(key, request),
  view: (key, runId, step) => sharedEngine().view(key, runId, step),
  release: (key) => client?.release(key),
};
