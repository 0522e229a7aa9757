// Operators of the program's own: a Copy struct V2 with Add, Sub, Neg,
// Mul<i32> and AddAssign impls (wrapping, so no overflow panics), an Add
// impl for `&V2`, derived PartialEq and a PartialOrd impl; `a + b`, `&a + &b`,
// `-a`, `a * k`, `a += b`, `a == b`, `a < b`.
import * as T from '../types.mjs';

const I32 = T.int('i32');
const V2 = { k: 'custom', name: 'V2', copy: true, clone: true, prefix: 'vv',
             fallback: (g) => `V2 { x: ${T.intLiteral(g, I32)}, y: ${T.intLiteral(g, I32)} }` };

function declare(g) {
  if (!g.chance(0.5)) return;
  g.state.operators = true;
  const bin = (trait, fn, op) => [`impl std::ops::${trait} for V2 {`, '    type Output = V2;', `    fn ${fn}(self, o: V2) -> V2 {`,
    `        V2 { x: self.x.${op}(o.x), y: self.y.${op}(o.y) }`, '    }', '}', ''];
  g.items.push('#[derive(Debug, Clone, Copy, PartialEq)]', 'struct V2 {', '    x: i32,', '    y: i32,', '}', '',
    ...bin('Add', 'add', 'wrapping_add'), ...bin('Sub', 'sub', 'wrapping_sub'),
    'impl std::ops::Neg for V2 {', '    type Output = V2;', '    fn neg(self) -> V2 {', '        V2 { x: self.x.wrapping_neg(), y: self.y.wrapping_neg() }', '    }', '}', '',
    'impl std::ops::Mul<i32> for V2 {', '    type Output = V2;', '    fn mul(self, k: i32) -> V2 {', '        V2 { x: self.x.wrapping_mul(k), y: self.y.wrapping_mul(k) }', '    }', '}', '',
    'impl std::ops::AddAssign for V2 {', '    fn add_assign(&mut self, o: V2) {', '        self.x = self.x.wrapping_add(o.x);', '        self.y = self.y.wrapping_add(o.y);', '    }', '}', '',
    'impl std::ops::Add for &V2 {', '    type Output = V2;', '    fn add(self, o: &V2) -> V2 {',
    '        V2 { x: self.x.wrapping_add(o.x), y: self.y.wrapping_add(o.y) }', '    }', '}', '',
    'impl PartialOrd for V2 {', '    fn partial_cmp(&self, o: &V2) -> Option<std::cmp::Ordering> {',
    ...g.weighted([[g.allows('std-partial-cmp') ? 1 : 0, ['        (self.x, self.y).partial_cmp(&(o.x, o.y))']],
                   [g.allows('std-partial-cmp') ? 1 : 0, ['        self.x.partial_cmp(&o.x)']],
                   [2, ['        if self.x < o.x {', '            Some(std::cmp::Ordering::Less)', '        } else if self.x > o.x {',
                        '            Some(std::cmp::Ordering::Greater)', '        } else {', '            Some(std::cmp::Ordering::Equal)', '        }']]]),
    '    }', '}', '');
}

function v2Expr(g, t, d) {
  if (t.name !== 'V2') return null;
  return g.weighted([
    [2, () => `V2 { x: ${g.expr(I32, d)}, y: ${g.expr(I32, d)} }`],
    [2, () => `(${g.expr(V2, d)} ${g.pick(['+', '-'])} ${g.expr(V2, d)})`],
    [1, () => `(-${g.expr(V2, d)})`],
    [1, () => `(${g.expr(V2, d)} * ${g.expr(I32, d)})`],
    [1, () => `(&${g.expr(V2, d)} + &${g.expr(V2, d)})`],
  ])();
}

export default {
  name: 'operators',
  setup: declare,
  types: [{ weight: 2, make: (g) => (g.state.operators ? V2 : null) }],
  exprs: {
    custom: [{ weight: 2, depth: 1, gen: v2Expr }],
    bool: [{ weight: 1, depth: 1, gen: (g, t, d) => (g.state.operators ? `(${g.expr(V2, d)} ${g.pick(['==', '!=', '<', '>=', '>'])} ${g.expr(V2, d)})` : null) }],
    int: [{ weight: 1, gen: (g, t) => {
      const vs = g.vars((x) => x.name === 'V2');
      return vs.length && t.name === 'i32' ? `${g.pick(vs).name}.${g.pick(['x', 'y'])}` : null;
    } }],
  },
  statements: [{ weight: 1, gen: (g) => {
    const vs = g.vars((t, v) => t.name === 'V2' && v.mut);
    if (!vs.length) return false;
    const v = g.pick(vs).name;
    g.locking([v], () => g.line(g.chance(0.7) ? `${v} += ${g.expr(V2, 2)};` : `${v}.x = ${g.expr(I32, 2)};`));
    return true;
  } }],
};
