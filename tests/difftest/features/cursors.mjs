// Iterators kept in variables and what landed with them: `let mut it =
// v.iter()` (and `chars()`, `into_iter()`) advanced by `next()` and then
// collected or counted; `max_by`/`min_by` with a comparison closure; a
// BTreeMap and a BTreeSet collected from an iterator (sorted and
// deduplicated as std's FromIterator does) and read through `range`; and
// `f64`/`f32` values through the exact math methods (`sqrt`, `floor`,
// `powi`, `mul_add`, `clamp` ...), printed with `{}`. On in about a third of
// the programs, decided by an RNG of its own.
import * as T from '../types.mjs';

const I32 = T.int('i32');

function declare(g) {
  if (g.ownRandom('cursors')() >= 0.35) return;
  g.state.cursors = true;
}

const small = (g) => `${g.int(-20, 40)}`;

function statement(g) {
  const vecs = g.vars((t) => t.k === 'vec' && t.el.name === 'i32');
  const strings = g.vars((t) => t.k === 'string');
  return g.weighted([
    [vecs.length ? 3 : 0, () => {  // a slice iterator in a variable: a few next()s, then the rest
      const v = g.pick(vecs).name;
      const it = g.fresh('it');
      g.line(`let mut ${it} = ${v}.iter();`);
      g.line(`println!("{:?} {:?}", ${it}.next(), ${it}.next());`);
      g.line(g.pick([`println!("{:?}", ${it}.collect::<Vec<&i32>>());`, `println!("{}", ${it}.count());`,
                     `println!("{:?}", ${it}.map(|x| x.wrapping_mul(3)).collect::<Vec<i32>>());`]));
      return true;
    }],
    [vecs.length ? 2 : 0, () => {  // a Vec's IntoIter: its buffer is reused by collect
      const v = g.pick(vecs).name;
      const it = g.fresh('it');
      g.line(`let mut ${it} = ${v}.clone().into_iter();`);
      g.line(`println!("{:?}", ${it}.next());`);
      const r = g.fresh('v');
      g.line(`let ${r}: Vec<i32> = ${it}.collect();`);
      g.line(`println!("{:?} {} {}", ${r}, ${r}.len(), ${r}.capacity());`);
      return true;
    }],
    [strings.length ? 2 : 0, () => {
      const s = g.pick(strings).name;
      const it = g.fresh('it');
      g.line(`let mut ${it} = ${s}.chars();`);
      g.line(`println!("{:?} {:?} {}", ${it}.next(), ${it}.next(), ${it}.count());`);
      return true;
    }],
    [vecs.length ? 2 : 0, () => {
      const v = g.pick(vecs).name;
      const m = g.int(2, 7);
      g.line(`println!("{:?} {:?}", ${v}.iter().max_by(|a, b| (*a % ${m}).cmp(&(*b % ${m}))), ${v}.iter().copied().min_by(|a, b| b.cmp(a)));`);
      return true;
    }],
    [vecs.length ? 2 : 0, () => {  // BTreeMap and BTreeSet collected, then ranges of them
      const v = g.pick(vecs).name;
      const bm = g.fresh('bm');
      g.line(`let ${bm}: std::collections::BTreeMap<i32, usize> = ${v}.iter().enumerate().map(|(i, x)| (x % ${g.int(3, 9)}, i)).collect();`);
      const lo = g.int(-8, 4);
      g.line(`println!("{:?} {} {:?}", ${bm}, ${bm}.len(), ${bm}.range(${lo}..${lo + g.int(0, 8)}).collect::<Vec<_>>());`);
      const bs = g.fresh('bs');
      g.line(`let ${bs}: std::collections::BTreeSet<i32> = ${v}.iter().map(|x| x / ${g.int(2, 6)}).collect();`);
      g.line(`println!("{:?} {:?} {:?}", ${bs}, ${bs}.range(..${small(g)}).count(), ${bs}.range(${small(g)}..).next());`);
      return true;
    }],
    [2, () => {  // floats through the exact math methods
      const x = g.fresh('x');
      g.line(`let ${x}: f64 = ${g.expr(I32, 1)} as f64 * ${g.pick(['0.37', '1.5', '-2.25', '0.1', '3.0'])} + ${g.int(0, 9)}.5;`);
      g.line(`println!("{} {} {} {} {}", ${x}.abs().sqrt(), ${x}.floor(), ${x}.ceil(), ${x}.round(), ${x}.trunc());`);
      g.line(`println!("{} {} {:.3} {} {}", ${x}.fract(), ${x}.powi(${g.int(0, 4)}), ${x}.recip(), ${x}.signum(), ${x}.clamp(-10.0, 10.0));`);
      const y = g.fresh('y');
      g.line(`let ${y}: f32 = ${x} as f32 * ${g.pick(['0.5f32', '1.25f32', '3.0f32'])};`);
      g.line(`println!("{} {} {} {}", ${y}.abs().sqrt(), ${y}.mul_add(2.0, 0.5), ${y}.max(1.0), ${y}.rem_euclid(4.0));`);
      return true;
    }],
  ])();
}

export default {
  name: 'cursors',
  setup: declare,
  active: (g) => g.state.cursors === true,
  statements: [{ weight: 3, gen: statement }],
};
