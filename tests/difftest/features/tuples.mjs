// Tuples: pairs of an integer and a bool or char, `.0`/`.1`, destructuring
// `let (a, b) = t;`, and match on a tuple with wildcards.
import * as T from '../types.mjs';

const tupleVar = (g) => { const vs = g.vars((t) => t.k === 'tuple'); return vs.length ? g.pick(vs) : null; };

function fieldExpr(g, t) {
  const vs = g.vars((x) => x.k === 'tuple' && x.els.some((e) => T.same(e, t)));
  if (!vs.length) return null;
  const v = g.pick(vs);
  return `${v.name}.${v.type.els.findIndex((e) => T.same(e, t))}`;
}

function destructure(g) {
  const v = tupleVar(g);
  if (!v) return false;
  const names = v.type.els.map(() => g.fresh('d'));
  g.line(`let (${names.join(', ')}) = ${v.name};`);
  names.forEach((n, i) => g.declare(n, v.type.els[i]));
  return true;
}

function matchTuple(g) {
  const a = g.pick(T.INTS);
  const second = g.pick([T.BOOL, T.CHAR]);
  const lit2 = second.k === 'bool' ? g.pick(['true', 'false']) : T.charLit(T.charValue(g));
  g.line(`match (${g.expr(a, 2)} % 3, ${g.expr(second, 1)}) {`);
  g.line(`    (0, ${lit2}) => println!("zero and {}", ${lit2}),`);
  g.line('    (1, _) => println!("one"),');
  g.line(`    (n, _) if n < 0 => println!("negative {}", n),`);
  g.line('    (n, m) => println!("other {} {:?}", n, m),');
  g.line('}');
  return true;
}

export default {
  name: 'tuples',
  types: [{ weight: 1, make: (g) => T.tuple([g.pick(T.INTS), g.pick([T.BOOL, T.CHAR])]) }],
  exprs: {
    tuple: [{ weight: 1, depth: 1, gen: (g, t, d) => `(${t.els.map((e) => g.expr(e, d)).join(', ')})` }],
    int: [{ weight: 1, gen: fieldExpr }],
    bool: [{ weight: 1, gen: fieldExpr }],
    char: [{ weight: 1, gen: fieldExpr }],
  },
  statements: [{ weight: 1, gen: destructure }, { weight: 1, gen: matchTuple }],
};
