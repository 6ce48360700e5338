import { describe, expect, it } from 'vitest';
import { parseBinanceSpot } from '../../scripts/catalog/parse-binance-spot.mjs';
import { parseLtp } from '../../scripts/catalog/parse-ltp.mjs';
import { CatalogSourceError } from '../../scripts/catalog/source-error.mjs';
import { binanceText, lineOf, ltpText, replaceOnce } from './documents';

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
