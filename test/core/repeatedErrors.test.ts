import { describe, expect, it } from 'vitest';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import { binanceSpot } from '../../src/exchanges/binance-spot';

const BODY = { code: -1015, msg: 'Too many new orders; current limit is 50 orders per 10 SECOND.' };

describe('the same error resolved again', () => {
  it('resolves the same, with its own raw and a retry time from its own "now"', () => {
    const first = resolveExchangeError(BODY, { exchanges: [binanceSpot], now: 1_000 });
    const again = { ...BODY };
    const second = resolveExchangeError(again, { exchanges: [binanceSpot], now: 5_000 });
    expect(second).toEqual({ ...first, raw: again, retry: { strategy: 'after', retryAt: 15_000 } });
    expect(first?.retry.retryAt).toBe(11_000);
    expect(second?.raw).toBe(again);
  });

  it('gives each caller its own objects: changing one result never changes the next', () => {
    const first = resolveExchangeError(BODY, { exchanges: [binanceSpot] });
    if (first) first.params.limit = 'changed';
    expect(resolveExchangeError(BODY, { exchanges: [binanceSpot] })?.params.limit).toBe('50');
  });

  it('tells apart what differs besides the message: status, request, copy, locale, catalogs', () => {
    const body = { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' };
    const catalogs = [binanceSpot];
    expect(resolveExchangeError(body, { exchanges: catalogs })?.category).toBe('unavailable');
    expect(
      resolveExchangeError(body, { exchanges: catalogs, httpStatus: 503, request: { intent: 'place-order' } })
        ?.category,
    ).toBe('execution-unknown');
    expect(resolveExchangeError(body, { exchanges: catalogs, httpStatus: 418 })?.category).toBe('ip-banned');
    expect(
      resolveExchangeError(body, {
        catalogs,
        copy: { categories: { unavailable: { title: 'Indisponible' } } },
      })?.title,
    ).toBe('Indisponible');
    expect(resolveExchangeError(body, { exchanges: catalogs })?.title).toBe('Exchange unavailable');
    expect(resolveExchangeError(body)?.known).toBe(false);
    expect(resolveExchangeError(body, { exchanges: catalogs })?.known).toBe(true);
  });

  it('calls a copy formatter every time, with that call’s raw input', () => {
    const seen: unknown[] = [];
    const format = (error: { raw: unknown }) => {
      seen.push(error.raw);
      return undefined;
    };
    const a = { ...BODY };
    const b = { ...BODY };
    resolveExchangeError(a, { copy: { format } });
    resolveExchangeError(b, { copy: { format } });
    expect(seen).toEqual([a, b]);
    expect(seen[1]).toBe(b);
  });
});
