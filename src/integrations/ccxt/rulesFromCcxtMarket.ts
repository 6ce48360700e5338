import { formatDecimal, numberToDecimalString, parseDecimal } from '../../core/rules/decimal';
import type { SymbolRules, ValueRule } from '../../core/rules/SymbolRules';

/**
 * A ccxt range: `{ min, max }`, numbers or absent.
 *
 * @example
 * ```ts
 * const amount: CcxtRange = { min: 0.00001, max: 9000 };
 * ```
 */
export interface CcxtRange {
  min?: number | string | null;
  max?: number | string | null;
}

/**
 * The parts of a ccxt unified market this reads (`exchange.markets[symbol]`). Typed loosely so
 * that a market from any ccxt version or exchange fits.
 *
 * @example
 * ```ts
 * const market: CcxtMarket = { symbol: 'BTC/USDT', precision: { price: 0.1, amount: 1e-8 }, limits: { amount: { min: 0.00001 } } };
 * ```
 */
export interface CcxtMarket {
  symbol?: string;
  base?: string;
  quote?: string;
  contract?: boolean;
  contractSize?: number | string | null;
  precision?: { amount?: number | string | null; price?: number | string | null };
  limits?: {
    amount?: CcxtRange;
    price?: CcxtRange;
    cost?: CcxtRange;
    /** Binance only: MARKET_LOT_SIZE's bounds. */
    market?: CcxtRange;
  };
}

/**
 * How ccxt's `market.precision` reads: ccxt's constants `DECIMAL_PLACES` (2),
 * `SIGNIFICANT_DIGITS` (3) and `TICK_SIZE` (4), by number or by name.
 *
 * @example
 * ```ts
 * rulesFromCcxtMarket(market, exchange.precisionMode as CcxtPrecisionMode);
 * ```
 */
export type CcxtPrecisionMode = 'DECIMAL_PLACES' | 'SIGNIFICANT_DIGITS' | 'TICK_SIZE' | 2 | 3 | 4;

/**
 * The precision mode of the exchange, or one per value where ccxt reads them differently
 * (Bitfinex: prices in SIGNIFICANT_DIGITS, amounts in DECIMAL_PLACES, see its
 * `amountToPrecision`).
 *
 * @example
 * ```ts
 * const bitfinex: CcxtPrecision = { price: 'SIGNIFICANT_DIGITS', amount: 'DECIMAL_PLACES' };
 * ```
 */
export type CcxtPrecision = CcxtPrecisionMode | { price: CcxtPrecisionMode; amount: CcxtPrecisionMode };

const MODES: Readonly<Record<string, 'DECIMAL_PLACES' | 'SIGNIFICANT_DIGITS' | 'TICK_SIZE'>> = {
  '2': 'DECIMAL_PLACES',
  '3': 'SIGNIFICANT_DIGITS',
  '4': 'TICK_SIZE',
  DECIMAL_PLACES: 'DECIMAL_PLACES',
  SIGNIFICANT_DIGITS: 'SIGNIFICANT_DIGITS',
  TICK_SIZE: 'TICK_SIZE',
};

/** ccxt keeps exchange values as JS numbers parsed from decimal text; write them back out. */
function text(value: number | string | null | undefined): string | undefined {
  if (typeof value === 'number') return numberToDecimalString(value);
  if (typeof value !== 'string') return undefined;
  const parsed = parseDecimal(value, { maxIntegerDigits: 40, maxFractionDigits: 40 });
  return parsed.ok ? formatDecimal(parsed.value) : undefined;
}

/** The grid of one value under a precision mode. */
function grid(
  precision: number | string | null | undefined,
  mode: string,
): Pick<ValueRule, 'step' | 'significantDigits'> {
  const value = text(precision);
  if (value === undefined) return {};
  if (mode === 'TICK_SIZE') return { step: value };
  if (!/^-?\d+$/.test(value)) return {};
  const digits = Number(value);
  if (mode === 'SIGNIFICANT_DIGITS') return digits > 0 ? { significantDigits: value } : {};
  // DECIMAL_PLACES: 2 → 0.01; a negative count rounds to tens, hundreds…
  return { step: digits >= 0 ? formatDecimal({ units: 1n, scale: digits }) : `1${'0'.repeat(-digits)}` };
}

function range(bounds: CcxtRange | undefined): Pick<ValueRule, 'min' | 'max'> {
  const least = text(bounds?.min);
  const most = text(bounds?.max);
  return { ...(least !== undefined && { min: least }), ...(most !== undefined && { max: most }) };
}

/**
 * The exchange-neutral rules of any ccxt market: `precision.price` / `precision.amount` as a
 * tick and step (TICK_SIZE, ccxt 4's mode for most exchanges, where `0.01` is the tick),
 * decimal places (DECIMAL_PLACES: `2` means 0.01) or significant digits (SIGNIFICANT_DIGITS),
 * and `limits.amount/price/cost` as quantity, price and notional bounds. Pass the exchange's
 * `precisionMode` (or one mode per value). ccxt does not say whether the cost limits bind market
 * orders, so they do here (a market order is valued at the context's reference price), and it
 * keeps no price bands. For a Binance market, `rulesFromBinanceSymbol(market.info)` keeps every
 * filter instead.
 *
 * @example
 * ```ts
 * const exchange = new ccxt.okx();
 * await exchange.loadMarkets();
 * const rules = rulesFromCcxtMarket(exchange.markets['BTC/USDT'], exchange.precisionMode);
 * ```
 */
export function rulesFromCcxtMarket(
  market: CcxtMarket,
  precisionMode: CcxtPrecision = 'TICK_SIZE',
): SymbolRules {
  const modes =
    typeof precisionMode === 'object' ? precisionMode : { price: precisionMode, amount: precisionMode };
  const priceMode = MODES[String(modes.price)] ?? 'TICK_SIZE';
  const amountMode = MODES[String(modes.amount)] ?? 'TICK_SIZE';
  const rules: SymbolRules = {
    price: { ...range(market.limits?.price), ...grid(market.precision?.price, priceMode) },
    quantity: { ...range(market.limits?.amount), ...grid(market.precision?.amount, amountMode) },
  };
  if (market.symbol) rules.symbol = market.symbol;
  if (market.base) rules.base = market.base;
  if (market.quote) rules.quote = market.quote;
  const marketRange = range(market.limits?.market);
  if (marketRange.min !== undefined || marketRange.max !== undefined) rules.marketQuantity = marketRange;
  const cost = range(market.limits?.cost);
  if (cost.min !== undefined || cost.max !== undefined)
    rules.notional = [{ filter: 'NOTIONAL', ...cost, applyMinToMarket: true, applyMaxToMarket: true }];
  const contractSize = market.contract ? text(market.contractSize) : undefined;
  if (contractSize !== undefined) rules.contractSize = contractSize;
  return rules;
}
