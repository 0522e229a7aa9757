// Rejected programs: a valid generated program with a few lines inserted at
// one of the points the generator marked (where a statement was legal and
// these variables were live), chosen so rustc rejects it: a use after a move,
// a second &mut, a shared borrow across a change, a borrow that outlives its
// owner, a type mismatch, an assignment to an immutable binding, a &mut of
// one, a move in a loop, a move out of a borrow. rustc stays the judge: the
// engine must give rustc's code at rustc's line:col, whatever rustc says
// (and if rustc accepts the mutant after all, it is one more valid program).
import { Gen } from './gen.mjs';
import * as T from './types.mjs';

const owned = (t) => !T.isCopy(t) && t.k !== 'ref';
const debuggable = (t) => t.k !== 'ref';

// Each: (g, vars) -> lines to insert, or null when no variable fits.
const MUTATIONS = {
  'use-after-move': (g, vs) => {
    const moved = vs.filter((v) => v.moved);
    if (moved.length && g.chance(0.5)) return [`println!("{:?}", ${g.pick(moved).name});`];
    const c = vs.filter((v) => !v.moved && owned(v.type));
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
    const c = vs.filter((v) => !v.moved && debuggable(v.type));
    if (!c.length) return null;
    const v = g.pick(c);
    const init = T.isCopy(v.type) ? v.name : `${v.name}.clone()`;
    return ['let outer;', '{', `    let inner = ${init};`, '    outer = &inner;', '}', 'println!("{:?}", outer);'];
  },
  'type-mismatch': (g, vs) => {
    const c = vs.filter((v) => !v.moved && debuggable(v.type));
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
};
export const MUTATION_NAMES = Object.keys(MUTATIONS);

// The mutant of a generated program (see gen.mjs generate) for `seed`:
// {source, mutation, line} or null when no point fits any mutation.
export function mutate(program, seed) {
  const g = new Gen(seed ^ 0x5bd1e995, { pending: false });
  const lines = program.source.split('\n');
  const points = program.points;
  for (let tries = 0; tries < 12 && points.length; tries++) {
    const p = g.pick(points);
    const name = g.pick(MUTATION_NAMES);
    const add = MUTATIONS[name](g, p.vars);
    if (!add) continue;
    const at = program.bodyStart + p.at;
    const indent = '    '.repeat(p.depth);
    lines.splice(at, 0, ...add.map((l) => indent + l));
    return { source: lines.join('\n'), mutation: name, line: at + 1 };
  }
  return null;
}
