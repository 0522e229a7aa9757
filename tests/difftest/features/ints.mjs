// Integers of every width: literals (edges included), arithmetic kept in
// range by masking with `%` so a program runs on, bit operators and shifts,
// `as` casts between widths and from char and bool, the integer methods, and
// now and then an unmasked operation that may overflow, divide by zero or
// negate MIN — the panics whose message and column must match rustc's.
import * as T from '../types.mjs';

// The comment ending a line whose arithmetic rustc's overflow lint may reject.
export const RISKY = '// may overflow';

// |x % m| < m, so with m below these, a + b and a * b stay in range.
const mask = (t) => (t.bits === 8 ? (t.signed ? 11 : 15) : t.bits === 16 ? 100 : 1000);
const masked = (g, t, d) => `(${g.expr(t, d)} % ${mask(t)})`;

function arithmetic(g, t, d) {
  const m = mask(t);
  const a = masked(g, t, d), b = masked(g, t, d);
  return g.weighted([
    [3, () => `(${a} + ${b})`],
    [3, () => `(${a} * ${b})`],
    [2, () => (t.signed ? `(${a} - ${b})` : `((${a} + ${m}) - ${b})`)],
    [1, () => `(${g.expr(t, d)} / ${g.int(1, 9)})`],
    [1, () => `(${g.expr(t, d)} % ${g.int(1, 9)})`],
    [t.signed ? 1 : 0, () => `(-${a})`],
  ])();
}

function bits(g, t, d) {
  const a = g.expr(t, d);
  return g.weighted([
    [2, () => `(${a} & ${g.expr(t, d)})`],
    [2, () => `(${a} | ${g.expr(t, d)})`],
    [2, () => `(${a} ^ ${g.expr(t, d)})`],
    [1, () => `(${a} >> ${g.int(0, Math.min(t.bits - 1, 9))})`],
    [1, () => `(${masked(g, t, d)} << ${g.int(0, 2)})`],
    [t.signed ? 0 : 1, () => `(!${a})`],
  ])();
}

// `x as T` from another integer, a char or a bool.
function cast(g, t, d) {
  const from = g.weighted([[8, () => g.pick(T.INTS)], [1, () => T.CHAR], [1, () => T.BOOL]])();
  return `(${g.expr(from, d)} as ${t.name})`;
}

// Methods std has on integer types: the wrapping_, checked_, saturating_
// and overflowing_ families, pow, abs, signum, the Euclidean division,
// min/max/clamp, bit counting and moving, from_str_radix and the
// constants. None of these panics (risky methods are `riskyMethod`).
function method(g, t, d) {
  const recv = g.typedAtom(t);
  if (recv === null) return null;
  const small = `(${recv} % 4)`;
  const arg = () => g.expr(t, d);
  const lit = () => T.intLiteral(g, t);
  const nonzero = () => (t.signed ? g.pick(['7', '(-7)', '3', '(-1)', '2']) : String(g.int(1, 9)));
  const op = () => g.pick(['add', 'sub', 'mul']);
  const u32 = (lo, hi) => String(g.int(lo, hi));
  const twin = `u${t.name.slice(1)}`;
  return g.weighted([
    [2, () => `${small}.pow(${g.int(0, 3)})`],
    [t.signed ? 2 : 0, () => `(${recv} % 100).abs()`],
    [2, () => `${recv}.${g.pick(['min', 'max'])}(${arg()})`],
    [1, () => { const a = T.intValue(g, t), b = T.intValue(g, t); const [lo, hi] = a <= b ? [a, b] : [b, a];
                return `${recv}.clamp(${T.intLiteral(g, t, { value: lo })}, ${T.intLiteral(g, t, { value: hi })})`; }],
    [3, () => `${recv}.wrapping_${op()}(${arg()})`],
    [3, () => `${recv}.saturating_${op()}(${arg()})`],
    [2, () => `${recv}.checked_${g.pick(['add', 'sub', 'mul', 'div', 'rem'])}(${arg()}).unwrap_or(${lit()})`],
    [2, () => `${recv}.overflowing_${op()}(${arg()}).0`],
    [1, () => `${recv}.wrapping_${g.pick(['div', 'rem'])}(${nonzero()})`],
    [1, () => `${recv}.${g.pick(['wrapping_neg', 'reverse_bits', 'swap_bytes'])}()`],
    [t.signed ? 1 : 0, () => `${recv}.${g.pick(['signum', 'wrapping_abs', 'saturating_abs', 'saturating_neg'])}()`],
    [1, () => `${recv}.wrapping_pow(${u32(0, 40)})`],
    [1, () => `${recv}.checked_pow(${u32(0, 40)}).unwrap_or(${lit()})`],
    [1, () => `${recv}.saturating_pow(${u32(0, 40)})`],
    [1, () => `${recv}.overflowing_pow(${u32(0, 40)}).0`],
    [1, () => `${recv}.${g.pick(['wrapping_shl', 'wrapping_shr', 'rotate_left', 'rotate_right'])}(${u32(0, 200)})`],
    [1, () => `${recv}.${g.pick(['checked_shl', 'checked_shr'])}(${u32(0, 130)}).unwrap_or(${lit()})`],
    [1, () => `${recv}.rem_euclid(${nonzero()})`],
    [1, () => `${recv}.div_euclid(${nonzero()})`],
    [1, () => `(${recv}.${g.pick(['count_ones', 'count_zeros', 'leading_zeros', 'trailing_zeros', 'leading_ones', 'trailing_ones'])}() as ${t.name})`],
    [1, () => `(${recv}.abs_diff(${arg()}) as ${t.name})`],
    [t.signed ? 1 : 0, () => `(${recv}.unsigned_abs() as ${t.name})`],
    [1, () => `(${recv}.max(1).ilog${g.pick(['2', '10'])}() as ${t.name})`],
    [1, () => `${recv}.max(0).isqrt()`],
    [1, () => `${t.name}::from_str_radix(${T.strLit(g.pick(['7f', '-12', '101', 'zz', '0', '+5', '', '-', 'FF', '1_0']))}, ${g.pick([2, 8, 10, 16, 36])}).unwrap_or(${lit()})`],
    [1, () => `${t.name}::${g.pick(['MAX', 'MIN'])}`],
    [t.signed ? 0 : 1, () => `(${recv} % 100).next_power_of_two()`],
    [1, () => `(${twin}::BITS as ${t.name})`],
  ])();
}

// Integer methods as bools: is_power_of_two, is_negative, what checked_ and
// overflowing_ report.
function methodBool(g, _bool, d) {
  const t = g.pick(T.INTS);
  const recv = g.typedAtom(t);
  return g.weighted([
    [2, () => `${recv}.checked_${g.pick(['add', 'sub', 'mul', 'div', 'rem'])}(${g.expr(t, d)}).is_some()`],
    [1, () => `${recv}.checked_pow(${g.int(0, 40)}).is_none()`],
    [2, () => `${recv}.overflowing_${g.pick(['add', 'sub', 'mul'])}(${g.expr(t, d)}).1`],
    [t.signed ? 0 : 1, () => `${recv}.is_power_of_two()`],
    [t.signed ? 1 : 0, () => `${recv}.${g.pick(['is_negative', 'is_positive'])}()`],
  ])();
}

// A method that may panic, unmasked: pow past MAX, abs of MIN, a zero
// divisor, a logarithm of 0, next_power_of_two past MAX, clamp with its
// bounds the wrong way round, a radix out of range. Where each panics
// (inside core or at the call) and with which words is what it tests.
function riskyMethod(g) {
  const vs = g.vars((x) => x.k === 'int');
  if (!vs.length) return false;
  const t = g.pick(vs).type;
  const a = g.pick(g.vars((x) => T.same(x, t))).name, atom = g.typedAtom(t);
  // a literal zero divisor is a compile error (unconditional_panic), not a panic
  const b = atom === `0${t.name}` ? `1${t.name}` : atom;
  const e = g.weighted([
    [3, () => `${a}.pow(${g.int(0, 40)})`],
    [t.signed ? 2 : 0, () => `${a}.abs()`],
    [2, () => `${a}.${g.pick(['wrapping_div', 'wrapping_rem', 'saturating_div', 'div_euclid', 'rem_euclid'])}(${b})`],
    [1, () => `${a}.overflowing_${g.pick(['div', 'rem'])}(${b}).0`],
    [1, () => `(${a}.ilog${g.pick(['2', '10'])}() as ${t.name})`],
    [t.signed ? 1 : 0, () => `${a}.isqrt()`],
    [t.signed ? 0 : 1, () => `${a}.next_power_of_two()`],
    [1, () => `${a}.clamp(${b}, ${g.typedAtom(t)})`],
    [1, () => `${t.name}::from_str_radix("11", ${g.pick(['1', '2', '36', '37', '0'])} + ${g.int(0, 1)}).unwrap_or(0)`],
  ])();
  const name = g.fresh('n');
  g.line(`let ${name}: ${t.name} = ${e};`);
  g.declare(name, t);
  return true;
}

// `let x = a OP b;` with nothing masked: may panic, and where it does the
// panic names the operation's span, which starts at the `(` when the
// operation sits in parentheses inside a larger one. Where rustc's lint
// knows both operands (a constant's cast, a `loop`'s one `break` value) it
// rejects the program instead: the line ends in RISKY, so the runner takes
// that lint there as this feature's doing, and the engine must match it.
function risky(g) {
  const vs = g.vars((x) => x.k === 'int');
  if (!vs.length) return false;
  const t = g.pick(vs).type;
  const a = g.pick(g.vars((x) => T.same(x, t))).name, atom = g.typedAtom(t);
  // a literal zero divisor is a compile error (unconditional_panic), not a panic
  const b = atom === `0${t.name}` ? `1${t.name}` : atom;
  let e = g.weighted([
    [3, () => `${a} + ${b}`], [3, () => `${a} * ${b}`], [3, () => `${a} - ${b}`],
    [1, () => `${a} / ${b}`], [1, () => `${a} % ${b}`], [t.signed ? 1 : 0, () => `-${a}`],
    [1, () => `${a} << ${g.int(0, t.bits - 1)}`],
    // an amount past the width known to rustc is a compile error: this one is read at run time
    [1, () => `${a} << "${g.int(t.bits - 2, t.bits + 2)}".parse::<u32>().unwrap()`],
  ])();
  if (g.chance(0.5)) e = `(${e}) ${g.pick(['/', '%'])} ${g.int(1, 9)}`;
  const name = g.fresh('n');
  g.line(`let ${name}: ${t.name} = ${e}; ${RISKY}`);
  g.declare(name, t);
  return true;
}

// Keep a mutable integer changing, in range.
function update(g) {
  const vs = g.vars((t, v) => t.k === 'int' && v.mut);
  if (!vs.length) return false;
  const v = g.pick(vs), t = v.type;
  g.line(g.weighted([
    [3, () => `${v.name} = (${v.name} % ${mask(t)}) + ${masked(g, t, 1)};`],
    [1, () => `${v.name} %= ${g.int(1, 50)};`],
    [1, () => `${v.name} ^= ${g.expr(t, 1)};`],
    [1, () => `${v.name} >>= ${g.int(0, 3)};`],
    [1, () => `${v.name} = ${g.expr(t, 2)};`],
  ])());
  return true;
}

function print(g) {
  const vs = g.vars((t) => t.k === 'int');
  if (!vs.length) return false;
  const v = g.pick(vs);
  const spec = g.pick(['', ':x', ':X', ':b', ':o', ':>6', ':<4', ':^7', ':06', ':+', ':#x', ':#b', ':#o', ':?', ':*^9']);
  g.line(`println!("${v.name} {${spec}}", ${v.name});`);
  return true;
}

export default {
  name: 'ints',
  types: [{ weight: 10, make: (g) => g.pick(T.INTS) }],
  exprs: {
    int: [
      { weight: 4, gen: (g, t) => T.intLiteral(g, t) },
      { weight: 4, depth: 1, gen: arithmetic },
      { weight: 2, depth: 1, gen: bits },
      { weight: 3, depth: 1, gen: cast },
      { weight: 3, depth: 1, gen: method },
    ],
    bool: [{ weight: 1, depth: 1, gen: methodBool }],
  },
  statements: [
    { weight: 1, gen: risky },
    { weight: 1, gen: riskyMethod },
    { weight: 3, gen: update },
    { weight: 2, gen: print },
  ],
};
