import { ruleCopy } from '../../locale/en/ruleCopy';
import { fillTemplate } from '../fillTemplate';
import { fingerprint } from '../fingerprint';
import type { ExchangeSource } from '../types';
import {
  type CompiledBand,
  type CompiledNotional,
  type CompiledValueRule,
  ceilGrid,
  compileRules,
  floorGrid,
  type Grid,
  intersectGrids,
  valueFailure,
} from './compileRules';
import {
  addDecimals,
  compareDecimals,
  type Decimal,
  type DecimalError,
  divideDecimals,
  floorToStep,
  formatDecimal,
  multiplyDecimals,
  parseDecimal,
  subtractDecimals,
} from './decimal';
import type { LocalViolation, RuleReason, Suggestion } from './LocalViolation';
import type { RuleCopy } from './RuleCopy';
import type { SymbolRules } from './SymbolRules';

/**
 * An order as a form holds it: every value as text, exactly as typed. Empty text is "not sent".
 *
 * @example
 * ```ts
 * const order: OrderInput = { side: 'BUY', type: 'LIMIT', price: '50000.01', quantity: '0.001' };
 * ```
 */
export interface OrderInput {
  /** `BUY` or `SELL` (any case). */
  side?: string;
  /** LIMIT, MARKET, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT or LIMIT_MAKER (any case). */
  type?: string;
  price?: string;
  quantity?: string;
  /** MARKET orders only: the quote amount to spend or receive instead of a quantity. */
  quoteOrderQty?: string;
  stopPrice?: string;
  icebergQty?: string;
  /** Whole BIPS. */
  trailingDelta?: string;
}

/** The fields of an {@link OrderInput}, in form order. */
export const ORDER_FIELDS = [
  'side',
  'type',
  'price',
  'quantity',
  'quoteOrderQty',
  'stopPrice',
  'icebergQty',
  'trailingDelta',
] as const satisfies readonly (keyof OrderInput)[];

/**
 * What the app knows about the market and the account; each check that needs a value it lacks is
 * skipped (the exchange will still check it).
 *
 * @example
 * ```ts
 * const context: OrderContext = { referencePrice: '50123.45', openOrders: 3, position: '0.5' };
 * ```
 */
export interface OrderContext {
  /** The symbol's reference price; used first by the price bands and market notional checks. */
  referencePrice?: string;
  /** The volume-weighted average price over the rule's `avgPriceMins` (Binance `GET /api/v3/avgPrice`). */
  averagePrice?: string;
  /** The last trade price; Binance uses it when `avgPriceMins` is 0. */
  lastPrice?: string;
  /** Open orders on the symbol, algo orders included. */
  openOrders?: number | string;
  /** Open STOP_LOSS / TAKE_PROFIT(_LIMIT) orders on the symbol. */
  openAlgoOrders?: number | string;
  /** Open iceberg orders on the symbol. */
  openIcebergOrders?: number | string;
  /** Base asset free + locked + quantity of open BUY orders. */
  position?: string;
}

/**
 * How violations are labelled and worded.
 *
 * @example
 * ```ts
 * validateOrder(order, rules, context, { source: 'binance-spot', code: -1013 });
 * ```
 */
export interface ValidateOrderOptions {
  /** `source` of each violation. @defaultValue 'unknown' */
  source?: ExchangeSource;
  /** `code` of each violation; the core is exchange-neutral, so none unless given. @defaultValue null */
  code?: number | null;
  /** Words for the violations. @defaultValue the English `ruleCopy` */
  copy?: RuleCopy;
}

interface TypeInfo {
  /** Takes a limit `price`. */
  readonly price: boolean;
  /** Executes as a market order (no price of its own). */
  readonly market: boolean;
  /** Takes `stopPrice` / `trailingDelta`: an "algo" order in Binance's words. */
  readonly stop: boolean;
  /** Accepts `icebergQty`. */
  readonly iceberg: boolean;
  /** The side whose trailing delta uses the "above" bounds. */
  readonly aboveSide?: 'BUY' | 'SELL';
}

// Binance's order types, what each takes (REST `POST /api/v3/order`: "additional mandatory
// parameters", `icebergQty` "used with LIMIT, STOP_LOSS_LIMIT, and TAKE_PROFIT_LIMIT", "any LIMIT
// or LIMIT_MAKER type order can be made an iceberg order") and the trailing-delta side rule
// (filters.md, TRAILING_DELTA). STOP_LOSS and TAKE_PROFIT "execute a MARKET order".
const TYPES: Readonly<Record<string, TypeInfo>> = {
  LIMIT: { price: true, market: false, stop: false, iceberg: true },
  LIMIT_MAKER: { price: true, market: false, stop: false, iceberg: true },
  MARKET: { price: false, market: true, stop: false, iceberg: false },
  STOP_LOSS: { price: false, market: true, stop: true, iceberg: false, aboveSide: 'BUY' },
  STOP_LOSS_LIMIT: { price: true, market: false, stop: true, iceberg: true, aboveSide: 'BUY' },
  TAKE_PROFIT: { price: false, market: true, stop: true, iceberg: false, aboveSide: 'SELL' },
  TAKE_PROFIT_LIMIT: { price: true, market: false, stop: true, iceberg: true, aboveSide: 'SELL' },
};

const PARSE_REASONS: Readonly<Record<Exclude<DecimalError, 'empty'>, RuleReason>> = {
  'not-a-string': 'field.notAString',
  exponent: 'field.exponent',
  'not-a-number': 'field.notANumber',
  negative: 'field.negative',
  'too-many-digits': 'field.tooManyDigits',
};

const LEGAL = "legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'";
const ZERO: Decimal = { units: 0n, scale: 0 };

type Field = 'price' | 'quantity' | 'quoteOrderQty' | 'stopPrice' | 'icebergQty' | 'trailingDelta';

interface Draft {
  category: LocalViolation['category'];
  reason: RuleReason;
  message: string;
  field?: string;
  filter?: string;
  params: Record<string, string>;
  suggestion?: { field: string; values: string[] };
}

/** The values a field may take: a grid between bounds, re-checked by `accept`. */
interface ValueSet {
  grid: Grid;
  lo?: Decimal;
  hi?: Decimal;
  /** Decimals a computed bound is rounded to: enough to land on every grid point. */
  scale: number;
  display: number;
  accept: (value: Decimal) => boolean;
}

const max = (a: Decimal | undefined, b: Decimal | undefined) =>
  a === undefined ? b : b === undefined ? a : compareDecimals(a, b) >= 0 ? a : b;
const min = (a: Decimal | undefined, b: Decimal | undefined) =>
  a === undefined ? b : b === undefined ? a : compareDecimals(a, b) <= 0 ? a : b;
const below = (a: Decimal, b: Decimal) => compareDecimals(a, b) < 0;
const above = (a: Decimal, b: Decimal) => compareDecimals(a, b) > 0;

function gridScale(grid: Grid): number {
  if (grid.kind === 'step') return Math.max(grid.step.scale, grid.origin.scale);
  return 40; // significant digits or no grid: fine enough for any value a symbol trades at
}

function displayScale(grid: Grid): number {
  return grid.kind === 'step' ? grid.display : 0;
}

/** The nearest values of `set` below and above `target` (never `target` itself), lower first. */
function nearest(set: ValueSet, target: Decimal): string[] {
  const values: Decimal[] = [];
  const lower = floorGrid(set.grid, set.hi && above(target, set.hi) ? set.hi : target);
  if (above(lower, ZERO) && !(set.lo && below(lower, set.lo)) && compareDecimals(lower, target) !== 0)
    values.push(lower);
  const start = set.lo && below(target, set.lo) ? set.lo : target;
  // Nothing is valid at zero: from there, the first grid point above it.
  const higher = above(start, ZERO)
    ? ceilGrid(set.grid, start)
    : set.grid.kind === 'none'
      ? undefined
      : ceilGrid(set.grid, { units: 1n, scale: set.scale });
  if (higher && !(set.hi && above(higher, set.hi)) && compareDecimals(higher, target) !== 0)
    values.push(higher);
  return values.filter(set.accept).map((value) => formatDecimal(value, set.display));
}

/** A count from the context (a safe whole number or its text); `undefined` otherwise. */
function count(value: number | string | undefined): bigint | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? BigInt(value) : undefined;
  return typeof value === 'string' && /^\d{1,18}$/.test(value) ? BigInt(value) : undefined;
}

/** A positive price or amount from the context; `undefined` when absent or unreadable. */
function contextDecimal(value: string | undefined): Decimal | undefined {
  const parsed = parseDecimal(value, { maxIntegerDigits: 40, maxFractionDigits: 40 });
  return parsed.ok && parsed.value.units > 0n ? parsed.value : undefined;
}

/**
 * The rules an order breaks, checked before it is sent, in the order of Binance's filter
 * documentation (PRICE_FILTER, PERCENT_PRICE, PERCENT_PRICE_BY_SIDE, LOT_SIZE, MIN_NOTIONAL,
 * NOTIONAL, ICEBERG_PARTS, MARKET_LOT_SIZE, MAX_NUM_ORDERS, MAX_NUM_ALGO_ORDERS,
 * MAX_NUM_ICEBERG_ORDERS, MAX_POSITION, TRAILING_DELTA), after the values that are not a valid
 * request at all. An exchange rejects with the first failure it meets; this lists every one, so a
 * form can mark each field. Empty when the order passes. Never throws; all arithmetic is exact.
 *
 * Which rule binds which order follows Binance's documents: PRICE_FILTER checks `price` and
 * `stopPrice`; the price bands check the limit price only; LOT_SIZE checks every quantity and
 * `icebergQty`, MARKET_LOT_SIZE only MARKET orders; a MARKET, STOP_LOSS or TAKE_PROFIT order
 * ("executes a MARKET order") is valued at the market price from `context` under the notional
 * rules' `applyMinToMarket` / `applyMaxToMarket`; a `quoteOrderQty` order is its own notional
 * and, per Binance, is not held to LOT_SIZE. A check whose input is missing (no market price, no
 * open-order count, no position) is skipped. Suggestions are the nearest values valid under
 * every rule that judges their field at once (grid, bounds, notional, position, iceberg parts).
 *
 * @example
 * ```ts
 * const rules: SymbolRules = { price: { min: '0.01', max: '1000000', step: '0.01' } };
 * const [violation] = validateOrder({ side: 'BUY', type: 'LIMIT', price: '50000.005', quantity: '1' }, rules);
 * violation.description; // 'Price must be a multiple of 0.01: use 50000.00 or 50000.01.'
 * violation.suggestion; // { field: 'price', values: ['50000.00', '50000.01'] }
 * ```
 */
export function validateOrder(
  input: OrderInput,
  symbolRules: SymbolRules,
  orderContext: OrderContext = {},
  validateOptions: ValidateOrderOptions = {},
): LocalViolation[] {
  // Plain JavaScript callers may pass null or a non-object: each reads as "nothing given".
  const order: OrderInput = input !== null && typeof input === 'object' ? input : {};
  const rules: SymbolRules = symbolRules !== null && typeof symbolRules === 'object' ? symbolRules : {};
  const context: OrderContext = orderContext !== null && typeof orderContext === 'object' ? orderContext : {};
  const options: ValidateOrderOptions = validateOptions ?? {};
  const c = compileRules(rules);
  const invalid: Draft[] = [];
  const failures: Draft[] = [];
  const typeText = typeof order.type === 'string' ? order.type.toUpperCase() : '';
  const side = typeof order.side === 'string' ? order.side.toUpperCase() : '';
  const info = Object.hasOwn(TYPES, typeText) ? TYPES[typeText] : undefined;

  const request = (
    reason: RuleReason,
    field: string,
    message: string,
    category: Draft['category'] = 'invalid-request',
  ) => invalid.push({ category, reason, field, message, params: {} });

  if (side !== 'BUY' && side !== 'SELL') request('order.side', 'side', 'Invalid side.');
  if (!info) {
    request('order.type', 'type', 'Invalid orderType.');
    return finish(invalid, order, input, rules, options);
  }
  if (rules.orderTypes && !rules.orderTypes.includes(typeText))
    request('order.typeNotAllowed', 'type', 'Unsupported order combination.', 'unsupported');

  // Values: absent when not sent, `null` when sent but unreadable (reported once, checked no further).
  const values: Partial<Record<Field, Decimal | null>> = {};
  const readField = (field: Field) => {
    const raw: unknown = order[field];
    if (raw === undefined || raw === null || raw === '') return;
    const parsed = parseDecimal(raw);
    if (!parsed.ok) {
      values[field] = null;
      const reason = parsed.error === 'empty' ? 'field.notANumber' : PARSE_REASONS[parsed.error];
      request(
        reason,
        field,
        parsed.error === 'not-a-string'
          ? `Parameter '${field}' must be sent as text.`
          : `Illegal characters found in parameter '${field}'; ${LEGAL}.`,
      );
      return;
    }
    if (field === 'trailingDelta' && parsed.value.scale > 0) {
      values[field] = null;
      request(
        'field.notAnInteger',
        field,
        `Illegal characters found in parameter '${field}'; legal range is '^([0-9]{1,20})$'.`,
      );
      return;
    }
    values[field] = parsed.value;
  };
  const fields: Field[] = ['price', 'quantity', 'quoteOrderQty', 'stopPrice', 'icebergQty', 'trailingDelta'];
  for (const field of fields) readField(field);

  const missing = (field: Field) =>
    request(
      'field.missing',
      field,
      `Mandatory parameter '${field}' was not sent, was empty/null, or malformed.`,
    );
  const sent = (field: Field) => values[field] !== undefined;
  if (typeText === 'MARKET') {
    if (!sent('quantity') && !sent('quoteOrderQty')) missing('quantity');
    if (sent('quantity') && sent('quoteOrderQty'))
      request(
        'field.conflict',
        'quoteOrderQty',
        "Parameters 'quantity' and 'quoteOrderQty' cannot be sent together.",
      );
  } else if (!sent('quantity')) missing('quantity');
  if (info.price && !sent('price')) missing('price');
  if (info.stop && !sent('stopPrice') && !sent('trailingDelta')) missing('stopPrice');

  const price = info.price ? (values.price ?? undefined) : undefined;
  const stopPrice = info.stop ? (values.stopPrice ?? undefined) : undefined;
  const quantity = values.quantity ?? undefined;
  const quoteOrderQty = typeText === 'MARKET' && !quantity ? (values.quoteOrderQty ?? undefined) : undefined;
  const icebergQty =
    info.iceberg && values.icebergQty && values.icebergQty.units > 0n ? values.icebergQty : undefined;
  const trailingDelta = info.stop ? (values.trailingDelta ?? undefined) : undefined;
  const buy = side === 'BUY';

  if (quoteOrderQty && rules.quoteOrderQtyMarketAllowed === false)
    request(
      'order.quoteOrderQtyNotAllowed',
      'quoteOrderQty',
      'Unsupported order combination.',
      'unsupported',
    );
  if (icebergQty && rules.icebergAllowed === false)
    request('order.icebergNotAllowed', 'icebergQty', 'Unsupported order combination.', 'unsupported');
  if (trailingDelta && rules.allowTrailingStop === false)
    request('order.trailingStopNotAllowed', 'trailingDelta', 'Unsupported order combination.', 'unsupported');

  // The price a market order is valued at: the reference price when there is one, else the
  // average over `avgPriceMins` minutes, or the last price when that is 0 (filters.md, NOTIONAL).
  const referencePrice = contextDecimal(context.referencePrice);
  const averagePrice = contextDecimal(context.averagePrice);
  const lastPrice = contextDecimal(context.lastPrice);
  const marketPrice = (avgPriceMins: bigint | undefined) =>
    referencePrice ?? (avgPriceMins === 0n ? (lastPrice ?? averagePrice) : (averagePrice ?? lastPrice));
  const held = parseDecimal(context.position, { maxIntegerDigits: 40, maxFractionDigits: 40 });
  const position = held.ok ? held.value : undefined;
  const contractSize = c.contractSize;
  const notionalOf = (p: Decimal, q: Decimal) =>
    contractSize ? multiplyDecimals(multiplyDecimals(p, q), contractSize) : multiplyDecimals(p, q);

  const failure = (draft: Omit<Draft, 'category' | 'message'> & { filter: string }) =>
    failures.push({ category: 'filter', message: `Filter failure: ${draft.filter}`, ...draft });

  // The bands around the market a limit price must stay in (PERCENT_PRICE, PERCENT_PRICE_BY_SIDE).
  const bands: {
    band: CompiledBand;
    filter: 'PERCENT_PRICE' | 'PERCENT_PRICE_BY_SIDE';
    lo?: Decimal;
    hi?: Decimal;
    ref: Decimal;
  }[] = [];
  for (const [band, filter] of [
    [c.percentPrice, 'PERCENT_PRICE'],
    [buy ? c.bid : c.ask, 'PERCENT_PRICE_BY_SIDE'],
  ] as const) {
    if (!band || !info.price) continue;
    const ref = marketPrice(band.avgPriceMins);
    if (!ref) continue;
    bands.push({
      band,
      filter,
      ref,
      ...(band.down && { lo: multiplyDecimals(ref, band.down) }),
      ...(band.up && { hi: multiplyDecimals(ref, band.up) }),
    });
  }

  const priceSet = (field: 'price' | 'stopPrice'): ValueSet => {
    let lo = c.price.min;
    let hi = c.price.max;
    const inBands = field === 'price' ? bands : [];
    for (const b of inBands) {
      lo = max(lo, b.lo);
      hi = min(hi, b.hi);
    }
    return {
      grid: c.price.grid,
      ...(lo && { lo }),
      ...(hi && { hi }),
      scale: gridScale(c.price.grid),
      display: displayScale(c.price.grid),
      accept: (value) =>
        valueFailure(c.price, value) === undefined &&
        inBands.every((b) => !(b.lo && below(value, b.lo)) && !(b.hi && above(value, b.hi))),
    };
  };

  // Notional rules that apply to this order, with the price each is valued at.
  const notionals: { rule: CompiledNotional; at?: Decimal; min?: Decimal; max?: Decimal }[] = [];
  for (const rule of c.notional) {
    const at = info.market ? marketPrice(rule.avgPriceMins) : price;
    const minApplies = !info.market || rule.applyMinToMarket;
    const maxApplies = !info.market || rule.applyMaxToMarket;
    notionals.push({
      rule,
      ...(at && { at }),
      ...(minApplies && rule.min && { min: rule.min }),
      ...(maxApplies && rule.max && { max: rule.max }),
    });
  }
  const maxPositionQty =
    buy && c.maxPosition && position !== undefined ? subtractDecimals(c.maxPosition, position) : undefined;
  const partsOf = (q: Decimal, part: Decimal) => divideDecimals(q, part, 0, 'ceil').units;

  let quantitySetCache: ValueSet | null | undefined;
  /** Every quantity valid under all quantity rules at once, at this order's price. */
  const quantitySet = (): ValueSet | null => {
    if (quantitySetCache !== undefined) return quantitySetCache;
    const market = typeText === 'MARKET' ? c.marketQuantity : undefined;
    const grid = market ? intersectGrids(c.quantity.grid, market.grid) : c.quantity.grid;
    if (!grid) {
      quantitySetCache = null;
      return null;
    }
    const scale = gridScale(grid);
    let lo = max(c.quantity.min, market?.min);
    let hi = min(c.quantity.max, market?.max);
    for (const n of notionals) {
      if (!n.at || n.at.units === 0n) continue; // a zero price has no quantity bound (and is reported)
      const per = contractSize ? multiplyDecimals(n.at, contractSize) : n.at;
      if (n.min) lo = max(lo, divideDecimals(n.min, per, scale, 'ceil'));
      if (n.max) hi = min(hi, divideDecimals(n.max, per, scale, 'floor'));
    }
    if (maxPositionQty) hi = min(hi, maxPositionQty);
    if (icebergQty && c.icebergParts)
      hi = min(hi, multiplyDecimals(icebergQty, { units: c.icebergParts, scale: 0 }));
    quantitySetCache = {
      grid,
      ...(lo && { lo }),
      ...(hi && { hi }),
      scale,
      display: Math.max(displayScale(c.quantity.grid), market ? displayScale(market.grid) : 0),
      accept: (q) =>
        valueFailure(c.quantity, q) === undefined &&
        (!market || valueFailure(market, q) === undefined) &&
        notionals.every((n) => {
          if (!n.at) return true;
          const total = notionalOf(n.at, q);
          return !(n.min && below(total, n.min)) && !(n.max && above(total, n.max));
        }) &&
        !(maxPositionQty && above(q, maxPositionQty)) &&
        !(icebergQty && c.icebergParts && partsOf(q, icebergQty) > c.icebergParts),
    };
    return quantitySetCache;
  };

  /** Every iceberg quantity valid for this quantity (LOT_SIZE and ICEBERG_PARTS). */
  const icebergSet = (): ValueSet => {
    const grid = c.quantity.grid;
    const scale = gridScale(grid);
    const fewest =
      quantity && c.icebergParts
        ? divideDecimals(quantity, { units: c.icebergParts, scale: 0 }, scale, 'ceil')
        : undefined;
    const lo = max(c.quantity.min, fewest);
    return {
      grid,
      ...(lo && { lo }),
      ...(c.quantity.max && { hi: c.quantity.max }),
      scale,
      display: displayScale(grid),
      accept: (part) =>
        valueFailure(c.quantity, part) === undefined &&
        !(quantity && c.icebergParts && partsOf(quantity, part) > c.icebergParts),
    };
  };

  const suggest = (field: string, set: ValueSet | null, target: Decimal) => {
    const found = set ? nearest(set, target) : [];
    return found.length > 0 ? { suggestion: { field, values: found } } : {};
  };

  const valueRule = (
    filter: 'PRICE_FILTER' | 'LOT_SIZE' | 'MARKET_LOT_SIZE',
    rule: CompiledValueRule,
    field: string,
    value: Decimal,
    set: () => ValueSet | null,
  ) => {
    const broken = valueFailure(rule, value);
    if (!broken) return;
    const part =
      broken === 'grid'
        ? rule.grid.kind === 'digits'
          ? 'significantDigits'
          : filter === 'PRICE_FILTER'
            ? 'tickSize'
            : 'stepSize'
        : filter === 'PRICE_FILTER'
          ? broken === 'min'
            ? 'minPrice'
            : 'maxPrice'
          : broken === 'min'
            ? 'minQty'
            : 'maxQty';
    failure({
      filter,
      reason: `${filter}.${part}` as RuleReason,
      field,
      params: { ...rule.params },
      ...suggest(field, set(), value),
    });
  };

  // PRICE_FILTER: "price/stopPrice".
  if (price) valueRule('PRICE_FILTER', c.price, 'price', price, () => priceSet('price'));
  if (stopPrice) valueRule('PRICE_FILTER', c.price, 'stopPrice', stopPrice, () => priceSet('stopPrice'));

  // PERCENT_PRICE, PERCENT_PRICE_BY_SIDE: the limit price against the market.
  if (price) {
    for (const b of bands) {
      const tooHigh = b.hi && above(price, b.hi);
      const tooLow = b.lo && below(price, b.lo);
      if (!tooHigh && !tooLow) continue;
      const side = buy ? 'bid' : 'ask';
      const multiplier = tooHigh ? b.band.up : b.band.down;
      const params: Record<string, string> = {
        ...(b.filter === 'PERCENT_PRICE' ? b.band.params : c.bySideParams),
        averagePrice: formatDecimal(b.ref),
        ...(b.lo && { lowestPrice: formatDecimal(b.lo) }),
        ...(b.hi && { highestPrice: formatDecimal(b.hi) }),
        ...(b.filter === 'PERCENT_PRICE_BY_SIDE' &&
          multiplier && { multiplier: formatDecimal(multiplier), side }),
      };
      failure({
        filter: b.filter,
        reason: `${b.filter}.${tooHigh ? 'multiplierUp' : 'multiplierDown'}`,
        field: 'price',
        params,
        ...suggest('price', priceSet('price'), price),
      });
    }
  }

  // LOT_SIZE: "quantity/icebergQty".
  if (quantity) valueRule('LOT_SIZE', c.quantity, 'quantity', quantity, quantitySet);
  if (icebergQty) valueRule('LOT_SIZE', c.quantity, 'icebergQty', icebergQty, icebergSet);

  // MIN_NOTIONAL, NOTIONAL: price × quantity, or the quote amount of a quoteOrderQty market order.
  // The quote amounts a quoteOrderQty market order may take: every applicable notional range, and
  // no more than MARKET_LOT_SIZE's maxQty at the market price.
  let quoteLo: Decimal | undefined;
  let quoteHi: Decimal | undefined;
  for (const n of notionals) {
    quoteLo = max(quoteLo, n.min);
    quoteHi = min(quoteHi, n.max);
  }
  const marketAt = marketPrice(undefined);
  const marketMax =
    typeText === 'MARKET' && c.marketQuantity?.max && marketAt
      ? multiplyDecimals(c.marketQuantity.max, marketAt)
      : undefined;
  quoteHi = min(quoteHi, marketMax);
  /** The quote amount nearest the bound, at the decimals typed; `undefined` when none fits. */
  const quoteFix = (bound: 'lo' | 'hi') => {
    if (!quoteOrderQty) return {};
    const value =
      bound === 'lo' ? quoteLo : quoteHi && floorToStep(quoteHi, { units: 1n, scale: quoteOrderQty.scale });
    if (
      !value ||
      !above(value, ZERO) ||
      (quoteLo && below(value, quoteLo)) ||
      (quoteHi && above(value, quoteHi))
    )
      return {};
    return {
      suggestion: {
        field: 'quoteOrderQty',
        values: [formatDecimal(value, bound === 'hi' ? quoteOrderQty.scale : 0)],
      },
    };
  };
  for (const n of notionals) {
    const total = quoteOrderQty ?? (n.at && quantity ? notionalOf(n.at, quantity) : undefined);
    if (!total) continue;
    const tooSmall = n.min && below(total, n.min);
    const tooLarge = n.max && above(total, n.max);
    if (!tooSmall && !tooLarge) continue;
    const params: Record<string, string> = {
      ...n.rule.params,
      notional: formatDecimal(total),
      ...(info.market && n.at && !quoteOrderQty && { averagePrice: formatDecimal(n.at) }),
    };
    const fix = quoteOrderQty
      ? quoteFix(tooSmall ? 'lo' : 'hi')
      : quantity
        ? suggest('quantity', quantitySet(), quantity)
        : {};
    failure({
      filter: n.rule.filter,
      reason: tooSmall ? `${n.rule.filter}.minNotional` : 'NOTIONAL.maxNotional',
      field: 'notional',
      params,
      ...fix,
    });
  }

  // ICEBERG_PARTS: ceil(quantity / icebergQty) parts at most.
  if (icebergQty && quantity && c.icebergParts) {
    const parts = partsOf(quantity, icebergQty);
    if (parts > c.icebergParts)
      failure({
        filter: 'ICEBERG_PARTS',
        reason: 'ICEBERG_PARTS.limit',
        field: 'icebergQty',
        params: { limit: String(c.icebergParts), parts: String(parts) },
        ...suggest('icebergQty', icebergSet(), icebergQty),
      });
  }

  // MARKET_LOT_SIZE: MARKET orders only; a quoteOrderQty order's quantity is estimated at the market price.
  if (typeText === 'MARKET' && c.marketQuantity) {
    if (quantity) valueRule('MARKET_LOT_SIZE', c.marketQuantity, 'quantity', quantity, quantitySet);
    // quoteOrderQty / price > maxQty, compared exactly as quoteOrderQty > maxQty × price.
    if (quoteOrderQty && marketAt && marketMax && above(quoteOrderQty, marketMax))
      failure({
        filter: 'MARKET_LOT_SIZE',
        reason: 'MARKET_LOT_SIZE.maxQty',
        field: 'quoteOrderQty',
        params: { ...c.marketQuantity.params, averagePrice: formatDecimal(marketAt) },
        ...quoteFix('hi'),
      });
  }

  // MAX_NUM_ORDERS, MAX_NUM_ALGO_ORDERS, MAX_NUM_ICEBERG_ORDERS: this order would be one too many.
  const limit = (
    filter: string,
    reason: RuleReason,
    most: bigint | undefined,
    open: bigint | undefined,
    name: string,
    openName: string,
  ) => {
    if (most !== undefined && open !== undefined && open >= most)
      failure({ filter, reason, params: { [name]: String(most), [openName]: String(open) } });
  };
  limit(
    'MAX_NUM_ORDERS',
    'MAX_NUM_ORDERS.maxNumOrders',
    c.maxNumOrders,
    count(context.openOrders),
    'maxNumOrders',
    'openOrders',
  );
  if (info.stop)
    limit(
      'MAX_NUM_ALGO_ORDERS',
      'MAX_NUM_ALGO_ORDERS.maxNumAlgoOrders',
      c.maxNumAlgoOrders,
      count(context.openAlgoOrders),
      'maxNumAlgoOrders',
      'openAlgoOrders',
    );
  if (icebergQty)
    limit(
      'MAX_NUM_ICEBERG_ORDERS',
      'MAX_NUM_ICEBERG_ORDERS.maxNumIcebergOrders',
      c.maxNumIcebergOrders,
      count(context.openIcebergOrders),
      'maxNumIcebergOrders',
      'openIcebergOrders',
    );

  // MAX_POSITION: BUY orders, when the position with this quantity would pass the maximum.
  if (
    maxPositionQty &&
    quantity &&
    c.maxPosition &&
    position &&
    above(addDecimals(position, quantity), c.maxPosition)
  )
    failure({
      filter: 'MAX_POSITION',
      reason: 'MAX_POSITION.maxPosition',
      field: 'quantity',
      params: { maxPosition: formatDecimal(c.maxPosition), position: formatDecimal(position) },
      ...suggest('quantity', quantitySet(), quantity),
    });

  // TRAILING_DELTA: above bounds for STOP_LOSS BUY / TAKE_PROFIT SELL, below bounds otherwise.
  if (trailingDelta && c.trailing && info.aboveSide) {
    const up = side === info.aboveSide;
    const least = up ? c.trailing.minAbove : c.trailing.minBelow;
    const most = up ? c.trailing.maxAbove : c.trailing.maxBelow;
    const delta = trailingDelta.units;
    if ((least !== undefined && delta < least) || (most !== undefined && delta > most)) {
      const fix = least !== undefined && delta < least ? least : most;
      failure({
        filter: 'TRAILING_DELTA',
        reason: up ? 'TRAILING_DELTA.above' : 'TRAILING_DELTA.below',
        field: 'trailingDelta',
        params: {
          ...(least !== undefined && { minTrailingDelta: String(least) }),
          ...(most !== undefined && { maxTrailingDelta: String(most) }),
        },
        ...(fix !== undefined && { suggestion: { field: 'trailingDelta', values: [String(fix)] } }),
      });
    }
  }

  // A zero that no rule caught is still not an order.
  for (const [field, value] of [
    ['price', price],
    ['stopPrice', stopPrice],
    ['quantity', quantity],
    ['quoteOrderQty', quoteOrderQty],
  ] as const) {
    if (
      value &&
      value.units === 0n &&
      !failures.some((f) => f.field === field || f.suggestion?.field === field)
    )
      request('field.notPositive', field, `Invalid ${field}.`);
  }

  return finish([...invalid, ...failures], order, input, rules, options);
}

function finish(
  drafts: Draft[],
  order: OrderInput,
  raw: unknown,
  rules: SymbolRules,
  options: ValidateOrderOptions,
): LocalViolation[] {
  if (drafts.length === 0) return [];
  const copy = options.copy ?? ruleCopy;
  const source = options.source ?? 'unknown';
  const code = options.code ?? null;
  const type = typeof order.type === 'string' ? order.type.toUpperCase() : undefined;
  return drafts.map((draft) => {
    const { field, params, suggestion } = draft;
    const label = field ? (copy.fields[field] ?? field) : undefined;
    const values = suggestion?.values ?? [];
    // Template values are looked up on demand: most templates use two or three of them.
    const lookup = (name: string): string | undefined => {
      if (Object.hasOwn(params, name)) return params[name];
      switch (name) {
        case 'label':
          return label;
        case 'field':
          return label?.toLowerCase();
        case 'type':
          return type;
        case 'value': {
          const typed = field ? (order as unknown as Record<string, unknown>)[field] : undefined;
          return typeof typed === 'string' ? typed : undefined;
        }
        case 'quote':
          return rules.quote;
        case 'base':
          return rules.base;
        case 'lower':
          return values.length === 2 ? values[0] : undefined;
        case 'higher':
          return values.length === 2 ? values[1] : undefined;
        case 'nearest':
          return values.length === 1 ? values[0] : undefined;
        case 'suggestion':
          return values.length > 0 ? values.join(` ${copy.or} `) : undefined;
        case 'suggestedField':
          return suggestion ? (copy.fields[suggestion.field] ?? suggestion.field).toLowerCase() : undefined;
        default:
          return undefined;
      }
    };
    const text = copy.reasons[draft.reason];
    const violation: LocalViolation = {
      source,
      code,
      message: draft.message,
      category: draft.category,
      severity: 'error',
      title: fillTemplate(text.title, lookup) ?? draft.filter ?? draft.message,
      description: fillTemplate(text.description, lookup) ?? draft.message,
      params,
      retry: { strategy: 'none' },
      known: true,
      fingerprint: fingerprint(source, code, draft.category, `${draft.reason}|${field ?? ''}`),
      raw,
      local: true,
      reason: draft.reason,
    };
    if (field) violation.field = field;
    if (draft.filter) violation.filter = draft.filter;
    if (suggestion) (violation as { suggestion?: Suggestion }).suggestion = suggestion;
    return violation;
  });
}
