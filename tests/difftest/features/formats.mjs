// Formatting: println! and format! (a String whose capacity is printed:
// std grows it write by write) with width, fill, alignment, precision,
// signs, `#` prefixes, radix and exponents, Debug and pretty Debug of
// composites, strs with escapes, floats, and literals rustc writes into the
// format string itself.
import * as T from '../types.mjs';

const FLOATS = ['3.14159', '100.0', '0.0012', '1e20', '1e-7', '(-2.5)', '0.0', '1234567.125', '(1.0 / 3.0)', 'f64::NAN',
                '255.5f32', 'f64::MAX', '(-0.0)'];
const DEBUGGED = ['(1, "a")', '(true,)', 'Some(5)', 'None::<i32>', 'Some("x\\ty")', '[1u8, 2]', '()', '(vec![Some(1)], \'c\')',
                  'Some((1, vec![2]))', 'vec!["a", "b"]', 'Vec::<i32>::new()', '("\\u{301}é", 2.5)'];

// [placeholder, argument] pairs. A String variable named in one piece is
// borrowed by the macro until it has run, so it is held (`held`) while the
// later pieces are made: none of them may move it (rustc's E0505).
function piece(g, held) {
  const t = g.weighted([[4, () => g.pick(T.INTS)], [2, () => T.STR], [1, () => T.CHAR], [1, () => T.BOOL], [1, () => T.STRING],
                        [1, () => ({ k: 'float' })], [1, () => ({ k: 'debugged' })]])();
  const named = t.k === 'string' ? g.vars((x) => x.k === 'string').map((v) => v.name)[0] : undefined;
  if (named) held.push(named);
  const a = t.k === 'string' ? (named ?? '"s"')
    : t.k === 'float' ? g.pick(FLOATS) : t.k === 'debugged' ? g.pick(DEBUGGED) : g.expr(t, 1);
  const specs = t.k === 'debugged' ? [':?', ':#?', ':5?', ':#x?'] : ['', ':>5', ':<4', ':^6', ':*>7', ':-^5', ':?', ':#?'];
  if (t.k === 'int') specs.push(':x', ':X', ':o', ':b', ':05', ':>3', ':+', ':#x', ':#b', ':#o', ':+05', ':#010x', ':e', ':.2E');
  if (t.k === 'float') specs.push(':.2', ':.0', ':8.3', ':+', ':e', ':E', ':.3e', ':010.2', ':.1?', ':12?');
  if (t.k === 'str' || t.k === 'string') specs.push(':.2', ':8.1');
  return [`{${g.pick(specs)}}`, a];
}

function piecesOf(g) {
  const held = [];
  return Array.from({ length: g.int(1, 3) }, () => g.locking([...held], () => piece(g, held)));
}

function formatString(g) {
  const pieces = piecesOf(g);
  const seps = ['', '-', ' ', ', ', 'abc'];
  const fmt = pieces.map(([p]) => p + g.pick(seps)).join('');
  return `format!("${fmt}", ${pieces.map(([, a]) => a).join(', ')})`;
}

function print(g) {
  const pieces = piecesOf(g);
  g.line(`println!("${pieces.map(([p]) => p).join(' | ')}", ${pieces.map(([, a]) => a).join(', ')});`);
  return true;
}

export default {
  name: 'formats',
  exprs: { string: [{ weight: 2, gen: formatString }] },
  statements: [{ weight: 2, gen: print }],
};
