import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, from this file's location. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Reads a repository file as UTF-8 text. */
export const readRepoFile = (relative: string): string => readFileSync(path.join(repoRoot, relative), 'utf8');

/**
 * The ceiling for a test that runs the generator in a child process. A run takes about two seconds
 * on an idle machine and several on a loaded one; nothing waits on the clock, this only stops a hung
 * process from holding the suite.
 */
export const CHILD_PROCESS = { timeout: 60_000 };

export const SOURCES_DIR = 'catalog/sources';
export const EDITIONS_DIR = 'test/fixtures/binance-spot-editions';

/** One record of a `sources.json` manifest. */
export interface DocumentRecord {
  readonly file: string;
  readonly repo?: string;
  readonly path?: string;
  readonly commit?: string;
  readonly date?: string;
  readonly url?: string;
  readonly from?: string;
}

/** A document with its text and its repository-relative path. */
export interface LoadedDocument extends DocumentRecord {
  /** Repository-relative path, e.g. `catalog/sources/binance-spot-errors.current.md`. */
  readonly shown: string;
  readonly text: string;
}

/** The documents a folder's `sources.json` lists for `catalog`, newest first, with their text. */
export function documentsIn(dir: string, catalog: string): LoadedDocument[] {
  const manifest = JSON.parse(readRepoFile(`${dir}/sources.json`)) as Record<string, DocumentRecord[]>;
  return (manifest[catalog] ?? []).map((record) => {
    const shown = `${dir}/${record.file}`;
    return { ...record, shown, text: readRepoFile(shown) };
  });
}

/** Every vendored Binance Spot document, newest first. */
export const binanceDocuments = documentsIn(SOURCES_DIR, 'binance-spot');
/** The older editions of `errors.md` kept for the tests, newest first. */
export const binanceEditions = documentsIn(EDITIONS_DIR, 'binance-spot');

/** The vendored document with this file name; throws so a test cannot pass on a typo. */
export function vendored(file: string): LoadedDocument {
  const found = binanceDocuments.find((doc) => doc.file === file);
  if (!found) throw new Error(`no vendored Binance Spot document ${file}`);
  return found;
}

/** The newest vendored edition (`errors.md` as Binance publishes it now). */
export const currentText = vendored('binance-spot-errors.current.md').text;
/** The older website edition, with the SAPI codes. */
export const binanceText = vendored('binance-spot-error-codes.md').text;

export const LTP_SOURCE = `${SOURCES_DIR}/portfolio-api-error-codes.txt`;
export const ltpText = readRepoFile(LTP_SOURCE);

/** 1-based number of the first line that starts with `prefix`; throws so a test cannot pass on a typo. */
export function lineOf(text: string, prefix: string): number {
  const index = text.split('\n').findIndex((line) => line.startsWith(prefix));
  if (index === -1) throw new Error(`no line starts with ${JSON.stringify(prefix)}`);
  return index + 1;
}

/** Replaces exactly one occurrence of `from`, failing loudly if the document no longer has it. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) {
    throw new Error(`expected exactly one ${JSON.stringify(from)} in the document`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}
