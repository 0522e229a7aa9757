// The compare page (compare.html): a <stack-heap-compare editable> with a
// menu of built-in pairs, Swap, Share (a v2 link with a compare field) and
// the theme toggle. Programs come from the fragment or ?pair=ID.
import './stack-heap-element-define.js';
import { readLocation, shareUrl } from './share.js';
import { PAIRS } from './compare-pairs.js';

const $ = (id) => document.getElementById(id);
const compare = $('compare');
const THEME_KEY = 'stack-heap.theme';
const THEMES = ['auto', 'light', 'dark'];

function applyTheme(name) {
  if (name === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = name;
  $('theme-toggle').textContent = 'Theme: ' + name;
  if (name === 'auto') compare.removeAttribute('theme');
  else compare.setAttribute('theme', name);
}
let theme = THEMES.includes(localStorage.getItem(THEME_KEY)) ? localStorage.getItem(THEME_KEY) : 'auto';
applyTheme(theme);
$('theme-toggle').addEventListener('click', () => {
  theme = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length];
  localStorage.setItem(THEME_KEY, theme);
  applyTheme(theme);
});

function setStatus(text, kind = '') {
  $('status').textContent = text;
  $('status').dataset.kind = kind;
}

for (const p of PAIRS) {
  const o = document.createElement('option');
  o.value = p.id;
  o.textContent = p.title;
  $('pairs').append(o);
}
const fromPair = (p) => [p.a, p.b].map((s) => ({ source: s.source, label: s.label, stdin: '' }));
$('pairs').addEventListener('change', () => {
  const p = PAIRS.find((x) => x.id === $('pairs').value);
  if (!p) return;
  compare.step = null;
  compare.sources = fromPair(p);
  $('pairs').value = '';
});
$('swap').addEventListener('click', () => {
  const [a, b] = compare.sources;
  compare.sources = [b, a];
});

let runs = 0;
compare.addEventListener('stack-heap-compare-run', (e) => {
  runs++;
  $('status').dataset.runs = String(runs);
  const [a, b] = e.detail.summaries;
  setStatus(`A: ${a.steps} steps · B: ${b.steps} steps`, 'ok');
});

$('share').addEventListener('click', async () => {
  const sides = compare.sources;
  const url = await shareUrl(location.href.split('#')[0].split('?')[0], {
    source: sides[0].source, step: compare.currentStep || null, compare: sides,
  });
  history.replaceState(null, '', url);
  $('share-row').hidden = false;
  $('share-link').value = url;
  $('share-link').select();
  try { await navigator.clipboard.writeText(url); setStatus('link copied', 'ok'); } catch { /* shown in the field */ }
});

async function load() {
  let link = null;
  try {
    link = await readLocation(location);
  } catch (err) {
    setStatus('this link is damaged: ' + String(err.message || err), 'error');
  }
  const pairId = new URLSearchParams(location.search).get('pair');
  if (link && link.kind === 'share' && link.compare) {
    if (link.step) compare.step = link.step;
    if (link.view && link.view !== 'simple') compare.setAttribute('view', link.view);
    compare.sources = link.compare;
  } else if (link && link.kind === 'share') {
    // A one-program link: compare it with itself, ready to edit side B.
    const side = { source: link.source, label: 'A', stdin: link.stdin || '' };
    compare.sources = [side, { ...side, label: 'B (edit me)' }];
  } else {
    compare.sources = fromPair(PAIRS.find((p) => p.id === pairId) || PAIRS[0]);
  }
}
window.addEventListener('hashchange', load);
load();
