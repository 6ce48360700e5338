#!/usr/bin/env node
// @ts-check
// The cold mix of `bench/resolve.bench.ts` (every input new: see `coldRound` in `bench/mix.ts`)
// through today's resolver and through the single-exchange resolver as it was before exchange
// profiles (commit 89b31a2, read from this repository's history), in one process, interleaved,
// per form of input: the fastest of five passes of fresh inputs each. The old resolver kept one
// memory for the whole module (a resolution per message); today each resolver has its own, so
// the like-for-like line is "a resolver"; `resolveExchangeError` alone remembers nothing.
// Figures, not a test: `node bench/before-profiles.mjs`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const BEFORE = '89b31a2';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(path.join(tmpdir(), 'before-profiles-'));
try {
  execFileSync('sh', ['-c', `git -C "${root}" archive ${BEFORE} src | tar -x -C "${dir}"`]);
  const bundled = await build({
    stdin: {
      contents: `
        export { coldRound } from './bench/mix';
        export { createExchangeErrorResolver } from './src/core/createExchangeErrorResolver';
        export { resolveExchangeError } from './src/core/resolveExchangeError';
        export { binanceSpot } from './src/exchanges/binance-spot';
        export { resolveExchangeError as resolveBefore } from ${JSON.stringify(path.join(dir, 'src/core/resolveExchangeError'))};
        export { binanceSpot as binanceSpotBefore } from ${JSON.stringify(path.join(dir, 'src/catalog/binance-spot'))};`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const file = path.join(dir, 'bench.mjs');
  writeFileSync(file, bundled.outputFiles?.[0]?.text ?? '');
  const kit = await import(pathToFileURL(file).href);

  const resolver = kit.createExchangeErrorResolver({ exchanges: [kit.binanceSpot], now: 0 });
  /** @type {Record<string, (input: unknown) => { category: string } | null>} */
  const contenders = {
    before: (input) => kit.resolveBefore(input, { catalogs: [kit.binanceSpotBefore], now: 0 }),
    'a resolver': (input) => resolver(input),
    'resolveExchangeError alone': (input) =>
      kit.resolveExchangeError(input, { exchanges: [kit.binanceSpot], now: 0 }),
  };
  const ROUNDS = 120;
  let round = 0;
  /** @param {(sample: { form: string }) => boolean} pick */
  const fresh = (pick) =>
    Array.from({ length: ROUNDS }, () => kit.coldRound(round++))
      .flat()
      .filter(pick)
      .map((sample) => sample.input);
  let sink = 0;
  // Warm the engines' code on inputs no measured pass meets again.
  for (const resolve of Object.values(contenders))
    for (const input of fresh(() => true)) sink += resolve(input)?.category.length ?? 0;

  const forms = ['body', 'JSON text', 'SDK message', 'exception', 'WebSocket frame'];
  /** @type {[string, (sample: { form: string }) => boolean][]} */
  const rows = forms.map((form) => [form, (sample) => sample.form === form]);
  rows.push(['the mix', () => true]);
  /** @type {Record<string, Record<string, number>>} */
  const best = {};
  for (let pass = 0; pass < 5; pass++) {
    for (const [label, pick] of rows) {
      for (const [name, resolve] of Object.entries(contenders)) {
        const inputs = fresh(pick);
        const started = performance.now();
        for (const input of inputs) sink += resolve(input)?.category.length ?? 0;
        const us = ((performance.now() - started) * 1000) / inputs.length;
        best[label] ??= {};
        best[label][name] = Math.min(best[label][name] ?? Number.POSITIVE_INFINITY, us);
      }
    }
  }
  const names = Object.keys(contenders);
  console.log(`\nCold mix, µs an input (fastest of 5 passes), before profiles (${BEFORE}) and today`);
  console.log(['form', ...names, 'a resolver / before'].join(' | '));
  for (const [label] of rows) {
    const row = best[label] ?? {};
    console.log(
      [
        label,
        ...names.map((name) => row[name]?.toFixed(2)),
        `${((row['a resolver'] ?? 0) / (row.before ?? 1)).toFixed(2)}×`,
      ].join(' | '),
    );
  }
  if (sink < 0) console.log(sink);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
