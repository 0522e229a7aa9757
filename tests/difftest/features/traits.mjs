// Traits and generics: a trait of the program's own with one required method
// and provided ones (some impls override one), implemented for each struct
// and for i32; a generic function bounded by it (sometimes in a where
// clause), a generic `larger<T: PartialOrd + Copy>` called with every integer
// type (turbofish or inferred), and a generic struct `Pair<T>` with a bounded
// impl: methods through &self and by value.
import * as T from '../types.mjs';

const pairs = new Map();  // element type name -> the Pair<T> custom type
function pairType(el) {
  if (!pairs.has(el.name))
    pairs.set(el.name, { k: 'custom', name: `Pair<${el.name}>`, el, copy: false, clone: true, prefix: 'pr',
                         fallback: (g) => `Pair { a: ${T.intLiteral(g, el)}, b: ${T.intLiteral(g, el)} }` });
  return pairs.get(el.name);
}

function declare(g) {
  if (!g.chance(0.6)) return;
  g.state.traits = true;
  const sep = g.chance(0.5) ? ', ' : ' + ';
  const label = g.pick(['format!("<{}>", self.code())', 'format!("{}:{}", self.code(), self.code() % 7)']);
  g.items.push('trait Describe {', '    fn code(&self) -> i64;', '    fn label(&self) -> String {', `        ${label}`, '    }',
    '    fn twice(&self) -> i64 {', '        self.code().wrapping_mul(2)', '    }', '}', '');
  const implFor = (name, code) => {
    const own = g.chance(0.3) ? ['    fn label(&self) -> String {', `        format!("${name}#{}", self.code())`, '    }'] : [];
    g.items.push(`impl Describe for ${name} {`, '    fn code(&self) -> i64 {', `        ${code}`, '    }', ...own, '}', '');
  };
  for (const s of g.structs) implFor(s.name, 'self.total()');
  implFor('i32', '*self as i64');
  g.items.push(...(g.chance(0.5) ? ['fn describe<T: Describe>(x: &T, n: u8) -> String {'] : ['fn describe<T>(x: &T, n: u8) -> String', 'where', '    T: Describe,', '{']),
    '    let mut out = String::new();', '    for _ in 0..(n % 3) {', '        out.push_str(&x.label());', '    }', '    out', '}', '');
  g.items.push(`fn larger<T: PartialOrd${sep === ', ' ? ' + ' : sep}Copy>(a: T, b: T) -> T {`, '    if a > b { a } else { b }', '}', '');
  g.items.push('#[derive(Debug, Clone)]', 'struct Pair<T> {', '    a: T,', '    b: T,', '}', '',
    'impl<T: PartialOrd + Copy + std::fmt::Debug> Pair<T> {', '    fn max(&self) -> T {', '        larger(self.a, self.b)', '    }',
    '    fn swap(self) -> Pair<T> {', '        Pair { a: self.b, b: self.a }', '    }', '}', '');
}

const describable = (g) => g.vars((t) => t.k === 'struct' || (t.k === 'int' && t.name === 'i32'));

function intExpr(g, t, d) {
  if (!g.state.traits) return null;
  return g.weighted([
    [3, () => (g.chance(0.4) ? `larger::<${t.name}>(${g.expr(t, d)}, ${g.expr(t, d)})` : `larger(${g.expr(t, d)}, ${g.expr(t, d)})`)],
    [2, () => {
      const vs = g.vars((x) => x.k === 'custom' && x.name === `Pair<${t.name}>`);
      return vs.length ? `${g.pick(vs).name}.max()` : null;
    }],
    [2, () => {
      const vs = describable(g);
      if (!vs.length) return null;
      const call = `${g.pick(vs).name}.${g.pick(['code', 'twice'])}()`;
      return t.name === 'i64' ? call : `(${call} as ${t.name})`;
    }],
  ])();
}

function stringExpr(g, t, d) {
  if (!g.state.traits) return null;
  const vs = describable(g);
  if (!vs.length) return null;
  const v = g.pick(vs).name;
  return g.chance(0.5) ? `${v}.label()` : `describe(&${v}, ${g.expr(T.int('u8'), d)})`;
}

function pairExpr(g, t, d) {
  if (!t.el) return null;
  if (g.chance(0.3)) {
    const vs = g.vars((x) => T.same(x, t));
    if (vs.length) return `${g.pick(vs).name}.clone().swap()`;
  }
  return `Pair { a: ${g.expr(t.el, d)}, b: ${g.expr(t.el, d)} }`;
}

export default {
  name: 'traits',
  setup: declare,
  types: [{ weight: 1, make: (g) => (g.state.traits ? pairType(g.pick(T.INTS)) : null) }],
  exprs: {
    int: [{ weight: 2, depth: 1, gen: intExpr }],
    string: [{ weight: 1, depth: 1, gen: stringExpr }],
    custom: [{ weight: 2, depth: 1, gen: (g, t, d) => (t.name.startsWith('Pair<') ? pairExpr(g, t, d) : null) }],
  },
  statements: [{ weight: 1, gen: (g) => {
    const vs = g.vars((t) => t.k === 'custom' && t.name.startsWith('Pair<'));
    if (!vs.length) return false;
    const v = g.pick(vs).name;
    g.line(`println!("{:?} max {:?}", ${v}, ${v}.max());`);
    return true;
  } }],
};
