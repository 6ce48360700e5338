#!/usr/bin/env node
// @ts-check
// Installs the packed package into a scratch Vite + React app outside the repo, as a new user would:
// type-checks the app against the published types, builds it, serves the build on 127.0.0.1 and opens
// it in Chromium, where the provider, the toaster and an error reported on mount must show the
// resolved toast without a console error. Run after `npm run build`. Exits 1 with a reason on failure.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const started = Date.now();
const scratch = mkdtempSync(path.join(os.tmpdir(), 'eek-consumer-'));
const app = path.join(scratch, 'app');
const payload = { code: -1013, msg: 'Filter failure: LOT_SIZE' };

/** @param {string} message */
const step = (message) =>
  console.log(`consumer: ${message} (${((Date.now() - started) / 1000).toFixed(1)}s)`);

/**
 * Runs a command to completion, failing with its output when it exits non-zero.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** @param {string} file @param {string} text */
const write = (file, text) => {
  mkdirSync(path.dirname(path.join(app, file)), { recursive: true });
  writeFileSync(path.join(app, file), text);
};

/** @type {import('node:child_process').ChildProcess | undefined} */
let server;
/** @type {import('playwright').Browser | undefined} */
let browser;
let failed = false;
try {
  // The title the toast must show, from the very build that was packed.
  const { createExchangeErrorResolver } = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
  const { binanceSpot } = await import(pathToFileURL(path.join(root, 'dist/catalogs/binance-spot.js')).href);
  const expected = createExchangeErrorResolver({ catalogs: [binanceSpot] })(payload);
  if (!expected?.title) throw new Error(`the built resolver gave no title for ${JSON.stringify(payload)}`);

  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], root));
  const tarball = path.join(scratch, packed[0].filename);
  step(`packed ${packed[0].filename} (${packed[0].entryCount} files)`);

  const dev = pkg.devDependencies;
  write(
    'package.json',
    JSON.stringify(
      {
        name: 'eek-consumer',
        private: true,
        type: 'module',
        dependencies: {
          'exchange-error-kit': `file:${tarball}`,
          react: dev.react,
          'react-dom': dev['react-dom'],
          '@radix-ui/react-toast': dev['@radix-ui/react-toast'],
          'react-hook-form': dev['react-hook-form'],
        },
        devDependencies: {
          vite: dev.vite,
          '@vitejs/plugin-react': dev['@vitejs/plugin-react'],
          '@types/react': dev['@types/react'],
          '@types/react-dom': dev['@types/react-dom'],
        },
      },
      null,
      2,
    ),
  );
  write(
    'tsconfig.json',
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
      },
      include: ['src'],
    }),
  );
  write(
    'vite.config.js',
    "import react from '@vitejs/plugin-react';\nexport default { plugins: [react()] };\n",
  );
  write(
    'index.html',
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>consumer</title></head>\n<body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body></html>\n',
  );
  write('src/vite-env.d.ts', "declare module '*.css';\n");
  write(
    'src/main.tsx',
    `import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import type { ResolvedExchangeError } from 'exchange-error-kit';
import { binanceSpot } from 'exchange-error-kit/catalogs/binance-spot';
import { ExchangeErrorProvider, ExchangeErrorToaster, useExchangeError } from 'exchange-error-kit/react';
import 'exchange-error-kit/styles.css';

const catalogs = [binanceSpot];

function ReportOnMount() {
  const { report, latest } = useExchangeError();
  useEffect(() => {
    report(${JSON.stringify(payload)});
  }, [report]);
  const category: ResolvedExchangeError['category'] | undefined = latest?.error.category;
  return <p data-testid="category">{category}</p>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ExchangeErrorProvider catalogs={catalogs}>
      <ReportOnMount />
      <ExchangeErrorToaster />
    </ExchangeErrorProvider>
  </StrictMode>,
);
`,
  );
  // Type-checked only: the integration entries' published types must work in a user's code.
  write(
    'src/integrations.ts',
    `import { createExchangeErrorResolver, createExchangeErrorStore } from 'exchange-error-kit';
import { binanceSpot } from 'exchange-error-kit/catalogs/binance-spot';
import { useExchangeFormErrors } from 'exchange-error-kit/react-hook-form';
import { createExchangeErrorCallbacks, createExchangeRetry } from 'exchange-error-kit/tanstack-query';
import { createExchangeFetch, ExchangeError } from 'exchange-error-kit/transport';
import type { UseFormReturn } from 'react-hook-form';

const resolve = createExchangeErrorResolver({ catalogs: [binanceSpot] });
export const store = createExchangeErrorStore({ resolve });
export const { retry, retryDelay } = createExchangeRetry({ resolve });
export const callbacks = createExchangeErrorCallbacks(store, { resolve });
export const exchangeFetch = createExchangeFetch({ store });
export const isExchangeError = (error: unknown): boolean => error instanceof ExchangeError;
export function useOrderFormErrors(form: UseFormReturn<{ amount: string }>): (error: unknown) => boolean {
  return useExchangeFormErrors(form, { fieldMap: { quantity: 'amount' } }).report;
}
const delay: number = retryDelay(0, new Error('x'));
void delay;
`,
  );

  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', '--loglevel=error'],
    app,
  );
  step('installed the tarball into a scratch Vite + React app');
  run(path.join(root, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.json'], app);
  step('the app type-checks against the published types');
  const vite = path.join(app, 'node_modules/vite/bin/vite.js');
  run(process.execPath, [vite, 'build', '--logLevel', 'warn'], app);
  step('vite build ok');

  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  server = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: app,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let serverOutput = '';
  server.stdout?.on('data', (chunk) => (serverOutput += chunk));
  server.stderr?.on('data', (chunk) => (serverOutput += chunk));
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {}
    if (i > 100 || server.exitCode !== null) throw new Error(`vite preview did not start:\n${serverOutput}`);
    await new Promise((r) => setTimeout(r, 100));
  }

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const page = await browser.newPage();
  /** @type {string[]} */
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(url);
  const toast = page.locator('li.eek-toast[data-category="filter"]');
  await toast.waitFor({ state: 'visible', timeout: 10_000 });
  // Visible, not merely in the DOM: the stylesheet must not hide it.
  await toast
    .getByText(expected.title)
    .first()
    .waitFor({ state: 'visible', timeout: 5_000 })
    .catch(async () => {
      throw new Error(
        `the toast reads "${await toast.textContent()}", expected the title "${expected.title}"`,
      );
    });
  if (consoleErrors.length) throw new Error(`console errors in the page:\n${consoleErrors.join('\n')}`);
  step(`Chromium shows the toast "${expected.title}" with no console errors`);
} catch (error) {
  failed = true;
  console.error(`consumer test FAILED: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await browser?.close().catch(() => {});
  if (server && server.exitCode === null) server.kill();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(
  `consumer test ${failed ? 'failed' : 'passed'} in ${((Date.now() - started) / 1000).toFixed(1)}s`,
);
process.exit(failed ? 1 : 0);
