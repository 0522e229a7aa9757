// Browser end-to-end checks of the playground, in the system Chromium.
//
// The page is served by scripts/serve.mjs in this process, on a free port,
// with its real Content-Security-Policy, so a CSP violation (a console error)
// fails the check it happens in. Each check gets a fresh browser profile and
// is counted; the last line is "N passed, M failed" for scripts/test.
// Screenshots (light, dark, 360 px) go to build/screenshots/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';
import { browserSuite } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shots = path.join(root, 'build', 'screenshots');

const { server, url } = await startServer({ root: path.join(root, 'web'), port: 0 });

const CHAPTER = 'let port = 53u16;\nlet name = String::from("Kinetic Gateway");\n' +
  'let peers = vec![String::from("alpha"), String::from("beta"), String::from("gamma")];\n' +
  'println!("{name}:{port} {}", peers.len());\n';

const { check, finish } = browserSuite({
  shots, timeout: 10000,
  prepare: async (context, page) => {
    await page.goto(url);
    await waitForRuns(page, 1);
  },
});

const runsShown = (page) => page.$eval('#status', (el) => Number(el.dataset.runs || 0));
const waitForRuns = (page, n) =>
  page.waitForFunction((k) => Number(document.getElementById('status').dataset.runs || 0) >= k, n);

// Replaces the program through the editor, as typing would, and waits for its run.
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

const stepCount = (page) => page.textContent('#step-count');
const currentStep = async (page) => Number((await stepCount(page)).match(/step (\d+)/)[1]);
// The controls move at once; the diagram, the narration and the output when
// the step's view has come back from the worker.
const drawn = (page, step) => page.waitForFunction((n) => document.getElementById('diagram').dataset.step === String(n), step);

// Clicks somewhere neutral so the keyboard shortcuts apply (not in the editor).
const leaveEditor = (page) => page.click('#narration');

await check('the chapter: port on the stack, the String\'s text in a heap cell, with an arrow', async (page) => {
  await typeProgram(page, CHAPTER);
  const status = await page.textContent('#status');
  if (!/finished/.test(status)) throw new Error('status: ' + status);
  // Show the step after `name` is made: the stack has port and name, one heap cell.
  await leaveEditor(page);
  await page.keyboard.press('Home');
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('#step-count').textContent.startsWith('step 3 '));
  await page.waitForSelector('svg.memory-diagram [data-kind="slot"][data-name="name"]');
  const port = await page.textContent('svg.memory-diagram [data-kind="slot"][data-name="port"]');
  if (!/port: u16/.test(port) || !/\b53\b/.test(port)) throw new Error('port slot reads ' + port);
  const cell = await page.$('svg.memory-diagram [data-kind="cell"][data-addr="0x600000"]');
  if (!cell) throw new Error('no heap cell at 0x600000');
  const text = await cell.textContent();
  if (!text.includes('"Kinetic Gateway"')) throw new Error('heap cell reads ' + text);
  const arrow = await page.$('svg.memory-diagram .arrow[data-to="0x600000"]');
  if (!arrow) throw new Error('no arrow to 0x600000');
  const narration = await page.textContent('#narration');
  const code = await page.$$eval('#narration code', (cs) => cs.map((c) => c.textContent));
  if (!/^line 2(?!\d)/.test(narration) || !code.includes('name')) throw new Error('narration: ' + narration);
  const line = await page.$eval('#editor', (host) => host.shadowRoot.querySelector('.cm-step-line')?.textContent);
  if (!/String::from/.test(line || '')) throw new Error('highlighted line: ' + line);
});

await check('stepping: buttons, keys and the slider move one step at a time; stdout follows', async (page) => {
  await typeProgram(page, 'println!("one");\nlet x = 5;\nprintln!("two {x}");\n');
  await page.click('#first');
  if ((await currentStep(page)) !== 1) throw new Error('first: ' + (await stepCount(page)));
  await page.click('#next');
  await page.click('#next');
  if ((await currentStep(page)) !== 3) throw new Error('after two nexts: ' + (await stepCount(page)));
  await page.click('#prev');
  if ((await currentStep(page)) !== 2) throw new Error('after prev: ' + (await stepCount(page)));
  await drawn(page, 2);
  if ((await page.textContent('#stdout')) !== 'one\n') throw new Error('stdout at step 2: ' + (await page.textContent('#stdout')));
  await leaveEditor(page);
  await page.keyboard.press('End');
  const total = Number((await stepCount(page)).match(/of (\d+)/)[1]);
  if ((await currentStep(page)) !== total) throw new Error('End: ' + (await stepCount(page)));
  await drawn(page, total);
  if ((await page.textContent('#stdout')) !== 'one\ntwo 5\n') throw new Error('stdout at the end: ' + (await page.textContent('#stdout')));
  await page.keyboard.press('ArrowLeft');
  if ((await currentStep(page)) !== total - 1) throw new Error('ArrowLeft: ' + (await stepCount(page)));
  await page.$eval('#slider', (s) => { s.value = '1'; s.dispatchEvent(new Event('input')); });
  if ((await currentStep(page)) !== 1) throw new Error('slider: ' + (await stepCount(page)));
  // Keys typed in the editor stay in the editor.
  await page.click('#editor .cm-content');
  await page.keyboard.press('End');
  if ((await currentStep(page)) !== 1) throw new Error('End in the editor moved the step');
  // Play runs to the end by itself.
  await page.selectOption('#speed', 'fastest');
  await page.click('#play');
  await page.waitForFunction(() => /step (\d+) of \1$/.test(document.querySelector('#step-count').textContent));
});

await check('a compile error underlines the code and shows rustc\'s message', async (page) => {
  await typeProgram(page, 'let s = String::from("hi");\nlet t = s;\nprintln!("{s}");\n');
  await page.waitForSelector('#problems:not([hidden]) li');
  const problem = await page.textContent('#problems');
  if (!problem.includes('error[E0382]: borrow of moved value: `s`')) throw new Error('problems: ' + problem);
  const underline = await page.$eval('#editor', (host) => host.shadowRoot.querySelector('.cm-lintRange-error')?.textContent);
  if (underline !== 's') throw new Error('underlined: ' + JSON.stringify(underline));
  // Hovering the underline shows the rendered message.
  const box = await page.evaluate(() => {
    const r = document.querySelector('#editor').shadowRoot.querySelector('.cm-lintRange-error').getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  await page.waitForFunction(() => /value borrowed here after move/.test(document.querySelector('#editor').shadowRoot.querySelector('.cm-tooltip-lint')?.textContent || ''));
  await page.screenshot({ path: path.join(shots, 'diagnostic.png') });
});

await check('`loop {}` stops at the step budget and the page stays responsive', async (page) => {
  await typeProgram(page, 'let mut n = 0u64;\nloop {\n    n += 1;\n}\n');
  const status = await page.textContent('#status');
  if (!/step budget/.test(status)) throw new Error('status: ' + status);
  const message = await page.textContent('#stderr');
  if (!/stopped after \d+ steps \(the step budget\)/.test(message)) throw new Error('console: ' + message);
  // Responsive: an edit right after runs and shows.
  await typeProgram(page, 'let ok = 1;\n');
  if (!/finished/.test(await page.textContent('#status'))) throw new Error('after the loop: ' + (await page.textContent('#status')));
});

// A loop of a little under a million steps (two a turn), inside the page's
// budget of 1,000,000: it runs to its end and prints.
const MILLION = (word) => `let mut i: u64 = 0;\nwhile i < 499_990 {\n    i += 1;\n}\nprintln!("${word} {i}");\n`;

// Puts text in the editor without waiting for its run.
async function startTyping(page, text) {
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}
const running = (page) => page.waitForFunction(() => document.getElementById('status').textContent.startsWith('running'));

await check('a 1,000,000-step program in the playground reaches its last step and its output', async (page) => {
  page.setDefaultTimeout(120000);
  await typeProgram(page, MILLION('counted to'));
  const status = await page.textContent('#status');
  if (!/^finished · 99\d,\d{3} steps/.test(status)) throw new Error('status: ' + status);
  const total = Number((await stepCount(page)).match(/of (\d+)/)[1]);
  if (total < 999_000 || total > 1_000_000) throw new Error('steps: ' + total);
  // It opens at the println: the counter on the stack at its last value.
  const open = await currentStep(page);
  await drawn(page, open);
  const slot = await page.textContent('svg.memory-diagram [data-kind="slot"][data-name="i"]');
  if (!/\b499990\b/.test(slot)) throw new Error(`i at step ${open} reads ${slot}`);
  await leaveEditor(page);
  await page.keyboard.press('Home');
  await drawn(page, 1);
  await page.keyboard.press('End');
  if ((await currentStep(page)) !== total) throw new Error('End: ' + (await stepCount(page)));
  await drawn(page, total);
  if ((await page.textContent('#stdout')) !== 'counted to 499990\n') throw new Error('stdout at the last step: ' + (await page.textContent('#stdout')));
});

await check('the slider stays responsive while a million-step run is in the worker, and after it', async (page) => {
  page.setDefaultTimeout(120000);
  await typeProgram(page, CHAPTER);
  const before = await runsShown(page);
  // One edit, the loop added at the end: the chapter's run stays on screen
  // until the new one is done (no empty program in between).
  await page.click('#editor .cm-content');
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(MILLION('done'));
  await running(page);
  // During the run: each slider input moves the step count at once, and the
  // page still draws frames (its thread is not the engine's).
  const during = await page.evaluate(async () => {
    const slider = document.getElementById('slider');
    const out = [];
    for (const v of [1, 4, 2, Number(slider.max)]) {
      const t = performance.now();
      slider.value = String(v);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const text = document.getElementById('step-count').textContent;
      await new Promise((r) => requestAnimationFrame(() => r()));
      out.push({ v, text, ms: performance.now() - t });
    }
    return { out, status: document.getElementById('status').textContent };
  });
  if (!during.status.startsWith('running')) throw new Error('the run ended before the slider was moved: ' + during.status);
  for (const d of during.out) {
    if (!d.text.startsWith(`step ${d.v} of `)) throw new Error(`slider to ${d.v}: ${d.text}`);
    if (d.ms > 250) throw new Error(`slider to ${d.v}: the next frame came ${d.ms.toFixed(0)} ms later`);
  }
  await waitForRuns(page, before + 1);
  // After: jumps across the million steps each draw their step.
  const total = Number((await stepCount(page)).match(/of (\d+)/)[1]);
  if (total < 999_000) throw new Error('steps: ' + total);
  for (const target of [1, total, 500_001, 2, 777_777, total - 1]) {
    const ms = await page.evaluate(async (v) => {
      const t = performance.now();
      const slider = document.getElementById('slider');
      slider.value = String(v);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const host = document.getElementById('diagram');
      while (host.dataset.step !== String(v)) {
        if (performance.now() - t > 5000) return -1;
        await new Promise((r) => setTimeout(r, 2));
      }
      return performance.now() - t;
    }, target);
    if (ms < 0) throw new Error(`step ${target} was not drawn within 5 s`);
  }
});

await check('a run replaced by a newer edit never shows its result', async (page) => {
  page.setDefaultTimeout(120000);
  await page.evaluate(() => {
    window.__seen = new Set();
    const grab = () => window.__seen.add([document.getElementById('stdout').textContent, document.getElementById('step-count').textContent, document.getElementById('status').textContent].join(' | '));
    new MutationObserver(grab).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const before = await runsShown(page);
  await startTyping(page, MILLION('stale'));
  await running(page);
  await startTyping(page, 'let fresh = 7;\nprintln!("fresh {fresh}");\n');
  await waitForRuns(page, before + 1);
  await page.waitForFunction(() => !('pending' in document.getElementById('status').dataset));
  // Long enough for the replaced run to have finished, had it been kept.
  await page.waitForTimeout(3000);
  const runs = await runsShown(page);
  if (runs !== before + 1) throw new Error(`${runs - before} runs shown, not 1`);
  if ((await page.textContent('#stdout')) !== 'fresh 7\n') throw new Error('stdout: ' + (await page.textContent('#stdout')));
  const seen = [...(await page.evaluate(() => [...window.__seen]))];
  const stale = seen.filter((s) => /stale|of 99\d{4}\b|99\d,\d{3} steps/.test(s));
  if (stale.length) throw new Error('the replaced run showed: ' + stale.join('\n'));
});

await check('a panic is shown in the console and narrated in Rust\'s words', async (page) => {
  await typeProgram(page, 'let v = vec![1];\nlet x = v[5];\n');
  const message = await page.textContent('#stderr');
  if (!message.includes("thread 'main' panicked at main.rs:2:") || !message.includes('index out of bounds')) throw new Error('console: ' + message);
  // The page opens at the panic step, not at the unwinding after it, and narrates it in Rust's words.
  // The step view labels the line in its own span (`line 2`), then the sentence.
  const label = await page.textContent('#narration .line');
  const narration = await page.textContent('#narration');
  if (label !== 'line 2' || !narration.startsWith(label + 'The program panics: index out of bounds: the len is 1 but the index is 5; the stack now unwinds'))
    throw new Error('narration: ' + narration);
});

await check('the program survives a reload', async (page) => {
  await typeProgram(page, 'let kept = 1;\n');
  await page.reload();
  await waitForRuns(page, 1);
  const text = await page.$eval('#editor', (host) => host.shadowRoot.querySelector('.cm-content').innerText);
  if (text.trim() !== 'let kept = 1;') throw new Error('after reload: ' + JSON.stringify(text));
});

await check('examples load from the menu; bytes and table views toggle', async (page) => {
  const before = await runsShown(page);
  await page.selectOption('#examples', 'vec-growth');
  await waitForRuns(page, before + 1);
  if (!/len=5 cap=8/.test(await page.textContent('#stdout'))) throw new Error('stdout: ' + (await page.textContent('#stdout')));
  await page.click('#bytes-toggle');
  await page.waitForSelector('svg.memory-diagram.bytes-view .byte');
  await page.click('#table-toggle');
  const visible = await page.isVisible('#memory-table');
  const rows = await page.$$eval('#memory-table tbody tr', (trs) => trs.length);
  if (!visible || rows < 3) throw new Error(`table visible ${visible}, ${rows} rows`);
  await page.click('#theme-toggle');
  if ((await page.getAttribute('html', 'data-theme')) !== 'light') throw new Error('theme toggle');
});

// Screenshots for the README and for looking at the design.
async function screenshot(file, options, setup) {
  await check(`screenshot ${file}`, async (page) => {
    await typeProgram(page, CHAPTER);
    if (setup) await setup(page);
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(shots, file), fullPage: true });
  }, options);
}
await screenshot('light.png', { viewport: { width: 1440, height: 900 }, colorScheme: 'light' });
await screenshot('dark.png', { viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });
await screenshot('narrow-360.png', { viewport: { width: 360, height: 780 }, colorScheme: 'light' });
await screenshot('bytes.png', { viewport: { width: 1440, height: 900 }, colorScheme: 'light' }, (page) => page.click('#bytes-toggle'));

server.close();
finish();
