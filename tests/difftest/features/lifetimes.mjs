// Lifetimes: `longest<'a>` and `first_word<'a>` returning a borrow of their
// arguments, a struct `Holder<'a>` holding a `&'a str` with an impl<'a>
// whose methods hand it back; called on literals (the result is 'static) and
// on a String, whose borrow lasts for the expression or the block that holds
// the Holder. On in about a third of the programs, decided by an RNG of its
// own, so a program without it is the same as before the feature existed.
import * as T from '../types.mjs';

const U32 = T.int('u32'), USIZE = T.int('usize');

function declare(g) {
  if (g.ownRandom('lifetimes')() >= 0.35) return;
  g.state.lifetimes = true;
  g.items.push("fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {", '    if a.len() >= b.len() { a } else { b }', '}', '',
    "fn first_word<'a>(s: &'a str) -> &'a str {",
    ...(g.allows('iterator-next') ? ["    s.split(' ').next().unwrap_or(\"\")"]
      : ["    match s.find(' ') {", '        Some(i) => &s[..i],', '        None => s,', '    }']), '}', '',
    "struct Holder<'a> {", "    part: &'a str,", '    n: u32,', '}', '',
    "impl<'a> Holder<'a> {", "    fn part(&self) -> &'a str {", '        self.part', '    }',
    "    fn longer(&self, other: &'a str) -> &'a str {", '        longest(self.part, other)', '    }', '}', '');
}

const strings = (g) => g.vars((t) => t.k === 'string');

function usizeExpr(g, t, d) {
  const ss = strings(g);
  if (!ss.length) return null;
  const s = g.pick(ss).name;
  return g.weighted([
    [2, () => `longest(&${s}, ${g.expr(T.STR, d)}).len()`],
    [1, () => `first_word(${s}.as_str()).len()`],
    [1, () => `Holder { part: &${s}, n: 1 }.part().len()`],
  ])();
}

function holderBlock(g) {
  const ss = strings(g);
  if (!ss.length || g.depth > 3) return false;
  const s = g.pick(ss).name;
  g.block('', () => g.locking([s], () => {
    const k = g.fresh('k');
    g.line(`let ${k}: u32 = ${g.expr(U32, 2)};`);
    const h = g.fresh('h');
    g.line(`let ${h} = Holder { part: ${g.pick([`first_word(&${s})`, `&${s}`, `longest(&${s}, "ab")`])}, n: ${k} };`);
    g.line(`println!("{:?} {} {:?}", ${h}.part(), ${h}.n, ${h}.longer(${T.strLit(T.word(g))}));`);
  }));
  return true;
}

export default {
  name: 'lifetimes',
  setup: declare,
  active: (g) => g.state.lifetimes === true,
  exprs: {
    str: [{ weight: 1, depth: 1, gen: (g, t, d) => (g.chance(0.5) ? `longest(${g.expr(T.STR, d)}, ${g.expr(T.STR, d)})` : `first_word(${g.expr(T.STR, d)})`) }],
    int: [{ weight: 1, depth: 1, gen: (g, t, d) => (t.name === 'usize' ? usizeExpr(g, t, d) : null) }],
  },
  statements: [{ weight: 2, gen: holderBlock }],
};
