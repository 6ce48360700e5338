import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../../src/catalog/types';
import type { ExchangeProfile } from '../../src/core/profile';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import type { ErrorCategory, OrderField } from '../../src/core/types';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { binanceUsdm } from '../../src/exchanges/binance-usdm';
import { bybit } from '../../src/exchanges/bybit';
import { okx } from '../../src/exchanges/okx';
import { messagesOf, sample } from '../core/catalogSamples';
import { expectedCategory } from '../core/expectedCategories';
import {
  binanceUsdmCategories,
  binanceUsdmFields,
  binanceUsdmMessageCategories,
} from './binanceUsdmCategories';
import { bybitCategories, bybitFields, bybitMessageCategories } from './bybitCategories';
import { okxCategories, okxFields, okxMessageCategories } from './okxCategories';

const exchanges = [binanceSpot, binanceUsdm, okx, bybit];
const FUTURES_ORDER = { method: 'POST', url: 'https://fapi.binance.com/fapi/v1/order' };
// A futures request that writes no order: the host tells the exchange, and a server failure stays
// what it is (on an order it would be execution-unknown, see venueWire.test.ts).
const FUTURES_LEVERAGE = { method: 'POST', url: 'https://fapi.binance.com/fapi/v1/leverage' };

interface Venue {
  readonly profile: ExchangeProfile;
  readonly categories: Partial<Record<ErrorCategory, readonly number[]>>;
  readonly messages: Readonly<Record<number, Readonly<Record<string, ErrorCategory>>>>;
  readonly fields: Readonly<Record<number, OrderField | undefined>>;
  /** The answer the exchange sends for a code and message, as its own envelope. */
  readonly body: (code: number, message: string) => object;
}

const venues: readonly Venue[] = [
  {
    profile: binanceUsdm,
    categories: binanceUsdmCategories,
    messages: binanceUsdmMessageCategories,
    fields: binanceUsdmFields,
    body: (code, msg) => ({ code, msg }),
  },
  {
    profile: okx,
    categories: okxCategories,
    messages: okxMessageCategories,
    fields: okxFields,
    body: (code, msg) => ({ code: String(code), msg, data: [] }),
  },
  {
    profile: bybit,
    categories: bybitCategories,
    messages: bybitMessageCategories,
    fields: bybitFields,
    body: (code, msg) => ({ retCode: code, retMsg: msg, result: {}, retExtInfo: {}, time: 1700000000000 }),
  },
];

/** Whether Spot documents the code with a message that reads the same as this one. */
const spotDocuments = (code: number, message: string) =>
  resolveExchangeError({ code, msg: message }, { exchanges: [binanceSpot] })?.known === true &&
  binanceSpot.catalog.entries.some((entry) => entry.code === code);

describe.each(venues.map((venue) => [venue.profile.id, venue] as const))('the %s catalog', (id, venue) => {
  const { profile, categories } = venue;
  const documented = [...new Set(profile.catalog.entries.map((entry) => entry.code))];
  const listed = Object.values(categories).flat();

  it('has exactly one reviewed category per documented code, and none for a code the document lacks', () => {
    expect(documented.filter((code) => expectedCategory(categories, code) === undefined)).toEqual([]);
    expect(listed.filter((code, i) => listed.indexOf(code) !== i)).toEqual([]);
    expect(listed.filter((code) => !documented.includes(code))).toEqual([]);
    // A field decision for exactly the filter codes.
    expect(Object.keys(venue.fields).map(Number).sort()).toEqual([...(categories.filter ?? [])].sort());
  });

  const cases = profile.catalog.entries.flatMap((entry: CatalogEntry) =>
    messagesOf(entry).map((template) => [`${entry.code} ${template.slice(0, 80)}`, entry, template] as const),
  );

  it.each(cases)(
    '%s resolves back to its code, source and reviewed category from its own payload',
    (_, entry, template) => {
      const { message } = sample(template);
      const body = venue.body(entry.code, message);
      let error = resolveExchangeError(body, { exchanges });
      if (error?.source !== id) {
        // Only where Spot documents the same code with the same text can the envelope not tell
        // futures from Spot; the request's host does.
        expect(id).toBe('binance-usdm');
        expect(error?.source).toBe('unknown');
        expect(spotDocuments(entry.code, message)).toBe(true);
        error = resolveExchangeError(body, { exchanges, request: FUTURES_LEVERAGE });
      }
      const category = venue.messages[entry.code]?.[template] ?? expectedCategory(categories, entry.code);
      expect(error).toMatchObject({ source: id, code: entry.code, known: true, category });
      expect(error?.name).toBe(entry.name);
      if (category === 'filter') expect(error?.field).toBe(venue.fields[entry.code]);
      expect(error?.title).not.toBe('');
    },
  );
});

describe.each(venues.map((venue) => [venue.profile.id, venue] as const))(
  'the %s profile overrides the vocabulary',
  (id, venue) => {
    const { profile } = venue;
    const plain = { ...profile, classify: undefined };
    const codes = [...new Set(profile.catalog.entries.map((entry) => entry.code))];
    const templates = (code: number) =>
      profile.catalog.entries.filter((entry) => entry.code === code).flatMap((entry) => messagesOf(entry));

    it('only where the language reads a documented code wrongly', () => {
      const redundant = codes.filter((code) => {
        const expected = expectedCategory(venue.categories, code);
        const readRight = templates(code).every((template) => {
          const { message } = sample(template);
          const error = resolveExchangeError(venue.body(code, message), { exchanges: [plain], source: id });
          const category = venue.messages[code]?.[template] ?? expected;
          return (
            error?.category === category && (category !== 'filter' || error?.field === venue.fields[code])
          );
        });
        const ruled = templates(code).some(
          (template) => profile.classify?.({ code, message: sample(template).message }) !== undefined,
        );
        return readRight && ruled;
      });
      expect(redundant).toEqual([]);
    });
  },
);

describe('Binance codes that futures and Spot both use', () => {
  it('take the futures meaning from a futures host: -4014 is a price off the tick size, not a withdrawal delay', () => {
    const body = { code: -4014, msg: 'Price not increased by tick size.' };
    expect(resolveExchangeError(body, { exchanges, request: FUTURES_ORDER })).toMatchObject({
      source: 'binance-usdm',
      name: 'PRICE_NOT_INCREASED_BY_TICK_SIZE',
      category: 'filter',
      field: 'price',
    });
    // Spot's -4014 is an account matter; the futures wording alone already tells them apart.
    expect(resolveExchangeError(body, { exchanges })?.source).toBe('binance-usdm');
    expect(resolveExchangeError({ code: -4014, msg: 'x' }, { exchanges: [binanceSpot] })?.category).toBe(
      'account-restricted',
    );
  });

  it('-4005 is a quantity over the maximum on futures, a rate limit on Spot', () => {
    const body = { code: -4005, msg: 'Quantity greater than max quantity.' };
    expect(resolveExchangeError(body, { exchanges, request: FUTURES_ORDER })).toMatchObject({
      source: 'binance-usdm',
      category: 'filter',
      field: 'quantity',
    });
    expect(
      resolveExchangeError(body, {
        exchanges,
        request: { method: 'POST', url: 'https://api.binance.com/sapi/v1/capital/withdraw/apply' },
      }),
    ).toMatchObject({ source: 'binance-spot', category: 'rate-limit' });
  });

  it('a code and text both documents share is told apart by the host only', () => {
    const body = { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' };
    expect(resolveExchangeError(body, { exchanges })).toMatchObject({
      source: 'unknown',
      category: 'clock-skew',
    });
    for (const [url, source] of [
      ['https://fapi.binance.com/fapi/v1/order', 'binance-usdm'],
      ['wss://ws-fapi.binance.com/ws-fapi/v1', 'binance-usdm'],
      ['https://testnet.binancefuture.com/fapi/v1/order', 'binance-usdm'],
      ['https://api.binance.com/api/v3/order', 'binance-spot'],
    ] as const)
      expect(resolveExchangeError(body, { exchanges, request: { method: 'POST', url } })?.source).toBe(
        source,
      );
  });
});
