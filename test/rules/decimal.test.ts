import { describe, expect, it } from 'vitest';
import {
  addDecimals,
  ceilToSignificant,
  ceilToStep,
  compareDecimals,
  decimal,
  divideDecimals,
  floorToSignificant,
  floorToStep,
  formatDecimal,
  isMultipleOf,
  multiplyDecimals,
  numberToDecimalString,
  parseDecimal,
} from '../../src/core/rules/decimal';

describe('decimal arithmetic has no binary-float traps', () => {
  it('adds 0.1 and 0.2 to exactly 0.3, and 0.3 is on a 0.1 step', () => {
    expect(formatDecimal(addDecimals('0.1', '0.2'))).toBe('0.3');
    expect(compareDecimals(addDecimals('0.1', '0.2'), '0.3')).toBe(0);
    expect(isMultipleOf('0.3', '0.1')).toBe(true);
    expect(isMultipleOf('0.30000000000000004', '0.1')).toBe(false);
  });

  it('keeps 1e-8 and 1e-12 ticks exact at SHIB-sized prices', () => {
    expect(isMultipleOf('0.00001234', '0.00000001')).toBe(true);
    expect(isMultipleOf('0.000012345', '0.00000001')).toBe(false);
    expect(formatDecimal(floorToStep('0.000012345', '0.00000001'))).toBe('0.00001234');
    expect(formatDecimal(ceilToStep('0.000012345', '0.00000001'))).toBe('0.00001235');
    expect(isMultipleOf('0.000000000003', '0.000000000001')).toBe(true);
    expect(formatDecimal(ceilToStep('0.0000000000025', '0.000000000001'))).toBe('0.000000000003');
    expect(formatDecimal(multiplyDecimals('0.00001234', '92141578'))).toBe('1137.02707252');
  });

  it('handles very large maxima next to tiny steps', () => {
    expect(compareDecimals('9000000000', '92141578.00000000')).toBe(1);
    expect(isMultipleOf('92141578.00000000', '0.00000001')).toBe(true);
    expect(formatDecimal(floorToStep('9000000000.123456789', '0.00000001'))).toBe('9000000000.12345678');
    expect(formatDecimal(multiplyDecimals('9000000000', '1000000.00000000'))).toBe('9000000000000000');
    expect(formatDecimal(divideDecimals('9000000', '0.00000001', 0, 'floor'))).toBe('900000000000000');
  });

  it('counts a grid from its origin when asked (the legacy (value - min) % step rule)', () => {
    expect(isMultipleOf('0.0015', '0.001')).toBe(false);
    expect(isMultipleOf('0.0015', '0.001', '0.0005')).toBe(true);
    expect(formatDecimal(floorToStep('0.0017', '0.001', '0.0005'))).toBe('0.0015');
    expect(formatDecimal(ceilToStep('0.0017', '0.001', '0.0005'))).toBe('0.0025');
  });

  it('divides with the rounding asked for', () => {
    expect(formatDecimal(divideDecimals('5', '50000.01', 8, 'ceil'))).toBe('0.0001');
    expect(formatDecimal(divideDecimals('5', '50000.01', 8, 'floor'))).toBe('0.00009999');
    expect(formatDecimal(divideDecimals('-1', '3', 2, 'down'))).toBe('-0.33');
    expect(formatDecimal(divideDecimals('-1', '3', 2, 'up'))).toBe('-0.34');
    expect(() => divideDecimals('1', '0', 2, 'floor')).toThrow(RangeError);
  });

  it('rounds to significant digits, rolling over a power of ten', () => {
    expect(formatDecimal(floorToSignificant('123.456', 4))).toBe('123.4');
    expect(formatDecimal(ceilToSignificant('123.456', 4))).toBe('123.5');
    expect(formatDecimal(ceilToSignificant('99999.5', 5))).toBe('100000');
    expect(formatDecimal(floorToSignificant('0.000012345678', 5))).toBe('0.000012345');
  });

  it('writes values back without exponent, padded to a tick when asked', () => {
    expect(formatDecimal('0.00000001000')).toBe('0.00000001');
    expect(formatDecimal('50000', 2)).toBe('50000.00');
    expect(formatDecimal('-0.5')).toBe('-0.5');
    expect(formatDecimal('000.000')).toBe('0');
    expect(numberToDecimalString(1e-8)).toBe('0.00000001');
    expect(numberToDecimalString(1.5e-7)).toBe('0.00000015');
    expect(numberToDecimalString(1e21)).toBe('1000000000000000000000');
    expect(numberToDecimalString(128.52621715)).toBe('128.52621715');
    expect(numberToDecimalString(Number.NaN)).toBeUndefined();
  });
});

describe('parsing is strict and never throws', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['1e-8', 'exponent'],
    ['1E5', 'exponent'],
    ['.5e3', 'exponent'],
    ['abc', 'not-a-number'],
    [' 1', 'not-a-number'],
    ['1,5', 'not-a-number'],
    ['.5', 'not-a-number'],
    ['5.', 'not-a-number'],
    ['+5', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['-1', 'negative'],
    ['123456789012345678901', 'too-many-digits'],
    ['0.123456789012345678901', 'too-many-digits'],
  ])('%j is %s', (text, error) => {
    expect(parseDecimal(text)).toEqual({ ok: false, error });
  });

  it('names a number, null or object passed instead of text', () => {
    expect(parseDecimal(0.1)).toEqual({ ok: false, error: 'not-a-string' });
    expect(parseDecimal(null)).toEqual({ ok: false, error: 'not-a-string' });
    expect(parseDecimal({})).toEqual({ ok: false, error: 'not-a-string' });
  });

  it('reads plain decimals, up to Binance’s 20 digits each side', () => {
    expect(parseDecimal('0.30')).toEqual({ ok: true, value: { units: 30n, scale: 2 } });
    expect(parseDecimal('12345678901234567890.12345678901234567890').ok).toBe(true);
    expect(parseDecimal('-1', { allowNegative: true })).toEqual({
      ok: true,
      value: { units: -1n, scale: 0 },
    });
  });

  it('throws only from decimal(), for trusted text, with the reason', () => {
    expect(() => decimal('1e-8')).toThrow(/exponent/);
  });
});
