// The wasm module as the page uses it, but under node: web/dist's
// stack-heap-engine.js loaded through web/engine.cjs. It checks that the
// Emscripten build, the C binding (engine/wasm/binding.cpp) and the facade agree end to end, and
// that what the page asks of an open run (summary, timeline, step views)
// agrees with the whole run the native CLI writes (`stack-heap trace`); the
// engine's own behaviour is covered by the golden programs.
// Under node 20 the factory is given the .wasm bytes (wasmBinary) directly.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url);
const dist = new URL('web/dist/', root);
const CLI = new URL('build/native/stack-heap', root).pathname;
let engine;

before(async () => {
  const factory = require(new URL('stack-heap-engine.js', dist).pathname);
  const { load } = require('../../web/engine.cjs');
  engine = await load({ factory, wasmBinary: fs.readFileSync(new URL('stack-heap-engine.wasm', dist)) });
});

// An open run, its every step's view, then disposed.
function whole(source, options = {}) {
  const r = engine.open(source, options);
  try {
    return { summary: r.summary, timeline: r.timeline(), views: Array.from({ length: r.summary.stepCount }, (_, i) => r.view(i)) };
  } finally {
    r.dispose();
  }
}

// The native CLI's whole-run JSON of the same program.
function cliTrace(source) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sh-wasm-'));
  try {
    fs.writeFileSync(path.join(dir, 'main.rs'), source);
    return JSON.parse(execFileSync(CLI, ['trace', 'main.rs'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const PROGRAM = `fn label(n: usize) -> String {
    let mut s = String::from("item ");
    s.push_str(&n.to_string());
    s
}

fn main() {
    let mut v = Vec::new();
    for i in 0..5 {
        v.push(i);
        let l = label(i);
        println!("{l}");
    }
    let kept = Box::leak(Box::new(7u8));
    println!("{} {kept}", v.len());
}
`;

test('a snippet prints and leaves a trace', () => {
  const { summary, views } = whole('let port = 53u16;\nprintln!("{port}");\n');
  assert.equal(summary.outcome, 'finished', JSON.stringify(summary).slice(0, 500));
  assert.equal(summary.stdout, '53\n');
  assert.ok(views.length > 0, 'the trace has steps');
  assert.equal(summary.steps, undefined, 'the summary has no steps');
});

test('text crosses into and out of the engine as UTF-8: a non-ASCII program, its stdin and its file name', () => {
  const source = 'fn main() {\n    let mut line = String::new();\n    std::io::stdin().read_line(&mut line).unwrap();\n' +
    '    let s = String::from("héllo ✓ 🦀");\n    println!("{s} {} {}", s.len(), line.trim());\n}\n';
  const r = engine.open(source, { stdin: 'wörld ✓\n', fileName: 'ünï.rs' });
  try {
    assert.equal(r.summary.outcome, 'finished', JSON.stringify(r.summary).slice(0, 500));
    assert.equal(r.summary.stdout, 'héllo ✓ 🦀 15 wörld ✓\n');
  } finally {
    r.dispose();
  }
  const bad = engine.open('fn main() { let é: i32 = "no"; }', { fileName: 'ünï.rs' });
  try {
    assert.match(JSON.stringify(bad.summary.diagnostics), /ünï\.rs:1:/);
  } finally {
    bad.dispose();
  }
});

test('String::from allocates its bytes on the heap', () => {
  const { summary, views } = whole('let s = String::from("Kinetic Gateway");\nprintln!("{s}");\n');
  assert.equal(summary.stdout, 'Kinetic Gateway\n');
  const allocs = views.flatMap((v) => v.events).filter((e) => e.kind === 'alloc');
  assert.ok(allocs.some((e) => e.size === 15), 'an alloc of 15 bytes: ' + JSON.stringify(allocs));
});

test('every step view is the CLI\'s step: place, depth, stdout, narration and events (a write without its bytes)', () => {
  const { summary, timeline, views } = whole(PROGRAM, { fileName: 'main.rs' });
  const cli = cliTrace(PROGRAM);
  assert.equal(summary.stepCount, cli.steps.length);
  const { steps, ...head } = cli;
  for (const [k, v] of Object.entries(head)) assert.deepEqual(summary[k], v, `summary.${k}`);
  let sawWrite = false;
  cli.steps.forEach((step, i) => {
    const v = views[i];
    for (const k of ['kind', 'line', 'col', 'endLine', 'endCol', 'depth', 'stdout', 'narration']) assert.equal(v[k], step[k], `step ${i}: ${k}`);
    assert.equal(v.step, i);
    assert.equal(summary.stepKinds[timeline.kinds[i]], step.kind);
    assert.equal(timeline.lines[i], step.line);
    assert.equal(timeline.liveBytes[i], v.counters.liveBytes);
    const bits = step.events.reduce((b, e) => b | (1 << summary.eventKinds.indexOf(e.kind)), 0);
    assert.equal(timeline.events[i], bits, `step ${i}: the kinds of event`);
    assert.equal(v.events.length, step.events.length);
    step.events.forEach((e, j) => {
      const want = { ...e };
      if (e.kind === 'write') {
        want.size = e.bytes.length / 2;
        delete want.bytes;
        sawWrite = true;
      }
      if (e.kind === 'print') {
        want.size = Buffer.byteLength(e.text);
        delete want.text;
      }
      assert.deepEqual(v.events[j], want, `step ${i}, event ${j}`);
    });
  });
  assert.ok(sawWrite);
});

test('the summary opens a finished run before main\'s closing drops, a stopped one at its last step', () => {
  const { summary, views } = whole(PROGRAM);
  const open = summary.openingStep;
  assert.equal(views[open].kind, 'statement');
  const after = views.slice(open + 1);
  assert.ok(after.length > 0 && after.every((v) => (v.kind === 'drop' || v.kind === 'return') && v.depth <= 1), JSON.stringify(after.map((v) => [v.kind, v.depth])));
  const panicked = whole('let v = vec![1, 2];\nlet i = 5;\nprintln!("{}", v[i]);\n');
  assert.equal(panicked.summary.outcome, 'panicked');
  assert.equal(panicked.views[panicked.summary.openingStep].kind, 'panic');  // before the unwinding that follows it
  const none = whole('let x: i32 = "no";\n');
  assert.equal(none.summary.openingStep, -1);
});

test('open runs are asked in turn, each with its own replay; a step past the end is a RangeError', () => {
  const a = engine.open(PROGRAM, {});
  const b = engine.open('let s = String::from("other");\nprintln!("{s}");\n', {});
  try {
    const n = a.summary.stepCount;
    const alone = whole(PROGRAM).views;
    for (let i = 0; i < n; i++) {
      assert.deepEqual(a.view(i), alone[i]);
      assert.equal(typeof b.view(Math.min(i, b.summary.stepCount - 1)), 'object');
    }
    assert.throws(() => a.view(n), RangeError);
    assert.throws(() => a.view(-1), RangeError);
  } finally {
    a.dispose();
    b.dispose();
  }
});

test('the step budget stops an endless loop and keeps the steps up to it', () => {
  const { summary, views } = whole('let mut n = 0u64;\nloop {\n    n += 1;\n}\n', { stepBudget: 50 });
  assert.equal(summary.outcome, 'budget_exhausted');
  assert.equal(summary.stepCount, 50);
  assert.match(summary.stderr, /stopped after 50 steps/);
  assert.equal(views.at(-1).step, 49);
});

test('a program that does not compile has a summary with its diagnostic and no steps', () => {
  const r = engine.open('fn main() { let x: i32 = "no"; }', {});
  try {
    assert.equal(r.summary.outcome, 'compile_error');
    assert.equal(r.summary.stepCount, 0);
    assert.equal(r.summary.diagnostics[0].code, 'E0308');
    assert.equal(r.timeline().kinds.length, 0);
    assert.throws(() => r.view(0), RangeError);
  } finally {
    r.dispose();
  }
});

test('a million steps stay in the engine: the summary stays small, the timeline has a number per step, the last view answers', () => {
  const source = fs.readFileSync(new URL('tests/bench/loop_1m.rs', root), 'utf8');
  const r = engine.open(source, { stepBudget: 1_000_000 });
  try {
    const s = r.summary;
    assert.equal(s.outcome, 'budget_exhausted', 'loop_1m.rs runs a few steps past a million');
    assert.equal(s.stepCount, 1_000_000);
    assert.ok(JSON.stringify(s).length < 8192, 'the summary is a few kilobytes');
    const t = r.timeline();
    for (const a of [t.kinds, t.events, t.lines, t.liveBytes]) assert.equal(a.length, 1_000_000);
    assert.equal(s.openingStep, 999_999);
    const last = r.view(999_999);
    assert.equal(last.step, 999_999);
    assert.ok(last.frames.some((f) => f.slots.some((x) => x.name === 'i')), 'the loop counter is on the stack');
  } finally {
    r.dispose();
  }
});
