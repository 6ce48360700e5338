import { describe, expect, it } from 'vitest';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import { binanceSpot } from '../../src/exchanges/binance-spot';

const fingerprintOf = (input: unknown) =>
  resolveExchangeError(input, { exchanges: [binanceSpot] })?.fingerprint;

describe('fingerprints', () => {
  it('are equal for the same template with different values', () => {
    expect(
      fingerprintOf({ code: -1015, msg: 'Too many new orders; current limit is 50 orders per 10 SECOND.' }),
    ).toBe(
      fingerprintOf({ code: -1015, msg: 'Too many new orders; current limit is 160000 orders per 1 DAY.' }),
    );
    expect(
      fingerprintOf({ code: -1003, msg: 'Way too much request weight used; IP banned until 1767276000000.' }),
    ).toBe(
      fingerprintOf({ code: -1003, msg: 'Way too much request weight used; IP banned until 1767279999999.' }),
    );
  });

  it('are equal for an undocumented message that differs only in its numbers', () => {
    expect(
      fingerprintOf({
        code: -4164,
        msg: "Order's notional must be no smaller than 5.0 (unless you choose reduce only)",
      }),
    ).toBe(
      fingerprintOf({
        code: -4164,
        msg: "Order's notional must be no smaller than 20 (unless you choose reduce only)",
      }),
    );
  });

  it('are equal for the same error however it was wrapped', () => {
    const body = fingerprintOf({ code: -1013, msg: 'Filter failure: LOT_SIZE' });
    expect(fingerprintOf('APIError(code=-1013): Filter failure: LOT_SIZE')).toBe(body);
    expect(fingerprintOf('binance {"code":-1013,"msg":"Filter failure: LOT_SIZE"}')).toBe(body);
    expect(fingerprintOf(new Error('{"code":-1013,"msg":"Filter failure: LOT_SIZE"}'))).toBe(body);
  });

  it('differ for different errors', () => {
    const prints = [
      { code: -1013, msg: 'Filter failure: LOT_SIZE' },
      { code: -1013, msg: 'Filter failure: MIN_NOTIONAL' },
      { code: -2010, msg: 'Account has insufficient balance for requested action.' },
      { code: -2010, msg: 'Order would immediately match and take.' },
      { code: -1003, msg: 'Too many requests queued.' },
      { code: -1003, msg: 'Way too much request weight used; IP banned until 1767276000000.' },
      { code: -2011, msg: 'Unknown order sent.' },
    ].map(fingerprintOf);
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('start with source, code and category, so a log line is readable', () => {
    expect(fingerprintOf({ code: -1013, msg: 'Filter failure: LOT_SIZE' })).toMatch(
      /^binance-spot:-1013:filter:[0-9a-z]+$/,
    );
  });
});
