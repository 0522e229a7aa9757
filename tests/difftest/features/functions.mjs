// Functions: by-value parameters (Strings and Vecs moved in), returns of
// integers and Strings, slices and &str parameters, &mut parameters that
// change the caller's Vec, String or integer, and recursion with a depth
// parameter that bounds it. Functions are declared before main and may call
// the ones before them.
import * as T from '../types.mjs';

const scalar = (g) => g.weighted([[5, () => g.pick(T.INTS)], [1, () => T.BOOL], [1, () => T.CHAR]])();
const valueType = (g) => g.weighted([[4, () => scalar(g)], [2, () => T.STRING], [1, () => T.vec(g.pick(T.INTS))]])();


function plain(g, k) {
  const params = Array.from({ length: g.int(0, 3) }, (_, i) => ({ name: `a${i}`, type: valueType(g), mut: g.chance(0.3) }));
  const ret = g.weighted([[3, () => g.pick(T.INTS)], [2, () => T.STRING], [1, () => T.vec(g.pick(T.INTS))]])();
  const name = `f${k}`;
  const lines = g.body(params, () => { g.statements(g.int(1, 5)); g.line(g.expr(ret, 2)); });
  g.items.push(`fn ${name}(${params.map((p) => `${p.mut ? 'mut ' : ''}${p.name}: ${T.name(p.type)}`).join(', ')}) -> ${T.name(ret)} {`, ...lines, '}', '');
  g.fns.push({ name, params: params.map((p) => p.type), ret });
}

// fn gK(v: &mut Vec<T>, x: T) / (s: &mut String, c: char) / (n: &mut T): changes the caller's value.
function mutating(g, k) {
  const name = `g${k}`;
  const kind = g.pick(['vec', 'string', 'int']);
  if (kind === 'vec') {
    const el = g.pick(T.INTS);
    g.items.push(`fn ${name}(v: &mut Vec<${el.name}>, x: ${el.name}) {`, '    v.push(x);',
      `    if v.len() > ${g.int(2, 6)} { v.remove(0); }`, '    v.push(x / 2);', '}', '');
    g.fns.push({ name, params: [T.ref(T.vec(el), true), el], ret: null });
  } else if (kind === 'string') {
    g.items.push(`fn ${name}(s: &mut String, c: char) {`, '    s.push(c);', `    s.push_str(${T.strLit(T.word(g))});`,
      `    if s.len() > ${g.int(4, 12)} { s.clear(); }`, '}', '');
    g.fns.push({ name, params: [T.ref(T.STRING, true), T.CHAR], ret: null });
  } else {
    const t = g.pick(T.INTS);
    g.items.push(`fn ${name}(n: &mut ${t.name}) {`, `    *n = *n % ${t.bits === 8 ? 11 : 100} + 1;`, '}', '');
    g.fns.push({ name, params: [T.ref(t, true)], ret: null });
  }
}

// fn hK(xs: &[T]) -> usize / (s: &str) -> usize: reads through a borrow.
function reading(g, k) {
  const name = `h${k}`;
  if (g.chance(0.5)) {
    const el = g.pick(T.INTS);
    g.items.push(`fn ${name}(xs: &[${el.name}]) -> usize {`, '    let mut count = 0;',
      `    for x in xs { if *x > ${T.intLiteral(g, el, { value: BigInt(g.int(0, 9)) })} { count += 1; } }`, '    count + xs.len()', '}', '');
    g.fns.push({ name, params: [T.ref({ k: 'slice', el })], ret: T.int('usize') });
  } else {
    g.items.push(`fn ${name}(s: &str) -> usize {`, '    s.len() + s.chars().count() + s.trim().len()', '}', '');
    g.fns.push({ name, params: [T.ref(T.STR)], ret: T.int('usize') });
  }
}

// fn recK(n: u32, acc: T) -> T: n is at most 12 at every call.
function recursive(g, k) {
  const name = `rec${k}`;
  if (g.chance(0.6)) {
    const t = g.pick(T.INTS);
    const m = t.bits === 8 ? 11 : 100;
    g.items.push(`fn ${name}(n: u32, acc: ${t.name}) -> ${t.name} {`, '    if n == 0 {', '        return acc;', '    }',
      `    ${name}(n - 1, (acc % ${m}) + (n % ${Math.min(m, 10)}) as ${t.name})`, '}', '');
    g.fns.push({ name, params: ['depth', t], ret: t });
  } else {
    g.items.push(`fn ${name}(n: u32, s: String) -> String {`, '    if n == 0 {', '        s', '    } else {',
      `        ${name}(n - 1, s + ${T.strLit(g.pick(['x', 'ab', '-', 'é']))})`, '    }', '}', '');
    g.fns.push({ name, params: ['depth', T.STRING], ret: T.STRING });
  }
}

// An argument for parameter type p, with borrowed variables locked for the
// arguments after it.
function argument(g, p, locked) {
  if (p === 'depth') return `${g.int(0, 12)}`;
  if (p.k !== 'ref') return g.expr(p, 2);
  const inner = p.inner;
  if (p.mut) {
    const vs = g.vars((t, v) => v.mut && T.same(t, inner));
    if (!vs.length) return null;
    const v = g.pick(vs);
    locked.push(v.name);
    return `&mut ${v.name}`;
  }
  if (inner.k === 'slice') {
    const vs = g.vars((t) => t.k === 'vec' && T.same(t.el, inner.el));
    if (!vs.length) return `&[${Array.from({ length: g.int(0, 3) }, () => g.expr(inner.el, 1)).join(', ')}]`;
    const v = g.pick(vs);
    locked.push(v.name);
    return g.pick([`&${v.name}`, `&${v.name}[..]`]);
  }
  const vs = g.vars((t) => t.k === 'string');
  if (!vs.length || g.chance(0.3)) return T.strLit(T.word(g));
  const v = g.pick(vs);
  locked.push(v.name);
  return g.pick([`&${v.name}`, `${v.name}.as_str()`]);
}
function call(g, f) {
  const locked = [];
  const args = [];
  for (const p of f.params) {
    const a = g.locking(locked.slice(), () => argument(g, p, locked));
    if (a === null) return null;
    args.push(a);
  }
  return `${f.name}(${args.join(', ')})`;
}

function callExpr(g, t) {
  const fs = g.fns.filter((f) => f.ret && T.same(f.ret, t));
  return fs.length ? call(g, g.pick(fs)) : null;
}
function callStatement(g) {
  if (!g.fns.length) return false;
  const c = call(g, g.pick(g.fns));
  if (c === null) return false;
  g.line(`${c};`);
  return true;
}

export default {
  name: 'functions',
  setup(g) {
    const n = g.weighted([[1, 0], [2, 1], [2, 2], [1, 4]]);
    for (let k = 0; k < n; k++) g.pick([plain, plain, mutating, reading, recursive])(g, k);
  },
  exprs: {
    int: [{ weight: 2, gen: callExpr }],
    string: [{ weight: 2, gen: callExpr }],
    vec: [{ weight: 1, gen: callExpr }],
  },
  statements: [{ weight: 3, gen: callStatement }],
};
