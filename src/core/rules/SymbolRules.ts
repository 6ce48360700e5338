/**
 * Bounds and grid for one order value (a price or a quantity). Every number is a plain decimal
 * string; an absent field is no rule. A value must be `>= min`, `<= max`, and on the grid:
 * `value % step == 0` (or `(value - min) % step == 0` with `stepFrom: 'min'`), or have at most
 * `significantDigits` significant digits when the exchange counts digits instead of a step.
 *
 * @example
 * ```ts
 * const price: ValueRule = { min: '0.01', max: '1000000', step: '0.01' };
 * ```
 */
export interface ValueRule {
  min?: string;
  max?: string;
  /** Tick size for prices, step size for quantities. */
  step?: string;
  /**
   * Where the grid starts. Binance counts from zero since 2022-02-24 (PRICE_FILTER) and
   * 2023-03-13 (LOT_SIZE, MARKET_LOT_SIZE); before that from `min`. @defaultValue 'zero'
   */
  stepFrom?: 'zero' | 'min';
  /** At most this many significant digits (ccxt's SIGNIFICANT_DIGITS precision mode), e.g. `'5'`. */
  significantDigits?: string;
}

/**
 * A notional (order total, price × quantity) range. Market orders have no price: the check uses
 * the reference or average price, and only when `applyMinToMarket` / `applyMaxToMarket` say so.
 *
 * @example
 * ```ts
 * const notional: NotionalRule = { filter: 'NOTIONAL', min: '5', max: '9000000', applyMinToMarket: true, applyMaxToMarket: false, avgPriceMins: '5' };
 * ```
 */
export interface NotionalRule {
  /** The rule's name in the neutral vocabulary: Binance's older `MIN_NOTIONAL` or `NOTIONAL`. */
  filter: 'MIN_NOTIONAL' | 'NOTIONAL';
  min?: string;
  max?: string;
  applyMinToMarket: boolean;
  applyMaxToMarket: boolean;
  /** Minutes of the volume-weighted average price used for market orders; `'0'` means the last price. */
  avgPriceMins?: string;
}

/**
 * A price band around the reference (or average) price: `price <= reference × multiplierUp` and
 * `price >= reference × multiplierDown`.
 *
 * @example
 * ```ts
 * const band: PercentPriceRule = { multiplierUp: '5', multiplierDown: '0.2', avgPriceMins: '5' };
 * ```
 */
export interface PercentPriceRule {
  multiplierUp: string;
  multiplierDown: string;
  avgPriceMins?: string;
}

/**
 * A price band that differs for buy (bid) and sell (ask) orders.
 *
 * @example
 * ```ts
 * const band: PercentPriceBySideRule = { bidMultiplierUp: '1.2', bidMultiplierDown: '0.2', askMultiplierUp: '5', askMultiplierDown: '0.8' };
 * ```
 */
export interface PercentPriceBySideRule {
  bidMultiplierUp: string;
  bidMultiplierDown: string;
  askMultiplierUp: string;
  askMultiplierDown: string;
  avgPriceMins?: string;
}

/**
 * Bounds of a trailing stop's `trailingDelta`, in BIPS (1 = 0.01 %). "Above" bounds apply to
 * STOP_LOSS(_LIMIT) BUY and TAKE_PROFIT(_LIMIT) SELL, "below" bounds to the other two.
 *
 * @example
 * ```ts
 * const trailing: TrailingDeltaRule = { minAbove: '10', maxAbove: '2000', minBelow: '10', maxBelow: '2000' };
 * ```
 */
export interface TrailingDeltaRule {
  minAbove: string;
  maxAbove: string;
  minBelow: string;
  maxBelow: string;
}

/**
 * One symbol's trading rules, independent of any exchange: what an order must satisfy before it
 * is sent. Build it with `rulesFromBinanceSymbol` or `rulesFromCcxtMarket`, or by hand. All
 * numbers are plain decimal strings (counts too); absent means "no such rule".
 *
 * @example
 * ```ts
 * const rules: SymbolRules = {
 *   symbol: 'BTCUSDT', base: 'BTC', quote: 'USDT',
 *   price: { min: '0.01', max: '1000000', step: '0.01' },
 *   quantity: { min: '0.00001', max: '9000', step: '0.00001' },
 *   notional: [{ filter: 'NOTIONAL', min: '5', applyMinToMarket: true, applyMaxToMarket: false }],
 * };
 * ```
 */
export interface SymbolRules {
  symbol?: string;
  base?: string;
  quote?: string;
  /** Price and stop price (Binance PRICE_FILTER). */
  price?: ValueRule;
  /** Quantity and iceberg quantity of every order (Binance LOT_SIZE). */
  quantity?: ValueRule;
  /** Extra quantity rule for MARKET orders (Binance MARKET_LOT_SIZE). */
  marketQuantity?: ValueRule;
  /** Order total ranges, checked in this order (Binance MIN_NOTIONAL, NOTIONAL). */
  notional?: readonly NotionalRule[];
  /** Units of the base asset per unit of quantity (contracts); the notional is price × quantity × this. */
  contractSize?: string;
  /** Binance PERCENT_PRICE. */
  percentPrice?: PercentPriceRule;
  /** Binance PERCENT_PRICE_BY_SIDE. */
  percentPriceBySide?: PercentPriceBySideRule;
  /** Most parts an iceberg order may have: `ceil(quantity / icebergQty) <= icebergParts`. */
  icebergParts?: string;
  trailingDelta?: TrailingDeltaRule;
  /** Most open orders on the symbol, algo orders included (MAX_NUM_ORDERS). */
  maxNumOrders?: string;
  /** Most open STOP_LOSS / TAKE_PROFIT(_LIMIT) orders (MAX_NUM_ALGO_ORDERS). */
  maxNumAlgoOrders?: string;
  /** Most open iceberg orders (MAX_NUM_ICEBERG_ORDERS). */
  maxNumIcebergOrders?: string;
  /** Most base asset an account may hold: free + locked + open BUY quantity (MAX_POSITION). */
  maxPosition?: string;
  /** Order types the symbol accepts, e.g. `['LIMIT', 'MARKET']`; absent accepts every known type. */
  orderTypes?: readonly string[];
  /** `false` when MARKET orders may not be sized by `quoteOrderQty`. */
  quoteOrderQtyMarketAllowed?: boolean;
  /** `false` when iceberg orders are not allowed. */
  icebergAllowed?: boolean;
  /** `false` when trailing stops (`trailingDelta`) are not allowed. */
  allowTrailingStop?: boolean;
}
