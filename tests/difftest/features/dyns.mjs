// Enums and trait objects: an enum Shape (unit, tuple and struct variants,
// one holding a String) deriving Debug, Clone and PartialEq, matched with
// bindings and guards; a trait Area with a required method and provided
// ones (overridden in some impls), implemented for Shape, a struct Tile, u16
// and, when the drops feature is on, Noisy (whose Drop then runs through a
// vtable's drop glue); calls through `&dyn Area` and a generic `T: Area`
// over a slice; a `Vec<Box<dyn Area>>` made with vec![..], pushed, popped,
// iterated and dropped; the sizes of the enum and of the fat pointers. On
// in about a third of the programs, decided by an RNG of its own.
import * as T from '../types.mjs';
import { NOISY } from './drops.mjs';

const U8 = T.int('u8'), U16 = T.int('u16'), U32 = T.int('u32'), I16 = T.int('i16'), I64 = T.int('i64'), USIZE = T.int('usize');
const SHAPE = { k: 'custom', name: 'Shape', copy: false, clone: true, prefix: 'sh', fallback: () => 'Shape::Dot' };
const TILE = { k: 'custom', name: 'Tile', copy: false, clone: true, prefix: 'tl',
               fallback: (g) => `Tile { side: ${T.intLiteral(g, U8)}, label: String::from(${T.strLit(T.word(g))}) }` };
const ZOO = { k: 'custom', name: 'Vec<Box<dyn Area>>', copy: false, clone: false, prefix: 'zoo', debug: false,
              fallback: () => 'Vec::new()',
              show: (n) => `println!("${n} len {} cap {} total {}", ${n}.len(), ${n}.capacity(), boxed_total(&${n}));` };

function declare(g) {
  const own = g.ownRandom('dyns');
  if (own() >= 0.35) return;
  g.state.dyns = true;
  g.items.push('#[derive(Debug, Clone, PartialEq)]', 'enum Shape {', '    Dot,', '    Circle(u32),', '    Rect { w: i16, h: i16 },',
    '    Named(String, u8),', '}', '',
    'trait Area {', '    fn area(&self) -> i64;', '    fn name(&self) -> String {', '        String::from("area")', '    }',
    '    fn report(&self) -> String {', '        format!("{}={}", self.name(), self.area())', '    }', '}', '',
    'impl Area for Shape {', '    fn area(&self) -> i64 {', '        match self {', '            Shape::Dot => 0,',
    '            Shape::Circle(r) => (*r % 1000) as i64 * 3,', '            Shape::Rect { w, h } => *w as i64 * *h as i64,',
    '            Shape::Named(s, k) => s.len() as i64 + *k as i64,', '        }', '    }',
    ...(own() < 0.5 ? ['    fn name(&self) -> String {', '        match self {', '            Shape::Named(s, _) => s.clone(),',
                       '            _ => String::from("shape"),', '        }', '    }'] : []),
    '}', '',
    '#[derive(Debug, Clone)]', 'struct Tile {', '    side: u8,', '    label: String,', '}', '',
    'impl Area for Tile {', '    fn area(&self) -> i64 {', '        self.side as i64 * self.side as i64', '    }',
    ...(own() < 0.5 ? ['    fn report(&self) -> String {', '        format!("tile {} {}", self.label, self.area())', '    }'] : []),
    '}', '',
    'impl Area for u16 {', '    fn area(&self) -> i64 {', '        *self as i64', '    }', '}', '',
    ...(g.state.drops ? ['impl Area for Noisy {', '    fn area(&self) -> i64 {', '        self.id as i64', '    }', '}', ''] : []),
    'fn show_area(x: &dyn Area) -> String {', '    x.report()', '}', '',
    ...(own() < 0.5 ? ['fn total_area<T: Area>(xs: &[T]) -> i64 {'] : ['fn total_area<T>(xs: &[T]) -> i64', 'where', '    T: Area,', '{']),
    '    let mut t: i64 = 0;', '    for x in xs {', '        t += x.area();', '    }', '    t', '}', '',
    'fn boxed_total(xs: &Vec<Box<dyn Area>>) -> i64 {', '    xs.iter().map(|x| x.area()).sum()', '}', '');
}

const u16Atom = (g) => g.typedAtom(U16);

function shapeExpr(g, t, d) {
  return g.weighted([
    [1, () => 'Shape::Dot'],
    [2, () => `Shape::Circle(${g.expr(U32, d)})`],
    [2, () => `Shape::Rect { w: ${g.expr(I16, d)}, h: ${g.expr(I16, d)} }`],
    [2, () => `Shape::Named(${g.expr(T.STRING, d)}, ${g.expr(U8, d)})`],
  ])();
}
const tileExpr = (g, t, d) => `Tile { side: ${g.expr(U8, d)}, label: ${g.expr(T.STRING, d)} }`;

// Something that implements Area, boxed.
function boxed(g, d) {
  return g.weighted([
    [3, () => `Box::new(${g.expr(SHAPE, d)})`],
    [2, () => `Box::new(${g.expr(TILE, d)})`],
    [1, () => `Box::new(${u16Atom(g)})`],
    [g.state.drops ? 1 : 0, () => `Box::new(${g.expr(NOISY, d)})`],
  ])();
}
function zooExpr(g, t, d) {
  if (g.chance(0.3)) return 'Vec::new()';
  return `vec![${Array.from({ length: g.int(1, 3) }, () => boxed(g, d)).join(', ')}]`;
}

const areas = (g) => g.vars((t) => t === SHAPE || t === TILE);

function statement(g) {
  const shapes = g.vars((t) => t === SHAPE), zoos = g.vars((t) => t === ZOO), mutZoos = zoos.filter((v) => v.mut);
  const as = areas(g);
  return g.weighted([
    [mutZoos.length ? 3 : 0, () => {
      const z = g.pick(mutZoos).name;
      g.locking([z], () => g.line(g.weighted([
        [4, () => `${z}.push(${boxed(g, 1)});`],
        [1, () => `println!("{:?}", ${z}.pop().map(|b| b.report()));`],
        [1, () => `if !${z}.is_empty() { let first = ${z}.remove(0); println!("removed {}", first.area()); }`],
        [1, () => `${z}.truncate(${g.int(0, 2)});`],
      ])()));
      return true;
    }],
    [zoos.length ? 2 : 0, () => {
      const z = g.pick(zoos).name;
      g.block(g.pick([`for a in ${z}.iter()`, `for a in &${z}`]), () => g.line(`println!("{} {}", a.report(), a.name());`), { loop: true });
      return true;
    }],
    [2, () => {  // a Vec of trait objects made, used and dropped in a block
      g.block('', () => {
        g.line(`let mut pack: Vec<Box<dyn Area>> = Vec::with_capacity(${g.int(0, 3)});`);
        for (let i = g.int(1, 4); i > 0; i--) g.line(`pack.push(${boxed(g, 1)});`);
        g.line('println!("pack {} {} {}", pack.len(), pack.capacity(), boxed_total(&pack));');
      });
      return true;
    }],
    [as.length ? 2 : 0, () => {
      const v = g.pick(as).name;
      g.line(g.pick([`println!("{}", show_area(&${v}));`, `println!("{} {}", show_area(&${v}), show_area(&${u16Atom(g)}));`]));
      return true;
    }],
    [as.length ? 1 : 0, () => {
      const v = g.pick(as).name;
      g.block('', () => {
        g.line(`let r: &dyn Area = &${v};`);
        g.line('println!("{} {} {}", r.name(), r.area(), std::mem::size_of_val(&r));');
      });
      return true;
    }],
    [1, () => {
      const t = g.pick([SHAPE, TILE]);
      g.line(`println!("{}", total_area(&[${Array.from({ length: g.int(1, 3) }, () => g.expr(t, 1)).join(', ')}]));`);
      return true;
    }],
    [shapes.length ? 2 : 0, () => {
      const s = g.pick(shapes).name;
      g.line(`match &${s} {`);
      g.line('    Shape::Dot => println!("dot"),');
      g.line(`    Shape::Circle(r) if *r > ${g.int(0, 20)} => println!("big circle {}", r),`);
      g.line('    Shape::Circle(r) => println!("circle {}", r),');
      g.line('    Shape::Rect { w, h } => println!("rect {}x{}", w, h),');
      g.line('    Shape::Named(s, k) => println!("named {:?} {}", s, k),');
      g.line('}');
      return true;
    }],
    [1, () => {
      g.line('println!("sizes {} {} {} {}", std::mem::size_of::<Shape>(), std::mem::size_of::<Tile>(), ' +
             'std::mem::size_of::<Box<dyn Area>>(), std::mem::size_of::<&dyn Area>());');
      return true;
    }],
  ])();
}

function intExpr(g, t, d) {
  if (t === I64) {
    const as = areas(g);
    return as.length ? `${g.pick(as).name}.area()` : null;
  }
  if (t === USIZE) {
    const zs = g.vars((x) => x === ZOO);
    return zs.length ? `${g.pick(zs).name}.len()` : null;
  }
  return null;
}

export default {
  name: 'dyns',
  setup: declare,
  active: (g) => g.state.dyns === true,
  types: [{ weight: 2, make: () => SHAPE }, { weight: 1, make: () => TILE }, { weight: 1, make: () => ZOO }],
  exprs: {
    custom: [{ weight: 2, depth: 1, gen: (g, t, d) => (t === SHAPE ? shapeExpr(g, t, d) : t === TILE ? tileExpr(g, t, d) : t === ZOO ? zooExpr(g, t, d) : null) }],
    int: [{ weight: 1, gen: intExpr }],
    string: [{ weight: 1, gen: (g) => { const as = areas(g); return as.length ? `${g.pick(as).name}.report()` : null; } }],
    bool: [{ weight: 1, depth: 1, gen: (g, t, d) => `(${g.expr(SHAPE, d)} == ${g.expr(SHAPE, d)})` }],
  },
  statements: [{ weight: 3, gen: statement }],
};
