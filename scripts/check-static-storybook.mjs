#!/usr/bin/env node
// @ts-check
// Builds the static Storybook and opens it from a sub-path of a plain static server in Chromium:
// the showroom must work from any static host and path, simulated exchange (service worker) included.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { buildStaticStorybook, serveStatic } from './static-site.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'storybook-static');
if (!buildStaticStorybook(root, out)) {
  console.error('static storybook: the build failed');
  process.exit(1);
}

const server = await serveStatic(out, '/some/deep/path/');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The dashboard fetches from the simulated exchange, so it only works if the service worker registered.
  await page.goto(`${server.url}iframe.html?id=demo-trading-dashboard--binance&viewMode=story`);
  await page.getByRole('button', { name: 'Lot size violation' }).click();
  await page.locator('input[name="quantity"][aria-invalid="true"]').waitFor({ timeout: 15_000 });
  // Themes against the user's system setting, which the browser tests cannot change: with a dark
  // system, the default stays light (an inline error on a light page must stay readable) and
  // data-eek-theme="system" turns dark.
  const dark = await browser.newPage({ colorScheme: 'dark' });
  for (const [story, expected] of [
    ['hard-cases--follows-the-system', 'rgb(22, 27, 34)'],
    ['hard-cases--reduced-motion', 'rgb(255, 255, 255)'],
  ]) {
    await dark.goto(`${server.url}iframe.html?id=${story}&viewMode=story`);
    const toast = dark.locator('li.eek-toast').first();
    await toast.waitFor({ timeout: 15_000 });
    const background = await toast.evaluate((element) => getComputedStyle(element).backgroundColor);
    if (background !== expected)
      throw new Error(`${story} with a dark system: toast ${background}, expected ${expected}`);
  }
  await dark.close();
  await page.goto(`${server.url}index.html`);
  await page.waitForSelector('#storybook-explorer-tree, nav', { timeout: 15_000 });
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  console.log(
    `static storybook ok: served from ${new URL(server.url).pathname}, simulated exchange answering, themes follow a dark system only when asked`,
  );
} catch (error) {
  console.error(`static storybook: ${/** @type {Error} */ (error).message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
}
