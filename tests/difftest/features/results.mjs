// Functions returning Result and Option, and `?`: a parser returning
// Result<i64, ParseError> whose ParseIntError converts through the program's
// From impl, a sum that `?`s two of them, Option functions that `?` each
// other and a slice's first(); their results matched, unwrapped with a
// default, or unwrapped outright (an Err panics, and the stack unwinds). In a
// quarter of these programs main itself returns Result<(), ParseError> and
// `?`s one of them, so an Err ends the program with exit code 1. On in about
// a third of the programs, decided by an RNG of its own.
import * as T from '../types.mjs';

const I64 = T.int('i64'), U32 = T.int('u32'), I32 = T.int('i32');
const WORDS = ['12', ' 7', '-3', '40', 'x9', '', '250', '99 ', '+5', '1e3'];

function declare(g) {
  const own = g.ownRandom('results');
  if (own() >= 0.35) return;
  g.state.results = true;
  g.items.push('#[derive(Debug)]', 'enum ParseError {', '    Bad(std::num::ParseIntError),', '    TooBig(i64),', '}', '',
    'impl From<std::num::ParseIntError> for ParseError {', '    fn from(e: std::num::ParseIntError) -> Self {',
    '        ParseError::Bad(e)', '    }', '}', '',
    'fn parse_limited(s: &str, limit: i64) -> Result<i64, ParseError> {', '    let n: i64 = s.trim().parse()?;',
    '    if n > limit {', '        return Err(ParseError::TooBig(n));', '    }', '    Ok(n * 2)', '}', '',
    'fn sum_two(a: &str, b: &str) -> Result<i64, ParseError> {', '    let x = parse_limited(a, 100)?;',
    '    let y = parse_limited(b, 50)?;', '    Ok(x + y)', '}', '',
    'fn halve(n: u32) -> Option<u32> {', '    if n % 2 == 0 { Some(n / 2) } else { None }', '}', '',
    'fn quarter(n: u32) -> Option<u32> {', '    let h = halve(n)?;', '    halve(h)', '}', '',
    'fn first_doubled(v: &[i32]) -> Option<i32> {', '    let first = v.first()?;', '    Some(first.wrapping_mul(2))', '}', '');
  if (own() < 0.25) {
    g.mainReturns = { type: 'Result<(), ParseError>', tail: 'Ok(())' };
    g.state.resultsMain = true;
  }
}

const word = (g) => T.strLit(g.pick(WORDS));

function i64Expr(g) {
  return g.weighted([
    [3, () => `sum_two(${word(g)}, ${word(g)}).unwrap_or(-1)`],
    [2, () => `match parse_limited(${word(g)}, ${g.int(0, 300)}) { Ok(n) => n, Err(ParseError::TooBig(n)) => -n, Err(ParseError::Bad(_)) => 0 }`],
    [1, () => `parse_limited(${word(g)}, 500).unwrap()`],
  ])();
}

function u32Expr(g, d) {
  return g.weighted([
    [2, () => `quarter(${g.expr(U32, d)} % 1000).unwrap_or(7)`],
    [1, () => `match halve(${g.expr(U32, d)} % 1000) { Some(h) => h + 1, None => 0 }`],
  ])();
}

function statement(g) {
  return g.weighted([
    [2, () => { g.line(`println!("{:?}", sum_two(${word(g)}, ${word(g)}));`); return true; }],
    [1, () => { g.line(`println!("{:?} {:?}", quarter(${g.int(0, 64)}), halve(${g.int(0, 9)}));`); return true; }],
    [1, () => {
      const vs = g.vars((t) => t.k === 'vec' && t.el.name === 'i32');
      if (!vs.length) return false;
      g.line(`println!("{:?}", first_doubled(&${g.pick(vs).name}));`);
      return true;
    }],
    [g.state.resultsMain && !g.inLoop() && g.depth === 1 ? 1 : 0, () => {
      const n = g.fresh('q');
      g.line(`let ${n}: i64 = parse_limited(${word(g)}, ${g.int(0, 300)})?;`);
      g.declare(n, I64);
      return true;
    }],
  ])();
}

export default {
  name: 'results',
  setup: declare,
  active: (g) => g.state.results === true,
  exprs: {
    int: [{ weight: 1, depth: 1, gen: (g, t, d) => (t.name === 'i64' ? i64Expr(g) : t.name === 'u32' ? u32Expr(g, d) : null) }],
  },
  statements: [{ weight: 2, gen: statement }],
};
