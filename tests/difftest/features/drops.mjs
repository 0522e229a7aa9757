// Destructors: a struct with a Drop impl that prints, so every drop shows in
// the order it happens: at the end of a scope, when reassigned, as a
// temporary at the end of its statement, by `let _ =`, by drop(), by
// std::mem::replace, moved into a function that drops it, and as a panic
// (the generator's overflows, bounds and unwraps) unwinds the stack.
import * as T from '../types.mjs';

const U32 = T.int('u32');
export const NOISY = { k: 'custom', name: 'Noisy', copy: false, clone: true, prefix: 'd',
                fallback: (g) => `Noisy { id: ${T.intLiteral(g, U32)}, tag: String::from(${T.strLit(T.word(g))}) }` };

function declare(g) {
  if (!g.chance(0.5)) return;
  g.state.drops = true;
  g.items.push('#[derive(Debug, Clone)]', 'struct Noisy {', '    id: u32,', '    tag: String,', '}', '',
    'impl Drop for Noisy {', '    fn drop(&mut self) {',
    '        println!("drop {} {:?}", self.id, self.tag);',
    '    }', '}', '',
    'fn consume(d: Noisy) -> u32 {', '    println!("consume {}", d.id);', '    d.id % 10', '}', '');
}

const make = (g, d) => `Noisy { id: ${g.expr(U32, d)}, tag: ${g.expr(T.STRING, d)} }`;

function statement(g) {
  if (!g.state.drops) return false;
  const live = g.vars((t) => t.name === 'Noisy');
  const movable = live.filter((v) => g.canMove(v));
  const mut = live.filter((v) => v.mut);
  return g.weighted([
    [2, () => { g.line(`let _ = ${make(g, 1)};`); return true; }],
    [1, () => { g.line(`${make(g, 1)}.id;`); return true; }],
    [movable.length ? 2 : 0, () => { const v = g.pick(movable); v.moved = true; g.line(`drop(${v.name});`); return true; }],
    [movable.length ? 1 : 0, () => {
      const v = g.pick(movable); v.moved = true; g.line(`println!("{}", consume(${v.name}));`); return true;
    }],
    [mut.length ? 2 : 0, () => {
      const v = g.pick(mut);
      g.locking([v.name], () => {
        if (g.chance(0.4)) {
          const old = g.fresh('old');
          g.line(`let ${old} = std::mem::replace(&mut ${v.name}, ${make(g, 1)});`);
          g.declare(old, NOISY);
        } else if (g.chance(0.5)) g.line(`${v.name} = ${make(g, 1)};`);
        else g.line(`${v.name}.tag.push_str(${T.strLit(T.word(g))});`);
      });
      return true;
    }],
  ])();
}

export default {
  name: 'drops',
  setup: declare,
  types: [{ weight: 1, make: (g) => (g.state.drops ? NOISY : null) }],
  exprs: {
    custom: [{ weight: 2, depth: 1, gen: (g, t, d) => (t.name === 'Noisy' ? make(g, d) : null) }],
    int: [{ weight: 1, gen: (g, t) => {
      const vs = g.vars((x) => x.name === 'Noisy');
      if (!vs.length || !['u32', 'usize'].includes(t.name)) return null;
      const v = g.pick(vs).name;
      return t.name === 'u32' ? `${v}.id` : `${v}.tag.len()`;
    } }],
  },
  statements: [{ weight: 2, gen: statement }],
};
