#!/usr/bin/env node
// @ts-check
// Checks the built package as a consumer would meet it: every export subpath resolves to a file
// with types, the core entry never imports React, client entries carry 'use client', publint and
// Are The Types Wrong find nothing to fix, and every entry point is within its size budget.
// Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** @type {string[]} */
const problems = [];
const read = (/** @type {string} */ file) => readFileSync(path.join(root, file), 'utf8');

// The generated exchanges behind the `./exchanges/*` pattern, by id.
const generatedIds = readdirSync(path.join(root, 'src/exchanges/ccxt/generated'))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.data.ts'))
  .map((file) => file.replace(/\.ts$/, ''));

for (const [subpath, target] of Object.entries(pkg.exports)) {
  const raw = typeof target === 'string' ? [target] : Object.values(target);
  // A pattern export stands for every generated exchange.
  const files = subpath.includes('*')
    ? raw.flatMap((file) => generatedIds.map((id) => file.replace('*', id)))
    : raw;
  for (const file of files) {
    if (!existsSync(path.join(root, file))) problems.push(`${subpath}: ${file} is missing`);
  }
  if (typeof target !== 'string' && target.import && !target.types) {
    problems.push(`${subpath}: no "types" condition`);
  }
}

/** Bare module specifiers a built file imports, e.g. `react`, `@radix-ui/react-toast`. */
const importsOf = (/** @type {string} */ file) =>
  // Statements only: at the start of a line, so a TSDoc example in a comment does not count.
  [...read(file).matchAll(/^(?:import|export)\b[^'";]*?(?:from\s*)?['"]([^'"./][^'"]*)['"]/gm)].map(
    (m) => m[1],
  );

// The core, the rules and the exchanges must run in Node without React (bots, servers, logging).
for (const entry of [
  'dist/index.js',
  'dist/rules.js',
  'dist/ccxt.js',
  ...readdirSync(path.join(root, 'dist/exchanges'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `dist/exchanges/${file}`),
  'dist/catalogs/binance-spot.js',
  'dist/catalogs/ltp.js',
]) {
  if (!existsSync(path.join(root, entry))) continue;
  const bare = importsOf(entry);
  if (bare.length) problems.push(`${entry} imports ${bare.join(', ')}; it must have no dependencies`);
}
for (const entry of ['dist/react.js', 'dist/react-hook-form.js']) {
  if (existsSync(path.join(root, entry)) && !/^['"]use client['"];/.test(read(entry))) {
    problems.push(`${entry} does not start with 'use client'`);
  }
}

const { messages } = await publint({ pkgDir: root, level: 'suggestion', strict: true });
for (const message of messages) {
  problems.push(`publint ${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
}

// The integrations must not need their (optional) peers at run time: types only. Only the
// react-hook-form hook needs React (for the provider's context).
for (const [entry, allowed] of [
  ['dist/tanstack-query.js', []],
  ['dist/react-hook-form.js', ['react']],
  ['dist/transport.js', []],
]) {
  if (!existsSync(path.join(root, entry))) continue;
  const bare = importsOf(entry).filter((name) => !allowed.includes(name));
  if (bare.length) problems.push(`${entry} imports ${bare.join(', ')} at run time; import only its types`);
}

// Are The Types Wrong, on what `npm pack` would publish. ESM only, so the CommonJS resolutions are
// out of scope; `--no-definitely-typed` keeps it from looking up @types packages online; the
// stylesheet has no types to find (attw reports every CSS export as unresolved).
console.log('\nAre The Types Wrong (npm pack, profile esm-only)');
const attw = spawnSync(
  path.join(root, 'node_modules/.bin/attw'),
  [
    '--pack',
    '.',
    '--profile',
    'esm-only',
    '--no-definitely-typed',
    '--exclude-entrypoints',
    './styles.css',
    '--format',
    'table-flipped',
    '--no-emoji',
    '--no-color',
  ],
  { cwd: root, encoding: 'utf8' },
);
console.log((attw.stdout ?? '').trim());
if (attw.status !== 0)
  problems.push(`attw found problems (exit ${attw.status}): ${(attw.stderr ?? '').trim()}`);

problems.push(...(await checkSizes()));

if (problems.length) {
  console.error(problems.map((p) => `  - ${p}`).join('\n'));
  process.exit(1);
}
console.log(
  `\npackage exports ok: ${Object.keys(pkg.exports).join(', ')}; publint clean; attw clean; sizes within budget`,
);

/**
 * Size budgets, min + gzip (level 9), each built entry bundled again with esbuild and peers left
 * external. An entry is measured on top of the layers it builds on (everything reachable from those
 * entries is external), since an app that imports it already pays for them; "alone" is the whole cost
 * of importing only that entry.
 * @returns {Promise<string[]>} problems
 */
async function checkSizes() {
  const peers = [
    'react',
    'react-dom',
    'react/*',
    'react-dom/*',
    '@radix-ui/*',
    '@tanstack/*',
    'react-hook-form',
  ];
  const KiB = 1024;
  /** The catalog's own data (codes, names, messages, filter and rejection texts) as compact JSON, gzipped. */
  const rawDataGzip = async (/** @type {string} */ file) => {
    const module = await import(pathToFileURL(path.join(root, file)).href);
    const catalog = Object.values(module)
      .map((value) => value?.catalog ?? value)
      .find((value) => Array.isArray(value?.entries));
    if (!catalog) throw new Error(`${file} exports no catalog`);
    // Everything the documents say of each entry: code, name, messages, section, heading, notes and
    // the documents it comes from.
    const data = JSON.stringify([
      catalog.entries.map((/** @type {any} */ e) => [
        e.code,
        e.name ?? 0,
        e.messages,
        e.section,
        e.heading ?? 0,
        e.notes ?? 0,
        e.sources ?? 0,
      ]),
      catalog.filters.map((/** @type {any} */ f) => [f.filter, f.message, f.description]),
      catalog.rejections.map((/** @type {any} */ r) => [r.message, r.description]),
    ]);
    return gzipSync(data, { level: 9 }).length;
  };
  /** @type {Array<{ name: string, file: string, on: string[], budget: number | (() => Promise<number>), why: string }>} */
  const rows = [
    // The core: the resolver (reading six kinds of input, ccxt's classes, detection among the
    // registered exchanges, the decisions, the copy), the store and the English words. Each budget
    // is what the entry takes today plus a little, so that growth is a decision (README,
    // Performance, says where the bytes go).
    // 15.5 KiB until the resolver knew a re-rendered error by identity (warm 11x -> 28x ccxt) and
    // ccxt's fallback classes on an order learnt the server's own words (15.96 KiB with the
    // sign-lost code ahead of a message); 16 KiB until the resolver's memory kept two generations
    // and a text's keyed code was scanned for from its word (a new error through a resolver
    // 18 -> 8 us in Node; 16.1 KiB); 16.25 KiB until HTML pages were read inside an SDK's words
    // and for the CDN's reason (a blocked country is no bad key), and detection stopped naming
    // MEXC, OKX or BitoPro for look-alike answers with every profile registered (17.18 KiB with
    // the socket errors and re-serialised keys of the second batch of real payloads); 17.25 KiB
    // until a socket's `reason`, snake_case `error_code` bodies and a request's own failures
    // ("Failed to decode", "check your arguments") were read (17.29 KiB); 17.5 KiB until a third
    // batch of real payloads (134, from 25 exchanges) taught the generic readers a reason, errors
    // by field and labels, and the words dozens more of them (17.83 KiB); 18 KiB until a fourth
    // batch (105) brought objects as Node prints them, ccxt classes as logs print them, an SDK's
    // 200 around an error, sites no registered exchange is on, and their words (18.46 KiB).
    { name: 'exchange-error-kit', file: 'dist/index.js', on: [], budget: 18.5 * KiB, why: 'core' },
    {
      name: 'exchange-error-kit/react',
      file: 'dist/react.js',
      // On the core and the order rules, which `useOrderValidation` checks a form with.
      on: ['dist/index.js', 'dist/rules.js'],
      // 7 KiB until the order-validation hook and the fix buttons came (7.41 KiB).
      budget: 7.75 * KiB,
      why: 'react layer',
    },
    // The profile an app registers, against the data it carries (its order-rules converter aside).
    ...[
      ['binance-spot', 'binanceSpot'],
      ['ltp', 'ltp'],
      ['binance-usdm', 'binanceUsdm'],
      ['okx', 'okx'],
      ['bybit', 'bybit'],
    ].map(([id, name]) => ({
      name: `exchange-error-kit/exchanges/${id} (${name})`,
      file: `{ ${name} } from dist/exchanges/${id}.js`,
      on: ['dist/index.js'],
      budget: async () => Math.floor(1.3 * (await rawDataGzip(`dist/exchanges/${id}.js`))),
      why: '1.3 x raw data',
    })),
    // The largest profile generated from ccxt's maps (each is small; bench/sizes.mjs prints all).
    {
      name: 'exchange-error-kit/exchanges/bitget',
      file: 'dist/exchanges/bitget.js',
      on: ['dist/index.js'],
      budget: 3.25 * KiB,
      why: 'generated from ccxt',
    },
    {
      name: 'exchange-error-kit/rules',
      file: 'dist/rules.js',
      on: ['dist/index.js'],
      budget: 8.25 * KiB,
      why: 'order rules',
    },
    { name: 'exchange-error-kit/ccxt', file: 'dist/ccxt.js', on: ['dist/index.js', 'dist/rules.js'] },
    { name: 'exchange-error-kit/tanstack-query', file: 'dist/tanstack-query.js', on: ['dist/index.js'] },
    {
      name: 'exchange-error-kit/react-hook-form',
      file: 'dist/react-hook-form.js',
      on: ['dist/index.js', 'dist/react.js'],
    },
    { name: 'exchange-error-kit/transport', file: 'dist/transport.js', on: ['dist/index.js'] },
  ].map((row) => ({ budget: 2 * KiB, why: 'integration', ...row }));

  /**
   * @param {string} file
   * @param {Set<string>} external absolute paths left as imports
   */
  const measure = async (file, external = new Set()) => {
    // `{ names } from file`: only what an app imports of the entry.
    const picked = /^\{ (.+) \} from (.+)$/.exec(file);
    const result = await build({
      ...(picked
        ? { stdin: { contents: `export { ${picked[1]} } from './${picked[2]}';`, resolveDir: root } }
        : { entryPoints: [path.join(root, file)] }),
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      metafile: true,
      external: peers,
      logLevel: 'silent',
      absWorkingDir: root,
      plugins: [
        {
          name: 'layers-below',
          setup(build) {
            build.onResolve({ filter: /^\./ }, (args) => {
              const target = path.resolve(args.resolveDir, args.path);
              // Named from the project's root, so a size is the same wherever it is checked out.
              return external.has(target) ? { path: path.relative(root, target), external: true } : undefined;
            });
          },
        },
      ],
    });
    const code = Buffer.concat(result.outputFiles.map((f) => f.contents));
    const inputs = Object.keys(result.metafile.inputs).map((input) => path.resolve(root, input));
    return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, inputs };
  };

  /** @type {string[]} */
  const over = [];
  const kib = (/** @type {number} */ n) => `${(n / KiB).toFixed(2)} KiB`;
  const table = [['entry', 'measured', 'min', 'gzip', 'budget', 'alone gzip', '']];
  for (const row of rows) {
    if (!existsSync(path.join(root, row.file.replace(/^\{ .+ \} from /, '')))) {
      over.push(`${row.name}: ${row.file} is missing`);
      continue;
    }
    const below = new Set();
    for (const base of row.on) for (const input of (await measure(base)).inputs) below.add(input);
    const own = await measure(row.file, below);
    const alone = row.on.length ? await measure(row.file) : own;
    const budget = typeof row.budget === 'function' ? await row.budget() : row.budget;
    const ok = own.gzip <= budget;
    if (!ok)
      over.push(`${row.name} is ${kib(own.gzip)} min+gzip, over its ${row.why} budget of ${kib(budget)}`);
    const measured = row.on.length ? `on ${row.on.map((f) => path.basename(f, '.js')).join(' + ')}` : 'alone';
    table.push([
      row.name,
      measured,
      kib(own.min),
      kib(own.gzip),
      `${kib(budget)} (${row.why})`,
      kib(alone.gzip),
      ok ? 'ok' : 'OVER',
    ]);
  }
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  console.log(
    '\nSize budgets, min + gzip (esbuild minify, gzip level 9; React, Radix and other peers external)',
  );
  for (const r of table)
    console.log(
      r.map((cell, i) => (i >= 2 && i <= 5 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  '),
    );
  return over;
}
