// Learner enums and their layouts: one to three enums declared per program,
// either field-less with explicit discriminants (negative, past a byte, past
// two bytes, some implicit after an explicit one: the tag's width and sign
// follow them) cast to integers, or with unit, tuple and struct variants
// whose fields are the types where rustc finds niches (bool, char, Option,
// Box, &str, String, Vec, a Copy struct, an earlier enum, maybe in an Option,
// the enum itself behind a Box).
// Printed: size_of and align_of of the enum and of what wraps it (Option
// once and twice, Option<&E>, Option<Box<E>>, Result, tuples and arrays),
// size_of_val, values by {:?}, matches binding every field, mem::replace and
// mem::swap, ==, and the derived order (by discriminant, then by field):
// <, cmp, partial_cmp, max, min, sort. On in about a third of the programs, decided by an RNG of
// its own, so the others stay what they were.
import * as T from '../types.mjs';

const U8 = T.int('u8');

// The discriminants of a field-less enum: each explicit one from a list
// whose values change the tag's width or sign, or the previous one plus 1.
function discriminants(own, count) {
  const explicit = [0, 1, 2, 5, 9, 42, 100, 127, 128, 200, 255, 256, 300, 1000, 32767, 32768, 65535, 65536, 70000,
                    -1, -2, -7, -128, -129, -300, -32768, -40000];
  const values = [];
  let next = 0;
  for (let i = 0; i < count; i++) {
    let v = next, written = false;
    if (own() < 0.5) { v = explicit[Math.floor(own() * explicit.length)]; written = true; }
    while (values.some((x) => x.v === v)) { v += 1; written = true; }
    values.push({ v, written });
    next = v + 1;
  }
  return values;
}

// `#[repr(..)]`: sometimes, one that holds every discriminant (an integer,
// or C), which fixes the tag's width and turns off the niche in a field.
const REPRS = [['u8', 0, 255], ['i8', -128, 127], ['u16', 0, 65535], ['i16', -32768, 32767], ['u32', 0, 4294967295],
               ['i32', -2147483648, 2147483647], ['u64', 0, Infinity], ['i64', -Infinity, Infinity], ['C', -2147483648, 2147483647]];
function repr(own, values, on = own() < 0.3, intOnly = false) {
  if (!on) return [];
  const fits = REPRS.filter(([name, lo, hi]) => values.every((v) => v >= lo && v <= hi) && !(intOnly && name === 'C'));
  return [`#[repr(${fits[Math.floor(own() * fits.length)][0]})]`];
}

function fieldless(g, own, name) {
  const count = 2 + Math.floor(own() * 4);
  const ds = discriminants(own, count);
  const variants = ds.map((d, i) => ({ name: `${name}v${i}`, shape: 'unit', fields: [], value: d.v, written: d.written }));
  const ord = own() < 0.6;
  g.items.push(`#[derive(Debug, Clone, Copy, PartialEq${ord ? ', Eq, PartialOrd, Ord' : ''})]`, ...repr(own, ds.map((d) => d.v)), `enum ${name} {`,
    ...variants.map((v) => `    ${v.name}${v.written ? ` = ${v.value}` : ''},`), '}', '');
  return { k: 'custom', name, copy: true, clone: true, prefix: 'ek', layout: 'fieldless', variants, ord, partialOrd: ord,
           fallback: () => `${name}::${variants[0].name}` };
}

// A field's type: most have a niche or a layout of note.
function fieldType(g, own, self, earlier) {
  const structs = g.structs.filter((t) => t.copy);  // the ones deriving PartialEq
  const options = [
    [2, () => U8], [1, () => T.int('i16')], [1, () => T.int('u32')], [1, () => T.int('u64')], [1, () => T.int('i128')],
    [2, () => T.BOOL], [2, () => T.CHAR], [1, () => T.STR], [2, () => T.STRING], [1, () => T.vec(U8)],
    [1, () => T.option(U8)], [1, () => T.option(T.BOOL)], [1, () => T.option(T.CHAR)], [1, () => T.box(T.int('u16'))],
    [1, () => T.tuple([U8, T.BOOL])],
    [earlier.length ? 2 : 0, () => earlier[Math.floor(own() * earlier.length)]],
    [earlier.length ? 1 : 0, () => T.option(earlier[Math.floor(own() * earlier.length)])],
    [structs.length ? 1 : 0, () => structs[Math.floor(own() * structs.length)]],
    [1, () => T.int('i8')], [1, () => T.tuple([T.CHAR, U8])],
    [1, () => T.option(T.box(self))],
  ].filter(([w]) => w > 0);
  let r = own() * options.reduce((a, [w]) => a + w, 0);
  for (const [w, f] of options) if ((r -= w) < 0) return f();
  return U8;
}

function withData(g, own, name, earlier) {
  const self = { k: 'custom', name, clone: true, prefix: 'ed', layout: 'data' };
  const count = 2 + Math.floor(own() * 3);
  const variants = [];
  for (let i = 0; i < count; i++) {
    const shape = i === 0 ? 'unit' : ['unit', 'tuple', 'tuple', 'struct', 'struct'][Math.floor(own() * 5)];
    const n = shape === 'unit' ? 0 : 1 + Math.floor(own() * 3);
    const fields = Array.from({ length: n }, (_, j) => ({ name: shape === 'struct' ? 'abc'[j] : null, type: fieldType(g, own, self, earlier) }));
    variants.push({ name: `${name}v${i}`, shape, fields });
  }
  // The unit variant goes first in the value made when nothing else will do,
  // but not always first in the declaration, where its place moves the tag.
  if (own() < 0.5) variants.push(variants.shift());
  // With a repr, explicit discriminants are allowed on variants with fields too.
  const withRepr = own() < 0.3;
  if (withRepr && own() < 0.6) {
    const small = [0, 1, 2, 3, 5, 9, 20, 64, 100, 127];
    let next = 0;
    for (const v of variants) {
      let value = next;
      if (own() < 0.5) value = small[Math.floor(own() * small.length)];
      while (variants.some((x) => x !== v && x.value === value)) value += 1;
      v.value = value;
      v.written = true;
      next = value + 1;
    }
  }
  const reprLine = repr(own, variants.map((v, i) => (v.written ? v.value : i)), withRepr, variants.some((v) => v.written));  // E0732 under repr(C)
  self.variants = variants;
  self.copy = variants.every((v) => v.fields.every((f) => T.isCopy(f.type)));
  // Ordered by the derives when every field is: a struct here derives no order, an earlier enum maybe.
  const ordered = (t) => t !== self && (t.k === 'custom' ? t.ord === true : t.k === 'struct' ? false
    : t.k === 'option' || t.k === 'box' || t.k === 'vec' ? ordered(t.inner ?? t.el) : t.k === 'tuple' ? t.els.every(ordered) : true);
  const orderable = variants.every((v) => v.fields.every((f) => ordered(f.type) || (f.type.k === 'option' && f.type.inner.k === 'box')));
  self.partialOrd = orderable && own() < 0.6;
  self.ord = self.partialOrd;
  self.fallback = () => `${name}::${variants.find((v) => v.shape === 'unit').name}`;
  const field = (f) => (f.type.k === 'str' ? "&'static str" : T.name(f.type));
  const value = (v) => (v.written ? ` = ${v.value}` : '');
  const decl = (v) => (v.shape === 'unit' ? `    ${v.name}${value(v)},`
    : v.shape === 'tuple' ? `    ${v.name}(${v.fields.map(field).join(', ')})${value(v)},`
      : `    ${v.name} { ${v.fields.map((f) => `${f.name}: ${field(f)}`).join(', ')} }${value(v)},`);
  g.items.push(`#[derive(Debug, Clone, ${self.copy ? 'Copy, ' : ''}PartialEq${self.ord ? ', Eq, PartialOrd, Ord' : ''})]`, ...reprLine, `enum ${name} {`,
    ...variants.map(decl), '}', '');
  return self;
}

function declare(g) {
  const own = g.ownRandom('layouts');
  if (own() >= 0.33) return;
  const enums = [];
  const count = 1 + Math.floor(own() * 3);
  for (let i = 0; i < count; i++) {
    const name = `E${i}`;
    enums.push(own() < 0.4 ? fieldless(g, own, name) : withData(g, own, name, [...enums]));
  }
  g.state.layouts = enums;
}

const mine = (g, t) => (g.state.layouts ?? []).includes(t);

function variantValue(g, e, v, d) {
  const path = `${e.name}::${v.name}`;
  if (v.shape === 'unit') return path;
  if (v.shape === 'tuple') return `${path}(${v.fields.map((f) => g.expr(f.type, d)).join(', ')})`;
  return `${path} { ${v.fields.map((f) => `${f.name}: ${g.expr(f.type, d)}`).join(', ')} }`;
}
function enumExpr(g, t, d) {
  if (!mine(g, t)) return null;
  return variantValue(g, t, g.pick(t.variants), d);
}

// A field-less enum's value cast to an integer type.
function castExpr(g, t) {
  const es = (g.state.layouts ?? []).filter((e) => e.layout === 'fieldless');
  if (!es.length) return null;
  const e = g.pick(es);
  const vs = g.vars((x) => x === e);
  const value = vs.length && g.chance(0.6) ? g.pick(vs).name : `${e.name}::${g.pick(e.variants).name}`;
  return `(${value} as ${t.name})`;
}

// The types around an enum whose sizes tell its niches apart.
const wrappers = (n) => [`${n}`, `Option<${n}>`, `Option<Option<${n}>>`, `Option<&${n}>`, `Option<Box<${n}>>`,
                         `Result<${n}, u8>`, `(${n}, u8)`, `(bool, ${n})`, `[${n}; 3]`, `Option<(${n}, char)>`];

function sizes(g) {
  const e = g.pick(g.state.layouts);
  const ws = wrappers(e.name).filter(() => g.chance(0.4));
  if (!ws.length) ws.push(e.name);
  const f = g.chance(0.7) ? 'size_of' : 'align_of';
  g.line(`println!("${f} ${ws.join(' ')}: ${ws.map(() => '{}').join(' ')}", ${ws.map((w) => `std::mem::${f}::<${w}>()`).join(', ')});`);
  return true;
}

// A match binding every field of every variant, printing what it bound.
function inspect(g) {
  const vs = g.vars((t) => mine(g, t));
  if (!vs.length) return false;
  const v = g.pick(vs);
  const e = v.type;
  g.line(`match &${v.name} {`);
  for (const x of e.variants) {
    const path = `${e.name}::${x.name}`;
    if (!x.fields?.length) {
      g.line(`    ${path} => println!("${x.name}${e.layout === 'fieldless' ? ` {}", ${path} as i64` : '"'}),`);
      continue;
    }
    const names = x.fields.map((_, j) => `f${j}`);
    const pattern = x.shape === 'tuple' ? `${path}(${names.join(', ')})`
      : `${path} { ${x.fields.map((f, j) => `${f.name}: ${names[j]}`).join(', ')} }`;
    g.line(`    ${pattern} => println!("${x.name} ${names.map(() => '{:?}').join(' ')}", ${names.join(', ')}),`);
  }
  g.line('}');
  return true;
}

// Derived order: by discriminant (not by declaration), then field by field.
function compare(g) {
  const es = g.state.layouts.filter((e) => e.ord);
  if (!es.length) return false;
  const e = g.pick(es);
  const x = () => g.expr(e, 2);
  g.weighted([
    [2, () => g.line(`println!("cmp {:?}", ${x()}.cmp(&${x()}));`)],
    [1, () => g.line(`println!("order {} {} {:?}", ${x()} < ${x()}, ${x()} >= ${x()}, ${x()}.partial_cmp(&${x()}));`)],
    [1, () => g.line(`println!("max {:?} min {:?}", ${x()}.max(${x()}), ${x()}.min(${x()}));`)],
    [2, () => g.block('', () => {
      g.line(`let mut all: Vec<${e.name}> = vec![${Array.from({ length: g.int(2, 5) }, x).join(', ')}];`);
      g.line('all.sort();');
      g.line('println!("sorted {:?} {:?}", all, all.iter().max());');
    })],
  ])();
  return true;
}

function statement(g) {
  const vs = g.vars((t) => mine(g, t)), muts = vs.filter((v) => v.mut);
  return g.weighted([
    [2, () => compare(g)],
    [3, () => sizes(g)],
    [3, () => inspect(g)],
    [vs.length ? 1 : 0, () => {
      const v = g.pick(vs).name;
      g.line(`println!("${v} {:?} size_of_val {}", ${v}, std::mem::size_of_val(&${v}));`);
      return true;
    }],
    [muts.length ? 2 : 0, () => {
      const v = g.pick(muts);
      const old = g.fresh('old');
      g.locking([v.name], () => g.line(`let ${old} = std::mem::replace(&mut ${v.name}, ${g.expr(v.type, 2)});`));
      g.declare(old, v.type);
      g.line(`println!("replaced {:?} by {:?}", ${old}, ${v.name});`);
      return true;
    }],
    [muts.length ? 1 : 0, () => {
      const a = g.pick(muts);
      const bs = muts.filter((b) => b !== a && b.type === a.type);
      if (!bs.length) return false;
      const b = g.pick(bs);
      g.line(`std::mem::swap(&mut ${a.name}, &mut ${b.name});`);
      g.line(`println!("swapped {:?} {:?}", ${a.name}, ${b.name});`);
      return true;
    }],
    [vs.length ? 1 : 0, () => {  // a reference to one inside an Option, where the niche is the null pointer
      const v = g.pick(vs);
      g.block('', () => {
        g.line(`let r: Option<&${v.type.name}> = ${g.chance(0.7) ? `Some(&${v.name})` : 'None'};`);
        g.line('println!("{:?} {}", r, std::mem::size_of_val(&r));');
      });
      return true;
    }],
  ])();
}

export default {
  name: 'layouts',
  setup: declare,
  active: (g) => g.state.layouts !== undefined,
  types: [{ weight: 3, make: (g) => g.pick(g.state.layouts) }],
  exprs: {
    custom: [{ weight: 2, depth: 1, gen: enumExpr }],
    int: [{ weight: 1, gen: castExpr }],
    bool: [{ weight: 1, depth: 1, gen: (g, t, d) => {
      const e = g.pick(g.state.layouts);
      return `(${g.expr(e, d)} == ${g.expr(e, d)})`;
    } }],
  },
  statements: [{ weight: 3, gen: statement }],
};
