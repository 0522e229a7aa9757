// What the golden runner and the differential tester both need from real
// rustc and from our engine: child processes, finding rustc, the counting
// global allocator that logs a binary's heap calls, and readers for rustc's
// diagnostics, its panic report and the engine's trace. One copy, so the two
// test tools cannot drift apart on what "the same as rustc" means.
//
// Node 20, no dependencies.

import { spawn, execFileSync } from 'node:child_process';
import path from 'node:path';

export const RUN_ENV = { ...process.env, RUST_BACKTRACE: '0' };

// ---------------------------------------------------------------- processes

// Output past maxOutput bytes kills the child (a runaway loop printing).
export function run(cmd, args, { cwd, env = process.env, timeout = 20000, input = null, maxOutput = 256 << 20 } = {}) {
  return new Promise((resolve) => {
    let stdout = '', stderr = '', timedOut = false;
    let child;
    try { child = spawn(cmd, args, { cwd, env, stdio: [input === null ? 'ignore' : 'pipe', 'pipe', 'pipe'] }); }
    catch (e) { resolve({ code: -1, stdout: '', stderr: String(e), timedOut }); return; }
    if (input !== null) { child.stdin.on('error', () => {}); child.stdin.end(input); }
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeout);
    const limit = () => { if (stdout.length + stderr.length > maxOutput) { timedOut = true; child.kill('SIGKILL'); } };
    child.stdout.on('data', (d) => { if (!timedOut) stdout += d; limit(); });
    child.stderr.on('data', (d) => { if (!timedOut) stderr += d; limit(); });
    child.on('error', (e) => { clearTimeout(timer); resolve({ code: -1, stdout, stderr: stderr + String(e), timedOut }); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : -1), signal, stdout, stderr, timedOut });
    });
  });
}

export async function pool(items, jobs, fn) {
  let next = 0;
  const workers = Array.from({ length: Math.min(jobs, items.length) }, async () => {
    while (next < items.length) { const i = next++; await fn(items[i], i); }
  });
  await Promise.all(workers);
}

// ---------------------------------------------------------------- rustc

// { path, version } of the first rustc that answers -vV, or null.
export function findRustc() {
  const candidates = ['rustc', path.join(process.env.HOME || '', '.cargo', 'bin', 'rustc')];
  for (const c of candidates) {
    try { return { path: c, version: execFileSync(c, ['-vV'], { encoding: 'utf8' }).trim() }; }
    catch { /* try next */ }
  }
  return null;
}

// The one way both tools build a program: edition 2021, a debug build (so
// overflow checks are on), no debug info (faster), warnings off.
export const compile = (rustc, file, out, cwd) =>
  run(rustc, ['--edition', '2021', '-C', 'debuginfo=0', '-A', 'warnings', '-o', out, file], { cwd, env: RUN_ENV, timeout: 120000 });

// ---------------------------------------------------------------- heap log

// A counting global allocator that logs every alloc/realloc/dealloc made
// while ENABLED is set, to stderr, through raw write(2) with numbers
// formatted on the stack: nothing inside the allocator allocates. Lines read
// `@heap alloc SIZE ALIGN`, `@heap dealloc SIZE ALIGN`, `@heap realloc OLD NEW ALIGN`.
export const ALLOCATOR_MODULE = `

#[allow(dead_code, unused)]
mod __golden_heap {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::sync::atomic::{AtomicBool, Ordering};
    pub static ENABLED: AtomicBool = AtomicBool::new(false);
    extern "C" {
        fn write(fd: i32, buf: *const u8, count: usize) -> isize;
    }
    struct Line { b: [u8; 96], n: usize }
    impl Line {
        fn text(&mut self, s: &[u8]) { for &c in s { self.b[self.n] = c; self.n += 1; } }
        fn num(&mut self, mut x: usize) {
            self.b[self.n] = b' '; self.n += 1;
            let mut t = [0u8; 20]; let mut i = 0;
            loop { t[i] = b'0' + (x % 10) as u8; i += 1; x /= 10; if x == 0 { break; } }
            while i > 0 { i -= 1; self.b[self.n] = t[i]; self.n += 1; }
        }
    }
    fn log(kind: &[u8], a: usize, b: usize, c: usize, three: bool) {
        if !ENABLED.load(Ordering::SeqCst) { return; }
        let mut w = Line { b: [0; 96], n: 0 };
        w.text(b"@heap ");
        w.text(kind); w.num(a); w.num(b); if three { w.num(c); }
        w.text(b"\\n");
        unsafe { write(2, w.b.as_ptr(), w.n); }
    }
    pub struct Counting;
    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, l: Layout) -> *mut u8 {
            log(b"alloc", l.size(), l.align(), 0, false); System.alloc(l)
        }
        unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
            log(b"alloc", l.size(), l.align(), 0, false); System.alloc_zeroed(l)
        }
        unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
            log(b"dealloc", l.size(), l.align(), 0, false); System.dealloc(p, l)
        }
        unsafe fn realloc(&self, p: *mut u8, l: Layout, new_size: usize) -> *mut u8 {
            log(b"realloc", l.size(), new_size, l.align(), true); System.realloc(p, l, new_size)
        }
    }
    #[global_allocator]
    static GLOBAL: Counting = Counting;
}
`;

// std::io::stdout() is touched before logging starts: the first use of stdout
// allocates its 1024-byte LineWriter buffer (`alloc 1024 1`), which would
// otherwise show up at the first println!. After that, println!/print! and
// format_args! allocate nothing.
export const STDOUT_FIRST = '    let _ = std::io::stdout(); // allocates stdout\'s 1024-byte buffer now, before logging\n';

// The log of a run that std::process::exit ended inside the program: the
// exit runs std's teardown while the log is still on, which frees stdout's
// buffer (`dealloc 1024 1`, allocated before logging began, so with no
// allocation of its own in the log) and then more of std's own. The log is
// cut at that free; a log with no such free is returned whole.
export function exitHeapLog(log) {
  let live = 0;  // 1024-byte, align-1 cells the log itself allocated and has not freed
  for (let i = 0; i < log.length; i++) {
    const [kind, a, b, c] = log[i].split(' ');
    if (kind === 'alloc' && a === '1024' && b === '1') live++;
    else if (kind === 'realloc' && c === '1') live += (b === '1024') - (a === '1024');
    else if (kind === 'dealloc' && a === '1024' && b === '1') {
      if (live === 0) return log.slice(0, i);
      live--;
    }
  }
  return log;
}

// A panic hook that says, before std's own report, whether std formatted
// the panic's message into a String (see panicHeapLog).
export const PANIC_HOOK = `    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        eprintln!("@panic-payload {}", if info.payload().downcast_ref::<String>().is_some() { "string" } else { "static" });
        hook(info);
    }));
`;

export const parseHeapLog = (stderr) =>
  stderr.split('\n').filter((l) => l.startsWith('@heap ')).map((l) => l.slice(6));

// The heap log without the panic message's String: when std formatted one,
// its `alloc N 1` and the reallocs that grew it are the log's last events.
export function panicHeap(log, stderr) {
  if (!/^@panic-payload string$/m.test(stderr)) return log;
  let i = log.length - 1;
  while (i > 0 && log[i].startsWith('realloc ')) {
    const prev = log[i - 1].split(' ');
    const prevSize = prev[0] === 'alloc' ? prev[1] : prev[0] === 'realloc' ? prev[2] : null;
    if (prevSize !== log[i].split(' ')[1]) break;
    i--;
  }
  return i >= 0 && /^alloc \d+ 1$/.test(log[i]) ? log.slice(0, i) : log;
}

// The log of a run that panicked and whose harness caught the panic after
// the program unwound (PANIC_HOOK, catch_unwind), without std's own
// allocations for the panic: the message it formats before the hook runs
// (panicHeap; the hook's `@panic-payload` line says whether there is one),
// everything from the hook to the exception object std allocates just
// before unwinding (`alloc 56 8`), and that object's free by catch_unwind,
// the log's last event. Null when the log does not have that shape.
const EXCEPTION_ALLOC = 'alloc 56 8', EXCEPTION_FREE = 'dealloc 56 8';
export function panicHeapLog(stderr) {
  const lines = stderr.split('\n');
  const hook = lines.findIndex((l) => l.startsWith('@panic-payload '));
  if (hook < 0) return null;
  const before = panicHeap(parseHeapLog(lines.slice(0, hook).join('\n')), lines[hook]);
  const after = parseHeapLog(lines.slice(hook + 1).join('\n'));
  const thrown = after.indexOf(EXCEPTION_ALLOC);
  if (thrown < 0 || after[after.length - 1] !== EXCEPTION_FREE) return null;
  return [...before, ...after.slice(thrown + 1, -1)];
}

// The engine trace's heap events in the allocator log's words.
export function heapLogOfTrace(trace) {
  const log = [];
  for (const step of trace.steps ?? []) {
    for (const ev of step.events ?? []) {
      if (ev.kind === 'alloc') log.push(`alloc ${ev.size} ${ev.align}`);
      else if (ev.kind === 'realloc') log.push(`realloc ${ev.oldSize} ${ev.size} ${ev.align}`);
      else if (ev.kind === 'free') log.push(`dealloc ${ev.size} ${ev.align}`);
    }
  }
  return log;
}

// The first differing heap event, in words, or null when the logs agree.
export function heapDiff(want, got) {
  const n = Math.max(want.length, got.length);
  for (let i = 0; i < n; i++) {
    if (want[i] !== got[i])
      return `heap event ${i + 1}: rustc ${want[i] ?? '(nothing)'}, engine ${got[i] ?? '(nothing)'}` +
             ` (rustc ${want.length} events, engine ${got.length})`;
  }
  return null;
}

// ---------------------------------------------------------------- diagnostics

// rustc / engine diagnostics: headers `error[E0382]: ...` or `error: ...` (a
// lint, no code), each followed by ` --> file:L:C` for its primary span.
export function parseDiagnostics(stderr) {
  const diags = [];
  let cur = null;
  for (const line of stderr.split('\n')) {
    const h = /^error(?:\[(E\d{4})\])?: (.*)$/.exec(line);
    if (h) {
      if (/^aborting due to|^could not compile/.test(h[2])) { cur = null; continue; }
      cur = { code: h[1] ?? null, message: h[2], file: null, line: null, col: null, body: [] };
      diags.push(cur);
      continue;
    }
    if (/^(warning|note|help)(\[|:)/.test(line)) { cur = null; continue; }
    if (!cur) continue;
    cur.body.push(line);
    const loc = /^\s*--> (.+):(\d+):(\d+)$/.exec(line);
    if (loc && cur.line === null) { cur.file = loc[1]; cur.line = +loc[2]; cur.col = +loc[3]; }
  }
  return diags;
}

// The deny-by-default lint a code-less diagnostic names, if any. rustc
// names a lint in a note the first time it fires in a crate only, so in a
// crate of several programs (the difftest oracle's batches) a later firing
// is known by its message.
const LINT_MESSAGES = [
  [/^this arithmetic operation will overflow$/, 'arithmetic_overflow'],
  [/^this operation will panic at runtime$/, 'unconditional_panic'],
  [/^literal out of range for `/, 'overflowing_literals'],
];
export const lintOfMessage = (message) => LINT_MESSAGES.find(([re]) => re.test(message))?.[1] ?? null;
export const lintOf = (d) => {
  const m = d.body.join('\n').match(/#\[deny\(([a-z_]+)\)\]/);
  if (m) return m[1];
  return d.code ? null : lintOfMessage(d.message);
};

// `thread 'main' panicked at FILE:L:C:` then the message, which may span
// lines, up to the note about backtraces. rustc >= 1.9x prints the thread id
// too: `thread 'main' (12345) panicked at ...`.
export function parsePanic(stderr) {
  const lines = stderr.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^thread 'main'(?: \(\d+\))? panicked at (.+):(\d+):(\d+):$/.exec(lines[i]);
    if (!m) continue;
    let end = i + 1;
    while (end < lines.length && !lines[end].startsWith('note: run with `RUST_BACKTRACE')) end++;
    const message = end < lines.length ? lines.slice(i + 1, end).join('\n') : (lines[i + 1] ?? '');
    return { file: m[1], line: +m[2], col: +m[3], message };
  }
  return null;
}

export const short = (s, n = 300) => { s = s.trim(); return s.length > n ? s.slice(0, n) + '…' : s; };
