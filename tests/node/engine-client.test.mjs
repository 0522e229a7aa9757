// The page's worker client with a fake worker: the newest run wins, and a
// stuck worker is terminated and replaced after the timeout.
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
const reply = (w, i, extra) => w.onmessage({ data: { id: w.sent[i].id, type: w.sent[i].type, ...extra } });
const tick = () => new Promise((r) => setTimeout(r, 0));

test('runs queue behind the one in flight; only the newest is answered', async () => {
  const { made, create } = fakeWorkers();
  const client = new EngineClient({ url: 'w.js', createWorker: create, timeoutMs: 1000 });
  const w = made[0];
  const first = client.run('a', null);
  const second = client.run('b', null);
  const third = client.run('c', null);
  assert.equal(w.sent.length, 1, 'one run at a time');
  assert.deepEqual(await second, { superseded: true });
  reply(w, 0, { run: 'A' });
  assert.deepEqual(await first, { superseded: true }, 'a stale answer is not shown');
  await tick();
  assert.equal(w.sent.length, 2);
  assert.equal(w.sent[1].source, 'c');
  reply(w, 1, { run: 'C' });
  assert.equal((await third).run, 'C');
});

test('a run past the timeout restarts the worker and says so', async () => {
  const { made, create } = fakeWorkers();
  let told = null;
  const client = new EngineClient({ url: 'w.js', createWorker: create, timeoutMs: 20, onTimeout: (e) => (told = e.message) });
  const stuck = client.run('loop {}', null);
  await assert.rejects(stuck, /longer than 0.02 s/);
  assert.equal(made[0].terminated, true);
  assert.equal(made.length, 2, 'a new worker');
  assert.match(told, /stopped and restarted/);
  const next = client.run('let x = 1;', null);
  reply(made[1], 0, { run: 'ok' });
  assert.equal((await next).run, 'ok');
});
