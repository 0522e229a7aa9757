// Formatting: println! with width, fill, alignment, precision and radix, and
// format! into a String whose capacity is printed (std grows it piece by
// piece). Debug output, padding, signs and `#` prefixes inside format! wait
// for PENDING 'format-growth'.
import * as T from '../types.mjs';

// [placeholder, argument] pairs; `plain` limits them to what format! grows right today.
function piece(g, plain) {
  const t = g.weighted([[4, () => g.pick(T.INTS)], [2, () => T.STR], [1, () => T.CHAR], [1, () => T.BOOL], [1, () => T.STRING]])();
  const a = t.k === 'string' ? (g.vars((x) => x.k === 'string').map((v) => v.name)[0] ?? '"s"') : g.expr(t, 1);
  const specs = [''];
  if (t.k === 'int') specs.push(':x', ':X', ':o', ':b');
  if (!plain) {
    specs.push(':>5', ':<4', ':^6', ':*>7', ':-^5', ':?', ':#?');
    if (t.k === 'int') specs.push(':05', ':>3');
    if (t.k === 'int') specs.push(':+', ':#x', ':#b', ':#o', ':+05', ':#010x');
  }
  return [`{${g.pick(specs)}}`, a];
}

function formatString(g) {
  const plain = !g.allows('format-growth');
  const pieces = Array.from({ length: g.int(1, 3) }, () => piece(g, plain));
  const seps = ['', '-', ' ', ', ', 'abc'];
  const fmt = pieces.map(([p]) => p + g.pick(seps)).join('');
  return `format!("${fmt}", ${pieces.map(([, a]) => a).join(', ')})`;
}

function print(g) {
  const pieces = Array.from({ length: g.int(1, 3) }, () => piece(g, false));
  g.line(`println!("${pieces.map(([p]) => p).join(' | ')}", ${pieces.map(([, a]) => a).join(', ')});`);
  return true;
}

export default {
  name: 'formats',
  exprs: { string: [{ weight: 2, gen: formatString }] },
  statements: [{ weight: 2, gen: print }],
};
