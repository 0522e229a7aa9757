// Running programs both ways and comparing: rustc (in batches: many programs
// as modules of one crate, one compile, the binary run once per program) and
// the engine (one `trace` per program), then the comparison that names the
// first difference. The runner and the reducer both use it.
//
// A compile of a small program costs rustc about a third of a second, nearly
// all of it fixed (std's metadata, the link); thirty programs in one crate
// cost about three times one. Each program goes into `mod pK { ... }` with
// its line numbers offset by a known amount, so panics and diagnostics map
// back to the program's own lines. Results are cached by the program's hash.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { run, pool, compile, RUN_ENV, ALLOCATOR_MODULE, STDOUT_FIRST, PANIC_HOOK, parseHeapLog, panicHeapLog, heapLogOfTrace, heapDiff,
         parseDiagnostics, lintOf, lintOfMessage, parsePanic } from '../rustc-oracle.mjs';

const CACHE_FORMAT = 'difftest-v5';
const BATCH = 24;

export const hashOf = (source) => createHash('sha256').update(source).digest('hex').slice(0, 24);
const oneDiag = (d, off = 0) => ({ code: d.code, lint: lintOf(d), message: d.message, line: d.line === null ? null : d.line - off, col: d.col });

// The crate for a batch: each program a module, and a main that runs the one
// named by its first argument with the heap log on, inside catch_unwind, so
// that what a panic's unwinding frees is logged too; the status is the one
// the program would exit with (101 after a panic, 1 when main returns Err).
// std's own allocations for a panic are taken out of the log (panicHeapLog).
function batchCrate(sources) {
  const lines = [];
  const offsets = [];
  sources.forEach((src, k) => {
    lines.push(`#[allow(unused)] mod p${k} {`);
    offsets.push({ k, first: lines.length + 1, off: lines.length, count: src.split('\n').length });
    lines.push(...src.split('\n'));
    // main's result reported inside the module, whose types (an error enum main returns) are private to it
    lines.push('pub fn __report() -> bool { std::process::Termination::report(main()) == std::process::ExitCode::SUCCESS }', '}');
  });
  const arms = sources.map((_, k) => `        ${k} => p${k}::__report(),`).join('\n');
  const main = `
fn main() {
    let which: usize = std::env::args().nth(1).unwrap().parse().unwrap();
${STDOUT_FIRST}${PANIC_HOOK}    __golden_heap::ENABLED.store(true, std::sync::atomic::Ordering::SeqCst);
    let outcome = std::panic::catch_unwind(|| match which {
${arms}
        _ => true,
    });
    __golden_heap::ENABLED.store(false, std::sync::atomic::Ordering::SeqCst);
    std::process::exit(match outcome { Err(_) => 101, Ok(true) => 0, Ok(false) => 1 });
}
`;
  return { text: lines.join('\n') + '\n' + ALLOCATOR_MODULE + main, offsets };
}

// Where a panic was reported: a line:col of the program (its offset in the
// batch crate taken off), or a file of std's source with its own line:col.
const inStd = (file) => file.startsWith('/rustc/');
const panicSite = (p, off) => (inStd(p.file) ? { std: p.file, line: p.line, col: p.col } : { std: null, line: p.line - off, col: p.col });

export class Oracle {
  constructor({ root, rustc, engine, jobs = 2, budget = 100000 }) {
    this.rustc = rustc;
    this.engine = engine;
    this.jobs = jobs;
    this.budget = budget;
    this.work = path.join(root, 'build', 'difftest', 'work');
    this.cache = path.join(root, 'build', 'difftest', 'cache');
    fs.mkdirSync(this.work, { recursive: true });
    fs.mkdirSync(this.cache, { recursive: true });
    this.stats = { compiles: 0, cached: 0 };
  }

  cacheFile(source) {
    const key = createHash('sha256').update(CACHE_FORMAT).update('\0').update(this.rustc.version).update('\0')
      .update(source).digest('hex').slice(0, 32);
    return path.join(this.cache, key.slice(0, 2), `${key}.json`);
  }

  // rustc's result for each source: {compiled, diags} or {compiled, exit,
  // stdout, panic, heap, timedOut}.
  async rustcResults(sources) {
    const results = new Array(sources.length);
    const todo = [];
    sources.forEach((src, i) => {
      const f = this.cacheFile(src);
      if (fs.existsSync(f)) {
        try { results[i] = JSON.parse(fs.readFileSync(f, 'utf8')); this.stats.cached++; return; } catch { /* redo */ }
      }
      todo.push(i);
    });
    const batches = [];
    for (let i = 0; i < todo.length; i += BATCH) batches.push(todo.slice(i, i + BATCH));
    await pool(batches, this.jobs, async (batch) => { await this.compileBatch(batch, sources, results); });
    for (const i of todo) {
      if (results[i].timedOut || results[i].batchError) continue;
      const f = this.cacheFile(sources[i]);
      fs.mkdirSync(path.dirname(f), { recursive: true });
      fs.writeFileSync(f, JSON.stringify(results[i]));
    }
    return results;
  }

  // Compile the programs `ids` as one crate. Those with diagnostics in their
  // lines are rejected; the rest compile again without them (rustc may have
  // stopped before reaching their errors), until a crate builds. Errors in
  // no program's lines split the batch in two.
  async compileBatch(ids, sources, results) {
    while (ids.length) {
      const crate = batchCrate(ids.map((i) => sources[i]));
      const dir = fs.mkdtempSync(path.join(this.work, 'b-'));
      fs.writeFileSync(path.join(dir, 'main.rs'), crate.text);
      const c = await compile(this.rustc.path, 'main.rs', 'bin', dir);
      this.stats.compiles++;
      if (c.code === 0) {
        for (const [k, i] of ids.entries()) results[i] = await this.runOne(dir, k, crate.offsets[k].off);
        fs.rmSync(dir, { recursive: true, force: true });
        return;
      }
      fs.rmSync(dir, { recursive: true, force: true });
      const diags = parseDiagnostics(c.stderr);
      const rejected = new Set();
      for (const d of diags) {
        const o = d.line === null ? null : crate.offsets.find((x) => d.line >= x.first && d.line < x.first + x.count);
        if (!o) continue;
        const i = ids[o.k];
        if (!rejected.has(i)) { rejected.add(i); results[i] = { compiled: false, diags: [] }; }
        results[i].diags.push(oneDiag(d, o.off));
      }
      if (!rejected.size) {  // nothing inside a program's lines (an unclosed brace): halve the batch
        if (ids.length === 1) {
          const o = crate.offsets[0];
          results[ids[0]] = diags.length ? { compiled: false, diags: diags.map((d) => oneDiag(d, o.off)) }
                                         : { compiled: false, diags: [], batchError: c.stderr.slice(0, 2000) };
          return;
        }
        const half = Math.ceil(ids.length / 2);
        await this.compileBatch(ids.slice(0, half), sources, results);
        await this.compileBatch(ids.slice(half), sources, results);
        return;
      }
      ids = ids.filter((i) => !rejected.has(i));
    }
  }

  async runOne(dir, k, off) {
    const r = await run(path.join(dir, 'bin'), [String(k)], { cwd: dir, env: RUN_ENV, timeout: 10000, maxOutput: 16 << 20 });
    const p = parsePanic(r.stderr);
    return { compiled: true, exit: r.code, signal: r.signal ?? null, stdout: r.stdout, timedOut: r.timedOut,
             panic: p ? { message: p.message, ...panicSite(p, off) } : null, heap: r.code === 101 ? panicHeapLog(r.stderr) ?? parseHeapLog(r.stderr) : parseHeapLog(r.stderr) };
  }

  // The engine's result for one source, in the same shape.
  async engineResult(source) {
    const file = path.join(this.work, `${hashOf(source)}.rs`);
    fs.writeFileSync(file, source);
    const r = await run(this.engine, ['trace', file, '--budget', String(this.budget)], { cwd: this.work, timeout: 60000, maxOutput: 64 << 20 });
    fs.rmSync(file, { force: true });
    let t;
    try { t = JSON.parse(r.stdout); } catch { return { crashed: true, exit: r.code, stderr: r.stderr.slice(0, 2000), timedOut: r.timedOut }; }
    if (t.outcome === 'compile_error') {
      const diags = parseDiagnostics(t.stderr).map((d) => oneDiag(d));
      return { compiled: false, diags, unsupported: /not supported yet/.test(t.stderr) };
    }
    return { compiled: true, exit: t.exitCode, stdout: t.stdout, outcome: t.outcome,
             panic: t.panic ? { message: t.panic.message, ...panicSite(t.panic, 0) } : null,
             heap: heapLogOfTrace(t), stderr: t.stderr.slice(0, 2000) };
  }

  async engineResults(sources) {
    const out = new Array(sources.length);
    await pool(sources.map((s, i) => i), this.jobs, async (i) => { out[i] = await this.engineResult(sources[i]); });
    return out;
  }
}

// (A result cached before lintOf knew lints by their message names none.)
const diagName = (d) => {
  const lint = d.code ? null : d.lint ?? lintOfMessage(d.message);
  return d.code ?? (lint ? `lint ${lint}` : `"${d.message}"`);
};
const diagText = (d) => `error ${diagName(d)} at ${d.line}:${d.col}: ${d.message}`;

// The first difference between rustc's result and the engine's, as
// {kind, detail}, or null when they agree.
export function compare(rustc, engine) {
  if (rustc.timedOut || engine.timedOut) return { kind: 'timeout', detail: `${rustc.timedOut ? 'rustc\'s binary' : 'the engine'} timed out or printed too much` };
  if (engine.crashed) return { kind: 'engine-crash', detail: `engine exited ${engine.exit} without a trace: ${engine.stderr}` };
  if (!rustc.compiled) {
    const want = rustc.diags[0];
    if (!want) return { kind: 'rustc-batch', detail: rustc.batchError ?? 'rustc failed without a diagnostic' };
    if (engine.compiled) return { kind: 'engine-accepts', detail: `rustc: ${diagText(want)}; the engine ran it (exit ${engine.exit})` };
    const got = engine.diags[0];
    if (!got) return { kind: 'error-code', detail: `rustc: ${diagText(want)}; the engine rejected it with no diagnostic` };
    if (diagName(want) !== diagName(got)) return { kind: 'error-code', detail: `rustc: ${diagText(want)}; engine: ${diagText(got)}` };
    if (want.line !== got.line || want.col !== got.col) return { kind: 'error-span', detail: `rustc: ${diagText(want)}; engine: ${diagText(got)}` };
    return null;
  }
  if (!engine.compiled) {
    const got = engine.diags[0];
    return { kind: engine.unsupported ? 'unsupported' : 'engine-rejects', detail: `rustc ran it; engine: ${got ? diagText(got) : 'rejected'}` };
  }
  if (engine.exit === 124) return { kind: 'engine-budget', detail: 'the engine stopped at its step budget' };
  const a = rustc.stdout.split('\n'), b = engine.stdout.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return { kind: 'stdout', detail: `stdout line ${i + 1}: rustc ${JSON.stringify(a[i] ?? null)}, engine ${JSON.stringify(b[i] ?? null)}` };
  }
  if (rustc.exit !== engine.exit) return { kind: 'exit', detail: `exit: rustc ${rustc.exit}, engine ${engine.exit}` };
  if (rustc.panic || engine.panic) {
    const p = rustc.panic, q = engine.panic;
    if (!p || !q) return { kind: 'panic-message', detail: `panic: rustc ${JSON.stringify(p)}, engine ${JSON.stringify(q)}` };
    if (p.message !== q.message) return { kind: 'panic-message', detail: `panic message: rustc ${JSON.stringify(p.message)}, engine ${JSON.stringify(q.message)}` };
    if (p.std !== q.std || p.line !== q.line || p.col !== q.col)
      return { kind: 'panic-location', detail: `panic at: rustc ${p.std ?? ''}${p.line}:${p.col}, engine ${q.std ?? ''}${q.line}:${q.col} (${p.message})` };
  }
  const h = heapDiff(rustc.heap, engine.heap);
  if (h) return { kind: 'heap', detail: h };
  return null;
}
