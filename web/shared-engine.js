// One engine for every <stack-heap> on a page: the first element that needs
// it (when it scrolls into view) starts the worker; later ones reuse it.
// Requests carry the element's key, so each element keeps its own trace in
// the worker. Built on EngineClient's request/timeout machinery, but with no
// "newest run wins" rule: two elements' runs must not supersede each other.
import { EngineClient } from './engine-client.js';

let client = null;
let nextKey = 1;

// For tests and the bench: how many workers this page has started.
export const stats = { workers: 0 };

export function workerUrl() {
  return new URL('element-worker.js', import.meta.url);
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
      timeoutMs: 5000,
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

export const runOn = (key, source, step, stdin = '') => sharedEngine().send({ type: 'run', key, source, step, stdin }, 5000);
export const viewOn = (key, step) => sharedEngine().send({ type: 'view', key, step }, 5000);
export function closeOn(key) {
  if (client) client.send({ type: 'close', key }, 0).catch(() => {});
}
