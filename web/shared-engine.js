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

export function sharedEngine() {
  if (!client) {
    client = new EngineClient({
      url: workerUrl(),
      timeoutMs: 5000,
      createWorker: (url) => {
        stats.workers++;
        globalThis.__stackHeapWorkers = stats.workers;
        return new Worker(url);
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
