// Every program in the Examples menu runs on the wasm engine and finishes.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { EXAMPLES } from '../../web/examples.js';

const require = createRequire(import.meta.url);
const dist = new URL('../../web/dist/', import.meta.url);
let engine;
before(async () => {
  const factory = require(new URL('stack-heap-engine.js', dist).pathname);
  const { load } = require('../../web/engine.cjs');
  engine = await load({ factory, wasmBinary: fs.readFileSync(new URL('stack-heap-engine.wasm', dist)) });
});

const expected = {
  chapter: /Kinetic Gateway:53 has 3 peers/,
  'vec-growth': /len=5 cap=8/,
  moves: /hello hello/,
  leak: /kept forever/,
  'linked-list': /sum = 6/,
  call: /Kinetic!Kinetic!/,
  statics: /hello: 30 \(limit 3\)/,
};

// A run's summary and the events of every step (each step's view carries its own).
function run(source) {
  const r = engine.open(source, {});
  try {
    return { ...r.summary, events: Array.from({ length: r.summary.stepCount }, (_, i) => r.view(i).events).flat() };
  } finally {
    r.dispose();
  }
}

for (const ex of EXAMPLES) {
  test(`example "${ex.title}" runs`, () => {
    const result = run(ex.source);
    assert.equal(result.outcome, 'finished', result.stderr);
    assert.match(result.stdout, expected[ex.id]);
  });
}

test('the Vec growth example really moves the buffer', () => {
  const reallocs = run(EXAMPLES.find((e) => e.id === 'vec-growth').source).events.filter((e) => e.kind === 'realloc');
  assert.ok(reallocs.some((e) => e.addr !== e.from), JSON.stringify(reallocs));
});

test('the leak example leaks', () => {
  assert.ok(run(EXAMPLES.find((e) => e.id === 'leak').source).events.some((e) => e.kind === 'leak'));
});
