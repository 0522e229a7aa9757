// The program generator: from a seed, one random Rust program that rustc
// accepts, that ends, and that prints enough of its state (values, lengths,
// capacities, sizes) for a wrong answer of the engine to show in stdout or in
// the allocation log.
//
// The generator knows types, scopes and moves; it knows nothing of strings,
// vectors or structs. Those live in feature modules (features/*.mjs, listed in
// features/index.mjs), each contributing expressions of the types it knows,
// statements, and items before main. An expression is asked for by type, so a
// feature's statement can use whatever another feature can produce of that
// type. Well-typedness is by construction; termination by bounded loops and a
// depth parameter on recursion; the borrow checker is passed by keeping
// references inside the statement or small block that makes them, and by
// never moving a variable from inside a loop or from a scope below its own.
//
// Every expression that is not an atom (a name, a literal, a call, a field,
// an index) comes back already parenthesised, so producers can combine them
// without knowing precedence.
//
// Node 20, no dependencies.

import { FEATURES, PENDING } from './features/index.mjs';
import * as T from './types.mjs';

// xorshift32 seeded through splitmix32: small, fast and the same in every
// node version, so a seed names one program forever.
function rngFrom(seed) {
  let s = (seed >>> 0) ^ 0x9e3779b9;
  s = Math.imul(s ^ (s >>> 16), 0x85ebca6b); s = Math.imul(s ^ (s >>> 13), 0xc2b2ae35); s ^= s >>> 16;
  if (s === 0) s = 1;
  return () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
}

export class Gen {
  constructor(seed, { pending = false } = {}) {
    this.seed = seed;
    this.random = rngFrom(seed);
    this.pendingOn = pending;
    this.items = [];        // lines of items before main (structs, impls, fns)
    this.lines = [];        // lines of main's body, as {text, depth}
    this.out = this.lines;
    this.scopes = [];       // [{vars: [], loop: bool}]
    this.names = 0;
    this.budget = 0;        // statements left in the current body
    this.busy = new Set();  // variables that an open borrow in this expression locks
    this.structs = [];      // struct types declared, see features/structs.mjs
    this.fns = [];          // functions callable from main: {name, params: [type], ret: type, mutParams}
    this.points = [];       // where the mutator may insert a statement: {at, depth, vars}
    this.used = new Set();  // features that produced something, for the report
    this.depth = 1;         // indentation of the current block
    this.state = {};        // per-feature scratch, keyed by feature name
    this.mainReturns = null;  // {type, tail}: main returns that type, ending with the tail expression
  }

  // ------------------------------------------------------------ random choices
  int(lo, hi) { return lo + Math.floor(this.random() * (hi - lo + 1)); }
  chance(p) { return this.random() < p; }
  pick(xs) { return xs[Math.floor(this.random() * xs.length)]; }
  // [[weight, value], ...] -> value
  weighted(pairs) {
    const live = pairs.filter(([w]) => w > 0);
    let r = this.random() * live.reduce((a, [w]) => a + w, 0);
    for (const [w, v] of live) { if ((r -= w) < 0) return v; }
    return live[live.length - 1][1];
  }
  // A construct that a known divergence would break stays off until the fix
  // lands (features/index.mjs PENDING); `--pending` turns them all on.
  allows(what) { return this.pendingOn || !PENDING.has(what); }
  // A random stream of a feature's own, for a decision that must not move
  // the shared stream (a feature on in some programs leaves the others as
  // they were, so rustc's cached results for them still hold).
  ownRandom(name) {
    let h = this.seed >>> 0;
    for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    return rngFrom(h);
  }
  // Whether a feature takes part in this program (`active(g)`, default yes):
  // one that does not adds no weight to any choice.
  on(f) { return !f.active || f.active(this); }
  fresh(prefix) { return `${prefix}${this.names++}`; }

  // ------------------------------------------------------------ output
  line(text) { this.out.push({ text, depth: this.depth }); }
  // `head {` ... `}` with a scope of its own; `loop` marks a loop body, where
  // variables from outside must not be moved.
  block(head, body, { loop = false, tail = '}' } = {}) {
    this.line(head ? `${head} {` : '{');
    this.depth++;
    this.scopes.push({ vars: [], loop });
    body();
    for (const v of this.scopes[this.scopes.length - 1].vars) if (!v.moved && this.chance(0.5)) this.line(T.printLine(this, v));
    this.dropScope();
    this.depth--;
    this.line(tail);
  }
  dropScope() { this.scopes.pop(); }
  // A point where one more statement would be legal: the mutator's places.
  mark() {
    this.points.push({ at: this.out === this.lines ? this.lines.length : -1, depth: this.depth,
                       vars: this.visible().map((v) => ({ ...v })) });
  }

  // ------------------------------------------------------------ scope
  declare(name, type, { mut = false } = {}) {
    const v = { name, type, mut, moved: false, scope: this.scopes.length - 1 };
    this.scopes[this.scopes.length - 1].vars.push(v);
    return v;
  }
  visible() {
    const seen = new Map();
    for (const s of this.scopes) for (const v of s.vars) seen.set(v.name, v);
    return [...seen.values()];
  }
  // Live variables whose type satisfies pred (moved ones and busy ones left out).
  vars(pred = () => true) {
    return this.visible().filter((v) => !v.moved && !this.busy.has(v.name) && pred(v.type, v));
  }
  // May v be moved here: no loop between its scope and this one.
  canMove(v) {
    for (let i = v.scope + 1; i < this.scopes.length; i++) if (this.scopes[i].loop) return false;
    return !this.busy.has(v.name);
  }
  inLoop() { return this.scopes.some((s) => s.loop); }
  // Run fn with the named variables locked (an open &mut borrow of them).
  locking(names, fn) {
    const added = names.filter((n) => !this.busy.has(n));
    for (const n of added) this.busy.add(n);
    try { return fn(); } finally { for (const n of added) this.busy.delete(n); }
  }

  // ------------------------------------------------------------ expressions
  // An expression of `type`. depth bounds nesting; producers that need more
  // depth than is left are not asked.
  expr(type, depth = 2) {
    const options = [];
    for (const f of FEATURES.filter((x) => this.on(x))) {
      for (const p of f.exprs?.[type.k] ?? []) {
        if ((p.depth ?? 0) > depth) continue;
        options.push([p.weight ?? 1, [f, p]]);
      }
    }
    const v = this.useVar(type);
    for (let tries = 0; tries < 6 && options.length; tries++) {
      if (v !== null && this.chance(0.35)) return v;
      const [f, p] = this.weighted(options);
      const e = p.gen(this, type, depth - 1);
      if (e !== null && e !== undefined) { this.used.add(f.name); return e; }
    }
    if (v !== null) return v;
    return T.defaultValue(this, type);
  }
  // A variable of `type` as an expression: Copy types are copied, others
  // cloned, or moved when allowed (and then marked moved).
  useVar(type) {
    const vs = this.vars((t) => T.same(t, type));
    if (!vs.length) return null;
    const v = this.pick(vs);
    if (T.isCopy(type)) return v.name;
    if (T.isClone(type) && (!this.canMove(v) || this.chance(0.7))) return `${v.name}.clone()`;
    if (!this.canMove(v)) return null;
    v.moved = true;
    return v.name;
  }
  // A receiver for a method that needs its type known: a variable, or a
  // suffixed literal for integers.
  typedAtom(type) {
    const vs = this.vars((t) => T.same(t, type));
    if (vs.length && this.chance(0.8)) return this.pick(vs).name;
    if (type.k === 'int') return T.intLiteral(this, type, { suffix: true });
    return null;
  }

  // ------------------------------------------------------------ statements
  // Statements until the budget runs out; each feature's statement producers
  // weigh in, the core adds `let`.
  statements(n) {
    const saved = this.budget;
    this.budget = n;
    while (this.budget > 0) this.statement();
    this.budget = saved;
  }
  statement() {
    this.budget--;
    this.mark();
    const options = [[6, [null, { gen: (g) => g.letStatement() }]]];
    for (const f of FEATURES) if (this.on(f)) for (const s of f.statements ?? []) options.push([s.weight ?? 1, [f, s]]);
    for (let tries = 0; tries < 8; tries++) {
      const [f, s] = this.weighted(options);
      if (s.gen(this) !== false) { if (f) this.used.add(f.name); return; }
    }
    this.letStatement();
  }
  // A random type from the features' `types` lists.
  randomType() {
    const options = [];
    for (const f of FEATURES) if (this.on(f)) for (const t of f.types ?? []) options.push([t.weight ?? 1, t]);
    for (let tries = 0; tries < 8; tries++) {
      const t = this.weighted(options).make(this);
      if (t) return t;
    }
    return T.int('i32');
  }
  letStatement(type = this.randomType()) {
    const e = this.expr(type, 3);
    const name = this.fresh(T.prefix(type));
    const mut = T.mutable(type) && this.chance(0.6);
    this.line(`let ${mut ? 'mut ' : ''}${name}: ${T.name(type)} = ${e};`);
    this.declare(name, type, { mut });
    return name;
  }
  // The lines of a function body generated in a scope of its own (main's
  // variables are not visible): params [{name, type, mut}], then gen().
  body(params, gen) {
    const saved = [this.out, this.scopes, this.depth, this.budget, this.busy];
    this.out = []; this.scopes = [{ vars: [], loop: false }]; this.depth = 1; this.busy = new Set();
    for (const p of params) this.declare(p.name, p.type, { mut: p.mut });
    gen();
    const lines = this.out.map((l) => '    '.repeat(l.depth) + l.text);
    [this.out, this.scopes, this.depth, this.budget, this.busy] = saved;
    return lines;
  }
  // A sub-block with its own statements (and so its own drops at its end).
  nested(head, n, opts) { this.block(head, () => this.statements(n), opts); }

  // ------------------------------------------------------------ the program
  program(size) {
    this.scopes.push({ vars: [], loop: false });
    for (const f of FEATURES) f.setup?.(this);
    this.statements(size);
    for (const f of FEATURES) f.finish?.(this);
    this.dumpAll();
    if (this.mainReturns) this.line(this.mainReturns.tail);
    this.dropScope();
    const body = this.lines.map((l) => '    '.repeat(l.depth) + l.text);
    const signature = this.mainReturns ? `fn main() -> ${this.mainReturns.type} {` : 'fn main() {';
    return [...this.items, signature, ...body, '}', ''].join('\n');
  }
  // Print every live variable once more at the end of main.
  dumpAll() {
    for (const v of this.vars()) this.line(T.printLine(this, v));
  }
}

// Generate the program for `seed`: { source, features, points }.
export function generate(seed, { size, pending = false } = {}) {
  const g = new Gen(seed, { pending });
  const source = g.program(size ?? g.int(8, 24));
  const bodyStart = g.items.length + 1;   // 0-based line of main's first statement
  return { source, features: [...g.used].sort(), points: g.points.filter((p) => p.at >= 0), bodyStart, gen: g };
}
