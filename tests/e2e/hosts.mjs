// Browser checks of the element on other people's sites, in the system
// Chromium. Three kinds of host, each a server of its own on another port:
//   - a course site that loads the element from a CDN (web/ served with CORS
//     headers, as a CDN that serves npm packages does), under the strict CSP
//     the README documents for that case; and the same-origin case, whose CSP
//     needs no `blob:`;
//   - a scratch site that installs the packed npm tarball (`npm pack`) and
//     loads it from a second origin;
//   - a page built like mdBook's (theme class on <html>, bare ←/→ turn the
//     page) in `coal` and `light`;
//   - every ```html snippet of the READMEs pasted into a page.
// Every CSP violation and page error is a console error, which fails the
// check it happens in. Screenshots go to build/screenshots/.
// The last line is "N passed, M failed" for scripts/test.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, CORS_HEADERS } from '../../scripts/serve.mjs';
import { browserSuite } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'build', 'screenshots');

// The CDN: web/ with CORS headers on every file.
const cdn = await startServer({ root: path.join(root, 'web'), port: 0, headers: CORS_HEADERS });
const cdnOrigin = new URL(cdn.url).origin;

// A host site: pages from a map, each with its own CSP.
function hostServer() {
  const pages = new Map();  // path -> {body, type, csp}
  const server = http.createServer((req, res) => {
    const page = pages.get(new URL(req.url, 'http://x').pathname);
    if (!page) { res.writeHead(404); res.end('not found'); return; }
    res.writeHead(200, { 'Content-Type': page.type || 'text/html; charset=utf-8', ...(page.csp ? { 'Content-Security-Policy': page.csp } : {}) });
    res.end(page.body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const origin = `http://127.0.0.1:${server.address().port}`;
    resolve({ server, origin, put: (p, page) => { pages.set(p, page); return origin + p; } });
  }));
}
const host = await hostServer();

// The CSP a course site needs when it serves the element's files itself
// (README), and the one it needs to load them from a CDN.
const SAME_ORIGIN_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";
const cdnCsp = (from) => `default-src 'self'; script-src 'self' ${from} 'wasm-unsafe-eval'; ` +
  `worker-src blob:; connect-src ${from}; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'`;

const only = process.env.ONLY || '';

const { check, finish } = browserSuite({ shots, selected: (name) => name.includes(only), viewport: { width: 1100, height: 900 } });

const drawn = (page, sel) => page.waitForFunction((s) => {
  const all = [...document.querySelectorAll(s)];
  const deep = (e) => e.shadowRoot && (e.shadowRoot.querySelector('svg.memory-diagram') || [...e.shadowRoot.querySelectorAll('stack-heap')].every((x) => x.shadowRoot.querySelector('svg.memory-diagram')) && e.shadowRoot.querySelector('stack-heap'));
  return all.length && all.every(deep);
}, sel);

const ELEMENTS = `<h1>Week 6: memory</h1>
<stack-heap id="one" step="3">let port = 53u16;
let name = String::from("Kinetic Gateway");
println!("{name}:{port}");</stack-heap>
<stack-heap-compare id="two"><pre label="new">let mut v: Vec&lt;u32&gt; = Vec::new();
v.push(1);</pre><pre label="with_capacity">let mut v: Vec&lt;u32&gt; = Vec::with_capacity(1);
v.push(1);</pre></stack-heap-compare>`;

const course = (script, body, title = 'A course page') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${title}</title><link rel="icon" href="data:,">${script ? `<script type="module" src="${script}"></script>` : ''}</head><body>${body}</body></html>`;

await check('an element and a compare element load from a CDN origin with CORS, under the documented CSP', async (page) => {
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  const at = host.put('/week6.html', { body: course(`${cdnOrigin}/dist/stack-heap-element.js`, ELEMENTS), csp: cdnCsp(cdnOrigin) });
  await page.goto(at);
  await drawn(page, 'stack-heap, stack-heap-compare');
  const text = await page.evaluate(() => document.getElementById('one').shadowRoot.querySelector('svg.memory-diagram').textContent);
  if (!text.includes('"Kinetic Gateway"')) throw new Error('diagram: ' + text);
  const rows = await page.evaluate(() => document.getElementById('two').summaryRows?.length || 0);
  if (!rows) throw new Error('the compare element has no summary');
  const errors = await page.evaluate(() => document.getElementById('two').shadowRoot.textContent);
  if (/E0107/.test(errors)) throw new Error('Vec<u32> reached the engine as markup');
  if (workers.length !== 1 || !workers[0].startsWith('blob:')) throw new Error('workers: ' + workers.join(', '));
  await page.screenshot({ path: path.join(shots, 'cdn-host.png'), fullPage: true });
});

await check('served from the page\'s own origin, the worker is the script itself (no blob: in the CSP)', async (page) => {
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  // The CDN server's own CSP allows no blob: workers at all.
  await page.route(`${cdnOrigin}/__host/page.html`, (route) => route.fulfill({
    status: 200, contentType: 'text/html; charset=utf-8', body: course('/dist/stack-heap-element.js', ELEMENTS),
    headers: { 'Content-Security-Policy': SAME_ORIGIN_CSP },
  }));
  await page.goto(`${cdnOrigin}/__host/page.html`);
  await drawn(page, 'stack-heap, stack-heap-compare');
  if (workers.length !== 1 || !workers[0].endsWith('/dist/worker.js')) throw new Error('workers: ' + workers.join(', '));
});

// ------------------------------------------------------------ the npm package

await check('the packed npm tarball, installed into a scratch site, loads from a second origin', async (page) => {
  const tarball = execFileSync(path.join(root, 'scripts/pack'), { encoding: 'utf8' }).trim().split('\n').pop();
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'stack-heap-site-'));
  try {
    fs.writeFileSync(path.join(site, 'package.json'), JSON.stringify({ name: 'a-course', private: true }));
    execFileSync('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: site, stdio: 'pipe' });
    const pkg = path.join(site, 'node_modules', 'stack-heap');
    const meta = JSON.parse(fs.readFileSync(path.join(pkg, 'package.json'), 'utf8'));
    if (!/^\d+\.\d+\.\d+$/.test(meta.version)) throw new Error('version: ' + meta.version);
    for (const [name, file] of Object.entries(meta.exports)) {
      if (!fs.existsSync(path.join(pkg, file))) throw new Error(`export ${name} -> ${file} is not in the package`);
    }
    const resolved = execFileSync('node', ['--input-type=module', '-e', "console.log(import.meta.resolve('stack-heap'))"], { cwd: site, encoding: 'utf8' }).trim();
    if (!resolved.endsWith('/node_modules/stack-heap/dist/stack-heap-element.js')) throw new Error('stack-heap resolves to ' + resolved);
    // The site's node_modules served as a CDN would serve the package.
    const npmCdn = await startServer({ root: path.join(site, 'node_modules'), port: 0, headers: CORS_HEADERS });
    const from = new URL(npmCdn.url).origin;
    try {
      const at = host.put('/npm.html', {
        body: course(`${from}/stack-heap/dist/stack-heap-element.js`, ELEMENTS +
          '<stack-heap id="linked" playground="https://play.example/index.html">let y = 2;</stack-heap>'),
        csp: cdnCsp(from),
      });
      await page.goto(at);
      await drawn(page, 'stack-heap, stack-heap-compare');
      await page.waitForFunction(() => document.getElementById('linked').shadowRoot.querySelector('a.open').href.includes('#v1:'));
      const links = await page.evaluate(() => ['one', 'linked'].map((id) => {
        const a = document.getElementById(id).shadowRoot.querySelector('a.open');
        return a.hidden ? null : a.href;
      }));
      if (links[0] !== null) throw new Error('without a playground attribute the package links to ' + links[0]);
      if (!links[1] || !links[1].startsWith('https://play.example/index.html#v1:')) throw new Error('playground link: ' + links[1]);
    } finally {
      npmCdn.server.close();
    }
  } finally {
    fs.rmSync(site, { recursive: true, force: true });
  }
});

// ------------------------------------------------------------ README snippets

// Every ```html block of README.md and npm/README.md, pasted as it is into a
// page: the CDN it names answers from the packed package (with CORS), under
// the CSP the README documents. A block with no script gets the CDN line
// (the compare example: "defined by the same script"); one with only a script
// gets an element to show.
const CDN_PREFIX = 'https://cdn.jsdelivr.net/npm/stack-heap@0.1/';
const snippets = ['README.md', 'npm/README.md'].flatMap((file) =>
  [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(/```html\n([\s\S]*?)```/g)].map((m, i) => ({ file, i, html: m[1] })));

await check(`every README snippet works when pasted (${snippets.length} snippets)`, async (page, context) => {
  execFileSync(path.join(root, 'scripts/pack'), { stdio: 'pipe' });
  const packaged = path.join(root, 'build/npm/package');
  const fromPackage = (route, rel) => {
    const file = path.join(packaged, rel);
    if (!fs.existsSync(file)) return route.fulfill({ status: 404, headers: CORS_HEADERS, body: 'not in the package' });
    const type = file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
    return route.fulfill({ status: 200, contentType: type, headers: CORS_HEADERS, body: fs.readFileSync(file) });
  };
  await context.route(CDN_PREFIX + '**', (route) => fromPackage(route, new URL(route.request().url()).pathname.replace('/npm/stack-heap@0.1/', '')));
  await context.route(`${host.origin}/stack-heap/**`, (route) => fromPackage(route, new URL(route.request().url()).pathname.replace('/stack-heap/', '')));
  for (const { file, i, html } of snippets) {
    let body = html;
    if (!/<script/.test(body)) body = `<script type="module" src="${CDN_PREFIX}dist/stack-heap-element.js"></script>\n` + body;
    if (!/<stack-heap/.test(body)) body += '\n<stack-heap>let x = 1;</stack-heap>';
    const at = host.put(`/snippet-${file.replace(/\W/g, '-')}-${i}.html`, { body: course(null, body), csp: body.includes(CDN_PREFIX) ? cdnCsp('https://cdn.jsdelivr.net') : SAME_ORIGIN_CSP });
    await page.goto(at);
    try {
      await drawn(page, 'stack-heap, stack-heap-compare');
    } catch {
      throw new Error(`${file} snippet ${i + 1} drew no diagram:\n${html}`);
    }
    const problems = await page.evaluate(() => {
      const roots = [...document.querySelectorAll('stack-heap, stack-heap-compare')].map((e) => e.shadowRoot);
      for (const r of [...roots]) roots.push(...[...r.querySelectorAll('stack-heap')].map((e) => e.shadowRoot));
      return roots.flatMap((r) => [...r.querySelectorAll('.problem')].map((p) => p.textContent));
    });
    if (problems.length) throw new Error(`${file} snippet ${i + 1} does not compile when pasted:\n${problems.join('\n')}`);
  }
});

// ------------------------------------------------------------ mdBook

// A chapter built like mdBook's (its index.hbs): the theme class on <html>,
// path_to_root, the theme menu, the chapter links, the element loaded by the
// package's dist/mdbook.js as book.toml's additional-js does (a classic
// script at the end of <body>, the package's dist/ copied to src/stack-heap/).
// Its key handler behaves like mdBook 0.4's book.js: bare ←/→ follow the
// chapter links unless event.target is an input or textarea; a shadow root
// retargets that to the element, so only the element can keep its keys.
const BOOK_JS = `const html = document.documentElement;
let theme = ['light', 'rust', 'coal', 'navy', 'ayu'].find((t) => html.classList.contains(t));
for (const b of document.querySelectorAll('#mdbook-theme-list button.theme')) {
  b.addEventListener('click', () => { html.classList.remove(theme); theme = b.id.replace('mdbook-theme-', ''); html.classList.add(theme); });
}
document.addEventListener('keydown', (e) => {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  if (/^(input|select|textarea)$/i.test(e.target.nodeName)) return;
  const link = { ArrowRight: '.nav-chapters.next', ArrowLeft: '.nav-chapters.previous' }[e.key];
  if (!link) return;
  e.preventDefault();
  window.location.href = document.querySelector(link).href;
});`;
const BOOK_CSS = `html { background: var(--bg); color: var(--fg); font: 16px/1.6 sans-serif; }
.light { --bg: #fff; --fg: #000; } .rust { --bg: #e1e1db; --fg: #262625; }
.coal { --bg: #141617; --fg: #98a3ad; } .navy { --bg: #161923; --fg: #bcbdd0; } .ayu { --bg: #0f1419; --fg: #c5c5c5; }
.content main { max-width: 750px; margin: 0 auto; } .nav-chapters { position: fixed; top: 40%; font-size: 2.5em; color: var(--fg); }
.nav-chapters.previous { left: 0; } .nav-chapters.next { right: 0; }
.menu-bar { display: flex; gap: 8px; padding: 8px 16px; border-bottom: 1px solid color-mix(in srgb, var(--fg) 25%, transparent); }
.theme-popup { display: flex; gap: 4px; list-style: none; margin: 0; padding: 0; }
.menu-bar button { background: transparent; color: var(--fg); border: 1px solid currentColor; border-radius: 4px; }`;
const chapter = (theme) => `<!DOCTYPE HTML>
<html lang="en" class="${theme} sidebar-visible js" dir="ltr">
<head><meta charset="UTF-8"><title>Ownership - The Book</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="../css/book.css"><script>const path_to_root = "../";</script></head>
<body><div id="mdbook-body-container"><div id="mdbook-page-wrapper" class="page-wrapper"><div class="page">
<div id="mdbook-menu-bar" class="menu-bar"><button id="mdbook-theme-toggle" class="icon-button" type="button" title="Change theme">Theme</button>
<ul id="mdbook-theme-list" class="theme-popup" aria-label="Themes" role="menu">${['light', 'rust', 'coal', 'navy', 'ayu'].map((t) => `<li role="none"><button role="menuitem" class="theme" id="mdbook-theme-${t}">${t}</button></li>`).join('')}</ul></div>
<div id="mdbook-content" class="content"><main>
<h1 id="ownership">Ownership</h1><p>Step through it with the buttons or the arrow keys.</p>
<stack-heap id="steps" step="2">let v = vec![1, 2, 3];
let w = v.clone();
let n = w.len();</stack-heap>
<p>Or edit it:</p>
<stack-heap id="edit" editable>let s = String::from("hi");</stack-heap>
</main></div>
<nav class="nav-wide-wrapper" aria-label="Page navigation"><a rel="prev" href="../ch/previous.html" class="nav-chapters previous" title="Previous chapter" aria-keyshortcuts="Left">‹</a>
<a rel="next prefetch" href="../ch/next.html" class="nav-chapters next" title="Next chapter" aria-keyshortcuts="Right">›</a></nav>
</div></div></div>
<script src="../book.js"></script>
<script src="../src/stack-heap/mdbook.js"></script>
</body></html>`;
const book = await hostServer();
book.put('/book.js', { type: 'text/javascript', body: BOOK_JS });
book.put('/css/book.css', { type: 'text/css', body: BOOK_CSS });
book.put('/src/stack-heap/mdbook.js', { type: 'text/javascript', body: fs.readFileSync(path.join(root, 'npm/mdbook.js')) });
for (const [file, type] of [['stack-heap-element.js', 'text/javascript'], ['worker.js', 'text/javascript'],
  ['stack-heap-engine.js', 'text/javascript'], ['stack-heap-engine.wasm', 'application/wasm']]) {
  book.put('/stack-heap/' + file, { type, body: fs.readFileSync(path.join(root, 'web/dist', file)) });
}
for (const name of ['previous', 'next']) book.put(`/ch/${name}.html`, { body: `<!doctype html><title>${name}</title><link rel="icon" href="data:,"><h1>${name} chapter</h1>` });

// The element's frame background: the palette in use.
const frameBg = (page, id) => page.evaluate((i) => getComputedStyle(document.getElementById(i).shadowRoot.querySelector('.frame')).backgroundColor, id);
const LIGHT_BG = 'rgb(255, 255, 255)', DARK_BG = 'rgb(21, 25, 32)';

for (const [theme, system, want, other, otherWant] of [['coal', 'light', DARK_BG, 'light', LIGHT_BG], ['light', 'dark', LIGHT_BG, 'navy', DARK_BG]]) {
  await check(`mdBook in ${theme} (system ${system}): theme="auto" follows the book; ←/→ inside an element step it and never turn the page`, async (page) => {
    const at = book.put(`/ch/ownership-${theme}.html`, { body: chapter(theme) });
    await page.goto(at);
    await drawn(page, 'stack-heap');
    if ((await frameBg(page, 'steps')) !== want) throw new Error(`in ${theme} the element's background is ${await frameBg(page, 'steps')}`);
    await page.screenshot({ path: path.join(shots, `mdbook-${theme}.png`), fullPage: true });
    const count = () => page.evaluate(() => document.getElementById('steps').shadowRoot.querySelector('.count').textContent);
    await page.locator('#steps').locator('[aria-label="Step forward"]').focus();
    await page.keyboard.press('ArrowRight');
    if (!(await count()).startsWith('step 3 ')) throw new Error('ArrowRight: ' + (await count()));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    if (!(await count()).startsWith('step 1 ')) throw new Error('ArrowLeft twice: ' + (await count()));
    // In the editor: the caret moves, the text is kept, the chapter stays.
    const editor = page.locator('#edit').locator('textarea');
    await editor.focus();  // the caret at the end, after the last line break
    for (const key of ['ArrowUp', 'End', 'ArrowLeft', 'ArrowLeft', 'ArrowRight']) await page.keyboard.press(key);
    await page.keyboard.type('!');
    const text = await editor.inputValue();
    if (!text.includes('"hi")!;')) throw new Error('editor text: ' + JSON.stringify(text));
    if (page.url() !== at) throw new Error('the page navigated to ' + page.url());
    // The book's theme menu: the element follows the change.
    await page.click(`#mdbook-theme-${other}`);
    await page.waitForFunction(([w]) => getComputedStyle(document.getElementById('steps').shadowRoot.querySelector('.frame')).backgroundColor === w, [otherWant]);
    // An explicit theme attribute is not overridden by the book's.
    await page.evaluate((t) => document.getElementById('edit').setAttribute('theme', t), theme === 'coal' ? 'dark' : 'light');
    if ((await frameBg(page, 'edit')) !== want) throw new Error('theme attribute lost to the book theme: ' + (await frameBg(page, 'edit')));
    // Outside the elements the book's keys still work.
    await page.locator('h1').click();
    await Promise.all([page.waitForURL('**/ch/next.html'), page.keyboard.press('ArrowRight')]);
  }, { colorScheme: system });
}

cdn.server.close();
host.server.close();
book.server.close();
finish();
