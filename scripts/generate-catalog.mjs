#!/usr/bin/env node
// @ts-check
/**
 * Regenerates the typed catalogs in src/catalog/*.data.ts from the exchange documents in
 * catalog/sources/.
 *
 *   node scripts/generate-catalog.mjs                          regenerate from the vendored documents
 *   node scripts/generate-catalog.mjs --binance-spot new.md    adopt a newer edition (also --ltp new.txt)
 *   node scripts/generate-catalog.mjs --check                  exit 1 if a committed file is stale
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { catalogs } from './catalog/catalogs.mjs';
import { emitCatalogModule } from './catalog/emit.mjs';
import { CatalogSourceError } from './catalog/source-error.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Usage: node scripts/generate-catalog.mjs [--binance-spot <path>] [--ltp <path>] [--check]

  --binance-spot <path>  read a newer edition of the Binance Spot error-code document
  --ltp <path>           read a newer edition of the LTP error-code document
                         (a newer edition is copied over the vendored one in catalog/sources/)
  --check                generate in memory and fail if a committed *.data.ts file differs`;

/** An expected failure: printed as one line on stderr, without a stack. */
class UsageError extends Error {}

/**
 * @param {string} file absolute path
 * @param {string} shown path to show in messages
 */
async function readDocument(file, shown) {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    throw new UsageError(`cannot read ${shown}: ${code === 'ENOENT' ? 'no such file' : String(error)}`);
  }
}

/** @param {string} file absolute path @returns {Promise<string | undefined>} */
async function readIfPresent(file) {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        'binance-spot': { type: 'string' },
        ltp: { type: 'string' },
        check: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }

  // Parse every document before writing anything, so a broken edition leaves the tree untouched.
  const results = [];
  for (const spec of catalogs) {
    const override = values[spec.id];
    const sourceFile = override ? path.resolve(override) : path.join(root, spec.source);
    // Name the document as the user typed it, so the error points where they looked.
    const shown = override ?? spec.source;
    const text = await readDocument(sourceFile, shown);
    const data = spec.parse(text, shown);
    const code = emitCatalogModule(data, {
      exportName: spec.exportName,
      typeName: spec.typeName,
      sourcePath: spec.source,
    });
    results.push({ spec, text, data, code, override: Boolean(override) });
  }

  if (values.check) {
    const stale = [];
    for (const { spec, code } of results) {
      const committed = await readIfPresent(path.join(root, spec.output));
      if (committed !== code) stale.push(spec);
    }
    for (const spec of stale) {
      console.error(
        `${spec.output} is stale: it differs from what ${spec.source} generates. Run \`npm run catalog\` and commit the result.`,
      );
    }
    if (stale.length > 0) return 1;
    console.log(`catalog up to date: ${results.map(({ spec }) => spec.output).join(', ')}`);
    return 0;
  }

  for (const { spec, text, data, code, override } of results) {
    // The vendored copy is what the header and `--check` refer to, so a newer edition replaces it.
    if (override) await writeFile(path.join(root, spec.source), text);
    const outFile = path.join(root, spec.output);
    const changed = (await readIfPresent(outFile)) !== code;
    if (changed) await writeFile(outFile, code);
    const messages = data.entries.reduce((sum, entry) => sum + entry.messages.length, 0);
    console.log(
      `${changed ? 'wrote' : 'unchanged'} ${spec.output}: ${data.entries.length} entries, ${messages} messages, ` +
        `${data.filters.length} filters, ${data.rejections.length} rejections`,
    );
  }
  return 0;
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    if (error instanceof CatalogSourceError || error instanceof UsageError) {
      console.error(`generate-catalog: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  },
);
