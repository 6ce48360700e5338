import { describe, expect, it } from 'vitest';
import { DESCRIPTION_MARKS, parseBybit } from '../../scripts/catalog/parse-bybit.mjs';
import { CatalogSourceError } from '../../scripts/catalog/source-error.mjs';
import { matchTemplate } from '../../src/core/matchTemplate';
import { sample } from '../core/catalogSamples';
import { expectedCategory } from '../core/expectedCategories';
import { bybitCategories, bybitFields, bybitMessageCategories } from '../exchanges/bybitCategories';
import { lineOf, readRepoFile } from './documents';

const BYBIT_SOURCE = 'catalog/sources/bybit-v5-error-codes.mdx';
const FILE = 'error.mdx';
const text = readRepoFile(BYBIT_SOURCE);
const bybit = parseBybit(text, BYBIT_SOURCE);
const entry = (code: number) => bybit.entries.find((e) => e.code === code);

// ---- An independent, simpler reading of the document: every line `| <code> |<text>|` is a row;
// a code may be struck through (`~~10018~~`) or a link (`[401](…)`).
const lines = text.split('\n');
const rows = lines.flatMap((line, index) => {
  const code = /^\|\s*(?:~~)?\[?(-?\d+)/.exec(line)?.[1];
  if (code === undefined) return [];
  const cells = line.split('|');
  return [
    {
      line: index + 1,
      code: Number(code),
      struck: (cells[1] ?? '').includes('~~'),
      message: (cells[2] ?? '').replace(/\s+/g, ' ').trim(),
    },
  ];
});
const successRows = rows.filter((row) => row.code === 0);
const codeRows = rows.filter((row) => row.code !== 0);
const documentCodes = [...new Set(codeRows.map((row) => row.code))];
const rawMessages = new Map<number, Set<string>>();
for (const row of codeRows)
  rawMessages.set(row.code, (rawMessages.get(row.code) ?? new Set()).add(row.message));

/** The `##` / `###` headings above a line. */
function headingPathAt(lineNo: number): string {
  const path: string[] = [];
  for (const line of lines.slice(0, lineNo)) {
    const heading = /^(#{2,3})\s+(.*?)\s*$/.exec(line);
    if (!heading) continue;
    path.length = (heading[1] ?? '').length - 2;
    path.push(heading[2] ?? '');
  }
  return path.join(' / ');
}

/**
 * The codes whose text reads as the document's explanation, reviewed one by one: the HTTP status
 * table; numbered causes (10404, 10016); product tags (-2015, 33004, 30256, 110131, 110080,
 * 3200320, 34022107, 34022108) and who-gets-it notes (131065, the KR travel-rule rows 131067–131074,
 * 131085, 131086); "Indicates" (34040); garbled or sketched values (110092, 110093, 170209);
 * 170011 / 170019, one message split over two rows; stray quotes (3777006, 3777007); and the
 * Strategy rows that join several messages with " / ".
 */
const DESCRIBED = [
  400, 401, 403, 404, 429, 10404, 10016, -2015, 33004, 30256, 110080, 110092, 110093, 110131, 3200320, 34040,
  170011, 170019, 170209, 131065, 131067, 131068, 131069, 131070, 131071, 131072, 131073, 131074, 131085,
  131086, 3777006, 3777007, 34022107, 34022108, 60061, 60062, 60066, 60067, 60071, 60077, 60082, 60200, 60201,
];

describe('the Bybit catalog holds every row of the document', () => {
  it('has one entry per distinct code, in order of first appearance, and none for the success code', () => {
    expect(documentCodes.length).toBeGreaterThan(650);
    expect(bybit.entries.map((e) => e.code)).toEqual(documentCodes);
    expect(successRows.map((row) => row.message)).toEqual(['OK']);
    expect(bybit.successCodes).toEqual([0]);
    expect(entry(0)).toBeUndefined();
  });

  it('keeps every distinct text of a code listed in several rows or tables, each once', () => {
    for (const e of bybit.entries)
      expect([e.code, e.messages.length]).toEqual([e.code, rawMessages.get(e.code)?.size]);
    expect(entry(10003)?.messages).toEqual([
      'Too many sessions under the same UID',
      'API key is invalid. Check whether the key and domain are matched, there are 4 env: mainnet, testnet, mainnet-demo, testnet-demo',
    ]);
    expect(entry(700001)?.messages).toEqual([
      'quote fail:no dealer can used',
      'Prediction market not found or closed',
    ]);
  });

  it('keeps plain texts verbatim', () => {
    const plain = codeRows.filter((row) => !/[{}<>[\]~*&]|xxx/i.test(row.message));
    expect(plain.length).toBeGreaterThan(600);
    for (const row of plain) expect(entry(row.code)?.messages).toContain(row.message);
  });

  it('gives each code the ## / ### section of its first row', () => {
    for (const e of bybit.entries) {
      const first = codeRows.find((row) => row.code === e.code);
      expect([e.code, e.section]).toEqual([e.code, headingPathAt(first?.line ?? 0)]);
    }
    expect(entry(400000)?.section).toBe('Asset / Fiat Convert');
    expect(entry(400101)?.section).toBe('Exchange Broker / Reward');
  });

  it('marks a code retired exactly when every row of it is struck through', () => {
    const retired = documentCodes.filter((code) =>
      codeRows.filter((row) => row.code === code).every((row) => row.struck),
    );
    expect(retired.length).toBeGreaterThan(0);
    expect(bybit.entries.filter((e) => e.retired).map((e) => e.code)).toEqual(retired);
    expect(entry(10018)).toEqual({
      code: 10018,
      messages: ['Exceeded the IP Rate Limit.'],
      section: 'UTA',
      retired: true,
    });
    // Only the code is struck through here; the row is retired all the same.
    expect(entry(3500405)).toMatchObject({
      retired: true,
      messages: ['Parameter "startTime" and "endTime" need to be input in pairs.'],
    });
  });

  it('marks as described exactly the reviewed texts, each for a reason the parser names', () => {
    expect(bybit.entries.filter((e) => e.described).map((e) => e.code)).toEqual(DESCRIBED);
    for (const code of DESCRIBED) {
      const e = entry(code);
      const reasons = DESCRIPTION_MARKS.filter((mark) =>
        (e?.messages ?? []).some((m) => mark.test(m.replace(/\{\d+\}/g, 'xxx'), e?.section ?? '')),
      );
      expect([code, reasons.length > 0]).toEqual([code, true]);
    }
  });

  it('describes itself as the Bybit document with no Binance-only tables', () => {
    expect(bybit).toMatchObject({ id: 'bybit', filters: [], rejections: [], rejectionCodes: [] });
  });
});

describe('Bybit spot checks', () => {
  it('10001, 10006, 110007, 10002: exact texts, neither retired nor described', () => {
    expect(entry(10001)).toEqual({ code: 10001, messages: ['Request parameter error'], section: 'UTA' });
    expect(entry(10006)).toEqual({
      code: 10006,
      messages: ['Too many visits. Exceeded the API Rate Limit.'],
      section: 'UTA',
    });
    expect(entry(110007)).toEqual({
      code: 110007,
      messages: ['Available balance is insufficient'],
      section: 'UTA',
    });
    expect(entry(10002)).toEqual({
      code: 10002,
      messages: ['The request time exceeds the time window range.'],
      section: 'UTA',
    });
  });

  it('strips links, HTML and bold; keeps backticks', () => {
    expect(entry(401)).toMatchObject({ section: 'HTTP Code', described: true });
    expect(entry(401)?.messages[0]).toMatch(/^Invalid request\. 1\. Need to use the correct key/);
    expect(entry(110003)?.messages).toEqual(['Order price exceeds the allowable range.']);
    expect(entry(400)?.messages).toEqual([
      'Bad request. Need to send the request with GET / POST (must be capitalized)',
    ]);
    expect(entry(10404)?.messages).toEqual([
      '1. op type is not found; 2. `category` is not correct/supported',
    ]);
  });

  it('numbers {{name}}, {name}, {} and xxxx placeholders, and keeps %s', () => {
    expect(entry(110063)?.messages).toEqual(['Settlement in progress! {0} not available for trading.']);
    expect(entry(170219)?.messages).toEqual(['UID {0} is not available to this feature']);
    expect(entry(3200641)?.messages[0]).toBe(
      '{0} collateral has reached the platform limit. Disable {0} collateral before switching margin mode.',
    );
    expect(entry(170371)?.messages).toEqual(['Order price cannot be lower than {0}, the price limitation']);
    expect(entry(110120)?.messages).toEqual(['Order price cannot be smaller than {0}, the price limitation']);
    expect(entry(170005)?.messages).toEqual(['Too many new orders; current limit is %s orders per %s.']);
  });

  it('keeps both halves of the message split over 170011 and 170019, marked as described', () => {
    expect(entry(170011)).toMatchObject({ described: true });
    expect(entry(170019)).toMatchObject({
      messages: [`the current available limit is ''{0}'' USDT"`],
      described: true,
    });
  });

  it('leaves no placeholder the matcher would read literally, and every template matches a sample of itself', () => {
    for (const e of bybit.entries) {
      for (const message of e.messages) {
        expect([e.code, message.replace(/\{\d+\}/g, '')]).not.toEqual([
          e.code,
          expect.stringMatching(/[{}]/),
        ]);
        const filled = sample(message);
        expect([e.code, matchTemplate(message).full.test(filled.message)]).toEqual([e.code, true]);
      }
    }
  });
});

describe('the Bybit category table', () => {
  const listed = Object.values(bybitCategories).flat();

  it('lists every parsed code exactly once, retired ones included, and no code the document lacks', () => {
    expect(listed.filter((code, i) => listed.indexOf(code) !== i)).toEqual([]);
    expect([...listed].sort((a, b) => a - b)).toEqual(bybit.entries.map((e) => e.code).sort((a, b) => a - b));
  });

  it('overrides texts only where a code has texts of different meanings', () => {
    for (const [code, messages] of Object.entries(bybitMessageCategories)) {
      for (const [message, category] of Object.entries(messages)) {
        expect(entry(Number(code))?.messages).toContain(message);
        expect(category).not.toBe(expectedCategory(bybitCategories, Number(code)));
      }
    }
  });

  it('gives a field decision for exactly the filter codes', () => {
    expect(Object.keys(bybitFields).map(Number).sort()).toEqual([...(bybitCategories.filter ?? [])].sort());
  });

  it('puts timeouts, rate limits, timestamps and busy systems where the order-safety rules say', () => {
    expect(expectedCategory(bybitCategories, 10000)).toBe('execution-unknown');
    const timeouts = bybit.entries.filter((e) => e.messages.some((m) => /timeout/i.test(m)));
    expect(timeouts.map((e) => e.code)).toEqual([10000, 170007, 170146, 170147, 170310]);
    for (const e of timeouts) {
      expect([e.code, expectedCategory(bybitCategories, e.code)]).toEqual([e.code, 'execution-unknown']);
    }
    // "quote fail: price time out" is a convert quote that expired: refused, nothing traded.
    expect(expectedCategory(bybitCategories, 700008)).toBe('order-rejected');
    for (const code of [10006, 10018, 10429, 20003, 170005, 170222]) {
      expect([code, expectedCategory(bybitCategories, code)]).toEqual([code, 'rate-limit']);
    }
    for (const code of [10002, -1]) expect(expectedCategory(bybitCategories, code)).toBe('clock-skew');
    const busy = bybit.entries.filter((e) =>
      e.messages.some((m) =>
        /system is busy|server is busy|internal (?:server )?error|service maintenance/i.test(m),
      ),
    );
    for (const e of busy)
      expect([e.code, expectedCategory(bybitCategories, e.code)]).toEqual([e.code, 'unavailable']);
  });

  it('never treats a text that says the request failed as execution-unknown', () => {
    const refused = /^(?:Order failed|Failed|Unable to|Cannot|Can't|Can not|.* failed\.?$)/i;
    for (const code of bybitCategories['execution-unknown'] ?? []) {
      const sayNo = (entry(code)?.messages ?? []).filter((m) => refused.test(m));
      expect([code, sayNo]).toEqual([code, []]);
    }
  });
});

// ---- Malformed documents fail with `file:line: problem`.

/** Replaces the one line that starts with `prefix`, failing if there is not exactly one. */
function replaceLine(source: string, prefix: string, replacement: string | null): string {
  const all = source.split('\n');
  const hits = all.flatMap((line, i) => (line.startsWith(prefix) ? [i] : []));
  if (hits.length !== 1) throw new Error(`expected one line starting with ${prefix}, found ${hits.length}`);
  const [index = 0] = hits;
  if (replacement === null) all.splice(index, 1);
  else all[index] = replacement;
  return all.join('\n');
}

function failure(source: string): CatalogSourceError {
  try {
    parseBybit(source, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogSourceError);
    return error as CatalogSourceError;
  }
  throw new Error('expected the document to be rejected, but a catalog was produced');
}

describe('a malformed Bybit document is rejected with the file, line and problem', () => {
  const line110007 = lineOf(text, '| 110007 ');
  const utaHeader = lineOf(text, '## UTA') + 1;

  it('a row with a cell too many', () => {
    const error = failure(
      replaceLine(text, '| 110007 ', '| 110007 |Available balance is insufficient | spot |'),
    );
    expect(error.message).toBe(
      `${FILE}:${line110007}: table row has 3 cells, expected 2 (Code, Description)`,
    );
  });

  it('a non-numeric code', () => {
    const error = failure(replaceLine(text, '| 110007 ', '| 11OOO7 |Available balance is insufficient |'));
    expect(error.message).toBe(`${FILE}:${line110007}: code "11OOO7" is not a number`);
  });

  it('a table header without a description column', () => {
    const source = text
      .split('\n')
      .map((line, i) => (i === utaHeader - 1 ? '|Code |Remarks |' : line))
      .join('\n');
    expect(failure(source).message).toBe(
      `${FILE}:${utaHeader}: table header ("Code", "Remarks") has no message column`,
    );
  });

  it('a table header with a column its delimiter row lacks', () => {
    const source = text
      .split('\n')
      .map((line, i) => (i === utaHeader - 1 ? '|Code |Description |Since |' : line))
      .join('\n');
    expect(failure(source).message).toBe(
      `${FILE}:${utaHeader}: table header has 3 cells ("Code", "Description", "Since") but its delimiter row has 2`,
    );
  });

  it('part of a text struck through', () => {
    const error = failure(
      replaceLine(text, '| 110007 ', '| 110007 |Available balance is ~~in~~sufficient |'),
    );
    expect(error.message).toBe(
      `${FILE}:${line110007}: code 110007 has part of its text struck through; strike the whole row to retire it`,
    );
  });

  it('a code with no text', () => {
    const error = failure(replaceLine(text, '| 110007 ', '| 110007 | |'));
    expect(error.message).toBe(`${FILE}:${line110007}: code 110007 has no text`);
  });

  it('a document without the success code', () => {
    expect(failure(replaceLine(text, '| 0 |', null)).message).toBe(
      `${FILE}:1: no row for the success code 0 found`,
    );
  });

  it('an unclosed front matter block', () => {
    expect(
      failure(text.replace('sidebar_label: Error Codes\n---\n', 'sidebar_label: Error Codes\n')).message,
    ).toBe(`${FILE}:2: front matter \`---\` is never closed`);
  });
});
