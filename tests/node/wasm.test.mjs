// The wasm module as the page uses it, but under node: web/dist's
// stack-heap-engine.js loaded through web/engine.cjs. It checks that the
// Emscripten build, the Embind binding and the facade agree end to end; the
// engine's own behaviour is covered by the golden programs.
// Under node 20 the factory is given the .wasm bytes (wasmBinary) directly.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const dist = new URL('../../web/dist/', import.meta.url);
let engine;

before(async () => {
  const factory = require(new URL('stack-heap-engine.js', dist).pathname);
  const { load } = require('../../web/engine.cjs');
  engine = await load({ factory, wasmBinary: fs.readFileSync(new URL('stack-heap-engine.wasm', dist)) });
});

// Until engine/trace/SCHEMA.md lands, steps may sit at the top level or under
// `trace`, and events per step or once for the whole trace.
const stepsOf = (result) => result.steps || (result.trace && result.trace.steps) || [];
function allEvents(result) {
  const events = stepsOf(result).flatMap((step) => step.events || []);
  return events.concat(result.events || (result.trace && result.trace.events) || []);
}

test('a snippet prints and leaves a trace', () => {
  const result = engine.run('let port = 53u16;\nprintln!("{port}");\n', {});
  assert.equal(result.outcome, 'finished', JSON.stringify(result).slice(0, 500));
  assert.equal(result.stdout, '53\n');
  assert.ok(stepsOf(result).length > 0, 'the trace has steps');
});

test('String::from allocates its bytes on the heap', () => {
  const result = engine.run('let s = String::from("Kinetic Gateway");\nprintln!("{s}");\n', {});
  assert.equal(result.stdout, 'Kinetic Gateway\n');
  const allocs = allEvents(result).filter((e) => String(e.kind).toLowerCase() === 'alloc');
  assert.ok(allocs.some((e) => e.size === 15), 'an alloc of 15 bytes: ' + JSON.stringify(allocs));
});

test('a session keeps the last run for view and diagram', () => {
  const session = engine.session();
  try {
    const result = session.run('let port = 53u16;\nprintln!("{port}");\n', { stepBudget: 1000 });
    const last = stepsOf(result).length - 1;
    assert.ok(last >= 0, 'the trace has steps');
    assert.equal(typeof session.view(last), 'object');
    assert.match(session.diagram(last), /port/);
    assert.throws(() => session.diagram(last + 1), RangeError);
  } finally {
    session.dispose();
  }
});

test('the step budget stops an endless loop', () => {
  const result = engine.run('let mut n = 0u64;\nloop {\n    n += 1;\n}\n', { stepBudget: 50 });
  assert.equal(result.outcome, 'budget_exhausted');
  assert.ok(stepsOf(result).length <= 50 + 5, 'the trace stops near the budget');
});

test('an open run answers its summary, timeline, steps and views without the whole trace', () => {
  const source = 'let mut v = Vec::new();\nfor i in 0..5 {\n    v.push(i);\n}\nprintln!("{}", v.len());\n';
  const whole = engine.run(source, {});
  const a = engine.open(source, {});
  const b = engine.open('let s = String::from("other");\nprintln!("{s}");\n', {});
  try {
    assert.equal(a.summary.outcome, 'finished');
    assert.equal(a.summary.stdout, '5\n');
    assert.equal(a.summary.steps, undefined, 'the summary has no steps');
    const n = a.summary.stepCount;
    assert.equal(n, stepsOf(whole).length);
    const t = a.timeline();
    assert.ok(t.kinds instanceof Uint8Array && t.lines instanceof Uint32Array && t.liveBytes instanceof Uint32Array);
    assert.equal(t.kinds.length, n);
    for (let i = 0; i < n; i++) {
      const step = stepsOf(whole)[i];
      assert.equal(a.summary.stepKinds[t.kinds[i]], step.kind);
      assert.equal(t.lines[i], step.line);
      assert.equal(t.stdoutBytes[i], step.stdout);
      assert.deepEqual(a.step(i), step);
      // asked in turn with another open run: each keeps its own replay
      assert.equal(a.view(i).counters.liveBytes, t.liveBytes[i]);
      assert.equal(typeof b.view(Math.min(i, b.summary.stepCount - 1)), 'object');
    }
    assert.deepEqual(a.result(), whole);
    assert.match(a.diagram(n - 1), /THE HEAP/);
    assert.throws(() => a.view(n), RangeError);
  } finally {
    a.dispose();
    b.dispose();
  }
});
