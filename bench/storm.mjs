#!/usr/bin/env node
// @ts-check
// Error storm in Chromium: builds the static Storybook, opens the storm story, and prints what the
// page measured (toasts in the DOM, React commits, longest main-thread task, heap before and after).
// Figures, not a pass/fail test: these machines are shared and noisy.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { buildStaticStorybook, serveStatic } from '../scripts/static-site.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = path.join(root, 'storybook-static');
if (!buildStaticStorybook(root, staticDir)) process.exit(1);

const server = await serveStatic(staticDir);
const RUNS = Number(process.env.STORM_RUNS ?? 3);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});
try {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.newPage();
    await page.goto(
      `${server.url}iframe.html?id=hard-cases-error-storm--thousand-reports-in-a-second&viewMode=story`,
    );
    await page.waitForFunction(() => window.__stormResult !== undefined, undefined, { timeout: 30_000 });
    runs.push(await page.evaluate(() => window.__stormResult));
    await page.close();
  }
  const mib = (/** @type {number | undefined} */ b) =>
    b === undefined ? 'n/a' : `${(b / 1048576).toFixed(2)} MiB`;
  console.log(
    `\nError storm in Chromium: 1,000 reports in 1 s (900 identical rate-limit + 100 distinct), ${RUNS} runs`,
  );
  console.log(
    'run | toasts in DOM (max) | live entries | storm count | React commits | longest task | heap before → after clear',
  );
  runs.forEach((r, i) => {
    if (!r) return;
    console.log(
      `${i + 1}   | ${r.toastsInDom} (${r.maxVisible}) | ${r.liveEntries} | ×${r.rateLimitCount} | ${r.reactCommits} | ${r.longestTaskMs ? `${r.longestTaskMs.toFixed(0)} ms at ${r.longestTaskAtMs.toFixed(0)} ms` : 'none over 50 ms'} | ${mib(r.heapBeforeBytes)} → ${mib(r.heapAfterBytes)}`,
    );
  });
  const worst = Math.max(...runs.map((r) => r?.longestTaskMs ?? 0));
  // The Long Tasks API reports only tasks over 50 ms, so none reported means every task was shorter.
  console.log(
    `longest main-thread task over all runs: ${worst ? `${worst.toFixed(0)} ms` : 'no task over 50 ms'} (goal: under 50 ms)`,
  );
} finally {
  await browser.close();
  server.close();
}
