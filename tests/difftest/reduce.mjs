// The reducer: shrink a diverging program while the divergence persists.
//
// It works on text, so it needs nothing from the features: the generator
// writes one statement per line and puts a block's `}` on a line of its own.
// First deletions, ddmin style, of blocks (a line ending in `{` through its
// matching `}`) and single-line statements; then simplifications one at a
// time: keep a block's body but drop its head and `}`, replace a
// parenthesised expression by one of its operands, replace an integer
// literal by 0 or 1. A candidate is kept when the divergence still has the
// same signature (its kind, and for a rejected program both error codes;
// for a valid one rustc still accepts it) and its brackets still pair up
// (a batch crate cannot hold an unbalanced program); candidates are checked
// in batches, so one rustc compile serves many of them.

// Line ranges of the blocks: [start, end] for a line ending in `{` and the
// line that closes it.
function blocks(lines) {
  const out = [];
  const open = [];
  lines.forEach((l, i) => {
    const t = l.trim();
    if (t.startsWith('}') && open.length && !t.includes('{')) out.push([open.pop(), i]);
    else if (t.startsWith('}') && t.endsWith('{') && open.length) { out.push([open.pop(), i]); open.push(i); }
    if (t.endsWith('{') && !t.startsWith('}')) open.push(i);
  });
  return out;
}

// Balanced `(...)` groups in a line: [start, end] offsets of the parentheses.
function parenGroups(line) {
  const out = [], open = [];
  let quote = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"' && line[i - 1] !== '\\') quote = !quote;
    if (quote) continue;
    if (c === '(') open.push(i);
    else if (c === ')' && open.length) out.push([open.pop(), i]);
  }
  return out;
}

// The top-level operands of `a OP b` inside a paren group's text.
function operands(inner) {
  let depth = 0, quote = false;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '"' && inner[i - 1] !== '\\') quote = !quote;
    if (quote) continue;
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (depth === 0 && c === ' ') {
      const m = /^ (\+|-|\*|\/|%|&&|\|\||&|\||\^|<<|>>|==|!=|<=|>=|<|>) /.exec(inner.slice(i));
      if (m) return [inner.slice(0, i), inner.slice(i + m[0].length)];
    }
  }
  return null;
}

// What may be deleted: each block's whole range (not main itself) and each
// line that is a statement of its own; as sets of line indices.
function units(lines) {
  const mainAt = lines.findIndex((l) => /^fn main\(/.test(l));
  const out = blocks(lines).filter(([s]) => s !== mainAt).map(([s, e]) => {
    const from = s > 0 && lines[s - 1].startsWith('#[') ? s - 1 : s;  // a struct's derive goes with it
    return Array.from({ length: e - from + 1 }, (_, i) => from + i);
  });
  lines.forEach((l, i) => {
    const t = l.trim();
    if (t && !t.endsWith('{') && !t.startsWith('}') && !t.startsWith('#')) out.push([i]);
  });
  return out;
}
const without = (lines, drop) => lines.filter((_, i) => !drop.has(i)).join('\n');

// Whether every bracket outside string and char literals is closed, in order.
function balanced(src) {
  const open = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '"') { for (i++; i < src.length && src[i] !== '"'; i++) if (src[i] === '\\') i++; continue; }
    if (c === "'" && src[i + 2] === "'") { i += 2; continue; }
    if (c === "'" && src[i + 1] === '\\') { i = src.indexOf("'", i + 2); if (i < 0) return false; continue; }
    if ('([{'.includes(c)) open.push(')]}'['([{'.indexOf(c)]);
    else if (')]}'.includes(c) && open.pop() !== c) return false;
  }
  return open.length === 0;
}

// Delete statements, ddmin style: the units in groups of k, every group tried
// at once (one batch); the successful groups together if that still diverges,
// else the first; k halves when no group can go.
async function deletions(src, same, batch) {
  let lines = src.split('\n');
  let k = null;
  for (;;) {
    const us = units(lines);
    if (!us.length) break;
    k = Math.min(k ?? Math.ceil(us.length / 2), us.length);
    const groups = [];
    for (let i = 0; i < us.length; i += k) groups.push(new Set(us.slice(i, i + k).flat()));
    const cands = groups.map((g) => without(lines, g));
    const ok = [];
    for (let i = 0; i < cands.length; i += batch) {
      const r = await same(cands.slice(i, i + batch));
      r.forEach((yes, j) => { if (yes) ok.push(i + j); });
    }
    if (ok.length) {
      const all = new Set(ok.flatMap((i) => [...groups[i]]));
      const joined = without(lines, all);
      lines = (ok.length > 1 && (await same([joined]))[0] ? joined : cands[ok[0]]).split('\n');
      continue;
    }
    if (k === 1) break;
    k = Math.ceil(k / 2);
  }
  return lines.join('\n');
}

// Simplifications of expressions, one at a time.
function* candidates(src) {
  const lines = src.split('\n');
  for (const [s, e] of blocks(lines)) {
    if (lines[e].trim() !== '}' || /^\s*(fn|impl|struct|#)/.test(lines[s])) continue;
    yield [...lines.slice(0, s), ...lines.slice(s + 1, e), ...lines.slice(e + 1)].join('\n');
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    for (const [s, e] of parenGroups(l).sort((a, b) => (b[1] - b[0]) - (a[1] - a[0]))) {
      const ops = operands(l.slice(s + 1, e));
      if (!ops) continue;
      for (const o of ops) yield [...lines.slice(0, i), l.slice(0, s) + o + l.slice(e + 1), ...lines.slice(i + 1)].join('\n');
    }
    for (const m of l.matchAll(/\b(\d[\d_]*)([iu](8|16|32|64|128|size))?\b/g)) {
      if (m[1] === '0' || m[1] === '1' || /[A-Za-z_]$/.test(l.slice(0, m.index))) continue;
      for (const v of ['0', '1']) yield [...lines.slice(0, i), l.slice(0, m.index) + v + (m[2] ?? '') + l.slice(m.index + m[0].length), ...lines.slice(i + 1)].join('\n');
    }
  }
}

// Shrink `src`. `check(sources)` returns, for each, the divergence's
// signature (or null); `kind` is the one to keep. Deletions first, then
// simplifications, each kept only when the signature is unchanged;
// simplification stops when no candidate keeps it, or after `seconds`.
export async function reduce(src, kind, check, { batch = 24, seconds = 120, log = () => {} } = {}) {
  const same = async (cands) => {
    const ok = cands.map(balanced);
    const kinds = await check(cands.filter((_, i) => ok[i]));
    let j = 0;
    return ok.map((b) => b && kinds[j++] === kind);
  };
  const until = Date.now() + seconds * 1000;
  let best = await deletions(src, same, batch);
  log(`${best.split('\n').length} lines after deletions`);
  let progress = true;
  while (progress && Date.now() < until) {
    progress = false;
    const seen = new Set();
    let chunk = [];
    const flush = async () => {
      const r = await same(chunk);
      const found = r.indexOf(true) >= 0 ? chunk[r.indexOf(true)] : null;
      chunk = [];
      return found;
    };
    for (const c of candidates(best)) {
      if (c === best || seen.has(c) || c.length >= best.length) continue;
      seen.add(c);
      chunk.push(c);
      if (chunk.length < batch) continue;
      const found = await flush();
      if (found) { best = found; progress = true; break; }
      if (Date.now() >= until) break;
    }
    if (!progress && chunk.length) {
      const found = await flush();
      if (found) { best = found; progress = true; }
    }
  }
  // Deleting may pay again after simplifying.
  return deletions(best, same, batch);
}
