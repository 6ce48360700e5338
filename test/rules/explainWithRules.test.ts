import { describe, expect, it } from 'vitest';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import { symbolRules } from '../../src/core/rules';
import { binanceSpot, rulesFromBinanceSymbol } from '../../src/exchanges/binance-spot';

// BTCUSDT's filters as exchangeInfo lists them (tick 0.01, step 0.00001, minimum total 5).
const btcusdt = rulesFromBinanceSymbol({
  symbol: 'BTCUSDT',
  filters: [
    {
      filterType: 'PRICE_FILTER',
      minPrice: '0.01000000',
      maxPrice: '1000000.00000000',
      tickSize: '0.01000000',
    },
    { filterType: 'LOT_SIZE', minQty: '0.00001000', maxQty: '9000.00000000', stepSize: '0.00001000' },
    {
      filterType: 'NOTIONAL',
      minNotional: '5.00000000',
      applyMinToMarket: true,
      maxNotional: '9000000.00000000',
      applyMaxToMarket: false,
      avgPriceMins: 5,
    },
  ],
});
const rules = symbolRules(btcusdt);
const resolve = (body: unknown, order?: Record<string, string>) =>
  resolveExchangeError(body, { exchanges: [binanceSpot], rules, ...(order ? { order } : {}) });

describe('a filter failure the exchange sent, explained by the symbol’s rules', () => {
  it('says the tick and offers its two neighbours for PRICE_FILTER', () => {
    const error = resolve(
      { code: -1013, msg: 'Filter failure: PRICE_FILTER' },
      { side: 'BUY', type: 'LIMIT', price: '50000.005', quantity: '0.001' },
    );
    expect(error).toMatchObject({
      category: 'filter',
      filter: 'PRICE_FILTER',
      field: 'price',
      message: 'Filter failure: PRICE_FILTER',
      code: -1013,
      suggestion: { field: 'price', values: ['50000.00', '50000.01'] },
    });
    expect(error?.description).toContain('multiple of 0.01');
    expect(error?.params.tickSize).toBe('0.01');
  });

  it('explains NOTIONAL and MIN_NOTIONAL alike, with a quantity that meets the total at this price', () => {
    for (const filter of ['NOTIONAL', 'MIN_NOTIONAL']) {
      const error = resolve(
        { code: -1013, msg: `Filter failure: ${filter}` },
        { side: 'BUY', type: 'LIMIT', price: '100.00', quantity: '0.01' },
      );
      expect(error?.field).toBe('notional');
      expect(error?.description).toMatch(/at least 5/);
      expect(error?.suggestion?.values.length).toBeGreaterThan(0);
    }
  });

  it('keeps the plain filter copy when it has no order to explain, or the order breaks no rule', () => {
    const plain = resolveExchangeError(
      { code: -1013, msg: 'Filter failure: LOT_SIZE' },
      { exchanges: [binanceSpot] },
    );
    expect(resolve({ code: -1013, msg: 'Filter failure: LOT_SIZE' })?.description).toBe(plain?.description);
    expect(
      resolve(
        { code: -1013, msg: 'Filter failure: LOT_SIZE' },
        { side: 'BUY', type: 'LIMIT', price: '50000.00', quantity: '0.001' },
      )?.suggestion,
    ).toBeUndefined();
  });

  it('leaves other categories alone', () => {
    const error = resolve(
      { code: -2010, msg: 'Account has insufficient balance for requested action.' },
      {
        side: 'BUY',
        type: 'LIMIT',
        price: '50000.005',
        quantity: '0.001',
      },
    );
    expect(error?.category).toBe('insufficient-funds');
    expect(error?.suggestion).toBeUndefined();
  });
});
