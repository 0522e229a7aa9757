#!/usr/bin/env node
// Writes engine/base/unicode_tables.def: the Unicode data rustc 1.95's std
// uses for char's classifications (is_alphabetic, is_numeric,
// is_whitespace, is_uppercase, is_lowercase, is_control) and for case
// mapping (to_uppercase, to_lowercase, one char to up to three).
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
// base/unicode.cpp, which defines the three row kinds:
//
//   SH_CHAR_RANGE(Property, first, last)  the chars first..=last have the property
//   SH_CASE_UPPER(c, a, b, d)             c.to_uppercase() is a, b, d (0: none)
//   SH_CASE_LOWER(c, a, b, d)             c.to_lowercase() is a, b, d
//
// Ranges come in ascending order per property, mappings in ascending order
// of c; a char with no row maps to itself.

${props.join('\n\n')}

// to_uppercase: ${upper.length} chars
${packed(upper, 3)}

// to_lowercase: ${lower.length} chars
${packed(lower, 3)}

#undef SH_CHAR_RANGE
#undef SH_CASE_UPPER
#undef SH_CASE_LOWER
`);
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${ranges.length} ranges, ${upper.length} uppercase and ${lower.length} lowercase mappings`);
}

main().catch((e) => { console.error(e.message); process.exit(1); });
