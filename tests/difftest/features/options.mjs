// Option and Result: Some/None, Vec::pop and String::pop, unwrap_or,
// is_some/is_none, take, `if let`, match with bindings and guards, parse into
// a Result with unwrap_or/is_ok, and now and then an unwrap that may panic.
import * as T from '../types.mjs';

const innerType = (g) => g.weighted([[5, () => g.pick(T.INTS)], [1, () => T.CHAR], [1, () => T.STRING]])();
const optVar = (g, pred = () => true) => { const vs = g.vars((t, v) => t.k === 'option' && pred(t, v)); return vs.length ? g.pick(vs) : null; };

function optionExpr(g, t, d) {
  return g.weighted([
    [3, () => `Some(${g.expr(t.inner, d)})`],
    [1, () => 'None'],
    [2, () => {
      const vs = g.vars((x, v) => v.mut && ((x.k === 'vec' && T.same(x.el, t.inner)) || (x.k === 'string' && t.inner.k === 'char')));
      return vs.length ? `${g.pick(vs).name}.pop()` : null;
    }],
    [1, () => {
      const o = optVar(g, (x, v) => v.mut && T.same(x, t));
      return o ? `${o.name}.take()` : null;
    }],
    [t.inner.k === 'char' ? 1 : 0, () => `${T.strLit(T.word(g))}.chars().nth(${g.int(0, 3)})`],
  ])();
}

// A value of the inner type out of an Option variable.
function unwrapExpr(g, t, d) {
  const o = optVar(g, (x) => T.same(x.inner, t));
  if (!o) return null;
  const recv = T.isCopy(o.type) ? o.name : `${o.name}.clone()`;
  if (g.chance(0.1)) return `${recv}.unwrap()`;
  return `${recv}.unwrap_or(${g.expr(t, d)})`;
}

// Parsing text into an integer: a Result.
function parseExpr(g, t) {
  const s = T.strLit(g.pick(['42', '-7', ' 5', '300', 'x', '', '+8', '0', '127', '-128', '255', '65536']));
  return g.chance(0.9) ? `${s}.parse::<${t.name}>().unwrap_or(${T.intLiteral(g, t)})` : `${s}.trim().parse::<${t.name}>().unwrap()`;
}

function boolExpr(g) {
  const o = optVar(g);
  if (o) return `${o.name}.${g.pick(['is_some', 'is_none'])}()`;
  return `${T.strLit(g.pick(['12', 'x1', '-0']))}.parse::<${g.pick(T.INTS).name}>().${g.pick(['is_ok', 'is_err'])}()`;
}

// Look inside: `if let`, or a match with a guard.
function inspect(g) {
  const o = optVar(g, (t) => T.isCopy(t));
  if (!o) return false;
  const x = g.fresh('x');
  if (g.chance(0.5)) {
    g.block(`if let Some(${x}) = ${o.name}`, () => g.line(`println!("some {:?}", ${x});`), { tail: '} else { println!("none"); }' });
    return true;
  }
  const inner = o.type.inner;
  const guard = inner.k === 'int' ? ` if ${x} > ${T.intLiteral(g, inner, { value: BigInt(g.int(0, 20)) })}` : '';
  g.line(`match ${o.name} {`);
  g.line(`    Some(${x})${guard} => println!("big {:?}", ${x}),`);
  g.line('    Some(_) => println!("small"),');
  g.line('    None => println!("nothing"),');
  g.line('}');
  return true;
}

export default {
  name: 'options',
  types: [{ weight: 2, make: (g) => T.option(innerType(g)) }],
  exprs: {
    option: [{ weight: 3, depth: 1, gen: optionExpr }],
    int: [{ weight: 1, depth: 1, gen: unwrapExpr }, { weight: 1, gen: parseExpr }],
    char: [{ weight: 1, depth: 1, gen: unwrapExpr }],
    string: [{ weight: 1, depth: 1, gen: unwrapExpr }],
    bool: [{ weight: 1, gen: boolExpr }],
  },
  statements: [{ weight: 2, gen: inspect }],
};
