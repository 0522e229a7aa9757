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
