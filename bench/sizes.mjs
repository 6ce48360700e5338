#!/usr/bin/env node
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-check
// Bundle cost, min+gzip, of each entry point beside sonner and react-hot-toast, measured the same way
// in the same run: each bundled with esbuild, React and Radix left external. Run after `npm run build`.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const external = ['react', 'react-dom', 'react/jsx-runtime', '@radix-ui/*', '@tanstack/*', 'react-hook-form'];

/** @param {string} entry a file or package, or `{ names } from file` for what an app imports of it */
async function measure(entry) {
  // `{ names } from file` (what an app imports of it), or several joined with `;`, `*` for all.
  const picked = entry
    .split('; ')
    .map((part) => /^(\{ .+ \}|\*) from (.+)$/.exec(part))
    .filter((m) => m !== null);
  const result = await build({
    ...(picked.length
      ? {
          stdin: {
            contents: picked.map((m) => `export ${m[1]} from './${m[2]}';`).join('\n'),
            resolveDir: root,
          },
        }
      : { entryPoints: [entry] }),
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external,
    logLevel: 'silent',
    absWorkingDir: root,
  });
  const code = result.outputFiles
    .map((f) => f.contents)
    .reduce((a, b) => Buffer.concat([a, b]), Buffer.alloc(0));
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const generated = readdirSync(path.join(root, 'src/exchanges/ccxt/generated'))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.data.ts'))
  .map((file) => file.replace(/\.ts$/, ''));

const rows = [
  ['exchange-error-kit (core: engine, store, English)', 'dist/index.js'],
  // What a bot or server that only resolves errors ships: the store and the rest tree-shaken away.
  ['  of it, resolveExchangeError alone', '{ resolveExchangeError } from dist/index.js'],
  ['  of it, the store alone', '{ createExchangeErrorStore } from dist/index.js'],
  ['exchange-error-kit/react (with the core; no React, Radix)', 'dist/react.js'],
  [
    'exchange-error-kit/exchanges/binance-spot (binanceSpot)',
    '{ binanceSpot } from dist/exchanges/binance-spot.js',
  ],
  ['exchange-error-kit/exchanges/ltp (ltp)', '{ ltp } from dist/exchanges/ltp.js'],
  ['exchange-error-kit/rules (validateOrder, exact decimals, rule copy)', 'dist/rules.js'],
  ['sonner (without React)', 'sonner'],
  ['react-hot-toast (without React)', 'react-hot-toast'],
];
const kib = (/** @type {number} */ n) => `${(n / 1024).toFixed(2)} KiB`;
const line = (/** @type {string} */ name, /** @type {{ min: number, gzip: number }} */ { min, gzip }) =>
  console.log(`${name.padEnd(62)} ${kib(min).padStart(11)} min  ${kib(gzip).padStart(10)} gzip`);
console.log('\nBundle cost, min + gzip (esbuild, level 9 gzip)');
for (const [name, entry] of rows) {
  try {
    line(/** @type {string} */ (name), await measure(/** @type {string} */ (entry)));
  } catch (error) {
    console.log(
      `${String(name).padEnd(62)} not measured: ${/** @type {Error} */ (error).message.split('\n')[0]}`,
    );
  }
}
// An app with the React layer, the core and the Binance Spot profile, all it imports of them.
line(
  'an app: core + react + binanceSpot',
  await measure(
    '* from dist/index.js; * from dist/react.js; { binanceSpot } from dist/exchanges/binance-spot.js',
  ),
);

// The core split from the sources: the engine (resolver and store, no exchange, no words) and the
// English words (copy, labels, vocabulary for undocumented messages), each on its own.
/** @param {string} contents @param {boolean} withoutLocale */
async function fromSources(contents, withoutLocale) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    external,
    plugins: [
      {
        name: 'locale-outside',
        setup(b) {
          b.onResolve({ filter: /locale[\\/]en/ }, (args) =>
            withoutLocale ? { path: args.path, external: true } : undefined,
          );
        },
      },
    ],
  });
  const code = result.outputFiles[0]?.contents ?? Buffer.alloc(0);
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
console.log('\nThe core, split');
line(
  'the engine (resolver + store, no exchange, no English)',
  await fromSources("export * from './src/index.ts';", true),
);
line(
  'the English words (copy, labels, vocabulary)',
  await fromSources(
    "export * from './src/locale/en/index.ts'; export * from './src/locale/en/labels.ts';",
    false,
  ),
);

// One module per exchange ccxt maps: an app pays for the ones it imports.
const sizes = [];
for (const id of generated) sizes.push({ id, ...(await measure(`{ ${id} } from dist/exchanges/${id}.js`)) });
sizes.sort((a, b) => a.gzip - b.gzip);
const median = sizes[Math.floor(sizes.length / 2)];
const largest = sizes.at(-1);
console.log(`\nProfiles generated from ccxt's maps (${sizes.length}), each with what it shares:`);
if (largest) line(`  largest: exchange-error-kit/exchanges/${largest.id}`, largest);
if (median) line(`  median: exchange-error-kit/exchanges/${median.id}`, median);
