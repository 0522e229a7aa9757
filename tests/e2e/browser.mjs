// Starting the system Chromium the way every browser script here does:
// playwright-core drives /usr/bin/chromium (the machine cannot download a
// browser), headless, with a fresh profile (--user-data-dir, which playwright
// takes as launchPersistentContext's first argument), and with nothing that
// phones home. Each call is a separate browser with its own empty storage.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// -> {context, page, close()}; options: {viewport, colorScheme}
export async function openBrowser({ viewport = { width: 1440, height: 900 }, colorScheme = 'light' } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'stack-heap-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    colorScheme,
  });
  const page = context.pages()[0] || (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// The runner every browser suite here shares. check(name, body, options)
// opens a fresh browser (options: openBrowser's viewport and colorScheme,
// over the suite's), lets `prepare(context, page)` set it up (routes, the
// first page load), runs body(page, context), and prints "ok - NAME" or
// "not ok - NAME" with the error. A console error or a page error in any page
// of the context fails the check, and so does a dialog with failOnDialog (a
// payload ran). A failure leaves a screenshot in build/screenshots/.
// finish() prints the "N passed, M failed" line scripts/test reads, and exits.
//   selected(name): whether to run a check (ONLY=text while iterating)
export function browserSuite({ shots, selected = () => true, viewport, timeout = 15000, prepare = async () => {},
  failOnDialog = false } = {}) {
  fs.mkdirSync(shots, { recursive: true });
  let passed = 0, failed = 0;
  async function check(name, body, options = {}) {
    if (!selected(name)) return;
    const { page, context, close } = await openBrowser({ ...(viewport ? { viewport } : {}), ...options });
    page.setDefaultTimeout(timeout);
    const problems = [];
    const watch = (p) => {
      p.on('console', (msg) => msg.type() === 'error' && problems.push('console: ' + msg.text()));
      p.on('pageerror', (err) => problems.push('page error: ' + err.message));
      if (failOnDialog) p.on('dialog', (d) => { problems.push('a dialog opened: ' + d.message()); d.dismiss(); });
    };
    watch(page);
    context.on('page', watch);
    try {
      await prepare(context, page);
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
  function finish() {
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  }
  return { check, finish };
}

// Serves test pages (pathname -> html, under the given CSP) at
// `${origin}/__test/...` through the context's routes: they are not part of
// the site. `file(pathname)` may answer other files ({type, body}) first.
export async function serveTestPages(context, origin, pages, csp, file = () => null) {
  await context.route(`${origin}/__test/**`, (route) => {
    const pathname = new URL(route.request().url()).pathname;
    const other = file(pathname);
    if (other) return route.fulfill({ status: 200, contentType: other.type, body: other.body });
    const html = pages.get(pathname);
    if (!html) return route.fulfill({ status: 404, body: 'no such test page' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': csp }, body: html });
  });
}
