// Browser end-to-end checks of the playground page, in the system Chromium.
//
// playwright-core drives /usr/bin/chromium (no browser download: the machine
// cannot fetch one). The page is served by scripts/serve.mjs in this process,
// on a free port, with its real Content-Security-Policy, so a CSP violation
// fails here. Each check is independent and counted; the last line is
// "N passed, M failed" for scripts/test. Screenshots go to build/screenshots/.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'build', 'screenshots');
fs.mkdirSync(shots, { recursive: true });

const { server, url } = await startServer({ root: path.join(root, 'web'), port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});

let passed = 0;
let failed = 0;

async function check(name, body) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10000);
  const problems = [];
  page.on('console', (msg) => msg.type() === 'error' && problems.push('console: ' + msg.text()));
  page.on('pageerror', (err) => problems.push('page error: ' + err.message));
  try {
    await page.goto(url);
    await body(page);
    if (problems.length) throw new Error(problems.join('\n'));
    passed++;
    console.log(`ok - ${name}`);
  } catch (err) {
    failed++;
    console.log(`not ok - ${name}\n  ${String(err.message || err).split('\n').join('\n  ')}`);
  } finally {
    const file = name.replace(/[^a-z0-9]+/gi, '-').toLowerCase() + '.png';
    await page.screenshot({ path: path.join(shots, file), fullPage: true }).catch(() => {});
    await context.close();
  }
}

const runsShown = (page) => page.$eval('#status', (el) => Number(el.dataset.runs || 0));
const waitForRuns = (page, n) =>
  page.waitForFunction((k) => Number(document.getElementById('status').dataset.runs || 0) >= k, n);

// Replaces the program and waits for the run it triggers to be shown.
async function typeProgram(page, text) {
  await waitForRuns(page, 1);
  const before = await runsShown(page);
  await page.fill('#source', text);
  await waitForRuns(page, before + 1);
}

await check('the engine loads in a worker under the CSP', async (page) => {
  await waitForRuns(page, 1);
  if (await page.$eval('#status', (el) => el.classList.contains('error'))) {
    throw new Error('status: ' + (await page.textContent('#status')));
  }
});

await check('a program prints its output', async (page) => {
  await typeProgram(page, 'let port = 53u16;\nprintln!("{port}");\n');
  const out = await page.textContent('#stdout');
  if (out !== '53\n') throw new Error(`stdout was ${JSON.stringify(out)}; status: ${await page.textContent('#status')}`);
});

await check('the steps are listed and a click shows memory', async (page) => {
  await typeProgram(page, 'let s = String::from("Kinetic Gateway");\nlet n = s.len();\n');
  const steps = await page.$$('#steps button');
  if (steps.length === 0) throw new Error('no steps listed; status: ' + (await page.textContent('#status')));
  const first = await steps[0].textContent();
  if (!/^line 1: \S/.test(first)) throw new Error('first step reads ' + JSON.stringify(first));
  await steps[0].click();
  await page.waitForFunction(() => document.getElementById('diagram-step').textContent === 'after step 1');
  if (!(await page.textContent('#diagram')).trim()) throw new Error('empty diagram');
});

await check('a compile error shows rustc-style diagnostics', async (page) => {
  await typeProgram(page, 'let x = 5;\nx = 6;\n');
  const text = await page.textContent('#diagnostics');
  if (!text.includes('error[E0384]')) throw new Error('diagnostics were ' + JSON.stringify(text));
});

await check('the program survives a reload', async (page) => {
  await typeProgram(page, 'let kept = 1;\n');
  await page.reload();
  const text = await page.inputValue('#source');
  if (text !== 'let kept = 1;\n') throw new Error('after reload: ' + JSON.stringify(text));
});

await browser.close();
server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
