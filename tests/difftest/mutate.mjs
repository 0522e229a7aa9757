// Rejected programs: a valid generated program with a few lines inserted at
// one of the points the generator marked (where a statement was legal and
// these variables were live), chosen so rustc rejects it: a use after a move,
// a second &mut, a shared borrow across a change, a borrow that outlives its
// owner, a type mismatch, an assignment to an immutable binding, a &mut of
// one, a move in a loop, a move out of a borrow; and around the later
// features: a use after a move into a closure, a closure's &mut capture
// conflicting with a read or a second closure, an argument of println!
// borrowed while a later one mutates it, a `{}` of a type without Display
// (E0277), a `+=` or an index assignment through IndexMut on an immutable
// String or Vec (E0596), a struct literal as a condition or scrutinee
// (rustc's parse error), a borrow held across a method call (E0502, E0499),
// a closure called again after it moved its capture out, a change through a
// shared reference or a move under one, E0308 in bindings, branches, arms
// and operands, an index through IndexMut reading the Vec it indexes. rustc stays the judge: the
// engine must give rustc's code at rustc's line:col, whatever rustc says
// (and if rustc accepts the mutant after all, it is one more valid program).
import { Gen } from './gen.mjs';
import * as T from './types.mjs';

const owned = (t) => !T.isCopy(t) && t.k !== 'ref';
const debuggable = T.debuggable;
const clonable = (t) => T.isCopy(t) || T.isClone(t);

// Each: (g, vars) -> lines to insert, or null when no variable fits.
const MUTATIONS = {
  'use-after-move': (g, vs) => {
    const moved = vs.filter((v) => v.moved);
    const shown = moved.filter((v) => debuggable(v.type));
    if (shown.length && g.chance(0.5)) return [`println!("{:?}", ${g.pick(shown).name});`];
    const c = vs.filter((v) => !v.moved && owned(v.type) && debuggable(v.type));
    if (!c.length) return null;
    const v = g.pick(c);
    return [`let moved_away = ${v.name};`, `println!("{:?}", ${v.name});`];
  },
  'second-mut-borrow': (g, vs) => {
    const c = vs.filter((v) => !v.moved && v.mut && debuggable(v.type));
    if (!c.length) return null;
    const v = g.pick(c).name;
    return [`let first = &mut ${v};`, `let second = &mut ${v};`, 'println!("{:?} {:?}", first, second);'];
  },
  'change-while-borrowed': (g, vs) => {
    const c = vs.filter((v) => !v.moved && v.mut && ['vec', 'string', 'int'].includes(v.type.k));
    if (!c.length) return null;
    const v = g.pick(c);
    const change = v.type.k === 'vec' ? `${v.name}.clear();` : v.type.k === 'string' ? `${v.name}.push('!');` : `${v.name} += 1;`;
    return [`let held = &${v.name};`, change, 'println!("{:?}", held);'];
  },
  'borrow-outlives-owner': (g, vs) => {
    const c = vs.filter((v) => !v.moved && debuggable(v.type) && clonable(v.type));
    if (!c.length) return null;
    const v = g.pick(c);
    const init = T.isCopy(v.type) ? v.name : `${v.name}.clone()`;
    return ['let outer;', '{', `    let inner = ${init};`, '    outer = &inner;', '}', 'println!("{:?}", outer);'];
  },
  'type-mismatch': (g, vs) => {
    const c = vs.filter((v) => !v.moved && debuggable(v.type) && clonable(v.type));
    if (!c.length) return null;
    const v = g.pick(c);
    const other = g.pick([T.int('i32'), T.STRING, T.BOOL, T.CHAR, T.int('u8'), T.vec(T.int('i64'))].filter((t) => !T.same(t, v.type)));
    if (v.mut && g.chance(0.5)) return [`${v.name} = ${T.defaultValue(g, other)};`];
    return g.pick([[`let mismatched: ${T.name(other)} = ${v.name}${T.isCopy(v.type) ? '' : '.clone()'};`],
                   [`if ${v.type.k === 'bool' ? '5' : v.name} { println!("yes"); }`]]);
  },
  'assign-immutable': (g, vs) => {
    const c = vs.filter((v) => !v.moved && !v.mut && T.isCopy(v.type) && v.type.k !== 'ref');
    if (!c.length) return null;
    const v = g.pick(c);
    return [`${v.name} = ${T.defaultValue(g, v.type)};`];
  },
  'mut-borrow-of-immutable': (g, vs) => {
    const c = vs.filter((v) => !v.moved && !v.mut && (v.type.k === 'vec' || v.type.k === 'string'));
    if (!c.length) return null;
    const v = g.pick(c);
    return [v.type.k === 'vec' ? `${v.name}.clear();` : `${v.name}.push_str("more");`];
  },
  'move-in-loop': (g, vs) => {
    const c = vs.filter((v) => !v.moved && owned(v.type));
    if (!c.length) return null;
    return ['for _ in 0..2 {', `    let taken = ${g.pick(c).name};`, '}'];
  },
  'move-out-of-borrow': (g, vs) => {
    const c = vs.filter((v) => !v.moved && ((v.type.k === 'vec' && v.type.el.k === 'string') || owned(v.type)));
    if (!c.length) return null;
    const v = g.pick(c);
    if (v.type.k === 'vec' && v.type.el.k === 'string' && g.chance(0.6)) return [`let first_one = ${v.name}[0];`];
    return [`let r = &${v.name};`, 'let taken = *r;'];
  },
  'use-after-move-into-closure': (g, vs) => {
    const c = vs.filter((v) => !v.moved && (v.type.k === 'string' || v.type.k === 'vec'));
    if (!c.length) return null;
    const v = g.pick(c).name;
    return [`let f = move || ${v}.len();`, `println!("{} {:?}", f(), ${v});`];
  },
  'closure-capture-conflict': (g, vs) => {
    const c = vs.filter((v) => !v.moved && v.mut && ['vec', 'string', 'int'].includes(v.type.k));
    if (!c.length) return null;
    const v = g.pick(c);
    const change = v.type.k === 'vec' ? `${v.name}.clear()` : v.type.k === 'string' ? `${v.name}.push('!')` : `${v.name} += 1`;
    if (g.chance(0.5)) return [`let mut f = || ${change};`, `let mut h = || ${change};`, 'f();', 'h();'];
    return [`let mut f = || ${change};`, `println!("{:?}", ${v.name});`, 'f();'];
  },
  'format-argument-borrowed': (g, vs) => {
    const c = vs.filter((v) => !v.moved && v.mut && (v.type.k === 'vec' || v.type.k === 'string'));
    if (!c.length) return null;
    const v = g.pick(c).name;
    return [g.pick([`println!("{:?} {:?}", ${v}, ${v}.pop());`, `println!("{:?} {:?}", ${v}, ${v}.clear());`,
                    `println!("{:?} {:?}", &${v}, ${v}.pop());`])];
  },
  'missing-display': (g, vs) => {
    const c = vs.filter((v) => !v.moved && ['vec', 'option', 'tuple', 'struct'].includes(v.type.k));
    if (!c.length) return null;
    return [`println!("{}", ${g.pick(c).name});`];
  },
};
// Kinds added later, tried instead of the others in about a fifth of the
// mutants (decided by an RNG of their own), so that the other mutants stay
// byte for byte what they were and rustc's cached results for them hold.
const LATER_MUTATIONS = {
  'compound-assign-immutable': (g, vs) => {  // `+=` on a String and IndexMut on a Vec borrow it mutably: E0596
    const c = vs.filter((v) => !v.moved && !v.mut && (v.type.k === 'string' || (v.type.k === 'vec' && T.isCopy(v.type.el))));
    if (!c.length) return null;
    const v = g.pick(c);
    return [v.type.k === 'string' ? `${v.name} += "more";` : `${v.name}[0] = ${T.defaultValue(g, v.type.el)};`];
  },
  'struct-literal-in-condition': (g, vs) => {  // rustc's parse error, whatever the types
    const c = vs.filter((v) => v.type.k === 'struct' && v.type.fields.length);
    if (!c.length) return null;
    const t = g.pick(c).type;
    const lit = T.defaultValue(g, t), field = t.fields[0].name;
    const kind = g.pick(['match', 'if', 'while']);
    if (kind === 'match') return [`match ${lit} {`, '    _ => {}', '}'];
    return [`${kind} ${lit}.${field} ${kind === 'if' ? '==' : '!='} ${lit}.${field} {`, '    println!("here");', '}'];
  },
  'borrow-across-method-call': (g, vs) => {  // E0502/E0499 where a method call takes the borrow
    const c = vs.filter((v) => !v.moved && v.mut && (['vec', 'string'].includes(v.type.k)
                                                     || (v.type.k === 'struct' && v.type.fields.some((f) => f.type.k === 'int'))));
    if (!c.length) return null;
    const v = g.pick(c), n = v.name;
    if (v.type.k === 'vec') {
      const el = T.defaultValue(g, v.type.el);
      return g.pick([
        [`let held = ${n}.${g.pick(['first()', 'last()', 'get(0)', 'as_slice()', 'iter()'])};`,
         g.pick([`${n}.push(${el});`, `${n}.clear();`, `${n}.truncate(1);`, `${n}.insert(0, ${el});`]), 'println!("{:?}", held);'],
        [`let held = ${n}.${g.pick(['last_mut()', 'first_mut()', 'iter_mut()'])};`, `${n}.push(${el});`, 'println!("{:?}", held);'],
        [`${n}.extend(${n}.iter().cloned());`],
        [`${n}.push(${n}[0]);`],
      ]);
    }
    if (v.type.k === 'string') {
      return g.pick([
        [`let held = ${n}.${g.pick(['as_str()', 'trim()', 'chars()', 'as_bytes()'])};`,
         g.pick([`${n}.push('!');`, `${n}.clear();`, `${n}.push_str("more");`, `${n}.insert(0, 'x');`]), 'println!("{:?}", held);'],
        [`${n}.push_str(&${n});`],
        [`${n}.push_str(${n}.as_str());`],
      ]);
    }
    const f = g.pick(v.type.fields).name;
    return g.pick([
      [`let held = &${n}.${f};`, `${n}.bump(1);`, 'println!("{:?}", held);'],
      [`let held = &mut ${n};`, `${n}.bump(1);`, 'held.bump(2);'],
      [`let held = &${n};`, `${n}.bump(1);`, 'println!("{}", held.total());'],
    ]);
  },
  'closure-consumes-capture': (g, vs) => {  // a closure moving a capture out is FnOnce: E0382
    const c = vs.filter((v) => !v.moved && owned(v.type) && debuggable(v.type));
    if (!c.length) return null;
    const n = g.pick(c).name;
    return g.pick([
      [`let f = ${g.pick(['', 'move '])}|| ${n};`, 'let first = f();', 'let second = f();'],
      [`let f = || drop(${n});`, 'f();', `println!("{:?}", ${n});`],
      [`let f = || { let inner = ${n}; println!("{:?}", inner); };`, 'f();', 'f();'],
      [`let f = move || println!("{:?}", ${n});`, 'f();', `let again = ${n};`],
    ]);
  },
  'shared-borrow-then-change': (g, vs) => {  // E0596 through a shared reference, E0505 moving what a reference holds
    const c = vs.filter((v) => !v.moved && (v.type.k === 'vec' || v.type.k === 'string'));
    if (!c.length) return null;
    const v = g.pick(c), n = v.name;
    if (g.chance(0.5)) return [`let r = &${n};`, `let taken = ${n};`, 'println!("{:?}", r);'];
    return [`let r = &${n};`, v.type.k === 'vec' ? `r.push(${T.defaultValue(g, v.type.el)});` : 'r.push_str("more");'];
  },
  'index-mut-reads-its-base': (g, vs) => {  // IndexMut borrows the Vec before its index is computed: E0502
    const c = vs.filter((v) => !v.moved && v.mut && v.type.k === 'vec');
    if (!c.length) return null;
    const v = g.pick(c), n = v.name;
    const copies = T.isCopy(v.type.el);
    return g.pick([
      [`let tail = &mut ${n}[${n}.len().min(1)..];`, 'tail.reverse();'],
      [`let middle = &mut ${n}[${n}.len() / 2..];`, 'middle.reverse();'],
      copies ? [`let last = &mut ${n}[${n}.len() - 1];`, `*last = ${T.defaultValue(g, v.type.el)};`] : [`${n}.swap(0, ${n}.len() - 1);`, `let first = &mut ${n}[${n}.len() / 2];`],
    ]);
  },
  'mismatched-types': (g, vs) => {  // E0308 in its other places: a binding's type, a branch, an arm, an operand
    if (g.chance(0.5)) return null;  // it always fits: let the kinds that need a variable of their own be tried too
    const lens = vs.filter((v) => !v.moved && (v.type.k === 'vec' || v.type.k === 'string'));
    const ints = vs.filter((v) => !v.moved && v.type.k === 'int');
    const strings = vs.filter((v) => !v.moved && v.type.k === 'string');
    return g.weighted([
      [lens.length ? 1 : 0, () => [`let n: ${g.pick(['u32', 'i32', 'u8', 'i64'])} = ${g.pick(lens).name}.len();`]],
      [ints.length ? 1 : 0, () => {
        const v = g.pick(ints);
        const other = g.pick(T.INTS.filter((t) => t !== v.type && t.name !== v.type.name));
        return g.pick([[`if ${v.name} == 1${other.name} { println!("one"); }`], [`let wider: ${other.name} = ${v.name};`],
                       [`let sum = ${v.name} + 1${other.name};`]]);
      }],
      [strings.length ? 1 : 0, () => [`let r: &str = ${g.pick(strings).name};`]],
      [1, () => ['let s: String = "text";']],
      [1, () => [`let z = if ${g.pick(['true', '1 < 2'])} { 1 } else { "one" };`]],
      [1, () => ["let m = match 3 { 0 => 'a', _ => 0 };"]],
      [1, () => ['let f = |x: i32| -> u8 { x };', 'println!("{}", f(1));']],
      [1, () => ['let o: Option<i32> = 5;']],
    ])();
  },
};
export const MUTATION_NAMES = Object.keys(MUTATIONS);
const LATER_NAMES = Object.keys(LATER_MUTATIONS);

// The mutant of a generated program (see gen.mjs generate) for `seed`:
// {source, mutation, line} or null when no point fits any mutation.
export function mutate(program, seed) {
  const g = new Gen(seed ^ 0x5bd1e995, { pending: false });
  const lines = program.source.split('\n');
  const points = program.points;
  const later = g.ownRandom('later-mutations')() < 0.2;
  for (let tries = 0; tries < 12 && points.length; tries++) {
    const p = g.pick(points);
    const name = g.pick(later ? LATER_NAMES : MUTATION_NAMES);
    const add = (later ? LATER_MUTATIONS : MUTATIONS)[name](g, p.vars);
    if (!add) continue;
    const at = program.bodyStart + p.at;
    const indent = '    '.repeat(p.depth);
    lines.splice(at, 0, ...add.map((l) => indent + l));
    return { source: lines.join('\n'), mutation: name, line: at + 1 };
  }
  return null;
}
