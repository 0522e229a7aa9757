// Slices the way a learner's functions take them: `&[i32]` parameters
// matched by slice patterns (`[first, rest @ ..]` recursion, `[.., last]`,
// `[a, b, ..]`), `&mut [i32]` changed in place (`[first, .., last]` swapped
// through `&mut` bindings, `iter_mut`), a `&[T]` returned from a `&[T]`
// (elided lifetime), and a Vec's `split_at`, `split_first`, `split_last`,
// `chunks`, `windows`, `rotate_left`/`rotate_right`, `starts_with`/`ends_with`
// and subslices `&v[a..]`, `&v[..b]` kept in bounds; a String's chars by
// `char_indices`, reversed and grouped. On in about a third of the programs,
// decided by an RNG of its own.
import * as T from '../types.mjs';

const I32 = T.int('i32'), USIZE = T.int('usize');

const ITEMS = [
  'fn slice_sum(xs: &[i32]) -> i32 {', '    match xs {', '        [] => 0,', '        [first, rest @ ..] => first.wrapping_add(slice_sum(rest)),', '    }', '}', '',
  'fn describe_slice(xs: &[i32]) -> String {', '    match xs {', '        [] => String::from("empty"),', '        [one] => format!("one {}", one),',
  '        [a, b] => format!("two {} {}", a, b),', '        [first, .., last] if first == last => format!("same ends {}", first),',
  '        [first, middle @ .., last] => format!("{}..{} around {}", first, last, middle.len()),', '    }', '}', '',
  'fn swap_ends(xs: &mut [i32]) {', '    if let [first, .., last] = xs {', '        std::mem::swap(first, last);', '    }', '}', '',
  'fn bump_all(xs: &mut [i32], by: i32) {', '    for x in xs.iter_mut() {', '        *x = x.wrapping_add(by);', '    }', '}', '',
  'fn middle(xs: &[i32]) -> &[i32] {', '    if xs.len() > 2 { &xs[1..xs.len() - 1] } else { xs }', '}', '',
  'fn largest_pair(xs: &[i32]) -> Option<(i32, i32)> {', '    xs.windows(2).map(|w| (w[0], w[1])).max_by_key(|(a, b)| a.wrapping_add(*b))', '}', '',
];

function declare(g) {
  if (g.ownRandom('slices')() >= 0.35) return;
  g.state.slices = true;
  g.items.push(...ITEMS);
}

const vecs = (g, mut = false) => g.vars((t, v) => t.k === 'vec' && t.el === I32 && (!mut || v.mut));
const small = (g) => `${g.int(0, 5)}`;

function statement(g) {
  const vs = vecs(g), ms = vecs(g, true), ss = g.vars((t) => t.k === 'string' || t.k === 'str');
  if (!vs.length && !ss.length) return false;
  return g.weighted([
    [vs.length ? 3 : 0, () => {
      const v = g.pick(vs).name;
      g.line(g.pick([`println!("{} {:?}", slice_sum(&${v}), describe_slice(&${v}));`,
                     `println!("{:?} {:?}", middle(&${v}), largest_pair(&${v}));`,
                     `println!("{:?} {:?}", ${v}.split_first(), ${v}.split_last());`,
                     `println!("{:?}", describe_slice(&${v}[${v}.len() / 2..]));`]));
    }],
    [vs.length ? 2 : 0, () => {
      const v = g.pick(vs).name;
      const k = small(g);
      g.line(`let (left, right) = ${v}.split_at(${v}.len().min(${k}));`);
      g.line('println!("{:?} {:?} {}", left, right, slice_sum(left).wrapping_sub(slice_sum(right)));');
    }],
    [vs.length ? 2 : 0, () => {
      const v = g.pick(vs).name;
      const n = g.int(1, 4);
      g.line(g.pick([`println!("{:?}", ${v}.chunks(${n}).map(|c| slice_sum(c)).collect::<Vec<i32>>());`,
                     `println!("{:?}", ${v}.windows(${n}).map(describe_slice).collect::<Vec<String>>());`,
                     `println!("{} {}", ${v}.starts_with(&[${g.int(-3, 9)}]), ${v}.ends_with(&${v}[${v}.len().min(${small(g)})..]));`]));
    }],
    [ms.length ? 3 : 0, () => {
      const v = g.pick(ms);
      g.locking([v.name], () => g.line(g.weighted([
        [2, () => `swap_ends(&mut ${v.name});`],
        [1, () => `{ let k = ${v.name}.len().min(1); swap_ends(&mut ${v.name}[k..]); }`],  // IndexMut borrows before the range is computed
        [2, () => `bump_all(&mut ${v.name}, ${g.int(-5, 5)});`],
        [1, () => `if let Some((first, rest)) = ${v.name}.split_first_mut() { *first = slice_sum(rest); }`],
        [2, () => `{ let k = ${v.name}.len().min(${small(g)}); ${v.name}.${g.pick(['rotate_left', 'rotate_right'])}(k); }`],
        [1, () => `if let [a, b, ..] = ${v.name}.as_mut_slice() { *a = a.wrapping_mul(*b); }`],
      ])()));
    }],
    [ss.length ? 2 : 0, () => {
      const s = g.pick(ss).name;
      g.line(g.pick([`println!("{:?}", ${s}.char_indices().filter(|(_, c)| !c.is_ascii()).map(|(i, _)| i).collect::<Vec<usize>>());`,
                     `println!("{}", ${s}.chars().rev().collect::<String>());`,
                     `println!("{:?}", ${s}.chars().collect::<Vec<char>>().chunks(2).map(|p| p.iter().collect::<String>()).collect::<Vec<String>>());`,
                     `println!("{:?}", ${s}.split_whitespace().map(|w| w.len()).collect::<Vec<usize>>());`]));
    }],
  ])() !== false;
}

function intExpr(g, t) {
  const vs = vecs(g);
  if (!vs.length) return null;
  const v = g.pick(vs).name;
  if (t === I32) return g.pick([`slice_sum(&${v})`, `slice_sum(middle(&${v}))`]);
  if (t === USIZE) return `${v}.windows(2).filter(|w| w[0] < w[1]).count()`;
  return null;
}

export default {
  name: 'slices',
  setup: declare,
  active: (g) => g.state.slices === true,
  exprs: { int: [{ weight: 1, gen: intExpr }] },
  statements: [{ weight: 3, gen: statement }],
};
