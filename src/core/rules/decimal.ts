// Exact decimal arithmetic for trading rules: a value is an integer count of units at a decimal
// scale (`units / 10^scale`), held in a BigInt, so `0.1 + 0.2` is `0.3` and a 0.00000001 tick on
// a 92141578-lot maximum never loses a digit. No binary float takes part in any operation.

/**
 * An exact decimal number: `units / 10^scale`. Build one with {@link parseDecimal} or
 * {@link decimal}; never with a float.
 *
 * @example
 * ```ts
 * const tick: Decimal = decimal('0.01'); // { units: 1n, scale: 2 }
 * ```
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

/**
 * A decimal, or a plain decimal string such as `'0.00000001'`.
 *
 * @example
 * ```ts
 * const step: DecimalInput = '0.00000001';
 * ```
 */
export type DecimalInput = Decimal | string;

/**
 * Why a text is not a plain decimal:
 * - `not-a-string`: the value is a number, `null` or an object, not text;
 * - `empty`: nothing was typed;
 * - `exponent`: exponent form such as `1e-8`;
 * - `not-a-number`: anything else that is not `digits[.digits]` (spaces, `+`, `.5`, `5.`, `0x1`);
 * - `negative`: a minus sign where negatives are not allowed;
 * - `too-many-digits`: more integer or fraction digits than allowed.
 *
 * @example
 * ```ts
 * const result = parseDecimal('1e-8');
 * if (!result.ok) result.error satisfies DecimalError; // 'exponent'
 * ```
 */
export type DecimalError =
  | 'not-a-string'
  | 'empty'
  | 'exponent'
  | 'not-a-number'
  | 'negative'
  | 'too-many-digits';

/**
 * Limits for {@link parseDecimal}.
 *
 * @example
 * ```ts
 * parseDecimal('-0.5', { allowNegative: true, maxFractionDigits: 8 });
 * ```
 */
export interface ParseDecimalOptions {
  /** Accept a leading `-`. @defaultValue false */
  allowNegative?: boolean;
  /** Most digits before the point. @defaultValue 20 (Binance: `^([0-9]{1,20})(\.[0-9]{1,20})?$`) */
  maxIntegerDigits?: number;
  /** Most digits after the point. @defaultValue 20 */
  maxFractionDigits?: number;
}

/**
 * What {@link parseDecimal} found: the value, or the reason it is not one. Never thrown.
 *
 * @example
 * ```ts
 * const result: DecimalParseResult = parseDecimal('0.1'); // { ok: true, value: { units: 1n, scale: 1 } }
 * ```
 */
export type DecimalParseResult = { ok: true; value: Decimal } | { ok: false; error: DecimalError };

/**
 * Rounding direction: `floor` toward -∞, `ceil` toward +∞, `down` toward 0, `up` away from 0.
 *
 * @example
 * ```ts
 * formatDecimal(divideDecimals('-1', '3', 2, 'up' satisfies Rounding)); // '-0.34'
 * ```
 */
export type Rounding = 'floor' | 'ceil' | 'down' | 'up';

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;
const EXPONENT = /^[+-]?(?:\d+\.?\d*|\.\d+)[eE][+-]?\d+$/;
const ZERO: Decimal = { units: 0n, scale: 0 };
const powers: bigint[] = [1n];

/** 10^n as a BigInt, cached. */
function pow10(n: number): bigint {
  for (let i = powers.length; i <= n; i++) powers[i] = powers[i - 1]! * 10n;
  return powers[n]!;
}

/**
 * Reads a plain decimal string strictly: `digits[.digits]`, optionally signed when allowed.
 * Exponent form, junk, empty text and over-long numbers come back as an error, never a throw.
 *
 * @example
 * ```ts
 * parseDecimal('0.30'); // { ok: true, value: { units: 30n, scale: 2 } }
 * parseDecimal('1e-8'); // { ok: false, error: 'exponent' }
 * parseDecimal('-1');   // { ok: false, error: 'negative' }
 * ```
 */
export function parseDecimal(input: unknown, options: ParseDecimalOptions = {}): DecimalParseResult {
  if (typeof input !== 'string') return { ok: false, error: 'not-a-string' };
  if (input === '') return { ok: false, error: 'empty' };
  const match = PLAIN.exec(input);
  if (!match) {
    if (input.trim() === '') return { ok: false, error: 'empty' };
    return { ok: false, error: EXPONENT.test(input) ? 'exponent' : 'not-a-number' };
  }
  const negative = match[1] === '-';
  if (negative && !options.allowNegative) return { ok: false, error: 'negative' };
  const whole = match[2]!;
  const fraction = match[3] ?? '';
  if (whole.length > (options.maxIntegerDigits ?? 20) || fraction.length > (options.maxFractionDigits ?? 20))
    return { ok: false, error: 'too-many-digits' };
  const units = BigInt(whole + fraction);
  return { ok: true, value: { units: negative ? -units : units, scale: fraction.length } };
}

/**
 * A decimal from trusted text; throws a `RangeError` naming the problem when it is not a plain
 * decimal (signed, up to 80 digits each side). Use {@link parseDecimal} for user input.
 *
 * @example
 * ```ts
 * decimal('92141578.00000000'); // { units: 9214157800000000n, scale: 8 }
 * ```
 */
export function decimal(input: DecimalInput): Decimal {
  if (typeof input !== 'string') return input;
  const parsed = parseDecimal(input, { allowNegative: true, maxIntegerDigits: 80, maxFractionDigits: 80 });
  if (!parsed.ok) throw new RangeError(`Not a plain decimal (${parsed.error}): ${JSON.stringify(input)}`);
  return parsed.value;
}

/** `value` with its units at `scale` (which must be at least its own). */
function unitsAt(value: Decimal, scale: number): bigint {
  return scale === value.scale ? value.units : value.units * pow10(scale - value.scale);
}

/** Integer division rounded as asked; `divisor` is non-zero. */
function divideUnits(dividend: bigint, divisor: bigint, rounding: Rounding): bigint {
  const quotient = dividend / divisor; // truncates toward zero
  if (quotient * divisor === dividend) return quotient;
  const positive = dividend < 0n === divisor < 0n;
  switch (rounding) {
    case 'down':
      return quotient;
    case 'up':
      return positive ? quotient + 1n : quotient - 1n;
    case 'floor':
      return positive ? quotient : quotient - 1n;
    case 'ceil':
      return positive ? quotient + 1n : quotient;
  }
}

/**
 * Compares two decimals: -1, 0 or 1. `'0.10'` equals `'0.1'`.
 *
 * @example
 * ```ts
 * compareDecimals('0.3', '0.30'); // 0
 * compareDecimals('9000000000', '92141578.00000000'); // 1
 * ```
 */
export function compareDecimals(a: DecimalInput, b: DecimalInput): -1 | 0 | 1 {
  const x = decimal(a);
  const y = decimal(b);
  const scale = Math.max(x.scale, y.scale);
  const left = unitsAt(x, scale);
  const right = unitsAt(y, scale);
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The exact sum.
 *
 * @example
 * ```ts
 * formatDecimal(addDecimals('0.1', '0.2')); // '0.3'
 * ```
 */
export function addDecimals(a: DecimalInput, b: DecimalInput): Decimal {
  const x = decimal(a);
  const y = decimal(b);
  const scale = Math.max(x.scale, y.scale);
  return { units: unitsAt(x, scale) + unitsAt(y, scale), scale };
}

/**
 * The exact difference `a - b`.
 *
 * @example
 * ```ts
 * formatDecimal(subtractDecimals('0.3', '0.1')); // '0.2'
 * ```
 */
export function subtractDecimals(a: DecimalInput, b: DecimalInput): Decimal {
  const x = decimal(a);
  const y = decimal(b);
  const scale = Math.max(x.scale, y.scale);
  return { units: unitsAt(x, scale) - unitsAt(y, scale), scale };
}

/**
 * The exact product (its scale is the sum of both scales).
 *
 * @example
 * ```ts
 * formatDecimal(multiplyDecimals('50000.01', '0.0001')); // '5.000001'
 * ```
 */
export function multiplyDecimals(a: DecimalInput, b: DecimalInput): Decimal {
  const x = decimal(a);
  const y = decimal(b);
  return { units: x.units * y.units, scale: x.scale + y.scale };
}

/**
 * `a / b` to `scale` decimals, rounded in the given direction; throws a `RangeError` when `b` is
 * zero.
 *
 * @example
 * ```ts
 * formatDecimal(divideDecimals('5', '50000.01', 8, 'ceil')); // '0.0001'
 * formatDecimal(divideDecimals('5', '50000.01', 8, 'floor')); // '0.00009999'
 * ```
 */
export function divideDecimals(a: DecimalInput, b: DecimalInput, scale: number, rounding: Rounding): Decimal {
  const x = decimal(a);
  const y = decimal(b);
  if (y.units === 0n) throw new RangeError('Division by zero');
  // a/b * 10^scale = (x.units * 10^(scale + y.scale)) / (y.units * 10^x.scale)
  const dividend = x.units * pow10(scale + y.scale);
  const divisor = y.units * pow10(x.scale);
  return { units: divideUnits(dividend, divisor, rounding), scale };
}

/**
 * Whether `value` is on the grid `from + k·step` (k an integer). With `from` at 0 (the default)
 * this is `value % step == 0`, Binance's current PRICE_FILTER and LOT_SIZE rule; a zero step
 * means "no grid" and is always true.
 *
 * @example
 * ```ts
 * isMultipleOf('0.3', '0.1'); // true
 * isMultipleOf('0.0015', '0.001', '0.0005'); // true: (0.0015 - 0.0005) % 0.001 == 0
 * ```
 */
export function isMultipleOf(value: DecimalInput, step: DecimalInput, from: DecimalInput = ZERO): boolean {
  const x = decimal(value);
  const s = decimal(step);
  const o = decimal(from);
  if (s.units === 0n) return true;
  const scale = Math.max(x.scale, s.scale, o.scale);
  return (unitsAt(x, scale) - unitsAt(o, scale)) % unitsAt(s, scale) === 0n;
}

/** The grid point `from + k·step` nearest to `value` in the given direction. */
function toStep(value: Decimal, step: Decimal, from: Decimal, rounding: 'floor' | 'ceil'): Decimal {
  if (step.units === 0n) return value;
  const scale = Math.max(value.scale, step.scale, from.scale);
  const origin = unitsAt(from, scale);
  const size = unitsAt(step, scale);
  const k = divideUnits(unitsAt(value, scale) - origin, size < 0n ? -size : size, rounding);
  const gridScale = Math.max(step.scale, from.scale);
  const units = origin + k * (size < 0n ? -size : size);
  // Grid points never need more decimals than the step and origin have.
  return { units: units / pow10(scale - gridScale), scale: gridScale };
}

/**
 * The largest `from + k·step` at or below `value` (a zero step returns `value`).
 *
 * @example
 * ```ts
 * formatDecimal(floorToStep('50000.005', '0.01')); // '50000'
 * formatDecimal(floorToStep('0.0017', '0.001', '0.0005')); // '0.0015'
 * ```
 */
export function floorToStep(value: DecimalInput, step: DecimalInput, from: DecimalInput = ZERO): Decimal {
  return toStep(decimal(value), decimal(step), decimal(from), 'floor');
}

/**
 * The smallest `from + k·step` at or above `value` (a zero step returns `value`).
 *
 * @example
 * ```ts
 * formatDecimal(ceilToStep('50000.005', '0.01'), 2); // '50000.01'
 * ```
 */
export function ceilToStep(value: DecimalInput, step: DecimalInput, from: DecimalInput = ZERO): Decimal {
  return toStep(decimal(value), decimal(step), decimal(from), 'ceil');
}

/** The power of ten of the last significant digit allowed when `digits` are kept: `10^(e - digits + 1)`. */
function significantStep(value: Decimal, digits: number): Decimal {
  const magnitude = (value.units < 0n ? -value.units : value.units).toString().length - 1 - value.scale;
  const exponent = magnitude - digits + 1;
  return exponent >= 0 ? { units: pow10(exponent), scale: 0 } : { units: 1n, scale: -exponent };
}

/**
 * `value` rounded toward -∞ to at most `digits` significant digits (ccxt's SIGNIFICANT_DIGITS).
 *
 * @example
 * ```ts
 * formatDecimal(floorToSignificant('123.456', 4)); // '123.4'
 * ```
 */
export function floorToSignificant(value: DecimalInput, digits: number): Decimal {
  const x = decimal(value);
  if (x.units === 0n) return x;
  return toStep(x, significantStep(x, digits), ZERO, 'floor');
}

/**
 * `value` rounded toward +∞ to at most `digits` significant digits; `99999.5` at 5 digits is
 * `100000`.
 *
 * @example
 * ```ts
 * formatDecimal(ceilToSignificant('123.456', 4)); // '123.5'
 * ```
 */
export function ceilToSignificant(value: DecimalInput, digits: number): Decimal {
  const x = decimal(value);
  if (x.units === 0n) return x;
  return toStep(x, significantStep(x, digits), ZERO, 'ceil');
}

/**
 * The same value with trailing fraction zeros dropped: `0.01000000` → `0.01`.
 *
 * @example
 * ```ts
 * normalizeDecimal(decimal('0.01000000')); // { units: 1n, scale: 2 }
 * ```
 */
export function normalizeDecimal(value: DecimalInput): Decimal {
  let { units, scale } = decimal(value);
  if (units === 0n) return ZERO;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return { units, scale };
}

/**
 * Plain text for a decimal, never in exponent form: trailing zeros dropped, then padded to at
 * least `minScale` decimals (so a 0.01 tick shows `50000.00`).
 *
 * @example
 * ```ts
 * formatDecimal('0.00000001000'); // '0.00000001'
 * formatDecimal('50000', 2); // '50000.00'
 * ```
 */
export function formatDecimal(value: DecimalInput, minScale = 0): string {
  const { units, scale } = normalizeDecimal(value);
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString();
  const shown = Math.max(scale, minScale);
  const padded = digits.padStart(scale + 1, '0') + '0'.repeat(shown - scale);
  const point = padded.length - shown;
  const text = shown === 0 ? padded : `${padded.slice(0, point)}.${padded.slice(point)}`;
  return negative ? `-${text}` : text;
}

/**
 * Decimal text for a finite number that was itself read from decimal text, as ccxt's markets
 * hold (`1e-8` → `'0.00000001'`): the shortest text that reads back as the same double, with the
 * exponent written out. For the edge of an app only; validation never takes numbers.
 *
 * @example
 * ```ts
 * numberToDecimalString(1e-8); // '0.00000001'
 * numberToDecimalString(9000000000); // '9000000000'
 * ```
 */
export function numberToDecimalString(value: number): string | undefined {
  if (!Number.isFinite(value)) return undefined;
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const digits = match[2]! + (match[3] ?? '');
  const exponent = Number(match[4]) - (match[3] ?? '').length;
  const units = BigInt(digits);
  const result: Decimal =
    exponent >= 0 ? { units: units * pow10(exponent), scale: 0 } : { units, scale: -exponent };
  return (match[1] === '-' ? '-' : '') + formatDecimal(result);
}
