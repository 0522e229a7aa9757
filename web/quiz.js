// Quiz grading from the engine's trace, shared by the lesson pages and the
// node test that guards the lessons (tests/node/lessons.test.mjs).
//
// "Stack or heap?" is answered by the memory itself: a variable counts as
// "heap" when, in the view at the end of the program (the default step: just
// before main's closing drops), a heap cell that is still in use (live or
// leaked) is owned through it. Everything has a stack slot; the question is
// whether the slot also owns data on the heap. No answer key is written down
// in the page.

function ownedBy(owner, name) {
  if (!owner) return false;
  return owner === name || owner.startsWith(name + '[') || owner.startsWith(name + '.') || owner === '*' + name;
}

// view: the engine's view (SCHEMA.md); names: the variables asked about.
// -> {name: 'heap' | 'stack'}. A variable with no slot left in the view owns
// nothing, so it counts as 'stack'.
export function heapAnswers(view, names) {
  const out = {};
  for (const name of names) {
    const owns = (view.heap || []).some((c) => c.state !== 'freed' && ownedBy(c.owner, name));
    out[name] = owns ? 'heap' : 'stack';
  }
  return out;
}

// "active=stack, cached_requests=heap" <-> {active: 'stack', cached_requests: 'heap'}
export function parseAnswers(text) {
  const out = {};
  for (const part of String(text || '').split(',')) {
    const [k, v] = part.split('=').map((s) => s && s.trim());
    if (k) out[k] = v;
  }
  return out;
}
