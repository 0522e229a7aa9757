// The program's own Display and Debug impls: a struct whose Display writes
// with write! and formatter flags (width, alignment, fill, precision, sign,
// {:#x}), reads f.alternate() and f.width(), and uses f.pad for a name; a
// manual Debug; printed with {}, {:?}, {:>12}, {:#}, to_string() and
// format!, so each write grows the String as std's does. On in about a third
// of the programs, decided by an RNG of its own.
import * as T from '../types.mjs';

const TEMP = { k: 'custom', name: 'Temp', copy: true, clone: true, prefix: 'tp',
               fallback: (g) => `Temp { deg: ${g.int(-40, 60)}, tenth: ${g.int(0, 9)}u8 }` };
const LABEL = { k: 'custom', name: 'Label', copy: false, clone: true, prefix: 'lb',
                fallback: (g) => `Label { name: String::from(${T.strLit(T.word(g))}), id: ${g.int(0, 4000)} }` };

function declare(g) {
  if (g.ownRandom('displays')() >= 0.35) return;
  g.state.displays = true;
  g.items.push('use std::fmt;', '',
    '#[derive(Clone, Copy)]', 'struct Temp {', '    deg: i32,', '    tenth: u8,', '}', '',
    'impl fmt::Display for Temp {', '    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {',
    '        if f.alternate() {', '            write!(f, "{:+}.{}°", self.deg, self.tenth)',
    '        } else {', '            write!(f, "{:>4}.{:<2}|", self.deg, self.tenth)', '        }', '    }', '}', '',
    'impl fmt::Debug for Temp {', '    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {',
    '        write!(f, "Temp({:05}, {:#x}, {:?})", self.deg, self.tenth, f.width())', '    }', '}', '',
    '#[derive(Clone, Debug)]', 'struct Label {', '    name: String,', '    id: u32,', '}', '',
    'impl fmt::Display for Label {', '    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {',
    '        f.pad(&self.name)?;', '        write!(f, "#{:*^7}", self.id)', '    }', '}', '');
}

function statement(g) {
  const vs = g.vars((t) => t === TEMP || t === LABEL);
  if (!vs.length) return false;
  const v = g.pick(vs);
  if (v.type === TEMP) {
    g.weighted([
      [2, () => g.line(`println!("{} {:#} {:?} {:>12?}", ${v.name}, ${v.name}, ${v.name}, ${v.name});`)],
      [1, () => { const s = g.fresh('s'); g.line(`let ${s} = format!("[{}]", ${v.name});`); g.line(`println!("{} {} {}", ${s}, ${s}.len(), ${s}.capacity());`); }],
      [1, () => g.line(`println!("{}", ${v.name}.to_string().len());`)],
    ])();
  } else {
    g.weighted([
      [2, () => g.line(`println!("{} [{:>9}] [{:<9}]", ${v.name}, ${v.name}, ${v.name});`)],
      [1, () => { const s = g.fresh('s'); g.line(`let ${s} = ${v.name}.to_string();`); g.line(`println!("{} {}", ${s}, ${s}.capacity());`); }],
    ])();
  }
  return true;
}

export default {
  name: 'displays',
  setup: declare,
  active: (g) => g.state.displays === true,
  types: [{ weight: 1, make: () => TEMP }, { weight: 1, make: () => LABEL }],
  exprs: {
    custom: [{ weight: 2, depth: 1, gen: (g, t, d) => (t === TEMP ? `Temp { deg: ${g.expr(T.int('i32'), d)} % 1000, tenth: ${g.int(0, 9)} }`
      : t === LABEL ? `Label { name: ${g.expr(T.STRING, d)}, id: ${g.int(0, 99999)} }` : null) }],
  },
  statements: [{ weight: 2, gen: statement }],
};
