#!/usr/bin/env node
// Writes engine/base/unicode_tables.def: the Unicode data rustc 1.95's std
// uses for char's classifications (is_alphabetic, is_numeric,
// is_whitespace, is_uppercase, is_lowercase, is_control), for which chars
// Debug writes as `\u{..}` (escape_debug), and for case
// mapping (to_uppercase, to_lowercase, one char to up to three), and the
// width rustc gives each char when it reports a panic's column (a tab
// counts 4, a CJK ideograph or an emoji 2, a combining mark 0).
//
// Nothing is typed in and no other Unicode version is consulted: the
// script compiles a Rust program with the oracle's rustc that walks every
// char and prints what std answers, so the tables are std's own, whatever
// Unicode version it ships. Two properties std keeps private, Case_Ignorable
// and Cased, matter only to str::to_lowercase's final-sigma rule (Σ becomes
// ς at the end of a word); they are read back through that rule itself:
//   "cΣ" lowercases to "…ς"  exactly when c is cased and not case-ignorable,
//   "ΑcΣ" lowercases to "…ς" exactly when c is case-ignorable or cased,
// so case-ignorable = second and not first, and "cased" (for the rule,
// which skips case-ignorable chars before it asks) = first.
// Widths are read from rustc's own panic locations: a probe calls a
// #[track_caller] function after each char of a line, and the columns it
// is given differ by the width of the char between them. Planes 0 to 3 and
// 14 are measured char by char; the rest (unassigned and private use) are
// checked to be all of width 1.
// Run it again when the oracle's rustc changes:
//
//   node scripts/std-tables/unicode-tables.mjs
//
// Node 20, no dependencies; needs rustc (tests/rustc-oracle.mjs finds it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRustc, compile, run, RUN_ENV } from '../../tests/rustc-oracle.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'engine', 'base', 'unicode_tables.def');

// The properties, in the order of base/unicode.h's CharProperty, each with
// the Rust expression that decides it for `c`.
const PROPERTIES = [
  ['Alphabetic', 'c.is_alphabetic()'],
  ['Numeric', 'c.is_numeric()'],
  ['Whitespace', 'c.is_whitespace()'],
  ['Uppercase', 'c.is_uppercase()'],
  ['Lowercase', 'c.is_lowercase()'],
  ['Control', 'c.is_control()'],
  ['CaseIgnorable', 'sigma_after_greek(c) && !sigma_after(c)'],
  ['CasedForSigma', 'sigma_after(c)'],
  ['DebugEscaped', 'c.escape_debug().to_string().starts_with("\\\\u")'],
];

const PROBE = `
fn sigma_after(c: char) -> bool {
    let s: String = [c, 'Σ'].iter().collect();
    s.to_lowercase().ends_with('ς')
}
fn sigma_after_greek(c: char) -> bool {
    let s: String = ['Α', c, 'Σ'].iter().collect();
    s.to_lowercase().ends_with('ς')
}
fn mapping(tag: &str, c: char, to: Vec<char>) {
    if to != [c] {
        let hex: Vec<String> = to.iter().map(|t| format!("{:X}", *t as u32)).collect();
        println!("{} {:X} {}", tag, c as u32, hex.join(" "));
    }
}
fn main() {
    let mut open = [None::<u32>; ${PROPERTIES.length}];
    for cp in 0..=0x110000u32 {
        let c = char::from_u32(cp);
        let has: [bool; ${PROPERTIES.length}] = match c {
            Some(c) => [${PROPERTIES.map(([, e]) => e).join(', ')}],
            None => [false; ${PROPERTIES.length}],
        };
        for (k, &h) in has.iter().enumerate() {
            match (open[k], h) {
                (None, true) => open[k] = Some(cp),
                (Some(start), false) => { println!("R {} {:X} {:X}", k, start, cp - 1); open[k] = None; }
                _ => {}
            }
        }
        if let Some(c) = c {
            mapping("U", c, c.to_uppercase().collect());
            mapping("L", c, c.to_lowercase().collect());
        }
    }
}
`;

// The width probe: lines of `id("c", col())` calls, one per char, whose
// columns step by the width of c (plus the text between the calls).
// Chars a string literal cannot hold raw (LF, CR, the bidirectional
// controls rustc rejects) are left out: no program rustc accepts has them
// before a panic on a line, so their width never shows.
const WIDTH_PLANES = [[0x0, 0x3FFFF], [0xE0000, 0xE0FFF]];
const UNPROBED = [[0x40000, 0xDFFFF], [0xE1000, 0x10FFFF]];
const rawInLiteral = (cp) => !(cp === 0x0A || cp === 0x0D || (cp >= 0xD800 && cp <= 0xDFFF) ||
                               (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069));
const literal = (cp) => (cp === 0x22 || cp === 0x5C ? `\\${String.fromCodePoint(cp)}` : String.fromCodePoint(cp));
const PER_LINE = 256;

// Each line is a function of its own: one huge main takes rustc minutes.
function widthProbe() {
  const lines = ['#[track_caller] fn col() -> u32 { std::panic::Location::caller().column() }',
                 'fn id(_c: &str, col: u32) -> u32 { col }'];
  const calls = [];
  const line = (body) => {
    lines.push(`fn l${calls.length}(v: &mut Vec<u32>) { v.extend([col(), ${body}]); }`);
    calls.push(`    l${calls.length}(&mut v);`);
  };
  const probed = [];
  for (const [lo, hi] of WIDTH_PLANES) for (let cp = lo; cp <= hi; cp++) if (rawInLiteral(cp)) probed.push(cp);
  for (let i = 0; i < probed.length; i += PER_LINE) line(probed.slice(i, i + PER_LINE).map((cp) => `id("${literal(cp)}", col())`).join(', '));
  // The other planes, a whole line at a time: all of width 1, or the script stops.
  const bulk = [];
  for (const [lo, hi] of UNPROBED)
    for (let cp = lo; cp <= hi; cp += PER_LINE) {
      const n = Math.min(PER_LINE, hi - cp + 1);
      bulk.push(n);
      line(`id("${Array.from({ length: n }, (_, k) => String.fromCodePoint(cp + k)).join('')}", col())`);
    }
  lines.push('fn main() {', '    let mut v: Vec<u32> = Vec::new();', ...calls, '    for x in v { println!("{}", x); }', '}');
  return { source: lines.join('\n') + '\n', probed, bulk };
}

// Each char's width from the columns: `col(), id("c", col())` steps by 14
// plus the width, `col()), id("c", col())` by 15 plus it (the probe's
// lines start the same way, so only the steps matter). Ranges of one
// width other than 1, a range running on over the chars left out.
function widthsFrom(output, probe) {
  const cols = output.trim().split('\n').map(Number);
  const widths = new Map();
  let at = 0;
  for (let i = 0; i < probe.probed.length; i += PER_LINE) {
    const n = Math.min(PER_LINE, probe.probed.length - i);
    for (let j = 0; j < n; j++) {
      const cp = probe.probed[i + j];
      widths.set(cp, cols[at + j + 1] - cols[at + j] - (j === 0 ? 14 : 15) - (literal(cp).length - String.fromCodePoint(cp).length));
    }
    at += n + 1;
  }
  for (const n of probe.bulk) {
    if (cols[at + 1] - cols[at] - 14 !== n) throw new Error(`a line of unprobed chars is not all of width 1 (${cols[at + 1] - cols[at] - 14} for ${n})`);
    at += 2;
  }
  if (at !== cols.length) throw new Error(`the width probe printed ${cols.length} columns, expected ${at}`);
  const rows = [];
  let open = null;
  for (const cp of probe.probed) {
    const w = widths.get(cp);
    if (w < 0 || w > 4) throw new Error(`a width of ${w} for ${cp.toString(16)}`);
    if (open && open.w === w) { open.hi = cp; continue; }
    if (open && open.w !== 1) rows.push(open);
    open = { lo: cp, hi: cp, w };
  }
  if (open && open.w !== 1) rows.push(open);
  return rows;
}

// Rows packed a few to a line, so the file stays short to read.
function packed(rows, perLine) {
  const lines = [];
  for (let i = 0; i < rows.length; i += perLine) lines.push(rows.slice(i, i + perLine).join(' '));
  return lines.join('\n');
}

const plural = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;
const hex = (n) => `0x${n.toString(16).toUpperCase().padStart(4, '0')}`;

// A property's ranges (ascending, maximal) as runs, each a byte string: the
// length - 1 of a range, the count of chars up to the next range, the next
// length - 1, and so on. A range longer than 256 chars is cut into pieces
// of 256 with no chars between them. A gap that does not fit a byte starts
// a new run at the next range, and so does every 64th piece, so a lookup
// reads at most 127 bytes after its binary search over the runs. About two
// bytes a range where a row was twelve.
const RUN_PIECES = 64;
function rangeRuns(ranges) {
  const runs = [];
  let run = null;
  for (const { lo, hi } of ranges) {
    for (let start = lo; start <= hi; start += 256) {
      const last = Math.min(hi, start + 255);
      const gap = run ? start - run.end - 1 : Infinity;
      if (gap > 255 || run.pieces === RUN_PIECES) {
        run = { first: start, bytes: [], pieces: 0 };
        runs.push(run);
      } else {
        run.bytes.push(gap);
      }
      run.bytes.push(last - start);
      run.pieces++;
      run.end = last;
    }
  }
  return runs;
}

// One char's case mapping to one other char, as runs: the chars first,
// first + step, ... (count of them, step 1 or 2: Latin and Greek alternate
// capital and small letters) map to c + delta. Mappings to several chars
// (ß to SS) are rows of their own.
function caseRuns(rows) {
  const runs = [];
  for (const { from, to } of rows) {
    const delta = to - from;
    const run = runs.at(-1);
    const step = run && from - run.last;
    if (run && run.delta === delta && (run.count === 1 ? step <= 2 : step === run.step) && run.count < 511) {
      run.step = step;
      run.count++;
      run.last = from;
    } else {
      runs.push({ first: from, count: 1, step: 1, delta, last: from });
    }
  }
  return runs;
}

// The row kinds, each with its parameters.
const KINDS = [['SH_CHAR_RUN', 'property, first, at, ...'], ['SH_UPPER_RUN', 'first, count, step, delta'],
               ['SH_UPPER_MULTI', 'c, a, b, d'], ['SH_LOWER_RUN', 'first, count, step, delta'],
               ['SH_LOWER_MULTI', 'c, a, b, d'], ['SH_CHAR_WIDTH', 'first, last, width']];

function tablesDef(version, ranges, upper, lower, widthRows) {
  let at = 0;
  const props = PROPERTIES.map(([name]) => {
    const own = ranges.filter((x) => x.prop === name);
    const runs = rangeRuns(own).map((r) => {
      const row = `SH_CHAR_RUN(${name}, ${hex(r.first)}, ${at}, ${r.bytes.join(', ')})`;
      at += r.bytes.length;
      return row;
    });
    return `// ${name}: ${plural(own.length, 'range')} in ${plural(runs.length, 'run')}\n${runs.join('\n')}`;
  });
  if (at > 0xFFFF) throw new Error(`the runs take ${at} bytes, more than base/unicode.cpp's 16-bit offsets reach`);
  const cases = [['Upper', upper], ['Lower', lower]].map(([name, rows]) => {
    const single = rows.filter((r) => r.to.length === 1).map((r) => ({ from: r.from, to: r.to[0] }));
    const several = rows.filter((r) => r.to.length > 1);
    const runs = caseRuns(single).map((r) => `SH_${name.toUpperCase()}_RUN(${hex(r.first)}, ${r.count}, ${r.step}, ${r.delta})`);
    const multi = several.map((r) => `SH_${name.toUpperCase()}_MULTI(${[r.from, ...r.to, 0, 0].slice(0, 4).map(hex).join(', ')})`);
    const fn = `to_${name.toLowerCase()}case`;
    return `// ${fn}: ${plural(single.length, 'char')} to one char in ${plural(runs.length, 'run')}\n${packed(runs, 3)}\n\n` +
           `// ${fn}: ${plural(multi.length, 'char')} to several\n${packed(multi, 3)}`;
  });
  return `// Generated by scripts/std-tables/unicode-tables.mjs from what ${version}'s
// std answers for every char; do not edit, run the script again. Read by
// base/unicode.cpp, which defines the row kinds it reads (the others are
// left out):
//
//   SH_CHAR_RUN(Property, first, at, bytes...)  ranges of chars with the property:
//                                         the first range starts at first, then bytes alternate
//                                         a range's length - 1 and the count of chars up to the
//                                         next range (0: the range goes on); at: where the bytes
//                                         start among all runs' bytes
//   SH_UPPER_RUN(first, count, step, delta)
//                                         c.to_uppercase() is c + delta for count chars from first,
//                                         step apart
//   SH_UPPER_MULTI(c, a, b, d)            c.to_uppercase() is a, b, d (0: none)
//   SH_LOWER_RUN, SH_LOWER_MULTI          the same for c.to_lowercase()
//   SH_CHAR_WIDTH(first, last, width)     the chars first..=last are that many columns
//                                         wide in a panic's location (others: 1)
//
// Runs come in ascending order per property, mappings in ascending order of
// first or c; a char with no row maps to itself.

${KINDS.map((k) => `#ifndef ${k[0]}\n#define ${k[0]}(${k[1]})\n#endif`).join('\n')}

${props.join('\n\n')}

${cases.join('\n\n')}

// widths other than 1: ${widthRows.length} ranges
${packed(widthRows, 4)}

${KINDS.map((k) => `#undef ${k[0]}`).join('\n')}
`;
}

async function main() {
  const rustc = findRustc();
  if (!rustc) throw new Error('rustc not found');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unicode-tables-'));
  fs.writeFileSync(path.join(dir, 'probe.rs'), PROBE);
  const c = await compile(rustc.path, 'probe.rs', 'probe', dir);
  if (c.code !== 0) throw new Error(`the probe does not compile:\n${c.stderr}`);
  const r = await run(path.join(dir, 'probe'), [], { cwd: dir, env: RUN_ENV, timeout: 120000 });
  fs.rmSync(dir, { recursive: true, force: true });
  if (r.code !== 0) throw new Error(`the probe failed: ${r.stderr}`);

  const probe = widthProbe();
  const dir2 = fs.mkdtempSync(path.join(os.tmpdir(), 'unicode-widths-'));
  fs.writeFileSync(path.join(dir2, 'widths.rs'), probe.source);
  const cw = await run(rustc.path, ['--edition', '2021', '-C', 'debuginfo=0', '-A', 'warnings', '-o', 'widths', 'widths.rs'],
                       { cwd: dir2, env: RUN_ENV, timeout: 1800000 });
  if (cw.code !== 0) throw new Error(`the width probe does not compile:\n${cw.stderr.slice(0, 3000)}`);
  const rw = await run(path.join(dir2, 'widths'), [], { cwd: dir2, env: RUN_ENV, timeout: 120000, maxOutput: 1 << 30 });
  fs.rmSync(dir2, { recursive: true, force: true });
  if (rw.code !== 0) throw new Error(`the width probe failed: ${rw.stderr}`);
  const widthRows = widthsFrom(rw.stdout, probe).map((r) => `SH_CHAR_WIDTH(${hex(r.lo)}, ${hex(r.hi)}, ${r.w})`);

  const ranges = [], upper = [], lower = [];
  for (const line of r.stdout.trim().split('\n')) {
    const [tag, ...f] = line.split(' ');
    if (tag === 'R') ranges.push({ prop: PROPERTIES[+f[0]][0], lo: parseInt(f[1], 16), hi: parseInt(f[2], 16) });
    else {
      const [from, ...to] = f.map((x) => parseInt(x, 16));
      if (to.length > 3) throw new Error(`a mapping to more than three chars: ${line}`);
      (tag === 'U' ? upper : lower).push({ from, to });
    }
  }
  fs.writeFileSync(OUT, tablesDef(rustc.version.split('\n')[0], ranges, upper, lower, widthRows));
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${ranges.length} ranges, ${upper.length} uppercase and ${lower.length} lowercase mappings, ${widthRows.length} width ranges`);
}

main().catch((e) => { console.error(e.message); process.exit(1); });
