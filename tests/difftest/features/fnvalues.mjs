// Functions as values and conversions: `fn(i32) -> i32` pointers chosen by
// an `if`, held in an array, passed to a function taking one and to `map`,
// with their size; the program's own `From` impl called by path and through
// `.into()` (and `.into()` of a literal into a String); an enum Token whose
// variants hold Strings, matched with guards, compared, cloned, taken apart
// by `if let` (a partial move) and counted with `matches!`; `Ordering`'s
// `then`, `then_with`, `reverse` and `is_lt` after `cmp`, also as a
// `sort_by` key. On in about a third of the programs, decided by an RNG of
// its own.
import * as T from '../types.mjs';

const I32 = T.int('i32'), I64 = T.int('i64'), USIZE = T.int('usize');
const TOKEN = { k: 'custom', name: 'Token', copy: false, clone: true, prefix: 'tk', fallback: () => 'Token::End' };

function declare(g) {
  const own = g.ownRandom('fnvalues');
  if (own() >= 0.35) return;
  g.state.fnvalues = true;
  g.items.push('fn twice_of(x: i32) -> i32 {', '    x.wrapping_mul(2)', '}', '',
    'fn flip(x: i32) -> i32 {', '    x.wrapping_neg()', '}', '',
    'fn call_ptr(f: fn(i32) -> i32, x: i32) -> i32 {', '    f(x)', '}', '',
    'struct Celsius(i32);', '', 'struct Kelvin(i64);', '',
    'impl From<Celsius> for Kelvin {', '    fn from(c: Celsius) -> Self {', '        Kelvin(c.0 as i64 + 273)', '    }', '}', '',
    '#[derive(Debug, Clone, PartialEq)]', 'enum Token {', '    Word(String),', '    Num(i64),', '    Pair(String, String),', '    End,', '}', '',
    'fn token_text(t: &Token) -> String {', '    match t {',
    `        Token::Word(w) if w.len() > ${own() < 0.5 ? 3 : 5} => format!("long {}", w),`,
    '        Token::Word(w) => format!("word {}", w),', '        Token::Num(n) => format!("num {}", n),',
    '        Token::Pair(a, b) => format!("{}+{}", a, b),', '        Token::End => String::from("end"),', '    }', '}', '');
}

const small = (g) => `${g.int(-40, 40)}`;
const fnName = (g) => g.pick(['twice_of', 'flip']);

function tokenExpr(g, t, d) {
  return g.weighted([
    [1, () => 'Token::End'],
    [2, () => `Token::Word(${g.expr(T.STRING, d)})`],
    [2, () => `Token::Num(${g.expr(I64, d)})`],
    [2, () => `Token::Pair(${g.expr(T.STRING, d)}, ${g.expr(T.STRING, d)})`],
  ])();
}

function intExpr(g, t, d) {
  if (t.name === 'i32')
    return g.weighted([
      [2, () => `call_ptr(${fnName(g)}, ${g.expr(I32, d)})`],
      [1, () => `call_ptr(if ${g.expr(T.BOOL, d)} { twice_of } else { flip }, ${small(g)})`],
    ])();
  if (t.name === 'i64') return `Kelvin::from(Celsius(${g.expr(I32, d)})).0`;
  return null;
}

function statement(g) {
  const vecs = g.vars((t) => t.k === 'vec' && t.el.name === 'i32');
  const tokens = g.vars((t) => t === TOKEN);
  const movable = tokens.filter((v) => g.canMove(v));
  return g.weighted([
    [2, () => {  // a fn pointer chosen at run time, kept in a variable and an array
      const f = g.fresh('fp');
      g.line(`let ${f}: fn(i32) -> i32 = if ${g.expr(T.BOOL, 1)} { ${fnName(g)} } else { ${fnName(g)} };`);
      g.line(`let fs: [fn(i32) -> i32; 2] = [${f}, ${fnName(g)}];`);
      g.line(`println!("{} {} {}", ${f}(${small(g)}), fs[1](${small(g)}), std::mem::size_of_val(&fs));`);
      return true;
    }],
    [vecs.length ? 2 : 0, () => {  // a named function given to map
      const v = g.pick(vecs).name;
      const m = g.fresh('v');
      g.line(`let ${m}: Vec<i32> = ${v}.iter().copied().map(${fnName(g)}).collect();`);
      g.line(`println!("{:?} {} {}", ${m}, ${m}.len(), ${m}.capacity());`);
      return true;
    }],
    [1, () => {  // From by .into(), and a literal into a String
      const k = g.fresh('kv');
      g.line(`let ${k}: Kelvin = Celsius(${g.expr(I32, 1)}).into();`);
      const s = g.fresh('s');
      g.line(`let ${s}: String = ${T.strLit(T.word(g))}.into();`);
      g.line(`println!("{} {:?} {}", ${k}.0, ${s}, ${s}.capacity());`);
      g.declare(s, T.STRING, { mut: false });
      return true;
    }],
    [tokens.length ? 2 : 0, () => {
      const t = g.pick(tokens).name;
      g.line(`println!("{} {:?} {}", token_text(&${t}), ${t}, matches!(${t}, Token::Word(_) | Token::End));`);
      return true;
    }],
    [1, () => {  // a Vec of tokens: matched, compared, counted, dropped
      const ts = g.fresh('toks');
      const items = Array.from({ length: g.int(1, 4) }, () => tokenExpr(g, TOKEN, 1));
      g.line(`let ${ts}: Vec<Token> = vec![${items.join(', ')}];`);
      g.block(`for t in &${ts}`, () => g.line('println!("{}", token_text(t));'), { loop: true });
      g.line(`println!("{} {}", ${ts}.iter().filter(|t| matches!(t, Token::Num(n) if *n > ${small(g)})).count(), ${ts}[0] == Token::End);`);
      return true;
    }],
    [movable.length ? 1 : 0, () => {  // a partial move out of a token by `if let`
      const v = g.pick(movable);
      v.moved = true;
      g.block(`if let Token::Pair(a, mut b) = ${v.name}`, () => {
        g.line('b.push_str(&a);');
        g.line('println!("{} {} {}", b, b.len(), b.capacity());');
      }, { tail: '} else {' });
      g.depth++;
      g.line('println!("not a pair");');
      g.depth--;
      g.line('}');
      return true;
    }],
    [vecs.length ? 2 : 0, () => {  // Ordering's methods, also as sort_by's comparison
      const v = g.pick(vecs).name;
      const w = g.fresh('v');
      g.line(`let mut ${w}: Vec<i32> = ${v}.clone();`);
      g.line(`${w}.sort_by(|a, b| (a % ${g.int(2, 5)}).cmp(&(b % ${g.int(2, 5)})).then(b.cmp(a)));`);
      g.line(`println!("{:?} {:?}", ${w}, (${small(g)}i32).cmp(&${small(g)}).then_with(|| ${w}.len().cmp(&${g.int(0, 6)})).reverse());`);
      g.line(`println!("{}", ${w}.first().copied().unwrap_or(0).cmp(&${small(g)}).is_lt());`);
      return true;
    }],
  ])();
}

export default {
  name: 'fnvalues',
  setup: declare,
  active: (g) => g.state.fnvalues === true,
  types: [{ weight: 2, make: () => TOKEN }],
  exprs: {
    custom: [{ weight: 2, depth: 1, gen: (g, t, d) => (t === TOKEN ? tokenExpr(g, t, d) : null) }],
    int: [{ weight: 1, depth: 1, gen: intExpr }],
  },
  statements: [{ weight: 3, gen: statement }],
};
