// Closures: capturing a variable by reference (read), by mutable reference
// (a counter bumped in a block, read once the closure is gone), by move (a
// String moved in, read after), called directly and passed to generic
// functions bounded by Fn, FnMut and FnOnce. On in about a third of the
// programs, decided by an RNG of its own.
import * as T from '../types.mjs';

const I32 = T.int('i32'), USIZE = T.int('usize');

function declare(g) {
  if (g.ownRandom('closures')() >= 0.35) return;
  g.state.closures = true;
  g.items.push('fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {', '    f(x)', '}', '',
    'fn repeat<F: FnMut(i32)>(mut f: F, n: i32) {', '    for i in 0..n {', '        f(i);', '    }', '}', '',
    'fn finish<F: FnOnce() -> String>(f: F) -> String {', '    f()', '}', '');
}

const small = (g) => `${g.int(-50, 50)}`;

function statement(g) {
  if (g.depth > 3) return false;
  const ints = g.vars((t) => t.k === 'int' && t.name === 'i32');
  const strings = g.vars((t, v) => t.k === 'string' && g.canMove(v));
  return g.weighted([
    [2, () => {  // by reference: reads an i32 it captures
      const k = ints.length ? g.pick(ints).name : small(g);
      const f = g.fresh('add');
      g.line(`let ${f} = |x: i32| x.wrapping_mul(3).wrapping_add(${k});`);
      g.line(`println!("{} {}", ${f}(${small(g)}), apply(&${f}, ${small(g)}));`);
      return true;
    }],
    [2, () => {  // by mutable reference: a counter, read after the closure's last use
      const c = g.fresh('count');
      g.line(`let mut ${c}: i32 = ${small(g)};`);
      g.block('', () => {
        const f = g.fresh('bump');
        g.line(`let mut ${f} = |x: i32| ${c} = ${c}.wrapping_add(x);`);
        g.line(`${f}(${small(g)});`);
        g.line(`repeat(&mut ${f}, ${g.int(0, 4)});`);
      });
      g.line(`println!("{}", ${c});`);
      g.declare(c, I32, { mut: true });
      return true;
    }],
    [strings.length ? 2 : 0, () => {  // by move: the String belongs to the closure
      const v = g.pick(strings);
      v.moved = true;
      const f = g.fresh('own');
      g.line(`let ${f} = move || ${v.name}.len() + ${g.int(0, 9)};`);
      g.line(`println!("{}", ${f}());`);
      return true;
    }],
    [strings.length ? 1 : 0, () => {  // FnOnce: the moved String is given back changed
      const v = g.pick(strings);
      v.moved = true;
      g.line(`println!("{}", finish(move || ${v.name} + ${T.strLit(T.word(g))}));`);
      return true;
    }],
  ])();
}

export default {
  name: 'closures',
  setup: declare,
  active: (g) => g.state.closures === true,
  exprs: {
    int: [{ weight: 1, depth: 1, gen: (g, t, d) => (t.name === 'i32' ? `apply(|x| x.wrapping_sub(${g.int(0, 9)}), ${g.expr(I32, d)})` : null) }],
  },
  statements: [{ weight: 2, gen: statement }],
};
