#!/usr/bin/env node
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
  const picked = /^\{ (.+) \} from (.+)$/.exec(entry);
  const result = await build({
    ...(picked
      ? { stdin: { contents: `export { ${picked[1]} } from './${picked[2]}';`, resolveDir: root } }
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

const rows = [
  ['exchange-error-kit (core)', 'dist/index.js'],
  // What a bot or server that only resolves errors ships: the store and the rest tree-shaken away.
  ['  of it, resolveExchangeError alone', '{ resolveExchangeError } from dist/index.js'],
  ['  of it, the store alone', '{ createExchangeErrorStore } from dist/index.js'],
  ['exchange-error-kit/react (without React, Radix)', 'dist/react.js'],
  ['exchange-error-kit/catalogs/binance-spot', 'dist/catalogs/binance-spot.js'],
  ['exchange-error-kit/catalogs/ltp', 'dist/catalogs/ltp.js'],
  ['sonner (without React)', 'sonner'],
  ['react-hot-toast (without React)', 'react-hot-toast'],
];
const kib = (/** @type {number} */ n) => `${(n / 1024).toFixed(2)} KiB`;
console.log('\nBundle cost, min + gzip (esbuild, level 9 gzip)');
for (const [name, entry] of rows) {
  try {
    const { min, gzip } = await measure(/** @type {string} */ (entry));
    console.log(`${String(name).padEnd(50)} ${kib(min).padStart(11)} min  ${kib(gzip).padStart(10)} gzip`);
  } catch (error) {
    console.log(
      `${String(name).padEnd(50)} not measured: ${/** @type {Error} */ (error).message.split('\n')[0]}`,
    );
  }
}

// What three parts of the core cost: the core built again with each part replaced by a stub,
// from the sources (run under Node, no build needed for this part). The difference is its share.
const categories = [
  'rate-limit',
  'ip-banned',
  'clock-skew',
  'execution-unknown',
  'unavailable',
  'auth',
  'account-restricted',
  'insufficient-funds',
  'filter',
  'invalid-request',
  'not-found',
  'order-rejected',
  'unsupported',
  'unknown',
];
const stubs = {
  'the English copy of every category (defaultCopy)': [
    'defaultCopy',
    `export const defaultCopy = Object.fromEntries(${JSON.stringify(categories)}.map((c) => [c, { title: c, description: c }]));`,
  ],
  'the message patterns for undocumented codes (classifyMessage)': [
    'classifyMessage',
    'export const EXECUTION_UNKNOWN = /$^/; export const STATUS_UNKNOWN = /$^/; export function classifyMessage() { return undefined; }',
  ],
};

/** @param {Record<string, string>} replace module name → its stub source */
async function coreGzip(
  replace,
  names = 'createExchangeErrorStore, resolveExchangeError, readExchangeError',
) {
  const result = await build({
    stdin: { contents: `export { ${names} } from './src/index.ts';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'stub',
        setup(b) {
          b.onLoad({ filter: /src[\\/]core[\\/]\w+\.ts$/ }, (args) => {
            const name = path.basename(args.path, '.ts');
            return name in replace ? { contents: replace[name], loader: 'ts' } : undefined;
          });
        },
      },
    ],
  });
  return gzipSync(result.outputFiles[0]?.contents ?? Buffer.alloc(0), { level: 9 }).length;
}

const whole = await coreGzip({});
console.log('\nWhat parts of the core cost, gzip (the core rebuilt with the part stubbed out)');
for (const [name, [module, source]] of Object.entries(stubs)) {
  console.log(`${name.padEnd(66)} ${kib(whole - (await coreGzip({ [module]: source }))).padStart(10)}`);
}
const withoutStore = await coreGzip({}, 'resolveExchangeError, readExchangeError');
console.log(`${'the store (createExchangeErrorStore)'.padEnd(66)} ${kib(whole - withoutStore).padStart(10)}`);
