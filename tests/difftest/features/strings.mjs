// String and &str: building (from, new, with_capacity, +, to_string, case
// mapping, replace, replacen, repeat, the trims), growing and shrinking
// (push, push_str, +=, insert, insert_str, pop, remove, truncate, split_off,
// clear, reserve, shrink_to_fit), asking (len, capacity, is_empty,
// contains, starts_with, ends_with, find, rfind, chars().count()), slicing
// and split_at at byte offsets (a panic off a char boundary), and the
// splits (split_whitespace, split, rsplit, splitn, lines, matches), each
// searching for a Pattern std takes: a &str, a &String, a char, an array or
// slice of chars.
// A &str variable only ever holds a literal, so no borrow of a String
// outlives the statement that makes it.
import * as T from '../types.mjs';

const lit = (g) => T.strLit(T.word(g));
// A &str argument: a literal, a &str variable, or a borrow of a String.
function strArg(g) {
  return g.weighted([
    [3, () => lit(g)],
    [1, () => g.vars((t) => t.k === 'str').map((v) => v.name)[0] ?? lit(g)],
    [1, () => { const s = g.vars((t) => t.k === 'string'); return s.length ? `&${g.pick(s).name}` : lit(g); }],
  ])();
}
// A pattern std accepts: a &str (a literal, a variable, a &String), a char,
// or an array or slice of chars; a char-only one where std searches both ways.
const charSet = (g) => `[${Array.from({ length: g.int(1, 3) }, () => T.charLit(T.charValue(g))).join(', ')}]`;
const charPattern = (g) => g.weighted([
  [4, () => T.charLit(T.charValue(g))],
  [1, () => charSet(g)],
  [1, () => `&${charSet(g)}`],
  [1, () => `&${charSet(g)}[..]`],
])();
const pattern = (g) => (g.chance(0.45) ? charPattern(g) : strArg(g));
const stringVar = (g, pred = () => true) => { const vs = g.vars((t, v) => t.k === 'string' && pred(v)); return vs.length ? g.pick(vs) : null; };
// Something with str methods: a String or &str variable, or a literal.
function text(g) {
  const vs = g.vars((t) => t.k === 'string' || t.k === 'str');
  return vs.length && g.chance(0.8) ? g.pick(vs).name : lit(g);
}

function stringExpr(g, t, d) {
  return g.weighted([
    [3, () => `String::from(${lit(g)})`],
    [1, () => 'String::new()'],
    [1, () => `String::with_capacity(${g.int(0, 20)})`],
    [1, () => `${lit(g)}.to_string()`],
    [1, () => `${lit(g)}.to_owned()`],
    [2, () => `(${g.expr(T.STRING, d)} + ${strArg(g)})`],
    [2, () => `${text(g)}.${g.pick(['to_uppercase', 'to_lowercase'])}()`],
    [2, () => `${text(g)}.replace(${pattern(g)}, ${lit(g)})`],
    [1, () => `${text(g)}.replacen(${pattern(g)}, ${lit(g)}, ${g.int(0, 3)})`],
    [1, () => `${text(g)}.${g.pick(['trim', 'trim_start', 'trim_end'])}().to_string()`],
    [1, () => `${text(g)}.trim_matches(${charPattern(g)}).to_string()`],
    [1, () => `${text(g)}.${g.pick(['trim_start_matches', 'trim_end_matches'])}(${pattern(g)}).to_string()`],
    [1, () => `${text(g)}.${g.pick(['strip_prefix', 'strip_suffix'])}(${pattern(g)}).unwrap_or(${lit(g)}).to_string()`],
    [1, () => `${text(g)}.${g.pick(['split_once', 'rsplit_once'])}(${pattern(g)}).unwrap_or((${lit(g)}, ${lit(g)})).${g.pick(['0', '1'])}.to_string()`],
    [1, () => `${text(g)}.repeat(${g.int(0, 3)})`],
    [1, () => `${text(g)}.${g.pick(['to_ascii_uppercase', 'to_ascii_lowercase'])}()`],
    [1, () => `${g.typedAtom(g.pick(T.INTS))}.to_string()`],
  ])();
}

function lenExpr(g, t) {
  const e = g.weighted([
    [3, () => `${text(g)}.len()`],
    [1, () => { const s = stringVar(g); return s ? `${s.name}.capacity()` : null; }],
    [1, () => `${text(g)}.chars().count()`],
    [1, () => `${text(g)}.split_whitespace().count()`],
    [2, () => `${text(g)}.${g.pick(['split', 'rsplit', 'split_terminator', 'matches'])}(${pattern(g)}).count()`],
    [1, () => `${text(g)}.${g.pick(['splitn', 'rsplitn'])}(${g.int(0, 3)}, ${pattern(g)}).count()`],
    [1, () => `${text(g)}.${g.pick(['find', 'rfind'])}(${pattern(g)}).unwrap_or(${g.int(0, 9)})`],
    [1, () => `${text(g)}.lines().count()`],
  ])();
  if (e === null) return null;
  return t.name === 'usize' ? e : `(${e} as ${t.name})`;
}

function boolExpr(g) {
  return g.weighted([
    [1, () => `${text(g)}.is_empty()`],
    [3, () => `${text(g)}.${g.pick(['contains', 'starts_with', 'ends_with'])}(${pattern(g)})`],
    [1, () => `${text(g)}.eq_ignore_ascii_case(${strArg(g)})`],
    [1, () => `${text(g)}.is_char_boundary(${g.int(0, 4)})`],
    [1, () => `(${text(g)} == ${lit(g)})`],
  ])();
}

// Changes to a mutable String, the ones that grow, shrink or reallocate it.
function change(g) {
  const s = stringVar(g, (v) => v.mut);
  if (!s) return false;
  const n = s.name;
  g.locking([n], () => g.line(g.weighted([
    [3, () => `${n}.push(${g.expr(T.CHAR, 1)});`],
    [3, () => `${n}.push_str(${strArg(g)});`],
    [2, () => `${n} += ${strArg(g)};`],
    [1, () => `${n}.insert(${g.pick(['0', `${n}.len()`])}, ${g.expr(T.CHAR, 1)});`],
    [1, () => `${n}.pop();`],
    [1, () => `if !${n}.is_empty() { ${n}.remove(0); }`],
    [1, () => `${n}.clear();`],
    [1, () => `${n}.insert_str(${g.pick(['0', `${n}.len()`])}, ${strArg(g)});`],
    [1, () => `${n}.truncate(${g.int(0, 6)});`],
    [1, () => `let _tail: String = ${n}.split_off(${n}.len() / 2);`],
    [1, () => `${n}.reserve(${g.int(0, 40)});`],
    [1, () => `${n}.shrink_to_fit();`],
    [1, () => `${n} = ${g.expr(T.STRING, 2)};`],
  ])()));
  return true;
}

// A slice `&s[a..b]` with bounds from the length: off a char boundary it panics.
function slice(g) {
  const s = text(g);
  const lo = g.pick(['0', `${s}.len() / 2`, '1', String(g.int(0, 5))]);
  const hi = g.pick([`${s}.len()`, `${s}.len() / 2`, String(g.int(0, 6))]);
  g.block('', () => {
    g.line(`let piece: &str = &${s}[${lo}..${hi}];`);
    g.line('println!("piece {:?} {}", piece, piece.len());');
  });
  return true;
}

// The pieces of a split (by whitespace, a pattern, lines), one by one.
function words(g) {
  const s = text(g);
  const iter = g.weighted([
    [2, () => 'split_whitespace()'],
    [3, () => `split(${pattern(g)})`],
    [1, () => `rsplit(${pattern(g)})`],
    [1, () => `splitn(${g.int(1, 3)}, ${pattern(g)})`],
    [1, () => `split(${charPattern(g)}).rev()`],
    [1, () => 'lines()'],
    [1, () => `matches(${pattern(g)})`],
  ])();
  g.block(`for w in ${s}.${iter}`, () => g.line('println!("word {:?} {}", w, w.len());'), { loop: true });
  return true;
}

// A slice cut at a byte offset, which may fall inside a char and panic.
function splitAt(g) {
  const s = text(g);
  g.block('', () => {
    g.line(`let (left, right) = ${s}.split_at(${g.pick([`${s}.len() / 2`, '1', String(g.int(0, 4))])});`);
    g.line('println!("{:?} {:?}", left, right);');
  });
  return true;
}

export default {
  name: 'strings',
  types: [{ weight: 5, make: () => T.STRING }, { weight: 1, make: () => T.STR }],
  exprs: {
    string: [{ weight: 4, depth: 1, gen: stringExpr }],
    str: [{ weight: 1, gen: lit }],
    int: [{ weight: 1, gen: lenExpr }],
    bool: [{ weight: 1, gen: boolExpr }],
  },
  statements: [
    { weight: 6, gen: change },
    { weight: 1, gen: slice },
    { weight: 2, gen: words },
    { weight: 1, gen: splitAt },
  ],
};
