import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDecimals,
  ceilToStep,
  compareDecimals,
  type Decimal,
  divideDecimals,
  floorToStep,
  formatDecimal,
  isMultipleOf,
  multiplyDecimals,
  parseDecimal,
  type Rounding,
  subtractDecimals,
} from '../../src/core/rules/decimal';

// A straightforward reference: every value as a fraction n/d of BigInts, written from scratch.
interface Fraction {
  n: bigint;
  d: bigint;
}

function fractionOf(text: string): Fraction {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const n = BigInt(`${whole}${fraction}`);
  return { n: negative ? -n : n, d: 10n ** BigInt(fraction.length) };
}

const fractionOfDecimal = (value: Decimal): Fraction => ({ n: value.units, d: 10n ** BigInt(value.scale) });
const same = (a: Fraction, b: Fraction) => a.n * b.d === b.n * a.d;
const plus = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const minus = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.d - b.n * a.d, d: a.d * b.d });
const times = (a: Fraction, b: Fraction): Fraction => ({ n: a.n * b.n, d: a.d * b.d });
const over = (a: Fraction, b: Fraction): Fraction =>
  b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };
const sign = (a: Fraction) => (a.n > 0n ? 1 : a.n < 0n ? -1 : 0);

/** floor(n / d) for d > 0. */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/** The integer `x` rounded as asked (x = n/d, d > 0). */
function roundFraction(x: Fraction, rounding: Rounding): bigint {
  const floor = floorDiv(x.n, x.d);
  const exact = floor * x.d === x.n;
  if (exact) return floor;
  if (rounding === 'floor') return floor;
  if (rounding === 'ceil') return floor + 1n;
  if (rounding === 'down') return x.n < 0n ? floor + 1n : floor;
  return x.n < 0n ? floor : floor + 1n; // up: away from zero
}

/** Decimal text for units / 10^scale, written the plain way. */
function textOf(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text =
    scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
  return negative ? `-${text}` : text;
}

// Values from 1e-20 to 1e30, with tiny steps (1e-8, 1e-12) and large maxima among them.
const decimalText = fc
  .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 20 }))
  .map(([units, scale]) => textOf(units, scale));
const positiveText = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 18n }), fc.integer({ min: 0, max: 20 }))
  .map(([units, scale]) => textOf(units, scale));
const smallText = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 14 }))
  .map(([units, scale]) => textOf(units, scale));
const roundingArb = fc.constantFrom<Rounding>('floor', 'ceil', 'down', 'up');

describe('exact decimals against a fraction reference', () => {
  it('agree on every operation in 100,000 random cases', () => {
    let cases = 0;
    fc.assert(
      fc.property(
        decimalText,
        decimalText,
        positiveText,
        smallText,
        fc.integer({ min: 0, max: 24 }),
        roundingArb,
        (a, b, step, from, scale, rounding) => {
          cases++;
          const x = fractionOf(a);
          const y = fractionOf(b);
          const s = fractionOf(step);
          const o = fractionOf(from);

          // Reading and writing back: the same value, plain text, no trailing zeros, no exponent.
          const parsed = parseDecimal(a, {
            allowNegative: true,
            maxIntegerDigits: 40,
            maxFractionDigits: 40,
          });
          if (!parsed.ok) return false;
          const written = formatDecimal(a);
          if (!same(fractionOf(written), x) || /e|\.$|\.\d*0$/i.test(written)) return false;

          if (compareDecimals(a, b) !== sign(minus(x, y))) return false;
          if (!same(fractionOfDecimal(addDecimals(a, b)), plus(x, y))) return false;
          if (!same(fractionOfDecimal(subtractDecimals(a, b)), minus(x, y))) return false;
          if (!same(fractionOfDecimal(multiplyDecimals(a, b)), times(x, y))) return false;

          if (y.n !== 0n) {
            const quotient = divideDecimals(a, b, scale, rounding);
            const scaled = times(over(x, y), { n: 10n ** BigInt(scale), d: 1n });
            if (quotient.scale !== scale || quotient.units !== roundFraction(scaled, rounding)) return false;
          }

          // The grid from + k·step: membership, and the neighbours below and above.
          const k = over(minus(x, o), s);
          const onGrid = k.n % k.d === 0n;
          if (isMultipleOf(a, step, from) !== onGrid) return false;
          const floorK = floorDiv(k.n, k.d);
          const ceilK = onGrid ? floorK : floorK + 1n;
          const floor = fractionOfDecimal(floorToStep(a, step, from));
          const ceil = fractionOfDecimal(ceilToStep(a, step, from));
          if (!same(floor, plus(o, times({ n: floorK, d: 1n }, s)))) return false;
          if (!same(ceil, plus(o, times({ n: ceilK, d: 1n }, s)))) return false;
          return true;
        },
      ),
      { numRuns: 100_000 },
    );
    expect(cases).toBe(100_000);
  }, 120_000);

  it('never throws on any text and accepts exactly the plain decimals', () => {
    const plain = /^\d{1,20}(\.\d{1,20})?$/;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^-?\d{0,25}(\.\d{0,25})?([eE][+-]?\d{1,3})?$/),
          fc.constantFrom('1e-8', '0.1e1', 'NaN', 'Infinity', ' 1', '1 ', '+1', '.5', '5.', '0x10', '١', ''),
        ),
        (text) => {
          const result = parseDecimal(text);
          return result.ok === plain.test(text);
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
