// The engine table of scripts/bench: each workload in tests/bench/*.rs run
//  - natively, in-process, by build/native/stack-heap-bench (median of N runs
//    of sh::run, trace recorded; trace footprint; peak RSS of a fresh process
//    per workload; then the view of a step as the page asks for it, from one
//    sh::Session alone and from two sessions asked alternately);
//  - in WebAssembly under node: web/dist/stack-heap-engine.js given the .wasm
//    bytes (wasmBinary), timing what the page's worker does before it can
//    draw: the run, its summary, the timeline and one step's view (median of N);
//  - as real Rust: rustc --edition 2021 -C debuginfo=0 (a debug build, no -O),
//    compile time noted separately, the binary run N times (median wall time,
//    process start included); "ours/rustc" is native engine time over that.
// Then the goals, each with its figure and ok/MISSED.
//
//   node scripts/bench-engine.mjs [--runs N] [--budget N] [--update-readme]
// --update-readme replaces README.md's "## Performance" section with the table.
import { spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : dflt; };
const RUNS = opt('--runs', 5);
const BUDGET = opt('--budget', 5_000_000);
const VIEWS = 200;  // steps spread over each run whose views are timed
const UPDATE_README = args.includes('--update-readme');

// In table order; the name is the file in tests/bench/.
const WORKLOADS = [
  { name: 'chapter', what: "chapter's example" },
  { name: 'vec_sum', what: 'push 10,000 ints, sum', loop: true },
  { name: 'string_build', what: '1,000 push_str', loop: true },
  { name: 'fib', what: 'recursive fib(20)' },
  { name: 'loop_1m', what: '1,000,000-step loop', loop: true },
];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const file = (w) => path.join(root, 'tests', 'bench', `${w.name}.rs`);
const HAS_MAIN = /\bfn\s+main\s*\(/;

// ---------------------------------------------------------------- native
// SH_BENCH_NATIVE / SH_BENCH_WASM_DIR measure another build (e.g. a commit checked out elsewhere).
const benchBin = process.env.SH_BENCH_NATIVE || path.join(root, 'build', 'native', 'stack-heap-bench');
if (!fs.existsSync(benchBin)) {
  console.error(`bench: ${path.relative(root, benchBin)} is missing: run ./scripts/build first`);
  process.exit(1);
}
for (const w of WORKLOADS) {
  const r = spawnSync(benchBin, [file(w), '--budget', String(BUDGET), '--runs', String(RUNS), '--views', String(VIEWS)], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`stack-heap-bench ${w.name}: exit ${r.status}: ${r.stderr}`);
  w.native = JSON.parse(r.stdout.trim().split('\n').pop());
}

// ---------------------------------------------------------------- wasm
// web/dist holds the copy the page loads; build/wasm is where it is built.
const dist = [process.env.SH_BENCH_WASM_DIR, path.join(root, 'web', 'dist'), path.join(root, 'build', 'wasm')].filter(Boolean)
  .find((d) => fs.existsSync(path.join(d, 'stack-heap-engine.wasm'))) ?? path.join(root, 'web', 'dist');
let wasmNote = '';
try {
  const factory = require(path.join(dist, 'stack-heap-engine.js'));
  const { load } = require(path.join(root, 'web', 'engine.cjs'));
  const engine = await load({ factory, wasmBinary: fs.readFileSync(path.join(dist, 'stack-heap-engine.wasm')) });
  for (const w of WORKLOADS) {
    const source = fs.readFileSync(file(w), 'utf8');
    const times = [];
    try {
      // What the page's worker does before it can draw: run (sh::run), the
      // summary, the timeline's typed arrays and the view of the step it
      // opens at. One more run than RUNS: the first is the cold one (V8
      // still tiering the module up), reported apart; the median is over the
      // warm runs.
      for (let i = 0; i <= RUNS; i++) {
        const t0 = process.hrtime.bigint();
        const run = engine.open(source, { stepBudget: BUDGET, fileName: `${w.name}.rs` });
        run.timeline();
        const open = run.summary.openingStep;
        if (open >= 0) run.view(open);
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
        run.dispose();
      }
      w.wasm = { cold: times[0], ms: median(times.slice(1)) };
    } catch (e) {
      w.wasm = { error: String(e.message || e).slice(0, 120) };
    }
  }
} catch (e) {
  wasmNote = `wasm not measured (${String(e.message || e).split('\n')[0]}): ./scripts/build builds web/dist`;
}

// ---------------------------------------------------------------- rustc
let rustc = 'rustc';
try { execFileSync(rustc, ['-V']); } catch {
  rustc = path.join(os.homedir(), '.cargo', 'bin', 'rustc');
  try { execFileSync(rustc, ['-V']); } catch { rustc = null; }
}
const rustcVersion = rustc ? execFileSync(rustc, ['-V'], { encoding: 'utf8' }).trim() : null;
for (const w of rustc ? WORKLOADS : []) {
  const dir = path.join(root, 'build', 'bench', 'rustc', w.name);
  fs.mkdirSync(dir, { recursive: true });
  const src = fs.readFileSync(file(w), 'utf8');
  fs.writeFileSync(path.join(dir, 'main.rs'), HAS_MAIN.test(src) ? src : `fn main() {\n${src}\n}\n`);
  const t0 = process.hrtime.bigint();
  const c = spawnSync(rustc, ['--edition', '2021', '-C', 'debuginfo=0', '-A', 'warnings', '-o', 'bin', 'main.rs'], { cwd: dir, encoding: 'utf8' });
  const compileMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (c.status !== 0) { w.rustc = { error: c.stderr.split('\n')[0] }; continue; }
  const times = [];
  let out = '';
  for (let i = 0; i < RUNS; i++) {
    const t1 = process.hrtime.bigint();
    const r = spawnSync(path.join(dir, 'bin'), [], { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - t1) / 1e6);
    out = r.stdout;
  }
  w.rustc = { compileMs, ms: median(times), sameStdout: w.native.outcome !== 'finished' || out.length === w.native.stdout_bytes };
}

// ---------------------------------------------------------------- table
const f = (x, d = 1) => (x === undefined || x === null || Number.isNaN(x) ? '—' : x.toFixed(d));
const big = (n) => n.toLocaleString('en-US');
const rows = WORKLOADS.map((w) => {
  const n = w.native;
  const steps = n.steps;
  return {
    w,
    cells: [
      w.what,
      big(steps) + (n.outcome === 'finished' ? '' : ` (${n.outcome})`),
      f(n.run_ms_median, n.run_ms_median < 1 ? 3 : 1),
      f(steps / n.run_ms_median / 1000, 2),
      w.wasm?.error ? 'error' : f(w.wasm?.ms, w.wasm?.ms < 10 ? 2 : 1),
      f(n.trace_bytes / steps, 1),
      f(n.json_bytes / steps, 1),
      f(n.peak_rss_kb / 1024, 1),
      f(n.view_ms_one, 3),
      f(n.view_ms_two, 3),
      w.rustc?.ms !== undefined ? f(w.rustc.ms, 2) : '—',
      w.rustc?.ms !== undefined ? f(n.run_ms_median / w.rustc.ms, 2) + '×' : '—',
      w.rustc?.compileMs !== undefined ? f(w.rustc.compileMs, 0) : '—',
    ],
  };
});
const header = ['workload', 'steps', 'native ms', 'M steps/s', 'wasm ms', 'trace B/step', 'JSON B/step',
                'peak RSS MB', 'view ms', 'view ms, 2 runs', 'rustc run ms', 'ours/rustc', 'rustc compile ms'];
const md = [
  `| ${header.join(' | ')} |`,
  `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
  ...rows.map((r) => `| ${r.cells.join(' | ')} |`),
];

const by = Object.fromEntries(WORKLOADS.map((w) => [w.name, w]));
const loopBPS = Math.max(...WORKLOADS.filter((w) => w.loop).map((w) => w.native.trace_bytes / w.native.steps));
const big1m = by.loop_1m.native;
const sps = big1m.steps / big1m.run_ms_median * 1000;
const chapterWasm = by.chapter.wasm?.ms;
const ok = (b) => (b ? 'ok' : 'MISSED');
const longRuns = WORKLOADS.filter((w) => w.native.steps >= 10_000);
const viewRatio = Math.max(...longRuns.map((w) => w.native.view_ms_two / w.native.view_ms_one));
const goals = [
  `chapter example in wasm < 5 ms: ${chapterWasm !== undefined ? `${f(chapterWasm, 2)} ms ${ok(chapterWasm < 5)}` : 'not measured'}`,
  `≥ 2 million steps/s natively with trace (1,000,000-step loop): ${f(sps / 1e6, 2)} M/s ${ok(sps >= 2e6)}`,
  `trace < 48 bytes/step on the loop workloads (in memory, worst of vec_sum, string_build, loop_1m): ${f(loopBPS, 1)} B ${ok(loopBPS < 48)}`,
  `views of two runs asked alternately ≤ 1.5× the views of one (worst of the runs of 10,000 steps or more): ${f(viewRatio, 2)}× ${ok(viewRatio <= 1.5)}`,
  `1,000,000-step program under 100 MB or stopped cleanly at the budget: ${f(big1m.peak_rss_kb / 1024, 1)} MB peak RSS, ${big1m.outcome} ${ok(big1m.peak_rss_kb / 1024 < 100 || big1m.outcome === 'budget exhausted')}`,
];

const rel = (p) => (p.startsWith(root + path.sep) ? path.relative(root, p) : p);
const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
const notes = [
  `medians of ${RUNS} runs (native: more for fast workloads, until 300 ms); step budget ${big(BUDGET)}; ${cpu}, ${os.cpus().length} cores; node ${process.version}; ${rustcVersion ?? 'rustc not found'}.`,
  `native: ${process.env.SH_BENCH_NATIVE ? 'SH_BENCH_NATIVE' : rel(benchBin)}; wasm: ${process.env.SH_BENCH_WASM_DIR && dist === process.env.SH_BENCH_WASM_DIR ? 'SH_BENCH_WASM_DIR' : rel(path.join(dist, 'stack-heap-engine.wasm'))}` +
    (process.env.SH_BENCH_LABEL ? ` (${process.env.SH_BENCH_LABEL}).` : '.'),
  'native ms: sh::run in-process (parse, check, run, trace recorded), no JSON. wasm ms: what the page\'s worker does under node before the page can draw: engine.cjs\'s open (sh::run and the summary), the timeline\'s typed arrays and the view of the step the run opens at (median of warm runs; the first, cold run is noted below).',
  `view ms: one step's view JSON from a sh::Session, ${VIEWS} steps spread over the run, keyframes already made, fastest of at least 5 passes; "2 runs": two sessions of the program asked in turn (the compare view), per view.`,
  'trace B/step: Trace::memoryFootprint() / steps; JSON B/step: resultToJson bytes / steps. peak RSS: getrusage of a fresh stack-heap-bench process per workload.',
  'rustc: `rustc -C debuginfo=0` (debug, no -O); run ms is the binary\'s wall time including process start; ours/rustc = native ms / rustc run ms.',
];
if (wasmNote) notes.push(wasmNote);
if (by.chapter.wasm?.cold !== undefined) notes.push(`wasm cold first run (chapter, the module just instantiated): ${f(by.chapter.wasm.cold, 2)} ms.`);
for (const w of WORKLOADS) {
  if (w.wasm?.error) notes.push(`wasm ${w.name}: ${w.wasm.error}`);
  if (w.rustc?.error) notes.push(`rustc ${w.name}: ${w.rustc.error}`);
  else if (w.rustc && !w.rustc.sameStdout) notes.push(`rustc ${w.name}: printed something else than the engine`);
}

console.log('\nengine: tests/bench/*.rs\n');
console.log(md.join('\n'));
console.log('\ngoals:');
for (const g of goals) console.log(`  ${g}`);
console.log('');
for (const n of notes) console.log(`  ${n}`);

if (UPDATE_README) {
  const readmePath = path.join(root, 'README.md');
  const readme = fs.readFileSync(readmePath, 'utf8');
  const section = ['## Performance', '',
    'Measured by `./scripts/bench` (`--engine-only` skips the browser part; `--update-readme` rewrites this',
    `section). Workloads are tests/bench/*.rs. Last run: ${new Date().toISOString().slice(0, 10)}.`, '',
    ...md, '', 'Goals:', '', ...goals.map((g) => `- ${g}`), '', ...notes.map((n) => `- ${n}`), ''].join('\n');
  const re = /## Performance\n[\s\S]*?(?=\n## |$)/;
  const next = re.test(readme) ? readme.replace(re, section) : readme.replace(/\n## Layout\n/, `\n${section}\n## Layout\n`);
  fs.writeFileSync(readmePath, next.endsWith('\n') ? next : next + '\n');
  console.log('\nREADME.md: Performance section written');
}
