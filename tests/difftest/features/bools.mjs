// bool: literals, comparisons of any integers or chars, `&&`, `||`, `!`,
// and the char classification methods.
import * as T from '../types.mjs';

function compare(g, t, d) {
  const ty = g.weighted([[6, () => g.pick(T.INTS)], [1, () => T.CHAR], [1, () => T.BOOL]])();
  return `(${g.expr(ty, d)} ${g.pick(['<', '<=', '>', '>=', '==', '!='])} ${g.expr(ty, d)})`;
}

export default {
  name: 'bools',
  types: [{ weight: 2, make: () => T.BOOL }],
  exprs: {
    bool: [
      { weight: 2, gen: (g) => g.pick(['true', 'false']) },
      { weight: 4, depth: 1, gen: compare },
      { weight: 2, depth: 1, gen: (g, t, d) => `(${g.expr(T.BOOL, d)} ${g.pick(['&&', '||'])} ${g.expr(T.BOOL, d)})` },
      { weight: 1, depth: 1, gen: (g, t, d) => `(!${g.expr(T.BOOL, d)})` },
      { weight: 2, gen: (g) => {
        const c = g.typedAtom(T.CHAR) ?? T.charLit(T.charValue(g));
        return `${c}.${g.pick(['is_alphabetic', 'is_numeric', 'is_whitespace', 'is_uppercase', 'is_lowercase', 'is_alphanumeric',
                               'is_control', 'is_ascii_digit', 'is_ascii_punctuation'])}()`;
      } },
    ],
  },
};
