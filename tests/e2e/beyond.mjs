// Browser checks of compare, predict, animation, the timeline, export and
// standard input, in the system Chromium, under the real CSP (a violation is
// a console error, which fails the check it happens in):
//   - a compare link round-trips (open it, Share it, decode the new link) and
//     both sides step together, each clamped to its own last step;
//   - in predict mode a wrong prediction is marked wrong and a right one right;
//   - the exported SVG parses as SVG; the PNG is the diagram's size (2x);
//   - steps animate, and nothing animates under prefers-reduced-motion;
//   - the timeline jumps to a step; the printable page draws every step;
//   - <stack-heap predict stdin> and <stack-heap-compare> in a page; the lessons;
//   - a stdin program prints what was typed (needs read_line in the engine).
// Screenshots: build/screenshots/compare.png, predict.png (and more).
// The last line is "N passed, M failed" for scripts/test.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, CSP } from '../../scripts/serve.mjs';
import { browserSuite, serveTestPages } from './browser.mjs';
import { encodeState, decodeState } from '../../web/share.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'build', 'screenshots');
const { server, url } = await startServer({ root: path.join(root, 'web'), port: 0 });
const origin = new URL(url).origin;

const testPages = new Map();
function testPage(name, body) {
  testPages.set(`/__test/${name}`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${name}</title><script type="module" src="/dist/stack-heap-element.js"></script></head>
<body>${body}</body></html>`);
  return `${origin}/__test/${name}`;
}

const only = process.argv[2] ? new RegExp(process.argv[2], 'i') : null;

const { check, finish } = browserSuite({
  shots, selected: (name) => !only || only.test(name), viewport: { width: 1440, height: 1000 },
  prepare: (context) => serveTestPages(context, origin, testPages, CSP),
});

const waitForRuns = (page, n) => page.waitForFunction((k) => Number(document.getElementById('status').dataset.runs || 0) >= k, n);
const runsShown = (page) => page.$eval('#status', (el) => Number(el.dataset.runs || 0));
async function typeProgram(page, text) {
  const before = await runsShown(page);
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  await waitForRuns(page, before + 1);
  // The run of this text, not of the empty program in between.
  await page.waitForFunction(() => !('pending' in document.getElementById('status').dataset));
}
const currentStep = async (page) => Number((await page.textContent('#step-count')).match(/step (\d+)/)[1]);
// The controls move at once; the diagram once the step's view is back from the worker.
const waitStep = (page, n) => page.waitForFunction((k) => document.querySelector('#step-count').textContent.startsWith(`step ${k} `) &&
  document.getElementById('diagram').dataset.step === String(k), n);
async function openPlayground(page) {
  await page.goto(url);
  await waitForRuns(page, 1);
}

// The compare element's state, read through its shadow roots.
const compareState = (page, sel = 'stack-heap-compare') => page.evaluate((s) => {
  const c = document.querySelector(s);
  const r = c.shadowRoot;
  const sides = [...r.querySelectorAll('.side')].map((side) => ({
    label: side.querySelector('.side-label:not([hidden])')?.value ?? side.querySelector('span.side-label').textContent,
    step: side.querySelector('stack-heap').currentStep,
    steps: side.querySelector('stack-heap').stepCount,
    text: side.querySelector('.side-step').textContent,
    hasDiagram: Boolean(side.querySelector('stack-heap').shadowRoot.querySelector('svg.memory-diagram')),
  }));
  return { step: c.currentStep, count: r.querySelector('.count').textContent, sides, rows: c.summaryRows };
}, sel);

const MOVE = 'let a = String::from("hello");\nlet b = a;\nprintln!("{b}");\n';
const CLONE = 'let a = String::from("hello");\nlet b = a.clone();\nlet c = b.clone();\nprintln!("{a} {b} {c}");\n';

await check('a compare link round-trips and both sides step together, each clamped to its last step', async (page) => {
  const compare = [{ source: MOVE, label: 'move', stdin: '' }, { source: CLONE, label: 'clone()', stdin: '' }];
  const hash = await encodeState({ source: MOVE, step: 2, compare });
  await page.goto(url + 'compare.html#' + hash);
  await waitForRuns(page, 1);
  await page.waitForFunction(() => document.querySelector('stack-heap-compare').currentStep === 2);
  let s = await compareState(page);
  if (s.sides[0].label !== 'move' || s.sides[1].label !== 'clone()') throw new Error('labels: ' + JSON.stringify(s.sides));
  if (s.sides.some((x) => x.step !== 2)) throw new Error('not both at step 2: ' + JSON.stringify(s.sides));
  const [na, nb] = s.sides.map((x) => x.steps);
  if (!(nb > na)) throw new Error(`the clone side should be longer: ${na} vs ${nb}`);
  // Next moves both.
  await page.evaluate(() => document.querySelector('stack-heap-compare').shadowRoot.querySelector('button[aria-label^="Step forward"]').click());
  await page.waitForFunction(() => [...document.querySelector('stack-heap-compare').shadowRoot.querySelectorAll('stack-heap')].every((e) => e.currentStep === 3));
  // Last: the shared step is the longer run's last; the shorter side stays at its own last.
  await page.evaluate(() => document.querySelector('stack-heap-compare').shadowRoot.querySelector('button[aria-label^="Last step"]').click());
  await page.waitForFunction((n) => document.querySelector('stack-heap-compare').currentStep === n, nb);
  s = await compareState(page);
  if (s.sides[0].step !== na || s.sides[1].step !== nb) throw new Error('clamping: ' + JSON.stringify(s.sides));
  // The summary: the clone side allocates more.
  const allocs = s.rows.find((r) => r.key === 'allocations');
  if (!(allocs.a === 1 && allocs.b === 3)) throw new Error('allocations row: ' + JSON.stringify(allocs));
  const moves = s.rows.find((r) => r.key === 'moves');
  if (!(moves.a === 1 && moves.b === 0)) throw new Error('moves row: ' + JSON.stringify(moves));
  // Share: the new link holds the same programs, labels and the step.
  await page.evaluate(() => document.querySelector('stack-heap-compare').shadowRoot.querySelector('button[aria-label^="First step"]').click());
  await page.click('#share');
  await page.waitForFunction(() => document.getElementById('share-link').value.includes('#v2:'));
  const link = await page.inputValue('#share-link');
  const back = await decodeState(new URL(link).hash);
  if (JSON.stringify(back.compare) !== JSON.stringify(compare) || back.step !== 1) throw new Error('round trip: ' + JSON.stringify(back));
  // The same link opened in the playground goes to the compare view.
  await page.goto(url + 'index.html' + new URL(link).hash);
  await page.waitForURL(/compare\.html#v2:/);
  await waitForRuns(page, 1);
});

await check('the compare page: built-in pair, screenshot', async (page) => {
  await page.goto(url + 'compare.html?pair=vec-capacity');
  await waitForRuns(page, 1);
  const s = await compareState(page);
  const re = s.rows.find((r) => r.key === 'reallocs');
  const peak = s.rows.find((r) => r.key === 'peakBytes');
  if (re.a !== 2 || re.b !== 0 || peak.a !== 64 || peak.b !== 36) throw new Error(JSON.stringify(s.rows));
  // Step to the middle of the run: v has grown once on the left.
  await page.evaluate(() => { document.querySelector('stack-heap-compare').step = 14; });
  await page.waitForFunction(() => [...document.querySelector('stack-heap-compare').shadowRoot.querySelectorAll('stack-heap')].every((e) => e.currentStep === 14 && e.shadowRoot.querySelector('svg.memory-diagram')));
  await page.waitForTimeout(700);
  await page.screenshot({ path: path.join(shots, 'compare.png'), fullPage: true });
}, { viewport: { width: 1440, height: 900 } });

await check('predict mode: a wrong prediction is marked wrong, a right one right, and the step explains it', async (page) => {
  await openPlayground(page);
  await typeProgram(page, MOVE);
  await page.click('#predict-toggle');
  await page.click('#first');
  await page.click('#next');  // step 1 -> asks
  await page.waitForSelector('.predict[data-state="asking"]');
  await page.click('.predict-option >> nth=0');
  await waitStep(page, 2);
  // Now at step 2 (a exists): the next step moves a into b.
  await page.click('.predict-next');
  await page.waitForSelector('.predict[data-state="asking"][data-kind="moved-dropped"]');
  if ((await currentStep(page)) !== 2) throw new Error('asking moved the step');
  await page.click('.predict-option:has-text("none of them")');
  await page.waitForSelector('.predict[data-result="wrong"]');
  await waitStep(page, 3);
  const wrong = await page.$eval('.predict-option[data-result="wrong"]', (b) => b.textContent);
  const shown = await page.$eval('.predict-option[data-result="answer"]', (b) => b.textContent);
  if (wrong !== 'none of them' || shown !== 'a') throw new Error(`marked ${wrong}, answer ${shown}`);
  const explain = await page.textContent('.predict-result');
  if (!/Not quite/.test(explain) || !/moved/.test(explain)) throw new Error('explanation: ' + explain);
  // Back one step and predict right this time.
  await page.click('#prev');
  await waitStep(page, 2);
  await page.click('#next');
  await page.waitForSelector('.predict[data-state="asking"][data-kind="moved-dropped"]');
  const before = Number((await page.textContent('.predict-score')).match(/^(\d+) of 2 right$/)[1]);
  await page.click('.predict-option:text-is("a")');
  await page.waitForSelector('.predict[data-result="right"]');
  await page.waitForSelector('.predict-option[data-result="right"]');
  if (!/Right!/.test(await page.textContent('.predict-result'))) throw new Error('no Right!');
  const score = await page.textContent('.predict-score');
  if (score !== `${before + 1} of 3 right`) throw new Error(`score: ${score} (before: ${before} of 2)`);
});

await check('predict mode screenshot: a heap question before a Vec grows', async (page) => {
  await openPlayground(page);
  await typeProgram(page, 'let mut v: Vec<u32> = Vec::with_capacity(2);\nv.push(10);\nv.push(20);\nlet label = String::from("neighbour");\nv.push(30);\nprintln!("{:?} {label}", v);\n');
  await page.click('#predict-toggle');
  await page.click('#first');
  for (let i = 1; i < 5; i++) {
    await page.click('#next');
    await page.waitForSelector('.predict[data-state="asking"]');
    await page.click('.predict-option >> nth=0');
    await waitStep(page, i + 1);
  }
  await page.click('.predict-next');
  await page.waitForSelector('.predict[data-state="asking"][data-kind="heap"]');
  await page.click('.predict-option[data-id="alloc"]');
  await page.waitForSelector('.predict[data-result="wrong"]');
  await page.waitForTimeout(700);
  await page.screenshot({ path: path.join(shots, 'predict.png') });
}, { viewport: { width: 1440, height: 900 } });

await check('export: the SVG parses as standalone SVG; the PNG is the diagram\'s size at 2x', async (page) => {
  await openPlayground(page);
  await typeProgram(page, MOVE);
  const text = await page.evaluate(() => window.stackHeapPlayground.exportSvg());
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return { error: doc.querySelector('parsererror')?.textContent || null, root: doc.documentElement.localName, ns: doc.documentElement.namespaceURI,
      width: doc.documentElement.getAttribute('width'), height: doc.documentElement.getAttribute('height'),
      filled: doc.querySelectorAll('[fill]').length, styleAttrs: doc.querySelectorAll('[style], style').length };
  }, text);
  if (parsed.error || parsed.root !== 'svg' || parsed.ns !== 'http://www.w3.org/2000/svg') throw new Error(JSON.stringify(parsed));
  if (parsed.filled < 10) throw new Error('styles were not inlined: ' + JSON.stringify(parsed));
  const size = await page.$eval('#diagram svg.memory-diagram', (s) => ({ w: Number(s.getAttribute('width')), h: Number(s.getAttribute('height')) }));
  if (Number(parsed.width) !== size.w || Number(parsed.height) !== size.h) throw new Error('svg size ' + JSON.stringify([parsed, size]));
  await page.click('#export-menu summary');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
  const file = await download.path();
  const png = fs.readFileSync(file);
  if (png.subarray(1, 4).toString() !== 'PNG') throw new Error('not a PNG');
  const w = png.readUInt32BE(16), h = png.readUInt32BE(20);
  if (w !== size.w * 2 || h !== size.h * 2) throw new Error(`PNG ${w}x${h}, diagram ${size.w}x${size.h}`);
  if (!/\.png$/.test(download.suggestedFilename())) throw new Error(download.suggestedFilename());
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export-menu summary').then(() => page.click('#export-svg'))]);
  const svgFile = fs.readFileSync(await svgDownload.path(), 'utf8');
  if (!svgFile.startsWith('<?xml') || !svgFile.includes('<svg')) throw new Error('svg download: ' + svgFile.slice(0, 80));
});

await check('steps animate; under prefers-reduced-motion nothing animates', async (page) => {
  await openPlayground(page);
  await typeProgram(page, MOVE);
  await page.click('#first');
  await page.click('#next');
  await waitStep(page, 2);
  const animated = await page.evaluate(() => ({ count: Number(document.getElementById('diagram').dataset.animations), running: document.getAnimations().length }));
  if (!(animated.count > 0) || !(animated.running > 0)) throw new Error('no animation: ' + JSON.stringify(animated));
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.click('#next');
  await waitStep(page, 3);
  const still = await page.evaluate(() => ({ count: Number(document.getElementById('diagram').dataset.animations), running: document.getAnimations().length }));
  if (still.count !== 0 || still.running !== 0) throw new Error('animated under reduced motion: ' + JSON.stringify(still));
});

await check('the timeline marks every step and jumps where it is clicked', async (page) => {
  await openPlayground(page);
  await typeProgram(page, 'let a = String::from("hi");\nlet b = a;\nprintln!("{b}");\nlet v = vec![1, 2, 3];\n');
  // This program's run (8 steps) is the one on screen, not an earlier one still landing.
  await page.waitForFunction(() => / of 8$/.test(document.querySelector('#step-count').textContent));
  await page.waitForTimeout(300);
  const marks = await page.$$eval('.timeline .tl-mark', (rs) => rs.map((r) => r.dataset.mark));
  for (const m of ['alloc', 'move', 'print', 'free']) if (!marks.includes(m)) throw new Error('no ' + m + ' mark: ' + marks);
  const box = await page.$eval('.timeline .tl-move', (r) => { const b = r.getBoundingClientRect(); return { x: b.x + b.width / 2, y: b.y + b.height / 2 }; });
  const want = Number(await page.$eval('.timeline .tl-move', (r) => r.dataset.step));
  await page.mouse.click(box.x, box.y);
  await waitStep(page, want);
  if (!/peak/.test(await page.textContent('.tl-peak'))) throw new Error('no peak label');
});

await check('the printable page draws every step with its narration', async (page) => {
  const hash = await encodeState({ source: MOVE });
  await page.goto(url + 'print.html#' + hash);
  await page.waitForFunction(() => document.body.dataset.ready === '1');
  const n = await page.$$eval('.print-step', (s) => s.length);
  const narr = await page.$$eval('.print-step .narr', (s) => s.map((p) => p.textContent));
  const svgs = await page.$$eval('.print-step svg.memory-diagram', (s) => s.length);
  if (n < 5 || svgs !== n || narr.some((t) => !t)) throw new Error(`${n} steps, ${svgs} diagrams`);
  await page.emulateMedia({ media: 'print' });
  if (await page.isVisible('#print')) throw new Error('the toolbar prints');
});

await check('<stack-heap predict stdin> and <stack-heap-compare> child markup in a page', async (page) => {
  await page.goto(testPage('elements', `
<stack-heap id="p" predict step="2">
let a = String::from("hello");
let b = a;
</stack-heap>
<stack-heap-compare id="c">
  <pre label="&amp;str">let s: &amp;str = "hi";</pre>
  <pre label="String">let s = String::from("hi");</pre>
</stack-heap-compare>`));
  await page.waitForFunction(() => document.querySelector('#p').shadowRoot.querySelector('svg.memory-diagram'));
  await page.evaluate(() => document.querySelector('#p').shadowRoot.querySelector('button[aria-label="Step forward"]').click());
  await page.waitForFunction(() => document.querySelector('#p').shadowRoot.querySelector('.predict[data-state="asking"]'));
  const right = await page.evaluate(() => {
    const r = document.querySelector('#p').shadowRoot;
    [...r.querySelectorAll('.predict-option')].find((b) => b.textContent === 'a').click();
    return r.querySelector('.predict').dataset.result;
  });
  if (right !== 'right') throw new Error('element predict: ' + right);
  await page.waitForFunction(() => document.querySelector('#p').currentStep === 3);
  await page.evaluate(() => document.querySelector('#c').scrollIntoView());
  await page.waitForFunction(() => document.querySelector('#c').summaryRows);
  const s = await compareState(page, '#c');
  if (s.sides[0].label !== '&str' || !s.sides.every((x) => x.hasDiagram)) throw new Error(JSON.stringify(s.sides));
  const allocs = s.rows.find((r) => r.key === 'allocations');
  if (allocs.a !== 0 || allocs.b !== 1) throw new Error(JSON.stringify(allocs));
  // The embed iframe page shows a compare link too.
  const hash = await encodeState({ source: MOVE, compare: [{ source: MOVE, label: 'A' }, { source: CLONE, label: 'B' }] });
  await page.goto(url + 'embed.html#' + hash);
  await page.waitForFunction(() => document.querySelector('stack-heap-compare')?.summaryRows);
});

await check('lessons: predict mode in "The stack and the heap", the compare view in "Growing a Vec"', async (page) => {
  await page.goto(url + 'dist/lessons/stack-and-heap.html');
  await page.evaluate(() => document.getElementById('vec').scrollIntoView());
  await page.waitForFunction(() => document.getElementById('vec').shadowRoot.querySelector('svg.memory-diagram'));
  await page.evaluate(() => document.getElementById('vec').shadowRoot.querySelector('button[aria-label="Step forward"]').click());
  await page.waitForFunction(() => document.getElementById('vec').shadowRoot.querySelector('.predict[data-kind="heap"]'));
  await page.evaluate(() => document.getElementById('vec').shadowRoot.querySelector('.predict-option[data-id="alloc"]').click());
  const r = await page.evaluate(() => document.getElementById('vec').shadowRoot.querySelector('.predict').dataset.result);
  if (r !== 'right') throw new Error('lesson predict: ' + r);
  await page.goto(url + 'dist/lessons/growing-a-vec.html#capacity-step-20');
  await page.waitForFunction(() => document.getElementById('capacity')?.summaryRows);
  await page.waitForFunction(() => document.getElementById('capacity').currentStep === 20);
  const s = await compareState(page, '#capacity');
  if (s.rows.find((x) => x.key === 'reallocs').a !== 2) throw new Error(JSON.stringify(s.rows));
});

await check('standard input: a read_line program prints what was typed (needs the engine\'s read_line)', async (page) => {
  await openPlayground(page);
  await page.fill('#stdin', 'hello');
  await typeProgram(page, 'let mut s = String::new();\nstd::io::stdin().read_line(&mut s).unwrap();\nprintln!("got {}", s.trim());\n');
  await page.click('#last');
  const out = await page.textContent('#stdout');
  if (out !== 'got hello\n') throw new Error('stdout: ' + JSON.stringify(out) + ' status: ' + (await page.textContent('#status')));
  // The element's stdin attribute too.
  await page.goto(testPage('stdin', `<stack-heap id="s" stdin="hello">
let mut s = String::new();
std::io::stdin().read_line(&amp;mut s).unwrap();
println!("got {}", s.trim());
</stack-heap>`));
  await page.waitForFunction(() => document.querySelector('#s').run);
  const stdout = await page.evaluate(() => document.querySelector('#s').run.stdout);
  if (stdout !== 'got hello\n') throw new Error('element stdout: ' + JSON.stringify(stdout));
});

server.close();
finish();
