// The browser half of scripts/bench: the playground, the compare view and a
// page of embeds in headless Chromium, each figure the median and p95 of
// repeated runs next to its goal, next to this script's previous run on this
// machine (build/bench-browser.json) and next to the figure before the trace
// stayed in the worker (tests/bench/browser-before.json). The machine's load
// average at the start and the end is printed with them.
//
//  - 1,000,000-step loop (tests/bench/loop_1m.rs) in the playground: run
//    start -> first diagram drawn, and its parts (the worker's run, timeline
//    and first view as the worker times them, the rest in the page); stepping (random jumps, End, Home, a slider
//    drag) from the input event to the new diagram in the page (laid out);
//    memory of the tab's renderer process, which runs the page and its worker;
//  - fib(20) (tests/bench/fib.rs): run start -> first diagram;
//  - the chapter's example (tests/bench/chapter.rs) edited through the
//    editor: keystroke -> diagram;
//  - a page with three <stack-heap> embeds: navigation -> all three drawn, in
//    a fresh browser (nothing cached) whose own start-up is over;
//  - the compare view with two 100,000-step runs: a step -> both diagrams;
//  - what the playground and an embed download, gzip -9, part by part.
//    A page's weight is every file the browser fetched for it from the
//    navigation until its first diagram was drawn, as recorded in the
//    browser (the worker's fetches included), not a list written here; what
//    it fetched in the 2 s after that is listed apart ("later"), so nothing
//    counts as lazy unless the first diagram came without it. The embed's
//    weight leaves out the host's own page.
//
//   node scripts/bench.mjs [--runs N] [--save-before] [--update-readme]
// --update-readme replaces README.md's "## Performance in the browser" section.
// --save-before writes this run's figures to tests/bench/browser-before.json,
// with BENCH_NOTE (what was measured, on what machine) as its note.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';
import { openBrowser } from '../tests/e2e/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'web');
const args = process.argv.slice(2);
const RUNS = (() => { const i = args.indexOf('--runs'); return i >= 0 ? Number(args[i + 1]) : 5; })();
const SAVE = args.includes('--save-before');
const UPDATE_README = args.includes('--update-readme');
const BEFORE_FILE = path.join(root, 'tests', 'bench', 'browser-before.json');
const before = !SAVE && fs.existsSync(BEFORE_FILE) ? JSON.parse(fs.readFileSync(BEFORE_FILE, 'utf8')) : null;
// The previous run of this script on this machine (build/, not committed).
const LAST_FILE = path.join(root, 'build', 'bench-browser.json');
// A change's own effect, measured as alternating runs of the build before and
// after it (the load differs from one bench run to the next): copied into the
// README section as written.
const PAIRED_FILE = path.join(root, 'tests', 'bench', 'paired.md');
const previous = fs.existsSync(LAST_FILE) ? JSON.parse(fs.readFileSync(LAST_FILE, 'utf8')) : null;
const loadStart = os.loadavg()[0];

const program = (name) => fs.readFileSync(path.join(root, 'tests', 'bench', name), 'utf8');
const pct = (xs, p) => {
  const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const stats = (xs) => ({ p50: pct(xs, 50), p95: pct(xs, 95), n: xs.length });

const { server, url } = await startServer({ root: web, port: 0 });
const figures = {};

// ---------------------------------------------------------------- in-page probes
// Installed before any page script: every input/keydown (capture phase, on
// window) starts a clock; the next memory diagram put into the watched host,
// once laid out, stops every clock started before it. So a slider drag whose
// early views are skipped still reports how long each input waited for a
// diagram at least as new.
function installProbes() {
  const pending = [];
  const done = [];
  window.__bench = { done, clear: () => { pending.length = 0; done.length = 0; } };
  const start = () => pending.push(performance.now());
  window.addEventListener('input', start, true);
  window.addEventListener('keydown', start, true);
  const watch = (host) => new MutationObserver(() => {
    if (!host.querySelector(':scope > svg.memory-diagram')) return;
    host.getBoundingClientRect();
    const now = performance.now();
    while (pending.length) done.push(now - pending.shift());
  }).observe(host, { childList: true });
  document.addEventListener('DOMContentLoaded', () => {
    const host = document.getElementById('diagram');
    if (host) watch(host);
  });
  window.__benchWatch = watch;
}

// The playground's renderer process (it runs the page and its dedicated
// worker): resident memory in bytes, the largest renderer under the browser
// started with this profile.
function rendererRss(profile) {
  const procs = [];
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      procs.push({ pid: Number(pid), ppid, cmd });
    } catch { /* gone */ }
  }
  const top = procs.find((p) => p.cmd.includes(profile) && !p.cmd.includes('--type='));
  if (!top) return NaN;
  const kids = new Set([top.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) if (!kids.has(p.pid) && kids.has(p.ppid)) { kids.add(p.pid); grew = true; }
  }
  let best = 0;
  for (const p of procs) {
    if (!kids.has(p.pid) || !p.cmd.includes('--type=renderer')) continue;
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p.pid}/status`, 'utf8'));
    if (m) best = Math.max(best, Number(m[1]) * 1024);
  }
  return best;
}

const runsShown = (page) => page.$eval('#status', (el) => Number(el.dataset.runs || 0));
const waitRuns = (page, n, timeout = 120000) =>
  page.waitForFunction((k) => Number(document.getElementById('status').dataset.runs || 0) >= k, n, { timeout });

// Puts `text` in the playground's editor (one edit) and waits for its run;
// -> {run: run start -> diagram (the page's own clock), edit: edit -> diagram}.
async function replaceProgram(page, text) {
  const k = await runsShown(page);
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await waitRuns(page, k + 1);
  await page.waitForFunction(() => !('pending' in document.getElementById('status').dataset), null, { timeout: 120000 });
  return page.evaluate(() => ({ run: Number(document.body.dataset.lastRunMs), edit: Number(document.body.dataset.lastEditMs),
    worker: JSON.parse(document.body.dataset.lastWorker || '{}') }));
}

// Every same-origin file the page (and its workers) asks for from now on:
// -> a function giving the paths asked for so far.
function recordFetches(b) {
  const paths = [];
  b.context.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin !== new URL(url).origin) return;
    const p = u.pathname.endsWith('/') ? u.pathname + 'index.html' : u.pathname;
    if (!paths.includes(p)) paths.push(p);
  });
  return () => [...paths];
}

async function openPlayground() {
  const b = await openBrowser({ viewport: { width: 1440, height: 900 } });
  await b.page.addInitScript(installProbes);
  b.page.setDefaultTimeout(120000);
  await b.page.goto(url);
  await waitRuns(b.page, 1);
  b.profile = b.context._options?.userDataDir;
  return b;
}

// The profile directory openBrowser made: the newest stack-heap-chromium-* in tmp.
function newestProfile() {
  const dirs = fs.readdirSync(os.tmpdir()).filter((d) => d.startsWith('stack-heap-chromium-'))
    .map((d) => path.join(os.tmpdir(), d)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return dirs[0];
}

// Stepping: each action is one input; -> latencies (ms) input -> diagram.
async function stepLatencies(page, actions) {
  await page.evaluate(() => window.__bench.clear());
  for (const act of actions) {
    const before = await page.evaluate(() => window.__bench.done.length);
    await act();
    await page.waitForFunction((k) => window.__bench.done.length > k, before, { timeout: 30000 });
  }
  return page.evaluate(() => [...window.__bench.done]);
}

const setSlider = (page, value) => page.$eval('#slider', (s, v) => {
  s.value = String(v);
  s.dispatchEvent(new Event('input', { bubbles: true }));
}, value);

// A drag across the slider: 60 input events 16 ms apart, then the wait for
// the diagram of the last one; every input's latency counts.
async function dragLatencies(page, n) {
  await page.evaluate(() => window.__bench.clear());
  await page.$eval('#slider', async (s, count) => {
    for (let i = 0; i < 60; i++) {
      s.value = String(1 + Math.floor(((i + 0.5) / 60) * (count - 1)));
      s.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 16));
    }
  }, n);
  await page.waitForFunction(() => window.__bench.done.length >= 60, null, { timeout: 30000 });
  return page.evaluate(() => [...window.__bench.done]);
}

// ---------------------------------------------------------------- 1,000,000 steps
{
  const LOOP = program('loop_1m.rs');
  const b = await openPlayground();
  const profile = newestProfile();
  const page = b.page;
  const rssIdle = rendererRss(profile);
  const runMs = [];
  const parts = { worker: [], run: [], timeline: [], view: [], page: [] };
  let info;
  for (let i = 0; i < RUNS; i++) {
    // A different program each time (the bound's last digit), so every run is a real one.
    const t = await replaceProgram(page, LOOP.replace('500_000', `49999${i}`));
    runMs.push(t.run);
    parts.worker.push(t.worker.ms);
    parts.run.push(t.worker.run);
    parts.timeline.push(t.worker.timeline);
    parts.view.push(t.worker.view);
    parts.page.push(t.run - t.worker.ms);
    info = await page.evaluate(() => ({
      status: document.getElementById('status').textContent,
      count: document.getElementById('step-count').textContent,
    }));
  }
  const rss = rendererRss(profile);
  const n = Number((/of (\d+)/.exec(info.count) || [])[1] || 0);
  const jumps = [];
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < 40; i++) jumps.push(() => setSlider(page, 1 + Math.floor(rand() * n)));
  const random = await stepLatencies(page, jumps);
  const ends = await stepLatencies(page, [1, 2, 3, 4, 5].flatMap(() => [() => setSlider(page, n), () => setSlider(page, 1)]));
  const drag = await dragLatencies(page, n);
  await setSlider(page, n);
  await page.waitForTimeout(300);
  const lastOutput = await page.textContent('#stdout');
  figures.loop = { steps: n, status: info.status, run: stats(runMs), parts: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, stats(v)])),
    random: stats(random), endHome: stats(ends),
    drag: stats(drag), stepping: stats([...random, ...ends, ...drag]), rssIdle, rss, output: lastOutput.trim() };
  await b.close();
}

// ---------------------------------------------------------------- fib(20)
{
  const FIB = program('fib.rs');
  const b = await openPlayground();
  const runMs = [];
  let status = '';
  for (let i = 0; i < RUNS * 2; i++) {
    const t = await replaceProgram(b.page, FIB.replace('fib(20))', `fib(20)${i % 2 ? ' + 0' : ''})`) + '\n'.repeat(i));
    runMs.push(t.run);
    status = await b.page.textContent('#status');
  }
  figures.fib = { status, run: stats(runMs) };
  await b.close();
}

// ---------------------------------------------------------------- chapter: keystroke -> diagram
{
  const CHAPTER = program('chapter.rs');
  const b = await openPlayground();
  const page = b.page;
  await replaceProgram(page, CHAPTER);
  const editMs = [];
  const runMs = [];
  const line = CHAPTER.split('\n').findIndex((l) => l.includes('53u16'));
  for (let i = 0; i < RUNS * 6; i++) {
    const k = await runsShown(page);
    await page.keyboard.press('Control+Home');
    for (let j = 0; j < line; j++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    for (let j = 0; j < 5; j++) await page.keyboard.press('ArrowLeft');  // after "5" of 53u16;
    await page.keyboard.press('Backspace');
    await page.keyboard.type(String((i + 1) % 10));
    await waitRuns(page, k + 1);
    await page.waitForFunction(() => !('pending' in document.getElementById('status').dataset));
    const t = await page.evaluate(() => ({ run: Number(document.body.dataset.lastRunMs), edit: Number(document.body.dataset.lastEditMs) }));
    editMs.push(t.edit);
    runMs.push(t.run);
  }
  figures.chapter = { status: await page.textContent('#status'), edit: stats(editMs), run: stats(runMs) };
  await b.close();
}

// ---------------------------------------------------------------- what the playground fetches
const fetches = {};
{
  const b = await openBrowser({ viewport: { width: 1440, height: 900 } });
  const fetched = recordFetches(b);
  await b.page.goto(url);
  await b.page.waitForFunction(() => document.querySelector('#diagram > svg.memory-diagram'), null, { timeout: 120000 });
  const first = fetched();
  await b.page.waitForTimeout(2000);
  fetches.playground = { first, later: fetched().filter((p) => !first.includes(p)) };
  await b.close();
}

// ---------------------------------------------------------------- three embeds
{
  const THREE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>three</title>
<script type="module" src="/dist/stack-heap-element.js"></script></head><body>
<stack-heap>let port = 53u16;</stack-heap>
<stack-heap view="bytes">let name = String::from("Kinetic Gateway");</stack-heap>
<stack-heap>let v = vec![1, 2, 3];\nlet w = v.clone();</stack-heap></body></html>`;
  // Served by the server itself, as a host page would be (a playwright route
  // would send every request of the page through this process).
  const threeFile = path.join(web, 'dist', 'bench-three.html');
  fs.writeFileSync(threeFile, THREE);
  const ttfd = [];
  for (let i = 0; i < RUNS; i++) {
    // A fresh browser each time (nothing cached), let finish its own start-up
    // (its new-tab and omnibox pages load for a second or so and take the
    // CPU), as a reader's browser is already open when they open a chapter.
    const b = await openBrowser({ viewport: { width: 1100, height: 900 } });
    await b.page.goto('about:blank');
    await b.page.waitForTimeout(2000);
    const fetched = recordFetches(b);
    await b.page.goto(url + 'dist/bench-three.html');
    // Timed in the page, at the first animation frame with all three drawn
    // (until December 6 it was read by a further round trip from this
    // script once the wait returned, which added 12-78 ms on this machine).
    const drawn = await b.page.waitForFunction(() => [...document.querySelectorAll('stack-heap')]
      .every((e) => e.shadowRoot?.querySelector('svg.memory-diagram')) && performance.now(), null, { polling: 'raf' });
    ttfd.push(await drawn.jsonValue());
    if (i === 0) {
      const first = fetched().filter((p) => p !== '/dist/bench-three.html');
      await b.page.waitForTimeout(2000);
      fetches.embed = { first, later: fetched().filter((p) => p !== '/dist/bench-three.html' && !first.includes(p)) };
    }
    await b.close();
  }
  fs.rmSync(threeFile);
  figures.embeds = { first: stats(ttfd) };
}

// ---------------------------------------------------------------- compare: two 100,000-step runs
{
  const side = (bound) => `let mut i: u64 = 0;\nlet mut v: Vec<u64> = Vec::new();\nwhile i < ${bound} {\n    i += 1;\n    if i % 10_000 == 0 {\n        v.push(i);\n    }\n}\nprintln!("{}", v.len());\n`;
  const b = await openBrowser({ viewport: { width: 1440, height: 1000 } });
  const page = b.page;
  page.setDefaultTimeout(120000);
  await page.addInitScript(installProbes);
  await page.goto(url + 'compare.html?pair=move-clone');
  await page.waitForFunction(() => Number(document.getElementById('status').dataset.runs || 0) >= 1);
  const runs = await page.$eval('#status', (el) => Number(el.dataset.runs || 0));
  await page.evaluate(([a, c]) => {
    document.getElementById('compare').sources = [{ source: a, label: 'A' }, { source: c, label: 'B' }];
  }, [side(33_400), side(33_100)]);
  await page.waitForFunction((k) => Number(document.getElementById('status').dataset.runs || 0) > k, runs);
  const status = await page.textContent('#status');
  // Both sides' diagram hosts: a step is drawn when both have a new diagram.
  await page.evaluate(() => {
    const sides = [...document.getElementById('compare').shadowRoot.querySelectorAll('stack-heap')];
    const hosts = sides.map((s) => s.shadowRoot.querySelector('.diagram'));
    const pending = [];
    window.__bench.compare = { done: [], pending };
    window.addEventListener('input', () => pending.push({ t: performance.now(), seen: new Set() }), true);
    hosts.forEach((host, i) => new MutationObserver(() => {
      if (!host.querySelector(':scope > svg.memory-diagram')) return;
      host.getBoundingClientRect();
      const now = performance.now();
      for (const p of pending) p.seen.add(i);
      while (pending.length && pending[0].seen.size === hosts.length) window.__bench.compare.done.push(now - pending.shift().t);
    }).observe(host, { childList: true }));
  });
  const n = await page.evaluate(() => document.getElementById('compare').stepCount);
  let seed = 11;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let i = 0; i < RUNS * 8; i++) {
    const k = await page.evaluate(() => window.__bench.compare.done.length);
    // Steps both sides have (each side shows min(step, its last)), so both redraw.
    const target = 1 + Math.floor(rand() * Math.min(n, 99_000));
    await page.evaluate((v) => {
      const s = document.getElementById('compare').shadowRoot.querySelector('input.slider');
      s.value = String(v);
      s.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }, target);
    await page.waitForFunction((j) => window.__bench.compare.done.length > j, k, { timeout: 30000 });
  }
  figures.compare = { status, steps: n, stepping: stats(await page.evaluate(() => window.__bench.compare.done)) };
  await b.close();
}
server.close();

// ---------------------------------------------------------------- page weight
const gz = (f) => {
  const data = fs.readFileSync(path.join(web, f));
  return { file: f, raw: data.length, gz: zlib.gzipSync(data, { level: 9 }).length, data };
};
const exists = (f) => fs.existsSync(path.join(web, f));
// The parts a page's fetched files are shown in (a file fetched that no part
// names is a part of its own, by its path).
const PARTS = {
  playground: [
    ['page', ['/index.html', '/style.css', '/extras.css', '/diagram.css']],
    ['page script (CodeMirror, controls, diagram)', ['/dist/app.js']],
    ['worker', ['/dist/worker.js']],
    ['engine (wasm)', ['/dist/stack-heap-engine.wasm']],
  ],
  embed: [
    ['element (script, styles)', ['/dist/stack-heap-element.js']],
    ['worker', ['/dist/worker.js']],
    ['engine (wasm)', ['/dist/stack-heap-engine.wasm']],
  ],
};

// A bundle's inputs in groups, from its esbuild metafile (scripts/build
// writes build/meta/NAME.json). A group's gzip is the bundle's gzip shared
// by raw bytes: an estimate, since gzip does not split.
function bundleGroup(input) {
  if (input.endsWith('dist/stack-heap-engine.js')) return 'engine glue (Emscripten)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (pkg) return /^(@codemirror\/lang-rust|@lezer\/rust|@lezer\/lr)$/.test(pkg[1]) ? 'Rust grammar (lang-rust, @lezer/rust, @lezer/lr)' : 'CodeMirror (editor, its other packages)';
  if (input.endsWith('.css')) return 'styles';
  if (/(render|animate|timeline|export)\.js$/.test(input)) return 'diagram (render, animate, timeline, export)';
  return 'stepping, controls, engine client, page';
}
function bundleParts(file, whole) {
  const meta = path.join(root, 'build', 'meta', path.basename(file, '.js') + '.json');
  if (!fs.existsSync(meta)) return [];
  const output = Object.values(JSON.parse(fs.readFileSync(meta, 'utf8')).outputs)[0];
  const groups = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) groups.set(bundleGroup(input), (groups.get(bundleGroup(input)) || 0) + bytesInOutput);
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  return [...groups].sort((a, b) => b[1] - a[1]).map(([part, raw]) => ({ part, raw, gz: Math.round((whole.gz * raw) / total) }));
}

// A wasm module's sections: the code (every function of the engine, libc++
// and libc), the data (strings, std's Unicode tables, other constant
// tables) and the rest (types, imports, exports, the function table); each
// section gzipped alone.
function wasmParts(bytes) {
  const parts = { code: 0, data: 0, rest: 0 };
  const gzOf = { code: 0, data: 0, rest: 0 };
  let p = 8;
  const leb = () => { let r = 0, shift = 0, b; do { b = bytes[p++]; r += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80); return r; };
  while (p < bytes.length) {
    const id = bytes[p++];
    const size = leb();
    const kind = id === 10 ? 'code' : id === 11 ? 'data' : 'rest';
    parts[kind] += size;
    gzOf[kind] += zlib.gzipSync(bytes.subarray(p, p + size), { level: 9 }).length;
    p += size;
  }
  const label = { code: 'code: the functions (engine, libc++, libc)', data: 'data: strings, Unicode tables, constants', rest: 'types, imports, exports, table' };
  return Object.keys(parts).map((k) => ({ part: label[k], raw: parts[k], gz: gzOf[k] }));
}

figures.weight = {};
for (const [pageName, named] of Object.entries(PARTS)) {
  const { first, later } = fetches[pageName];
  const unnamed = first.filter((f) => !named.some(([, files]) => files.includes(f)));
  const parts = [...named.map(([part, files]) => [part, files.filter((f) => first.includes(f))]), ...unnamed.map((f) => [f, [f]])]
    .filter(([, files]) => files.length);
  const rows = parts.map(([part, files]) => {
    const fs2 = files.filter(exists).map(gz);
    const row = { part, files: fs2.map((f) => f.file), raw: fs2.reduce((a, f) => a + f.raw, 0), gz: fs2.reduce((a, f) => a + f.gz, 0) };
    if (fs2.length === 1 && fs2[0].file.endsWith('.wasm')) row.sub = wasmParts(fs2[0].data);
    else if (fs2.length === 1 && fs2[0].file.endsWith('.js')) row.sub = bundleParts(fs2[0].file, fs2[0]);
    if (row.sub && row.sub.length < 2) delete row.sub;
    return row;
  });
  const laterGz = later.filter(exists).map(gz).reduce((a, f) => a + f.gz, 0);
  figures.weight[pageName] = { parts: rows, gz: rows.reduce((a, r) => a + r.gz, 0), raw: rows.reduce((a, r) => a + r.raw, 0),
    fetched: first, later, laterGz };
}

// ---------------------------------------------------------------- report
if (SAVE) {
  fs.writeFileSync(BEFORE_FILE, JSON.stringify({ measured: new Date().toISOString().slice(0, 10), note: process.env.BENCH_NOTE || '', figures }, null, 1) + '\n');
  console.log(`wrote ${path.relative(root, BEFORE_FILE)}`);
}
figures.load = { start: loadStart, end: os.loadavg()[0] };
const prev = (before && before.figures) || {};
const last = (previous && previous.figures) || {};
const get = (o, keys) => keys.reduce((x, k) => (x == null ? x : x[k]), o);
const ms = (v) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms` : '—');
const mb = (v) => (Number.isFinite(v) ? `${(v / 1048576).toFixed(0)} MB` : '—');
const kb = (v) => (Number.isFinite(v) ? `${(v / 1024).toFixed(1)} KB` : '—');
const rows = [];
// [label, keys to a {p50, p95}, goal on p95 (or on the value), format]
// "p50 / p95" of a figure (or the value), as a cell.
function pair(fig, keys, fmt, field) {
  const x = get(fig, keys);
  if (x == null) return '—';
  if (typeof x !== 'object') return fmt(x);
  return 'p50' in x ? `${fmt(x.p50)} / ${fmt(x[field])}` : fmt(x[field]);
}
function row(label, keys, goal, fmt = ms, field = 'p95') {
  const now = get(figures, keys);
  const v = now && typeof now === 'object' ? now[field] : now;
  const p50 = now && typeof now === 'object' && 'p50' in now ? fmt(now.p50) : '';
  const ok = goal === null ? '' : v < goal ? 'ok' : 'MISSED';
  rows.push([label, p50, fmt(v), goal === null ? '' : `< ${fmt(goal)}`, ok, pair(last, keys, fmt, field), pair(prev, keys, fmt, field)]);
}
const L = figures.loop, PL = prev.loop || {};
const loadNote = (f) => (f && f.load ? `load average ${f.load.start.toFixed(1)} → ${f.load.end.toFixed(1)}` : 'load not recorded');
console.log(`\nbrowser (headless Chromium, ${RUNS} runs each; median / p95; ${os.cpus().length} cores, ${loadNote(figures)})`);
console.log(`"previous": this script's last run${previous ? ` (${previous.measured || '?'}, ${loadNote(last)})` : ': none'}; "before": ${before ? before.measured + ', ' + (before.note || '') : 'no baseline'}`);
console.log(`1,000,000-step loop: ${L.steps} steps shown, "${L.status}", output "${L.output}"${PL.steps !== undefined ? ` (before: ${PL.steps} steps, "${PL.status}")` : ''}`);
row('1M loop: run -> first diagram', ['loop', 'run'], 1500);
row('  worker: the run (sh::run, summary)', ['loop', 'parts', 'run'], null);
row('  worker: timeline arrays and marks', ['loop', 'parts', 'timeline'], null);
row('  worker: first view (replay to the step)', ['loop', 'parts', 'view'], null);
row('  page: message, timeline, diagram', ['loop', 'parts', 'page'], null);
row('1M loop: stepping, all inputs', ['loop', 'stepping'], 16);
row('  random jumps', ['loop', 'random'], null);
row('  End / Home', ['loop', 'endHome'], null);
row('  slider drag (60 inputs)', ['loop', 'drag'], null);
row('1M loop: renderer memory (page + worker)', ['loop', 'rss'], 200 * 1048576, mb, 'x');
rows.at(-1)[2] = mb(L.rss); rows.at(-1)[4] = L.rss - L.rssIdle < 200 * 1048576 ? 'ok' : 'MISSED';
rows.at(-1)[5] = last.loop ? `${mb(last.loop.rss)}, +${mb(last.loop.rss - last.loop.rssIdle)}` : '—'; rows.at(-1)[6] = mb(PL.rss);
rows.at(-1)[3] = `+${mb(L.rss - L.rssIdle)} over idle; < 200 MB`;
row('fib(20): run -> first diagram', ['fib', 'run'], 300);
row('chapter: keystroke -> diagram', ['chapter', 'edit'], 100);
row('chapter: run -> diagram', ['chapter', 'run'], null);
row('three embeds: first diagram of all', ['embeds', 'first'], 300);
row(`compare, two ${figures.compare.steps}-step runs: a step`, ['compare', 'stepping'], 16);
const W = figures.weight, PW = prev.weight || {};
const LW = last.weight || {};
// The goals are on everything a page fetches: before its first diagram and after.
const whole = (w) => (w ? w.gz + (w.laterGz || 0) : NaN);
rows.push(['playground page, gzipped', '', kb(whole(W.playground)), '<= 400 KB', whole(W.playground) <= 400 * 1024 ? 'ok' : 'MISSED', kb(whole(LW.playground)), kb(whole(PW.playground))]);
rows.push(['embed, gzipped', '', kb(whole(W.embed)), '<= 250 KB', whole(W.embed) <= 250 * 1024 ? 'ok' : 'MISSED', kb(whole(LW.embed)), kb(whole(PW.embed))]);
// What each page fetched, in the order the browser asked, and what came after its first diagram.
const fetchNote = (pageName, w) => `${pageName}: fetched before its first diagram ${w.fetched.join(', ')}; `
  + (w.later.length ? `in the 2 s after it ${w.later.join(', ')} (${kb(w.laterGz)} gzipped)` : 'nothing after it');
const widths = [44, 9, 9, 26, 7, 22, 22];
const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' ').trimEnd();
console.log(line(['measure', 'p50', 'p95', 'goal', '', 'previous (p50 / p95)', 'before (p50 / p95)']));
for (const r of rows) console.log(line(r));
for (const [pageName, w] of Object.entries(W)) {
  console.log(`\n${pageName}: what it downloads            raw        gzip   previous   before`);
  for (const r of w.parts) {
    const was = PW[pageName]?.parts?.find((p) => p.part === r.part);
    const lastPart = LW[pageName]?.parts?.find((p) => p.part === r.part);
    console.log(`  ${r.part.padEnd(44)} ${kb(r.raw).padStart(9)} ${kb(r.gz).padStart(9)} ${kb(lastPart?.gz).padStart(10)}   ${kb(was?.gz)}`);
    for (const s of r.sub || []) {
      const lastSub = lastPart?.sub?.find((p) => p.part === s.part);
      console.log(`    · ${s.part.slice(0, 40).padEnd(40)} ${kb(s.raw).padStart(9)} ${kb(s.gz).padStart(9)} ${kb(lastSub?.gz).padStart(10)}`);
    }
  }
}
console.log('');
for (const [pageName, w] of Object.entries(W)) console.log(fetchNote(pageName, w));
console.log(`\ncompare: ${figures.compare.status}; fib: ${figures.fib.status}; chapter: ${figures.chapter.status}`);

if (UPDATE_README) {
  const readmePath = path.join(root, 'README.md');
  const readme = fs.readFileSync(readmePath, 'utf8');
  const cell = (c) => String(c).replace(/\|/g, '\\|');
  const parts = Object.entries(W).flatMap(([pageName, w]) => w.parts.flatMap((r) => {
    const was = PW[pageName]?.parts?.find((p) => p.part === r.part);
    const lastPart = LW[pageName]?.parts?.find((p) => p.part === r.part);
    return [`| ${pageName} | ${r.part} | ${kb(r.raw)} | ${kb(r.gz)} | ${kb(lastPart?.gz)} | ${kb(was?.gz)} |`,
      ...(r.sub || []).map((s) => `| | · ${s.part} | ${kb(s.raw)} | ${kb(s.gz)} | ${kb(lastPart?.sub?.find((p) => p.part === s.part)?.gz)} | |`)];
  }));
  const section = ['## Performance in the browser', '',
    `Measured by \`./scripts/bench\` (scripts/bench.mjs) in headless Chromium, ${RUNS} runs of each; last run ${new Date().toISOString().slice(0, 10)},`,
    `${os.cpus().length} cores shared with other work (${loadNote(figures)}), so timings are noisy: medians mean more than p95s.`,
    'Stepping is timed from the input event to the new diagram in the page, laid out. "Previous" is the run of the bench',
    `before this one${previous ? ` (${previous.measured || '?'}, ${loadNote(last)})` : ''}; "before" is the page that posted the`,
    `whole trace from the worker as JSON (${before ? before.note : 'no baseline'}).`, '',
    `1,000,000-step loop: ${L.steps.toLocaleString('en-US')} steps, "${L.status}", output ${JSON.stringify(L.output)}.`, '',
    ...(fs.existsSync(PAIRED_FILE) ? [fs.readFileSync(PAIRED_FILE, 'utf8').trim(), ''] : []),
    '| measure | p50 | p95 | goal | | previous (p50 / p95) | before (p50 / p95) |', '|---|---:|---:|---|---|---:|---:|',
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`), '',
    '| page | part | raw | gzip | gzip previous | gzip before |', '|---|---|---:|---:|---:|---:|', ...parts, '',
    "A page's weight is every file the browser fetched for it (its worker's fetches included), recorded in the browser",
    'from the navigation until the first diagram was drawn, gzip -9 of each; what it fetched in the 2 s after that would',
    "be listed and counted too (the goals are on the whole). The embed's weight leaves out the host's own page.", '',
    ...Object.entries(W).map(([pageName, w]) => `- ${fetchNote(pageName, w)}.`), '',
    'Rows marked · split the part above: a bundle by its esbuild metafile (scripts/build writes build/meta/), each',
    "group's gzip the bundle's shared by raw bytes (an estimate); the wasm by section, each gzipped alone.", ''].join('\n');
  const re = /## Performance in the browser\n[\s\S]*?(?=\n## |$)/;
  const next = re.test(readme) ? readme.replace(re, section) : readme.replace(/\n## Layout\n/, `\n${section}\n## Layout\n`);
  fs.writeFileSync(readmePath, next.endsWith('\n') ? next : next + '\n');
  console.log('README.md: "Performance in the browser" written');
}
fs.mkdirSync(path.join(root, 'build'), { recursive: true });
fs.writeFileSync(LAST_FILE, JSON.stringify({ measured: new Date().toISOString().slice(0, 16).replace('T', ' '), figures }, null, 1) + '\n');
