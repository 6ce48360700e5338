#!/usr/bin/env node
// @ts-check
/**
 * Generates src/exchanges/ccxt/generated/<id>.data.ts, one module per exchange ccxt maps, from the
 * pinned ccxt's `exceptions` (see README.md in this folder), and beside it <id>.ts, the entry
 * `exchange-error-kit/exchanges/<id>` that builds its profile.
 *
 *   node scripts/catalog/ccxt/generate.mjs              write the modules
 *   node scripts/catalog/ccxt/generate.mjs --out DIR    write them to DIR instead
 *   node scripts/catalog/ccxt/generate.mjs --check      exit 1 if a committed module differs
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import ccxt from 'ccxt';
import { build, transform } from 'esbuild';
import { buildData, DOCUMENT_PROFILES, emitEntry, emitModule } from './emit.mjs';
import { extractAll } from './extract.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const DEFAULT_OUT = 'src/exchanges/ccxt/generated';

const USAGE = `Usage: node scripts/catalog/ccxt/generate.mjs [--out DIR] [--check]

  --out DIR   write the modules to DIR (default ${DEFAULT_OUT})
  --check     generate in memory and fail if a module in DIR differs, is missing or is extra`;

/** The pinned ccxt's version, as its package says (its `ccxt.version` string can lag a release). */
export function ccxtVersion() {
  const require = createRequire(import.meta.url);
  const main = require.resolve('ccxt');
  let dir = path.dirname(main);
  for (;;) {
    try {
      const pkg = require(path.join(dir, 'package.json'));
      if (pkg.name === 'ccxt') return String(pkg.version);
    } catch {}
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find ccxt’s package.json');
    dir = up;
  }
}

/**
 * The hand-written tables, compiled from their TypeScript sources (Node runs no TypeScript).
 * @returns {Promise<{ classes: Record<string, { category: any, family: string }>, overrides: any[], categories: readonly string[] }>}
 */
export async function loadTables() {
  const source = [
    "export { CCXT_CLASS_CATEGORIES } from '../../core/ccxtClasses';",
    "export { CCXT_OVERRIDES } from './ccxtOverrides';",
    "export { CCXT_CATEGORIES } from './ccxtExchangeData';",
  ].join('\n');
  const result = await build({
    stdin: { contents: source, resolveDir: path.join(root, 'src/exchanges/ccxt'), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return {
    classes: module.CCXT_CLASS_CATEGORIES,
    overrides: module.CCXT_OVERRIDES,
    categories: module.CCXT_CATEGORIES,
  };
}

/**
 * Everything the generator produces, in memory.
 */
export async function generate() {
  const version = ccxtVersion();
  const extraction = extractAll(ccxt);
  const tables = await loadTables();
  const built = buildData(extraction, tables.classes, tables.overrides);
  /** @type {Map<string, string>} file name → text */
  const files = new Map();
  const readers = new Set(
    (await readdir(path.join(root, 'src/exchanges/ccxt/readers'))).map((f) => f.replace(/\.ts$/, '')),
  );
  for (const data of built.generated) {
    files.set(`${data.id}.data.ts`, emitModule(data, { version, categories: tables.categories }));
    files.set(`${data.id}.ts`, emitEntry(data, { version, reader: readers.has(data.id) }));
  }
  return { version, extraction, tables, built, files };
}

/** Size an app pays for a module: minified by esbuild, then gzip level 9. */
async function minGzipBytes(/** @type {string} */ text) {
  const { code } = await transform(text, { loader: 'ts', minify: true, format: 'esm' });
  return gzipSync(code, { level: 9 }).length;
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? /** @type {number} */ (sorted[mid])
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/**
 * @param {Awaited<ReturnType<typeof generate>>} result
 */
async function summary({ version, extraction, built, files }) {
  const lines = [`ccxt ${version}: ${extraction.exchanges.length} exchange ids`];
  let exact = 0;
  let broad = 0;
  /** @type {{ id: string, bytes: number }[]} */
  const sizes = [];
  for (const data of built.generated) {
    exact += data.exact.length;
    broad += data.broad.length;
    const aliases = data.ccxt.length > 1 ? ` (also ${data.ccxt.slice(1).join(', ')})` : '';
    const notes = data.notes.length ? `; ${data.notes.join('; ')}` : '';
    lines.push(`${data.id}: ${data.exact.length} exact, ${data.broad.length} broad${aliases}${notes}`);
    sizes.push({
      id: data.id,
      bytes: await minGzipBytes(/** @type {string} */ (files.get(`${data.id}.data.ts`))),
    });
  }
  const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  lines.push(
    `total: ${built.generated.length} modules covering ${built.generated.reduce((n, d) => n + d.ccxt.length, 0)} ccxt ids, ${exact} exact + ${broad} broad = ${exact + broad} entries`,
    `size (min + gzip -9): largest ${largest.id} ${largest.bytes} B, median ${median(sizes.map((s) => s.bytes))} B`,
    `left to document profiles: ${built.documented
      .map(
        (d) =>
          `${d.ccxt.join(', ')} → ${d.ccxt
            .map((id) => DOCUMENT_PROFILES[id])
            .filter(Boolean)
            .join(' / ')}`,
      )
      .join('; ')}`,
    `no exceptions map: ${built.empty.join(', ') || '(none)'}`,
    `hosts listed by more than one exchange (dropped): ${
      Object.entries(built.sharedHosts)
        .map(([host, ids]) => `${host} (${ids.join(', ')})`)
        .join(', ') || '(none)'
    }`,
  );
  return lines.join('\n');
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        out: { type: 'string' },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const out = path.resolve(root, values.out ?? DEFAULT_OUT);
  const result = await generate();

  if (values.check) {
    /** @type {string[]} */
    const stale = [];
    /** @type {string[]} */
    let present = [];
    try {
      present = (await readdir(out)).filter((f) => f.endsWith('.ts'));
    } catch {}
    for (const [file, text] of result.files) {
      const committed = await readFile(path.join(out, file), 'utf8').catch(() => undefined);
      if (committed === undefined) stale.push(`${file}: missing`);
      else if (committed !== text) stale.push(`${file}: differs`);
    }
    for (const file of present) if (!result.files.has(file)) stale.push(`${file}: not generated any more`);
    if (stale.length) {
      console.error(
        `ccxt modules are stale (run node scripts/catalog/ccxt/generate.mjs):\n  ${stale.join('\n  ')}`,
      );
      return 1;
    }
    console.log(`ccxt modules are fresh (${result.files.size} in ${path.relative(root, out) || '.'})`);
    return 0;
  }

  await mkdir(out, { recursive: true });
  const present = (await readdir(out)).filter((f) => f.endsWith('.ts'));
  for (const file of present) {
    if (!result.files.has(file))
      throw new Error(`${file} in ${out} is no longer generated: remove it by hand`);
  }
  for (const [file, text] of result.files) await writeFile(path.join(out, file), text);
  console.log(await summary(result));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    },
  );
}
