// References that pass the borrow checker: a &mut held in a block and
// written through, a shared borrow read in a block, std::mem::swap, replace
// and take on mutable variables, arrays and slices of them.
import * as T from '../types.mjs';

function writeThrough(g) {
  const vs = g.vars((t, v) => v.mut && t.k === 'int');
  if (!vs.length) return false;
  const v = g.pick(vs);
  g.block('', () => {
    g.line(`let r: &mut ${v.type.name} = &mut ${v.name};`);
    g.line(`*r = (*r % ${v.type.bits === 8 ? 11 : 100}) + 1;`);
    g.line('println!("through {}", r);');
  });
  return true;
}

function readThrough(g) {
  const vs = g.vars((t) => t.k !== 'str' && T.debuggable(t));
  if (!vs.length) return false;
  const v = g.pick(vs);
  g.block('', () => {
    g.line(`let r: &${T.name(v.type)} = &${v.name};`);
    g.line(`println!("ref {:?} {}", r, std::mem::size_of_val(r));`);
  });
  return true;
}

function mem(g) {
  const vs = g.vars((t, v) => v.mut && t.k !== 'str');
  if (!vs.length) return false;
  const v = g.pick(vs);
  const others = g.vars((t, o) => o.mut && o.name !== v.name && T.same(t, v.type));
  const name = g.fresh('old');
  g.weighted([
    [others.length ? 2 : 0, () => g.line(`std::mem::swap(&mut ${v.name}, &mut ${others.length ? g.pick(others).name : ''});`)],
    [2, () => {
      const e = g.locking([v.name], () => g.expr(v.type, 2));
      g.line(`let ${name}: ${T.name(v.type)} = std::mem::replace(&mut ${v.name}, ${e});`);
      g.declare(name, v.type);
    }],
    [v.type.k === 'string' || v.type.k === 'vec' || v.type.k === 'option' ? 2 : 0, () => {
      g.line(`let ${name}: ${T.name(v.type)} = std::mem::take(&mut ${v.name});`);
      g.declare(name, v.type);
    }],
  ])();
  return true;
}

function array(g) {
  const t = g.pick(T.INTS);
  const n = g.int(1, 5);
  const name = g.fresh('arr');
  const form = g.chance(0.5) ? `[${Array.from({ length: n }, () => g.expr(t, 1)).join(', ')}]` : `[${g.expr(t, 1)}; ${n}]`;
  g.line(`let ${name}: [${t.name}; ${n}] = ${form};`);
  g.line(`println!("{:?} {} {}", ${name}, ${name}.len(), std::mem::size_of_val(&${name}));`);
  const lo = g.int(0, n), hi = g.int(lo, n);
  g.line(`println!("{:?}", &${name}[${lo}..${hi}]);`);
  return true;
}

export default {
  name: 'refs',
  statements: [
    { weight: 2, gen: writeThrough },
    { weight: 1, gen: readThrough },
    { weight: 2, gen: mem },
    { weight: 1, gen: array },
  ],
};
