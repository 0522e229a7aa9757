// One engine for the page: the first element (or page) that needs it starts
// the worker; everything after reuses it. Each user keeps its own run in the
// worker under its own key (engine-client.js), so two elements' runs never
// replace each other, and only a key's newer run replaces its older one.
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
export function startWorker(url, pageOrigin = globalThis.location?.origin) {
  if (url.origin === pageOrigin) return new Worker(url);
  const boot = `self.stackHeapBase = ${JSON.stringify(url.href)};\nimportScripts(self.stackHeapBase);\n`;
  return new Worker(URL.createObjectURL(new Blob([boot], { type: 'text/javascript' })));
}

export function sharedEngine() {
  if (!client) {
    client = new EngineClient({
      url: workerUrl(),
      createWorker: (url) => {
        stats.workers++;
        globalThis.__stackHeapWorkers = stats.workers;
        return startWorker(url);
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
