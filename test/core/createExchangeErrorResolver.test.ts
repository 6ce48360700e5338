import { describe, expect, it } from 'vitest';
import { createExchangeErrorResolver } from '../../src/core/createExchangeErrorResolver';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { ltp } from '../../src/exchanges/ltp';

describe('createExchangeErrorResolver', () => {
  const resolve = createExchangeErrorResolver({ exchanges: [binanceSpot, ltp], now: 1_000, locale: 'en-GB' });

  it('binds catalogs and settings', () => {
    expect(resolve({ code: -1013, msg: 'Filter failure: LOT_SIZE' })).toMatchObject({
      known: true,
      field: 'quantity',
    });
    expect(resolve({ code: -1003, msg: 'Too many requests queued.' })?.retry.retryAt).toBe(6_000);
  });

  it('lets per-call options win, but not ones given as undefined', () => {
    expect(resolve({ code: -1003, msg: 'Too many requests queued.' }, { now: 2_000 })?.retry.retryAt).toBe(
      7_000,
    );
    expect(
      resolve({ code: -1013, msg: 'Filter failure: LOT_SIZE' }, { catalogs: undefined, source: undefined })
        ?.known,
    ).toBe(true);
  });

  it('with a single catalog, takes a code-less message as that exchange', () => {
    const binanceOnly = createExchangeErrorResolver({ exchanges: [binanceSpot] });
    expect(binanceOnly('Order does not exist.')).toMatchObject({
      source: 'binance-spot',
      name: 'NO_SUCH_ORDER',
      known: true,
    });
  });

  it('ignores option keys it does not know, even __proto__', () => {
    const hostile = JSON.parse('{"__proto__":{"catalogs":[]},"now":3000}');
    expect(resolve({ code: -1003, msg: 'Too many requests queued.' }, hostile)?.retry.retryAt).toBe(8_000);
    expect(({} as { catalogs?: unknown }).catalogs).toBeUndefined();
  });
});
