// Compiling many golden programs as one crate, to fill the golden runner's
// cache before it checks them one by one.
//
// A small program costs rustc about a tenth of a second to compile and link,
// nearly all of it fixed (std's metadata, the link), and the golden runner
// compiles each accepted program twice (as written, and with the counting
// allocator): with nothing cached that was five of the suite's fifteen
// minutes. Twenty-four programs as modules of one crate cost about three
// compiles. The difftest oracle (tests/difftest/oracle.mjs) does the same
// for generated programs.
//
// A batched result must be the result the program would have alone, byte for
// byte, since it is cached under the program's own key. So only programs a
// module cannot tell from a crate are batched (no `crate::` or `super::`
// paths, no crate attributes, no macros that name their own file or line, no
// `ExitCode`, no standard input, ...), each program's lines are moved back by
// its offset in every `main.rs:L:C` its binary writes, and a batch that fails
// to compile, or says anything while compiling, caches nothing: its programs
// are compiled alone as before. Only programs rustc is expected to run are
// batched; rejected ones stop at the first errors anyway.
//
// Node 20, no dependencies.

import fs from 'node:fs';
import path from 'node:path';
import { run, pool, compile, RUN_ENV, ALLOCATOR_MODULE, STDOUT_FIRST, PANIC_HOOK } from './rustc-oracle.mjs';

const BATCH = 24;

// What a module cannot do as its crate would, or would say differently.
const CRATE_BOUND = /\bcrate\b|\bsuper\b|#!\[|#\[macro_export|\$crate|\b(line|column|file|module_path|include|include_str|env|option_env)!|type_name|ExitCode|\bstd::env\b|\benv::args|\bextern\b|__report|__batch/;

export const batchable = (text) => !CRATE_BOUND.test(text);

// How a batch's main runs program `k`, by the kind of the batch:
//   plain: the program as written; main's result reported as std's runtime
//          does, the process's status the one it would exit with;
//   heap:  the counting allocator on while it runs (golden.mjs's HEAP_HARNESS);
//   heap-panic: ... inside catch_unwind, exit 101 after a panic (PANIC_HEAP_HARNESS).
const REPORT = {
  plain: 'pub fn __report() -> std::process::ExitCode { std::process::Termination::report(main()) }',
  heap: 'pub fn __report() -> std::process::ExitCode { std::process::Termination::report(__user_main()) }',
  'heap-panic': 'pub fn __report() { let _ = __user_main(); }',
};

function mainOf(kind, count) {
  const arms = Array.from({ length: count }, (_, k) => `        ${k} => p${k}::__report(),`).join('\n');
  const which = '    let which: usize = std::env::args().nth(1).unwrap().parse().unwrap();\n';
  if (kind === 'plain') {
    return `fn main() -> std::process::ExitCode {\n${which}    match which {\n${arms}\n        _ => unreachable!(),\n    }\n}\n`;
  }
  if (kind === 'heap') {
    return `${ALLOCATOR_MODULE}
fn main() -> std::process::ExitCode {
${which}${STDOUT_FIRST}    __golden_heap::ENABLED.store(true, std::sync::atomic::Ordering::SeqCst);
    let code = match which {
${arms}
        _ => unreachable!(),
    };
    __golden_heap::ENABLED.store(false, std::sync::atomic::Ordering::SeqCst);
    code
}
`;
  }
  return `${ALLOCATOR_MODULE}
fn main() {
${which}${STDOUT_FIRST}${PANIC_HOOK}    __golden_heap::ENABLED.store(true, std::sync::atomic::Ordering::SeqCst);
    let outcome = std::panic::catch_unwind(|| match which {
${arms}
        _ => unreachable!(),
    });
    __golden_heap::ENABLED.store(false, std::sync::atomic::Ordering::SeqCst);
    std::process::exit(if outcome.is_err() { 101 } else { 0 });
}
`;
}

// The crate: program k inside `mod pK { ... }`, its first line at line
// offsets[k] + 1 of main.rs.
function crateOf(kind, texts) {
  const lines = [], offsets = [];
  texts.forEach((text, k) => {
    lines.push(`#[allow(unused)] mod p${k} {`);
    offsets.push(lines.length);
    lines.push(...text.split('\n'), REPORT[kind], '}');
  });
  return { text: `${lines.join('\n')}\n${mainOf(kind, texts.length)}`, offsets };
}

// `main.rs:L:C` as the program alone would have written it.
const unshift = (text, off) => text.replace(/\bmain\.rs:(\d+):(\d+)/g, (_, l, c) => `main.rs:${+l - off}:${c}`);

// Compile `items` ({kind, text, runs, save(result)}) in batches of one kind,
// run each program its `runs` times, and hand each its result in
// compileAndRun's shape. Returns {saved, compiles, of}: how many results
// were saved, from how many compiles, of how many items.
export async function compileBatches(items, { rustc, work, jobs, timeoutMs }) {
  const batches = [];
  for (const kind of Object.keys(REPORT)) {
    const same = items.filter((x) => x.kind === kind);
    for (let i = 0; i < same.length; i += BATCH) batches.push(same.slice(i, i + BATCH));
  }
  let saved = 0, compiles = 0;
  fs.mkdirSync(work, { recursive: true });
  await pool(batches, jobs, async (batch) => {
    const crate = crateOf(batch[0].kind, batch.map((x) => x.text));
    const dir = fs.mkdtempSync(path.join(work, 'batch-'));
    try {
      fs.writeFileSync(path.join(dir, 'main.rs'), crate.text);
      const c = await compile(rustc, 'main.rs', 'bin', dir);
      compiles++;
      if (c.code !== 0 || c.stderr !== '') return;  // each program is compiled alone later
      for (const [k, x] of batch.entries()) {
        const result = { compile: { code: 0, stderr: '' }, runs: [] };
        for (let r = 0; r < x.runs; r++) {
          const o = await run(path.join(dir, 'bin'), [String(k)], { cwd: dir, env: RUN_ENV, timeout: timeoutMs });
          result.runs.push({ code: o.code, signal: o.signal ?? null, stdout: o.stdout, stderr: unshift(o.stderr, crate.offsets[k]), timedOut: o.timedOut });
        }
        if (result.runs.some((r) => r.timedOut)) continue;
        x.save(result);
        saved++;
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  return { saved, compiles, of: items.length };
}
