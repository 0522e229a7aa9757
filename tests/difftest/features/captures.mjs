// Closures as values with a layout: what a closure captures decides its
// size (a pointer per place borrowed, the values moved in laid out as a
// struct, nothing at all when it captures nothing), printed by size_of_val;
// an FnMut pushing onto a Vec it borrows (the Vec's growth shows in the
// allocation log); edition 2021's precise captures (a closure reading one
// field of a struct leaves the others free to change); boxed closures in a
// `Vec<Box<dyn Fn>>` (a closure capturing nothing boxes without allocating);
// closures returned from functions as `impl Fn` and `Box<dyn Fn>`; an `Rc`
// moved into a closure, counted before and after the closure is dropped. On
// in about a third of the programs, decided by an RNG of its own.
import * as T from '../types.mjs';

const I64 = T.int('i64');

function declare(g) {
  if (g.ownRandom('captures')() >= 0.33) return;
  g.state.captures = true;
  g.items.push('fn make_adder(k: i64) -> impl Fn(i64) -> i64 {', '    move |x| x.wrapping_add(k)', '}', '',
    'fn make_greeter(s: String) -> Box<dyn Fn(usize) -> String> {', '    Box::new(move |n| s.repeat(n % 3))', '}', '',
    'fn call_twice<F: FnMut() -> usize>(mut f: F) -> usize {', '    f() + f()', '}', '');
}

const small = (g) => `${g.int(-9, 30)}`;
// A place to read inside a closure: a variable, or a field of a struct variable.
function readable(g) {
  const vs = g.vars((t) => ['int', 'string', 'vec', 'bool', 'char', 'struct', 'option'].includes(t.k));
  return vs.length ? g.pick(vs) : null;
}

function statement(g) {
  if (g.depth > 3) return false;
  const pushable = g.vars((t, v) => v.mut && t.k === 'vec' && t.el.k === 'int');
  const fieldStructs = g.vars((t, v) => t.k === 'struct' && t.fields.length >= 2);
  const strings = g.vars((t) => t.k === 'string');
  return g.weighted([
    [3, () => {  // a closure's size: what it captures, by reference or by move
      const picks = [readable(g), readable(g)].filter((v, i, a) => v && a.findIndex((w) => w?.name === v.name) === i);
      const mv = g.chance(0.4);
      const uses = picks.map((v) => `format!("{:?}", ${v.name}).len()`);
      g.block('', () => {
        if (mv) for (const v of picks) if (!T.isCopy(v.type)) g.line(`let ${v.name} = ${v.name}.clone();`);
        g.line(`let c = ${mv ? 'move ' : ''}|y: usize| ${[...uses, 'y'].join(' + ')};`);
        g.line(`println!("closure {} {}", c(${g.int(0, 9)}), std::mem::size_of_val(&c));`);
      });
      return true;
    }],
    [pushable.length ? 2 : 0, () => {  // FnMut borrowing a Vec mutably, the Vec read after the closure
      const v = g.pick(pushable);
      g.block('', () => {
        g.line(`let mut add = |x: ${v.type.el.name}| ${v.name}.push(x);`);
        for (let i = g.int(1, 5); i > 0; i--) g.line(`add(${T.intLiteral(g, v.type.el)});`);
        g.line('println!("adder {}", std::mem::size_of_val(&add));');
      });
      g.line(T.printLine(g, v));
      return true;
    }],
    [fieldStructs.length ? 2 : 0, () => {  // precise capture: one field read, another changed meanwhile
      const v = g.pick(fieldStructs);
      const [a, b] = [...v.type.fields].sort(() => g.random() - 0.5);
      const read = T.isCopy(a.type) ? `${v.name}.${a.name}` : `${v.name}.${a.name}.clone()`;
      g.block('', () => {
        g.line(`let get = ${g.chance(0.3) && T.isCopy(a.type) ? 'move ' : ''}|| ${read};`);
        if (v.mut) g.line(`${v.name}.${b.name} = ${T.defaultValue(g, b.type)};`);
        g.line(`println!("field {:?} {}", get(), std::mem::size_of_val(&get));`);
      });
      return true;
    }],
    [2, () => {  // boxed closures, one capturing nothing (a Box of a zero-sized value allocates nothing)
      const fs = g.fresh('fns');
      const k = g.fresh('k');
      g.block('', () => {
        g.line(`let ${k}: i64 = ${T.intLiteral(g, I64, { value: BigInt(g.int(-99, 99)) })};`);
        g.line(`let mut ${fs}: Vec<Box<dyn Fn(i64) -> i64>> = Vec::new();`);
        const makers = [`Box::new(|x: i64| x.wrapping_mul(2))`, `Box::new(move |x: i64| x.wrapping_sub(${k}))`, `Box::new(make_adder(${small(g)}))`];
        if (strings.length) {
          const s = g.pick(strings).name;
          makers.push(`{ let t = ${s}.clone(); Box::new(move |x: i64| x.wrapping_add(t.len() as i64)) }`);
        }
        for (let i = g.int(1, 4); i > 0; i--) g.line(`${fs}.push(${g.pick(makers)});`);
        g.line(`for f in &${fs} {`);
        g.line(`    println!("boxed {}", f(${small(g)}));`);
        g.line('}');
        g.line(`println!("{} {}", ${fs}.len(), ${fs}.capacity());`);
      });
      return true;
    }],
    [2, () => {  // closures made by functions
      if (strings.length && g.chance(0.5)) {
        const s = g.pick(strings).name;
        g.line(`println!("greet {:?}", make_greeter(${s}.clone())(${g.int(0, 5)}));`);
      } else {
        g.line(`println!("adder {} {}", make_adder(${small(g)})(${small(g)}), std::mem::size_of_val(&make_adder(1)));`);
      }
      return true;
    }],
    [strings.length ? 1 : 0, () => {  // an Rc moved into a closure, and an FnMut called through a bound
      const s = g.pick(strings).name;
      g.block('', () => {
        g.line(`let shared = std::rc::Rc::new(${s}.clone());`);
        g.line('let held = std::rc::Rc::clone(&shared);');
        g.line('let mut calls = 0;');
        g.line('let count = move || held.len() + 1;');
        g.line('println!("rc {} {}", std::rc::Rc::strong_count(&shared), count());');
        g.line('println!("twice {}", call_twice(|| { calls += 1; count() + calls }));');
        g.line('println!("rc {} {}", std::rc::Rc::strong_count(&shared), calls);');
        g.line('drop(count);');
        g.line('println!("rc {}", std::rc::Rc::strong_count(&shared));');
      });
      return true;
    }],
  ])();
}

export default {
  name: 'captures',
  setup: declare,
  active: (g) => g.state.captures === true,
  statements: [{ weight: 2, gen: statement }],
};
