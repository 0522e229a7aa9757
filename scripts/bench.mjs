// Measures the playground in headless Chromium (see scripts/bench):
//  - edit -> diagram: a 20-line program edited ~50 times through the editor;
//    for each edit, the time from the run starting (after the 250 ms typing
//    debounce) to the new diagram drawn, and from the keystroke itself;
//  - the gzipped size of everything the page loads (what the network saw,
//    plus the worker's files), gzip -9 as a static host would serve it.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { startServer, CSP } from './serve.mjs';
import { openBrowser } from '../tests/e2e/browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = path.join(root, 'web');
const EDITS = Number(process.env.EDITS || 50);

const PROGRAM = `struct Peer {
    name: String,
    port: u16,
}

fn make(name: &str, port: u16) -> Peer {
    Peer { name: String::from(name), port }
}

fn main() {
    let base = 5300u16;
    let mut peers = Vec::new();
    for i in 0..3u16 {
        peers.push(make("resolver", base + i));
    }
    let mut total: u32 = 0;
    for p in &peers {
        total += p.port as u32;
    }
    println!("{} peers, total {total}", peers.len());
}
`;

const { server, url } = await startServer({ root: web, port: 0 });
const { page, close } = await openBrowser({ viewport: { width: 1440, height: 900 } });
const loaded = new Map();  // url path -> bytes
page.on('response', async (res) => {
  try {
    const u = new URL(res.url());
    if (u.origin === new URL(url).origin) loaded.set(u.pathname, (await res.body()).length);
  } catch { /* a body that is gone */ }
});

const runs = () => page.$eval('#status', (el) => Number(el.dataset.runs || 0));
await page.goto(url);
await page.waitForFunction(() => Number(document.getElementById('status').dataset.runs || 0) >= 1);
let before = await runs();
await page.click('#editor .cm-content');
await page.keyboard.press('Control+A');
await page.keyboard.insertText(PROGRAM);
await page.waitForFunction((k) => Number(document.getElementById('status').dataset.runs || 0) > k, before);
const status = await page.textContent('#status');
if (!/finished/.test(status)) throw new Error('the bench program does not run: ' + status);

// Each edit changes the digit at the end of `5300` on line 11.
const runMs = [];
const editMs = [];
for (let i = 0; i < EDITS; i++) {
  before = await runs();
  await page.keyboard.press('Control+Home');
  for (let k = 0; k < 10; k++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(String(i % 10));
  await page.waitForFunction((k) => Number(document.getElementById('status').dataset.runs || 0) > k, before);
  const t = await page.evaluate(() => ({ run: Number(document.body.dataset.lastRunMs), edit: Number(document.body.dataset.lastEditMs) }));
  runMs.push(t.run);
  editMs.push(t.edit);
}
const lastStatus = await page.textContent('#status');
await close();

// Time to first diagram for a page with three <stack-heap> embeds: page
// navigation start -> all three diagrams drawn (median of 5 fresh loads).
const THREE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>three</title>
<script type="module" src="/dist/stack-heap-element.js"></script></head><body>
<stack-heap>let port = 53u16;</stack-heap>
<stack-heap view="bytes">let name = String::from("Kinetic Gateway");</stack-heap>
<stack-heap>let v = vec![1, 2, 3];\nlet w = v.clone();</stack-heap></body></html>`;
const ttfd = [];
for (let i = 0; i < 5; i++) {
  const b = await openBrowser({ viewport: { width: 1100, height: 900 } });
  await b.context.route('**/__bench/three.html', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': CSP }, body: THREE }));
  await b.page.goto(url + '__bench/three.html');
  await b.page.waitForFunction(() => [...document.querySelectorAll('stack-heap')].every((e) => e.shadowRoot?.querySelector('svg.memory-diagram')));
  ttfd.push(await b.page.evaluate(() => performance.now()));
  await b.close();
}
server.close();

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

// Everything the page loads: what the network saw, and the worker's files
// (a dedicated worker's requests are not always reported to the page).
const files = new Set([...loaded.keys()].map((p) => (p === '/' ? '/index.html' : p)));
for (const f of ['/index.html', '/style.css', '/dist/app.js', '/dist/worker.js', '/dist/stack-heap-engine.js', '/dist/stack-heap-engine.wasm']) files.add(f);
const sizes = [...files].sort().map((f) => {
  const data = fs.readFileSync(path.join(web, f));
  return { file: f, raw: data.length, gz: zlib.gzipSync(data, { level: 9 }).length };
});
const total = sizes.reduce((a, s) => ({ raw: a.raw + s.raw, gz: a.gz + s.gz }), { raw: 0, gz: 0 });

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
console.log(`\nedit -> diagram, ${EDITS} edits of a ${PROGRAM.split('\n').length - 1}-line program (last run: ${lastStatus})`);
console.log('measure                               p50        p95     goal');
console.log(`run start -> diagram drawn       ${pct(runMs, 50).toFixed(1).padStart(7)} ms ${pct(runMs, 95).toFixed(1).padStart(7)} ms  p95 < 50 ms ${pct(runMs, 95) < 50 ? 'ok' : 'MISSED'}`);
console.log(`keystroke -> diagram (250 ms debounce) ${pct(editMs, 50).toFixed(1).padStart(5)} ms ${pct(editMs, 95).toFixed(1).padStart(7)} ms`);
console.log('\nfile                                   raw          gzip');
for (const s of sizes) console.log(`${s.file.padEnd(32)} ${kb(s.raw)} ${kb(s.gz)}`);
console.log(`${'total'.padEnd(32)} ${kb(total.raw)} ${kb(total.gz)}   goal < 400 KB ${total.gz < 400 * 1024 ? 'ok' : 'MISSED'}`);

// The embed: what a course page with <stack-heap> elements downloads.
const embedFiles = ['/dist/stack-heap-element.js', '/dist/element-worker.js', '/dist/stack-heap-engine.js', '/dist/stack-heap-engine.wasm'];
const embedSizes = embedFiles.map((f) => {
  const data = fs.readFileSync(path.join(web, f));
  return { file: f, raw: data.length, gz: zlib.gzipSync(data, { level: 9 }).length };
});
const embedTotal = embedSizes.reduce((a, x) => ({ raw: a.raw + x.raw, gz: a.gz + x.gz }), { raw: 0, gz: 0 });
console.log('\nembed (<stack-heap>)                   raw          gzip');
for (const x of embedSizes) console.log(`${x.file.padEnd(32)} ${kb(x.raw)} ${kb(x.gz)}`);
console.log(`${'total'.padEnd(32)} ${kb(embedTotal.raw)} ${kb(embedTotal.gz)}`);
console.log(`\ntime to first diagram, page with three embeds (5 fresh loads): p50 ${pct(ttfd, 50).toFixed(0)} ms, max ${Math.max(...ttfd).toFixed(0)} ms`);
