// Shared ownership: Rc<RefCell<Vec<i32>>> and Rc<String>, cloned with
// Rc::clone or .clone() (the count, not the value), pushed into through
// borrow_mut, read through borrow, and their counts printed.
import * as T from '../types.mjs';

const I32 = T.int('i32');
export const CELL = { k: 'custom', name: 'Rc<RefCell<Vec<i32>>>', copy: false, clone: true, prefix: 'rc',
               fallback: () => 'Rc::new(RefCell::new(Vec::new()))' };
export const RSTR = { k: 'custom', name: 'Rc<String>', copy: false, clone: true, prefix: 'rs',
               fallback: (g) => `Rc::new(String::from(${T.strLit(T.word(g))}))` };

function sharedExpr(g, t, d) {
  const vs = g.vars((x) => T.same(x, t));
  if (vs.length && g.chance(0.5)) return `Rc::clone(&${g.pick(vs).name})`;
  if (t === CELL) return `Rc::new(RefCell::new(${g.expr(T.vec(I32), d)}))`;
  if (t === RSTR) return `Rc::new(${g.expr(T.STRING, d)})`;
  return null;
}

function statement(g) {
  const cells = g.vars((t) => t === CELL);
  const all = g.vars((t) => t === CELL || t === RSTR);
  if (!all.length) return false;
  if (cells.length && g.chance(0.6)) {
    const v = g.pick(cells).name;
    g.weighted([
      [3, () => g.line(`${v}.borrow_mut().push(${g.expr(I32, 1)});`)],
      [1, () => g.line(`${v}.borrow_mut().pop();`)],
      [2, () => g.line(`println!("{:?} len {} cap {}", ${v}.borrow(), ${v}.borrow().len(), ${v}.borrow().capacity());`)],
    ])();
    return true;
  }
  const v = g.pick(all).name;
  g.line(`println!("{} strong {} weak {}", ${v}.${all.find((x) => x.name === v).type === CELL ? 'borrow().len()' : 'len()'}, Rc::strong_count(&${v}), Rc::weak_count(&${v}));`);
  return true;
}

export default {
  name: 'shared',
  setup: (g) => {
    if (!g.chance(0.5)) return;
    g.state.shared = true;
    g.items.unshift('use std::cell::RefCell;', 'use std::rc::Rc;', '');
  },
  types: [{ weight: 2, make: (g) => (g.state.shared ? CELL : null) }, { weight: 2, make: (g) => (g.state.shared ? RSTR : null) }],
  exprs: {
    custom: [{ weight: 2, depth: 1, gen: (g, t, d) => (t === CELL || t === RSTR ? sharedExpr(g, t, d) : null) }],
    int: [{ weight: 1, gen: (g, t) => {
      const vs = g.vars((x) => x === CELL || x === RSTR);
      if (!vs.length || t.name !== 'usize') return null;
      return `Rc::strong_count(&${g.pick(vs).name})`;
    } }],
  },
  statements: [{ weight: 2, gen: statement }],
};
