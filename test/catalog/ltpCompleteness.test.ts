import { describe, expect, it } from 'vitest';
import { ltpData } from '../../src/exchanges/ltp/ltp.data';
import { ltpText } from './documents';

// The rows are counted straight from the text, independently of the parser.
const lines = ltpText.split('\n');
const rows = lines.filter((line) => /^\d/.test(line));
const byCode = (code: number) => ltpData.entries.find((entry) => entry.code === code);

/** Rows per section title, taking a title to be the last non-blank line before `CodeMessage`. */
function rowsPerTitle(): Map<string, number> {
  const counts = new Map<string, number>();
  let title = '';
  let previous = '';
  for (const line of lines) {
    if (line === 'CodeMessage') title = previous;
    else if (/^\d/.test(line)) counts.set(title, (counts.get(title) ?? 0) + 1);
    if (line.trim() !== '') previous = line;
  }
  return counts;
}

describe('the LTP catalog holds every row of the document', () => {
  it('has every code row, each code once, code and message as the row reads', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(ltpData.entries).toHaveLength(rows.length);
    expect(new Set(ltpData.entries.map((entry) => entry.code)).size).toBe(rows.length);
    expect(ltpData.entries.map((entry) => `${entry.code}${entry.messages.join('')}`)).toEqual(rows);
    for (const entry of ltpData.entries) expect(entry.messages).toHaveLength(1);
  });

  it('has every section, named by the first word of its title, with its rows', () => {
    const actual = new Map<string, number>();
    for (const entry of ltpData.entries) actual.set(entry.section, (actual.get(entry.section) ?? 0) + 1);
    const expected = new Map(
      [...rowsPerTitle()].map(([title, count]) => [title.split(' ')[0] ?? '', count] as const),
    );
    expect(expected.size).toBeGreaterThan(1);
    expect(actual).toEqual(expected);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
  });

  it('names its one document as the source of every entry', () => {
    expect(ltpData.documents).toEqual(['portfolio-api-error-codes.txt']);
    for (const entry of ltpData.entries) expect(entry.sources).toEqual(['portfolio-api-error-codes.txt']);
  });

  it('reads the success codes from the introduction', () => {
    expect(ltpText).toContain('A code of 200 or 200000 indicates success');
    expect(ltpData.successCodes).toEqual([200, 200000]);
  });

  it('keeps the HTTP-like 500 and 501 in the Authentication table', () => {
    expect(byCode(500)).toMatchObject({ code: 500, messages: ['Server error'], section: 'Authentication' });
    expect(byCode(501)?.messages).toEqual(['Client error']);
  });

  it('keeps placeholders and em dashes verbatim', () => {
    expect(byCode(401068)?.messages).toEqual([
      'Due to an order with a better price, %s reduce only order to %s %s %s at %s was cancelled',
    ]);
    expect(byCode(400000)?.messages).toEqual(['Invalid parameter — refer to the API documentation']);
    expect(byCode(601010)).toMatchObject({
      code: 601010,
      messages: ['Connection frequency too high'],
      section: 'WebSocket',
    });
  });

  it('describes itself as the LTP document with no Binance-only tables', () => {
    expect(ltpData.id).toBe('ltp');
    expect(ltpData.document).toBe('LTP (RapidX) portfolio API error codes');
    expect(ltpData.filters).toEqual([]);
    expect(ltpData.rejections).toEqual([]);
    expect(ltpData.rejectionCodes).toEqual([]);
  });
});
