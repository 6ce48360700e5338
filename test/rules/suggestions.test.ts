import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimals } from '../../src/core/rules/decimal';
import type { LocalViolation } from '../../src/core/rules/LocalViolation';
import { type OrderContext, type OrderInput, validateOrder } from '../../src/core/rules/validateOrder';
import { rulesFromBinanceSymbol } from '../../src/exchanges/binance-spot/rulesFromBinanceSymbol';
import { binanceBtcUsdt, binanceBtcUsdt2021, binanceDocumentedSymbol, shibLikeSymbol } from './payloads';

// The filters that judge each field a suggestion may set: a suggested value must pass all of them.
const JUDGES: Readonly<Record<string, readonly string[]>> = {
  price: ['PRICE_FILTER', 'PERCENT_PRICE', 'PERCENT_PRICE_BY_SIDE'],
  stopPrice: ['PRICE_FILTER'],
  quantity: ['LOT_SIZE', 'MARKET_LOT_SIZE', 'MIN_NOTIONAL', 'NOTIONAL', 'MAX_POSITION', 'ICEBERG_PARTS'],
  icebergQty: ['LOT_SIZE', 'ICEBERG_PARTS'],
  quoteOrderQty: ['MIN_NOTIONAL', 'NOTIONAL', 'MARKET_LOT_SIZE'],
  trailingDelta: ['TRAILING_DELTA'],
};

/** Whether a violation is about the field a suggestion sets (LOT_SIZE judges quantity and icebergQty apart). */
function judges(violation: LocalViolation, field: string): boolean {
  if (!violation.filter || !JUDGES[field]?.includes(violation.filter)) return false;
  if (violation.filter === 'LOT_SIZE' || violation.filter === 'PRICE_FILTER')
    return violation.field === field;
  if (violation.filter === 'ICEBERG_PARTS') return true;
  if (violation.filter === 'MARKET_LOT_SIZE') return violation.field === field;
  return true;
}

const symbols = [
  rulesFromBinanceSymbol(binanceBtcUsdt),
  rulesFromBinanceSymbol(binanceBtcUsdt2021),
  rulesFromBinanceSymbol(binanceDocumentedSymbol),
  rulesFromBinanceSymbol(shibLikeSymbol),
];

// Values near each symbol's grids and bounds: a mantissa at a random scale, so ticks of 1e-8 and
// lots of 92141578 both come up.
const amount = fc
  .tuple(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 12 }))
  .map(([units, scale]) => {
    const digits = String(units).padStart(scale + 1, '0');
    return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  });
const orderArb = fc.record({
  symbol: fc.integer({ min: 0, max: symbols.length - 1 }),
  side: fc.constantFrom('BUY', 'SELL'),
  type: fc.constantFrom('LIMIT', 'LIMIT_MAKER', 'MARKET', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'),
  price: amount,
  quantity: amount,
  stopPrice: amount,
  icebergQty: fc.option(amount, { nil: undefined }),
  trailingDelta: fc.option(fc.integer({ min: 0, max: 3000 }).map(String), { nil: undefined }),
  quote: fc.boolean(),
  averagePrice: fc.option(amount, { nil: undefined }),
  position: fc.option(amount, { nil: undefined }),
});

describe('suggested values', () => {
  it('are each valid under every rule that judges their field, all at once', () => {
    let checked = 0;
    fc.assert(
      fc.property(orderArb, (input) => {
        const rules = symbols[input.symbol]!;
        const market = input.type === 'MARKET';
        const order: OrderInput = {
          side: input.side,
          type: input.type,
          ...(!market && { price: input.price }),
          ...(market && input.quote ? { quoteOrderQty: input.price } : { quantity: input.quantity }),
          ...(input.type.startsWith('STOP') || input.type.startsWith('TAKE')
            ? {
                stopPrice: input.stopPrice,
                ...(input.trailingDelta && { trailingDelta: input.trailingDelta }),
              }
            : {}),
          ...(input.icebergQty && { icebergQty: input.icebergQty }),
        };
        const context: OrderContext = {
          ...(input.averagePrice && { averagePrice: input.averagePrice }),
          ...(input.position && { position: input.position }),
        };
        for (const violation of validateOrder(order, rules, context)) {
          const suggestion = violation.suggestion;
          if (!suggestion) continue;
          // Lower first, never the value typed, and at most the two neighbours.
          expect(suggestion.values.length).toBeGreaterThan(0);
          expect(suggestion.values.length).toBeLessThanOrEqual(2);
          if (suggestion.values.length === 2)
            expect(compareDecimals(suggestion.values[0]!, suggestion.values[1]!)).toBe(-1);
          const typed = order[suggestion.field as keyof OrderInput];
          for (const value of suggestion.values) {
            if (typed !== undefined) expect(compareDecimals(value, typed)).not.toBe(0);
            const fixed = { ...order, [suggestion.field]: value };
            const still = validateOrder(fixed, rules, context).filter((v) => judges(v, suggestion.field));
            expect(still.map((v) => `${v.reason} after ${suggestion.field}=${value}`)).toEqual([]);
            checked++;
          }
        }
      }),
      { numRuns: 3000 },
    );
    // The run must actually have exercised suggestions.
    expect(checked).toBeGreaterThan(1000);
  }, 60_000);

  it('are the nearest valid values: nothing valid lies between them and the value typed', () => {
    // On BTCUSDT at 55000, quantities step by 0.00001 and the 5 USDT minimum needs 0.00010.
    const rules = symbols[0]!;
    const order = (quantity: string): OrderInput => ({
      side: 'BUY',
      type: 'LIMIT',
      price: '55000',
      quantity,
    });
    const [violation] = validateOrder(order('0.000095'), rules);
    expect(violation?.suggestion?.values).toEqual(['0.00010']);
    expect(validateOrder(order('0.00009'), rules).map((v) => v.reason)).toEqual(['NOTIONAL.minNotional']);
    expect(validateOrder(order('0.00010'), rules)).toEqual([]);
  });
});
