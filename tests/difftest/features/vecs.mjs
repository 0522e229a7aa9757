// Vec: made by new, with_capacity, vec![..] and vec![x; n]; grown and shrunk
// by push, pop, insert, remove, truncate, clear, reserve, reserve_exact,
// shrink_to_fit, extend_from_slice, dedup; reordered by sort, reverse, swap;
// read by len, capacity, is_empty, contains, indexing (guarded, and now and
// then not: the index panic), iteration, and slices `&v[a..b]` held inside a
// block. Elements are integers, chars, bools or Strings.
import * as T from '../types.mjs';

const elementType = (g) => g.weighted([[6, () => g.pick(T.INTS)], [1, () => T.CHAR], [1, () => T.BOOL], [2, () => T.STRING]])();
const vecVar = (g, pred = () => true) => { const vs = g.vars((t, v) => t.k === 'vec' && pred(t, v)); return vs.length ? g.pick(vs) : null; };

function vecExpr(g, t, d) {
  return g.weighted([
    [2, () => 'Vec::new()'],
    [1, () => `Vec::with_capacity(${g.int(0, 12)})`],
    [3, () => `vec![${Array.from({ length: g.int(0, 5) }, () => g.expr(t.el, d)).join(', ')}]`],
    [1, () => `vec![${g.expr(t.el, d)}; ${g.int(0, 6)}]`],
  ])();
}

function intExpr(g, t) {
  const v = vecVar(g);
  if (!v) return null;
  const e = g.weighted([[3, () => `${v.name}.len()`], [2, () => `${v.name}.capacity()`], [1, () => `${v.name}.iter().count()`]])();
  return t.name === 'usize' ? e : `(${e} as ${t.name})`;
}

function boolExpr(g, t, d) {
  const v = vecVar(g);
  if (!v) return null;
  if (g.chance(0.5) || v.type.el.k === 'string') return `${v.name}.is_empty()`;
  return g.locking([v.name], () => `${v.name}.contains(&${g.expr(v.type.el, d)})`);
}

// Growth and shrinking of a mutable Vec.
function change(g) {
  const v = vecVar(g, (t, x) => x.mut);
  if (!v) return false;
  const n = v.name, el = v.type.el;
  g.locking([n], () => g.line(g.weighted([
    [6, () => `${n}.push(${g.expr(el, 2)});`],
    [2, () => `${n}.pop();`],
    [1, () => `${n}.insert(${g.pick(['0', `${n}.len()`, `${n}.len() / 2`])}, ${g.expr(el, 1)});`],
    [1, () => `if !${n}.is_empty() { ${n}.remove(${g.pick(['0', `${n}.len() - 1`])}); }`],
    [1, () => `${n}.truncate(${g.int(0, 5)});`],
    [1, () => `${n}.clear();`],
    [1, () => `${n}.reserve(${g.int(0, 20)});`],
    [1, () => `${n}.reserve_exact(${g.int(0, 20)});`],
    [1, () => `${n}.shrink_to_fit();`],
    [T.isCopy(el) ? 1 : 0, () => `${n}.extend_from_slice(&[${Array.from({ length: g.int(0, 4) }, () => g.expr(el, 1)).join(', ')}]);`],
    [1, () => `${n}.sort();`],
    [1, () => `${n}.reverse();`],
    [1, () => `${n}.dedup();`],
    [1, () => `if ${n}.len() > 2 { ${n}.swap(0, 2); }`],
    [2, () => `if !${n}.is_empty() { let k = ${n}.len() - 1; ${n}[k] = ${g.expr(el, 1)}; }`],
    [1, () => `${n} = ${vecExpr(g, v.type, 2)};`],
  ])()));
  return true;
}

// Read an element: by a guarded index, or unguarded (may panic).
function index(g) {
  const v = vecVar(g);
  if (!v) return false;
  const n = v.name, el = v.type.el;
  const take = (i) => (T.isCopy(el) ? `${n}[${i}]` : `${n}[${i}].clone()`);
  const name = g.fresh('e');
  if (g.chance(0.85)) {
    g.block(`if !${n}.is_empty()`, () => {
      g.line(`let ${name}: ${T.name(el)} = ${take(`(${g.expr(T.int('usize'), 1)}) % ${n}.len()`)};`);
      g.line(T.printLine(g, { name, type: el }));
    });
  } else {
    g.line(`let ${name}: ${T.name(el)} = ${take(g.int(0, 4))};`);
    g.declare(name, el);
  }
  return true;
}

// Iterate: by reference, mutably (Copy elements), with enumerate or rev.
function iterate(g) {
  const v = vecVar(g);
  if (!v) return false;
  const n = v.name, el = v.type.el;
  g.weighted([
    [2, () => g.block(`for x in &${n}`, () => {
      g.line('println!("item {:?}", x);');
    }, { loop: true })],
    [1, () => g.block(`for (i, x) in ${n}.iter().enumerate()`, () => g.line('println!("at {} {:?}", i, x);'), { loop: true })],
    [1, () => g.block(`for x in ${n}.iter().rev()`, () => g.line('println!("back {:?}", x);'), { loop: true })],
    [v.mut && el.k === 'int' ? 2 : 0, () => g.block(`for x in ${n}.iter_mut()`, () => {
      g.line(`*x = (*x % ${el.bits === 8 ? 11 : 100}) + 1;`);
    }, { loop: true })],
  ])();
  return true;
}

// A slice held in a block: bounds from the length, or literal bounds that
// may be out of range (std checks the start first, then the end, then order).
function slice(g) {
  const v = vecVar(g);
  if (!v) return false;
  const n = v.name;
  const [lo, hi] = g.chance(0.25)
    ? [String(g.int(0, 4)), String(g.int(0, 6))]
    : g.pick([['0', `${n}.len()`], [`${n}.len() / 2`, `${n}.len()`], ['0', `${n}.len() / 2`]]);
  g.block('', () => {
    g.line(`let sl: &[${T.name(v.type.el)}] = &${n}[${lo}..${hi}];`);
    g.line('println!("slice {:?} {} {}", sl, sl.len(), std::mem::size_of_val(sl));');
  });
  return true;
}

function join(g) {
  const v = vecVar(g, (t) => t.el.k === 'string');
  if (!v) return false;
  const name = g.fresh('s');
  g.line(`let ${name}: String = ${v.name}.join(${T.strLit(g.pick(['', '-', ', ']))});`);
  g.declare(name, T.STRING);
  return true;
}

export default {
  name: 'vecs',
  types: [{ weight: 5, make: (g) => T.vec(elementType(g)) }],
  exprs: {
    vec: [{ weight: 4, depth: 1, gen: vecExpr }],
    int: [{ weight: 1, gen: intExpr }],
    bool: [{ weight: 1, gen: boolExpr }],
  },
  statements: [
    { weight: 8, gen: change },
    { weight: 2, gen: index },
    { weight: 2, gen: iterate },
    { weight: 1, gen: slice },
    { weight: 1, gen: join },
  ],
};
