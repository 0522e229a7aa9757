// The learner's data-carrying enums with behaviour: `Cmd` (unit, tuple and
// struct variants, one holding a String, one a Vec<u8>) with methods in an
// impl block, matched with guards, `@` bindings (`x @ -5..=5`), nested and
// or-patterns; a Box-recursive expression tree `Expr` evaluated, measured,
// printed through its Display impl, simplified by value (boxes moved out
// with `*`) and walked with `while let` over an explicit stack; a cons list
// `List` built by value and walked by reference in a `while let` loop;
// helpers with `let ... else`, `if let ... else if let`, and the sizes of
// the enums and of `Option` around them (niches). Payloads are Strings,
// Vecs and Boxes, so the order in which they are freed shows in the
// allocation log. On in about a third of the programs, decided by an RNG of
// its own.
import * as T from '../types.mjs';

const I32 = T.int('i32'), I64 = T.int('i64'), U8 = T.int('u8'), U32 = T.int('u32'), USIZE = T.int('usize');
const CMD = { k: 'custom', name: 'Cmd', copy: false, clone: true, prefix: 'cm', fallback: () => 'Cmd::Stop' };
const EXPR = { k: 'custom', name: 'Expr', copy: false, clone: true, prefix: 'ex', fallback: (g) => `Expr::Num(${g.int(-9, 99)})`,
               show: (n) => `println!("${n} = {} {:?}", ${n}, ${n});` };
const LIST = { k: 'custom', name: 'List', copy: false, clone: true, prefix: 'ls', fallback: () => 'List::Nil' };

const CMD_ITEMS = [
  '#[derive(Debug, Clone, PartialEq)]', 'enum Cmd {', '    Stop,', '    Move(i32, i32),', '    Say { text: String, loud: bool },',
  '    Bytes(Vec<u8>),', '}', '',
  'impl Cmd {',
  '    fn weight(&self) -> i64 {', '        match self {', '            Cmd::Stop => 0,',
  '            Cmd::Move(x, y) => (*x as i64).abs() + (*y as i64).abs(),',
  '            Cmd::Say { text, loud: true } => text.len() as i64 * 2,', '            Cmd::Say { text, .. } => text.len() as i64,',
  '            Cmd::Bytes(b) => b.iter().map(|x| *x as i64).sum(),', '        }', '    }',
  '    fn is_move(&self) -> bool {', '        matches!(self, Cmd::Move(..))', '    }',
  '    fn describe(&self) -> String {', '        match self {', '            Cmd::Stop | Cmd::Move(0, 0) => String::from("still"),',
  '            Cmd::Move(x @ -5..=5, y) => format!("step {} {}", x, y),', '            Cmd::Move(x, _) => format!("jump {}", x),',
  '            Cmd::Say { text, loud } if *loud => text.to_uppercase(),', '            Cmd::Say { text, .. } => text.clone(),',
  '            Cmd::Bytes(b) => match b.as_slice() {', '                [] => String::from("no bytes"),',
  '                [one] => format!("byte {}", one),', '                [first, .., last] => format!("bytes {}..{} of {}", first, last, b.len()),',
  '            },', '        }', '    }',
  '    fn into_text(self) -> String {', '        match self {', '            Cmd::Say { text, .. } => text,',
  '            Cmd::Bytes(b) => b.iter().map(|x| (b\'a\' + x % 26) as char).collect(),', '            other => format!("{:?}", other),', '        }', '    }',
  '}', '',
  'fn move_sum(c: &Cmd) -> Option<i32> {', '    let Cmd::Move(x, y) = c else {', '        return None;', '    };', '    Some(x.wrapping_add(*y))', '}', '',
];

const EXPR_ITEMS = [
  '#[derive(Debug, Clone)]', 'enum Expr {', '    Num(i64),', '    Neg(Box<Expr>),', '    Add(Box<Expr>, Box<Expr>),', '    Mul(Box<Expr>, Box<Expr>),', '}', '',
  'impl Expr {',
  '    fn eval(&self) -> i64 {', '        match self {', '            Expr::Num(n) => *n,', '            Expr::Neg(e) => e.eval().wrapping_neg(),',
  '            Expr::Add(a, b) => a.eval().wrapping_add(b.eval()),', '            Expr::Mul(a, b) => a.eval().wrapping_mul(b.eval()),', '        }', '    }',
  '    fn depth(&self) -> u32 {', '        match self {', '            Expr::Num(_) => 1,', '            Expr::Neg(e) => 1 + e.depth(),',
  '            Expr::Add(a, b) | Expr::Mul(a, b) => 1 + a.depth().max(b.depth()),', '        }', '    }',
  '    fn simplify(self) -> Expr {', '        match self {', '            Expr::Neg(inner) => match *inner {', '                Expr::Neg(x) => x.simplify(),',
  '                Expr::Num(n) => Expr::Num(n.wrapping_neg()),', '                other => Expr::Neg(Box::new(other.simplify())),', '            },',
  '            Expr::Add(a, b) if matches!(*a, Expr::Num(0)) => b.simplify(),', '            Expr::Mul(a, _) if matches!(*a, Expr::Num(0)) => Expr::Num(0),',
  '            Expr::Add(a, b) => Expr::Add(Box::new(a.simplify()), Box::new(b.simplify())),',
  '            Expr::Mul(a, b) => Expr::Mul(Box::new(a.simplify()), Box::new(b.simplify())),', '            e @ Expr::Num(_) => e,', '        }', '    }',
  '}', '',
  'impl std::fmt::Display for Expr {', '    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {', '        match self {',
  '            Expr::Num(n) if *n < 0 => write!(f, "({})", n),', '            Expr::Num(n) => write!(f, "{}", n),', '            Expr::Neg(e) => write!(f, "-{}", e),',
  '            Expr::Add(a, b) => write!(f, "({} + {})", a, b),', '            Expr::Mul(a, b) => write!(f, "{} * {}", a, b),', '        }', '    }', '}', '',
  'fn count_leaves(e: &Expr) -> usize {', '    let mut stack: Vec<&Expr> = vec![e];', '    let mut n = 0;', '    while let Some(top) = stack.pop() {',
  '        match top {', '            Expr::Num(_) => n += 1,', '            Expr::Neg(x) => stack.push(x),',
  '            Expr::Add(a, b) | Expr::Mul(a, b) => {', '                stack.push(a);', '                stack.push(b);', '            }', '        }', '    }', '    n', '}', '',
];

const LIST_ITEMS = [
  '#[derive(Debug, Clone)]', 'enum List {', '    Cons(i32, Box<List>),', '    Nil,', '}', '',
  'impl List {',
  '    fn push(self, x: i32) -> List {', '        List::Cons(x, Box::new(self))', '    }',
  '    fn sum(&self) -> i32 {', '        let mut cur = self;', '        let mut total: i32 = 0;', '        while let List::Cons(v, next) = cur {',
  '            total = total.wrapping_add(*v);', '            cur = next;', '        }', '        total', '    }',
  '    fn len(&self) -> usize {', '        match self {', '            List::Nil => 0,', '            List::Cons(_, rest) => 1 + rest.len(),', '        }', '    }',
  '    fn head(&self) -> Option<i32> {', '        if let List::Cons(v, _) = self { Some(*v) } else { None }', '    }',
  '}', '',
];

function declare(g) {
  const own = g.ownRandom('enums');
  if (own() >= 0.35) return;
  g.state.enums = true;
  g.items.push(...CMD_ITEMS, ...EXPR_ITEMS, ...LIST_ITEMS);
}

const small = (g) => `${g.int(-9, 30)}`;
const smallI32 = (g) => { const n = g.int(-9, 30); return n < 0 ? `(${n})` : `${n}`; };

function cmdExpr(g, t, d) {
  return g.weighted([
    [1, () => 'Cmd::Stop'],
    [3, () => `Cmd::Move(${g.chance(0.5) ? smallI32(g) : g.expr(I32, d)}, ${g.chance(0.5) ? smallI32(g) : g.expr(I32, d)})`],
    [3, () => `Cmd::Say { text: ${g.expr(T.STRING, d)}, loud: ${g.expr(T.BOOL, d)} }`],
    [2, () => `Cmd::Bytes(${g.expr(T.vec(U8), d)})`],
  ])();
}

// A small tree, written out: leaves, negations, sums and products.
function tree(g, depth) {
  if (depth <= 0 || g.chance(0.3)) return g.chance(0.2) ? `Expr::Num(${g.expr(I64, 1)})` : `Expr::Num(${small(g)})`;
  return g.weighted([
    [1, () => `Expr::Neg(Box::new(${tree(g, depth - 1)}))`],
    [2, () => `Expr::Add(Box::new(${tree(g, depth - 1)}), Box::new(${tree(g, depth - 1)}))`],
    [2, () => `Expr::Mul(Box::new(${tree(g, depth - 1)}), Box::new(${tree(g, depth - 1)}))`],
  ])();
}
function exprExpr(g, t, d) {
  return g.weighted([
    [3, () => tree(g, g.int(1, 3))],
    [1, () => `${g.expr(EXPR, d)}.simplify()`],
    [1, () => `Expr::Add(Box::new(${g.expr(EXPR, d)}), Box::new(Expr::Num(${small(g)})))`],
  ])();
}
function listExpr(g, t, d) {
  return g.weighted([
    [1, () => 'List::Nil'],
    [3, () => Array.from({ length: g.int(1, 4) }, () => small(g)).reduce((acc, x) => `${acc}.push(${x})`, 'List::Nil')],
    [2, () => `${g.expr(LIST, d)}.push(${g.expr(I32, d)})`],
  ])();
}

const ofType = (g, t) => g.vars((x) => x === t);

function intExpr(g, t) {
  const cmds = ofType(g, CMD), exprs = ofType(g, EXPR), lists = ofType(g, LIST);
  return g.weighted([
    [t === I64 && cmds.length ? 2 : 0, () => `${g.pick(cmds).name}.weight()`],
    [t === I64 && exprs.length ? 2 : 0, () => `${g.pick(exprs).name}.eval()`],
    [t === U32 && exprs.length ? 1 : 0, () => `${g.pick(exprs).name}.depth()`],
    [t === USIZE && exprs.length ? 1 : 0, () => `count_leaves(&${g.pick(exprs).name})`],
    [t === USIZE && lists.length ? 1 : 0, () => `${g.pick(lists).name}.len()`],
    [t === I32 && lists.length ? 2 : 0, () => `${g.pick(lists).name}.sum()`],
    [t === I32 && lists.length ? 1 : 0, () => `${g.pick(lists).name}.head().unwrap_or(-1)`],
    [t === I32 && cmds.length ? 1 : 0, () => `move_sum(&${g.pick(cmds).name}).unwrap_or(0)`],
    [1, () => null],
  ])();
}

function stringExpr(g, t, d) {
  const cmds = ofType(g, CMD), exprs = ofType(g, EXPR);
  return g.weighted([
    [cmds.length ? 2 : 0, () => `${g.pick(cmds).name}.describe()`],
    [exprs.length ? 1 : 0, () => `${g.pick(exprs).name}.to_string()`],
    [1, () => `${g.expr(CMD, d)}.into_text()`],
    [2, () => null],
  ])();
}

function boolExpr(g, t, d) {
  const cmds = ofType(g, CMD);
  if (!cmds.length) return null;
  const c = g.pick(cmds).name;
  return g.pick([`${c}.is_move()`, `(${c} == ${cmdExpr(g, CMD, d)})`, `matches!(${c}, Cmd::Say { loud: true, .. } | Cmd::Stop)`]);
}

// A match over a Cmd by reference: guards, `@` with a range, or-patterns,
// nested literal patterns, slice patterns inside a variant.
function matchCmd(g, c) {
  g.line(`match &${c} {`);
  g.line(`    Cmd::Stop | Cmd::Move(0, _) => println!("idle"),`);
  g.line(`    Cmd::Move(x @ ${g.int(-9, 0)}..=${g.int(1, 9)}, y) if *y > ${g.int(-3, 5)} => println!("near {} {}", x, y),`);
  g.line(`    Cmd::Move(x, y @ (1 | 2 | 3)) => println!("low {} {}", x, y),`);
  g.line(`    Cmd::Move(x, y) => println!("far {}", x.wrapping_sub(*y)),`);
  g.line(`    Cmd::Say { text, loud: true } => println!("loud {:?} {}", text, text.len()),`);
  g.line(`    Cmd::Say { text: t, .. } if t.len() > ${g.int(0, 5)} => println!("long {}", t),`);
  g.line(`    Cmd::Say { .. } => println!("short"),`);
  g.line(`    Cmd::Bytes(b) if b.len() > ${g.int(1, 4)} => println!("many {:?}", &b[1..]),`);
  g.line(`    Cmd::Bytes(b) => println!("few {:?}", b),`);
  g.line('}');
}

function statement(g) {
  const cmds = ofType(g, CMD), exprs = ofType(g, EXPR), lists = ofType(g, LIST);
  const movable = (vs) => vs.filter((v) => g.canMove(v));
  return g.weighted([
    [cmds.length ? 3 : 0, () => matchCmd(g, g.pick(cmds).name)],
    [cmds.length ? 2 : 0, () => {
      const c = g.pick(cmds).name;
      g.line(`if let Cmd::Say { text, .. } = &${c} {`);
      g.line('    println!("says {}", text);');
      g.line(`} else if let Cmd::Move(a, b) = ${c} {`);
      g.line('    println!("moves {}", a.wrapping_mul(b));');
      g.line('} else {');
      g.line(`    println!("other {}", ${c}.weight());`);
      g.line('}');
    }],
    [movable(cmds).length ? 1 : 0, () => {  // a Cmd moved into a match that takes its payload
      const v = g.pick(movable(cmds));
      v.moved = true;
      const s = g.fresh('s');
      g.line(`let ${s}: String = match ${v.name} {`);
      g.line('    Cmd::Say { text, loud } => if loud { text + "!" } else { text },');
      g.line('    Cmd::Bytes(mut b) => { b.push(0); format!("{:?}", b) }');
      g.line('    other => other.describe(),');
      g.line('};');
      g.declare(s, T.STRING);
      g.line(`println!("{} {}", ${s}, ${s}.len());`);
    }],
    [2, () => {  // a Vec of commands, filtered and retained
      const v = g.fresh('cmds');
      g.line(`let mut ${v}: Vec<Cmd> = vec![${Array.from({ length: g.int(1, 4) }, () => cmdExpr(g, CMD, 1)).join(', ')}];`);
      g.line(`println!("{} moves, weight {}", ${v}.iter().filter(|c| c.is_move()).count(), ${v}.iter().map(|c| c.weight()).sum::<i64>());`);
      g.line(`${v}.retain(|c| !matches!(c, Cmd::Stop | Cmd::Move(_, 0)));`);
      g.line(`println!("{:?} {} {}", ${v}.iter().map(|c| c.describe()).collect::<Vec<String>>(), ${v}.len(), ${v}.capacity());`);
    }],
    [exprs.length ? 2 : 0, () => {
      const e = g.pick(exprs).name;
      g.line(`println!("{} = {} depth {} leaves {}", ${e}, ${e}.eval(), ${e}.depth(), count_leaves(&${e}));`);
    }],
    [movable(exprs).length ? 1 : 0, () => {  // simplified by value: the boxes it drops are freed
      const v = g.pick(movable(exprs));
      v.moved = true;
      const e = g.fresh('ex');
      g.line(`let ${e} = ${v.name}.simplify();`);
      g.declare(e, EXPR);
      g.line(`println!("{} {}", ${e}, ${e}.eval());`);
    }],
    [exprs.length ? 1 : 0, () => {
      const e = g.pick(exprs).name;
      g.line(`match &${e} {`);
      g.line('    Expr::Add(a, b) | Expr::Mul(a, b) if a.depth() == b.depth() => println!("balanced {}", a.depth()),');
      g.line('    Expr::Neg(inner) => match inner.as_ref() {');
      g.line('        Expr::Num(n @ 0..=9) => println!("negated digit {}", n),');
      g.line('        other => println!("negated {}", other),');
      g.line('    },');
      g.line('    Expr::Num(n) => println!("num {}", n),');
      g.line('    _ => println!("unbalanced"),');
      g.line('}');
    }],
    [lists.length ? 2 : 0, () => {
      const l = g.pick(lists).name;
      g.line(`println!("{:?} sum {} len {} head {:?}", ${l}, ${l}.sum(), ${l}.len(), ${l}.head());`);
    }],
    [lists.length ? 1 : 0, () => {  // a list taken apart: the tail's box is freed as it is moved out of
      const l = g.pick(lists);
      if (!g.canMove(l)) return false;
      l.moved = true;
      const rest = g.fresh('ls');
      g.line(`let ${rest}: List = match ${l.name} {`);
      g.line('    List::Cons(x, tail) if x % 2 == 0 => *tail,');
      g.line('    List::Cons(x, tail) => tail.push(x.wrapping_mul(2)),');
      g.line('    List::Nil => List::Nil,');
      g.line('};');
      g.declare(rest, LIST);
      g.line(`println!("{:?}", ${rest});`);
    }],
    [1, () => {
      g.line('println!("sizes {} {} {} {} {} {}", std::mem::size_of::<Cmd>(), std::mem::size_of::<Option<Cmd>>(), ' +
             'std::mem::size_of::<Expr>(), std::mem::size_of::<Option<Expr>>(), std::mem::size_of::<List>(), std::mem::size_of::<Option<Box<List>>>());');
    }],
  ])() !== false;
}

export default {
  name: 'enums',
  setup: declare,
  active: (g) => g.state.enums === true,
  types: [{ weight: 2, make: () => CMD }, { weight: 2, make: () => EXPR }, { weight: 1, make: () => LIST }],
  exprs: {
    custom: [{ weight: 2, depth: 1, gen: (g, t, d) => (t === CMD ? cmdExpr(g, t, d) : t === EXPR ? exprExpr(g, t, d) : t === LIST ? listExpr(g, t, d) : null) }],
    int: [{ weight: 1, gen: intExpr }],
    string: [{ weight: 1, depth: 1, gen: stringExpr }],
    bool: [{ weight: 1, depth: 1, gen: boolExpr }],
  },
  statements: [{ weight: 3, gen: statement }],
};
