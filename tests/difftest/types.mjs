// The generator's types: plain objects with a kind `k`, named as Rust writes
// them. The core needs to know only what is Copy, what can be cloned, how to
// write a value of a type when every feature declines, and how to print one.
//
//   {k:'int', name, signed, bits}   {k:'bool'}   {k:'char'}   {k:'str'} (&'static str)
//   {k:'string'}   {k:'vec', el}   {k:'option', inner}   {k:'box', inner}
//   {k:'tuple', els}   {k:'struct', name, fields: [{name, type}], copy}
//   {k:'ref', mut, inner}           (parameters only: never a `let`)
//   {k:'custom', name, copy, clone, prefix, fallback(g), show?, debug?}:
//                                   a type a feature declares itself (V2,
//                                   Noisy, Rc<...>); fallback writes a value
//                                   of it; show(name) the line that prints a
//                                   variable of it, when `{:?}` will not do:
//                                   such a type has `debug: false` (no Debug,
//                                   or a Debug whose order std does not fix,
//                                   as a HashMap's), and nothing prints it
//                                   with `{:?}`

export const INTS = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize']
  .map((name) => ({ k: 'int', name, signed: name[0] === 'i', bits: name.endsWith('size') ? 64 : +name.slice(1) }));
export const int = (name) => INTS.find((t) => t.name === name);
export const BOOL = { k: 'bool' }, CHAR = { k: 'char' }, STR = { k: 'str' }, STRING = { k: 'string' };
export const vec = (el) => ({ k: 'vec', el });
export const option = (inner) => ({ k: 'option', inner });
export const box = (inner) => ({ k: 'box', inner });
export const tuple = (els) => ({ k: 'tuple', els });
export const ref = (inner, mut = false) => ({ k: 'ref', mut, inner });

export function name(t) {
  switch (t.k) {
    case 'int': return t.name;
    case 'bool': return 'bool';
    case 'char': return 'char';
    case 'str': return '&str';
    case 'string': return 'String';
    case 'vec': return `Vec<${name(t.el)}>`;
    case 'option': return `Option<${name(t.inner)}>`;
    case 'box': return `Box<${name(t.inner)}>`;
    case 'tuple': return `(${t.els.map(name).join(', ')}${t.els.length === 1 ? ',' : ''})`;
    case 'struct': return t.name;
    case 'ref': return `&${t.mut ? 'mut ' : ''}${name(t.inner)}`;
    case 'custom': return t.name;
  }
  throw new Error(`no type kind ${t.k}`);
}
export const same = (a, b) => name(a) === name(b);

export function isCopy(t) {
  switch (t.k) {
    case 'int': case 'bool': case 'char': case 'str': return true;
    case 'option': return isCopy(t.inner);
    case 'tuple': return t.els.every(isCopy);
    case 'struct': return t.copy;
    case 'ref': return !t.mut;
    case 'custom': return t.copy;
    default: return false;
  }
}
// May `{:?}` print it, the same in every run.
export const debuggable = (t) => t.k !== 'ref' && !(t.k === 'custom' && t.debug === false);
export const isClone = (t) => t.k !== 'ref' && (t.k !== 'custom' || t.clone);
// Worth a `let mut`: something a statement can change.
export const mutable = (t) => t.k !== 'str';
export const prefix = (t) => (t.k === 'custom' ? t.prefix : { int: 'n', bool: 'b', char: 'c', str: 'st', string: 's', vec: 'v', option: 'o',
                                 box: 'bx', tuple: 't', struct: 'p', ref: 'r' }[t.k]);

export const min = (t) => (t.signed ? -(1n << BigInt(t.bits - 1)) : 0n);
export const max = (t) => (t.signed ? (1n << BigInt(t.bits - 1)) - 1n : (1n << BigInt(t.bits)) - 1n);

// A random value of int type t, small most of the time, at the edges sometimes.
export function intValue(g, t) {
  const lo = min(t), hi = max(t);
  return g.weighted([
    [6, () => BigInt(g.int(0, 20))],
    [3, () => BigInt(g.int(0, 127))],
    [t.signed ? 2 : 0, () => -BigInt(g.int(1, 100))],
    [2, () => lo + BigInt(Math.floor(g.random() * Number(hi - lo > 1000000n ? 1000000n : hi - lo)))],
    [1, () => hi - BigInt(g.int(0, 3))],
    [t.signed ? 1 : 0, () => lo + BigInt(g.int(0, 3))],
  ])();
}

// An integer literal of type t: a bare literal is only written when it fits
// every integer type (0..=127), so its inferred type cannot change its value;
// otherwise it carries its suffix. Negative values come parenthesised.
export function intLiteral(g, t, { value = intValue(g, t), suffix = false } = {}) {
  const neg = value < 0n;
  const mag = neg ? -value : value;
  let digits = g.chance(0.1) && mag > 9n ? `0x${mag.toString(16)}` : mag.toString();
  if (digits.length > 4 && !digits.startsWith('0x') && g.chance(0.2)) digits = digits.replace(/\B(?=(\d{3})+$)/g, '_');
  const bare = !suffix && value >= 0n && value <= 127n && g.chance(0.7);
  const text = `${digits}${bare ? '' : t.name}`;
  return neg ? `(-${text})` : text;
}

// Text for literals: ASCII words, and a quarter of the time letters and
// spaces outside ASCII, where case mapping and the classifications differ.
export function word(g) {
  const ascii = ['a', 'rust', 'heap', 'stack', 'Box', 'vec', 'Hello', 'x y', 'ab ba', 'MiXeD', '  pad ', '42', '-7', 'aaa', ''];
  const wide = ['straße', 'ÀÉ', 'žluť', 'ǅx', 'Σσ', 'ﬁ', 'İi', 'ß', 'ὈΔΥΣΣΕΎΣ', 'ё', '日本', 'é', 'Ωmega', '🦀', 'ŉ', 'ΑΣ ΒΣ',
                '\u{3000}x\u{85}', 'a\u{a0}b', 'ΐ', '٣½'];
  return g.chance(0.25) ? g.pick(wide) : g.pick(ascii);
}
export function charValue(g) {
  const ascii = ['a', 'b', 'Z', 'x', ' ', '0', '9', '-', '_', 'q', 'F'];
  const wide = ['é', 'ß', 'ж', 'Σ', '日', '🦀', 'ǅ', 'İ', 'ﬁ', 'ẞ', '٣', '\u{3000}', '\u{85}'];
  return g.chance(0.25) ? g.pick(wide) : g.pick(ascii);
}
export const strLit = (s) => JSON.stringify(s);
export const charLit = (c) => (c === "'" ? "'\\''" : c === '\\' ? "'\\\\'" : `'${c}'`);

// A value of t that needs no feature: the fallback when producers decline.
export function defaultValue(g, t) {
  switch (t.k) {
    case 'int': return intLiteral(g, t);
    case 'bool': return g.pick(['true', 'false']);
    case 'char': return charLit(charValue(g));
    case 'str': return strLit(word(g));
    case 'string': return `String::from(${strLit(word(g))})`;
    case 'vec': return 'Vec::new()';
    case 'option': return 'None';
    case 'box': return `Box::new(${defaultValue(g, t.inner)})`;
    case 'tuple': return `(${t.els.map((e) => defaultValue(g, e)).join(', ')}${t.els.length === 1 ? ',' : ''})`;
    case 'struct': return `${t.name} { ${t.fields.map((f) => `${f.name}: ${defaultValue(g, f.type)}`).join(', ')} }`;
    case 'custom': return t.fallback(g);
  }
  throw new Error(`no default for ${name(t)}`);
}

// One println! showing a variable: its value, and for Strings and Vecs the
// length and capacity too (where growth bugs show).
export function printLine(g, v) {
  const t = v.type.k === 'ref' ? v.type.inner : v.type;
  if (t.k === 'custom' && t.show) return t.show(v.name);
  if (t.k === 'string' || t.k === 'vec')
    return `println!("${v.name} = {:?} len {} cap {}", ${v.name}, ${v.name}.len(), ${v.name}.capacity());`;
  if (t.k === 'int' || t.k === 'bool' || t.k === 'char' || t.k === 'str') return `println!("${v.name} = {}", ${v.name});`;
  return `println!("${v.name} = {:?}", ${v.name});`;
}
