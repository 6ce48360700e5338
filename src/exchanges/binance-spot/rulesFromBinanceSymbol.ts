import { numberToDecimalString } from '../../core/rules/decimal';
import type { NotionalRule, SymbolRules, ValueRule } from '../../core/rules/SymbolRules';

/**
 * One entry of a symbol's `filters` in Binance's `GET /api/v3/exchangeInfo`.
 *
 * @example
 * ```ts
 * const filter: BinanceSymbolFilter = { filterType: 'PRICE_FILTER', minPrice: '0.01000000', maxPrice: '1000000.00000000', tickSize: '0.01000000' };
 * ```
 */
export interface BinanceSymbolFilter {
  filterType: string;
  [field: string]: unknown;
}

/**
 * One entry of `symbols` in Binance's `GET /api/v3/exchangeInfo` (the fields this reads; the
 * rest are ignored). Values may be strings or numbers, as Binance sends them.
 *
 * @example
 * ```ts
 * const symbol: BinanceSymbol = { symbol: 'BTCUSDT', baseAsset: 'BTC', quoteAsset: 'USDT', filters: [{ filterType: 'ICEBERG_PARTS', limit: 10 }] };
 * ```
 */
export interface BinanceSymbol {
  symbol?: string;
  baseAsset?: string;
  quoteAsset?: string;
  orderTypes?: readonly string[];
  icebergAllowed?: boolean;
  quoteOrderQtyMarketAllowed?: boolean;
  allowTrailingStop?: boolean;
  filters?: readonly BinanceSymbolFilter[];
}

/**
 * Options for {@link rulesFromBinanceSymbol}.
 *
 * @example
 * ```ts
 * rulesFromBinanceSymbol(symbol, { stepFrom: 'min' }); // the pre-2023 lot rule
 * ```
 */
export interface BinanceRulesOptions {
  /**
   * Where the price and lot grids start. Binance's engine has counted from zero since
   * 2022-02-24 (PRICE_FILTER) and 2023-03-13 (LOT_SIZE, MARKET_LOT_SIZE); `'min'` restores the
   * earlier `(value - min) % step == 0`. @defaultValue 'zero'
   */
  stepFrom?: 'zero' | 'min';
}

/** A filter value as decimal text: strings as sent, numbers written out; anything else is absent. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number') return numberToDecimalString(value);
  return undefined;
}

function flag(value: unknown): boolean {
  return value === true || value === 'true';
}

function valueRule(min: unknown, max: unknown, step: unknown, stepFrom: 'zero' | 'min'): ValueRule {
  const rule: ValueRule = {};
  const low = text(min);
  const high = text(max);
  const size = text(step);
  if (low !== undefined) rule.min = low;
  if (high !== undefined) rule.max = high;
  if (size !== undefined) rule.step = size;
  if (stepFrom === 'min') rule.stepFrom = 'min';
  return rule;
}

/**
 * The exchange-neutral rules of one Binance Spot symbol, from its `exchangeInfo` entry. Reads
 * every symbol filter of Binance's filter document (PRICE_FILTER, PERCENT_PRICE,
 * PERCENT_PRICE_BY_SIDE, LOT_SIZE, MARKET_LOT_SIZE, MIN_NOTIONAL, NOTIONAL, ICEBERG_PARTS,
 * TRAILING_DELTA, MAX_NUM_ORDERS, MAX_NUM_ALGO_ORDERS, MAX_NUM_ICEBERG_ORDERS, MAX_POSITION) and
 * skips any other. Values are kept as Binance sends them (`'0.01000000'`); a 0 that Binance
 * documents as "disabled" is dropped when the rules are used.
 *
 * @example
 * ```ts
 * const info = await (await fetch('/api/v3/exchangeInfo?symbol=BTCUSDT')).json();
 * const rules = rulesFromBinanceSymbol(info.symbols[0]);
 * validateOrder({ side: 'BUY', type: 'LIMIT', price: '50000.005', quantity: '0.001' }, rules);
 * ```
 */
export function rulesFromBinanceSymbol(
  symbol: BinanceSymbol,
  options: BinanceRulesOptions = {},
): SymbolRules {
  const stepFrom = options.stepFrom ?? 'zero';
  const rules: SymbolRules = {};
  if (symbol.symbol) rules.symbol = symbol.symbol;
  if (symbol.baseAsset) rules.base = symbol.baseAsset;
  if (symbol.quoteAsset) rules.quote = symbol.quoteAsset;
  if (Array.isArray(symbol.orderTypes)) rules.orderTypes = [...symbol.orderTypes];
  if (typeof symbol.icebergAllowed === 'boolean') rules.icebergAllowed = symbol.icebergAllowed;
  if (typeof symbol.quoteOrderQtyMarketAllowed === 'boolean')
    rules.quoteOrderQtyMarketAllowed = symbol.quoteOrderQtyMarketAllowed;
  if (typeof symbol.allowTrailingStop === 'boolean') rules.allowTrailingStop = symbol.allowTrailingStop;
  const notional: NotionalRule[] = [];
  for (const filter of symbol.filters ?? []) {
    const f = filter as Record<string, unknown>;
    switch (filter.filterType) {
      case 'PRICE_FILTER':
        rules.price = valueRule(f.minPrice, f.maxPrice, f.tickSize, stepFrom);
        break;
      case 'PERCENT_PRICE': {
        const up = text(f.multiplierUp);
        const down = text(f.multiplierDown);
        const mins = text(f.avgPriceMins);
        if (up !== undefined && down !== undefined)
          rules.percentPrice = {
            multiplierUp: up,
            multiplierDown: down,
            ...(mins !== undefined && { avgPriceMins: mins }),
          };
        break;
      }
      case 'PERCENT_PRICE_BY_SIDE': {
        const [bidUp, bidDown, askUp, askDown] = [
          f.bidMultiplierUp,
          f.bidMultiplierDown,
          f.askMultiplierUp,
          f.askMultiplierDown,
        ].map(text);
        const mins = text(f.avgPriceMins);
        if (bidUp !== undefined && bidDown !== undefined && askUp !== undefined && askDown !== undefined)
          rules.percentPriceBySide = {
            bidMultiplierUp: bidUp,
            bidMultiplierDown: bidDown,
            askMultiplierUp: askUp,
            askMultiplierDown: askDown,
            ...(mins !== undefined && { avgPriceMins: mins }),
          };
        break;
      }
      case 'LOT_SIZE':
        rules.quantity = valueRule(f.minQty, f.maxQty, f.stepSize, stepFrom);
        break;
      case 'MARKET_LOT_SIZE':
        rules.marketQuantity = valueRule(f.minQty, f.maxQty, f.stepSize, stepFrom);
        break;
      case 'MIN_NOTIONAL': {
        // USD-M futures spell it `notional`, without applyToMarket.
        const least = text(f.minNotional ?? f.notional);
        const mins = text(f.avgPriceMins);
        notional.push({
          filter: 'MIN_NOTIONAL',
          ...(least !== undefined && { min: least }),
          applyMinToMarket: f.applyToMarket === undefined ? true : flag(f.applyToMarket),
          applyMaxToMarket: false,
          ...(mins !== undefined && { avgPriceMins: mins }),
        });
        break;
      }
      case 'NOTIONAL': {
        const least = text(f.minNotional);
        const most = text(f.maxNotional);
        const mins = text(f.avgPriceMins);
        notional.push({
          filter: 'NOTIONAL',
          ...(least !== undefined && { min: least }),
          ...(most !== undefined && { max: most }),
          applyMinToMarket: flag(f.applyMinToMarket),
          applyMaxToMarket: flag(f.applyMaxToMarket),
          ...(mins !== undefined && { avgPriceMins: mins }),
        });
        break;
      }
      case 'ICEBERG_PARTS': {
        const parts = text(f.limit);
        if (parts !== undefined) rules.icebergParts = parts;
        break;
      }
      case 'TRAILING_DELTA': {
        const [minAbove, maxAbove, minBelow, maxBelow] = [
          f.minTrailingAboveDelta,
          f.maxTrailingAboveDelta,
          f.minTrailingBelowDelta,
          f.maxTrailingBelowDelta,
        ].map(text);
        if (
          minAbove !== undefined &&
          maxAbove !== undefined &&
          minBelow !== undefined &&
          maxBelow !== undefined
        )
          rules.trailingDelta = { minAbove, maxAbove, minBelow, maxBelow };
        break;
      }
      case 'MAX_NUM_ORDERS': {
        const most = text(f.maxNumOrders ?? f.limit);
        if (most !== undefined) rules.maxNumOrders = most;
        break;
      }
      case 'MAX_NUM_ALGO_ORDERS': {
        const most = text(f.maxNumAlgoOrders ?? f.limit);
        if (most !== undefined) rules.maxNumAlgoOrders = most;
        break;
      }
      case 'MAX_NUM_ICEBERG_ORDERS': {
        const most = text(f.maxNumIcebergOrders);
        if (most !== undefined) rules.maxNumIcebergOrders = most;
        break;
      }
      case 'MAX_POSITION': {
        const most = text(f.maxPosition);
        if (most !== undefined) rules.maxPosition = most;
        break;
      }
    }
  }
  // Binance lists MIN_NOTIONAL before NOTIONAL in its filter document; check them in that order.
  if (notional.length > 0)
    rules.notional = notional.sort((a, b) =>
      a.filter === b.filter ? 0 : a.filter === 'MIN_NOTIONAL' ? -1 : 1,
    );
  return rules;
}
