import { describe, expect, it } from 'vitest';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { ltp } from '../../src/exchanges/ltp';

const resolve = (input: unknown) => resolveExchangeError(input, { exchanges: [binanceSpot, ltp], now: 0 });

describe('text that says nothing about what went wrong', () => {
  it('is unknown, not a guess, even when it contains the word "error"', () => {
    for (const text of [
      'Something went wrong, error.',
      'not an error at all {{{',
      'Error',
      'Unhandled error in handler',
    ]) {
      expect(resolve(text)).toMatchObject({ category: 'unknown', known: false, code: null });
    }
  });

  it('still places documented codes whose message is just "… error" by their code', () => {
    expect(resolve({ code: 400008, message: 'Request error' })?.category).toBe('invalid-request');
    expect(resolve({ code: 501, message: 'Client error' })?.category).toBe('invalid-request');
    expect(resolve({ code: -6006, msg: 'Redeem amount error' })?.category).toBe('invalid-request');
  });
});
