// Browser checks of sharing, embedding and the lessons, in the system Chromium:
// share links round-trip exactly; three <stack-heap> elements share one
// engine; the iframe embed works from a page on another port; a lesson's quiz
// is graded; a deep link opens a lesson at a step; an <img onerror> payload
// stays text everywhere. Also measures the time to first diagram for a page
// with three embeds. Screenshots go to build/screenshots/.
// The last line is "N passed, M failed" for scripts/test.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, CSP } from '../../scripts/serve.mjs';
import { browserSuite, openBrowser, serveTestPages } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'build', 'screenshots');

const { server, url } = await startServer({ root: path.join(root, 'web'), port: 0 });
const origin = new URL(url).origin;

// Test pages on the playground's origin, with its CSP, served through routes
// (they are not part of the site).
const testPages = new Map();
const testScripts = new Map();  // /__test/NAME.js -> module text (the CSP allows no inline script)
function testPage(name, body) {
  testPages.set(`/__test/${name}`, `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${name}</title><link rel="stylesheet" href="/__test/hostile.css"><script type="module" src="/dist/stack-heap-element.js"></script></head>
<body>${body}</body></html>`);
  return `${origin}/__test/${name}`;
}

// The host page's CSS tries to break every element; the shadow root keeps it out.
const HOSTILE_CSS = `#spacer { height: 5000px; }
svg, text, button, input, p { display: none !important; fill: red !important; color: red !important; }
* { font-size: 40px !important; }
stack-heap { display: block; }`;

// A second server, on another port: the "course platform" that frames the embed.
let hostHtml = '';
const hostServer = http.createServer((req, res) => {
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': `default-src 'self'; frame-src ${origin}; script-src 'self'`,
  });
  if (req.url.startsWith('/host.js')) {
    res.end(`addEventListener('message', (e) => {
      if (!e.data || e.data.type !== 'stack-heap:resize') return;
      const f = document.querySelector('iframe');
      if (e.source === f.contentWindow) { f.height = e.data.height; document.body.dataset.resized = String(e.data.height); }
    });`);
  } else {
    res.end(hostHtml);
  }
});
await new Promise((r) => hostServer.listen(0, '127.0.0.1', r));
const hostUrl = `http://127.0.0.1:${hostServer.address().port}/`;

// ONLY=text runs just the checks whose name contains text (while iterating).
const only = process.env.ONLY || '';

const { check, finish } = browserSuite({
  shots, selected: (name) => name.includes(only), failOnDialog: true,
  prepare: (context) => serveTestPages(context, origin, testPages, CSP, (pathname) =>
    pathname === '/__test/hostile.css' ? { type: 'text/css', body: HOSTILE_CSS }
    : testScripts.has(pathname) ? { type: 'text/javascript', body: testScripts.get(pathname) } : null),
});

const waitForRuns = (page, n) =>
  page.waitForFunction((k) => Number(document.getElementById('status').dataset.runs || 0) >= k, n);
const editorText = (page) => page.evaluate(() => window.stackHeapPlayground.getText());
// The text of something inside an element's shadow root.
const inShadow = (page, hostSel, sel) =>
  page.evaluate(([h, s]) => document.querySelector(h)?.shadowRoot?.querySelector(s)?.textContent ?? null, [hostSel, sel]);
const waitForDiagram = (page, hostSel = 'stack-heap') =>
  page.waitForFunction((h) => [...document.querySelectorAll(h)].every((e) => e.shadowRoot?.querySelector('svg.memory-diagram')), hostSel);

// Scrolls every element into view in turn (they load lazily), then back to the top.
async function showAll(page) {
  const n = await page.$$eval('stack-heap', (els) => els.length);
  for (let i = 0; i < n; i++) {
    await page.evaluate((k) => document.querySelectorAll('stack-heap')[k].scrollIntoView(), i);
    await page.waitForFunction((k) => document.querySelectorAll('stack-heap')[k].shadowRoot.querySelector('svg.memory-diagram, .problem'), i);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

const XSS = '<img src=x onerror="window.__pwned=1;alert(1)">';
const XSS_PROGRAM = `let s = String::from("${XSS.replace(/"/g, '\\"')}");\nprintln!("{s}");\n`;
const noImg = (page) => page.evaluate(() => {
  const all = [document, ...[...document.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.shadowRoot)];
  return { imgs: all.reduce((n, r) => n + r.querySelectorAll('img').length, 0), pwned: Boolean(window.__pwned) };
});

// ------------------------------------------------------------ share links

await check('a share link round-trips exactly: Unicode, step and view', async (page) => {
  await page.goto(url);
  await waitForRuns(page, 1);
  const program = '// Ünïcödé: 日本語, emoji 🦀👩‍💻, RTL שלום, NUL-free \u00a0\ttab\nlet name = String::from("Grüße 🦀");\nlet v = vec![1u8, 2, 3];\nprintln!("{name} {}", v.len());\n';
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(program);
  await waitForRuns(page, 2);
  await page.click('#first');
  await page.click('#next');
  await page.click('#next');
  await page.click('#bytes-toggle');
  await page.click('#share');
  // The link is compressed asynchronously: wait for it to appear.
  await page.waitForFunction(() => document.getElementById('share-link').value.includes('#v1:'));
  const link = await page.inputValue('#share-link');
  if (!/#v1:[A-Za-z0-9_-]+$/.test(link)) throw new Error('link: ' + link);
  if (page.url() !== link) throw new Error('the address bar was not updated');
  // A fresh browser (no localStorage) opens it.
  const other = await openBrowser();
  try {
    await other.page.goto(link);
    await waitForRuns(other.page, 1);
    const text = await editorText(other.page);
    if (text !== program) throw new Error('program differs: ' + JSON.stringify(text));
    const count = await other.page.textContent('#step-count');
    if (!count.startsWith('step 3 ')) throw new Error('step: ' + count);
    if ((await other.page.getAttribute('#bytes-toggle', 'aria-pressed')) !== 'true') throw new Error('bytes view not restored');
    await other.page.waitForSelector('svg.memory-diagram.bytes-view');
  } finally {
    await other.close();
  }
});

await check('a 5,000-line program round-trips through a share link', async (page) => {
  await page.goto(url);
  await waitForRuns(page, 1);
  const lines = ['fn main() {'];
  for (let i = 0; i < 4998; i++) lines.push(`    let v${i} = ${i}u32; // «${String.fromCodePoint(0x1f600 + (i % 50))}» ${'x'.repeat(i % 37)}`);
  lines.push('}');
  const program = lines.join('\n') + '\n';
  if (program.split('\n').length - 1 !== 5000) throw new Error('not 5000 lines');
  const link = await page.evaluate(async (t) => {
    const { shareUrl } = await import('/share.js');
    return shareUrl(location.href, { source: t, step: 7, view: 'table' });
  }, program);
  await page.goto('about:blank');
  await page.goto(link);
  await page.waitForFunction(() => Number(document.getElementById('status').dataset.runs || 0) >= 1, null, { timeout: 30000 });
  const text = await editorText(page);
  if (text !== program) throw new Error(`program differs (${text.length} vs ${program.length} chars)`);
  if (!(await page.textContent('#step-count')).startsWith('step 7 ')) throw new Error('step: ' + (await page.textContent('#step-count')));
  if ((await page.getAttribute('#table-toggle', 'aria-pressed')) !== 'true') throw new Error('table view not restored');
  console.log(`  # 5,000-line program: ${program.length} chars -> link of ${link.length} chars`);
});

await check('?example=vec-growth opens that example', async (page) => {
  await page.goto(url + '?example=vec-growth');
  await waitForRuns(page, 1);
  if (!/len=5 cap=8/.test(await page.textContent('#stdout'))) throw new Error('stdout: ' + (await page.textContent('#stdout')));
});

await check('the Embed button shows both snippets, and the element snippet works', async (page) => {
  await page.goto(url + '?example=moves');
  await waitForRuns(page, 1);
  await page.click('#embed-button');
  await page.waitForFunction(() => document.getElementById('embed-iframe').value);
  const element = await page.inputValue('#embed-element');
  const iframe = await page.inputValue('#embed-iframe');
  if (!element.includes('dist/stack-heap-element.js') || !element.includes('<stack-heap') || !element.includes('String::from("hello")')) throw new Error('element snippet: ' + element);
  if (!/<iframe src="[^"]+embed\.html#v1:/.test(iframe)) throw new Error('iframe snippet: ' + iframe);
  await page.screenshot({ path: path.join(shots, 'embed-dialog.png') });
  // Pasting the element snippet into a page gives a diagram.
  const pasted = testPage('pasted.html', element);
  await page.goto(pasted);
  await waitForDiagram(page);
});

// ------------------------------------------------------------ <stack-heap>

const THREE = testPage('three.html', `
<h1>Three diagrams</h1>
<stack-heap id="a">let port = 53u16;</stack-heap>
<stack-heap id="b" view="bytes" theme="dark">let name = String::from("Kinetic Gateway");</stack-heap>
<stack-heap id="c" step="2">let v = vec![1, 2, 3];
let w = v.clone();</stack-heap>`);

await check('three <stack-heap> elements load one engine', async (page) => {
  let wasm = 0, glue = 0;
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasm++;
    if (r.url().endsWith('stack-heap-engine.js')) glue++;
  });
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto(THREE);
  await waitForDiagram(page);
  const count = await page.evaluate(() => window.__stackHeapWorkers);
  if (count !== 1 || workers.length !== 1) throw new Error(`workers: ${count} counted, ${workers.length} seen`);
  // The page fetches the wasm once (and compiles it for the worker); the glue is inside the worker script.
  if (wasm !== 1 || glue !== 0) throw new Error(`wasm fetched ${wasm} times, glue ${glue} times`);
  const b = await inShadow(page, '#b', 'svg.memory-diagram');
  if (!b.includes('"Kinetic Gateway"')) throw new Error('#b diagram: ' + b);
  if (!(await page.$eval('#b', (e) => Boolean(e.shadowRoot.querySelector('svg.bytes-view'))))) throw new Error('#b is not in the bytes view');
  const c = await inShadow(page, '#c', '.count');
  if (!c.startsWith('step 2 ')) throw new Error('#c step: ' + c);
  // Stepping one element fires its event and leaves the others alone.
  const detail = await page.evaluate(() => new Promise((resolve) => {
    const el = document.getElementById('c');
    el.addEventListener('stack-heap-step', (e) => resolve(e.detail), { once: true });
    el.shadowRoot.querySelector('[aria-label="Step forward"]').click();
  }));
  if (detail.step !== 3 || typeof detail.line !== 'number' || !detail.narration) throw new Error('event: ' + JSON.stringify(detail));
  if ((await page.getAttribute('#c', 'step')) !== '3') throw new Error('step attribute not reflected');
  // The host page's CSS (which hides every svg and button) does not reach inside.
  const shown = await page.$eval('#a', (e) => getComputedStyle(e.shadowRoot.querySelector('button')).display !== 'none' &&
    getComputedStyle(e.shadowRoot.querySelector('svg.memory-diagram')).display !== 'none');
  if (!shown) throw new Error('the page\'s CSS hid the element\'s controls or diagram');
  await page.screenshot({ path: path.join(shots, 'three-elements.png'), fullPage: true });
});

// The page's own shortcut handler (as mdBook's: bare arrows turn the page)
// counts every key that reaches it.
const KEYS_PAGE = testPage('keys.html', `
<stack-heap id="k" step="2">let v = vec![1, 2, 3];
let w = v.clone();
let n = w.len();</stack-heap>
<stack-heap id="e" editable>let x = 1;</stack-heap>
<stack-heap-compare id="cmp"><pre label="a">let a = 1;
let b = 2;</pre><pre label="b">let a = String::from("x");</pre></stack-heap-compare>
<script type="module" src="/__test/keys.js"></script>`);
testScripts.set('/__test/keys.js', `window.pageKeys = [];
document.addEventListener('keydown', (e) => window.pageKeys.push(e.key));`);

await check('keys pressed inside an element step it, throw nothing and never reach the page', async (page) => {
  await page.goto(KEYS_PAGE);
  await waitForDiagram(page);
  await page.waitForFunction(() => document.getElementById('cmp').stepCount > 0);
  const count = () => inShadow(page, '#k', '.count');
  await page.locator('#k').locator('[aria-label="Step forward"]').focus();
  await page.keyboard.press('ArrowRight');
  if (!(await count()).startsWith('step 3 ')) throw new Error('ArrowRight: ' + (await count()));
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  if (!(await count()).startsWith('step 1 ')) throw new Error('ArrowLeft twice: ' + (await count()));
  await page.keyboard.press('End');
  if (!/^step (\d+) of \1$/.test(await count())) throw new Error('End: ' + (await count()));
  await page.keyboard.press('Home');
  if (!(await count()).startsWith('step 1 ')) throw new Error('Home: ' + (await count()));
  // Typing in the editable element's textarea: arrows move the caret only.
  await page.locator('#e').locator('textarea').focus();
  for (const key of ['ArrowRight', 'ArrowLeft', 'End', 'Home', 'a']) await page.keyboard.press(key);
  // The compare element steps both sides from the keyboard.
  await page.locator('#cmp').locator('[aria-label="First step (both)"]').focus();
  const before = await page.evaluate(() => document.getElementById('cmp').currentStep);
  await page.keyboard.press('ArrowRight');
  const after = await page.evaluate(() => document.getElementById('cmp').currentStep);
  if (after !== before + 1) throw new Error(`compare: step ${before} -> ${after}`);
  const seen = await page.evaluate(() => window.pageKeys);
  if (seen.length) throw new Error('the page saw keys pressed inside elements: ' + seen.join(' '));
  // Outside every element the page still gets its keys.
  await page.locator('h1, body').first().click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('ArrowRight');
  if ((await page.evaluate(() => window.pageKeys.length)) !== 1) throw new Error('the page lost its own keys');
});

await check('an element far down the page loads its engine only when scrolled into view', async (page) => {
  const lazy = testPage('lazy.html', '<div id="spacer">tall</div><stack-heap id="far">let x = 1;</stack-heap>');
  await page.goto(lazy);
  await page.waitForTimeout(500);
  if (await page.evaluate(() => window.__stackHeapWorkers)) throw new Error('the worker started before the element was visible');
  await page.$eval('#far', (e) => e.scrollIntoView());
  await waitForDiagram(page, '#far');
});

await check('program text in an element, an attribute and a share link is only ever text', async (page) => {
  const xssPage = testPage('xss.html', `<stack-heap id="x" view="${XSS.replace(/"/g, '&quot;')}" theme="${XSS.replace(/"/g, '&quot;')}">${XSS_PROGRAM.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</stack-heap>`);
  await page.goto(xssPage);
  await waitForDiagram(page);
  const cell = await inShadow(page, '#x', 'svg.memory-diagram');
  if (!cell.includes('<img src=x')) throw new Error('the payload is not shown as text: ' + cell);
  let r = await noImg(page);
  if (r.imgs || r.pwned) throw new Error('element: ' + JSON.stringify(r));
  // Through the source property too (a script setting it).
  await page.evaluate((t) => { document.getElementById('x').source = t; }, XSS + '\nlet y = 1;\n');
  await page.waitForFunction(() => /error/.test(document.getElementById('x').shadowRoot.textContent));
  r = await noImg(page);
  if (r.imgs || r.pwned) throw new Error('source property: ' + JSON.stringify(r));
  // A share link (playground) and an embed link (iframe page) carrying it.
  const link = await page.evaluate(async (t) => (await import('/share.js')).shareUrl(location.origin + '/', { source: t }), XSS_PROGRAM);
  await page.goto(link);
  await waitForRuns(page, 1);
  await page.waitForFunction(() => document.getElementById('stdout').textContent.includes('<img'));
  r = await noImg(page);
  if (r.imgs || r.pwned) throw new Error('share link: ' + JSON.stringify(r));
  await page.click('#embed-button');
  await page.waitForFunction(() => document.getElementById('embed-iframe').value);
  if (!(await page.inputValue('#embed-element')).includes('&lt;img src=x')) throw new Error('the element snippet does not escape the program');
  await page.goto(link.replace(/\/#/, '/embed.html#') + '');
  await page.goto(origin + '/embed.html?theme=' + encodeURIComponent(XSS) + '#' + link.split('#')[1]);
  await waitForDiagram(page);
  r = await noImg(page);
  if (r.imgs || r.pwned) throw new Error('embed: ' + JSON.stringify(r));
  await page.waitForTimeout(200);
});

// ------------------------------------------------------------ iframe embed

await check('the iframe embed renders on a page from another port and sizes itself', async (page) => {
  const link = await (async () => {
    await page.goto(origin + '/embed.html');
    return page.evaluate(async () => (await import('/share.js')).shareUrl(location.origin + '/embed.html',
      { source: 'let port = 53u16;\nlet server_name = String::from("Kinetic Gateway");\nprintln!("{server_name}:{port}");\n', step: 3 }));
  })();
  hostHtml = `<!doctype html><html><head><meta charset="utf-8"><title>A course page</title><script src="/host.js"></script></head>
<body><h1>Week 6: memory</h1><p>Step through it:</p><iframe src="${link}" title="diagram" width="100%" height="150"></iframe><p>After the embed.</p></body></html>`;
  await page.goto(hostUrl);
  await page.waitForFunction(() => Number(document.body.dataset.resized || 0) > 250);
  const frame = page.frames().find((f) => f.url().startsWith(origin));
  if (!frame) throw new Error('no frame from ' + origin);
  await frame.waitForFunction(() => document.querySelector('stack-heap')?.shadowRoot?.querySelector('svg.memory-diagram'));
  const count = await frame.evaluate(() => document.querySelector('stack-heap').shadowRoot.querySelector('.count').textContent);
  if (!count.startsWith('step 3 ')) throw new Error('embed step: ' + count);
  // "Open in the playground" goes to the playground that served the embed, not the course page's site.
  await frame.waitForFunction(() => document.querySelector('stack-heap').shadowRoot.querySelector('a.open').href.includes('#v1:'));
  const open = await frame.evaluate(() => document.querySelector('stack-heap').shadowRoot.querySelector('a.open').href);
  if (!open.startsWith(origin + '/index.html#v1:')) throw new Error('open link: ' + open);
  await page.waitForTimeout(300);
  const h = await page.$eval('iframe', (f) => Number(f.height));
  const content = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
  if (Math.abs(h - content) > 2) throw new Error(`iframe height ${h}, content ${content}`);
  await page.screenshot({ path: path.join(shots, 'iframe-host.png'), fullPage: true });
  await page.goto(link);
  await waitForDiagram(page);
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(shots, 'embed.png'), fullPage: true });
}, { viewport: { width: 900, height: 800 } });

// ------------------------------------------------------------ lessons

await check('the lessons index lists the lessons', async (page) => {
  await page.goto(origin + '/dist/lessons/');
  const n = await page.$$eval('.lesson-list li', (li) => li.length);
  if (n < 5) throw new Error(`${n} lessons listed`);
  await page.screenshot({ path: path.join(shots, 'lessons-index.png'), fullPage: true });
});

await check('a lesson\'s quiz can be answered and is graded from the trace', async (page) => {
  await page.goto(origin + '/dist/lessons/stack-and-heap.html');
  const form = await page.$('form.quiz');
  await form.scrollIntoViewIfNeeded();
  const names = (await form.getAttribute('data-vars')).split(',');
  // Answer: everything "stack" except cached_requests.
  for (const name of names) await page.check(`form.quiz fieldset[data-var="${name}"] input[value="${name === 'cached_requests' ? 'heap' : 'stack'}"]`);
  await page.click('form.quiz button[type=submit]');
  await page.waitForFunction(() => document.querySelector('form.quiz').dataset.score);
  const score = await page.$eval('form.quiz', (f) => f.dataset.score);
  if (score !== `${names.length}/${names.length}`) throw new Error('score: ' + score);
  // A wrong answer is marked wrong.
  await page.check('form.quiz fieldset[data-var="cached_requests"] input[value="stack"]');
  await page.click('form.quiz button[type=submit]');
  await page.waitForFunction((n) => document.querySelector('form.quiz').dataset.score === `${n - 1}/${n}`, names.length);
  if ((await page.$eval('fieldset[data-var="cached_requests"]', (f) => f.dataset.result)) !== 'wrong') throw new Error('not marked wrong');
  await form.screenshot({ path: path.join(shots, 'lesson-quiz.png') });
});

await check('a link opens a lesson at step 4 (and #id-step-N a given diagram)', async (page) => {
  await page.goto(origin + '/dist/lessons/stack-and-heap.html#step-4');
  await page.waitForFunction(() => document.querySelector('stack-heap')?.shadowRoot.querySelector('.count')?.textContent.startsWith('step 4 '));
  await page.waitForSelector('stack-heap >> svg.memory-diagram');
  const link = await page.$eval('a.deep-link', (a) => a.getAttribute('href'));
  if (!/-step-4$/.test(link)) throw new Error('deep link: ' + link);
  await page.goto(origin + '/dist/lessons/growing-a-vec.html#realloc-step-5');
  await page.waitForFunction(() => document.getElementById('realloc')?.shadowRoot.querySelector('.count')?.textContent.startsWith('step 5 '));
});

await check('screenshots: a lesson page, light and dark', async (page) => {
  await page.goto(origin + '/dist/lessons/stack-and-heap.html');
  await showAll(page);
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(shots, 'lesson.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(origin + '/dist/lessons/references-and-borrowing.html');
  await showAll(page);
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(shots, 'lesson-dark.png'), fullPage: true });
}, { viewport: { width: 1100, height: 900 } });

// ------------------------------------------------------------ time to first diagram

await check('time to first diagram, three embeds (bench)', async (page) => {
  const times = [];
  for (let i = 0; i < 5; i++) {
    await page.goto(THREE + '?run=' + i);
    await waitForDiagram(page);
    times.push(await page.evaluate(() => performance.now()));
  }
  times.sort((a, b) => a - b);
  console.log(`  # time to first diagram (3 embeds, all drawn): median ${times[2].toFixed(0)} ms, min ${times[0].toFixed(0)} ms`);
  fs.writeFileSync(path.join(root, 'build', 'embed-ttfd.json'), JSON.stringify({ medianMs: times[2], minMs: times[0], runs: times }));
});

server.close();
hostServer.close();
finish();
