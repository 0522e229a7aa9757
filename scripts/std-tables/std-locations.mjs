#!/usr/bin/env node
// Writes engine/run/std/std_locations.def: where rustc 1.95's std reports
// the panics that happen inside it rather than at the caller.
//
// A std method marked #[track_caller] (unwrap, rem_euclid, ilog2) panics at
// the call in the learner's file; one that is not (pow, abs, wrapping_div,
// from_str_radix's radix check) panics inside core, at a line of
// library/core/src/num/mod.rs that depends on the integer type (the line of
// the macro call that stamps out that type's methods). Those lines are facts
// about one build of std, so they are not typed in: this script asks rustc.
// It compiles one probe per integer type, runs each way of panicking, reads
// `panicked at FILE:L:C`, and fails if two ways that should share a line do
// not. Run it again when the oracle's rustc changes:
//
//   node scripts/std-tables/std-locations.mjs
//
// Node 20, no dependencies; needs rustc (tests/rustc-oracle.mjs finds it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRustc, compile, run, RUN_ENV, parsePanic } from '../../tests/rustc-oracle.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'engine', 'run', 'std', 'std_locations.def');

// In IntKind's order (engine/check/types.h SH_INT_KINDS).
const INTS = [['I8', 'i8'], ['I16', 'i16'], ['I32', 'i32'], ['I64', 'i64'], ['I128', 'i128'], ['Isize', 'isize'],
              ['U8', 'u8'], ['U16', 'u16'], ['U32', 'u32'], ['U64', 'u64'], ['U128', 'u128'], ['Usize', 'usize']];

// Each way of panicking the engine models, with where rustc 1.95 reports it:
// 'core' (inside core::num, on the type's line: all of a type's 'core' cases
// must agree) or 'caller' (the method is #[track_caller]: the learner's
// line). The engine follows the same split (engine/run/std/scalar.cpp); the
// script fails if rustc stops agreeing with it. `z` is 0 at run time,
// unknown to the compiler.
const methodPanics = (t, signed) => [
  [`(3 as ${t}).pow(200 + z as u32)`, 'core'],
  [`(7 as ${t}).wrapping_div(z as ${t})`, signed ? 'core' : 'caller'],
  [`(7 as ${t}).wrapping_rem(z as ${t})`, signed ? 'core' : 'caller'],
  [`(7 as ${t}).overflowing_div(z as ${t})`, signed ? 'core' : 'caller'],
  [`(7 as ${t}).overflowing_rem(z as ${t})`, signed ? 'core' : 'caller'],
  [`(7 as ${t}).saturating_div(z as ${t})`, signed ? 'core' : 'caller'],
  [`(7 as ${t}).div_euclid(z as ${t})`, 'caller'],
  [`(7 as ${t}).rem_euclid(z as ${t})`, 'caller'],
  [`(z as ${t}).ilog2()`, 'caller'],
  [`(z as ${t}).ilog10()`, 'caller'],
  ...(signed ? [[`(${t}::MIN + z as ${t}).abs()`, 'core'], [`(${t}::MIN + z as ${t}).div_euclid(-1)`, 'caller'],
                [`(${t}::MIN + z as ${t}).rem_euclid(-1)`, 'caller'], [`(z as ${t} - 1).isqrt()`, 'caller']]
            : [[`(${t}::MAX - z as ${t}).next_power_of_two()`, 'core'], [`(7 as ${t}).div_ceil(z as ${t})`, 'caller']]),
];
const radixPanic = (t) => `${t}::from_str_radix("1", 40 + z as u32)`;

// A value whose Display impl fails, declared inside the probe's expression.
const FAILS = `{ struct Fails(usize); impl std::fmt::Display for Fails {
    fn fmt(&self, _: &mut std::fmt::Formatter) -> std::fmt::Result { Err(std::fmt::Error) } } Fails }`;

// Single places in std: [name, an expression that panics there, the file].
const SITES = [
  ['CharToDigit', "(b'a' as char).to_digit(40 + z as u32)", 'library/core/src/char/methods.rs'],
  ['CharFromDigit', 'char::from_digit(1, 40 + z as u32)', 'library/core/src/char/convert.rs'],
  ['StrSplitAt', '"é".split_at(1 + z)', 'library/core/src/str/mod.rs'],
  ['SliceRotateLeft', 'vec![1u8].rotate_left(2 + z)', 'library/core/src/slice/mod.rs'],
  ['SliceRotateRight', 'vec![1u8].rotate_right(2 + z)', 'library/core/src/slice/mod.rs'],
  ['CapacityOverflow', 'Vec::<u64>::with_capacity((1 << 61) + z)', 'library/alloc/src/raw_vec/mod.rs'],
  // A Vec collected from, or extended by, a TrustedLen iterator with no upper bound (`iter::repeat`).
  ['CollectCapacityOverflow', 'std::iter::repeat(z).collect::<Vec<usize>>()', 'library/alloc/src/vec/spec_from_iter_nested.rs'],
  ['ExtendCapacityOverflow', '{ let mut v = Vec::new(); v.extend(std::iter::repeat(z)); v }', 'library/alloc/src/vec/mod.rs'],
  // Vec::swap_remove's index check (not #[track_caller]).
  ['VecSwapRemove', 'vec![1u8].swap_remove(1 + z)', 'library/alloc/src/vec/mod.rs'],
  // A learner's Display impl returning Err(fmt::Error) under format!, to_string and println!.
  ['FormatError', `format!("{}", ${FAILS}(z))`, 'library/alloc/src/fmt.rs'],
  ['ToStringError', `${FAILS}(z).to_string()`, 'library/alloc/src/string.rs'],
  ['PrintError', `println!("{}", ${FAILS}(z))`, 'library/std/src/io/mod.rs'],
  // Iterators: step_by(0), and sum and product overflowing (checked in a debug build, inside core).
  ['IterStepBy', '(0..3).step_by(z)', 'library/core/src/iter/adapters/step_by.rs'],
  ['IterSum', '[i32::MAX, 1 + z as i32].iter().sum::<i32>()', 'library/core/src/iter/traits/accum.rs'],
  ['IterProduct', '[i32::MAX, 2 + z as i32].iter().product::<i32>()', 'library/core/src/iter/traits/accum.rs'],
  ['BoolClamp', '(z == 0).clamp(true, false)', 'library/core/src/cmp.rs'],
  ['OrdClamp', 'format!("m{}", z).clamp(String::from("z"), String::from("a"))', 'library/core/src/cmp.rs'],
  ['F32Clamp', '(1.5f32 + z as f32).clamp(2.0, 1.0)', 'library/core/src/num/f32.rs'],
  ['F64Clamp', '(1.5f64 + z as f64).clamp(2.0, 1.0)', 'library/core/src/num/f64.rs'],
  // BTreeMap::range and BTreeSet::range with a start above the end, checked inside std's search.
  ['BTreeMapRangeReversed', 'std::collections::BTreeMap::from([(0, 0)]).range((3 + z)..1).count()',
   'library/alloc/src/collections/btree/search.rs'],
  ['BTreeSetRangeReversed', 'std::collections::BTreeSet::from([0]).range((3 + z)..1).count()',
   'library/alloc/src/collections/btree/search.rs'],
  // ... and with both ends equal and excluded.
  ['BTreeMapRangeEmpty', `std::collections::BTreeMap::from([(0, 0)])
    .range((std::ops::Bound::Excluded(1 + z), std::ops::Bound::Excluded(1 + z))).count()`, 'library/alloc/src/collections/btree/search.rs'],
  ['BTreeSetRangeEmpty', `std::collections::BTreeSet::from([0])
    .range((std::ops::Bound::Excluded(1 + z), std::ops::Bound::Excluded(1 + z))).count()`, 'library/alloc/src/collections/btree/search.rs'],
  // Vec::drain and String::drain with a range outside the length (core's slice::range).
  ['SliceRangeIncludedEnd', 'Vec::<u8>::new().drain(..=z).count()', 'library/core/src/slice/index.rs'],
  ['SliceRangeEnd', 'Vec::<u8>::new().drain(..1 + z).count()', 'library/core/src/slice/index.rs'],
  ['SliceRangeStart', 'Vec::<u8>::new().drain(1 + z..).count()', 'library/core/src/slice/index.rs'],
  // VecDeque's asserts, inside std.
  ['DequeRotateLeft', 'std::collections::VecDeque::from([1]).rotate_left(2 + z)', 'library/alloc/src/collections/vec_deque/mod.rs'],
  ['DequeRotateRight', 'std::collections::VecDeque::from([1]).rotate_right(2 + z)', 'library/alloc/src/collections/vec_deque/mod.rs'],
  ['DequeSwapFirst', 'std::collections::VecDeque::from([1]).swap(1 + z, 0)', 'library/alloc/src/collections/vec_deque/mod.rs'],
  ['DequeSwapSecond', 'std::collections::VecDeque::from([1]).swap(0, 1 + z)', 'library/alloc/src/collections/vec_deque/mod.rs'],
  ['DequeInsert', 'std::collections::VecDeque::from([1]).insert(2 + z, 0)', 'library/alloc/src/collections/vec_deque/mod.rs'],
  // A Drop impl that panics while a panic unwinds: std's own last panic, before it aborts.
  ['PanicInCleanup', `{ struct Bomb(usize); impl Drop for Bomb { fn drop(&mut self) { panic!("second {}", self.0); } }
    let _b = Bomb(z); panic!("first") }`, 'library/core/src/panicking.rs', 'last'],
];

async function main() {
  const rustc = findRustc();
  if (!rustc) throw new Error('rustc not found');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'std-locations-'));
  const cases = [];
  for (const [kind, t] of INTS) {
    for (const [expr, site] of methodPanics(t, t[0] === 'i')) cases.push({ kind, what: 'method', expr, site });
    cases.push({ kind, what: 'radix', expr: radixPanic(t), site: 'core' });
  }
  for (const [name, expr, file, which] of SITES) cases.push({ kind: name, what: 'site', expr, site: 'core', file, last: which === 'last' });
  const arms = cases.map((c, i) => `        ${i} => { let _ = ${c.expr}; }`).join('\n');
  const src = `fn main() {
    let args: Vec<String> = std::env::args().collect();
    let which: usize = args[1].parse().unwrap();
    let z = args.len() - 2;
    match which {
${arms}
        _ => {}
    }
}
`;
  fs.writeFileSync(path.join(dir, 'probe.rs'), src);
  const c = await compile(rustc.path, 'probe.rs', 'probe', dir);
  if (c.code !== 0) throw new Error(`the probe does not compile:\n${c.stderr}`);
  const found = {};
  let file = null;
  const sites = [];
  for (const [i, k] of cases.entries()) {
    const r = await run(path.join(dir, 'probe'), [String(i)], { cwd: dir, env: RUN_ENV });
    const reports = [...r.stderr.matchAll(/^thread 'main'(?: \(\d+\))? panicked at (.+):(\d+):(\d+):$/gm)];
    const p = k.last && reports.length ? { file: reports.at(-1)[1], line: +reports.at(-1)[2], col: +reports.at(-1)[3] }
                                       : parsePanic(r.stderr);
    if (!p) throw new Error(`${k.expr} did not panic: ${r.stderr}`);
    const wanted = k.file ?? 'library/core/src/num/mod.rs';
    const inCore = p.file.startsWith('/rustc/') && p.file.endsWith(`/${wanted}`);
    if (inCore !== (k.site === 'core')) throw new Error(`${k.expr} panicked at ${p.file}, expected ${k.site} (${wanted})`);
    if (!inCore) continue;
    if (k.what === 'site') { sites.push(`SH_STD_LOCATION(${k.kind}, "${p.file}", ${p.line}, ${p.col})`); continue; }
    if (file && file !== p.file) throw new Error(`two files for core::num: ${file}, ${p.file}`);
    file = p.file;
    const at = `${p.line}, ${p.col}`;
    const key = `${k.kind} ${k.what}`;
    if (found[key] && found[key] !== at) throw new Error(`${key}: two locations, ${found[key]} and ${at} (${k.expr})`);
    found[key] = at;
  }
  fs.rmSync(dir, { recursive: true, force: true });

  const version = rustc.version.split('\n')[0];
  const rows = INTS.map(([kind]) => `SH_INT_LOCATION(${kind.padEnd(5)}, ${found[`${kind} method`]}, ${found[`${kind} radix`]})`);
  fs.writeFileSync(OUT, `// Generated by scripts/std-tables/std-locations.mjs from ${version}'s own
// panics; do not edit, run the script again. Where std reports a panic that
// happens inside it: per integer type, the line and column of its methods
// (pow, abs, wrapping_div ...) and of from_str_radix's radix check, in
// SH_CORE_NUM_FILE; and single places elsewhere in std, by name.
//
//   SH_INT_LOCATION(IntKind, methodLine, methodCol, radixLine, radixCol)
//   SH_STD_LOCATION(Name, file, line, col)

#define SH_CORE_NUM_FILE "${file}"

${rows.join('\n')}

${sites.join('\n')}

#undef SH_INT_LOCATION
#undef SH_STD_LOCATION
`);
  console.log(`wrote ${path.relative(ROOT, OUT)} (${cases.length} panics probed)`);
}

main().catch((e) => { console.error(e.message); process.exit(1); });
