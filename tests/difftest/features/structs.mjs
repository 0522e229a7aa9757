// Structs: one to three declared per program, with integer, bool, char,
// String and Vec fields, derived Debug and Clone (and Copy and PartialEq when
// every field allows it), a constructor, a &self method, a &mut self method;
// field reads and writes, and the struct's size (rustc reorders fields by
// alignment).
import * as T from '../types.mjs';

const fieldType = (g) => g.weighted([[6, () => g.pick(T.INTS)], [1, () => T.BOOL], [1, () => T.CHAR],
                                     [2, () => T.STRING], [1, () => T.vec(g.pick(T.INTS))]])();

function declare(g) {
  const count = g.weighted([[1, 0], [3, 1], [2, 2], [1, 3]]);
  for (let i = 0; i < count; i++) {
    const name = `S${i}`;
    const fields = Array.from({ length: g.int(1, 4) }, (_, j) => ({ name: `f${j}`, type: fieldType(g) }));
    const copy = fields.every((f) => T.isCopy(f.type));
    const t = { k: 'struct', name, fields, copy };
    const derives = copy ? 'Debug, Clone, Copy, PartialEq' : 'Debug, Clone';
    const ints = fields.filter((f) => f.type.k === 'int');
    g.items.push(`#[derive(${derives})]`, `struct ${name} {`, ...fields.map((f) => `    ${f.name}: ${T.name(f.type)},`), '}', '');
    const params = fields.map((f) => `${f.name}: ${T.name(f.type)}`).join(', ');
    const sum = ints.length ? ints.map((f) => `(self.${f.name} as i64 % 1000)`).join(' + ') : '0';
    const bump = ints.length ? `        self.${ints[0].name} = self.${ints[0].name} % 10 + by % 10;` : '        let _ = by;';
    const byType = ints.length ? T.name(ints[0].type) : 'u8';
    g.items.push(`impl ${name} {`,
      `    fn new(${params}) -> ${name} {`, `        ${name} { ${fields.map((f) => f.name).join(', ')} }`, '    }',
      '    fn total(&self) -> i64 {', `        ${sum}`, '    }',
      `    fn bump(&mut self, by: ${byType}) {`, bump, '    }',
      '}', '');
    t.byType = ints.length ? ints[0].type : T.int('u8');
    g.structs.push(t);
  }
}

function structExpr(g, t, d) {
  const args = () => t.fields.map((f) => g.expr(f.type, d));
  return g.weighted([
    [2, () => { const a = args(); return `${t.name} { ${t.fields.map((f, i) => `${f.name}: ${a[i]}`).join(', ')} }`; }],
    [2, () => `${t.name}::new(${args().join(', ')})`],
    [1, () => {
      const base = g.vars((x) => T.same(x, t));
      if (!base.length || t.fields.length < 2) return null;
      const f = t.fields[0];
      return `${t.name} { ${f.name}: ${g.expr(f.type, d)}, ..${g.pick(base).name}${t.copy ? '' : '.clone()'} }`;
    }],
  ])();
}

// A field of a struct variable, when its type is `type`: copied or cloned.
function fieldExpr(g, type) {
  const options = [];
  for (const v of g.vars((t) => t.k === 'struct'))
    for (const f of v.type.fields) if (T.same(f.type, type)) options.push(`${v.name}.${f.name}${T.isCopy(type) ? '' : '.clone()'}`);
  return options.length ? g.pick(options) : null;
}

function change(g) {
  const vs = g.vars((t, v) => t.k === 'struct' && v.mut);
  if (!vs.length) return false;
  const v = g.pick(vs);
  if (g.chance(0.4)) { g.line(`${v.name}.bump(${g.expr(v.type.byType, 1)});`); return true; }
  const f = g.pick(v.type.fields);
  g.locking([v.name], () => g.line(`${v.name}.${f.name} = ${g.expr(f.type, 2)};`));
  return true;
}

function report(g) {
  const vs = g.vars((t) => t.k === 'struct');
  if (!vs.length) return false;
  const v = g.pick(vs);
  g.line(g.pick([`println!("{:?} total {}", ${v.name}, ${v.name}.total());`, `println!("{:#?}", ${v.name});`,
                 `println!("size {}", std::mem::size_of::<${v.type.name}>());`]));
  return true;
}

const anyType = () => (g, t) => fieldExpr(g, t);
export default {
  name: 'structs',
  setup: declare,
  types: [{ weight: 3, make: (g) => (g.structs.length ? g.pick(g.structs) : null) }],
  exprs: {
    struct: [{ weight: 3, depth: 1, gen: structExpr }],
    int: [{ weight: 1, gen: anyType() }, { weight: 1, gen: (g, t) => {
      const vs = g.vars((x) => x.k === 'struct');
      return vs.length ? (t.name === 'i64' ? `${g.pick(vs).name}.total()` : `(${g.pick(vs).name}.total() as ${t.name})`) : null;
    } }],
    string: [{ weight: 1, gen: anyType() }],
    bool: [{ weight: 1, gen: anyType() }],
    char: [{ weight: 1, gen: anyType() }],
    vec: [{ weight: 1, gen: anyType() }],
  },
  statements: [{ weight: 3, gen: change }, { weight: 1, gen: report }],
};
