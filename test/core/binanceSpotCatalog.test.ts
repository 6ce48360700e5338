import { describe, expect, it } from 'vitest';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { classifyMessage } from '../../src/locale/en/vocabulary';
import { messagesOf, sample } from './catalogSamples';
import {
  binanceFilterFields,
  binanceRejectionCategories,
  binanceSpotByName,
  binanceSpotCategories,
  expectedCategory,
} from './expectedCategories';
import { anyDocumentMentionsFilter, firstUnlistedCode, UNLISTED_CODE, UNLISTED_FILTER } from './undocumented';

const resolve = (input: unknown) => resolveExchangeError(input, { exchanges: [binanceSpot] });

// Where one code documents messages with different meanings, the message decides.
const byTemplate: Record<string, string> = {
  'Way too much request weight used; IP banned until %s. Please use WebSocket Streams for live updates to avoid bans.':
    'ip-banned',
};

const cases = binanceSpot.catalog.entries.flatMap((entry) =>
  messagesOf(entry).map((template) => [`${entry.code} ${template}`, entry, template] as const),
);

describe('every Binance Spot catalog entry', () => {
  it('has exactly one deliberate category in the expectation table, and the table no stray code', () => {
    const documented = new Set<number>(binanceSpot.catalog.entries.map((entry) => entry.code));
    const listed = Object.values(binanceSpotCategories).flat();
    expect(
      binanceSpot.catalog.entries.filter(
        (entry) => expectedCategory(binanceSpotCategories, entry.code) === undefined,
      ),
    ).toEqual([]);
    expect(listed.filter((code, i) => listed.indexOf(code) !== i)).toEqual([]);
    expect(listed.filter((code) => !documented.has(code))).toEqual([]);
  });

  it.each(cases)(
    '%s resolves back to itself from a payload built from its template',
    (_, entry, template) => {
      const { message, values } = sample(template);
      const error = resolve({ code: entry.code, msg: message });
      expect(error).toMatchObject({ source: 'binance-spot', code: entry.code, known: true, message });
      expect(error?.name).toBe(entry.name);
      expect(Object.values(error?.params ?? {})).toEqual(entry.messages.length ? values : []);
      const category =
        byTemplate[template] ??
        (entry.name ? binanceSpotByName[entry.name] : undefined) ??
        expectedCategory(binanceSpotCategories, entry.code);
      expect(error?.category).toBe(category);
      expect(error?.title).not.toBe('');
      expect(error?.description).not.toBe('');
    },
  );

  it('tells the two -5012 entries apart by their message', () => {
    expect(resolve({ code: -5012, msg: 'Asset transfer is in pending.' })).toMatchObject({
      name: 'TRANSFER_PENDING',
      category: 'order-rejected',
    });
    expect(resolve({ code: -5012, msg: 'future account or sub relation not exists.' })).toMatchObject({
      name: 'FUTURE_ACCT_OR_SUBRELATION_NOT_EXIST',
      category: 'not-found',
    });
  });
});

describe('Binance filter failures', () => {
  const filterCases = Object.entries(binanceFilterFields).map(([filter, field]) => [
    filter,
    field ?? 'no field',
    field,
  ]);
  it.each(filterCases)('Filter failure: %s marks %s', (filter, _, field) => {
    const error = resolve({ code: -1013, msg: `Filter failure: ${filter}` });
    expect(error).toMatchObject({ category: 'filter', filter, known: true, retry: { strategy: 'none' } });
    expect(error?.field).toBe(field);
  });

  it('covers every filter the document lists', () => {
    expect(binanceSpot.catalog.filters.map((f) => f.filter).sort()).toEqual(
      Object.keys(binanceFilterFields).sort(),
    );
  });

  it('is a filter failure whatever the code, or with none', () => {
    for (const input of [
      { code: -2010, msg: 'Filter failure: PRICE_FILTER' },
      { code: '-9999', msg: 'Filter failure: PRICE_FILTER' },
      'Filter failure: PRICE_FILTER',
    ]) {
      expect(resolve(input)).toMatchObject({ category: 'filter', filter: 'PRICE_FILTER', field: 'price' });
    }
  });

  it('reads a filter no document lists as a filter failure, without calling it documented', () => {
    expect(anyDocumentMentionsFilter(UNLISTED_FILTER)).toBe(false);
    expect(binanceSpot.catalog.filters.map((f) => f.filter)).not.toContain(UNLISTED_FILTER);
    const msg = `Filter failure: ${UNLISTED_FILTER}`;
    // MAX_ASSET limits the quantity for a base asset and the notional for a quote asset: no one field.
    const underFilterCode = resolve({ code: -1013, msg });
    expect(underFilterCode).toMatchObject({
      category: 'filter',
      filter: UNLISTED_FILTER,
      name: 'INVALID_MESSAGE',
      retry: { strategy: 'none' },
    });
    expect(underFilterCode?.field).toBeUndefined();
    // Documented is the code -1013, not the message: alone or under an unlisted code it is unknown.
    for (const input of [msg, { code: UNLISTED_CODE, msg }]) {
      expect(resolve(input)).toMatchObject({ category: 'filter', filter: UNLISTED_FILTER, known: false });
    }
  });

  it('reads NOTIONAL, which the current edition added, as the notional of the order', () => {
    expect(resolve('{"code":-1013,"msg":"Filter failure: NOTIONAL"}')).toMatchObject({
      code: -1013,
      category: 'filter',
      filter: 'NOTIONAL',
      field: 'notional',
      known: true,
    });
  });

  it('reads -1013 as the filter code, the field from its wording ("Invalid quantity.")', () => {
    expect(resolve({ code: -1013, msg: 'Invalid quantity.' })).toMatchObject({
      category: 'filter',
      field: 'quantity',
    });
    expect(resolve({ code: -1013, msg: 'Invalid price.' })).toMatchObject({
      category: 'filter',
      field: 'price',
    });
  });
});

describe('Binance order rejections: the message decides', () => {
  it.each(Object.entries(binanceRejectionCategories))('"%s" under -2010 is %s', (message, category) => {
    expect(resolve({ code: -2010, msg: message })).toMatchObject({
      category,
      name: 'NEW_ORDER_REJECTED',
      known: true,
      message,
    });
  });

  // The current document lists -1013 among the codes that carry them: the message still decides.
  it.each(Object.entries(binanceRejectionCategories))('"%s" under -1013 is %s too', (message, category) => {
    expect(resolve({ code: -1013, msg: message })).toMatchObject({ category, known: true, message });
  });

  it('covers every rejection the document lists', () => {
    expect(binanceSpot.catalog.rejections.map((r) => r.message).sort()).toEqual(
      Object.keys(binanceRejectionCategories).sort(),
    );
  });

  it('-2010: insufficient balance is insufficient-funds, "would immediately match and take" is order-rejected', () => {
    expect(
      resolve({ code: -2010, msg: 'Account has insufficient balance for requested action.' })?.category,
    ).toBe('insufficient-funds');
    expect(resolve({ code: -2010, msg: 'Order would immediately match and take.' })?.category).toBe(
      'order-rejected',
    );
  });

  it('-2011: "Unknown order sent." is not-found, cancel restrictions are order-rejected', () => {
    expect(resolve({ code: -2011, msg: 'Unknown order sent.' })?.category).toBe('not-found');
    expect(
      resolve({ code: -2011, msg: 'Order was not canceled due to cancel restrictions.' })?.category,
    ).toBe('order-rejected');
  });

  it('marks the price for OCO prices in the wrong order', () => {
    expect(
      resolve({ code: -2010, msg: 'The relationship of the prices for the orders is not correct.' }),
    ).toMatchObject({ category: 'filter', field: 'price' });
  });
});

describe('Binance parameters named in a message', () => {
  it.each([
    [
      -1100,
      "Illegal characters found in parameter 'price'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.",
      'price',
    ],
    [-1102, "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed.", 'quantity'],
    [-1105, "Parameter 'stopPrice' was empty.", 'stopPrice'],
    [-1102, "Mandatory parameter 'icebergQty' was not sent, was empty/null, or malformed.", 'icebergQty'],
  ])('%i naming an order field marks it', (code, msg, field) => {
    expect(resolve({ code, msg })).toMatchObject({
      category: 'invalid-request',
      field,
      params: { param: field },
    });
  });

  it('marks no field for a parameter that is not an order field', () => {
    const error = resolve({
      code: -1102,
      msg: "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
    });
    expect(error?.category).toBe('invalid-request');
    expect(error?.field).toBeUndefined();
  });

  it('treats codes of the 11xx "request issues" range no document lists as invalid requests', () => {
    const code = firstUnlistedCode(-1100, -1199);
    expect(binanceSpot.catalog.entries.some((entry) => entry.code === code)).toBe(false);
    // A message the core's patterns leave alone: the range decides.
    const vague = 'Request could not be read.';
    expect(classifyMessage(vague)).toBeUndefined();
    for (const msg of [vague, 'Invalid ticker type.']) {
      expect(resolve({ code, msg })).toMatchObject({ code, category: 'invalid-request', known: false });
    }
  });
});
