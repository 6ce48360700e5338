import { describe, expect, it } from 'vitest';
import {
  DESCRIPTION_RULES,
  descriptionReason,
  messageTemplate,
  parseBinanceSpot,
} from '../../scripts/catalog/parse-binance-spot.mjs';
import { matchTemplate } from '../../src/core/matchTemplate';
import { binanceSpotData } from '../../src/exchanges/binance-spot/binance-spot.data';
import { ltpData } from '../../src/exchanges/ltp/ltp.data';
import { binanceDocuments, binanceEditions, currentText } from './documents';
import { looksLikeDescription, readBinanceDocument } from './simpleBinanceReader';

/** A small but complete document around `codes`, for testing one construct at a time. */
const documentWith = (codes: string, rejections = '| "Market is closed." | The symbol is not trading. |') =>
  [
    '# Error codes',
    '',
    '## 10xx - General',
    codes,
    '',
    '## Messages for -1010 ERROR_MSG_RECEIVED and -2010 NEW_ORDER_REJECTED',
    'The following messages will indicate the specific error:',
    '',
    '| Error message | Description |',
    '| --- | --- |',
    rejections,
    '',
    '## Filter failures',
    'Error message | Description',
    '------------ | ------------',
    '"Filter failure: LOT_SIZE" | `quantity` is too high.',
    '',
  ].join('\n');

const entryOf = (codes: string) => parseBinanceSpot(documentWith(codes), 'errors.md').entries[0];
const rejectionsOf = (row: string) =>
  parseBinanceSpot(documentWith('### -1000 UNKNOWN\n* An unknown error occurred.', row), 'errors.md')
    .rejections;

describe('when a bullet is a description rather than a server message', () => {
  it.each([
    [
      'Potential error messages can be found in [Filter Failures](#filter-failures) or [Failures during order placement](#other-errors).',
      'links to another part of the document',
    ],
    [
      'This code is sent when either the cancellation of the order failed or the new order placement failed but not both.',
      'talks about the code itself',
    ],
    ['This replaces error code -1999', 'talks about the code itself'],
    [
      'If the order type provided in the `aboveType` and/or `belowType` is not supported.',
      'states a condition',
    ],
    [
      "The request is rejected by the API. (i.e. The request didn't reach the Matching Engine.)",
      'explains itself to the reader',
    ],
  ])('%s → a description: it %s', (bullet, why) => {
    expect(descriptionReason(bullet)).toBe(why);
    expect(DESCRIPTION_RULES.map((rule) => rule.why)).toContain(why);
  });

  it.each([
    'Please send [Logout`<5>`](fix-api.md#logout) message to close the session.',
    'This listenKey does not exist.',
    'This symbol is not permitted for this account.',
    'NEW_ORDER_REJECTED',
    "Illegal characters found in parameter '%s'; legal range is '%s'.",
  ])('%s → a server message', (bullet) => {
    expect(descriptionReason(bullet)).toBeUndefined();
  });

  it('agrees, on every bullet of every edition, with the rule as the tests state it', () => {
    let descriptions = 0;
    for (const doc of [...binanceDocuments, ...binanceEditions]) {
      for (const heading of readBinanceDocument(doc.text).headings) {
        for (const bullet of heading.bullets) {
          expect(descriptionReason(bullet) !== undefined, `${doc.file}: ${bullet}`).toBe(
            looksLikeDescription(bullet),
          );
          if (looksLikeDescription(bullet)) descriptions += 1;
        }
      }
    }
    expect(descriptions).toBeGreaterThan(0);
  });

  it('keeps a description as the entry’s notes, its links as their text, next to the real messages', () => {
    const entry = entryOf(
      [
        '### -1158 OCO_ORDER_TYPE_REJECTED',
        '* Order type not supported in OCO.',
        '* If the order type provided in the `aboveType` and/or `belowType` is not supported.',
        '* See [Filter Failures](#filter-failures).',
      ].join('\n'),
    );
    expect(entry?.messages).toEqual(['Order type not supported in OCO.']);
    expect(entry?.notes).toBe(
      'If the order type provided in the `aboveType` and/or `belowType` is not supported.\n\nSee Filter Failures.',
    );
  });
});

describe('markdown as Binance writes it', () => {
  it('reads bullets indented by up to three spaces, with any list marker, and joins continued lines', () => {
    const entry = entryOf(
      [
        '### -1003 TOO_MANY_REQUESTS',
        '* Too many requests queued.',
        ' * Too much request weight used;',
        '   current limit is %s request weight per %s.',
        '  - Way too much request weight used.',
        '   + IP banned until %s.',
      ].join('\n'),
    );
    expect(entry?.messages).toEqual([
      'Too many requests queued.',
      'Too much request weight used; current limit is %s request weight per %s.',
      'Way too much request weight used.',
      'IP banned until %s.',
    ]);
  });

  it('drops anchor lines and unescapes names', () => {
    const entry = entryOf(
      '<a id="x"></a>\n### -1003 TOO\\_MANY\\_REQUESTS\n<a id="y"></a>\n* Too many requests.',
    );
    expect(entry).toMatchObject({ code: -1003, name: 'TOO_MANY_REQUESTS', messages: ['Too many requests.'] });
  });

  it.each([
    ['"Market is closed." | The symbol is not trading.', ['Market is closed.']],
    ['| "Market is closed." | The symbol is not trading. |', ['Market is closed.']],
    ['"FIX API trading is not enabled.          | Not TRADE enabled.', ['FIX API trading is not enabled.']],
    [
      '"The requested action would change no state; rejecting". | Nothing changes.',
      ['The requested action would change no state; rejecting.'],
    ],
    [
      '| OPO orders are not supported for this symbol. |  |',
      ['OPO orders are not supported for this symbol.'],
    ],
    [
      '"Rest API trading is not enabled." / "WebSocket API trading is not enabled." | Not configured.',
      ['Rest API trading is not enabled.', 'WebSocket API trading is not enabled.'],
    ],
  ])('reads the message cell of %s', (row, messages) => {
    expect(rejectionsOf(row).map((rejection) => rejection.message)).toEqual(messages);
  });

  it('gives both messages of a two-message row the row’s description, and turns <br> into spaces', () => {
    expect(rejectionsOf('"A." / "B." | one <br/> two<br></br>three')).toEqual([
      { message: 'A.', description: 'one two three' },
      { message: 'B.', description: 'one two three' },
    ]);
  });

  it('takes the rejection codes from the title when no bullet lists them, and from the bullets when they do', () => {
    expect(parseBinanceSpot(currentText, 'errors.md').rejectionCodes).toEqual(
      (/^## Messages for (.*)$/m.exec(currentText)?.[1]?.match(/-\d+/g) ?? []).map(Number),
    );
    const withBullets = documentWith('### -1000 UNKNOWN\n* Unknown.').replace(
      'The following messages',
      '* `-2011 CANCEL_REJECTED`\n\nThe following messages',
    );
    expect(parseBinanceSpot(withBullets, 'errors.md').rejectionCodes).toEqual([-2011]);
  });
});

describe('placeholders', () => {
  it.each([
    ["Working order must include the '{param}' tag.", "Working order must include the '%s' tag."],
    [
      "Too many messages; current limit is '%d' messages per '%s'.",
      "Too many messages; current limit is '%s' messages per '%s'.",
    ],
    [
      'The new address needs to be withdrawn in {0} hours.',
      'The new address needs to be withdrawn in {0} hours.',
    ],
    [
      "Illegal characters found in parameter '%s'; legal range is '%s'.",
      "Illegal characters found in parameter '%s'; legal range is '%s'.",
    ],
    ['[Logon`<A>`](fix-api.md#logon-main) should only be sent once.', 'Logon`<A>` should only be sent once.'],
  ])('%s is kept as the template %s', (bullet, template) => {
    expect(messageTemplate(bullet)).toBe(template);
  });

  const placeholder = /%s|\{\d+\}/g;
  const templates = [...binanceSpotData.entries, ...ltpData.entries].flatMap((entry) => entry.messages);

  it('in the generated catalogs are only those the template matcher compiles', () => {
    for (const template of templates) {
      expect(template).not.toMatch(/%[a-rt-z]/);
      expect(template).not.toMatch(/\{(?!\d+\})[^}]*\}/);
    }
  });

  it('capture the values a server puts in their place, one per placeholder', () => {
    const withPlaceholders = templates.filter((template) => /%s|\{\d+\}/.test(template));
    expect(withPlaceholders.length).toBeGreaterThan(0);
    for (const template of withPlaceholders) {
      let n = 0;
      const values: string[] = [];
      const message = template.replace(placeholder, () => {
        n += 1;
        values.push(`V${n}x`);
        return `V${n}x`;
      });
      const compiled = matchTemplate(template);
      expect(compiled.names, template).toHaveLength(values.length);
      expect(compiled.full.exec(message)?.slice(1), template).toEqual(values);
    }
  });
});
