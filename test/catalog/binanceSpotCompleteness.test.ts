import { describe, expect, it } from 'vitest';
import { binanceSpotData } from '../../src/catalog/binance-spot.data';
import { binanceText } from './documents';

// Counts come from grep-like regexes over the vendored markdown, not from the parser,
// so a parser that drops or merges lines disagrees with them.
const lines = binanceText.split('\n');
const sectionTitles = lines.filter((line) => line.startsWith('## ')).map((line) => line.slice(3).trim());
const codeHeadings = lines.filter((line) => /^#{3,4} -\d+/.test(line));
const stripEscapes = (text: string) => text.replace(/\\([_*])/g, '$1');

/** The lines of the `## title` section, up to the next `## ` heading. */
function sectionLines(title: string): string[] {
  const start = lines.indexOf(`## ${title}`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

const SPECIAL = ['Filter failures', 'Order Rejection Issues'];
const codeSectionBullets = sectionTitles
  .filter((title) => !SPECIAL.includes(title))
  .flatMap((title) => sectionLines(title).filter((line) => line.startsWith('* ')));

const entriesWith = (code: number) => binanceSpotData.entries.filter((entry) => entry.code === code);

describe('the Binance Spot catalog holds everything the document lists', () => {
  it('has one entry per ### / #### code heading: 236, in document order', () => {
    expect(codeHeadings).toHaveLength(236);
    expect(binanceSpotData.entries).toHaveLength(codeHeadings.length);
    expect(binanceSpotData.entries.map((entry) => entry.code)).toEqual(
      codeHeadings.map((line) => Number(/-\d+/.exec(line)?.[0])),
    );
  });

  it('keeps every message bullet under its code, except -1099 whose bullet is a note about -1999', () => {
    const messages = binanceSpotData.entries.flatMap((entry) => entry.messages);
    expect(codeSectionBullets).toHaveLength(252);
    expect(messages).toHaveLength(codeSectionBullets.length - 1);
    expect(messages).toEqual(
      codeSectionBullets
        .map((line) => stripEscapes(line.slice(2).trim()))
        .filter((m) => !m.startsWith('This replaces')),
    );
    expect(entriesWith(-1099)).toEqual([
      expect.objectContaining({ messages: [], notes: 'This replaces error code -1999' }),
    ]);
  });

  it('gives each entry the ## section it sits in', () => {
    const codeSections = sectionTitles.filter((title) => !SPECIAL.includes(title));
    expect(new Set(binanceSpotData.entries.map((entry) => entry.section))).toEqual(new Set(codeSections));
    for (const title of codeSections) {
      const headings = sectionLines(title).filter((line) => /^#{3,4} -\d+/.test(line));
      expect(binanceSpotData.entries.filter((entry) => entry.section === title)).toHaveLength(
        headings.length,
      );
    }
    expect(entriesWith(-1021)[0]?.section).toBe('10xx - General Server or Network issues');
  });

  it('keeps both -5012 entries, with their different names, in document order', () => {
    expect(entriesWith(-5012).map((entry) => entry.name)).toEqual([
      'TRANSFER_PENDING',
      'FUTURE_ACCT_OR_SUBRELATION_NOT_EXIST',
    ]);
  });

  it('unescapes names and leaves the 20xxx and 18xxx codes nameless', () => {
    expect(entriesWith(-1003)[0]?.name).toBe('TOO_MANY_REQUESTS');
    expect(entriesWith(-20121)[0]).toEqual(
      expect.not.objectContaining({ name: expect.anything(), heading: expect.anything() }),
    );
    expect(entriesWith(-18002)[0]?.name).toBeUndefined();
    const text = JSON.stringify(binanceSpotData.entries);
    expect(text).not.toContain('\\\\_');
    expect(text).not.toContain('\\\\*');
  });

  it('puts phrase headings in `heading`, not `name`, and keeps cancel-replace prose as notes', () => {
    expect(entriesWith(-2021)).toEqual([
      {
        code: -2021,
        heading: 'Order cancel-replace partially failed',
        messages: [],
        section: 'Errors regarding POST /api/v3/order/cancelReplace',
        notes:
          'This code is sent when either the cancellation of the order failed or the new order placement failed but not both.',
      },
    ]);
    expect(entriesWith(-2022)[0]).toMatchObject({ heading: 'Order cancel-replace failed.', messages: [] });
    expect(entriesWith(-2022)[0]?.notes).toMatch(/^This code is sent when both/);
    expect(entriesWith(-1099)[0]?.heading).toBe('Not found, authenticated, or authorized');
    expect(entriesWith(-12014)[0]).toMatchObject({ heading: 'TOO MANY REQUESTS' });
    for (const entry of binanceSpotData.entries) {
      if (entry.name !== undefined) expect(entry.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });

  it('has every filter row of the "Filter failures" table: 14', () => {
    const rows = sectionLines('Filter failures').filter((line) => line.startsWith('| "'));
    expect(rows).toHaveLength(14);
    expect(binanceSpotData.filters.map((filter) => filter.message)).toEqual(
      rows.map((row) => stripEscapes(/^\| "([^"]+)"/.exec(row)?.[1] ?? '')),
    );
    expect(binanceSpotData.filters.find((filter) => filter.filter === 'LOT_SIZE')).toEqual({
      filter: 'LOT_SIZE',
      message: 'Filter failure: LOT_SIZE',
      description: '`quantity` is too high, too low, and/or not following the step size rule for the symbol.',
    });
    expect(binanceSpotData.filters.find((filter) => filter.filter === 'MIN_NOTIONAL')?.description).toBe(
      '`price` * `quantity` is too low to be a valid order for the symbol.',
    );
  });

  it('has every order rejection row and the codes they arrive under, without inventing a -1010 entry', () => {
    const rows = sectionLines('Order Rejection Issues').filter((line) => line.startsWith('| "'));
    expect(rows).toHaveLength(26);
    expect(binanceSpotData.rejections.map((rejection) => rejection.message)).toEqual(
      rows.map((row) => stripEscapes(/^\| "([^"]+)"/.exec(row)?.[1] ?? '')),
    );
    expect(binanceSpotData.rejections).toContainEqual({
      message: 'Price * QTY is zero or less.',
      description: '`price` * `quantity` is too low',
    });
    expect(binanceSpotData.rejectionCodes).toEqual([-1010, -2010, -2011]);
    expect(entriesWith(-1010)).toEqual([]);
    expect(entriesWith(-2010)[0]?.name).toBe('NEW_ORDER_REJECTED');
  });

  it('keeps placeholders and backticks exactly as documented', () => {
    expect(entriesWith(-1015)[0]?.messages).toContain(
      'Too many new orders; current limit is %s orders per %s.',
    );
    expect(entriesWith(-4036)[0]?.messages).toEqual(['The new address needs to be withdrawn in {0} hours.']);
    expect(entriesWith(-1100)[0]?.messages).toContain(
      'Illegal characters found in parameter `%s`; legal range is `%s`.',
    );
    expect(entriesWith(-1021)[0]?.messages).toContain(
      "Timestamp for this request was 1000ms ahead of the server's time.",
    );
    expect(entriesWith(-21004)[0]?.messages).toEqual(['User doesn’t have portfolio margin bankruptcy loan']);
  });

  it('describes itself as the Binance Spot document with no success codes', () => {
    expect(binanceSpotData.id).toBe('binance-spot');
    expect(binanceSpotData.document).toBe('Binance Spot API error codes');
    expect(binanceSpotData.successCodes).toEqual([]);
  });
});
