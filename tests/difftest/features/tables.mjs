// Collections the way a learner's program fills them from text: a word
// count `BTreeMap<String, usize>` through the entry API (`or_insert`,
// `or_default`, `and_modify`), an index `BTreeMap<char, Vec<usize>>` (values
// grown in place through `or_insert_with(Vec::new)`), a `BTreeSet<String>`
// with set operations, a `VecDeque<String>` as a queue that rotates, a
// `BinaryHeap<i32>`, and a `HashMap<char, i32>` of letter counts. A hash
// map's order is its RandomState's, different in every run of rustc's
// binary: its keys and values are Copy (dropping it frees nothing in that
// order), it is printed sorted and asked only order-free questions. The
// other collections' order is std's own, so they are printed as they are,
// and their String payloads are freed in an order the allocation log pins.
// Types are written by their full paths, so no `use` can clash with another
// feature's. On in about a third of the programs, decided by an RNG of its
// own.
import * as T from '../types.mjs';

const C = 'std::collections::';
const custom = (name, prefix, fallback, show) => ({ k: 'custom', name, copy: false, clone: true, prefix, fallback: () => fallback, show });
const COUNTS = custom(`${C}BTreeMap<String, usize>`, 'wc', `${C}BTreeMap::new()`, (n) => `println!("${n} = {:?} len {}", ${n}, ${n}.len());`);
const INDEX = custom(`${C}BTreeMap<char, Vec<usize>>`, 'ix', `${C}BTreeMap::new()`, (n) => `println!("${n} = {:?}", ${n});`);
const WORDS = custom(`${C}BTreeSet<String>`, 'ws', `${C}BTreeSet::new()`, (n) => `println!("${n} = {:?} len {}", ${n}, ${n}.len());`);
const QUEUE = custom(`${C}VecDeque<String>`, 'qd', `${C}VecDeque::new()`,
                     (n) => `println!("${n} = {:?} len {} cap {}", ${n}, ${n}.len(), ${n}.capacity());`);
const HEAP = custom(`${C}BinaryHeap<i32>`, 'hp', `${C}BinaryHeap::new()`,
                    (n) => `println!("${n} = {:?} len {} cap {}", ${n}, ${n}.len(), ${n}.capacity());`);
const LETTERS = { ...custom(`${C}HashMap<char, i32>`, 'lc', `${C}HashMap::new()`,
                            (n) => `println!("${n} = {:?} len {}", sorted_letters(&${n}), ${n}.len());`), debug: false };
const ALL = [COUNTS, INDEX, WORDS, QUEUE, HEAP, LETTERS];

const SENTENCES = ['the cat and the hat', 'a b a c b a', 'Stack heap stack HEAP', 'one', '', 'to be or not to be',
                   'ß straße Straße', 'rust is fun and rust is fast', '  spaced   out  ', 'x-y x_y x y'];

function declare(g) {
  if (g.ownRandom('tables')() >= 0.35) return;
  g.state.tables = true;
  g.items.push(`fn sorted_letters(m: &${C}HashMap<char, i32>) -> Vec<(char, i32)> {`,
    '    let mut v: Vec<(char, i32)> = m.iter().map(|(c, n)| (*c, *n)).collect();', '    v.sort();', '    v', '}', '',
    `fn count_words(text: &str) -> ${C}BTreeMap<String, usize> {`, `    let mut counts = ${C}BTreeMap::new();`,
    '    for w in text.split_whitespace() {', '        *counts.entry(w.to_lowercase()).or_insert(0) += 1;', '    }', '    counts', '}', '');
}

// Text to read words or chars from: a String or &str variable, or a sentence.
function text(g) {
  const vs = g.vars((t) => t.k === 'string' || t.k === 'str');
  if (vs.length && g.chance(0.4)) {
    const v = g.pick(vs);
    return v.type.k === 'string' ? `${v.name}.as_str()` : v.name;
  }
  return T.strLit(g.pick(SENTENCES));
}
const word = (g) => T.strLit(g.pick(['the', 'a', 'rust', 'stack', 'heap', 'be', 'x', 'straße', '']));
const small = (g) => `${g.int(0, 6)}`;

function make(g, t, d) {
  if (t === COUNTS) return g.weighted([[1, () => `${C}BTreeMap::new()`], [3, () => `count_words(${text(g)})`]])();
  if (t === INDEX) return g.weighted([[1, () => `${C}BTreeMap::new()`],
    [2, () => `${text(g)}.chars().enumerate().fold(${C}BTreeMap::new(), |mut m, (i, c)| { m.entry(c).or_insert_with(Vec::new).push(i); m })`]])();
  if (t === WORDS) return g.weighted([[1, () => `${C}BTreeSet::new()`],
    [3, () => `${text(g)}.split_whitespace().map(|w| w.to_string()).collect()`],
    [1, () => `${C}BTreeSet::from([${g.expr(T.STRING, d)}, ${g.expr(T.STRING, d)}])`]])();
  if (t === QUEUE) return g.weighted([[1, () => `${C}VecDeque::new()`],
    [2, () => `${text(g)}.split(' ').map(String::from).collect()`],
    [1, () => `${C}VecDeque::from(vec![${g.expr(T.STRING, d)}, ${g.expr(T.STRING, d)}])`]])();
  if (t === HEAP) return g.weighted([[1, () => `${C}BinaryHeap::new()`],
    [2, () => `${C}BinaryHeap::from(vec![${Array.from({ length: g.int(1, 6) }, () => `${g.int(-9, 30)}`).join(', ')}])`],
    [1, () => { const vs = g.vars((x) => x.k === 'vec' && x.el.name === 'i32'); return vs.length ? `${g.pick(vs).name}.iter().copied().collect()` : null; }]])();
  if (t === LETTERS) return g.weighted([[1, () => `${C}HashMap::new()`],
    [2, () => `${text(g)}.chars().fold(${C}HashMap::new(), |mut m, c| { *m.entry(c).or_insert(0) += 1; m })`]])();
  return null;
}

// A change to a mutable collection, on one line or a small loop.
function change(g, v) {
  const n = v.name, t = v.type;
  if (t === COUNTS) return g.weighted([
    [3, () => `for w in ${text(g)}.split_whitespace() { *${n}.entry(w.to_string()).or_default() += 1; }`],
    [1, () => `${n}.entry(String::from(${word(g)})).and_modify(|c| *c += 10).or_insert(1);`],
    [1, () => `println!("{:?}", ${n}.remove(${word(g)}));`],
    [1, () => `${n}.retain(|w, c| *c > 1 || w.len() > ${small(g)});`],
    [1, () => `if let Some(c) = ${n}.get_mut(${word(g)}) { *c *= 2; }`],
  ])();
  if (t === INDEX) return g.weighted([
    [2, () => `${n}.entry(${T.charLit(T.charValue(g))}).or_default().push(${g.int(0, 99)});`],
    [1, () => `for (i, c) in ${text(g)}.char_indices() { ${n}.entry(c).or_insert_with(Vec::new).push(i); }`],
    [1, () => `if let Some(v) = ${n}.get_mut(&${T.charLit(T.charValue(g))}) { v.clear(); }`],
  ])();
  if (t === WORDS) return g.weighted([
    [2, () => `println!("{}", ${n}.insert(${g.expr(T.STRING, 1)}));`],
    [1, () => `println!("{}", ${n}.remove(${word(g)}));`],
    [1, () => `println!("{:?}", ${n}.pop_first());`],
  ])();
  if (t === QUEUE) return g.weighted([
    [2, () => `${n}.${g.pick(['push_back', 'push_front'])}(${g.expr(T.STRING, 1)});`],
    [2, () => `println!("{:?}", ${n}.${g.pick(['pop_front', 'pop_back'])}());`],
    [1, () => `if !${n}.is_empty() { let k = ${g.int(0, 5)} % ${n}.len(); ${n}.rotate_left(k); }`],
    [1, () => `if let Some(front) = ${n}.pop_front() { ${n}.push_back(front); }`],
    [1, () => `${n}.make_contiguous().sort();`],
  ])();
  if (t === HEAP) return g.weighted([
    [3, () => `${n}.push(${g.expr(T.int('i32'), 1)});`],
    [2, () => `println!("{:?} {:?}", ${n}.pop(), ${n}.peek());`],
  ])();
  return g.weighted([
    [2, () => `for c in ${text(g)}.chars() { *${n}.entry(c).or_insert(0) += 1; }`],
    [1, () => `println!("{:?}", ${n}.remove(&${T.charLit(T.charValue(g))}));`],
    [1, () => `${n}.retain(|_, k| *k > 1);`],
  ])();
}

// A look that does not depend on a hash map's order.
function look(g, v) {
  const n = v.name, t = v.type;
  if (t === COUNTS) return g.weighted([
    [2, () => `println!("{:?} {:?} {}", ${n}.get(${word(g)}), ${n}.iter().max_by_key(|(_, c)| **c), ${n}.values().sum::<usize>());`],
    [1, () => `println!("{}", ${n}.keys().cloned().collect::<Vec<String>>().join("-"));`],
    [1, () => `for (w, c) in &${n} { println!("{:>8} {}", w, "*".repeat(*c)); }`],
  ])();
  if (t === INDEX) return g.weighted([
    [2, () => `println!("{:?} {:?}", ${n}.get(&${T.charLit(T.charValue(g))}), ${n}.iter().map(|(c, v)| (*c, v.len())).collect::<Vec<(char, usize)>>());`],
    [1, () => `println!("{:?}", ${n}.values().map(|v| v.iter().sum::<usize>()).collect::<Vec<usize>>());`],
  ])();
  if (t === WORDS) return g.weighted([
    [2, () => `{ let other: ${C}BTreeSet<String> = ${text(g)}.split_whitespace().map(|w| w.to_string()).collect(); ` +
              `println!("{:?} {:?} {}", ${n}.intersection(&other).collect::<Vec<&String>>(), ${n}.difference(&other).cloned().collect::<Vec<String>>(), ${n}.union(&other).count()); }`],
    [1, () => `println!("{} {:?} {:?}", ${n}.contains(${word(g)}), ${n}.first(), ${n}.last());`],
  ])();
  if (t === QUEUE) return g.weighted([
    [2, () => `println!("{:?} {:?} {:?}", ${n}.front(), ${n}.back(), ${n}.iter().rev().map(|s| s.len()).collect::<Vec<usize>>());`],
    [1, () => `println!("{:?}", ${n}.iter().cloned().collect::<Vec<String>>().concat());`],
  ])();
  if (t === HEAP) return g.weighted([
    [2, () => `println!("{:?} {:?}", ${n}.peek(), ${n}.clone().into_sorted_vec());`],
    [1, () => `println!("{:?}", ${n}.iter().copied().max());`],
  ])();
  return g.weighted([
    [2, () => `println!("{:?} {} {}", ${n}.get(&${T.charLit(T.charValue(g))}), ${n}.contains_key(&' '), ${n}.values().sum::<i32>());`],
    [1, () => `println!("{:?}", sorted_letters(&${n}).iter().filter(|(_, k)| *k > 1).collect::<Vec<_>>());`],
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
  if (!vs.length || t.name !== 'usize') return null;
  const v = g.pick(vs);
  if (v.type === COUNTS) return g.pick([`${v.name}.len()`, `${v.name}.get(${word(g)}).copied().unwrap_or(0)`]);
  return `${v.name}.len()`;
}

export default {
  name: 'tables',
  setup: declare,
  active: (g) => g.state.tables === true,
  types: ALL.map((t) => ({ weight: 2, make: () => t })),
  exprs: {
    custom: [{ weight: 2, depth: 1, gen: (g, t, d) => (ALL.includes(t) ? make(g, t, d) : null) }],
    int: [{ weight: 1, gen: intExpr }],
  },
  statements: [{ weight: 4, gen: statement }],
};
