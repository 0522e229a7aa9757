// The page's worker client with a fake worker: per key, the newest run wins;
// views of a run that was replaced are refused; a worker stuck in a run
// nobody wants, or past the timeout, is replaced and the other keys' runs
// are rebuilt in the new one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EngineClient } from '../../web/engine-client.js';

function fakeWorkers() {
  const made = [];
  const create = () => {
    const w = { sent: [], terminated: false, postMessage(m) { this.sent.push(m); }, terminate() { this.terminated = true; } };
    made.push(w);
    return w;
  };
  return { made, create };
}
const answer = (w, message, extra) => w.onmessage({ data: { id: message.id, type: message.type, key: message.key, ...extra } });
const last = (w) => w.sent.at(-1);
const tick = () => new Promise((r) => setTimeout(r, 0));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

test('a key\'s runs queue behind the one in flight; only the newest is answered', async () => {
  const { made, create } = fakeWorkers();
  const client = new EngineClient({ url: 'w.js', createWorker: create, timeoutMs: 1000, cancelGraceMs: 1000 });
  const w = made[0];
  const first = client.run('k', { source: 'a' });
  const second = client.run('k', { source: 'b' });
  const third = client.run('k', { source: 'c' });
  assert.equal(w.sent.length, 1, 'one run of a key at a time');
  assert.deepEqual(await second, { superseded: true });
  answer(w, w.sent[0], { run: 'A' });
  assert.deepEqual(await first, { superseded: true }, 'a stale answer is not shown');
  await tick();
  assert.equal(w.sent.length, 2);
  assert.equal(w.sent[1].source, 'c');
  answer(w, w.sent[1], { run: 'C' });
  const r = await third;
  assert.equal(r.run, 'C');
  assert.equal(made.length, 1, 'the worker answered in time: no restart');
});

test('two keys run side by side without replacing each other', async () => {
  const { made, create } = fakeWorkers();
  const client = new EngineClient({ url: 'w.js', createWorker: create });
  const w = made[0];
  const a = client.run('a', { source: 'x' });
  const b = client.run('b', { source: 'y' });
  assert.equal(w.sent.length, 2);
  answer(w, w.sent[0], { run: 'A' });
  answer(w, w.sent[1], { run: 'B' });
  assert.equal((await a).run, 'A');
  assert.equal((await b).run, 'B');
});

test('a view of a run that has been replaced is refused, never answered from the newer trace', async () => {
  const { made, create } = fakeWorkers();
  const client = new EngineClient({ url: 'w.js', createWorker: create });
  const w = made[0];
  const one = client.run('k', { source: 'a' });
  answer(w, w.sent[0], { run: 'A' });
  const { runId } = await one;
  const v = client.view('k', runId, 2);
  assert.equal(last(w).type, 'view');
  answer(w, last(w), { view: { step: 2 } });
  assert.deepEqual((await v).view, { step: 2 });
  const two = client.run('k', { source: 'b' });
  assert.deepEqual(await client.view('k', runId, 3), { stale: true });
  answer(w, last(w), { run: 'B' });
  await two;
});

test('a superseded run that keeps the worker busy past the grace period gets the worker replaced; other keys are rebuilt', async () => {
  const { made, create } = fakeWorkers();
  const client = new EngineClient({ url: 'w.js', createWorker: create, timeoutMs: 5000, cancelGraceMs: 20 });
  const w = made[0];
  const other = client.run('other', { source: 'o' });
  answer(w, w.sent[0], { run: 'O' });
  const { runId } = await other;
  const slow = client.run('k', { source: 'loop' });
  const fresh = client.run('k', { source: 'quick' });
  await sleep(40);
  assert.equal(w.terminated, true, 'the busy worker is replaced');
  assert.deepEqual(await slow, { superseded: true });
  const w2 = made[1];
  assert.equal(w2.sent[0].type, 'run');
  assert.equal(w2.sent[0].key, 'other', 'the other key\'s run is rebuilt first');
  await tick();
  const run = w2.sent.find((m) => m.key === 'k');
  assert.equal(run.source, 'quick');
  answer(w2, run, { run: 'Q' });
  assert.equal((await fresh).run, 'Q');
  const v = client.view('other', runId, 1);
  answer(w2, last(w2), { view: { step: 1 } });
  assert.deepEqual((await v).view, { step: 1 }, 'views of the rebuilt run still work');
});

test('a run past the timeout fails, and the worker is replaced', async () => {
  const { made, create } = fakeWorkers();
  let told = null;
  const client = new EngineClient({ url: 'w.js', createWorker: create, timeoutMs: 20, onRestart: (e) => (told = e && e.message) });
  const stuck = client.run('k', { source: 'loop {}' });
  await assert.rejects(stuck, (err) => err.timeout && /longer than 0.02 s/.test(err.message));
  assert.equal(made[0].terminated, true);
  assert.equal(made.length, 2, 'a new worker');
  assert.match(told, /stopped and restarted/);
  const next = client.run('k', { source: 'let x = 1;' });
  answer(made[1], last(made[1]), { run: 'ok' });
  assert.equal((await next).run, 'ok');
});

test('views asked for in one turn are answered together; a later turn\'s view waits for none of them', async () => {
  const { made, create } = fakeWorkers();
  const client = new EngineClient({ url: 'w.js', createWorker: create });
  const w = made[0];
  const ranA = client.run('a', { source: 'x' });
  const ranB = client.run('b', { source: 'y' });
  answer(w, w.sent[0], { run: 'A' });
  answer(w, w.sent[1], { run: 'B' });
  const [ra, rb] = await Promise.all([ranA, ranB]);
  const settled = [];
  const va = client.view('a', ra.runId, 3).then((r) => settled.push(['a', r.view]));
  const vb = client.view('b', rb.runId, 4).then((r) => settled.push(['b', r.view]));
  const [askA, askB] = w.sent.slice(2);
  answer(w, askA, { view: 'A3' });
  await sleep(5);
  assert.deepEqual(settled, [], 'side a waits for side b');
  await tick();
  const later = client.view('a', ra.runId, 5).then((r) => settled.push(['a', r.view]));
  answer(w, w.sent.at(-1), { view: 'A5' });
  await later;
  assert.deepEqual(settled, [['a', 'A5']], 'a view asked in a later turn is not held back by the earlier ones');
  answer(w, askB, { view: 'B4' });
  await Promise.all([va, vb]);
  assert.deepEqual(settled.slice(1), [['a', 'A3'], ['b', 'B4']], 'both answered in the same turn, in the order asked');
});
