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
// (rustc's parse error). rustc stays the judge: the
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
