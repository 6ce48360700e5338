import type { ResolvedExchangeError } from '../types';

/**
 * Which rule an order broke, as `FILTER.part` for trading rules (the filter name is Binance's, the
 * kit's neutral vocabulary) and `field.*` / `order.*` for values that are not a valid request.
 * Keys of the rule copy (`ruleCopy.reasons`).
 *
 * @example
 * ```ts
 * const reason: RuleReason = 'PRICE_FILTER.tickSize';
 * ```
 */
export type RuleReason =
  | 'PRICE_FILTER.minPrice'
  | 'PRICE_FILTER.maxPrice'
  | 'PRICE_FILTER.tickSize'
  | 'PRICE_FILTER.significantDigits'
  | 'PERCENT_PRICE.multiplierUp'
  | 'PERCENT_PRICE.multiplierDown'
  | 'PERCENT_PRICE_BY_SIDE.multiplierUp'
  | 'PERCENT_PRICE_BY_SIDE.multiplierDown'
  | 'LOT_SIZE.minQty'
  | 'LOT_SIZE.maxQty'
  | 'LOT_SIZE.stepSize'
  | 'LOT_SIZE.significantDigits'
  | 'MIN_NOTIONAL.minNotional'
  | 'NOTIONAL.minNotional'
  | 'NOTIONAL.maxNotional'
  | 'ICEBERG_PARTS.limit'
  | 'MARKET_LOT_SIZE.minQty'
  | 'MARKET_LOT_SIZE.maxQty'
  | 'MARKET_LOT_SIZE.stepSize'
  | 'MARKET_LOT_SIZE.significantDigits'
  | 'MAX_NUM_ORDERS.maxNumOrders'
  | 'MAX_NUM_ALGO_ORDERS.maxNumAlgoOrders'
  | 'MAX_NUM_ICEBERG_ORDERS.maxNumIcebergOrders'
  | 'MAX_POSITION.maxPosition'
  | 'TRAILING_DELTA.above'
  | 'TRAILING_DELTA.below'
  | 'field.missing'
  | 'field.notAString'
  | 'field.exponent'
  | 'field.notANumber'
  | 'field.negative'
  | 'field.tooManyDigits'
  | 'field.notAnInteger'
  | 'field.notPositive'
  | 'field.conflict'
  | 'order.side'
  | 'order.type'
  | 'order.typeNotAllowed'
  | 'order.quoteOrderQtyNotAllowed'
  | 'order.icebergNotAllowed'
  | 'order.trailingStopNotAllowed';

/**
 * The nearest valid values for a field, lower first: the two grid neighbours of an off-grid
 * value, or the one bound a value is past. Each is valid under all the symbol's rules at once.
 *
 * @example
 * ```ts
 * const fix: Suggestion = { field: 'price', values: ['50000.00', '50000.01'] };
 * ```
 */
export interface Suggestion {
  field: string;
  values: readonly string[];
}

/**
 * A rule an order breaks, found before sending it, shaped as the exchange's own rejection would
 * resolve (`category: 'filter'`, `filter`, `field`, `params`, copy), plus `local: true`, the
 * broken rule's `reason` and a `suggestion` of the nearest valid values.
 *
 * @example
 * ```ts
 * const [first] = validateOrder({ side: 'BUY', type: 'LIMIT', price: '50000.005', quantity: '0.001' }, rules);
 * if (first?.suggestion) setValue(first.suggestion.field, first.suggestion.values[0]);
 * ```
 */
export interface LocalViolation extends ResolvedExchangeError {
  /** Found by the kit from the symbol's rules, not sent by the exchange. */
  readonly local: true;
  readonly known: true;
  readonly category: 'filter' | 'invalid-request' | 'unsupported';
  readonly severity: 'error';
  readonly retry: { strategy: 'none' };
  readonly reason: RuleReason;
  readonly suggestion?: Suggestion;
}
