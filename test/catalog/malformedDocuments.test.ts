import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../scripts/catalog/manifest.mjs';
import { parseBinanceSpot } from '../../scripts/catalog/parse-binance-spot.mjs';
import { parseLtp } from '../../scripts/catalog/parse-ltp.mjs';
import { CatalogSourceError } from '../../scripts/catalog/source-error.mjs';
import { binanceText, currentText, lineOf, ltpText, replaceOnce } from './documents';

const BINANCE = 'errors.md';
const LTP = 'errors.txt';

/** Runs `parse` and returns what it threw, failing the test if it returned a catalog instead. */
function failure(parse: () => unknown): CatalogSourceError {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogSourceError);
    return error as CatalogSourceError;
  }
  throw new Error('expected the document to be rejected, but a catalog was produced');
}

describe('a malformed Binance Spot document is rejected with the file, line and problem', () => {
  it('a code heading with a non-numeric code', () => {
    const text = replaceOnce(binanceText, '### -1021 INVALID', '### -10xx INVALID');
    const error = failure(() => parseBinanceSpot(text, BINANCE));
    expect(error.line).toBe(lineOf(binanceText, '### -1021 '));
    expect(error.message).toBe(
      `${BINANCE}:${error.line}: code heading has a non-numeric code "-10xx"; expected "### -NNNN NAME"`,
    );
  });

  it('a code heading with neither messages nor prose under it', () => {
    const text = replaceOnce(binanceText, '* Signature for this request is not valid.\n', '');
    const error = failure(() => parseBinanceSpot(text, BINANCE));
    expect(error.message).toMatch(
      new RegExp(`^${BINANCE}:${lineOf(binanceText, '### -1022 ')}: heading for code -1022 has no messages`),
    );
  });

  it('a filter table row without a message', () => {
    const text = replaceOnce(binanceText, '| "Filter failure: LOT\\_SIZE" |', '| |');
    const error = failure(() => parseBinanceSpot(text, BINANCE));
    expect(error.line).toBe(lineOf(binanceText, '| "Filter failure: LOT\\_SIZE"'));
    expect(error.message).toContain('table row has no message');
  });

  it('a filter row whose message is not "Filter failure: NAME"', () => {
    const text = replaceOnce(binanceText, '"Filter failure: LOT\\_SIZE"', '"Lot size failure"');
    expect(failure(() => parseBinanceSpot(text, BINANCE)).message).toContain(
      'filter row message "Lot size failure" is not "Filter failure: NAME"',
    );
  });

  it('a code section with no entries', () => {
    const text = replaceOnce(binanceText, '## 70xx - Futures\n', '## 99xx - Empty\n\n## 70xx - Futures\n');
    const error = failure(() => parseBinanceSpot(text, BINANCE));
    expect(error.line).toBe(lineOf(binanceText, '## 70xx'));
    expect(error.message).toContain('section "99xx - Empty" has no `### -NNNN NAME` code headings');
  });

  it('a message bullet with no code heading above it', () => {
    const text = replaceOnce(binanceText, '## 70xx - Futures\n', '## 70xx - Futures\n\n* Stray message.\n');
    const error = failure(() => parseBinanceSpot(text, BINANCE));
    expect(error.line).toBe(lineOf(binanceText, '## 70xx') + 2);
    expect(error.message).toContain('message bullet before any code heading');
  });

  it('a missing "Filter failures" section', () => {
    const start = binanceText.indexOf('## Filter failures');
    const end = binanceText.indexOf('## 10xxx');
    const text = binanceText.slice(0, start) + binanceText.slice(end);
    expect(failure(() => parseBinanceSpot(text, BINANCE)).message).toContain(
      'no "## Filter failures" section',
    );
  });

  it('a rejection code bullet that is not a code', () => {
    const text = replaceOnce(binanceText, '* `-2011 CANCEL_REJECTED`', '* cancel rejected');
    const error = failure(() => parseBinanceSpot(text, BINANCE));
    expect(error.line).toBe(lineOf(binanceText, '* `-2011 CANCEL_REJECTED`'));
  });
});

describe('a malformed edition of errors.md is rejected with the file, line and problem', () => {
  it('a table row with a third cell', () => {
    const row = '"Market is closed."';
    const line = currentText.split('\n').find((l) => l.startsWith(row)) ?? '';
    const text = replaceOnce(currentText, line, `${line} | extra`);
    const error = failure(() => parseBinanceSpot(text, BINANCE));
    expect(error.line).toBe(lineOf(currentText, row));
    expect(error.message).toContain('table row has 3 cells, expected 2 (message, description)');
  });

  it('a message cell whose quotes do not pair up', () => {
    const text = replaceOnce(currentText, '"Market is closed."', '"Market "is" closed."');
    const error = failure(() => parseBinanceSpot(text, BINANCE));
    expect(error.line).toBe(lineOf(currentText, '"Market is closed."'));
    expect(error.message).toContain('its double quotes do not pair up');
  });

  it('a table whose separator row is missing', () => {
    const text = replaceOnce(
      currentText,
      'Error message | Description\n------------ | ------------\n',
      'Error message | Description\n',
    );
    const error = failure(() => parseBinanceSpot(text, BINANCE));
    expect(error.line).toBe(lineOf(currentText, 'Error message | Description') + 1);
    expect(error.message).toContain('expected the table separator row');
  });

  it('a table row that lost its pipe', () => {
    const text = replaceOnce(
      currentText,
      '"Market is closed."                                             |',
      '"Market is closed."',
    );
    const error = failure(() => parseBinanceSpot(text, BINANCE));
    expect(error.line).toBe(lineOf(currentText, '"Market is closed."'));
    expect(error.message).toContain('has no `|` between its cells');
  });

  it('a nested list', () => {
    const text = replaceOnce(
      currentText,
      ' * Invalid symbol.\n',
      ' * Invalid symbol.\n     * Unknown symbol.\n',
    );
    const error = failure(() => parseBinanceSpot(text, BINANCE));
    expect(error.line).toBe(lineOf(currentText, ' * Invalid symbol.') + 1);
    expect(error.message).toContain('nested list');
  });

  it('a matching-engine section that names no codes, in its title or in bullets', () => {
    const title = currentText.split('\n').find((l) => l.startsWith('## Messages for')) ?? '';
    const text = replaceOnce(currentText, title, '## Order Rejection Issues');
    const error = failure(() => parseBinanceSpot(text, BINANCE));
    expect(error.line).toBe(lineOf(currentText, '## Messages for'));
    expect(error.message).toContain('names no error codes');
  });

  it('a code heading with nothing under it but an anchor', () => {
    const text = replaceOnce(currentText, "* This symbol doesn't have a reference price.\n", '');
    const error = failure(() => parseBinanceSpot(text, BINANCE));
    expect(error.message).toMatch(
      new RegExp(`^${BINANCE}:${lineOf(currentText, '### -2043 ')}: heading for code -2043 has no messages`),
    );
  });
});

describe('a malformed LTP document is rejected with the file, line and problem', () => {
  it('a duplicated code', () => {
    const text = replaceOnce(ltpText, '401024Invalid quoteOrderQty', '401021Invalid quoteOrderQty');
    const error = failure(() => parseLtp(text, LTP));
    expect(error.message).toBe(
      `${LTP}:${lineOf(ltpText, '401024')}: code 401021 is listed twice (first on line ${lineOf(ltpText, '401021')})`,
    );
  });

  it('a table row without a code', () => {
    const text = replaceOnce(ltpText, '400007Invalid limit value', 'Invalid limit value');
    const error = failure(() => parseLtp(text, LTP));
    expect(error.line).toBe(lineOf(ltpText, '400007'));
    expect(error.message).toContain('table row without a code in section "Common"');
  });

  it('a row whose digits run past the longest code, so the message cannot be split off', () => {
    const text = replaceOnce(ltpText, '401044Open order count', '4010445 open orders max');
    const error = failure(() => parseLtp(text, LTP));
    expect(error.line).toBe(lineOf(ltpText, '401044'));
    expect(error.message).toContain('row starts with 7 digits (4010445)');
  });

  it('a code with no message', () => {
    const text = replaceOnce(ltpText, '402005portfolioId is required', '402005');
    expect(failure(() => parseLtp(text, LTP)).message).toBe(
      `${LTP}:${lineOf(ltpText, '402005')}: code 402005 has no message`,
    );
  });

  it('a section with zero rows', () => {
    const start = ltpText.indexOf('406000');
    const end = ltpText.indexOf('\n\nWebSocket');
    const text = ltpText.slice(0, start) + ltpText.slice(end + 1);
    const error = failure(() => parseLtp(text, LTP));
    expect(error.line).toBe(lineOf(ltpText, 'Fees ('));
    expect(error.message).toContain('section "Fees" has no code rows');
  });

  it('a missing success sentence', () => {
    const text = replaceOnce(ltpText, 'A code of 200 or 200000 indicates success.', 'See the envelope.');
    expect(failure(() => parseLtp(text, LTP)).message).toMatch(/^errors\.txt:1: .*indicates success/);
  });
});

describe('a documents folder whose sources.json does not match it is rejected', () => {
  const folder = (manifest: unknown, files: string[]) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sources-'));
    writeFileSync(path.join(dir, 'sources.json'), JSON.stringify(manifest, null, 2));
    for (const file of files) writeFileSync(path.join(dir, file), 'text');
    return dir;
  };
  const record = (file: string) => ({ file, from: 'somewhere' });
  const rejected = async (dir: string) => {
    try {
      await readManifest(dir, 'sources', ['binance-spot', 'ltp']);
    } catch (error) {
      expect(error).toBeInstanceOf(CatalogSourceError);
      return (error as CatalogSourceError).message;
    }
    throw new Error('expected the folder to be rejected');
  };

  it('a document no catalog lists', async () => {
    const dir = folder({ 'binance-spot': [record('a.md')] }, ['a.md', 'b.md']);
    expect(await rejected(dir)).toBe(
      "sources/sources.json:1: sources/b.md is in no catalog's list of documents",
    );
  });

  it('a listed document that is not there', async () => {
    const dir = folder({ 'binance-spot': [record('a.md'), record('gone.md')] }, ['a.md']);
    expect(await rejected(dir)).toMatch(
      /^sources\/sources\.json:\d+: "gone\.md" is listed but sources\/gone\.md does not exist$/,
    );
  });

  it('a document that says neither where nor from which repository it comes', async () => {
    const dir = folder({ ltp: [{ file: 'a.txt' }] }, ['a.txt']);
    expect(await rejected(dir)).toContain('says neither which repository');
  });

  it('an unknown catalog', async () => {
    const dir = folder({ okx: [record('a.md')] }, ['a.md']);
    expect(await rejected(dir)).toContain('unknown catalog "okx"');
  });

  it('accepts a folder that lists exactly its documents, newest first', async () => {
    const dir = folder({ 'binance-spot': [record('new.md'), record('old.md')] }, ['new.md', 'old.md']);
    const manifest = await readManifest(dir, 'sources', ['binance-spot', 'ltp']);
    expect(manifest.get('binance-spot')?.map((doc) => doc.file)).toEqual(['new.md', 'old.md']);
  });
});
