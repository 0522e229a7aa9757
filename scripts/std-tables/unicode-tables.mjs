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

const hex = (n) => `0x${n.toString(16).toUpperCase().padStart(4, '0')}`;

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
      (tag === 'U' ? upper : lower).push(`SH_CASE_${tag === 'U' ? 'UPPER' : 'LOWER'}(${[from, ...to, 0, 0].slice(0, 4).map(hex).join(', ')})`);
    }
  }
  const props = PROPERTIES.map(([name]) => {
    const rows = ranges.filter((x) => x.prop === name).map((x) => `SH_CHAR_RANGE(${name}, ${hex(x.lo)}, ${hex(x.hi)})`);
    return `// ${name}: ${rows.length} ranges\n${packed(rows, 4)}`;
  });
  const version = rustc.version.split('\n')[0];
  fs.writeFileSync(OUT, `// Generated by scripts/std-tables/unicode-tables.mjs from what ${version}'s
// std answers for every char; do not edit, run the script again. Read by
// base/unicode.cpp, which defines the four row kinds:
//
//   SH_CHAR_RANGE(Property, first, last)  the chars first..=last have the property
//   SH_CASE_UPPER(c, a, b, d)             c.to_uppercase() is a, b, d (0: none)
//   SH_CASE_LOWER(c, a, b, d)             c.to_lowercase() is a, b, d
//   SH_CHAR_WIDTH(first, last, width)     the chars first..=last are that many columns
//                                         wide in a panic's location (others: 1)
//
// Ranges come in ascending order per property, mappings in ascending order
// of c; a char with no row maps to itself.

${props.join('\n\n')}

// to_uppercase: ${upper.length} chars
${packed(upper, 3)}

// to_lowercase: ${lower.length} chars
${packed(lower, 3)}

// widths other than 1: ${widthRows.length} ranges
${packed(widthRows, 4)}

#undef SH_CHAR_RANGE
#undef SH_CASE_UPPER
#undef SH_CASE_LOWER
#undef SH_CHAR_WIDTH
`);
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${ranges.length} ranges, ${upper.length} uppercase and ${lower.length} lowercase mappings, ${widthRows.length} width ranges`);
}

main().catch((e) => { console.error(e.message); process.exit(1); });
