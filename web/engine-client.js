// The page's side of the worker: one run at a time, the newest source wins,
// and a run that takes too long gets the worker terminated and restarted.
//
// The engine stops runaway programs itself (the step budget), but a bug or a
// pathological program could still spin inside one step; the timeout is the
// guard for that, so the page never waits forever.
export class EngineClient {
  constructor({ url, timeoutMs = 3000, onTimeout = () => {}, onError = () => {}, createWorker } = {}) {
    this.url = url;
    this.timeoutMs = timeoutMs;
    this.onTimeout = onTimeout;
    this.onError = onError;
    this.createWorker = createWorker || ((u) => new Worker(u));
    this.nextId = 1;
    this.waiting = new Map();  // id -> {resolve, reject, timer}
    this.running = null;       // the run request in flight
    this.queued = null;        // the newest run request not yet sent
    this.start();
  }

  start() {
    this.worker = this.createWorker(this.url);
    this.worker.onmessage = (event) => this.answer(event.data);
    this.worker.onerror = (event) => {
      event.preventDefault?.();
      this.onError('the engine failed to load: ' + (event.message || 'unknown error'));
    };
  }

  answer(reply) {
    const pending = this.waiting.get(reply.id);
    if (!pending) return;
    this.waiting.delete(reply.id);
    clearTimeout(pending.timer);
    if (reply.type === 'run') this.finishRun();
    if (reply.error) pending.reject(new Error(reply.error));
    else pending.resolve(reply);
  }

  send(message, timeout) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const entry = { resolve, reject, timer: 0 };
      if (timeout) entry.timer = setTimeout(() => this.expire(id), timeout);
      this.waiting.set(id, entry);
      this.worker.postMessage({ ...message, id });
    });
  }

  // Resolves with the run's reply, or with {superseded: true} when a newer
  // run replaced it before it was sent or answered.
  run(source, keep, stdin = '') {
    return new Promise((resolve, reject) => {
      if (this.queued) this.queued.resolve({ superseded: true });
      if (this.running) this.running.stale = true;
      this.queued = { source, keep, stdin, resolve, reject };
      if (!this.running) this.sendQueued();
    });
  }

  sendQueued() {
    const job = this.queued;
    this.queued = null;
    if (!job) return;
    this.running = job;
    this.send({ type: 'run', source: job.source, keep: job.keep, stdin: job.stdin }, this.timeoutMs).then(
      (reply) => job.resolve(job.stale ? { superseded: true } : reply),
      (err) => job.reject(err));
  }

  finishRun() {
    this.running = null;
    queueMicrotask(() => this.sendQueued());
  }

  view(step) {
    return this.send({ type: 'view', step }, this.timeoutMs);
  }

  // A request ran past the timeout: the worker is stuck. Replace it; every
  // request it held fails, and the queued run (if any) goes to the new one.
  expire(id) {
    if (!this.waiting.has(id)) return;
    this.worker.terminate();
    const failed = [...this.waiting.values()];
    this.waiting.clear();
    this.running = null;
    const err = new Error(`The engine took longer than ${this.timeoutMs / 1000} s, so it was stopped and restarted.`);
    err.timeout = true;
    for (const p of failed) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.onTimeout(err);
    this.start();
    this.sendQueued();
  }
}
