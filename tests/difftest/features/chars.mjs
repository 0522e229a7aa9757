// char: literals (outside ASCII once case mapping is right), from a u8 by
// `as`, and the ASCII case methods.
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
  },
};
