// Iterator adapters and consumers over the program's Vec<i32>s, ranges and
// Strings: map, filter, rev, take, skip, step_by, zip, chain, enumerate,
// copied, cloned, into_iter, filter_map, take_while, char_indices; collect
// into Vec and String (sized as std's SpecFromIter sizes it, seen in the
// allocation log and the capacities printed), sum, fold, count, any, all,
// find, position, max/min_by_key; and `for` over an enumerate. Closures capture the
// program's integers by reference. On in about a third of the programs,
// decided by an RNG of its own.
import * as T from '../types.mjs';

const I32 = T.int('i32'), USIZE = T.int('usize'), I64 = T.int('i64');
const VEC = T.vec(I32);

const vecs = (g) => g.vars((t) => t.k === 'vec' && t.el.name === 'i32');
const k = (g) => `${g.int(-20, 40)}`;

function vecExpr(g, d) {
  const vs = vecs(g);
  if (!vs.length) return g.chance(0.5) ? `(0..${g.int(0, 12)}).step_by(${g.int(1, 3)}).collect::<Vec<i32>>()` : null;
  const v = g.pick(vs).name, w = g.pick(vs).name;
  return g.weighted([
    [3, () => `${v}.iter().map(|x| x.wrapping_mul(${g.int(-3, 3)})).filter(|x| x % ${g.int(2, 4)} != 0).collect::<Vec<i32>>()`],
    [2, () => `${v}.iter().rev().take(${g.int(0, 5)}).copied().collect::<Vec<i32>>()`],
    [2, () => `${v}.iter().zip(${w}.iter()).map(|(a, b)| a.wrapping_add(*b)).collect::<Vec<i32>>()`],
    [1, () => `${v}.iter().chain(${w}.iter()).skip(${g.int(0, 3)}).cloned().collect::<Vec<i32>>()`],
    [1, () => `${v}.clone().into_iter().filter(|x| *x > ${k(g)}).collect::<Vec<i32>>()`],
    [1, () => `(0..${g.int(0, 9)}).map(|i| i * ${k(g)}).collect::<Vec<i32>>()`],
    [1, () => `${v}.iter().enumerate().filter(|(i, _)| i % ${g.int(2, 3)} == 0).map(|(_, x)| *x).collect::<Vec<i32>>()`],
    [1, () => `${v}.iter().skip(${g.int(0, 2)}).step_by(${g.int(1, 3)}).take(${g.int(0, 6)}).copied().collect::<Vec<i32>>()`],
    [1, () => `${v}.iter().filter_map(|x| if *x > ${k(g)} { Some(x.wrapping_mul(2)) } else { None }).collect::<Vec<i32>>()`],
    [1, () => `${v}.iter().rev().chain(${w}.iter()).map(|x| x.wrapping_sub(1)).collect::<Vec<i32>>()`],
  ])();
}

function intExpr(g, t, d) {
  const vs = vecs(g);
  if (!vs.length) return null;
  const v = g.pick(vs).name;
  if (t.name === 'usize')
    return g.weighted([
      [2, () => `${v}.iter().filter(|x| **x > ${k(g)}).count()`],
      [1, () => `${v}.iter().position(|x| *x == ${k(g)}).unwrap_or(99)`],
    ])();
  if (t.name === 'i64')
    return g.weighted([
      [2, () => `${v}.iter().map(|x| *x as i64 * ${g.int(1, 5)}).sum::<i64>()`],
      [1, () => `${v}.iter().fold(${g.int(0, 9)}i64, |acc, x| acc - *x as i64)`],
    ])();
  if (t.name === 'i32')
    return g.weighted([
      [1, () => `${v}.iter().copied().max_by_key(|x| x.wrapping_abs()).unwrap_or(0)`],
      [1, () => `*${v}.iter().min_by_key(|x| (*x % 7, *x)).unwrap_or(&-1)`],
    ])();
  return null;
}

function boolExpr(g) {
  const vs = vecs(g);
  if (!vs.length) return null;
  const v = g.pick(vs).name;
  return g.chance(0.5) ? `${v}.iter().any(|x| *x == ${k(g)})` : `${v}.iter().all(|x| *x < ${k(g)})`;
}

function statement(g) {
  const vs = vecs(g);
  const ss = g.vars((t) => t.k === 'string');
  if (!vs.length && !ss.length) return false;
  return g.weighted([
    [vs.length ? 2 : 0, () => {
      const v = g.pick(vs).name;
      g.block(`for (i, x) in ${v}.iter().enumerate().skip(${g.int(0, 2)})`, () => g.line('println!("{} {}", i, x);'), { loop: true });
      return true;
    }],
    [vs.length ? 1 : 0, () => {
      const v = g.pick(vs).name;
      g.line(`println!("{:?}", ${v}.iter().find(|x| **x > ${k(g)}).copied());`);
      return true;
    }],
    [vs.length ? 1 : 0, () => {  // a String collected from chars: its growth is the chars' sizes
      const v = g.pick(vs).name;
      const r = g.fresh('s');
      g.line(`let ${r}: String = ${v}.iter().map(|x| if *x > ${k(g)} { 'p' } else { 'é' }).collect();`);
      g.line(`println!("{} {} {}", ${r}, ${r}.len(), ${r}.capacity());`);
      g.declare(r, T.STRING);
      return true;
    }],
    [ss.length ? 1 : 0, () => {  // pieces of a String collected: not TrustedLen, so std guesses and grows
      const s = g.pick(ss).name;
      const r = g.fresh('v');
      g.line(g.pick([`let ${r}: Vec<usize> = ${s}.split_whitespace().map(|w| w.len()).collect();`,
                     `let ${r}: Vec<usize> = ${s}.char_indices().filter(|(_, c)| c.is_alphabetic()).map(|(i, _)| i).collect();`]));
      g.line(`println!("{:?} {} {}", ${r}, ${r}.len(), ${r}.capacity());`);
      g.declare(r, T.vec(USIZE));
      return true;
    }],
    [vs.length ? 1 : 0, () => {
      const v = g.pick(vs).name;
      g.line(`println!("{:?} {}", ${v}.iter().map(|x| x.to_string()).collect::<Vec<String>>().join("-"), ${v}.iter().take_while(|x| **x > ${k(g)}).count());`);
      return true;
    }],
    [ss.length ? 1 : 0, () => {
      const s = g.pick(ss).name;
      const r = g.fresh('s');
      g.line(`let ${r}: String = ${s}.chars().rev().filter(|c| !c.is_whitespace()).collect();`);
      g.line(`println!("{} {} {}", ${r}, ${r}.len(), ${r}.capacity());`);
      g.declare(r, T.STRING);
      return true;
    }],
  ])();
}

export default {
  name: 'iterators',
  setup: (g) => { if (g.ownRandom('iterators')() < 0.35) g.state.iterators = true; },
  active: (g) => g.state.iterators === true,
  exprs: {
    vec: [{ weight: 2, depth: 1, gen: (g, t, d) => (T.same(t, VEC) ? vecExpr(g, d) : null) }],
    int: [{ weight: 1, gen: (g, t, d) => intExpr(g, t, d) }],
    bool: [{ weight: 1, gen: (g) => boolExpr(g) }],
  },
  statements: [{ weight: 2, gen: statement }],
};
