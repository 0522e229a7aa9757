#!/usr/bin/env node
// Golden test runner: every tests/programs/**/*.rs is checked against real
// rustc (the oracle), against our engine, and — the strongest check — the
// engine's heap events are compared with the allocations a real Rust binary
// makes. See tests/programs/README.md for the annotation format.
//
//   node tests/golden.mjs [--engine PATH] [--no-rustc] [--no-engine]
//                         [--rustc-only] [--show-heap] [--jobs N] [filter...]
//
// Node 20, no dependencies.

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run as runProcess, pool, findRustc as findRustcOn, compile as compileRust, RUN_ENV, ALLOCATOR_MODULE,
         STDOUT_FIRST, PANIC_HOOK, parseHeapLog, exitHeapLog, panicHeapLog, heapLogOfTrace, heapDiff, parseDiagnostics, lintOf, parsePanic, short }
  from './rustc-oracle.mjs';
import { batchable, compileBatches } from './golden-batch.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PROGRAMS = path.join(ROOT, 'tests', 'programs');
const CACHE = path.join(ROOT, 'build', 'golden-cache');
const CACHE_FORMAT = 'golden-cache-v1'; // bump to invalidate every cached result
const TIMEOUT_MS = 20000;

// ---------------------------------------------------------------- arguments

const opts = { engine: path.join(ROOT, 'build', 'native', 'stack-heap'),
               rustc: true, engineCheck: true, showHeap: false, jobs: 2, filters: [] };
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--engine') opts.engine = path.resolve(argv[++i]);
    else if (a === '--no-rustc') opts.rustc = false;
    else if (a === '--no-engine' || a === '--rustc-only') opts.engineCheck = false;
    else if (a === '--show-heap') opts.showHeap = true;
    else if (a === '--jobs') opts.jobs = Math.max(1, parseInt(argv[++i], 10) || 1);
    else if (a === '-h' || a === '--help') {
      console.log('usage: node tests/golden.mjs [--engine PATH] [--no-rustc] [--no-engine|--rustc-only] [--show-heap] [--jobs N] [filter...]');
      process.exit(0);
    } else if (a.startsWith('--')) { console.error(`unknown option ${a}`); process.exit(2); }
    else opts.filters.push(a);
  }
}

// ---------------------------------------------------------------- programs

function findPrograms(dir) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...findPrograms(p));
    else if (e.isFile() && e.name.endsWith('.rs')) out.push(p);
  }
  return out.sort();
}

const HAS_MAIN = /\bfn\s+main\s*([(<])/;  // `fn main<T>()` is a main too (rejected: E0131)

// Annotations are whole-line comments (leading whitespace allowed).
//   // expect: TEXT        one stdout line: everything after "// expect: " verbatim
//   // expect:             (nothing after the colon) an empty stdout line
//   // error: E0382 [at L:C]            rejected with that code
//   // error: lint NAME [at L:C]        rejected by a deny-by-default lint (no code)
//   // panic: MESSAGE                   panics with that message (exit 101)
//   // panic-at: L:C                    ... at that line:col of the file
//   // heap: skip REASON                opt out of the heap check
//   // headline: differs: REASON        the first expected error's headline is not rustc's word for
//                                       for word (a known difference, and why); without it, it must be
//                                       (a closure's `{closure@FILE:L:C}` read with the file's own lines)
//   // stdin: TEXT                      one line of the program's standard input (rustc: piped; ours: --stdin-file)
//   // stderr: TEXT                     the next line the program writes to stderr (dbg!, eprintln!), before
//                                       any panic message; `[main.rs:L:C]` stands for the file's own name
//                                       and lines, as dbg! writes them
//   // unsupported: WHAT                outside the subset: rustc runs it, our engine must reject it
//                                       with a "WHAT ... not supported yet" diagnostic
//   // error: "TEXT" [at L:C]           rejected by an error with no code whose message contains TEXT
//   // abort: MESSAGE                   the binary aborts (SIGABRT, exit 134) after printing MESSAGE
//                                       on a line of stderr; the engine exits 134 with that line
//   // exit: 1                          main returns Err: the process exits 1 after writing `Error: {e:?}`
//                                       (say it in a // stderr: line)
//   // limit: budget                    runs forever: rustc only compiles it, the engine stops at the
//                                       step budget (exit 124), after the expect lines
//   // limit: nesting                   deeper than the engine's nesting limit: the engine rejects it;
//                                       rustc is not run (it overflows its own stack on such input)
const LIMITS = {
  budget: { rustc: 'compile', exit: 124, text: 'steps (the step budget)' },
  nesting: { rustc: 'skip', exit: 1, text: 'levels are not supported' },
};

// A file with nothing but comments and blank lines is not a snippet: rustc
// and the engine both see a crate with no `main` (E0601).
const hasCode = (source) =>
  source.replace(/\/\*[\s\S]*?\*\//g, '').split('\n').some((l) => l.trim() !== '' && !l.trim().startsWith('//'));

function parseProgram(file) {
  // The raw bytes go to rustc as they are (a test may hold invalid UTF-8);
  // annotations are read from the UTF-8 decoding.
  const raw = fs.readFileSync(file);
  const source = raw.toString('utf8');
  const lines = source.split('\n');
  const t = { file, rel: path.relative(ROOT, file), raw, source, snippet: !HAS_MAIN.test(source) && hasCode(source),
              expect: [], stderr: [], errors: [], panic: null, panicAt: null, heapSkip: null, headlineDiffers: null, unsupported: null, unsupportedAt: null, stdin: null,
              abort: null, limit: null, exit: 0, problems: [] };
  t.area = path.relative(PROGRAMS, file).split(path.sep)[0];
  const first = lines[0] ?? '';
  if (!/^\/\/ \S/.test(first) || /^\/\/ (expect|error|panic|panic-at|heap|headline|unsupported|abort|limit|stdin|stderr|exit):/.test(first))
    t.problems.push('first line must be a `// ` comment saying what the program shows');
  lines.forEach((line, i) => {
    const m = /^\s*\/\/ ?(expect|error|panic|panic-at|heap|headline|unsupported|abort|limit|stdin|stderr|exit):(.*)$/.exec(line);
    if (!m) return;
    const [, kind, restRaw] = m;
    const where = `line ${i + 1}`;
    if (kind === 'expect' || kind === 'stderr') {
      const lines = kind === 'expect' ? t.expect : t.stderr;
      if (restRaw === '') lines.push('');
      else if (restRaw.startsWith(' ')) lines.push(restRaw.slice(1));
      else t.problems.push(`${where}: write "// ${kind}: TEXT"`);
      return;
    }
    const rest = restRaw.trim();
    if (kind === 'error' && rest.startsWith('"')) {
      const e = /^"(.+)"(?: at (\d+):(\d+))?$/.exec(rest);
      if (!e) { t.problems.push(`${where}: write // error: "MESSAGE" [at L:C]`); return; }
      t.errors.push({ code: null, lint: null, message: e[1], line: e[2] ? +e[2] : null, col: e[3] ? +e[3] : null });
    } else if (kind === 'abort') {
      if (!rest) t.problems.push(`${where}: write "// abort: MESSAGE" (a line the abort prints on stderr)`);
      else if (t.abort !== null) t.problems.push(`${where}: more than one abort annotation`);
      else t.abort = rest;
    } else if (kind === 'limit') {
      if (!LIMITS[rest]) t.problems.push(`${where}: write "// limit: ${Object.keys(LIMITS).join('|')}"`);
      else t.limit = rest;
    } else if (kind === 'error') {
      const e = /^(E\d{4}|lint [a-z_]+)(?: at (\d+):(\d+))?$/.exec(rest);
      if (!e) { t.problems.push(`${where}: bad error annotation "${rest}"`); return; }
      const lint = e[1].startsWith('lint ') ? e[1].slice(5) : null;
      t.errors.push({ code: lint ? null : e[1], lint, line: e[2] ? +e[2] : null, col: e[3] ? +e[3] : null });
    } else if (kind === 'panic') {
      if (t.panic !== null) t.problems.push(`${where}: more than one panic annotation`);
      t.panic = restRaw.startsWith(' ') ? restRaw.slice(1) : rest;
    } else if (kind === 'panic-at') {
      const p = /^(?:(library\/[\w/.-]+\.rs):)?(\d+):(\d+)$/.exec(rest);
      if (!p) t.problems.push(`${where}: write "// panic-at: LINE:COL" (or "library/FILE.rs:LINE:COL", inside std)`);
      else t.panicAt = { file: p[1] ?? null, line: +p[2], col: +p[3] };
    } else if (kind === 'stdin') {
      t.stdin = (t.stdin ?? '') + (restRaw.startsWith(' ') ? restRaw.slice(1) : restRaw) + '\n';
    } else if (kind === 'unsupported') {
      const u = /^(.+?)(?: at (\d+):(\d+))?$/.exec(rest);
      if (!u) t.problems.push(`${where}: write "// unsupported: WHAT [at LINE:COL]" (e.g. closures)`);
      else {
        t.unsupported = u[1];
        t.unsupportedAt = u[2] ? { line: +u[2], col: +u[3] } : null;
      }
    } else if (kind === 'exit') {
      if (!/^[1-9]\d*$/.test(rest)) t.problems.push(`${where}: write "// exit: CODE" (main returned an error: exit 1)`);
      else t.exit = +rest;
    } else if (kind === 'headline') {
      const h = /^differs:\s+(\S.*)$/.exec(rest);
      if (!h) t.problems.push(`${where}: write "// headline: differs: REASON" (the reason is mandatory)`);
      else t.headlineDiffers = h[1];
    } else if (kind === 'heap') {
      const h = /^skip\s+(\S.*)$/.exec(rest);
      if (!h) t.problems.push(`${where}: write "// heap: skip REASON" (the reason is mandatory)`);
      else t.heapSkip = h[1];
    }
  });
  if (t.errors.length && (t.expect.length || t.stderr.length || t.panic !== null || t.abort !== null || t.limit !== null))
    t.problems.push('a rejected program cannot also have expect/stderr/panic/abort/limit annotations');
  if (!t.errors.length && /\bdbg!\s*\(/.test(source) && !t.stderr.length)
    t.problems.push('a program that runs dbg! must say what it writes to stderr (// stderr: lines)');
  if ([t.panic !== null, t.abort !== null, t.limit !== null].filter(Boolean).length > 1)
    t.problems.push('at most one of panic, abort and limit');
  if (t.limit === 'nesting' && t.expect.length) t.problems.push('limit: nesting is a rejection: no expect lines');
  if (t.panicAt && t.panic === null) t.problems.push('panic-at without panic');
  t.outcome = t.errors.length ? 'error' : t.panic !== null ? 'panic' : t.abort !== null ? 'abort'
            : t.limit !== null ? 'limit' : 'ok';
  return t;
}

// The program rustc sees: a snippet becomes the body of main, one line down.
function rustcSource(t) {
  return t.snippet ? Buffer.concat([Buffer.from('fn main() {\n'), t.raw, Buffer.from('\n}\n')]) : t.raw;
}
const lineOffset = (t) => (t.snippet ? 1 : 0);

// ---------------------------------------------------------------- heap variant

// The user's main is renamed (or the snippet wrapped) into __user_main and
// the counting allocator (tests/rustc-oracle.mjs) logs every call made while
// it runs, and while std reports what it returned (an Err is printed, then
// dropped: its memory is freed there).
const HEAP_HARNESS = `${ALLOCATOR_MODULE}
fn main() -> std::process::ExitCode {
${STDOUT_FIRST}    __golden_heap::ENABLED.store(true, std::sync::atomic::Ordering::SeqCst);
    let code = std::process::Termination::report(__user_main());
    __golden_heap::ENABLED.store(false, std::sync::atomic::Ordering::SeqCst);
    code
}
`;

// A program that panics has its log compared too, unwinding included: the
// harness catches the panic once __user_main has unwound, and exits 101
// (std's own allocations for the panic are taken out: panicHeapLog).
const PANIC_HEAP_HARNESS = `${ALLOCATOR_MODULE}
fn main() {
${STDOUT_FIRST}${PANIC_HOOK}    __golden_heap::ENABLED.store(true, std::sync::atomic::Ordering::SeqCst);
    let outcome = std::panic::catch_unwind(|| __user_main());
    __golden_heap::ENABLED.store(false, std::sync::atomic::Ordering::SeqCst);
    std::process::exit(if outcome.is_err() { 101 } else { 0 });
}
`;

const heapUser = (t) => (t.snippet ? `fn __user_main() {\n${t.source}\n}\n` : t.source.replace(HAS_MAIN, 'fn __user_main$1'));
const heapSource = (t) => heapUser(t) + (t.outcome === 'panic' ? PANIC_HEAP_HARNESS : HEAP_HARNESS);

// ---------------------------------------------------------------- processes

const run = (cmd, args, o = {}) => runProcess(cmd, args, { cwd: ROOT, timeout: TIMEOUT_MS, ...o });

// ---------------------------------------------------------------- rustc + cache

let RUSTC = 'rustc', RUSTC_VERSION = null;
function findRustc() {
  const r = findRustcOn();
  if (r) { RUSTC = r.path; RUSTC_VERSION = r.version; }
  return r !== null;
}

// Compile `source` (file main.rs in its own cache dir) and run the binary
// `runs` times. The result is cached by hash of source + rustc version, and
// the binary deleted, so reruns only read JSON.
// A program's `// stdin:` lines, given to our engine as a file (rustc's
// binary gets them on its standard input).
function stdinArgs(t) {
  if (t.stdin === null || t.stdin === undefined) return [];
  const file = path.join(CACHE, `stdin-${createHash('sha256').update(t.stdin).digest('hex').slice(0, 16)}.txt`);
  fs.mkdirSync(CACHE, { recursive: true });
  fs.writeFileSync(file, t.stdin);
  return ['--stdin-file', file];
}

const cacheDirOf = (source, runs, input) => path.join(CACHE, createHash('sha256').update(CACHE_FORMAT).update('\0')
  .update(RUSTC_VERSION).update('\0').update(String(runs)).update('\0').update(source).update('\0').update(input ?? '')
  .digest('hex').slice(0, 24));

async function compileAndRun(source, runs, input = null) {
  const dir = cacheDirOf(source, runs, input);
  const resultFile = path.join(dir, 'result.json');
  if (fs.existsSync(resultFile)) {
    try { return JSON.parse(fs.readFileSync(resultFile, 'utf8')); } catch { /* redo */ }
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'main.rs'), source);
  const compile = await compileRust(RUSTC, 'main.rs', 'bin', dir);
  const result = { compile: { code: compile.code, stderr: compile.stderr }, runs: [] };
  if (compile.code === 0) {
    for (let i = 0; i < runs; i++) {
      const r = await run(path.join(dir, 'bin'), [], { cwd: dir, env: RUN_ENV, input });
      result.runs.push({ code: r.code, signal: r.signal ?? null, stdout: r.stdout, stderr: r.stderr, timedOut: r.timedOut });
    }
    fs.rmSync(path.join(dir, 'bin'), { force: true });
  }
  if (!result.runs.some((r) => r.timedOut)) fs.writeFileSync(resultFile, JSON.stringify(result));
  return result;
}

// rustc's results for the programs it should run, compiled in batches
// (tests/golden-batch.mjs) into the cache where compileAndRun finds them;
// what a batch could not give is compiled alone there.
async function warmCache(tests) {
  const items = [];
  const want = (kind, source, runs, text) => {
    const dir = cacheDirOf(source, runs, null);
    if (fs.existsSync(path.join(dir, 'result.json'))) return;
    items.push({ kind, text, runs, save: (result) => {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'result.json'), JSON.stringify(result));
    } });
  };
  for (const t of tests) {
    if (t.problems.length || (t.outcome !== 'ok' && t.outcome !== 'panic') || t.stdin !== null) continue;
    if (!batchable(t.source) || !Buffer.from(t.source).equals(t.raw)) continue;
    const plain = rustcSource(t).toString('utf8');
    want('plain', plain, 1, plain);
    if (!t.heapSkip) want(t.outcome === 'panic' ? 'heap-panic' : 'heap', heapSource(t), heapRuns(t), heapUser(t));
  }
  if (!items.length) return;
  const b = await compileBatches(items, { rustc: RUSTC, work: path.join(CACHE, 'batches'), jobs: opts.jobs, timeoutMs: TIMEOUT_MS });
  console.log(`rustc: ${b.saved} of ${b.of} results not cached yet came from ${b.compiles} batch compiles`);
}

// ---------------------------------------------------------------- diagnostics

// Check an expected error against parsed diagnostics; returns a problem or null.
function checkError(want, diags, off, fileCheck) {
  const matching = diags.filter((d) => (want.code ? d.code === want.code
    : want.lint ? lintOf(d) === want.lint : d.code === null && d.message.includes(want.message)));
  const name = want.code ?? (want.lint ? `lint ${want.lint}` : JSON.stringify(want.message));
  if (!matching.length) {
    const got = diags.map((d) => d.code ?? (lintOf(d) ? `lint ${lintOf(d)}` : `"${d.message}"`));
    return `expected error ${name}, got ${got.length ? got.join(', ') : 'no errors'}`;
  }
  if (want.line !== null) {
    const d = matching[0];
    if (d.line === null) return `error ${name} has no --> location`;
    const line = d.line - off;
    if (line !== want.line || d.col !== want.col)
      return `error ${name} at ${line}:${d.col}, expected at ${want.line}:${want.col}`;
    if (fileCheck && !fileCheck(d.file)) return `error ${name} --> ${d.file}: wrong file`;
  }
  return null;
}

// The message of the first diagnostic with the first expected error's
// code (what a learner reads first), with `normalize` applied; null when
// the program expects no coded error or nothing carries that code.
function headlineOf(t, diags, normalize) {
  const code = t.errors[0]?.code;
  const d = code ? diags.find((x) => x.code === code) : null;
  return d ? normalize(d.message) : null;
}

// rustc's headline against the engine's: the same words, or a difference
// the program says it knows (`// headline: differs: REASON`), which must
// still be one.
function headlineProblems(t) {
  if (typeof t.rustcHeadline !== 'string' || typeof t.engineHeadline !== 'string') return [];
  const same = t.rustcHeadline === t.engineHeadline;
  if (same && t.headlineDiffers) return [`the headline is rustc's now (${JSON.stringify(t.engineHeadline)}): remove "// headline: differs"`];
  if (!same && !t.headlineDiffers)
    return [`headline ${JSON.stringify(t.engineHeadline)}, rustc's ${JSON.stringify(t.rustcHeadline)} (a known difference: "// headline: differs: REASON")`];
  return [];
}

// What a run wrote to stderr before any panic message, as lines, with
// dbg!'s `[FILE:L:C]` prefixes written for `main.rs` and the program's own
// line numbers (a snippet is one line down in the file rustc compiles).
function stderrLines(stderr, file, offset) {
  const lines = stderr.split('\n');
  const panicAt = lines.findIndex((l) => /^thread 'main'(?: \(\d+\))? panicked at /.test(l));
  const kept = panicAt >= 0 ? lines.slice(0, panicAt) : lines;
  if (kept.length && kept[kept.length - 1] === '') kept.pop();
  return kept.map((l) => l.replace(/^\[(.+?):(\d+):(\d+)\]/, (m, f, line, col) =>
    (f === file ? `[main.rs:${+line - offset}:${col}]` : m)));
}

function diffStderr(want, got) {
  for (let i = 0; i < Math.max(want.length, got.length); i++)
    if (want[i] !== got[i])
      return [`stderr line ${i + 1}: expected ${i < want.length ? JSON.stringify(want[i]) : '(nothing)'}, got ` +
              `${i < got.length ? JSON.stringify(got[i]) : '(nothing)'}`];
  return [];
}

function diffLines(want, got) {
  const g = got.endsWith('\n') ? got.slice(0, -1).split('\n') : got === '' ? [] : got.split('\n');
  const problems = [];
  if (got !== '' && !got.endsWith('\n')) problems.push('stdout does not end with a newline');
  const n = Math.max(want.length, g.length);
  for (let i = 0; i < n; i++) {
    if (want[i] !== g[i]) {
      const w = i < want.length ? JSON.stringify(want[i]) : '(nothing)';
      const h = i < g.length ? JSON.stringify(g[i]) : '(nothing)';
      problems.push(`stdout line ${i + 1}: expected ${w}, got ${h}` +
                    (want.length !== g.length ? ` (${want.length} lines expected, ${g.length} printed)` : ''));
      break;
    }
  }
  return problems;
}

// ---------------------------------------------------------------- checks

// An abort's stderr lines, with rustc 1.9x's thread id dropped:
// `thread 'main' (12345) has overflowed its stack` -> `thread 'main' has ...`.
const abortLines = (stderr) => stderr.split('\n').map((l) => l.replace(/^thread 'main' \(\d+\)/, "thread 'main'"));

async function rustcCheck(t) {
  if (t.limit && LIMITS[t.limit].rustc === 'skip') return [];
  if (t.limit) {  // compile only: the binary would never end
    const res = await compileAndRun(rustcSource(t), 0);
    t.rustcResult = res;
    if (res.compile.code === 0) return [];
    const d = parseDiagnostics(res.compile.stderr)[0];
    return [`rustc rejected the program: ${d ? `error${d.code ? `[${d.code}]` : ''}: ${d.message}` : short(res.compile.stderr)}`];
  }
  const res = await compileAndRun(rustcSource(t), 1, t.stdin);
  const off = lineOffset(t);
  const problems = [];
  t.rustcResult = res;
  if (t.outcome === 'error') {
    if (res.compile.code === 0) return ['expected a compile error, but rustc accepted the program'];
    const diags = parseDiagnostics(res.compile.stderr);
    for (const e of t.errors) { const p = checkError(e, diags, off, null); if (p) problems.push(p); }
    t.rustcHeadline = headlineOf(t, diags, (m) => m.replace(/\{closure@main\.rs:(\d+):(\d+)\}/g, (_, l, c) => `{closure@main.rs:${l - off}:${c}}`));
    return problems;
  }
  if (res.compile.code !== 0) {
    const d = parseDiagnostics(res.compile.stderr)[0];
    const where = d && d.line !== null ? ` at ${d.line - off}:${d.col}` : '';
    return [`rustc rejected the program: ${d ? `error${d.code ? `[${d.code}]` : ''}: ${d.message}${where}` : short(res.compile.stderr)}`];
  }
  const r = res.runs[0];
  if (r.timedOut) return ['timed out'];
  problems.push(...diffLines(t.expect, r.stdout));
  if (t.stderr.length && (t.outcome === 'ok' || t.outcome === 'panic'))
    problems.push(...diffStderr(t.stderr, stderrLines(r.stderr, 'main.rs', off)));
  if (t.outcome === 'panic') {
    if (r.code !== 101) problems.push(`expected a panic (exit 101), got exit ${r.code}`);
    const p = parsePanic(r.stderr);
    if (!p) problems.push(`no panic message in stderr: ${short(r.stderr)}`);
    else {
      if (p.message.split('\n')[0] !== t.panic) problems.push(`panic message ${JSON.stringify(p.message.split('\n')[0])}, expected ${JSON.stringify(t.panic)}`);
      const line = inStd(p.file) ? p.line : p.line - off;
      if (t.panicAt) problems.push(...panicSiteProblems(t, p, line));
    }
  } else if (t.outcome === 'abort') {
    if (r.signal !== 'SIGABRT' && r.code !== 134) problems.push(`expected an abort (SIGABRT), got exit ${r.code}${r.signal ? ` (${r.signal})` : ''}`);
    if (!abortLines(r.stderr).includes(t.abort)) problems.push(`no line ${JSON.stringify(t.abort)} in stderr: ${short(r.stderr)}`);
  } else if (r.code !== t.exit) {
    problems.push(`exit ${r.code}${t.exit ? `, expected ${t.exit}` : ''}: ${short(r.stderr)}`);
  }
  return problems;
}

// How many times the heap variant runs to show its log is the same each
// time. std seeds every HashMap and HashSet from the OS, so their iteration
// order, and the order their drop frees what they own, changes from run to
// run: two runs of a map with two keys agree half the time, so a program
// whose log depends on that order would pass or fail by chance. Eight runs
// make such a program fail (all but 1 in 128 for two keys), so it is found
// and marked `// heap: skip`, not left to a fresh cache to find.
const heapRuns = (t) => (/\bHash(Map|Set)\b/.test(t.source) ? 8 : 2);

// Heap log from a real binary, or null when the check does not apply.
async function rustcHeap(t) {
  if ((t.outcome !== 'ok' && t.outcome !== 'panic') || t.heapSkip) return { log: null, problems: [] };
  const res = await compileAndRun(heapSource(t), heapRuns(t), t.stdin);
  if (res.compile.code !== 0)
    return { log: null, problems: [`heap variant failed to compile: ${short(res.compile.stderr)}`] };
  const a = res.runs[0];
  const exit = t.outcome === 'panic' ? 101 : t.exit;
  if (res.runs.some((r) => r.code !== exit))
    return { log: null, problems: [`heap variant exited ${res.runs.map((r) => r.code).join('/')}`] };
  const logOf = (r) => (t.outcome === 'panic' ? panicHeapLog(r.stderr) : exitHeapLog(parseHeapLog(r.stderr)));
  const logs = res.runs.map(logOf);
  if (logs.some((l) => !l)) return { log: null, problems: ['heap variant: no panic (or no exception object) in its allocator log'] };
  const la = logs[0];
  if (logs.some((l) => l.join('\n') !== la.join('\n')))
    return { log: null, problems: [`heap log differs between ${logs.length} runs (unstable)`] };
  if (a.stdout !== t.rustcResult?.runs?.[0]?.stdout && t.rustcResult)
    return { log: la, problems: ['heap variant printed different stdout'] };
  return { log: la, problems: [] };
}

// A panic std reports inside itself names a file of std's source,
// `/rustc/HASH/library/...`; `// panic-at: library/...:L:C` expects that
// file (whatever the hash) and that line:col, the learner's file otherwise.
const inStd = (file) => file.startsWith('/rustc/');
function panicSiteProblems(t, p, line) {
  const want = t.panicAt;
  const where = `${want.file ? `${want.file}:` : ''}${want.line}:${want.col}`;
  if (want.file && !(inStd(p.file) && p.file.endsWith(`/${want.file}`)))
    return [`panicked in ${p.file}, expected in std's ${want.file}`];
  if (!want.file && inStd(p.file)) return [`panicked inside std (${p.file}:${p.line}:${p.col}), expected at ${where}`];
  if (line !== want.line || p.col !== want.col) return [`panicked at ${line}:${p.col}, expected at ${where}`];
  return [];
}

async function engineCheck(t) {
  const problems = [];
  const r = await run(opts.engine, ['run', t.rel, ...stdinArgs(t)], { cwd: ROOT });
  if (r.timedOut) return ['engine timed out'];
  if (t.unsupported) {
    if (r.code !== 1 || !r.stderr.includes(t.unsupported) || !r.stderr.includes('not supported'))
      problems.push(`expected a "${t.unsupported} ... not supported yet" rejection, got exit ${r.code}: ${short(r.stderr, 160)}`);
    else if (t.unsupportedAt && !r.stderr.includes(` --> ${t.rel}:${t.unsupportedAt.line}:${t.unsupportedAt.col}\n`))
      problems.push(`expected the "not supported yet" rejection at ${t.unsupportedAt.line}:${t.unsupportedAt.col}: ${short(r.stderr, 160)}`);
    return problems;
  }
  if (t.outcome === 'error') {
    if (r.code !== 1) problems.push(`expected exit 1 (compile error), got exit ${r.code}`);
    if (r.stdout !== '') problems.push(`a rejected program must print nothing, got ${JSON.stringify(short(r.stdout, 80))}`);
    const diags = parseDiagnostics(r.stderr);
    for (const e of t.errors) {
      const p = checkError(e, diags, 0, (f) => f === t.rel);
      if (p) problems.push(p + (diags.length ? '' : `; stderr: ${short(r.stderr, 160)}`));
    }
    t.engineHeadline = headlineOf(t, diags, (m) => m.replaceAll(`{closure@${t.rel}:`, '{closure@main.rs:'));
    return problems;
  }
  if (t.limit === 'nesting') {
    const l = LIMITS.nesting;
    if (r.code !== l.exit || !r.stderr.includes(l.text))
      problems.push(`expected the nesting limit's rejection (exit 1, "${l.text}"), got exit ${r.code}: ${short(r.stderr, 160)}`);
    if (r.stdout !== '') problems.push('a rejected program must print nothing');
    return problems;
  }
  problems.push(...diffLines(t.expect, r.stdout));
  if (t.stderr.length && (t.outcome === 'ok' || t.outcome === 'panic'))
    problems.push(...diffStderr(t.stderr, stderrLines(r.stderr, t.rel, 0)));
  if (t.outcome === 'limit') {
    const l = LIMITS[t.limit];
    if (r.code !== l.exit) problems.push(`expected exit ${l.exit} (limit: ${t.limit}), got exit ${r.code}: ${short(r.stderr, 160)}`);
    if (!r.stderr.includes(l.text)) problems.push(`no "${l.text}" in stderr: ${short(r.stderr, 160)}`);
  } else if (t.outcome === 'abort') {
    if (r.code !== 134) problems.push(`expected exit 134 (abort), got exit ${r.code}: ${short(r.stderr, 160)}`);
    if (!abortLines(r.stderr).includes(t.abort)) problems.push(`no line ${JSON.stringify(t.abort)} in stderr: ${short(r.stderr, 160)}`);
  } else if (t.outcome === 'panic') {
    if (r.code !== 101) problems.push(`expected exit 101 (panic), got exit ${r.code}: ${short(r.stderr, 160)}`);
    const p = parsePanic(r.stderr);
    if (!p) problems.push(`no "thread 'main' panicked at ${t.rel}:L:C:" in stderr: ${short(r.stderr, 160)}`);
    else {
      if (!t.panicAt?.file && p.file !== t.rel) problems.push(`panic location names file ${p.file}, expected ${t.rel}`);
      if (p.message.split('\n')[0] !== t.panic) problems.push(`panic message ${JSON.stringify(p.message.split('\n')[0])}, expected ${JSON.stringify(t.panic)}`);
      if (t.panicAt) problems.push(...panicSiteProblems(t, p, p.line));
    }
  } else if (r.code !== t.exit) {
    problems.push(`exit ${r.code}${t.exit ? `, expected ${t.exit}` : ''}: ${short(r.stderr, 200)}`);
  }
  return problems;
}

async function engineHeap(t) {
  const r = await run(opts.engine, ['trace', t.rel, ...stdinArgs(t)], { cwd: ROOT });
  if (r.timedOut) return { log: null, problem: 'engine trace timed out' };
  if (r.code !== 0) return { log: null, problem: `engine trace exited ${r.code}: ${short(r.stderr, 160)}` };
  let trace;
  try { trace = JSON.parse(r.stdout); } catch (e) { return { log: null, problem: `engine trace is not JSON: ${e.message}` }; }
  return { log: heapLogOfTrace(trace), problem: null };
}

// ---------------------------------------------------------------- codes

// Every error code the engine reports is a row of engine/diag/codes.def and
// is named at its code sites as DiagCode::E0308. One more check, run when
// every program is: each listed code is used by a code site and expected by
// a golden program (so no code reaches a learner without a program showing
// rustc agrees), and every code a program expects is listed.
function sourceFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(cpp|h)$/.test(e.name)) out.push(p);
  }
  return out;
}

function codeProblems(tests) {
  const def = fs.readFileSync(path.join(ROOT, 'engine', 'diag', 'codes.def'), 'utf8');
  const listed = new Map([...def.matchAll(/^SH_DIAG_CODE\((E\d{4}), "(.*)"\)$/gm)].map((m) => [m[1], m[2]]));
  const used = new Set();
  for (const f of sourceFiles(path.join(ROOT, 'engine')))
    for (const m of fs.readFileSync(f, 'utf8').matchAll(/DiagCode::(E\d{4})/g)) used.add(m[1]);
  const expected = new Set(tests.flatMap((t) => t.errors.map((e) => e.code).filter(Boolean)));
  const problems = [];
  for (const [code, summary] of listed) {
    if (!used.has(code)) problems.push(`${code} is listed in engine/diag/codes.def but no code site reports it`);
    if (!expected.has(code)) problems.push(`${code} (${summary}) has no golden program: add one that rustc rejects with it`);
  }
  for (const code of expected)
    if (!listed.has(code)) problems.push(`a golden program expects ${code}, which engine/diag/codes.def does not list`);
  return problems;
}

// ---------------------------------------------------------------- main

async function main() {
  let files = findPrograms(PROGRAMS);
  if (opts.filters.length) files = files.filter((f) => opts.filters.some((s) => path.relative(ROOT, f).includes(s)));
  const tests = files.map(parseProgram);
  if (!tests.length) { console.log('no programs matched'); console.log('0 passed, 0 failed'); process.exit(1); }

  const notes = [];
  if (opts.rustc && !findRustc()) {
    notes.push('rustc not found (PATH or ~/.cargo/bin): rustc and heap checks skipped and counted as failed');
  }
  const haveRustc = opts.rustc && RUSTC_VERSION !== null;
  let haveEngine = false;
  if (opts.engineCheck) {
    haveEngine = fs.existsSync(opts.engine);
    if (!haveEngine) notes.push(`engine binary ${opts.engine} is missing: engine checks counted as failed (build it, or pass --no-engine)`);
  }
  for (const n of notes) console.log(`NOTE: ${n}`);

  if (haveRustc) await warmCache(tests);
  await pool(tests, opts.jobs, async (t) => {
    t.failures = [];
    const fail = (stage, ps) => { for (const p of ps) t.failures.push(`[${stage}] ${p}`); };
    if (t.problems.length) { fail('format', t.problems); return; }
    if (opts.rustc) {
      if (!haveRustc) fail('rustc', ['rustc not available']);
      else {
        fail('rustc', await rustcCheck(t));
        const h = await rustcHeap(t);
        fail('heap', h.problems);
        t.rustcHeap = h.log;
      }
    }
    if (opts.engineCheck) {
      if (!haveEngine) { fail('engine', ['engine binary missing']); return; }
      const engineProblems = await engineCheck(t);
      fail('engine', engineProblems);
      if (!engineProblems.length) fail('headline', headlineProblems(t));
      // The heap comparison only means something once the engine runs the program correctly.
      if (haveRustc && t.rustcHeap && !engineProblems.length && !t.unsupported) {
        const e = await engineHeap(t);
        if (e.problem) fail('heap', [e.problem]);
        else { const d = heapDiff(t.rustcHeap, e.log); if (d) fail('heap', [d]); }
      }
    }
  });

  const areas = new Map();
  let passed = 0, failed = 0;
  for (const t of tests) {
    const a = areas.get(t.area) ?? { passed: 0, failed: 0 };
    if (t.failures.length) {
      failed++; a.failed++;
      for (const f of t.failures) console.log(`FAIL ${t.rel} ${f}`);
    } else { passed++; a.passed++; }
    areas.set(t.area, a);
    if (opts.showHeap && t.rustcHeap) {
      console.log(`HEAP ${t.rel}${t.rustcHeap.length ? '' : ' (no allocations)'}`);
      for (const l of t.rustcHeap) console.log(`    ${l}`);
    }
  }
  if (!opts.filters.length) {
    const problems = codeProblems(tests);
    for (const p of problems) console.log(`FAIL codes ${p}`);
    if (problems.length) failed++; else passed++;
    areas.set('(codes)', { passed: problems.length ? 0 : 1, failed: problems.length ? 1 : 0 });
  }
  const checks = [opts.rustc ? 'rustc' : null, opts.rustc ? 'heap' : null, opts.engineCheck ? 'engine' : null].filter(Boolean);
  console.log(`\nchecks: ${checks.join(', ') || 'format only'}${haveRustc ? ` (${RUSTC_VERSION.split('\n')[0]})` : ''}`);
  for (const [area, a] of [...areas].sort()) {
    console.log(`  ${area.padEnd(10)} ${String(a.passed).padStart(3)} passed, ${a.failed} failed`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => { console.error(e); console.log('0 passed, 1 failed'); process.exit(1); });
