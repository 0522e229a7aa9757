#!/usr/bin/env node
// Writes engine/check/std_method_names.def: for each std type the engine
// knows, the names of every method std gives it (inherent, through Deref,
// and from the traits std implements for it), stable or not; for String,
// Vec, Box, Option and Result also their associated functions.
//
// The engine runs only some of them. A learner calling one it does not run
// (`x.sqrt()`, `c.to_uppercase()`) must read "not supported yet", never
// rustc's E0599 "no method named ...", which would tell them their correct
// program is wrong; a name std does not have at all (`v.length()`) is E0599
// as rustc says. Hand-kept lists of "methods std has" drift, so the names
// are read from the oracle's own documentation (the rustup component
// rust-docs of the same toolchain): every `id="method.NAME"` on the type's
// page whose signature takes `self`. Associated functions (`from_u32`) are
// left out of those lists: called as methods they are rustc's E0599 too.
// Run it again when the oracle's rustc changes:
//
//   node scripts/std-tables/std-method-names.mjs
//
// Node 20, no dependencies; needs `rustup component add rust-docs`.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = path.join(ROOT, 'engine', 'check', 'std_method_names.def');

// Each list (a StdNames in engine/check/std_table.h) and the pages it unites.
const INT_PAGES = (sign) => ['8', '16', '32', '64', '128', 'size'].map((w) => `primitive.${sign}${w}.html`);
const ITERATOR = ['iter/trait.Iterator.html', 'iter/trait.DoubleEndedIterator.html', 'iter/trait.ExactSizeIterator.html'];
const LISTS = [
  ['SignedInt', INT_PAGES('i')],
  ['UnsignedInt', INT_PAGES('u')],
  ['Float', ['primitive.f32.html', 'primitive.f64.html']],
  ['Char', ['primitive.char.html']],
  ['Bool', ['primitive.bool.html']],
  ['Ordering', ['cmp/enum.Ordering.html']],
  ['Vec', ['vec/struct.Vec.html']],
  ['Array', ['primitive.array.html', 'primitive.slice.html']],
  ['Slice', ['primitive.slice.html']],
  ['String', ['string/struct.String.html']],
  ['Str', ['primitive.str.html']],
  ['Option', ['option/enum.Option.html']],
  ['Result', ['result/enum.Result.html']],
  // The engine's Iter type stands for every iterator std makes: the traits'
  // methods and those of the iterators a course meets by name.
  ['Iter', [...ITERATOR, 'slice/struct.Iter.html', 'slice/struct.IterMut.html', 'str/struct.Chars.html',
            'str/struct.CharIndices.html', 'str/struct.Split.html', 'vec/struct.IntoIter.html', 'iter/struct.Peekable.html',
            'iter/struct.Rev.html', 'iter/struct.Map.html', 'iter/struct.Filter.html', 'iter/struct.Enumerate.html']],
  ['Range', [...ITERATOR, 'ops/struct.Range.html', 'ops/struct.RangeInclusive.html']],
  // Types without Deref, whose methods are only their own: `cell.push(x)`
  // (borrow_mut forgotten) and `weak.len()` (upgrade forgotten) are E0599.
  ['RefCell', ['cell/struct.RefCell.html']],
  ['Cell', ['cell/struct.Cell.html']],
  ['Weak', ['rc/struct.Weak.html']],
  ['HashMap', ['collections/struct.HashMap.html']],
  ['HashSet', ['collections/struct.HashSet.html']],
  // The methods std's blanket impls give every type (`into`, `borrow`): on
  // an open `{integer}` or `{float}` rustc can call these (`3.5.into()`),
  // while any other method of a number is E0689, since it cannot tell which
  // type's it would be.
  ['Blanket', ['primitive.f64.html'], { blanketOnly: true }],
  // The associated functions (no self) of the std types a path names most
  // (`String::from_utf8`, `Vec::from_raw_parts`, `Box::into_raw`): one the
  // engine does not run is "not supported yet", one std lacks rustc's E0599.
  ['StringFunctions', ['string/struct.String.html'], { functions: true }],
  ['VecFunctions', ['vec/struct.Vec.html'], { functions: true }],
  ['BoxFunctions', ['boxed/struct.Box.html'], { functions: true }],
  ['OptionFunctions', ['option/enum.Option.html'], { functions: true }],
  ['ResultFunctions', ['result/enum.Result.html'], { functions: true }],
];

function docRoot() {
  const sysroot = execFileSync(process.env.RUSTC || path.join(process.env.HOME, '.cargo', 'bin', 'rustc'), ['--print', 'sysroot'],
                               { encoding: 'utf8' }).trim();
  const root = path.join(sysroot, 'share', 'doc', 'rust', 'html', 'std');
  if (!fs.existsSync(path.join(root, 'primitive.f64.html'))) throw new Error(`no std docs under ${root}: rustup component add rust-docs`);
  return root;
}

// The method names a page documents whose first parameter is self (with
// functions, those whose first parameter is not); with blanketOnly, those
// of its blanket implementations (its last section).
function methodsOn(file, { blanketOnly = false, functions = false } = {}) {
  let html = fs.readFileSync(file, 'utf8');
  if (blanketOnly) html = html.slice(html.indexOf('id="blanket-implementations"'));
  const names = new Set();
  const heading = /id="method\.([a-z_0-9]+)"[^]*?<h4 class="code-header">([^]*?)<\/h4>/g;
  for (let m; (m = heading.exec(html));) {
    const signature = m[2].replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    const params = signature.slice(signature.indexOf('(') + 1);
    if (/^\s*(&\s*('\w+\s+)?(mut\s+)?)?(mut\s+)?self\b/.test(params) !== functions) names.add(m[1]);
  }
  return names;
}

const root = docRoot();
const version = execFileSync(process.env.RUSTC || path.join(process.env.HOME, '.cargo', 'bin', 'rustc'), ['--version'],
                             { encoding: 'utf8' }).trim();
const rows = LISTS.map(([list, pages, options]) => {
  const names = new Set();
  for (const page of pages) for (const n of methodsOn(path.join(root, page), options)) names.add(n);
  if (names.size < 5) throw new Error(`${list}: only ${names.size} methods read; has the docs' HTML changed?`);
  return `SH_STD_NAMES(${list}, "${[...names].sort().join(' ')}")`;
});
const text = `// Generated by scripts/std-tables/std-method-names.mjs from the documentation of
// ${version}: every method (taking self) std gives each type, and the
// associated functions of a few. Do not edit.
// SH_STD_NAMES(list, names separated by spaces)
${rows.join('\n')}
`;
fs.writeFileSync(OUT, text);
console.log(`wrote ${path.relative(ROOT, OUT)}: ${LISTS.length} lists`);
