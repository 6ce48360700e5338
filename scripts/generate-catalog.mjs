#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
// @ts-check
/**
 * Regenerates the typed catalogs in src/exchanges/<id>/<id>.data.ts from the exchange documents in
 * catalog/sources/. Each catalog is built from every document catalog/sources/sources.json lists
 * for it (newest first), merged per code; every run prints one summary line per catalog.
 *
 *   node scripts/generate-catalog.mjs                               regenerate from the vendored documents
 *   node scripts/generate-catalog.mjs --binance-spot new.md         adopt a newer edition (also --ltp new.txt,
 *                                                                   --binance-usdm new.md, --okx new.md, --bybit new.mdx):
 *                                                                   it replaces the newest vendored document
 *   node scripts/generate-catalog.mjs --binance-spot a.md --binance-spot b.md --out /tmp/x
 *                                                                   build from exactly these (newest first) into /tmp/x
 *   node scripts/generate-catalog.mjs --check                       exit 1 if a committed file is stale
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCatalog, summaryLine } from './catalog/build.mjs';
import { catalogs, SOURCES_DIR } from './catalog/catalogs.mjs';
import { MANIFEST, readManifest } from './catalog/manifest.mjs';
import { CatalogSourceError } from './catalog/source-error.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Usage: node scripts/generate-catalog.mjs [--<catalog> <file>]... [--out <dir>] [--check]

Builds each catalog from its documents, newest first, merged per code, writes
src/exchanges/<id>/<id>.data.ts and prints one summary line per catalog. Without a flag
for it, a catalog's documents are those ${SOURCES_DIR}/${MANIFEST} lists.

  --binance-spot <file>  a Binance Spot error-code document (repeat for several, newest first)
  --ltp <file>           an LTP error-code document (likewise)
  --binance-usdm <file>  a Binance USD-M futures error-code document (likewise)
  --okx <file>           an OKX API v5 error-code document (likewise)
  --bybit <file>         a Bybit API v5 error-code document (likewise)
  --out <dir>            write the modules to <dir> instead of src/exchanges, built from exactly
                         the files given; nothing in ${SOURCES_DIR} is changed
  --check                generate in memory and exit 1 if a module in the output folder differs

Without --out, a single file for a catalog (--binance-spot, --okx …) adopts a newer edition: it is
copied over that catalog's newest vendored document, and the catalog is rebuilt
from all its vendored documents.`;

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
        ...Object.fromEntries(
          catalogs.map((spec) => [spec.id, { type: /** @type {const} */ ('string'), multiple: true }]),
        ),
        out: { type: 'string' },
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
  const outDir = values.out === undefined ? undefined : path.resolve(values.out);

  const manifest = await readManifest(
    path.join(root, SOURCES_DIR),
    SOURCES_DIR,
    catalogs.map((spec) => spec.id),
  );

  // Parse every document before writing anything, so a broken edition leaves the tree untouched.
  const results = [];
  for (const spec of catalogs) {
    const given = values[spec.id] ?? [];
    const vendored = (manifest.get(spec.id) ?? []).map((record) => ({
      file: path.join(root, SOURCES_DIR, record.file),
      // Named as in the repository, so the header and errors point at the vendored copy.
      shown: path.posix.join(SOURCES_DIR, record.file),
    }));
    if (vendored.length === 0)
      throw new UsageError(`${SOURCES_DIR}/${MANIFEST} lists no ${spec.id} documents`);
    /** @type {{ file: string, shown: string, id?: string }[]} */
    let documents;
    /** @type {{ from: string, over: string } | undefined} */
    let adopt;
    if (given.length === 0) {
      documents = vendored;
    } else if (outDir !== undefined) {
      // Name each document as the user typed it, so an error points where they looked.
      documents = given.map((file) => ({ file: path.resolve(file), shown: file }));
    } else {
      if (given.length > 1)
        throw new UsageError(
          `--${spec.id} was given ${given.length} times without --out: to adopt a newer edition pass one file; to build from several, add --out <dir>`,
        );
      const newest = /** @type {{ file: string, shown: string }} */ (vendored[0]);
      const file = /** @type {string} */ (given[0]);
      adopt = { from: path.resolve(file), over: newest.file };
      // Read from where the user pointed, named as the user typed it, but listed under the
      // vendored name it is about to take.
      documents = [{ file: adopt.from, shown: file, id: path.basename(newest.file) }, ...vendored.slice(1)];
    }
    const ids = documents.map((doc) => doc.id ?? path.basename(doc.file));
    const twice = ids.find((id, i) => ids.indexOf(id) !== i);
    if (twice !== undefined)
      throw new UsageError(
        `two --${spec.id} documents have the file name ${twice}; entries name their documents by it`,
      );
    const texts = [];
    for (const doc of documents) texts.push(await readDocument(doc.file, doc.shown));
    const { data, code } = buildCatalog(
      spec,
      documents.map((doc, i) => ({
        text: /** @type {string} */ (texts[i]),
        shown: doc.shown,
        // The header names the documents the committed module stands for: after adoption, the vendored one.
        header: doc.id !== undefined ? path.posix.join(SOURCES_DIR, doc.id) : doc.shown,
        id: ids[i],
      })),
    );
    const outFile =
      outDir === undefined ? path.join(root, spec.output) : path.join(outDir, path.basename(spec.output));
    const shownOut =
      outDir === undefined
        ? spec.output
        : path.join(/** @type {string} */ (values.out), path.basename(spec.output));
    results.push({ spec, data, code, adopt, outFile, shownOut });
  }

  for (const { spec, data } of results) console.log(summaryLine(spec, data));

  if (values.check) {
    const stale = [];
    for (const result of results) {
      if ((await readIfPresent(result.outFile)) !== result.code) stale.push(result);
    }
    for (const { shownOut } of stale) {
      console.error(
        `${shownOut} is stale: it differs from what its documents generate. Run \`npm run catalog\` and commit the result.`,
      );
    }
    if (stale.length > 0) return 1;
    console.log(`catalog up to date: ${results.map(({ shownOut }) => shownOut).join(', ')}`);
    return wholeCatalog(values) ? ccxtProfiles(['--check']) : 0;
  }

  for (const { code, adopt, outFile, shownOut } of results) {
    await mkdir(path.dirname(outFile), { recursive: true });
    if (adopt) {
      // The vendored copy is what the header and `--check` refer to, so the newer edition replaces it.
      await copyFile(adopt.from, adopt.over);
      console.log(
        `copied ${path.relative(process.cwd(), adopt.from) || adopt.from} over ${path.relative(root, adopt.over)}: update its record in ${SOURCES_DIR}/${MANIFEST} and its row in ${SOURCES_DIR}/README.md`,
      );
    }
    const changed = (await readIfPresent(outFile)) !== code;
    if (changed) await writeFile(outFile, code);
    console.log(`${changed ? 'wrote' : 'unchanged'} ${shownOut}`);
  }
  return wholeCatalog(values) ? ccxtProfiles([]) : 0;
}

/** Whether the run is about every exchange (no newer edition given, nothing written elsewhere). */
function wholeCatalog(/** @type {Record<string, unknown>} */ values) {
  return (
    values.out === undefined &&
    catalogs.every((spec) => values[spec.id] === undefined) &&
    // A copy of the documents' generator alone (without the ccxt profiles it sits beside) does the documents.
    existsSync(path.join(root, 'src/exchanges/ccxt/generated'))
  );
}

/**
 * The profiles generated from the pinned ccxt's error maps, one per exchange it maps
 * (scripts/catalog/ccxt/): regenerated, or checked, with the documents' catalogs.
 * @param {string[]} args
 */
function ccxtProfiles(args) {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'scripts/catalog/ccxt/generate.mjs'), ...args],
    {
      stdio: 'inherit',
    },
  );
  return result.status ?? 1;
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
