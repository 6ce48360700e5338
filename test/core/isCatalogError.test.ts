import { describe, expect, it } from 'vitest';
import { isCatalogError } from '../../src/core/isCatalogError';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { ltp } from '../../src/exchanges/ltp';
import { anyDocumentMentionsCode, firstUnlistedCode, UNLISTED_CODE } from './undocumented';

const catalogs = [binanceSpot, ltp];
const resolve = (input: unknown) => resolveExchangeError(input, { exchanges: catalogs, now: 0 });

describe('isCatalogError', () => {
  it('accepts an error whose code and name the catalog lists together', () => {
    const error = resolve({
      code: -1015,
      msg: 'Too many new orders; current limit is 50 orders per 10 SECOND.',
    });
    expect(isCatalogError(error, binanceSpot)).toBe(true);
    expect(error?.name).toBe('TOO_MANY_ORDERS');
  });

  it('accepts a documented code whose message the server worded differently', () => {
    expect(isCatalogError(resolve({ code: -1021, msg: 'Timestamp is off.' }), binanceSpot)).toBe(true);
  });

  it('accepts both names of a code the document uses twice, and a code without a name', () => {
    expect(isCatalogError(resolve({ code: -5012, msg: 'Asset transfer is in pending.' }), binanceSpot)).toBe(
      true,
    );
    expect(
      isCatalogError(
        resolve({ code: -5012, msg: 'future account or sub relation not exists.' }),
        binanceSpot,
      ),
    ).toBe(true);
    expect(isCatalogError(resolve({ code: 400001, message: 'Daily time limit exceeded' }), ltp)).toBe(true);
  });

  it('rejects codes no document lists, even when their message matched a documented text', () => {
    const code = firstUnlistedCode(-1000, -1099);
    expect(binanceSpot.catalog.entries.some((entry) => entry.code === code)).toBe(false);
    const lotSize = resolve({ code, msg: 'Filter failure: LOT_SIZE' });
    expect(lotSize).toMatchObject({ code, known: true, filter: 'LOT_SIZE' });
    expect(isCatalogError(lotSize, binanceSpot)).toBe(false);
    expect(
      isCatalogError(
        resolve({ code: UNLISTED_CODE, msg: "Order's notional must be no smaller than 5.0" }),
        binanceSpot,
      ),
    ).toBe(false);
  });

  it('holds up, in the type test, a code that no document and not the catalog lists', () => {
    expect(anyDocumentMentionsCode(UNLISTED_CODE)).toBe(false);
    expect(new Set<number>(binanceSpot.catalog.entries.map((entry) => entry.code)).has(UNLISTED_CODE)).toBe(
      false,
    );
  });

  it('accepts -1013, which the current edition documents, under its filter failures', () => {
    const notional = resolve({ code: -1013, msg: 'Filter failure: NOTIONAL' });
    expect(isCatalogError(notional, binanceSpot)).toBe(true);
    expect(notional?.name).toBe('INVALID_MESSAGE');
  });

  it('rejects another catalog, an error resolved without the catalog, a bare message, and nothing', () => {
    const rateLimit = resolve({ code: -1015, msg: 'Too many new orders.' });
    expect(isCatalogError(rateLimit, ltp)).toBe(false);
    expect(
      isCatalogError(resolveExchangeError({ code: -1015, msg: 'Too many new orders.' }), binanceSpot),
    ).toBe(false);
    expect(isCatalogError(resolve('Filter failure: LOT_SIZE'), binanceSpot)).toBe(false);
    expect(isCatalogError(null, binanceSpot)).toBe(false);
    expect(isCatalogError(undefined, binanceSpot)).toBe(false);
  });

  it('rejects a name that does not belong to the code', () => {
    const error = resolve({ code: -1015, msg: 'Too many new orders.' });
    expect(isCatalogError(error && { ...error, name: 'TOO_MANY_REQUESTS' }, binanceSpot)).toBe(false);
  });
});
