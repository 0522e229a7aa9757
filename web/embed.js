// The iframe embed (embed.html): reads the program from the fragment (share
// link format) or ?example=ID, shows it in a <stack-heap> element, and tells
// the parent page its height so the iframe can fit its content:
//   parent.postMessage({type: 'stack-heap:resize', height}, '*')
// The message holds only a number, so any origin may receive it. ?theme=dark
// and ?height=400 pass through to the element; ?predict turns on predict
// mode. A compare link (v2 with two programs) shows <stack-heap-compare>.
import './stack-heap-element-define.js';
import { readLocation } from './share.js';
import { EXAMPLES } from './examples.js';

const host = document.getElementById('embed');

function fail(message) {
  const p = document.createElement('p');
  p.className = 'embed-error';
  p.textContent = message;
  host.replaceChildren(p);
}

async function show() {
  let state;
  try {
    state = await readLocation(location);
  } catch (err) {
    return fail('This embed link is damaged: ' + String(err.message || err));
  }
  let source, step = null, view = 'simple', stdin = '';
  const params = new URLSearchParams(location.search);
  if (state && state.kind === 'share' && state.compare) {
    const cmp = document.createElement('stack-heap-compare');
    if (state.step) cmp.step = state.step;
    if (state.view !== 'simple') cmp.setAttribute('view', state.view);
    for (const name of ['theme', 'height']) if (params.get(name)) cmp.setAttribute(name, params.get(name));
    cmp.sources = state.compare;  // a property: the programs are text, never markup
    host.replaceChildren(cmp);
    return;
  }
  if (state && state.kind === 'share') {
    ({ source, step, view } = state);
    stdin = state.stdin || '';
  } else if (state && state.kind === 'example') {
    const ex = EXAMPLES.find((e) => e.id === state.id);
    if (!ex) return fail(`There is no example "${state.id}".`);
    source = ex.source;
  } else {
    return fail('Nothing to show: the link has no program.');
  }
  const el = document.createElement('stack-heap');
  if (stdin) el.stdin = stdin;
  if (params.has('predict')) el.predict = true;
  el.source = source;  // a property: the program is text, never markup
  if (step) el.step = step;
  el.view = view;
  for (const name of ['theme', 'height']) if (params.get(name)) el.setAttribute(name, params.get(name));
  if (params.has('editable')) el.editable = true;
  if (params.has('autoplay')) el.autoplay = true;
  host.replaceChildren(el);
}

let last = 0;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'stack-heap:resize', height }, '*');
}
new ResizeObserver(report).observe(document.body);
window.addEventListener('hashchange', show);
show();
