// std's other collections: HashMap<i32, i32> and HashSet<i32> (new,
// with_capacity, from an array, collected from a Vec; insert, remove, get,
// get_mut, entry with or_insert and and_modify, iter_mut, clear; len,
// capacity, contains), BTreeMap<i32, String> and BTreeSet<u8> (from, insert,
// remove, entry, get_mut, first/last, pop_first/pop_last) and VecDeque<i32>
// (push and pop at both ends, front, back, get, indexing), with lengths and
// capacities printed. A hash map's order is its RandomState's, different in
// every run of rustc's binary: its keys and values are Copy (so dropping it
// frees nothing in that order), it is printed through a sorted Vec, and only
// order-free questions are asked of it (lookups, counts, wrapping sums). On in
// about a third of the programs, decided by an RNG of its own.
import * as T from '../types.mjs';

const I32 = T.int('i32'), I64 = T.int('i64'), U8 = T.int('u8'), USIZE = T.int('usize');
const HMAP = { k: 'custom', name: 'HashMap<i32, i32>', copy: false, clone: true, prefix: 'hm', debug: false, fallback: () => 'HashMap::new()',
               show: (n) => `println!("${n} = {:?} len {} cap {}", sorted_pairs(&${n}), ${n}.len(), ${n}.capacity());` };
const HSET = { k: 'custom', name: 'HashSet<i32>', copy: false, clone: true, prefix: 'hs', debug: false, fallback: () => 'HashSet::new()',
               show: (n) => `println!("${n} = {:?} len {} cap {}", sorted_set(&${n}), ${n}.len(), ${n}.capacity());` };
const BMAP = { k: 'custom', name: 'BTreeMap<i32, String>', copy: false, clone: true, prefix: 'bm', fallback: () => 'BTreeMap::new()',
               show: (n) => `println!("${n} = {:?} len {}", ${n}, ${n}.len());` };
const BSET = { k: 'custom', name: 'BTreeSet<u8>', copy: false, clone: true, prefix: 'bs', fallback: () => 'BTreeSet::new()',
               show: (n) => `println!("${n} = {:?} len {}", ${n}, ${n}.len());` };
const DEQ = { k: 'custom', name: 'VecDeque<i32>', copy: false, clone: true, prefix: 'dq', fallback: () => 'VecDeque::new()',
              show: (n) => `println!("${n} = {:?} len {} cap {}", ${n}, ${n}.len(), ${n}.capacity());` };
const ALL = [HMAP, HSET, BMAP, BSET, DEQ];

function declare(g) {
  if (g.ownRandom('collections')() >= 0.35) return;
  g.state.collections = true;
  g.items.unshift('use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};', '');
  g.items.push('fn sorted_pairs(m: &HashMap<i32, i32>) -> Vec<(i32, i32)> {',
    '    let mut v: Vec<(i32, i32)> = m.iter().map(|(k, x)| (*k, *x)).collect();', '    v.sort();', '    v', '}', '',
    'fn sorted_set(s: &HashSet<i32>) -> Vec<i32> {', '    let mut v: Vec<i32> = s.iter().copied().collect();', '    v.sort();', '    v', '}', '');
}

const key = (g) => `${g.int(-3, 12)}`;
const smallU8 = (g) => `${g.int(0, 30)}`;
const vecI32 = (g) => g.vars((t) => t.k === 'vec' && t.el.name === 'i32');
const pairs = (g, n, value) => Array.from({ length: n }, () => `(${key(g)}, ${value()})`).join(', ');

function make(g, t, d) {
  const vs = vecI32(g);
  const v = vs.length ? g.pick(vs).name : null;
  if (t === HMAP) return g.weighted([
    [2, () => 'HashMap::new()'], [1, () => `HashMap::with_capacity(${g.int(0, 20)})`],
    [2, () => `HashMap::from([${pairs(g, g.int(1, 5), () => g.expr(I32, d))}])`],
    [v ? 2 : 0, () => `${v}.iter().map(|x| (*x % ${g.int(2, 9)}, *x)).collect::<HashMap<i32, i32>>()`],
  ])();
  if (t === HSET) return g.weighted([
    [2, () => 'HashSet::new()'], [1, () => `HashSet::with_capacity(${g.int(0, 20)})`],
    [2, () => `HashSet::from([${Array.from({ length: g.int(1, 6) }, () => key(g)).join(', ')}])`],
    [v ? 2 : 0, () => `${v}.iter().map(|x| x % ${g.int(2, 9)}).collect::<HashSet<i32>>()`],
  ])();
  if (t === BMAP) return g.weighted([
    [2, () => 'BTreeMap::new()'],
    [2, () => `BTreeMap::from([${pairs(g, g.int(1, 5), () => g.expr(T.STRING, d))}])`],
  ])();
  if (t === BSET) return g.weighted([
    [2, () => 'BTreeSet::new()'],
    [2, () => `BTreeSet::from([${Array.from({ length: g.int(1, 6) }, () => `${smallU8(g)}u8`).join(', ')}])`],
  ])();
  if (t === DEQ) return g.weighted([[2, () => 'VecDeque::new()'], [1, () => `VecDeque::with_capacity(${g.int(0, 9)})`]])();
  return null;
}

// A change to a mutable collection, on one line.
function change(g, v) {
  const n = v.name, t = v.type;
  if (t === HMAP) return g.weighted([
    [3, () => `println!("{:?}", ${n}.insert(${key(g)}, ${g.expr(I32, 1)}));`],
    [2, () => `{ let e = ${n}.entry(${key(g)}).or_insert(${g.int(0, 9)}); *e = e.wrapping_add(${g.expr(I32, 1)}); }`],
    [1, () => `${n}.entry(${key(g)}).and_modify(|x| *x = x.wrapping_sub(1)).or_insert(${g.int(0, 9)});`],
    [2, () => `println!("{:?}", ${n}.remove(&${key(g)}));`],
    [1, () => `if let Some(x) = ${n}.get_mut(&${key(g)}) { *x = x.wrapping_mul(2); }`],
    [1, () => `for (k, x) in ${n}.iter_mut() { *x = x.wrapping_add(*k); }`],
    [1, () => `${n}.clear();`],
  ])();
  if (t === HSET) return g.weighted([
    [3, () => `println!("{}", ${n}.insert(${key(g)}));`],
    [2, () => `println!("{}", ${n}.remove(&${key(g)}));`],
    [1, () => `${n}.clear();`],
  ])();
  if (t === BMAP) return g.weighted([
    [3, () => `println!("{:?}", ${n}.insert(${key(g)}, ${g.expr(T.STRING, 1)}));`],
    [2, () => `println!("{:?}", ${n}.remove(&${key(g)}));`],
    [1, () => `${n}.entry(${key(g)}).or_insert_with(|| String::from(${T.strLit(T.word(g))})).push('+');`],
    [1, () => `if let Some(s) = ${n}.get_mut(&${key(g)}) { s.push_str(${T.strLit(T.word(g))}); }`],
    [1, () => `println!("{:?}", ${n}.${g.pick(['pop_first', 'pop_last'])}());`],
  ])();
  if (t === BSET) return g.weighted([
    [3, () => `println!("{}", ${n}.insert(${smallU8(g)}));`],
    [1, () => `println!("{}", ${n}.remove(&${smallU8(g)}));`],
    [1, () => `println!("{:?}", ${n}.${g.pick(['pop_first', 'pop_last'])}());`],
  ])();
  return g.weighted([
    [3, () => `${n}.${g.pick(['push_back', 'push_front'])}(${g.expr(I32, 1)});`],
    [2, () => `println!("{:?}", ${n}.${g.pick(['pop_front', 'pop_back'])}());`],
    [1, () => `if !${n}.is_empty() { ${n}[0] = ${g.expr(I32, 1)}; }`],
    [1, () => `if let Some(x) = ${n}.back_mut() { *x = x.wrapping_neg(); }`],
    [1, () => `${n}.clear();`],
  ])();
}

// A look at any collection that does not depend on a hash map's order.
function look(g, v) {
  const n = v.name, t = v.type;
  if (t === HMAP) return g.weighted([
    [2, () => `println!("{:?} {} {}", ${n}.get(&${key(g)}), ${n}.contains_key(&${key(g)}), ${n}.len());`],
    [1, () => `println!("{:?}", sorted_pairs(&${n}));`],
    [1, () => `{ let mut ks: Vec<&i32> = ${n}.keys().collect(); ks.sort(); println!("{:?} {}", ks, ks.capacity()); }`],
    [1, () => `{ let mut acc: i32 = 0; for (k, x) in &${n} { acc = acc.wrapping_add(k.wrapping_mul(*x)); } println!("acc {}", acc); }`],
  ])();
  if (t === HSET) return g.weighted([
    [2, () => `println!("{} {} {}", ${n}.contains(&${key(g)}), ${n}.len(), ${n}.is_empty());`],
    [1, () => `println!("{:?}", sorted_set(&${n}));`],
  ])();
  if (t === BMAP) return g.weighted([
    [2, () => `println!("{:?} {:?} {:?}", ${n}.get(&${key(g)}), ${n}.first_key_value(), ${n}.last_key_value());`],
    [1, () => `println!("{:?} {}", ${n}.keys().collect::<Vec<&i32>>(), ${n}.values().map(|s| s.len()).sum::<usize>());`],
    [1, () => `for (k, s) in &${n} { println!("{} {}", k, s); }`],
  ])();
  if (t === BSET) return `println!("{:?} {:?} {} {:?}", ${n}.first(), ${n}.last(), ${n}.contains(&${smallU8(g)}), ${n}.iter().copied().collect::<Vec<u8>>());`;
  return g.weighted([
    [2, () => `println!("{:?} {:?} {:?} {}", ${n}.front(), ${n}.back(), ${n}.get(${g.int(0, 3)}), ${n}.contains(&${key(g)}));`],
    [1, () => `println!("{:?}", ${n}.iter().map(|x| *x as i64).collect::<Vec<i64>>());`],
  ])();
}

function statement(g) {
  const vs = g.vars((t) => ALL.includes(t));
  if (!vs.length) return false;
  const mut = vs.filter((v) => v.mut);
  if (mut.length && g.chance(0.6)) {
    const v = g.pick(mut);
    g.locking([v.name], () => g.line(change(g, v)));
  } else g.line(look(g, g.pick(vs)));
  return true;
}

function intExpr(g, t) {
  const vs = g.vars((x) => ALL.includes(x));
  if (!vs.length) return null;
  const v = g.pick(vs);
  if (t === USIZE) return v.type === BMAP || v.type === BSET || g.chance(0.5) ? `${v.name}.len()` : `${v.name}.capacity()`;
  if (t === I32 && v.type === HMAP) return `${v.name}.get(&${key(g)}).copied().unwrap_or(-1)`;
  if (t === I64 && v.type === HMAP) return `${v.name}.values().map(|x| *x as i64).sum::<i64>()`;
  return null;
}

function boolExpr(g) {
  const vs = g.vars((x) => x === HMAP || x === HSET || x === BSET);
  if (!vs.length) return null;
  const v = g.pick(vs);
  if (v.type === HMAP) return `${v.name}.contains_key(&${key(g)})`;
  return `${v.name}.contains(&${v.type === BSET ? smallU8(g) : key(g)})`;
}

export default {
  name: 'collections',
  setup: declare,
  active: (g) => g.state.collections === true,
  types: ALL.map((t) => ({ weight: 2, make: () => t })),
  exprs: {
    custom: [{ weight: 2, depth: 1, gen: (g, t, d) => (ALL.includes(t) ? make(g, t, d) : null) }],
    int: [{ weight: 1, gen: intExpr }],
    bool: [{ weight: 1, gen: boolExpr }],
  },
  statements: [{ weight: 4, gen: statement }],
};
