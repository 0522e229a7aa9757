// The page's side of the engine worker (worker.js): runs and views by
// session key, the newest run of a key wins, and a worker stuck in a run
// nobody wants any more is replaced.
//
//   const client = new EngineClient({ url });
//   client.run(key, {source, stdin, budget, step, final}) -> the run's reply,
//       or {superseded: true} when a newer run of the same key replaced it
//   client.view(key, runId, step) -> {view}, or {stale: true} when the key
//       has run again since runId; views asked for in one turn of the event
//       loop are answered together (the compare view's two sides: both
//       diagrams change in the same task, so in one layout and one frame)
//   client.release(key)
//
// The engine runs a program to its end in one go, so a message cannot stop
// it: a superseded run still in flight is given `cancelGraceMs` to finish
// (its result is dropped either way). Past that, or past `timeoutMs` for any
// request, the worker is terminated and a new one started; every other
// key's last run is replayed into it (runs are deterministic, so its views
// stay valid) before the requests that were waiting are sent again.
export class EngineClient {
  #url;
  #createWorker;
  #timeoutMs;
  #cancelGraceMs;
  #onError;
  #onRestart;
  #worker = null;
  #nextId = 1;
  #nextRun = 1;
  #waiting = new Map();  // id -> {message, resolve, reject, transfer}
  #keys = new Map();     // key -> {current: job in flight, queued: job, done: the last run message answered}
  #timer = 0;
  #turn = null;          // the views asked for in this turn: {asked, all}

  constructor({ url, createWorker = (u) => new Worker(u), timeoutMs = 30000, cancelGraceMs = 200, onError = () => {}, onRestart = () => {} }) {
    this.#url = url;
    this.#createWorker = createWorker;
    this.#timeoutMs = timeoutMs;
    this.#cancelGraceMs = cancelGraceMs;
    this.#onError = onError;
    this.#onRestart = onRestart;
    this.restarts = 0;
    this.#start();
  }

  run(key, { source, stdin = '', budget, step = null, final = false }) {
    const k = this.#key(key);
    return new Promise((resolve, reject) => {
      if (k.queued) k.queued.resolve({ superseded: true });
      k.queued = { message: { type: 'run', key, runId: this.#nextRun++, source, stdin, budget, step, final }, resolve, reject };
      if (k.current) this.#supersede(k.current);
      else this.#sendQueued(key);
    });
  }

  view(key, runId, step) {
    const k = this.#keys.get(key);
    if (!k || !k.done || k.done.runId !== runId || k.queued || k.current) return Promise.resolve({ stale: true });
    return this.#together(this.#send({ type: 'view', key, step }));
  }

  // `asked`, settled once every view asked for in this turn has come back.
  #together(asked) {
    if (!this.#turn) {
      const turn = { asked: [] };
      turn.all = new Promise((resolve) => queueMicrotask(() => {
        this.#turn = null;
        Promise.allSettled(turn.asked).then(resolve);
      }));
      this.#turn = turn;
    }
    this.#turn.asked.push(asked);
    return this.#turn.all.then(() => asked);
  }

  release(key) {
    const k = this.#keys.get(key);
    if (!k) return;
    if (k.queued) k.queued.resolve({ superseded: true });
    k.queued = null;
    if (k.current) this.#supersede(k.current);
    k.done = null;
    this.#send({ type: 'release', key }).catch(() => {});
  }

  #key(key) {
    if (!this.#keys.has(key)) this.#keys.set(key, { current: null, queued: null, done: null });
    return this.#keys.get(key);
  }

  #sendQueued(key) {
    const k = this.#keys.get(key);
    const job = k && k.queued;
    if (!job) return;
    k.queued = null;
    k.current = job;
    this.#send(job.message).then((reply) => {
      k.current = null;
      if (job.stale) job.resolve({ superseded: true });
      else {
        k.done = job.message;
        job.resolve({ ...reply, runId: job.message.runId });
      }
      this.#sendQueued(key);
    }, (err) => {
      k.current = null;
      if (job.stale) job.resolve({ superseded: true });
      else job.reject(err);
      this.#sendQueued(key);
    });
  }

  // A newer run replaced the one in flight: drop its result, and replace the
  // worker if it keeps running past the grace period.
  #supersede(job) {
    if (job.stale) return;
    job.stale = true;
    job.grace = setTimeout(() => {
      if (this.#keys.get(job.message.key)?.current === job) this.#restart(null);
    }, this.#cancelGraceMs);
  }

  #start() {
    this.#worker = this.#createWorker(this.#url);
    this.#worker.onmessage = (event) => this.#answer(event.data);
    this.#worker.onerror = (event) => {
      event.preventDefault?.();
      this.#onError('the engine failed to load: ' + (event.message || 'unknown error'));
    };
  }

  #answer(reply) {
    const pending = this.#waiting.get(reply.id);
    if (!pending) return;
    this.#waiting.delete(reply.id);
    this.#arm();
    if (reply.error) pending.reject(new Error(reply.error));
    else pending.resolve(reply);
  }

  #send(message) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { message: { ...message, id }, resolve, reject });
      this.#worker.postMessage({ ...message, id });
      this.#arm();
    });
  }

  // One timer for the oldest request waiting: the worker answers in order.
  #arm() {
    clearTimeout(this.#timer);
    if (!this.#waiting.size) return;
    this.#timer = setTimeout(() => this.#restart(new Error(`The engine took longer than ${this.#timeoutMs / 1000} s, so it was stopped and restarted.`)), this.#timeoutMs);
  }

  // A new worker. `err`: the reason the oldest request fails (a timeout), or
  // null when the worker was replaced to drop a superseded run.
  #restart(err) {
    this.#worker.terminate();
    this.restarts++;
    const waiting = [...this.#waiting.values()];
    this.#waiting.clear();
    this.#start();
    const busy = waiting[0];
    // The key whose run is given up keeps no run in the worker; every other
    // key's run on screen is rebuilt.
    if (busy && busy.message.type === 'run') this.#keys.get(busy.message.key).done = null;
    for (const k of this.#keys.values()) if (k.done) this.#worker.postMessage({ ...k.done, id: 0 });
    for (const p of waiting) {
      if (p === busy) {
        if (err) {
          err.timeout = true;
          p.reject(err);
        } else {
          p.resolve({ superseded: true });
        }
        continue;
      }
      this.#waiting.set(p.message.id, p);
      this.#worker.postMessage(p.message);
    }
    this.#arm();
    this.#onRestart(err);
  }
}
