// Browser checks that the diagram never misleads, in the system Chromium:
//   - an arrow lands where its pointer points: the heads of &v[2], &s[6..11]
//     and a loop's `for i in &v` sit inside the element, the characters or the
//     byte they address (simple and bytes views), while an owning pointer
//     (v's, s's) still lands on its whole cell;
//   - the last diagram that compiled stays on screen, dimmed and labelled, with
//     its output, while a half-typed line does not compile (playground and an
//     editable element);
//   - at 360 px the bytes view keeps 8-byte rows; the editor indents 4 spaces
//     and Escape then Tab leaves it (and the page says so);
//   - predict mode's timeline does not show what the coming steps do; the
//     focused editor shows a ring; a compile error's note wraps at 360 px.
// The last line is "N passed, M failed" for scripts/test.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, CSP } from '../../scripts/serve.mjs';
import { browserSuite, serveTestPages } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'build', 'screenshots');
const { server, url } = await startServer({ root: path.join(root, 'web'), port: 0 });
const origin = new URL(url).origin;

const testPages = new Map();
function testPage(name, body) {
  testPages.set(`/__test/${name}`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>${name}</title><script type="module" src="/dist/stack-heap-element.js"></script></head><body>${body}</body></html>`);
  return `${origin}/__test/${name}`;
}

const only = process.env.ONLY || '';

const { check, finish } = browserSuite({
  shots, selected: (name) => name.includes(only), viewport: { width: 1100, height: 900 },
  prepare: (context) => serveTestPages(context, origin, testPages, CSP),
});

const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const REFS = `let v = vec![10, 20, 30, 40];
let r = &v[2];
let s = String::from("hello world");
let w = &s[6..11];
for i in &v {
    println!("{i} {r} {w}");
}`;
// Step 8: `i` is &20 (the second turn of the loop).
const STEP = 8;

// Where each arrow's head is, and the boxes it may land in (SVG coordinates).
function heads(page, id) {
  return page.evaluate((elId) => {
    const svg = document.getElementById(elId).shadowRoot.querySelector('svg.memory-diagram');
    const box = (el) => { const b = el.getBBox(); return { x: b.x, y: b.y, w: b.width, h: b.height }; };
    const arrows = [...svg.querySelectorAll('.arrow')].map((g) => {
      const p = g.querySelector('.arrow-line');
      const tip = p.getPointAtLength(p.getTotalLength());
      const mark = g.querySelector('.slice-mark');
      return { to: g.dataset.to, tip: { x: tip.x, y: tip.y }, mark: mark ? box(mark) : null };
    });
    const cell = (addr) => svg.querySelector(`[data-kind="cell"][data-addr="${addr}"]`);
    const items = (addr) => [...cell(addr).querySelectorAll('rect.elem')].map(box);
    const bytes = (addr) => [...cell(addr).querySelectorAll('rect.byte')].map(box);
    return { arrows, cells: { v: box(cell('0x600000').querySelector('rect.box')), s: box(cell('0x600010').querySelector('rect.box')) },
      items: items('0x600000'), vBytes: cell('0x600000').querySelector('rect.byte') ? bytes('0x600000') : null,
      sBytes: cell('0x600010').querySelector('rect.byte') ? bytes('0x600010') : null };
  }, id);
}
const inside = (p, b, slack = 0.5) => p.x >= b.x - slack && p.x <= b.x + b.w + slack && p.y >= b.y - slack && p.y <= b.y + b.h + slack;
const arrowTo = (d, addr) => {
  const a = d.arrows.find((x) => x.to === addr);
  if (!a) throw new Error(`no arrow to ${addr}: ${d.arrows.map((x) => x.to).join(', ')}`);
  return a;
};

await check('arrowheads land inside the element, characters or byte the pointer addresses', async (page) => {
  await page.goto(testPage('refs.html', `<stack-heap id="simple" step="${STEP}">${esc(REFS)}</stack-heap>
<stack-heap id="bytes" step="${STEP}" view="bytes">${esc(REFS)}</stack-heap>`));
  await page.waitForFunction(() => [...document.querySelectorAll('stack-heap')].every((e) => e.shadowRoot.querySelector('svg.memory-diagram .arrow')));
  const d = await heads(page, 'simple');
  // &v[2] (0x600008) and i = &v[1] (0x600004) inside their element boxes, not at the cell's corner.
  for (const [addr, item] of [['0x600008', 2], ['0x600004', 1]]) {
    const a = arrowTo(d, addr);
    if (!inside(a.tip, d.items[item])) throw new Error(`the head of the arrow to ${addr} is at ${JSON.stringify(a.tip)}, not in [${item}] ${JSON.stringify(d.items[item])}`);
  }
  // &s[6..11] (0x600016): the head in the marked span, the span inside s's cell, five characters wide.
  const w = arrowTo(d, '0x600016');
  if (!w.mark || !inside(w.tip, w.mark)) throw new Error(`&s[6..11]: head ${JSON.stringify(w.tip)}, span ${JSON.stringify(w.mark)}`);
  if (!inside({ x: w.mark.x, y: w.mark.y }, d.cells.s) || !inside({ x: w.mark.x + w.mark.w, y: w.mark.y + w.mark.h }, d.cells.s)) throw new Error('the span is outside s\'s cell');
  if (Math.abs(w.mark.w - 5 * 7.25) > 1) throw new Error('the span is not five characters wide: ' + w.mark.w);
  // v's own pointer still lands on its cell's edge, left of its first element.
  const own = arrowTo(d, '0x600000');
  if (!(own.tip.x < d.items[0].x && inside(own.tip, d.cells.v, 3))) throw new Error('v\'s pointer head: ' + JSON.stringify(own.tip));
  // Bytes view: each head on its byte.
  const b = await heads(page, 'bytes');
  for (const [addr, cell, i] of [['0x600008', 'vBytes', 8], ['0x600004', 'vBytes', 4], ['0x600016', 'sBytes', 6]]) {
    const a = arrowTo(b, addr);
    if (!inside(a.tip, b[cell][i])) throw new Error(`bytes view: the head of the arrow to ${addr} is at ${JSON.stringify(a.tip)}, not on byte ${i} ${JSON.stringify(b[cell][i])}`);
  }
  await page.locator('#simple').screenshot({ path: path.join(shots, 'arrows-into-cells.png') });
});

await check('the last diagram that compiled stays, dimmed and labelled, while a line is half typed (playground)', async (page) => {
  await page.goto(url);
  const runs = () => page.evaluate(() => Number(document.getElementById('status').dataset.runs || 0));
  await page.waitForFunction(() => Number(document.getElementById('status').dataset.runs || 0) >= 1);
  let before = await runs();
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('let name = String::from("kept");\nprintln!("{name}");\n');
  await page.waitForFunction((n) => Number(document.getElementById('status').dataset.runs) > n, before);
  await page.waitForSelector('#diagram svg.memory-diagram');
  const good = await page.textContent('#diagram svg.memory-diagram');
  const output = await page.textContent('#stdout');
  before = await runs();
  await page.keyboard.insertText('let half = String::fr');
  await page.waitForFunction((n) => Number(document.getElementById('status').dataset.runs) > n, before);
  await page.waitForSelector('#problems:not([hidden]) li');
  const shown = await page.evaluate(() => ({
    stale: document.getElementById('diagram').classList.contains('stale'),
    label: document.querySelector('#diagram .stale-label')?.textContent || '',
    svg: document.querySelector('#diagram svg.memory-diagram')?.textContent || '',
    stdout: document.getElementById('stdout').textContent,
    dim: getComputedStyle(document.querySelector('#diagram svg.memory-diagram')).opacity,
  }));
  if (!shown.stale || !/last version that compiled/.test(shown.label)) throw new Error('not labelled: ' + JSON.stringify(shown));
  if (shown.svg !== good) throw new Error('the kept diagram differs from the last good one');
  if (shown.stdout !== output || !output) throw new Error(`console: ${JSON.stringify(shown.stdout)}, was ${JSON.stringify(output)}`);
  if (!(Number(shown.dim) < 1)) throw new Error('the kept diagram is not dimmed');
  await page.screenshot({ path: path.join(shots, 'last-good-diagram.png') });
  // Finishing the line brings the live diagram back.
  before = await runs();
  await page.keyboard.insertText('om("x");\n');
  await page.waitForFunction((n) => Number(document.getElementById('status').dataset.runs) > n, before);
  await page.waitForFunction(() => !document.getElementById('diagram').classList.contains('stale') && document.querySelector('#diagram svg.memory-diagram'));
});

await check('the last diagram that compiled stays while an editable element\'s program is half typed', async (page) => {
  await page.goto(testPage('edit.html', '<stack-heap id="e" editable>let v = vec![1, 2];\nprintln!("{}", v.len());</stack-heap>'));
  await page.waitForFunction(() => document.getElementById('e').shadowRoot.querySelector('svg.memory-diagram'));
  await page.evaluate(() => {
    window.outcomes = [];
    document.getElementById('e').addEventListener('stack-heap-run', (ev) => window.outcomes.push(ev.detail.outcome));
  });
  const editor = page.locator('#e').locator('textarea');
  await editor.focus();
  await page.keyboard.type('let w = v.');
  await page.waitForFunction(() => window.outcomes.length > 0);
  const outcome = await page.evaluate(() => window.outcomes.at(-1));
  if (outcome !== 'compile_error') throw new Error('the half line compiled: ' + outcome);
  const shown = await page.evaluate(() => {
    const r = document.getElementById('e').shadowRoot;
    return { stale: r.querySelector('.diagram').classList.contains('stale'), label: r.querySelector('.stale-label')?.textContent || '',
      svg: Boolean(r.querySelector('.diagram svg.memory-diagram')), problem: r.querySelector('.problem')?.textContent || '', output: r.querySelector('.output').textContent };
  });
  if (!shown.stale || !shown.svg || !/last version that compiled/.test(shown.label)) throw new Error('not kept: ' + JSON.stringify(shown));
  if (!/error/.test(shown.problem)) throw new Error('no error beside it: ' + JSON.stringify(shown));
  if (shown.output.trim() !== '2') throw new Error('output: ' + JSON.stringify(shown.output));
});

await check('at 360 px the bytes view keeps 8-byte rows, so ptr, cap and len each fill one row', async (page) => {
  await page.goto(testPage('phone.html', `<stack-heap id="p" step="${STEP}" view="bytes">${esc(REFS)}</stack-heap>`));
  await page.waitForFunction(() => document.getElementById('p').shadowRoot.querySelector('svg.memory-diagram .byte'));
  const rows = await page.evaluate(() => {
    const slot = document.getElementById('p').shadowRoot.querySelector('[data-kind="slot"][data-name="v"]');
    const ys = new Map();
    for (const r of slot.querySelectorAll('rect.byte')) ys.set(r.getAttribute('y'), (ys.get(r.getAttribute('y')) || 0) + 1);
    return [...ys.values()];
  });
  if (rows.join(',') !== '8,8,8') throw new Error('v\'s 24 bytes are drawn in rows of ' + rows.join(', '));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  if (overflow) throw new Error('the page scrolls sideways at 360 px');
  await page.screenshot({ path: path.join(shots, 'bytes-360.png'), fullPage: true });
}, { viewport: { width: 360, height: 780 } });

await check('the editor indents 4 spaces; Escape then Tab leaves it, and the page says so', async (page) => {
  await page.goto(url);
  await page.waitForFunction(() => Number(document.getElementById('status').dataset.runs || 0) >= 1);
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('fn main() {\n');
  await page.keyboard.press('Tab');
  const text = await page.evaluate(() => window.stackHeapPlayground.getText());
  if (text.split('\n')[1] !== '    ') throw new Error('Tab on an empty line gave ' + JSON.stringify(text.split('\n')[1]) + ', not 4 spaces');
  const label = await page.$eval('#editor', (h) => h.shadowRoot.querySelector('.cm-content').getAttribute('aria-label'));
  if (!/Escape then Tab/.test(label)) throw new Error('the editor\'s name does not say how to leave: ' + label);
  if (!/Esc\s*then\s*Tab/.test(await page.textContent('.editor-hint'))) throw new Error('no visible hint');
  const editorRing = await page.$eval('#editor', (h) => getComputedStyle(h.shadowRoot.querySelector('.cm-editor')).outlineStyle);
  if (editorRing === 'none') throw new Error('the focused editor shows no focus ring');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  const inEditor = await page.evaluate(() => document.activeElement === document.getElementById('editor'));
  if (inEditor) throw new Error('Escape then Tab did not leave the editor');
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  if (ring === 'none') throw new Error('the control Tab reached shows no focus ring: ' + document.activeElement);
});

await check('predict mode hides the timeline of the steps still to come', async (page) => {
  await page.goto(testPage('predict.html', `<stack-heap id="p" predict step="2">${esc(REFS)}</stack-heap><stack-heap id="q" step="2">${esc(REFS)}</stack-heap>`));
  await page.waitForFunction(() => ['p', 'q'].every((id) => document.getElementById(id).shadowRoot.querySelector('svg.memory-diagram')));
  const seen = (id) => page.evaluate((i) => {
    const r = document.getElementById(i).shadowRoot;
    const svg = r.querySelector('.timeline-svg');
    const veil = svg.querySelector('.tl-veil');
    const v = veil.getBBox();
    // The marks a reader can see: those not under the veil.
    const visible = [...svg.querySelectorAll('.tl-mark')].filter((m) => { const b = m.getBBox(); return b.x + b.width <= v.x + 0.5 || v.width === 0; });
    return { marks: visible.map((m) => m.dataset.mark), legend: [...r.querySelectorAll('.tl-key')].map((k) => k.textContent), peak: Boolean(r.querySelector('.tl-peak')) };
  }, id);
  const p = await seen('p'), q = await seen('q');
  // Step 2 is the first allocation: no print or free shows yet in predict mode.
  for (const m of ['print', 'free']) {
    if (p.marks.includes(m) || p.legend.includes(m)) throw new Error(`predict mode shows a future "${m}": ${JSON.stringify(p)}`);
    if (!q.marks.includes(m)) throw new Error(`without predict mode the "${m}" marks should show: ${JSON.stringify(q)}`);
  }
  if (p.peak) throw new Error('predict mode shows the peak heap of the whole run');
});

await check('at 360 px a compile error\'s memory note is wrapped, never cut off', async (page) => {
  await page.goto(url);
  await page.waitForFunction(() => Number(document.getElementById('status').dataset.runs || 0) >= 1);
  const before = await page.evaluate(() => Number(document.getElementById('status').dataset.runs));
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText('let mut scores = vec![10, 20, 30];\nlet first = &scores[0];\nscores.push(40);\nprintln!("{first}");\n');
  await page.waitForFunction((n) => Number(document.getElementById('status').dataset.runs) > n, before);
  await page.waitForSelector('#problems:not([hidden]) pre');
  const clipped = await page.$$eval('#problems pre', (pres) => pres.filter((p) => p.scrollWidth > p.clientWidth + 1).length);
  if (clipped) throw new Error(`${clipped} problem(s) wider than their box`);
  if (!/= memory:/.test(await page.textContent('#problems'))) throw new Error('no memory note: ' + (await page.textContent('#problems')));
}, { viewport: { width: 360, height: 780 } });

server.close();
finish();
