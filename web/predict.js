// Predict mode: before the next step is shown, the learner guesses what it
// will do. One multiple-choice question per step, built from the NEXT step's
// events (the trace) against plausible alternatives drawn from the memory on
// screen now; the answer is never written down anywhere else. No DOM here:
// the playground, <stack-heap predict> and the lessons use it, node tests check it.
//
//   makeQuestion(view, nextStep, nextView) -> question | null
//     view      the view on screen (step i)
//     nextStep  step i+1 of the run, with `ev` (compacted events) or `events`
//               (the page passes step i+1's view: it carries its events and narration)
//     nextView  the view after step i+1 (for the arrow question)
//   question: {kind, prompt, options: [{id, label}], answer: [id, ...], explain}
//   grade(question, id) -> {right, answer labels}
//
// Kinds, the first that applies to the next step wins:
//   'moved-dropped'  a move or drop event: which variable is moved/dropped?
//   'heap'           an alloc, realloc or free: what happens on the heap?
//   'arrow'          a pointer that starts or changes target: where will it point?
//   'slot'           otherwise: which variable changes?

const NONE = 'none';

function slotsOf(view) {
  const out = [];
  for (const f of (view && view.frames) || []) for (const s of f.slots) out.push({ ...s, fn: f.fn });
  return out;
}

const eventsOf = (step) => (step && (step.ev || step.events)) || [];
const hex = (n) => '0x' + Number(n).toString(16);

// A slot's label in options: its name, and its function when names repeat.
function slotLabel(slot, all) {
  const twins = all.filter((s) => s.name === slot.name).length > 1;
  return twins ? `${slot.name} (in ${slot.fn})` : slot.name;
}

// Up to `max` options: every right one, then alternatives in memory order.
function pick(right, alternatives, max) {
  const out = [...right];
  for (const a of alternatives) {
    if (out.length >= max) break;
    if (!out.some((o) => o.id === a.id)) out.push(a);
  }
  return out;
}

function cellLabel(cell) {
  const what = cell.text !== undefined ? `the text ${JSON.stringify(clip(cell.text, 18))}` : cell.owner ? `${cell.owner}'s buffer` : 'a heap cell';
  return `${what} at ${hex(cell.addr)}`;
}
function clip(s, n) {
  const chars = Array.from(String(s));
  return chars.length <= n ? String(s) : chars.slice(0, n - 1).join('') + '…';
}

function movedDropped(view, events) {
  const slots = slotsOf(view);
  const byId = new Map(slots.map((s) => [s.id, s]));
  const hits = events.filter((e) => (e.kind === 'move' || e.kind === 'drop') && byId.has(e.slot));
  if (!hits.length) return null;
  const verb = hits.every((e) => e.kind === 'move') ? 'moved out of' : hits.every((e) => e.kind === 'drop') ? 'dropped' : 'moved or dropped';
  const right = [...new Set(hits.map((e) => e.slot))].map((id) => ({ id: 's' + id, label: slotLabel(byId.get(id), slots) }));
  const live = slots.filter((s) => s.state === 'live').reverse().map((s) => ({ id: 's' + s.id, label: slotLabel(s, slots) }));
  const options = pick(right, live, 4);
  options.push({ id: NONE, label: 'none of them' });
  return {
    kind: 'moved-dropped',
    prompt: `Which variable is ${verb} in the next step?`,
    options: order(options, slots.map((s) => 's' + s.id)),
    answer: right.map((r) => r.id),
  };
}

const HEAP_OPTIONS = [
  { id: 'alloc', label: 'a new heap cell is allocated' },
  { id: 'realloc', label: 'an existing heap cell grows (and may move)' },
  { id: 'free', label: 'a heap cell is freed' },
  { id: NONE, label: 'nothing changes on the heap' },
];

function heapQuestion(events) {
  const kinds = new Set(events.map((e) => e.kind));
  const answer = ['alloc', 'realloc', 'free'].filter((k) => kinds.has(k));
  if (!answer.length) return null;
  return { kind: 'heap', prompt: 'What happens on the heap in the next step?', options: HEAP_OPTIONS.map((o) => ({ ...o })), answer };
}

// The arrow question: a pointer out of a slot that is new or now points
// somewhere else. Options are the places memory could point now.
function arrowQuestion(view, nextView) {
  if (!nextView) return null;
  const slots = slotsOf(view);
  const nextSlots = slotsOf(nextView);
  const before = new Map((view.pointers || []).map((p) => [p.from, p.to]));
  const targetOf = (addr, v) => {
    for (const c of v.heap || []) if (addr >= c.addr && addr < c.addr + Math.max(1, c.size)) return { kind: 'cell', id: c.id, cell: c };
    for (const s of v.statics || []) if (addr >= s.addr && addr < s.addr + Math.max(1, s.size)) return { kind: 'static', addr: s.addr, s };
    for (const s of slotsOf(v)) if (addr >= s.addr && addr < s.addr + Math.max(1, s.size)) return { kind: 'slot', id: s.id, slot: s };
    return null;
  };
  for (const p of nextView.pointers || []) {
    if (before.get(p.from) === p.to) continue;
    const owner = nextSlots.find((s) => p.from >= s.addr && p.from < s.addr + Math.max(1, s.size));
    if (!owner || !owner.changed) continue;
    const t = targetOf(p.to, nextView);
    if (!t) continue;
    // The right option, in terms of what is on screen now.
    let rightId;
    if (t.kind === 'cell') rightId = (view.heap || []).some((c) => c.id === t.id && c.state !== 'freed') ? 'c' + t.id : 'new-cell';
    else if (t.kind === 'static') rightId = 'l' + t.addr;
    else rightId = slots.some((s) => s.id === t.id) ? 's' + t.id : 'new-slot';
    const alternatives = [];
    for (const c of view.heap || []) if (c.state !== 'freed') alternatives.push({ id: 'c' + c.id, label: cellLabel(c) });
    for (const s of view.statics || []) alternatives.push({ id: 'l' + s.addr, label: `the literal ${JSON.stringify(clip(s.text, 18))}` });
    for (const s of slots) if (s.state === 'live' && s.id !== owner.id) alternatives.push({ id: 's' + s.id, label: `the variable ${slotLabel(s, slots)}` });
    alternatives.push({ id: 'new-cell', label: 'a new heap cell' });
    const right = alternatives.filter((a) => a.id === rightId);
    if (!right.length) right.push({ id: rightId, label: rightId === 'new-slot' ? 'a new variable' : 'somewhere new' });
    // Alternatives nearest the answer first: same kind, then the rest.
    const sameKind = alternatives.filter((a) => a.id[0] === rightId[0]);
    const options = pick(right, [...sameKind, ...alternatives], 4);
    return {
      kind: 'arrow',
      prompt: `Where will ${owner.name}'s arrow point after the next step?`,
      options: order(options, alternatives.map((a) => a.id)),
      answer: [rightId],
    };
  }
  return null;
}

function slotQuestion(view, nextView, events) {
  const slots = slotsOf(view);
  const ids = new Set(slots.map((s) => s.id));
  const answer = new Set();
  if (nextView) {
    for (const s of slotsOf(nextView)) {
      if (!s.changed) continue;
      answer.add(ids.has(s.id) ? 's' + s.id : 'new');
    }
  } else {
    for (const e of events) if (e.kind === 'slot') answer.add(ids.has(e.slot) ? 's' + e.slot : 'new');
  }
  if (!answer.size) answer.add(NONE);
  const right = [...answer].map((id) => ({ id, label: id === 'new' ? 'a new variable appears' : id === NONE ? 'no variable changes' : slotLabel(slots.find((s) => 's' + s.id === id), slots) }));
  const live = slots.filter((s) => s.state !== 'uninit').reverse().map((s) => ({ id: 's' + s.id, label: slotLabel(s, slots) }));
  const options = pick(right.filter((r) => r.id.startsWith('s')), live, 3);
  for (const extra of [{ id: 'new', label: 'a new variable appears' }, { id: NONE, label: 'no variable changes' }]) {
    if (!options.some((o) => o.id === extra.id)) options.push(extra);
  }
  return {
    kind: 'slot',
    prompt: 'Which variable changes in the next step?',
    options: order(options, slots.map((s) => 's' + s.id)),
    answer: [...answer],
  };
}

// Options in a stable order: memory order for slots/cells, fixed extras last.
function order(options, memoryOrder) {
  const rank = (o) => {
    const i = memoryOrder.indexOf(o.id);
    if (i >= 0) return i;
    if (o.id === 'new' || o.id === 'new-cell' || o.id === 'new-slot') return 1e6;
    if (o.id === NONE) return 1e6 + 1;
    return 5e5;
  };
  return [...options].sort((a, b) => rank(a) - rank(b));
}

export function makeQuestion(view, nextStep, nextView) {
  if (!view || !nextStep) return null;
  const events = eventsOf(nextStep);
  const q = movedDropped(view, events) || heapQuestion(events) || arrowQuestion(view, nextView) || slotQuestion(view, nextView, events);
  q.explain = nextStep.narration || '';
  return q;
}

export function grade(question, choice) {
  const right = question.answer.includes(choice);
  const labels = question.answer.map((id) => (question.options.find((o) => o.id === id) || { label: id }).label);
  return { right, answer: labels };
}
