/// <reference types="vitest/config" />
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const dirname = path.dirname(fileURLToPath(import.meta.url));
const src = (file: string) => path.join(dirname, 'src', file);

// Debian's chromium package, never a browser downloaded by Playwright.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// One entry per exchange generated from ccxt's maps: `exchange-error-kit/exchanges/<id>`.
const ccxtExchanges = Object.fromEntries(
  readdirSync(src('exchanges/ccxt/generated'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.data.ts'))
    .map((file) => {
      const id = file.replace(/\.ts$/, '');
      return [`exchanges/${id}`, src(`exchanges/ccxt/generated/${file}`)];
    }),
);

/** Library entry points: one per public subpath, so an app pays only for what it imports. */
const entries = {
  ...ccxtExchanges,
  index: src('index.ts'),
  react: src('react.ts'),
  'exchanges/binance-spot': src('exchanges/binance-spot/index.ts'),
  'exchanges/ltp': src('exchanges/ltp/index.ts'),
  'exchanges/binance-usdm': src('exchanges/binance-usdm/index.ts'),
  'exchanges/okx': src('exchanges/okx/index.ts'),
  'exchanges/bybit': src('exchanges/bybit/index.ts'),
  rules: src('rules.ts'),
  ccxt: src('ccxt.ts'),
  // Deprecated aliases of the two exchanges above, for one release.
  'catalogs/binance-spot': src('catalog/binance-spot.ts'),
  'catalogs/ltp': src('catalog/ltp.ts'),
  'tanstack-query': src('tanstack-query.ts'),
  'react-hook-form': src('react-hook-form.ts'),
  transport: src('transport.ts'),
  // Emits dist/styles.css (exported as `exchange-error-kit/styles.css`); see the file for why.
  stylesheet: src('stylesheet.js'),
};

/** Entries that hold React components and hooks and so must carry the `'use client'` directive. */
const clientEntries = new Set(['react']);

export default defineConfig({
  plugins: [react()],
  build: {
    lib: {
      entry: entries,
      formats: ['es'],
      cssFileName: 'styles',
    },
    rolldownOptions: {
      // Peer dependencies stay imports in the ESM output.
      external: [
        /^react($|\/)/,
        /^react-dom($|\/)/,
        /^@radix-ui\//,
        /^@tanstack\//,
        /^react-hook-form($|\/)/,
      ],
      output: {
        banner: (chunk) => (clientEntries.has(chunk.name) ? "'use client';" : ''),
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
    sourcemap: true,
    minify: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          // A ceiling for hung tests, not a speed goal (those live in `npm run bench`). Typing a
          // number key by key through a form takes 0.5 s idle and over 5 s (Vitest's default) with a
          // second suite on both cores.
          testTimeout: 20_000,
          include: ['test/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup.ts'],
          benchmark: { include: ['bench/**/*.bench.ts'] },
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        // Serves the Mock Service Worker script, as Storybook's staticDirs does outside tests.
        publicDir: path.join(dirname, 'stories/public'),
        test: {
          name: 'storybook',
          setupFiles: [path.join(dirname, '.storybook/vitest.setup.ts')],
          // A ceiling for a story's play function (Vitest's browser default is 15 s): the longest,
          // the catalog browser's every entry, takes 7 s on an idle machine and twice that under load.
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: CHROMIUM,
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--disable-sync',
                  '--no-first-run',
                ],
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
