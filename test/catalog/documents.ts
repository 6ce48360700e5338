import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, from this file's location. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Reads a repository file as UTF-8 text. */
export const readRepoFile = (relative: string): string => readFileSync(path.join(repoRoot, relative), 'utf8');

export const BINANCE_SOURCE = 'catalog/sources/binance-spot-error-codes.md';
export const LTP_SOURCE = 'catalog/sources/portfolio-api-error-codes.txt';

export const binanceText = readRepoFile(BINANCE_SOURCE);
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
