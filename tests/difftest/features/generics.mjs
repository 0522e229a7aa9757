// Generics the way a learner's program grows them: a trait `Score` with a
// required method and provided ones, implemented for i32 and String (one
// overriding a provided method) and by generic impls for `Vec<T>`,
// `Option<T>`, pairs `(A, B)` and the program's own `Stack<T>`, so a call
// goes through several impls; a generic struct `Stack<T>` with an impl
// bounded `T: Clone + Debug` (push, pop, peek, map into another `Stack<U>`)
// and a trait with an associated type (`Keeper`) implemented for it; a
// `Display` impl for a generic `Wrap<T: Display>`; generic functions with
// bounds inline and in `where` clauses (`best`, `joined`, `pair_text`),
// `impl Trait` arguments and results (`total(&impl Score, &impl Score)`,
// `-> impl Score + Debug`). On in about a third of the programs, decided by an
// RNG of its own.
import * as T from '../types.mjs';

const I32 = T.int('i32'), I64 = T.int('i64'), USIZE = T.int('usize'), U8 = T.int('u8');

const ITEMS = [
  'trait Score {', '    fn score(&self) -> i64;', '    fn bonus(&self) -> i64 {', '        self.score() / 2', '    }',
  '    fn tag(&self) -> String {', '        format!("score {}", self.score())', '    }', '}', '',
  'impl Score for i32 {', '    fn score(&self) -> i64 {', '        *self as i64', '    }', '}', '',
  'impl Score for String {', '    fn score(&self) -> i64 {', '        self.chars().count() as i64', '    }',
  '    fn tag(&self) -> String {', '        format!("text {:?}", self)', '    }', '}', '',
  'impl<T: Score> Score for Vec<T> {', '    fn score(&self) -> i64 {', '        self.iter().map(|x| x.score()).fold(0i64, |a, b| a.wrapping_add(b))', '    }', '}', '',
  'impl<T: Score> Score for Option<T> {', '    fn score(&self) -> i64 {', '        match self {', '            Some(x) => x.score().wrapping_add(1),',
  '            None => -1,', '        }', '    }', '}', '',
  'impl<A: Score, B: Score> Score for (A, B) {', '    fn score(&self) -> i64 {', '        self.0.score().wrapping_mul(10).wrapping_add(self.1.score())', '    }',
  '    fn bonus(&self) -> i64 {', '        self.0.bonus().max(self.1.bonus())', '    }', '}', '',
  '#[derive(Debug, Clone, PartialEq)]', 'struct Stack<T> {', '    items: Vec<T>,', '}', '',
  'impl<T: Clone + std::fmt::Debug> Stack<T> {', '    fn new() -> Self {', '        Stack { items: Vec::new() }', '    }',
  '    fn with(items: &[T]) -> Self {', '        Stack { items: items.to_vec() }', '    }',
  '    fn push(&mut self, x: T) {', '        self.items.push(x);', '    }', '    fn pop(&mut self) -> Option<T> {', '        self.items.pop()', '    }',
  '    fn peek(&self) -> Option<&T> {', '        self.items.last()', '    }', '    fn len(&self) -> usize {', '        self.items.len()', '    }',
  '    fn map<U, F: Fn(&T) -> U>(&self, f: F) -> Stack<U> {', '        Stack { items: self.items.iter().map(f).collect() }', '    }', '}', '',
  'impl<T: Score> Score for Stack<T> {', '    fn score(&self) -> i64 {', '        self.items.score()', '    }', '}', '',
  'trait Keeper {', '    type Item;', '    fn first(&self) -> Option<&Self::Item>;', '    fn count(&self) -> usize;', '}', '',
  'impl<T> Keeper for Stack<T> {', '    type Item = T;', '    fn first(&self) -> Option<&T> {', '        self.items.first()', '    }',
  '    fn count(&self) -> usize {', '        self.items.len()', '    }', '}', '',
  'fn first_of<H: Keeper>(h: &H) -> Option<&H::Item> {', '    h.first()', '}', '',
  'struct Wrap<T> {', '    inner: T,', '}', '',
  'impl<T: std::fmt::Display> std::fmt::Display for Wrap<T> {', '    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {',
  '        write!(f, "[{}]", self.inner)', '    }', '}', '',
  'fn best<T: Score + Clone>(xs: &[T]) -> Option<T> {', '    let mut top: Option<&T> = None;', '    for x in xs {',
  '        if top.map_or(true, |t| x.score() > t.score()) {', '            top = Some(x);', '        }', '    }', '    top.cloned()', '}', '',
  'fn joined<T>(xs: &[T], sep: &str) -> String', 'where', '    T: std::fmt::Display,', '{',
  '    xs.iter().map(|x| x.to_string()).collect::<Vec<String>>().join(sep)', '}', '',
  'fn pair_text<A: std::fmt::Display + Clone, B: std::fmt::Debug>(a: &A, b: B) -> String {', '    let c = a.clone();', '    format!("{}/{:?}/{}", a, b, c)', '}', '',
  'fn total(a: &impl Score, b: &impl Score) -> i64 {', '    a.score().wrapping_add(b.bonus())', '}', '',
  'fn scored(n: i32) -> impl Score + std::fmt::Debug {', '    vec![n, n.wrapping_mul(2)]', '}', '',
];

const stacks = new Map();
function stackOf(el) {
  const key = T.name(el);
  if (!stacks.has(key))
    stacks.set(key, { k: 'custom', name: `Stack<${key}>`, el, copy: false, clone: true, prefix: 'sk', fallback: () => 'Stack::new()' });
  return stacks.get(key);
}
const STACK_ELS = [I32, T.STRING, U8];
const isStack = (t) => t.k === 'custom' && t.name.startsWith('Stack<');
const scoreable = (t) => (t.k === 'int' && t.name === 'i32') || t.k === 'string' || (t.k === 'vec' && scoreable(t.el)) ||
  (t.k === 'option' && scoreable(t.inner)) || (isStack(t) && scoreable(t.el));

function declare(g) {
  if (g.ownRandom('generics')() >= 0.35) return;
  g.state.generics = true;
  g.items.push(...ITEMS);
}

function stackExpr(g, t, d) {
  return g.weighted([
    [1, () => 'Stack::new()'],
    [2, () => `Stack::with(&[${Array.from({ length: g.int(0, 3) }, () => g.expr(t.el, d)).join(', ')}])`],
    [1, () => `Stack { items: ${g.expr(T.vec(t.el), d)} }`],
    [t.el === T.STRING ? 1 : 0, () => {
      const vs = g.vars((x) => x === stackOf(I32));
      return vs.length ? `${g.pick(vs).name}.map(|x| format!("#{}", x))` : null;
    }],
    [t.el === I32 ? 1 : 0, () => {
      const vs = g.vars((x) => x === stackOf(T.STRING));
      return vs.length ? `${g.pick(vs).name}.map(|s| s.len() as i32)` : null;
    }],
  ])();
}

const scored = (g) => g.vars((t) => scoreable(t));

function intExpr(g, t, d) {
  if (t !== I64 && t !== USIZE && t !== I32) return null;
  const ss = scored(g), sk = g.vars(isStack);
  return g.weighted([
    [t === I64 && ss.length ? 3 : 0, () => `${g.pick(ss).name}.${g.pick(['score', 'score', 'bonus'])}()`],
    [t === I64 && ss.length ? 1 : 0, () => `total(&${g.pick(ss).name}, &${g.pick(ss).name})`],
    [t === I64 ? 1 : 0, () => `(${g.expr(I32, d)} as i32, ${g.expr(T.STRING, d)}).score()`],
    [t === I64 ? 1 : 0, () => `scored(${g.expr(I32, d)}).bonus()`],
    [t === USIZE && sk.length ? 2 : 0, () => { const s = g.pick(sk).name; return g.pick([`${s}.len()`, `${s}.count()`]); }],
    [t === I32 ? 1 : 0, () => {
      const vs = g.vars((x) => x.k === 'vec' && x.el === I32);
      return vs.length ? `best(&${g.pick(vs).name}).unwrap_or(0)` : null;
    }],
    [1, () => null],
  ])();
}

function stringExpr(g, t, d) {
  const ss = scored(g);
  return g.weighted([
    [ss.length ? 2 : 0, () => `${g.pick(ss).name}.tag()`],
    [1, () => `Wrap { inner: ${g.expr(g.pick([I32, T.CHAR, T.STRING]), d)} }.to_string()`],
    [1, () => `pair_text(&${g.expr(g.pick([I32, T.STRING]), d)}, ${g.expr(g.pick([U8, T.BOOL, T.STRING]), d)})`],
    [1, () => {
      const vs = g.vars((x) => x.k === 'vec' && (x.el.k === 'int' || x.el.k === 'string' || x.el.k === 'char'));
      return vs.length ? `joined(&${g.pick(vs).name}, ${T.strLit(g.pick([',', ' ', '', '->']))})` : null;
    }],
    [2, () => null],
  ])();
}

function statement(g) {
  const sk = g.vars(isStack), mut = sk.filter((v) => v.mut), ss = scored(g);
  return g.weighted([
    [mut.length ? 3 : 0, () => {
      const v = g.pick(mut);
      g.locking([v.name], () => g.line(g.weighted([
        [3, () => `${v.name}.push(${g.expr(v.type.el, 1)});`],
        [2, () => `println!("{:?} {}", ${v.name}.pop(), ${v.name}.len());`],
        [1, () => `if let Some(top) = ${v.name}.pop() { ${v.name}.push(top.clone()); ${v.name}.push(top); }`],
      ])()));
    }],
    [sk.length ? 2 : 0, () => {
      const s = g.pick(sk).name;
      g.line(`println!("{:?} peek {:?} first {:?} {}", ${s}, ${s}.peek(), first_of(&${s}), ${s}.items.capacity());`);
    }],
    [ss.length ? 2 : 0, () => {
      const s = g.pick(ss).name;
      g.line(`println!("{} {} {:?}", ${s}.score(), ${s}.bonus(), ${s}.tag());`);
    }],
    [1, () => {
      const t = g.pick([I32, T.STRING]);
      const xs = Array.from({ length: g.int(1, 4) }, () => g.expr(t, 1));
      g.line(`println!("{:?}", best(&[${xs.join(', ')}]));`);
    }],
    [1, () => {
      const x = g.fresh('sc');
      g.line(`let ${x} = scored(${g.expr(I32, 1)});`);
      g.line(`println!("{:?} {} {}", ${x}, ${x}.score(), std::mem::size_of_val(&${x}));`);
    }],
    [1, () => {
      g.line(`println!("{} {} {}", Wrap { inner: Wrap { inner: ${g.expr(I32, 1)} } }, joined(&[${g.expr(T.STR, 1)}, ${g.expr(T.STR, 1)}], "+"), ` +
             `std::mem::size_of::<Stack<${g.pick(['u8', 'String', 'i32'])}>>());`);
    }],
  ])() !== false;
}

export default {
  name: 'generics',
  setup: declare,
  active: (g) => g.state.generics === true,
  types: [{ weight: 3, make: (g) => stackOf(g.pick(STACK_ELS)) }],
  exprs: {
    custom: [{ weight: 2, depth: 1, gen: (g, t, d) => (isStack(t) ? stackExpr(g, t, d) : null) }],
    int: [{ weight: 1, depth: 1, gen: intExpr }],
    string: [{ weight: 1, depth: 1, gen: stringExpr }],
  },
  statements: [{ weight: 3, gen: statement }],
};
