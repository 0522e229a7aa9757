// char: literals (outside ASCII too), from a u8 by `as`, the ASCII case
// methods, and a digit's value in a radix as an integer.
import * as T from '../types.mjs';

export default {
  name: 'chars',
  types: [{ weight: 2, make: () => T.CHAR }],
  exprs: {
    char: [
      { weight: 3, gen: (g) => T.charLit(T.charValue(g)) },
      { weight: 2, depth: 1, gen: (g, t, d) => {
        return `((((${g.expr(g.pick(T.INTS), d)}) as u8) % 26 + ${g.pick([65, 97])}) as char)`;
      } },
      { weight: 1, gen: (g) => {
        const c = g.typedAtom(T.CHAR) ?? T.charLit(T.charValue(g));
        return `${c}.${g.pick(['to_ascii_uppercase', 'to_ascii_lowercase'])}()`;
      } },
    ],
    int: [{ weight: 1, gen: (g, t) => {
      const c = g.typedAtom(T.CHAR) ?? T.charLit(T.charValue(g));
      return `(${c}.to_digit(${g.pick([2, 8, 10, 16, 36])}).unwrap_or(${g.int(0, 9)}) as ${t.name})`;
    } }],
  },
};
