// Facts about a whole run, worked out once from its trace's events
// (engine/trace/SCHEMA.md): what each step did (the timeline's marks), the
// live heap bytes after each step (its sparkline), and the totals the compare
// view sets side by side. No DOM: the workers call it and node tests check it.

// Events the page keeps per step (the workers send these, not the raw ones):
// a write loses its bytes (the views carry memory), everything else is small.
export function compactEvents(events) {
  const out = [];
  for (const e of events || []) {
    if (e.kind === 'write') {
      if (e.fills !== undefined) out.push({ kind: 'fill-write', addr: e.addr });
      continue;
    }
    if (e.kind === 'slot') out.push({ kind: 'slot', slot: e.slot, frame: e.frame, name: e.name, size: e.size });
    else if (e.kind === 'print') out.push({ kind: 'print', text: String(e.text || '').slice(0, 200) });
    else {
      const c = { kind: e.kind };
      for (const k of ['slot', 'to', 'cell', 'addr', 'from', 'size', 'oldSize', 'cap', 'frame', 'fn', 'len', 'note']) if (e[k] !== undefined) c[k] = e[k];
      out.push(c);
    }
  }
  return out;
}

// The one word a step is marked with on the timeline, most telling first.
export const MARKS = ['panic', 'free', 'realloc', 'alloc', 'move', 'drop', 'print', 'call', 'return', 'other'];
export const MARK_LABELS = {
  panic: 'panic', free: 'heap cell freed', realloc: 'heap cell resized', alloc: 'heap cell allocated',
  move: 'value moved', drop: 'variable dropped', print: 'printed', call: 'function call', return: 'return', other: 'statement',
};

export function stepMark(step) {
  if (!step) return 'other';
  if (step.kind === 'panic') return 'panic';
  const kinds = new Set((step.events || step.ev || []).map((e) => e.kind));
  for (const k of ['free', 'realloc', 'alloc', 'move', 'drop', 'print']) if (kinds.has(k)) return k;
  if (kinds.has('leak')) return 'free';
  if (step.kind === 'call' || kinds.has('call')) return 'call';
  if (step.kind === 'return' || kinds.has('return')) return 'return';
  return 'other';
}

// Live heap bytes after each step: + alloc size, + (size - oldSize) on a
// realloc, - free size. A leak stays live.
export function heapSeries(steps) {
  const out = [];
  let live = 0;
  for (const s of steps || []) {
    for (const e of s.events || s.ev || []) {
      if (e.kind === 'alloc') live += e.size || 0;
      else if (e.kind === 'realloc') live += (e.size || 0) - (e.oldSize || 0);
      else if (e.kind === 'free') live -= e.size || 0;
    }
    out.push(live);
  }
  return out;
}

// Totals over the whole run.
export function runSummary(steps) {
  const t = { steps: (steps || []).length, allocations: 0, reallocs: 0, movedCells: 0, frees: 0, leaks: 0,
    peakBytes: 0, finalBytes: 0, bytesAllocated: 0, moves: 0, copies: 0, drops: 0, prints: 0 };
  let live = 0;
  for (const s of steps || []) {
    for (const e of s.events || s.ev || []) {
      switch (e.kind) {
        case 'alloc': t.allocations++; live += e.size || 0; t.bytesAllocated += e.size || 0; break;
        case 'realloc':
          t.reallocs++;
          if (e.from !== e.addr) t.movedCells++;
          live += (e.size || 0) - (e.oldSize || 0);
          t.bytesAllocated += Math.max(0, (e.size || 0) - (e.oldSize || 0));
          break;
        case 'free': t.frees++; live -= e.size || 0; break;
        case 'leak': t.leaks++; break;
        case 'move': t.moves++; break;
        case 'copy': t.copies++; break;
        case 'drop': t.drops++; break;
        case 'print': t.prints++; break;
        default: break;
      }
      if (live > t.peakBytes) t.peakBytes = live;
    }
  }
  t.finalBytes = live;
  return t;
}

// The compare view's table: one row per figure, both sides and which is lower.
export const SUMMARY_ROWS = [
  ['steps', 'steps'],
  ['allocations', 'allocations'],
  ['reallocs', 'reallocations'],
  ['movedCells', 'cells moved by a reallocation'],
  ['frees', 'frees'],
  ['peakBytes', 'peak heap bytes'],
  ['bytesAllocated', 'bytes asked of the allocator'],
  ['moves', 'moves'],
  ['copies', 'copies'],
  ['drops', 'drops'],
  ['leaks', 'leaks'],
];

export function compareSummary(a, b) {
  return SUMMARY_ROWS.map(([key, label]) => {
    const x = a ? a[key] ?? 0 : 0, y = b ? b[key] ?? 0 : 0;
    return { key, label, a: x, b: y, diff: y - x, same: x === y };
  });
}

// The rows that differ, in words: "B: 2 fewer reallocations than A (0 vs 2)".
export function differenceSentences(rows, names = ['left', 'right']) {
  const out = [];
  for (const r of rows) {
    if (r.same || r.key === 'steps' || r.key === 'drops') continue;
    const bLower = r.diff < 0;
    const low = bLower ? names[1] : names[0], high = bLower ? names[0] : names[1];
    const lowV = bLower ? r.b : r.a, highV = bLower ? r.a : r.b;
    const n = Math.abs(r.diff);
    if (r.key === 'peakBytes') out.push(`${low}: the heap peaks ${n} B lower than ${high} (${lowV} B vs ${highV} B)`);
    else if (r.key === 'bytesAllocated') out.push(`${low}: asks the allocator for ${n} B less than ${high} (${lowV} B vs ${highV} B)`);
    else out.push(`${low}: ${n} fewer ${r.label} than ${high} (${lowV} vs ${highV})`);
  }
  return out;
}
