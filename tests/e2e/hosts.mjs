// Browser checks of the element on other people's sites, in the system
// Chromium. Three kinds of host, each a server of its own on another port:
//   - a course site that loads the element from a CDN (web/ served with CORS
//     headers, as a CDN that serves npm packages does), under the strict CSP
//     the README documents for that case; and the same-origin case, whose CSP
//     needs no `blob:`;
//   - a scratch site that installs the packed npm tarball (`npm pack`) and
//     loads it from a second origin;
//   - a page built like mdBook's (theme class on <html>, bare ←/→ turn the
//     page) in `coal` and `light`.
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
import { openBrowser } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'build', 'screenshots');
fs.mkdirSync(shots, { recursive: true });

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

// The CSP a course site needs to load the element from a CDN (README).
const cdnCsp = (from) => `default-src 'self'; script-src 'self' ${from} 'wasm-unsafe-eval'; ` +
  `worker-src blob:; connect-src ${from}; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'`;

let passed = 0, failed = 0;
const only = process.env.ONLY || '';

async function check(name, body, options = {}) {
  if (!name.includes(only)) return;
  const { page, context, close } = await openBrowser({ viewport: { width: 1100, height: 900 }, ...options });
  page.setDefaultTimeout(15000);
  const problems = [];
  page.on('console', (msg) => msg.type() === 'error' && problems.push('console: ' + msg.text()));
  page.on('pageerror', (err) => problems.push('page error: ' + err.message));
  try {
    await body(page, context);
    if (problems.length) throw new Error(problems.join('\n'));
    passed++;
    console.log(`ok - ${name}`);
  } catch (err) {
    failed++;
    console.log(`not ok - ${name}\n  ${String(err.stack || err.message || err).split('\n').join('\n  ')}`);
    await page.screenshot({ path: path.join(shots, 'failed-' + name.replace(/[^a-z0-9]+/gi, '-').toLowerCase() + '.png'), fullPage: true }).catch(() => {});
  } finally {
    await close();
  }
}

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
<title>${title}</title><link rel="icon" href="data:,"><script type="module" src="${script}"></script></head><body>${body}</body></html>`;

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
    headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src data:; object-src 'none'; base-uri 'none'" },
  }));
  await page.goto(`${cdnOrigin}/__host/page.html`);
  await drawn(page, 'stack-heap, stack-heap-compare');
  if (workers.length !== 1 || !workers[0].endsWith('/dist/element-worker.js')) throw new Error('workers: ' + workers.join(', '));
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

cdn.server.close();
host.server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
