import { describe, expect, it } from 'vitest';
import { parseOkx } from '../../scripts/catalog/parse-okx.mjs';
import { CatalogSourceError } from '../../scripts/catalog/source-error.mjs';
import { matchTemplate } from '../../src/core/matchTemplate';
import { sample } from '../core/catalogSamples';
import { expectedCategory } from '../core/expectedCategories';
import { okxCategories, okxFields, okxMessageCategories } from '../exchanges/okxCategories';
import { lineOf, readRepoFile } from './documents';

const OKX_SOURCE = 'catalog/sources/okx-v5-error-codes.md';
const FILE = 'okx.md';
const text = readRepoFile(OKX_SOURCE);
const okx = parseOkx(text, OKX_SOURCE);
const entry = (code: number) => okx.entries.find((e) => e.code === code);

// ---- An independent, simpler reading of the document: every line `| <digits> | … |` is a row.
const lines = text.split('\n');
const squash = (cell: string) => cell.replace(/\s+/g, ' ').trim();
const rows = lines.flatMap((line, index) => {
  const code = /^\|\s*(\d+)\s*\|/.exec(line)?.[1];
  if (code === undefined) return [];
  const cells = line.split('|').slice(1, -1).map(squash);
  return [{ line: index + 1, code: Number(code), cells, message: cells[cells.length - 1] ?? '' }];
});
// The row for code 0 is the success code; it has no message cell (`| 0 | 200 |`).
const successRows = rows.filter((row) => row.code === 0);
const codeRows = rows.filter((row) => row.code !== 0);
const documentCodes = [...new Set(codeRows.map((row) => row.code))];
const rawMessages = new Map<number, Set<string>>();
for (const row of codeRows)
  rawMessages.set(row.code, (rawMessages.get(row.code) ?? new Set()).add(row.message));

/** The `###` / `####` headings above each line, without their anchor links. */
function headingPathAt(lineNo: number): string {
  const path: string[] = [];
  for (const line of lines.slice(0, lineNo)) {
    const heading = /^(#{3,4})\s+(.*?)(?:\s+\[🔗\].*)?$/.exec(line);
    if (!heading) continue;
    path.length = (heading[1] ?? '').length - 3;
    path.push(heading[2] ?? '');
  }
  return path.join(' / ');
}

describe('the OKX catalog holds every row of the document', () => {
  it('has one entry per distinct code, in order of first appearance, and none for the success code', () => {
    expect(documentCodes.length).toBeGreaterThan(900);
    expect(okx.entries.map((e) => e.code)).toEqual(documentCodes);
    expect(successRows).toHaveLength(1);
    expect(successRows[0]?.cells).toEqual(['0', '200']);
    expect(okx.successCodes).toEqual([0]);
    expect(entry(0)).toBeUndefined();
  });

  it('keeps every distinct message of a code listed in several rows or sections, each once', () => {
    for (const e of okx.entries)
      expect([e.code, e.messages.length]).toEqual([e.code, rawMessages.get(e.code)?.size]);
    const repeated = documentCodes.filter((code) => codeRows.filter((row) => row.code === code).length > 1);
    expect(repeated).toEqual(
      expect.arrayContaining([50011, 51004, 51008, 51024, 51502, 54036, 59509, 59130]),
    );
    // 54036 is listed twice with the same text; 51502 has two identical rows among its variants.
    expect(entry(54036)?.messages).toHaveLength(1);
  });

  it('keeps plain messages verbatim', () => {
    const plain = codeRows.filter((row) => !/[{}&<>\\]/.test(row.message));
    expect(plain.length).toBeGreaterThan(600);
    for (const row of plain) expect(entry(row.code)?.messages).toContain(row.message);
  });

  it('gives each code the HTTP status of its first row, and the section of its first row', () => {
    for (const e of okx.entries) {
      const first = codeRows.find((row) => row.code === e.code);
      expect(first).toBeDefined();
      if (!first) continue;
      expect([e.code, e.status]).toEqual([
        e.code,
        first.cells.length === 3 ? Number(first.cells[1]) : undefined,
      ]);
      expect(e.section.endsWith(headingPathAt(first.line))).toBe(true);
    }
  });

  it('tells the REST and WebSocket halves apart by the anchors of their headings', () => {
    expect(new Set(okx.entries.map((e) => e.section))).toEqual(
      new Set([
        'REST API / Public / General Class',
        'REST API / Public / API Class',
        'REST API / Public / Trade Class',
        'REST API / Public / Data class',
        'REST API / Finance',
        'REST API / Convert',
        'REST API / Futures',
        'REST API / Funding',
        'REST API / Account',
        'REST API / Block Trading and Spread Orderbook',
        'REST API / Copy trading',
        'REST API / Trading bot',
        'WebSocket / Public / General Class',
        'WebSocket / Public / Close Frame',
      ]),
    );
    expect(entry(60009)).toEqual({
      code: 60009,
      messages: ['Login failure'],
      section: 'WebSocket / Public / General Class',
    });
    expect(entry(4001)).toEqual({
      code: 4001,
      messages: ['Login Failed'],
      section: 'WebSocket / Public / Close Frame',
    });
  });

  it('describes itself as the OKX document with no Binance-only tables', () => {
    expect(okx).toMatchObject({ id: 'okx', filters: [], rejections: [], rejectionCodes: [] });
  });
});

describe('OKX spot checks', () => {
  it('51000: a {param0} placeholder becomes {0}, which the template matcher captures', () => {
    expect(lines[lineOf(text, '| 51000 ') - 1]).toContain('Parameter {param0} error');
    expect(entry(51000)).toEqual({
      code: 51000,
      messages: ['Parameter {0} error'],
      section: 'REST API / Public / Trade Class',
      status: 400,
    });
    const template = matchTemplate('Parameter {0} error');
    expect(template.full.exec('Parameter instId error')?.slice(1)).toEqual(['instId']);
    expect(template.names).toEqual(['param']);
  });

  it('51008: every insufficient-balance variant, placeholders numbered as written', () => {
    const messages = entry(51008)?.messages ?? [];
    expect(messages).toContain('Order failed. Insufficient {0} balance in account');
    expect(messages).toContain('Order failed. Insufficient {0} margin in account');
    expect(messages).toContain("Order failed. Your main account's {0} borrowing quota is insufficient.");
    // `<code>USD</code>` is markup, not text.
    expect(messages).toContain(
      'Order failed. Insufficient account balance, and the adjusted equity in USD is less than IMR (Portfolio margin mode can try IOC orders to lower the risks)',
    );
    expect(entry(51008)?.status).toBe(200);
  });

  it('50011: both rate-limit texts; the second row’s HTTP 429 is kept in the notes', () => {
    expect(entry(50011)).toEqual({
      code: 50011,
      messages: [
        'Rate limit reached. Please refer to API documentation and throttle requests accordingly.',
        'Too Many Requests',
      ],
      section: 'REST API / Public / General Class',
      status: 200,
      notes: 'Also sent with HTTP status 429: Too Many Requests',
    });
  });

  it('50004: the timeout that "does not mean that the request was successful or failed"', () => {
    expect(entry(50004)).toMatchObject({
      status: 400,
      messages: [
        'API endpoint request timeout. (does not mean that the request was successful or failed, please check the request result).',
      ],
    });
  });

  it('undoes HTML: entities, <br> line breaks, and an <br>e.g. example, which goes to the notes', () => {
    expect(entry(51255)?.messages).toEqual([
      'Limit of per iceberg order: Total amount/1000 < x <= Total amount.',
    ]);
    expect(entry(51178)?.messages[0]).toMatch(/^tpTriggerPx&tpOrdPx or slTriggerPx&slOrdPx/);
    expect(entry(58100)?.messages[0]).toContain('has suspended the fund transfer-out function');
    expect(entry(50071)).toMatchObject({
      messages: ['{0} already exists'],
      notes: 'For example: clOrdId already exists',
    });
  });

  it('numbers named placeholders, keeping {paramN} numbers and giving a repeated name one number', () => {
    expect(entry(51177)?.messages).toEqual([
      'Unavailable to amend {1} because the price type of the current options order is {0}',
    ]);
    expect(entry(59313)?.messages).toEqual([
      "Unable to repay. You haven't borrowed any {0} ({1}) in Quick margin mode.",
    ]);
    expect(entry(58129)?.messages).toEqual(["{0} is incorrect or {0} does not match with 'type'"]);
    expect(entry(51269)?.messages).toEqual([
      'Time-weighted order interval error. Interval must be {0}<= x<={1}.',
    ]);
  });

  it('leaves no placeholder the matcher would read literally, and every template matches a sample of itself', () => {
    for (const e of okx.entries) {
      for (const message of e.messages) {
        expect([e.code, message.replace(/\{\d+\}/g, '')]).not.toEqual([
          e.code,
          expect.stringMatching(/[{}]/),
        ]);
        const filled = sample(message);
        expect([e.code, matchTemplate(message).full.test(filled.message)]).toEqual([e.code, true]);
        expect(matchTemplate(message).names).toHaveLength(filled.values.length);
      }
    }
  });
});

describe('the OKX category table', () => {
  const listed = Object.values(okxCategories).flat();

  it('lists every parsed code exactly once, and no code the document lacks', () => {
    expect(listed.filter((code, i) => listed.indexOf(code) !== i)).toEqual([]);
    expect([...listed].sort((a, b) => a - b)).toEqual(okx.entries.map((e) => e.code).sort((a, b) => a - b));
  });

  it('overrides messages only where a code has texts of different meanings', () => {
    for (const [code, messages] of Object.entries(okxMessageCategories)) {
      for (const [message, category] of Object.entries(messages)) {
        expect(entry(Number(code))?.messages).toContain(message);
        expect(category).not.toBe(expectedCategory(okxCategories, Number(code)));
      }
    }
  });

  it('gives a field decision for exactly the filter codes', () => {
    expect(Object.keys(okxFields).map(Number).sort()).toEqual([...(okxCategories.filter ?? [])].sort());
  });

  it('treats every "does not mean that the request was successful or failed" as execution-unknown', () => {
    const open = okx.entries.filter((e) =>
      e.messages.some((m) => /does not mean that the request was successful/.test(m)),
    );
    expect(open.map((e) => e.code)).toEqual([50004, 51149]);
    for (const e of open) expect(expectedCategory(okxCategories, e.code)).toBe('execution-unknown');
  });

  it('never treats a text that says the request failed as execution-unknown', () => {
    const refused =
      /^(?:Order failed|Failed|Unable to|Cannot|Can't|Cancellation failed|Order modification failed|Order amendment failed)\b/i;
    const unknownExecution = okxCategories['execution-unknown'] ?? [];
    for (const code of unknownExecution) {
      const messages = entry(code)?.messages ?? [];
      const overridden = Object.keys(okxMessageCategories[code] ?? {});
      const sayNo = messages.filter((m) => refused.test(m) && !overridden.includes(m));
      expect([code, sayNo]).toEqual([code, []]);
    }
  });

  it('puts rate limits, timestamps and busy systems where the order-safety rules say', () => {
    for (const code of [50011, 50061, 50040, 58102, 60014])
      expect(expectedCategory(okxCategories, code)).toBe('rate-limit');
    const timestamps = okx.entries.filter((e) =>
      e.messages.some((m) => /^(?:Timestamp request expired|Invalid timestamp)/i.test(m)),
    );
    expect(timestamps.map((e) => e.code)).toEqual([50102, 60004, 60006]);
    for (const e of timestamps) expect(expectedCategory(okxCategories, e.code)).toBe('clock-skew');
    const busy = okx.entries.filter((e) =>
      e.messages.some((m) => /Systems are busy|Service temporarily unavailable|System error/i.test(m)),
    );
    for (const e of busy)
      expect([e.code, expectedCategory(okxCategories, e.code)]).toEqual([e.code, 'unavailable']);
  });
});

// ---- Malformed documents fail with `file:line: problem`.

/** Replaces the one line that starts with `prefix` (or matches it), failing if there is not exactly one. */
function replaceLine(source: string, prefix: string | RegExp, replacement: string | null): string {
  const all = source.split('\n');
  const hits = all.flatMap((line, i) =>
    (typeof prefix === 'string' ? line.startsWith(prefix) : prefix.test(line)) ? [i] : [],
  );
  if (hits.length !== 1)
    throw new Error(`expected one line matching ${String(prefix)}, found ${hits.length}`);
  const [index = 0] = hits;
  if (replacement === null) all.splice(index, 1);
  else all[index] = replacement;
  return all.join('\n');
}

function failure(source: string): CatalogSourceError {
  try {
    parseOkx(source, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogSourceError);
    return error as CatalogSourceError;
  }
  throw new Error('expected the document to be rejected, but a catalog was produced');
}

describe('a malformed OKX document is rejected with the file, line and problem', () => {
  const line50013 = lineOf(text, '| 50013 ');

  it('a row with a cell too many', () => {
    const error = failure(replaceLine(text, '| 50013 ', '| 50013 | 429 | Systems are busy. | again |'));
    expect(error.message).toBe(
      `${FILE}:${line50013}: table row has 4 cells, expected 3 (Error Code, HTTP Status Code, Error Message)`,
    );
  });

  it('a row with a cell missing, when its code is not the success code', () => {
    const error = failure(replaceLine(text, '| 50013 ', '| 50013 | Systems are busy. |'));
    expect(error.message).toBe(
      `${FILE}:${line50013}: table row has 2 cells, expected 3 (Error Code, HTTP Status Code, Error Message)`,
    );
  });

  it('a non-numeric code', () => {
    const error = failure(replaceLine(text, '| 50013 ', '| 5OO13 | 429 | Systems are busy. |'));
    expect(error.message).toBe(`${FILE}:${line50013}: code "5OO13" is not a number`);
  });

  it('a non-numeric HTTP status', () => {
    const error = failure(replaceLine(text, '| 50013 ', '| 50013 | 4xx | Systems are busy. |'));
    expect(error.message).toBe(
      `${FILE}:${line50013}: code 50013 has HTTP status "4xx", not a 3-digit number`,
    );
  });

  it('an empty message', () => {
    const error = failure(replaceLine(text, '| 50013 ', '| 50013 | 429 | |'));
    expect(error.message).toBe(`${FILE}:${line50013}: code 50013 has no message`);
  });

  it('a table header without a message column', () => {
    const header = /^\| Error Code \| Error Message /;
    const at = lines.findIndex((line) => header.test(line)) + 1;
    const error = failure(replaceLine(text, header, '| Error Code | Remarks |'));
    expect(error.message).toBe(`${FILE}:${at}: table header ("Error Code", "Remarks") has no message column`);
  });

  it('a table header that lost a column its delimiter row still has', () => {
    const at = lineOf(text, '| 55000 ') - 2;
    const source = text
      .split('\n')
      .map((line, i) => (i === at - 1 ? '| Error Code | Error Message |' : line))
      .join('\n');
    expect(failure(source).message).toBe(
      `${FILE}:${at}: table header has 2 cells ("Error Code", "Error Message") but its delimiter row has 3`,
    );
  });

  it('a table whose delimiter row is gone', () => {
    const at = lineOf(text, '| 55000 ') - 2;
    const source = text
      .split('\n')
      .filter((_, i) => i !== at)
      .join('\n');
    expect(failure(source).message).toMatch(new RegExp(`^${FILE}:${at}: table row outside a table`));
  });

  it('a table without outer pipes whose delimiter row is gone: its rows are not taken for prose', () => {
    const at = lineOf(text, '| 55000 ') - 2;
    const source = text
      .split('\n')
      .filter((_, i) => i !== at)
      .map((line) => line.replace(/^\|[ \t]*(.*?)[ \t]*\|[ \t]*$/, '$1'))
      .join('\n');
    expect(failure(source).message).toMatch(new RegExp(`^${FILE}:${at + 1}: table row outside a table`));
  });

  it('prose glued to the end of a table', () => {
    const at = lineOf(text, '| 55000 ');
    const source = text.replace(/(\| 55000 [^\n]*\n)/, '$1See the Funding section.\n');
    expect(failure(source).message).toBe(
      `${FILE}:${at + 1}: line "See the Funding section." continues the table that starts on line ${at - 2} but has no \`|\`; leave a blank line after a table`,
    );
  });

  it('a document without the success row', () => {
    expect(failure(replaceLine(text, '| 0 ', null)).message).toBe(
      `${FILE}:1: no success row (\`| 0 | 200 |\` with no message) found`,
    );
  });

  it('a document without tables', () => {
    expect(failure('# OKX\n\nNo codes here.\n').message).toBe(
      `${FILE}:1: no error-code tables found (a header with a code and a message column)`,
    );
  });

  it('reads tables without outer pipes and with loose spacing as the same rows', () => {
    const loose = text.replace(/^\|[ \t]*(.*?)[ \t]*\|[ \t]*$/gm, (_, inner: string) =>
      inner.replace(/[ \t]*\|[ \t]*/g, '   |  '),
    );
    expect(loose).not.toEqual(text);
    expect(parseOkx(loose, FILE)).toEqual(okx);
  });
});
