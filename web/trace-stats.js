// Facts about a whole run for the timeline and the compare view: what each
// step did (the timeline's marks, from the engine's per-step event kinds)
// and the run totals (the engine counts them: trace/timeline.h) set side by
// side in words. No DOM: the worker and the pages call it and node tests
// check it.

// The one word a step is marked with on the timeline, most telling first.
export const MARKS = ['panic', 'free', 'realloc', 'alloc', 'move', 'drop', 'print', 'call', 'return', 'other'];
export const MARK_LABELS = {
  panic: 'panic', free: 'heap cell freed', realloc: 'heap cell resized', alloc: 'heap cell allocated',
  move: 'value moved', drop: 'variable dropped', print: 'printed', call: 'function call', return: 'return', other: 'statement',
};

// Every step's mark (an index into MARKS), from the engine's timeline:
// `kinds` indexes `stepKinds` (the summary's names of the step kinds), bit k
// of `events` is set when the step holds an event of kind `eventKinds[k]`.
// A panic step is a panic; then the first of free, realloc, alloc, move,
// drop and print the step did, or a leak (marked as a free); then a call or a
// return, as a step kind or an event; otherwise a plain statement.
export function stepMarks(kinds, events, stepKinds, eventKinds) {
  const bit = (name) => {
    const k = eventKinds.indexOf(name);
    return k < 0 ? 0 : 1 << k;
  };
  const byEvent = ['free', 'realloc', 'alloc', 'move', 'drop', 'print'].map((m) => [bit(m), MARKS.indexOf(m)]);
  byEvent.push([bit('leak'), MARKS.indexOf('free')]);
  const kindMark = stepKinds.map((k) => (k === 'panic' || k === 'call' || k === 'return' ? MARKS.indexOf(k) : -1));
  const call = bit('call'), ret = bit('return');
  const CALL = MARKS.indexOf('call'), RETURN = MARKS.indexOf('return'), OTHER = MARKS.indexOf('other'), PANIC = MARKS.indexOf('panic');
  const out = new Uint8Array(kinds.length);
  for (let i = 0; i < kinds.length; i++) {
    const kind = kindMark[kinds[i]], ev = events[i];
    let mark = kind === PANIC ? PANIC : -1;
    for (let j = 0; mark < 0 && j < byEvent.length; j++) if (ev & byEvent[j][0]) mark = byEvent[j][1];
    if (mark < 0) mark = kind === CALL || ev & call ? CALL : kind === RETURN || ev & ret ? RETURN : OTHER;
    out[i] = mark;
  }
  return out;
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
