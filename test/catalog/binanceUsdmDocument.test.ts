import { describe, expect, it } from 'vitest';
import {
  parseBinanceUsdm,
  usdmDescriptionReason,
  usdmTemplate,
} from '../../scripts/catalog/parse-binance-usdm.mjs';
import { CatalogSourceError } from '../../scripts/catalog/source-error.mjs';
import { matchTemplate } from '../../src/core/matchTemplate';
import { binanceUsdmData } from '../../src/exchanges/binance-usdm/binance-usdm.data';
import { sample } from '../core/catalogSamples';
import { lineOf, readRepoFile, replaceOnce } from './documents';

const SOURCE = 'catalog/sources/binance-usdm-futures-error-codes.md';
const FILE = 'error-code.md';
const text = readRepoFile(SOURCE);
const usdm = parseBinanceUsdm(text, SOURCE);
const entry = (code: number) => usdm.entries.find((e) => e.code === code);

// ---- An independent, simpler reading of the document: a `#### \-NNNN LABEL` line is a code, a
// `- ` line a bullet of the code above it, an indented line the rest of the bullet above it.
const lines = text.split('\n');
interface Heading {
  code: number;
  label: string;
  section: string;
  bullets: string[];
}
const headings: Heading[] = [];
let section = '';
for (const line of lines) {
  const sectionHeading = /^### (.+)$/.exec(line);
  if (sectionHeading) section = sectionHeading[1] ?? '';
  const code = /^#### \\-(\d+) (.+)$/.exec(line);
  if (code) headings.push({ code: -Number(code[1]), label: code[2] ?? '', section, bullets: [] });
  const current = headings.at(-1);
  if (!current) continue;
  if (line.startsWith('- ')) current.bullets.push(line.slice(2).trim());
  else if (/^ {2}\S/.test(line) && current.bullets.length > 0)
    current.bullets[current.bullets.length - 1] += ` ${line.trim()}`;
}
const unmark = (bullet: string) => bullet.replace(/\\([-_*])/g, '$1').replace(/%[db]/g, '%s');

describe('the USD-M catalog holds every code heading and bullet of the document', () => {
  it('has one entry per code heading, in document order, with its section', () => {
    expect(headings).toHaveLength(200);
    expect(usdm.entries.map((e) => [e.code, e.section])).toEqual(headings.map((h) => [h.code, h.section]));
    expect(new Set(usdm.entries.map((e) => e.section))).toEqual(
      new Set([
        '10xx - General Server or Network issues',
        '11xx - Request issues',
        '20xx - Processing Issues',
        '40xx - Filters and other Issues',
        '50xx - Order Execution Issues',
      ]),
    );
  });

  it('names each code by its heading, or keeps a phrase as the heading', () => {
    for (const h of headings) {
      const e = entry(h.code);
      if (/^[A-Z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*$/.test(h.label))
        expect([h.code, e?.name]).toEqual([h.code, h.label]);
      else expect([h.code, e?.heading, e?.name]).toEqual([h.code, h.label, undefined]);
    }
    expect(entry(-1008)?.heading).toBe('Request Throttled');
    expect(entry(-5026)?.name).toBe('Exceed_Maximum_Modify_Order_Limit');
    expect(entry(-4014)?.name).toBe('PRICE_NOT_INCREASED_BY_TICK_SIZE');
  });

  it('keeps every bullet, joined over its lines: a message, or a description in the notes', () => {
    for (const h of headings) {
      const e = entry(h.code);
      const notes = e?.notes?.split('\n\n') ?? [];
      for (const bullet of h.bullets.map(unmark)) {
        const kept = e?.messages.includes(bullet) || notes.includes(bullet);
        expect([h.code, bullet, kept]).toEqual([h.code, bullet, true]);
      }
      const quoted = notes.flatMap((note) => /:\s*"([^"]+)"\.?$/.exec(note)?.[1] ?? []);
      expect([h.code, e?.messages.length]).toEqual([h.code, h.bullets.length - notes.length + quoted.length]);
    }
    expect(usdm.entries.reduce((sum, e) => sum + e.messages.length, 0)).toBe(241);
  });

  it('reads as descriptions only what explains the code, each for a reason', () => {
    const described = usdm.entries.filter((e) => e.notes !== undefined).map((e) => e.code);
    expect(described).toEqual([-2011, -2022, -4118]);
    expect(usdmDescriptionReason(entry(-2022)?.notes ?? '')).toBe('says what the code indicates');
    expect(usdmDescriptionReason(entry(-2011)?.notes ?? '')).toBe(
      'quotes the server message inside a sentence',
    );
    // The server text that description quotes is a message of the code.
    expect(entry(-2011)?.messages).toEqual(['CANCEL_REJECTED', 'Unknown order sent']);
    expect(usdmDescriptionReason('Price not increased by tick size.')).toBeUndefined();
  });

  it('writes Java placeholders as %s and leaves none the matcher would read literally', () => {
    expect(usdmTemplate("Target strategy invalid for orderType '%s',reduceOnly '%b'.")).toBe(
      "Target strategy invalid for orderType '%s',reduceOnly '%s'.",
    );
    expect(entry(-4079)?.messages).toContain('duplicate options id %s for user %s');
    for (const e of usdm.entries)
      for (const template of e.messages) {
        expect(template).not.toMatch(/%[a-rt-z]|\{[a-z]/i);
        const { message, values } = sample(template);
        const match = matchTemplate(template).full.exec(message);
        expect([e.code, template, match?.slice(1)]).toEqual([e.code, template, values]);
      }
  });

  it('is what the committed module holds', () => {
    expect(binanceUsdmData.entries.map(({ sources: _, ...rest }) => rest)).toEqual(usdm.entries);
    expect(binanceUsdmData).toMatchObject({
      id: 'binance-usdm',
      filters: [],
      rejections: [],
      successCodes: [],
    });
  });
});

describe('a malformed USD-M document is rejected with the file, line and problem', () => {
  const fails = (document: string, line: number, problem: RegExp) => {
    let error: unknown;
    try {
      parseBinanceUsdm(document, FILE);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CatalogSourceError);
    expect((error as CatalogSourceError).message).toMatch(new RegExp(`^${FILE}:${line}: `));
    expect((error as CatalogSourceError).message).toMatch(problem);
  };

  it('a bullet before any code heading', () => {
    const broken = replaceOnce(
      text,
      '### 10xx - General Server or Network issues\n',
      '### 10xx - General Server or Network issues\n\n- A stray message.\n',
    );
    fails(broken, lineOf(broken, '- A stray message.'), /message bullet before any code heading/);
  });

  it('a nested bullet', () => {
    const broken = replaceOnce(text, '- Invalid symbol.\n', '- Invalid symbol.\n    - Unknown symbol.\n');
    fails(broken, lineOf(broken, '    - Unknown symbol.'), /nested list/);
  });

  it('a code that is not a number', () => {
    const broken = replaceOnce(text, '#### \\-1121 BAD_SYMBOL', '#### \\-11x1 BAD_SYMBOL');
    fails(broken, lineOf(broken, '#### \\-11x1'), /non-numeric code "-11x1"/);
  });

  it('a code heading with nothing under it', () => {
    const broken = replaceOnce(text, '- Invalid symbol.\n', '');
    fails(broken, lineOf(broken, '#### \\-1121 '), /code -1121 has no messages/);
  });

  it('a code block that is never closed', () => {
    const broken = `${text}\n\`\`\`\n{"code":-1}\n`;
    fails(broken, text.split('\n').length + 1, /code block is never closed/);
  });

  it('a table row, which the document has none of', () => {
    const broken = replaceOnce(
      text,
      '- Invalid symbol.\n',
      '- Invalid symbol.\n\n| -1121 | Invalid symbol. |\n',
    );
    fails(broken, lineOf(broken, '| -1121 |'), /unexpected table row/);
  });

  it('prose between entries that belongs to no code', () => {
    const broken = replaceOnce(
      text,
      '### 20xx - Processing Issues\n',
      '### 20xx - Processing Issues\n\nThese codes are about orders.\n',
    );
    fails(broken, lineOf(broken, 'These codes are about orders.'), /belongs to no code/);
  });

  it('a document with no codes', () => {
    fails('# Error Codes\n\nNothing here.\n', 1, /no `#### -NNNN NAME` code headings/);
  });
});
