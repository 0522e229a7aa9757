// Box: of an integer, a String or a struct; Box::new, deref reads and
// writes, methods through the box, and its size.
import * as T from '../types.mjs';

function derefExpr(g, t) {
  const vs = g.vars((x) => x.k === 'box' && T.same(x.inner, t));
  if (!vs.length) return null;
  const v = g.pick(vs);
  return T.isCopy(t) ? `(*${v.name})` : `(*${v.name}).clone()`;
}

function change(g) {
  const vs = g.vars((t, v) => t.k === 'box' && v.mut);
  if (!vs.length) return false;
  const v = g.pick(vs);
  g.locking([v.name], () => {
    if (v.type.inner.k === 'string' && g.chance(0.5)) g.line(`${v.name}.push_str(${T.strLit(T.word(g))});`);
    else g.line(`*${v.name} = ${g.expr(v.type.inner, 2)};`);
  });
  return true;
}

export default {
  name: 'boxes',
  types: [{ weight: 2, make: (g) => T.box(g.weighted([[3, () => g.pick(T.INTS)], [2, () => T.STRING],
                                                        [1, () => (g.structs.length ? g.pick(g.structs) : T.CHAR)]])()) }],
  exprs: {
    box: [{ weight: 2, depth: 1, gen: (g, t, d) => `Box::new(${g.expr(t.inner, d)})` }],
    int: [{ weight: 1, gen: derefExpr }],
    string: [{ weight: 1, gen: derefExpr }],
  },
  statements: [{ weight: 2, gen: change }],
};
