import {
  ceilToSignificant,
  ceilToStep,
  compareDecimals,
  type Decimal,
  floorToSignificant,
  floorToStep,
  formatDecimal,
  isMultipleOf,
  normalizeDecimal,
  parseDecimal,
} from './decimal';
import type { NotionalRule, SymbolRules, ValueRule } from './SymbolRules';

/**
 * The values a price or quantity may take between bounds: a step grid, significant digits, or any.
 *
 * @example
 * ```ts
 * const tick: Grid = { kind: 'step', step: decimal('0.01'), origin: decimal('0'), display: 2 };
 * ```
 */
export type Grid =
  | { readonly kind: 'step'; readonly step: Decimal; readonly origin: Decimal; readonly display: number }
  | { readonly kind: 'digits'; readonly digits: number }
  | { readonly kind: 'none' };

/**
 * A {@link ValueRule} read into decimals, with its values named as the exchange names them.
 *
 * @example
 * ```ts
 * compileRules({ price: { min: '0.01', step: '0.01' } }).price.params; // { minPrice: '0.01', tickSize: '0.01' }
 * ```
 */
export interface CompiledValueRule {
  readonly min?: Decimal;
  readonly max?: Decimal;
  readonly grid: Grid;
  /** `minPrice`/`maxPrice`/`tickSize` or `minQty`/`maxQty`/`stepSize`, as normalised text. */
  readonly params: Readonly<Record<string, string>>;
}

/**
 * A {@link NotionalRule} read into decimals.
 *
 * @example
 * ```ts
 * compileRules({ notional: [{ filter: 'NOTIONAL', min: '5', applyMinToMarket: true, applyMaxToMarket: false }] }).notional[0]?.params; // { minNotional: '5' }
 * ```
 */
export interface CompiledNotional {
  readonly filter: 'MIN_NOTIONAL' | 'NOTIONAL';
  readonly min?: Decimal;
  readonly max?: Decimal;
  readonly applyMinToMarket: boolean;
  readonly applyMaxToMarket: boolean;
  readonly avgPriceMins?: bigint;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * A band's multipliers read into decimals.
 *
 * @example
 * ```ts
 * compileRules({ percentPrice: { multiplierUp: '5', multiplierDown: '0.2' } }).percentPrice?.up; // { units: 5n, scale: 0 }
 * ```
 */
export interface CompiledBand {
  readonly up?: Decimal;
  readonly down?: Decimal;
  readonly avgPriceMins?: bigint;
  readonly params: Readonly<Record<string, string>>;
}

/**
 * {@link SymbolRules} read once into decimals; values that do not read as decimals are no rule.
 *
 * @example
 * ```ts
 * const compiled: CompiledRules = compileRules(rules);
 * ```
 */
export interface CompiledRules {
  readonly price: CompiledValueRule;
  readonly quantity: CompiledValueRule;
  readonly marketQuantity?: CompiledValueRule;
  readonly notional: readonly CompiledNotional[];
  readonly contractSize?: Decimal;
  readonly percentPrice?: CompiledBand;
  readonly bid?: CompiledBand;
  readonly ask?: CompiledBand;
  readonly bySideParams?: Readonly<Record<string, string>>;
  readonly icebergParts?: bigint;
  readonly trailing?: {
    readonly minAbove?: bigint;
    readonly maxAbove?: bigint;
    readonly minBelow?: bigint;
    readonly maxBelow?: bigint;
  };
  readonly maxNumOrders?: bigint;
  readonly maxNumAlgoOrders?: bigint;
  readonly maxNumIcebergOrders?: bigint;
  readonly maxPosition?: Decimal;
}

const cache = new WeakMap<SymbolRules, CompiledRules>();
const ZERO: Decimal = { units: 0n, scale: 0 };
const NONE: Grid = { kind: 'none' };

/** A rule value as a decimal; `undefined` for absent or unreadable text, and for zero when zero means "off". */
function read(text: string | undefined, zeroIsOff = true): Decimal | undefined {
  if (text === undefined) return undefined;
  const parsed = parseDecimal(text, { maxIntegerDigits: 40, maxFractionDigits: 40 });
  if (!parsed.ok || (zeroIsOff && parsed.value.units === 0n)) return undefined;
  return parsed.value;
}

/** A whole count, e.g. `'200'`; `undefined` when absent or not a whole number. */
function readCount(text: string | undefined): bigint | undefined {
  return text !== undefined && /^\d{1,18}$/.test(text) ? BigInt(text) : undefined;
}

function compileValueRule(
  rule: ValueRule | undefined,
  names: readonly [string, string, string],
): CompiledValueRule {
  if (!rule) return { grid: NONE, params: {} };
  // PRICE_FILTER: "disabled on minPrice/maxPrice/tickSize == 0"; MARKET_LOT_SIZE sends 0 for the
  // parts it does not enforce (BTCUSDT: minQty and stepSize "0.00000000").
  const min = read(rule.min);
  const max = read(rule.max);
  const step = read(rule.step);
  const digits = readCount(rule.significantDigits);
  const params: Record<string, string> = {};
  if (min) params[names[0]] = formatDecimal(min);
  if (max) params[names[1]] = formatDecimal(max);
  let grid: Grid = NONE;
  if (step) {
    params[names[2]] = formatDecimal(step);
    const origin = rule.stepFrom === 'min' && min ? min : ZERO;
    grid = {
      kind: 'step',
      step,
      origin,
      display: Math.max(normalizeDecimal(step).scale, normalizeDecimal(origin).scale),
    };
  } else if (digits !== undefined && digits > 0n) {
    params.significantDigits = String(digits);
    grid = { kind: 'digits', digits: Number(digits) };
  }
  return { ...(min && { min }), ...(max && { max }), grid, params };
}

function compileNotional(rule: NotionalRule): CompiledNotional {
  const min = read(rule.min);
  const max = read(rule.max);
  const avgPriceMins = readCount(rule.avgPriceMins);
  const params: Record<string, string> = {};
  if (min) params.minNotional = formatDecimal(min);
  if (max) params.maxNotional = formatDecimal(max);
  return {
    filter: rule.filter,
    ...(min && { min }),
    ...(max && { max }),
    applyMinToMarket: rule.applyMinToMarket,
    applyMaxToMarket: rule.applyMaxToMarket,
    ...(avgPriceMins !== undefined && { avgPriceMins }),
    params,
  };
}

function band(
  up: string | undefined,
  down: string | undefined,
  avgPriceMins: string | undefined,
  params: Record<string, string>,
): CompiledBand {
  const u = read(up);
  const d = read(down, false);
  const mins = readCount(avgPriceMins);
  return {
    ...(u && { up: u }),
    ...(d && { down: d }),
    ...(mins !== undefined && { avgPriceMins: mins }),
    params,
  };
}

/** Normalised text of each rule value that reads as a decimal. */
function textOf(values: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(values)) {
    const value = read(text, false);
    if (value) out[name] = formatDecimal(value);
  }
  return out;
}

/**
 * Reads `rules` into decimals, once per rules object (a form revalidates on every keystroke with
 * the same rules). Rules are read as immutable: give a changed symbol a new rules object.
 *
 * @example
 * ```ts
 * compileRules({ price: { step: '0.01' } }).price.grid; // { kind: 'step', step: { units: 1n, scale: 2 }, … }
 * ```
 */
export function compileRules(rules: SymbolRules): CompiledRules {
  const cached = cache.get(rules);
  if (cached) return cached;
  const p = rules.percentPrice;
  const s = rules.percentPriceBySide;
  const t = rules.trailingDelta;
  const compiled: CompiledRules = {
    price: compileValueRule(rules.price, ['minPrice', 'maxPrice', 'tickSize']),
    quantity: compileValueRule(rules.quantity, ['minQty', 'maxQty', 'stepSize']),
    ...(rules.marketQuantity && {
      marketQuantity: compileValueRule(rules.marketQuantity, ['minQty', 'maxQty', 'stepSize']),
    }),
    notional: (rules.notional ?? []).map(compileNotional),
    ...(read(rules.contractSize) && { contractSize: read(rules.contractSize) }),
    ...(p && {
      percentPrice: band(
        p.multiplierUp,
        p.multiplierDown,
        p.avgPriceMins,
        textOf({
          multiplierUp: p.multiplierUp,
          multiplierDown: p.multiplierDown,
          avgPriceMins: p.avgPriceMins,
        }),
      ),
    }),
    ...(s && {
      bid: band(s.bidMultiplierUp, s.bidMultiplierDown, s.avgPriceMins, {}),
      ask: band(s.askMultiplierUp, s.askMultiplierDown, s.avgPriceMins, {}),
      bySideParams: textOf({
        bidMultiplierUp: s.bidMultiplierUp,
        bidMultiplierDown: s.bidMultiplierDown,
        askMultiplierUp: s.askMultiplierUp,
        askMultiplierDown: s.askMultiplierDown,
        avgPriceMins: s.avgPriceMins,
      }),
    }),
    ...(readCount(rules.icebergParts) && { icebergParts: readCount(rules.icebergParts) }),
    ...(t && {
      trailing: {
        minAbove: readCount(t.minAbove),
        maxAbove: readCount(t.maxAbove),
        minBelow: readCount(t.minBelow),
        maxBelow: readCount(t.maxBelow),
      },
    }),
    ...(readCount(rules.maxNumOrders) !== undefined && { maxNumOrders: readCount(rules.maxNumOrders) }),
    ...(readCount(rules.maxNumAlgoOrders) !== undefined && {
      maxNumAlgoOrders: readCount(rules.maxNumAlgoOrders),
    }),
    ...(readCount(rules.maxNumIcebergOrders) !== undefined && {
      maxNumIcebergOrders: readCount(rules.maxNumIcebergOrders),
    }),
    ...(read(rules.maxPosition) && { maxPosition: read(rules.maxPosition) }),
  };
  cache.set(rules, compiled);
  return compiled;
}

/**
 * Whether `value` is a point of `grid`.
 *
 * @example
 * ```ts
 * onGrid(compileRules({ price: { step: '0.01' } }).price.grid, decimal('0.3')); // true
 * ```
 */
export function onGrid(grid: Grid, value: Decimal): boolean {
  if (grid.kind === 'step') return isMultipleOf(value, grid.step, grid.origin);
  if (grid.kind === 'digits') return compareDecimals(floorToSignificant(value, grid.digits), value) === 0;
  return true;
}

/**
 * The largest grid point at or below `value`.
 *
 * @example
 * ```ts
 * formatDecimal(floorGrid(compileRules({ price: { step: '0.01' } }).price.grid, decimal('1.239'))); // '1.23'
 * ```
 */
export function floorGrid(grid: Grid, value: Decimal): Decimal {
  if (grid.kind === 'step') return floorToStep(value, grid.step, grid.origin);
  if (grid.kind === 'digits') return floorToSignificant(value, grid.digits);
  return value;
}

/**
 * The smallest grid point at or above `value`.
 *
 * @example
 * ```ts
 * formatDecimal(ceilGrid(compileRules({ price: { step: '0.01' } }).price.grid, decimal('1.231'))); // '1.24'
 * ```
 */
export function ceilGrid(grid: Grid, value: Decimal): Decimal {
  if (grid.kind === 'step') return ceilToStep(value, grid.step, grid.origin);
  if (grid.kind === 'digits') return ceilToSignificant(value, grid.digits);
  return value;
}

/**
 * The points on both grids, or `null` when there are none. Two step grids meet on a grid of
 * their least common multiple; its origin is found among the first grid's points.
 *
 * @example
 * ```ts
 * const { quantity, marketQuantity } = compileRules({ quantity: { step: '0.002' }, marketQuantity: { step: '0.003' } });
 * intersectGrids(quantity.grid, marketQuantity!.grid); // the 0.006 grid
 * ```
 */
export function intersectGrids(a: Grid, b: Grid): Grid | null {
  if (b.kind === 'none') return a;
  if (a.kind === 'none') return b;
  if (a.kind === 'digits' && b.kind === 'digits') return a.digits <= b.digits ? a : b;
  if (a.kind !== 'step' || b.kind !== 'step') return a; // mixed kinds: callers re-check each candidate
  const scale = Math.max(a.step.scale, a.origin.scale, b.step.scale, b.origin.scale);
  const at = (d: Decimal) => d.units * 10n ** BigInt(scale - d.scale);
  const stepA = at(a.step);
  const stepB = at(b.step);
  const originA = at(a.origin);
  const originB = at(b.origin);
  let x = stepA;
  let y = stepB;
  while (y !== 0n) [x, y] = [y, x % y];
  const lcm = (stepA / x) * stepB;
  const tries = lcm / stepA;
  for (let k = 0n; k < tries && k < 10_000n; k++) {
    const point = originA + k * stepA;
    if ((point - originB) % stepB === 0n) {
      const step = { units: lcm, scale };
      const origin = { units: point, scale };
      return { kind: 'step', step, origin, display: Math.max(a.display, b.display) };
    }
  }
  return null;
}

/**
 * How a value breaks a value rule: below `min`, above `max`, or off the grid.
 *
 * @example
 * ```ts
 * valueFailure(compileRules({ quantity: { min: '1', step: '1' } }).quantity, decimal('0.5')); // 'min'
 * ```
 */
export function valueFailure(rule: CompiledValueRule, value: Decimal): 'min' | 'max' | 'grid' | undefined {
  if (rule.min && compareDecimals(value, rule.min) < 0) return 'min';
  if (rule.max && compareDecimals(value, rule.max) > 0) return 'max';
  return onGrid(rule.grid, value) ? undefined : 'grid';
}
