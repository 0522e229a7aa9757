// Control flow with bounded counts: if/else (also as an expression), for over
// ranges, while with a counter, loop with `break value`, labelled breaks,
// match on integers (literals, `|`, ranges, guards), and plain blocks whose
// locals drop at their `}`. Loop bodies are loop scopes: nothing from outside
// is moved inside one.
import * as T from '../types.mjs';

const body = (g) => g.int(1, 3);
// A condition or scrutinee holding a struct literal (`Holder { .. }.part()`)
// must be parenthesised: rustc rejects the bare form ("struct literals are
// not allowed here"). A parenthesised plain one only draws a lint warning.
const bare = (e) => (e.includes('{') ? `(${e})` : e);

function ifElse(g) {
  if (g.depth > 3) return false;
  const c = g.expr(T.BOOL, 2);
  g.block(`if ${bare(c)}`, () => g.statements(body(g)));
  if (g.chance(0.5)) {
    const last = g.out.pop();
    g.block(`${last.text} else`, () => g.statements(body(g)));
  }
  return true;
}

function forRange(g) {
  if (g.depth > 3) return false;
  const t = g.pick(T.INTS);
  const i = g.fresh('i');
  const hi = g.int(0, 4);
  const range = g.chance(0.2) ? `(0..${hi}${t.name}).rev()` : `${g.pick(['0', '1'])}${t.name}..${g.pick(['', '='])}${hi}`;
  g.block(`for ${i} in ${range}`, () => { g.declare(i, t); g.statements(body(g)); }, { loop: true });
  return true;
}

function whileLoop(g) {
  if (g.depth > 3) return false;
  const w = g.fresh('w');
  g.line(`let mut ${w}: u32 = 0;`);
  // a negated test is lowered with its ways swapped: rustc's borrow checker then visits the body first
  const n = g.int(0, 4);
  const test = g.chance(0.25) ? `!(${w} >= ${n})` : `${w} < ${n}`;
  g.block(`while ${test}`, () => { g.statements(body(g)); g.line(`${w} += 1;`); }, { loop: true });
  return true;
}

function loopBreak(g) {
  if (g.depth > 3) return false;
  const t = g.pick(T.INTS);
  const name = g.fresh('n'), k = g.fresh('k');
  g.line(`let mut ${k}: u8 = 0;`);
  g.block(`let ${name}: ${t.name} = loop`, () => {
    g.line(`${k} += 1;`);
    g.statements(body(g));
    g.line(`if ${k} >= ${g.int(1, 4)} { break ${g.expr(t, 2)}; }`);
  }, { loop: true, tail: '};' });
  g.declare(name, t);
  return true;
}

function labelled(g) {
  if (g.depth > 3) return false;
  g.block(`'outer: for a in 0..${g.int(1, 3)}u8`, () => {
    g.block(`for b in 0..${g.int(1, 4)}u8`, () => {
      g.line(`if b > a { continue 'outer; }`);
      g.line(`if a + b > ${g.int(1, 4)} { break 'outer; }`);
      g.line('println!("pair {} {}", a, b);');
    }, { loop: true });
  }, { loop: true });
  return true;
}

// match on an integer: literals, alternatives, ranges, a binding with a guard.
function arms(g, t, arm) {
  const lit = (v) => T.intLiteral(g, t, { value: BigInt(v) });
  return [
    `${lit(0)} => ${arm()},`,
    `${lit(1)} | ${lit(2)} => ${arm()},`,
    `${lit(3)}..=${lit(9)} => ${arm()},`,
    `x if x > ${lit(50)} => ${arm()},`,
    `_ => ${arm()},`,
  ];
}
function matchStatement(g) {
  if (g.depth > 3) return false;
  const t = g.pick(T.INTS);
  g.line(`match ${bare(g.expr(t, 2))} {`);
  let k = 0;
  for (const a of arms(g, t, () => `println!("arm ${k++}")`)) g.line(`    ${a}`);
  g.line('}');
  return true;
}
function matchExpr(g, t, d) {
  const from = g.pick(T.INTS);
  return `(match ${bare(g.expr(from, d))} { ${arms(g, from, () => g.expr(t, d)).join(' ')} })`;
}
const ifExpr = (g, t, d) => `(if ${bare(g.expr(T.BOOL, d))} { ${g.expr(t, d)} } else { ${g.expr(t, d)} })`;

export default {
  name: 'control',
  exprs: {
    int: [{ weight: 1, depth: 2, gen: matchExpr }, { weight: 1, depth: 2, gen: ifExpr }],
    string: [{ weight: 1, depth: 2, gen: ifExpr }],
  },
  statements: [
    { weight: 3, gen: ifElse },
    { weight: 3, gen: forRange },
    { weight: 1, gen: whileLoop },
    { weight: 1, gen: loopBreak },
    { weight: 1, gen: labelled },
    { weight: 2, gen: matchStatement },
    { weight: 1, gen: (g) => { if (g.depth > 3) return false; g.nested('', body(g)); return true; } },
  ],
};
