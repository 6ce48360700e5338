import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalViolation } from '../../src/core/rules/LocalViolation';
import type { SymbolRules } from '../../src/core/rules/SymbolRules';
import { type OrderContext, type OrderInput, validateOrder } from '../../src/core/rules/validateOrder';
import { rulesFromBinanceSymbol } from '../../src/exchanges/binance-spot/rulesFromBinanceSymbol';
import { binanceBtcUsdt, binanceBtcUsdt2021, binanceDocumentedSymbol, shibLikeSymbol } from './payloads';

const btc = rulesFromBinanceSymbol(binanceBtcUsdt);
const btc2021 = rulesFromBinanceSymbol(binanceBtcUsdt2021);
const documented = rulesFromBinanceSymbol(binanceDocumentedSymbol);
const shib = rulesFromBinanceSymbol(shibLikeSymbol);

const limit = (price: string, quantity: string, extra: Partial<OrderInput> = {}): OrderInput => ({
  side: 'BUY',
  type: 'LIMIT',
  price,
  quantity,
  ...extra,
});
const reasons = (violations: LocalViolation[]) => violations.map((v) => v.reason);
const only = (violations: LocalViolation[]) => {
  expect(violations).toHaveLength(1);
  return violations[0]!;
};

describe('PRICE_FILTER', () => {
  it('passes prices on the tick between the bounds, the bounds included', () => {
    expect(validateOrder(limit('50000.01', '0.001'), btc)).toEqual([]);
    expect(validateOrder(limit('0.01', '1000'), btc)).toEqual([]);
    expect(validateOrder(limit('1000000', '0.001'), btc)).toEqual([]);
    expect(validateOrder(limit('1000000.00000000', '0.001'), btc)).toEqual([]);
  });

  it('flags a price between ticks and offers both neighbours, written to the tick', () => {
    const v = only(validateOrder(limit('50000.005', '0.001'), btc));
    expect(v).toMatchObject({
      reason: 'PRICE_FILTER.tickSize',
      filter: 'PRICE_FILTER',
      field: 'price',
      params: { minPrice: '0.01', maxPrice: '1000000', tickSize: '0.01' },
      suggestion: { field: 'price', values: ['50000.00', '50000.01'] },
      description: 'Price must be a multiple of 0.01: use 50000.00 or 50000.01.',
    });
  });

  it('flags prices past the bounds and offers the bound', () => {
    expect(only(validateOrder(limit('0.001', '9000'), btc))).toMatchObject({
      reason: 'PRICE_FILTER.minPrice',
      suggestion: { values: ['0.01'] },
    });
    expect(only(validateOrder(limit('1000000.01', '0.001'), btc))).toMatchObject({
      reason: 'PRICE_FILTER.maxPrice',
      suggestion: { values: ['1000000.00'] },
    });
  });

  it('checks the stop price of stop orders, marking the stop price field', () => {
    const order = {
      side: 'SELL',
      type: 'STOP_LOSS_LIMIT',
      price: '49000',
      stopPrice: '49500.123',
      quantity: '0.001',
    };
    const v = only(validateOrder(order, btc));
    expect(v).toMatchObject({
      field: 'stopPrice',
      reason: 'PRICE_FILTER.tickSize',
      title: 'Invalid stop price increment',
    });
    expect(v.suggestion).toEqual({ field: 'stopPrice', values: ['49500.12', '49500.13'] });
  });

  it('treats 0 as "disabled", as Binance documents', () => {
    const rules: SymbolRules = { price: { min: '0', max: '0', step: '0' } };
    expect(validateOrder(limit('123456789.123456789', '1'), rules)).toEqual([]);
  });

  it('keeps 1e-8 ticks exact on a SHIBUSDT-like symbol', () => {
    expect(validateOrder(limit('0.00001234', '1000000'), shib)).toEqual([]);
    expect(only(validateOrder(limit('0.000012345', '1000000'), shib)).suggestion).toEqual({
      field: 'price',
      values: ['0.00001234', '0.00001235'],
    });
  });

  it('counts the tick from the minimum price when the rules say so', () => {
    const rules: SymbolRules = { price: { min: '0.005', step: '0.01', stepFrom: 'min' } };
    expect(validateOrder(limit('1.015', '1'), rules)).toEqual([]);
    expect(only(validateOrder(limit('1.01', '1'), rules)).suggestion?.values).toEqual(['1.005', '1.015']);
  });
});

describe('PERCENT_PRICE', () => {
  const context = { averagePrice: '40000' }; // band: 8000 … 200000

  it('passes prices inside the band around the average price, its edges included', () => {
    expect(validateOrder(limit('200000', '0.001'), btc2021, context)).toEqual([]);
    expect(validateOrder(limit('8000', '0.002'), btc2021, context)).toEqual([]);
  });

  it('flags a price above the band, naming the band, and offers the highest valid price', () => {
    const v = only(validateOrder(limit('200000.01', '0.001'), btc2021, context));
    expect(v).toMatchObject({
      reason: 'PERCENT_PRICE.multiplierUp',
      filter: 'PERCENT_PRICE',
      field: 'price',
      params: { multiplierUp: '5', multiplierDown: '0.2', averagePrice: '40000', highestPrice: '200000' },
      suggestion: { field: 'price', values: ['200000.00'] },
    });
  });

  it('flags a price below the band', () => {
    expect(only(validateOrder(limit('7999.99', '0.002'), btc2021, context))).toMatchObject({
      reason: 'PERCENT_PRICE.multiplierDown',
      suggestion: { values: ['8000.00'] },
    });
  });

  it('uses the reference price before the average price, and skips the check with neither', () => {
    expect(
      validateOrder(limit('200000.01', '0.001'), btc2021, { referencePrice: '50000', averagePrice: '40000' }),
    ).toEqual([]);
    expect(validateOrder(limit('999999', '0.001'), btc2021)).toEqual([]);
  });
});

describe('PERCENT_PRICE_BY_SIDE', () => {
  // Documented multipliers: bid 1.2 / 0.2, ask 5 / 0.8; at 0.05 a buy may be 0.01 … 0.06, a sell 0.04 … 0.25.
  const context = { averagePrice: '0.05' };
  const order = (side: string, price: string) => ({ side, type: 'LIMIT', price, quantity: '500' });

  it('applies the bid band to buys and the ask band to sells', () => {
    expect(validateOrder(order('BUY', '0.06'), documented, context)).toEqual([]);
    expect(validateOrder(order('SELL', '0.06'), documented, context)).toEqual([]);
    expect(validateOrder(order('SELL', '0.25'), documented, context)).toEqual([]);
    expect(only(validateOrder(order('BUY', '0.060001'), documented, context))).toMatchObject({
      reason: 'PERCENT_PRICE_BY_SIDE.multiplierUp',
      params: { bidMultiplierUp: '1.2', multiplier: '1.2', side: 'bid', highestPrice: '0.06' },
      suggestion: { values: ['0.060000'] },
    });
    expect(only(validateOrder(order('SELL', '0.039999'), documented, context))).toMatchObject({
      reason: 'PERCENT_PRICE_BY_SIDE.multiplierDown',
      params: { multiplier: '0.8', side: 'ask', lowestPrice: '0.04' },
      suggestion: { values: ['0.040000'] },
    });
  });
});

describe('LOT_SIZE', () => {
  it('passes quantities on the step between the bounds, the bounds included', () => {
    expect(validateOrder(limit('1000000', '0.00001'), btc)).toEqual([]);
    expect(validateOrder(limit('500', '9000'), btc)).toEqual([]);
    expect(validateOrder(limit('50000', '0.3'), btc)).toEqual([]);
  });

  it('flags a quantity between steps and offers both neighbours', () => {
    expect(only(validateOrder(limit('1000000', '0.000015'), btc))).toMatchObject({
      reason: 'LOT_SIZE.stepSize',
      field: 'quantity',
      params: { minQty: '0.00001', maxQty: '9000', stepSize: '0.00001' },
      suggestion: { field: 'quantity', values: ['0.00001', '0.00002'] },
    });
  });

  it('flags quantities past the bounds', () => {
    expect(only(validateOrder(limit('1000000', '0.000006'), btc))).toMatchObject({
      reason: 'LOT_SIZE.minQty',
      suggestion: { values: ['0.00001'] },
    });
    expect(only(validateOrder(limit('500', '9000.00001'), btc))).toMatchObject({
      reason: 'LOT_SIZE.maxQty',
      suggestion: { values: ['9000.00000'] },
    });
  });

  it('checks the iceberg quantity too', () => {
    expect(only(validateOrder(limit('50000', '1', { icebergQty: '0.100005' }), btc))).toMatchObject({
      reason: 'LOT_SIZE.stepSize',
      field: 'icebergQty',
      suggestion: { field: 'icebergQty', values: ['0.10000', '0.10001'] },
    });
  });

  it('counts the step from minQty under the legacy rule', () => {
    const rules: SymbolRules = { quantity: { min: '0.0005', step: '0.001', stepFrom: 'min' } };
    expect(validateOrder(limit('1', '0.0015'), rules)).toEqual([]);
    expect(only(validateOrder(limit('1', '0.001'), rules)).suggestion?.values).toEqual(['0.0005', '0.0015']);
  });
});

describe('MIN_NOTIONAL', () => {
  it('passes an order total at the minimum and flags one below, offering the smallest valid quantity', () => {
    expect(validateOrder(limit('40000', '0.00025'), btc2021)).toEqual([]);
    expect(only(validateOrder(limit('40000', '0.00024'), btc2021))).toMatchObject({
      reason: 'MIN_NOTIONAL.minNotional',
      filter: 'MIN_NOTIONAL',
      field: 'notional',
      params: { minNotional: '10', notional: '9.6' },
      suggestion: { field: 'quantity', values: ['0.00025'] },
      description: 'Order total must be at least 10 USDT: set the quantity to 0.00025.',
    });
  });

  it('values a market order at the average price when applyToMarket, and skips it without one', () => {
    const market = { side: 'SELL', type: 'MARKET', quantity: '0.0002' };
    expect(only(validateOrder(market, btc2021, { averagePrice: '40000' }))).toMatchObject({
      reason: 'MIN_NOTIONAL.minNotional',
      params: { notional: '8', averagePrice: '40000' },
    });
    expect(validateOrder(market, btc2021)).toEqual([]);
  });
});

describe('NOTIONAL', () => {
  it('checks both ends for limit orders', () => {
    expect(validateOrder(limit('1000000', '9'), btc)).toEqual([]);
    expect(only(validateOrder(limit('1000000', '9.00001'), btc))).toMatchObject({
      reason: 'NOTIONAL.maxNotional',
      params: { maxNotional: '9000000', notional: '9000010' },
      suggestion: { field: 'quantity', values: ['9.00000'] },
    });
    expect(only(validateOrder(limit('50000', '0.00009'), btc)).reason).toBe('NOTIONAL.minNotional');
  });

  it('applies to market orders only the ends whose applyToMarket flag is set', () => {
    // BTCUSDT: applyMinToMarket true, applyMaxToMarket false.
    const context = { averagePrice: '100000' };
    expect(
      reasons(validateOrder({ side: 'BUY', type: 'MARKET', quantity: '0.00004' }, btc, context)),
    ).toEqual(['NOTIONAL.minNotional']);
    expect(validateOrder({ side: 'BUY', type: 'MARKET', quantity: '100' }, btc, context)).toEqual([]);
    // The documented example applies neither end to market orders.
    expect(
      validateOrder({ side: 'BUY', type: 'MARKET', quantity: '0.001' }, documented, { averagePrice: '0.05' }),
    ).toEqual([]);
  });

  it('checks the quote amount of a quoteOrderQty market order and offers the minimum', () => {
    expect(validateOrder({ side: 'BUY', type: 'MARKET', quoteOrderQty: '5' }, btc)).toEqual([]);
    expect(only(validateOrder({ side: 'BUY', type: 'MARKET', quoteOrderQty: '4.99' }, btc))).toMatchObject({
      reason: 'NOTIONAL.minNotional',
      field: 'notional',
      suggestion: { field: 'quoteOrderQty', values: ['5'] },
      description: 'Order total must be at least 5 USDT: set the order total to 5.',
    });
  });

  it('offers only quantities valid under every rule at once', () => {
    // 0.000095 is between steps; at 55000, 0.00009 would break the 5 USDT minimum, so only 0.00010 is offered.
    expect(only(validateOrder(limit('55000', '0.000095'), btc))).toMatchObject({
      reason: 'LOT_SIZE.stepSize',
      suggestion: { values: ['0.00010'] },
    });
    // SHIB-sized price: ceil(5 / 0.00001234) on a whole-unit step.
    expect(only(validateOrder(limit('0.00001234', '100000'), shib)).suggestion).toEqual({
      field: 'quantity',
      values: ['405187'],
    });
  });
});

describe('ICEBERG_PARTS', () => {
  it('passes ten parts and flags eleven, offering the smallest iceberg quantity that fits', () => {
    expect(validateOrder(limit('50000', '1', { icebergQty: '0.1' }), btc)).toEqual([]);
    expect(only(validateOrder(limit('50000', '1', { icebergQty: '0.09999' }), btc))).toMatchObject({
      reason: 'ICEBERG_PARTS.limit',
      field: 'icebergQty',
      params: { limit: '10', parts: '11' },
      suggestion: { field: 'icebergQty', values: ['0.10000'] },
    });
  });

  it('ignores icebergQty on order types that take none, and 0 means "not an iceberg"', () => {
    expect(validateOrder({ side: 'BUY', type: 'MARKET', quantity: '1', icebergQty: '0.00001' }, btc)).toEqual(
      [],
    );
    expect(validateOrder(limit('50000', '1', { icebergQty: '0' }), btc)).toEqual([]);
  });
});

describe('MARKET_LOT_SIZE', () => {
  const market = (quantity: string): OrderInput => ({ side: 'SELL', type: 'MARKET', quantity });

  it('applies to MARKET orders only, with LOT_SIZE’s step when its own step is 0', () => {
    expect(validateOrder(market('128.52621'), btc)).toEqual([]);
    const v = only(validateOrder(market('128.52622'), btc));
    expect(v).toMatchObject({
      reason: 'MARKET_LOT_SIZE.maxQty',
      filter: 'MARKET_LOT_SIZE',
      params: { maxQty: '128.52621715' },
      suggestion: { field: 'quantity', values: ['128.52621'] },
    });
    expect(validateOrder(limit('50000', '128.52622'), btc)).toEqual([]);
  });

  it('estimates a quoteOrderQty order’s quantity at the average price', () => {
    const v = only(
      validateOrder({ side: 'BUY', type: 'MARKET', quoteOrderQty: '13000000' }, btc, {
        averagePrice: '100000',
      }),
    );
    expect(v).toMatchObject({
      reason: 'MARKET_LOT_SIZE.maxQty',
      field: 'quoteOrderQty',
      suggestion: { field: 'quoteOrderQty', values: ['12852621'] },
    });
  });
});

describe('MAX_NUM_ORDERS, MAX_NUM_ALGO_ORDERS, MAX_NUM_ICEBERG_ORDERS', () => {
  it('flags the order that would be one too many', () => {
    expect(validateOrder(limit('50000', '0.001'), btc, { openOrders: 199 })).toEqual([]);
    const v = only(validateOrder(limit('50000', '0.001'), btc, { openOrders: 200 }));
    expect(v).toMatchObject({
      reason: 'MAX_NUM_ORDERS.maxNumOrders',
      filter: 'MAX_NUM_ORDERS',
      params: { maxNumOrders: '200', openOrders: '200' },
    });
    expect(v.field).toBeUndefined();
    expect(v.suggestion).toBeUndefined();
  });

  it('counts algo orders only for stop and take-profit orders', () => {
    const stop = {
      side: 'SELL',
      type: 'STOP_LOSS_LIMIT',
      price: '49000',
      stopPrice: '49500',
      quantity: '0.001',
    };
    expect(reasons(validateOrder(stop, btc, { openAlgoOrders: '5' }))).toEqual([
      'MAX_NUM_ALGO_ORDERS.maxNumAlgoOrders',
    ]);
    expect(validateOrder(stop, btc, { openAlgoOrders: 4 })).toEqual([]);
    expect(validateOrder(limit('50000', '0.001'), btc, { openAlgoOrders: 5 })).toEqual([]);
  });

  it('counts iceberg orders only for iceberg orders', () => {
    const order = { side: 'BUY', type: 'LIMIT', price: '0.05', quantity: '200', icebergQty: '20' };
    expect(reasons(validateOrder(order, documented, { openIcebergOrders: 5 }))).toEqual([
      'MAX_NUM_ICEBERG_ORDERS.maxNumIcebergOrders',
    ]);
    expect(validateOrder({ ...order, icebergQty: undefined }, documented, { openIcebergOrders: 5 })).toEqual(
      [],
    );
  });
});

describe('MAX_POSITION', () => {
  const buy = (quantity: string): OrderInput => ({ side: 'BUY', type: 'LIMIT', price: '5', quantity });

  it('passes a buy that fills the position to the maximum and flags one past it', () => {
    expect(validateOrder(buy('2'), documented, { position: '8' })).toEqual([]);
    expect(only(validateOrder(buy('2.001'), documented, { position: '8' }))).toMatchObject({
      reason: 'MAX_POSITION.maxPosition',
      field: 'quantity',
      params: { maxPosition: '10', position: '8' },
      suggestion: { field: 'quantity', values: ['2.000'] },
    });
  });

  it('never limits sells, and offers nothing when no quantity fits', () => {
    expect(validateOrder({ ...buy('5'), side: 'SELL' }, documented, { position: '9.9' })).toEqual([]);
    const v = only(validateOrder(buy('2.002'), documented, { position: '10.5' }));
    expect(v.reason).toBe('MAX_POSITION.maxPosition');
    expect(v.suggestion).toBeUndefined();
  });

  it('offers no quantity when the position cap and the minimum order total cannot both hold', () => {
    const found = validateOrder(
      { side: 'BUY', type: 'LIMIT', price: '0.001', quantity: '0.01' },
      documented,
      { position: '9.995' },
    );
    expect(reasons(found)).toEqual(['NOTIONAL.minNotional', 'MAX_POSITION.maxPosition']);
    expect(found.every((v) => v.suggestion === undefined)).toBe(true);
  });
});

describe('TRAILING_DELTA', () => {
  const trailing = (type: string, side: string, trailingDelta: string): OrderInput => ({
    side,
    type,
    price: '50000',
    stopPrice: '50000',
    quantity: '0.001',
    trailingDelta,
  });

  it('uses the above bounds for STOP_LOSS BUY and TAKE_PROFIT SELL', () => {
    expect(validateOrder(trailing('STOP_LOSS_LIMIT', 'BUY', '2000'), btc)).toEqual([]);
    expect(only(validateOrder(trailing('STOP_LOSS_LIMIT', 'BUY', '2001'), btc))).toMatchObject({
      reason: 'TRAILING_DELTA.above',
      params: { minTrailingDelta: '10', maxTrailingDelta: '2000' },
      suggestion: { field: 'trailingDelta', values: ['2000'] },
    });
    expect(only(validateOrder(trailing('TAKE_PROFIT_LIMIT', 'SELL', '9'), btc)).reason).toBe(
      'TRAILING_DELTA.above',
    );
  });

  it('uses the below bounds for STOP_LOSS SELL and TAKE_PROFIT BUY', () => {
    expect(validateOrder(trailing('STOP_LOSS_LIMIT', 'SELL', '10'), btc)).toEqual([]);
    expect(only(validateOrder(trailing('STOP_LOSS_LIMIT', 'SELL', '5'), btc))).toMatchObject({
      reason: 'TRAILING_DELTA.below',
      suggestion: { values: ['10'] },
    });
    expect(only(validateOrder(trailing('TAKE_PROFIT_LIMIT', 'BUY', '2001'), btc)).reason).toBe(
      'TRAILING_DELTA.below',
    );
  });

  it('needs whole BIPS, and a symbol that allows trailing stops', () => {
    expect(only(validateOrder(trailing('STOP_LOSS_LIMIT', 'SELL', '10.5'), btc))).toMatchObject({
      category: 'invalid-request',
      reason: 'field.notAnInteger',
      field: 'trailingDelta',
    });
    expect(only(validateOrder(trailing('STOP_LOSS_LIMIT', 'SELL', '100'), btc2021))).toMatchObject({
      category: 'unsupported',
      reason: 'order.trailingStopNotAllowed',
    });
  });
});

describe('fields that are not a valid request', () => {
  it('give a field error, never a throw, and the other fields are still checked', () => {
    const found = validateOrder(limit('1e5', '0.000015'), btc);
    expect(found.map((v) => [v.category, v.reason, v.field])).toEqual([
      ['invalid-request', 'field.exponent', 'price'],
      ['filter', 'LOT_SIZE.stepSize', 'quantity'],
    ]);
    expect(found[0]).toMatchObject({
      message:
        "Illegal characters found in parameter 'price'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.",
      description: 'Price must be a plain number such as 0.00000001, without an exponent.',
    });
  });

  it.each([
    ['abc', 'field.notANumber'],
    ['-1', 'field.negative'],
    [' 1', 'field.notANumber'],
    ['1'.repeat(21), 'field.tooManyDigits'],
  ])('quantity %j is %s', (quantity, reason) => {
    expect(only(validateOrder(limit('50000', quantity), btc))).toMatchObject({
      category: 'invalid-request',
      reason,
      field: 'quantity',
    });
  });

  it('asks for text, not a float', () => {
    const order = { side: 'BUY', type: 'LIMIT', price: '50000', quantity: 0.1 } as unknown as OrderInput;
    expect(only(validateOrder(order, btc)).reason).toBe('field.notAString');
  });

  it('reports what an order type requires and does not accept', () => {
    expect(only(validateOrder({ side: 'BUY', type: 'LIMIT', quantity: '1' }, btc))).toMatchObject({
      reason: 'field.missing',
      field: 'price',
      description: 'Price is required for a LIMIT order.',
    });
    expect(only(validateOrder({ side: 'BUY', type: 'MARKET' }, btc)).field).toBe('quantity');
    expect(
      only(validateOrder({ side: 'BUY', type: 'MARKET', quantity: '1', quoteOrderQty: '10' }, btc)).reason,
    ).toBe('field.conflict');
    expect(
      only(validateOrder({ side: 'BUY', type: 'STOP_LOSS_LIMIT', price: '50000', quantity: '0.001' }, btc))
        .field,
    ).toBe('stopPrice');
    expect(reasons(validateOrder({ side: 'HOLD', type: 'SWAP' }, btc))).toEqual(['order.side', 'order.type']);
    expect(
      only(validateOrder({ side: 'sell', type: 'stop_loss', stopPrice: '1', quantity: '1' }, btc)),
    ).toMatchObject({
      category: 'unsupported',
      reason: 'order.typeNotAllowed',
      description: 'STOP_LOSS orders are not available on this symbol.',
    });
  });

  it('does not accept a zero that no rule catches', () => {
    expect(only(validateOrder(limit('1', '0'), {})).reason).toBe('field.notPositive');
    // With rules, the rules say what is wrong and what would do: at a price of 1, 5 is the least.
    const found = validateOrder(limit('1', '0'), btc);
    expect(reasons(found)).toEqual(['LOT_SIZE.minQty', 'NOTIONAL.minNotional']);
    expect(found.map((v) => v.suggestion?.values)).toEqual([['5.00000'], ['5.00000']]);
  });
});

describe('robustness', () => {
  it('never throws, whatever each field, the context or the rules hold', () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.anything(),
      fc.constantFrom('1e-8', '0', '-0', '0.00000001', '9000000000'),
    );
    fc.assert(
      fc.property(
        fc.record({
          side: fc.oneof(fc.constantFrom('BUY', 'SELL', 'buy'), anyValue),
          type: fc.oneof(
            fc.constantFrom('LIMIT', 'MARKET', 'STOP_LOSS', 'TAKE_PROFIT_LIMIT', 'LIMIT_MAKER'),
            anyValue,
          ),
          price: anyValue,
          quantity: anyValue,
          quoteOrderQty: anyValue,
          stopPrice: anyValue,
          icebergQty: anyValue,
          trailingDelta: anyValue,
        }),
        fc.record({ averagePrice: anyValue, position: anyValue, openOrders: anyValue }),
        fc.constantFrom(btc, btc2021, documented, shib, {}),
        (order, context, rules) => {
          const found = validateOrder(order as OrderInput, rules, context as OrderContext);
          return Array.isArray(found) && found.every((v) => v.local && typeof v.description === 'string');
        },
      ),
      { numRuns: 2000 },
    );
    expect(validateOrder(null as unknown as OrderInput, btc, null as unknown as OrderContext)).toHaveLength(
      2,
    );
  });
});

describe('violations are shaped like a resolved exchange rejection', () => {
  it('carries every field of ResolvedExchangeError plus the local marker', () => {
    const order = limit('50000.005', '0.001');
    const [v] = validateOrder(order, btc);
    expect(v).toEqual({
      source: 'unknown',
      code: null,
      message: 'Filter failure: PRICE_FILTER',
      category: 'filter',
      severity: 'error',
      title: 'Invalid price increment',
      description: 'Price must be a multiple of 0.01: use 50000.00 or 50000.01.',
      params: { minPrice: '0.01', maxPrice: '1000000', tickSize: '0.01' },
      field: 'price',
      filter: 'PRICE_FILTER',
      retry: { strategy: 'none' },
      known: true,
      fingerprint: expect.stringMatching(/^unknown::filter:[0-9a-z]+$/),
      raw: order,
      local: true,
      reason: 'PRICE_FILTER.tickSize',
      suggestion: { field: 'price', values: ['50000.00', '50000.01'] },
    });
    expect(v?.raw).toBe(order);
  });

  it('takes source and code from the options', () => {
    const [v] = validateOrder(limit('50000.005', '0.001'), btc, {}, { source: 'binance-spot', code: -1013 });
    expect(v).toMatchObject({ source: 'binance-spot', code: -1013 });
    expect(v?.fingerprint).toMatch(/^binance-spot:-1013:filter:/);
  });

  it('has a fingerprint that ignores the values and tells rules and fields apart', () => {
    const print = (order: OrderInput, rules = btc) => validateOrder(order, rules)[0]?.fingerprint;
    expect(print(limit('50000.005', '0.001'))).toBe(print(limit('1.005', '1')));
    expect(print(limit('50000.005', '0.001'))).not.toBe(print(limit('0.001', '10000')));
    const stop = {
      side: 'SELL',
      type: 'STOP_LOSS_LIMIT',
      price: '49000',
      stopPrice: '49500.123',
      quantity: '0.001',
    };
    expect(print(stop)).not.toBe(print(limit('50000.005', '0.001')));
  });

  it('lists violations in the order of Binance’s filter document, field errors first', () => {
    const found = validateOrder(
      { side: 'BUY', type: 'LIMIT', price: '50000.005', quantity: '0.000015', icebergQty: '1e-8' },
      btc,
      { openOrders: 200 },
    );
    expect(found.map((v) => v.reason)).toEqual([
      'field.exponent',
      'PRICE_FILTER.tickSize',
      'LOT_SIZE.stepSize',
      'NOTIONAL.minNotional',
      'MAX_NUM_ORDERS.maxNumOrders',
    ]);
  });
});
