// Interior mutability beyond shared.mjs: a Cell<i32> changed through a
// shared reference (get, set, replace, take), Weak pointers from Rc::downgrade
// (the counts, upgrade before and after the last Rc goes), and RefCell's
// run-time borrow rules on the shared feature's Rc<RefCell<Vec<i32>>>:
// try_borrow_mut while a Ref lives, and now and then a borrow that panics
// ("already mutably borrowed" / "already borrowed"). On in about a third of
// the programs, decided by an RNG of its own.
import * as T from '../types.mjs';
import { CELL, RSTR } from './shared.mjs';

const I32 = T.int('i32');
const CELLI = { k: 'custom', name: 'Cell<i32>', copy: false, clone: true, prefix: 'ce',
                fallback: (g) => `Cell::new(${T.intLiteral(g, I32)})` };

function declare(g) {
  if (g.ownRandom('cells')() >= 0.35) return;
  g.state.cells = true;
  g.items.unshift('use std::cell::Cell;', '');
}

const small = (g) => `${g.int(-9, 30)}`;
const inner = (v) => (v.type === CELL ? 'x.borrow().len()' : 'x.len()');

function statement(g) {
  const cells = g.vars((t) => t === CELLI);
  const rcs = g.state.shared ? g.vars((t) => t === CELL || t === RSTR) : [];
  const refcells = rcs.filter((v) => v.type === CELL);
  const movable = rcs.filter((v) => g.canMove(v));
  if (!cells.length && !rcs.length) return false;
  return g.weighted([
    [cells.length ? 3 : 0, () => {
      const c = g.pick(cells).name;
      g.line(g.weighted([
        [3, () => `${c}.set(${c}.get().wrapping_add(${g.expr(I32, 1)}));`],
        [1, () => `println!("{} {}", ${c}.replace(${small(g)}), ${c}.get());`],
        [1, () => `println!("{} {:?}", ${c}.take(), ${c});`],
        [1, () => `{ let r: &Cell<i32> = &${c}; r.set(r.get().wrapping_mul(2)); }`],
      ])());
      return true;
    }],
    [rcs.length ? 2 : 0, () => {
      const v = g.pick(rcs);
      g.block('', () => {
        g.line(`let w = Rc::downgrade(&${v.name});`);
        g.line(`println!("{} {} {:?}", Rc::strong_count(&${v.name}), Rc::weak_count(&${v.name}), w.upgrade().map(|x| ${inner(v)}));`);
      });
      return true;
    }],
    [movable.length ? 1 : 0, () => {
      const v = g.pick(movable);
      v.moved = true;
      const w = g.fresh('wk');
      g.line(`let ${w} = Rc::downgrade(&${v.name});`);
      g.line(`drop(${v.name});`);
      g.line(`println!("{} {:?}", ${w}.strong_count(), ${w}.upgrade().map(|x| ${inner(v)}));`);
      return true;
    }],
    [refcells.length ? 2 : 0, () => {
      const r = g.pick(refcells).name;
      g.block('', () => {
        if (g.chance(0.85)) {
          g.line(`let held = ${r}.borrow();`);
          g.line(`println!("{} {} {}", held.len(), ${r}.try_borrow_mut().is_err(), ${r}.try_borrow().is_ok());`);
        } else if (g.chance(0.5)) {
          g.line(`let held = ${r}.borrow_mut();`);
          g.line(`println!("{} {}", held.len(), ${r}.borrow().len());`);
        } else {
          g.line(`let held = ${r}.borrow();`);
          g.line(`${r}.borrow_mut().push(${small(g)});`);
          g.line('println!("{}", held.len());');
        }
      });
      return true;
    }],
  ])();
}

export default {
  name: 'cells',
  setup: declare,
  active: (g) => g.state.cells === true,
  types: [{ weight: 2, make: () => CELLI }],
  exprs: {
    custom: [{ weight: 2, depth: 1, gen: (g, t, d) => (t === CELLI ? `Cell::new(${g.expr(I32, d)})` : null) }],
    int: [{ weight: 1, gen: (g, t) => {
      const cs = g.vars((x) => x === CELLI);
      return cs.length && t === I32 ? `${g.pick(cs).name}.get()` : null;
    } }],
  },
  statements: [{ weight: 3, gen: statement }],
};
