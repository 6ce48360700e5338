import { describe, expect, it } from 'vitest';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import type { ResolveOptions } from '../../src/core/types';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { ltp } from '../../src/exchanges/ltp';

const NOW = Date.UTC(2026, 0, 1, 12);
const resolve = (input: unknown, options: ResolveOptions = {}) =>
  resolveExchangeError(input, { exchanges: [binanceSpot, ltp], now: NOW, ...options });
const PLACE_ORDER = { method: 'POST', url: 'https://api.binance.com/api/v3/order?symbol=BTCUSDT' };

describe('unknown codes degrade gracefully', () => {
  it.each([
    [{ code: -2019, msg: 'Margin is insufficient.' }, 'insufficient-funds'],
    [{ code: -4061, msg: "Order's position side does not match user's setting." }, 'order-rejected'],
    [
      {
        code: -5022,
        msg: 'Due to the order could not be executed as maker, the Post Only order will be rejected.',
      },
      'order-rejected',
    ],
    [
      { code: -4164, msg: "Order's notional must be no smaller than 5.0 (unless you choose reduce only)" },
      'filter',
    ],
    [
      { code: -4104, msg: 'Withdrawals are not permitted due to travel rule restrictions.' },
      'account-restricted',
    ],
    [{ code: -9001, msg: 'The sub-account does not exist.' }, 'not-found'],
    [{ code: -9002, msg: 'Too many requests; slow down.' }, 'rate-limit'],
    [{ code: 409999, message: 'Insufficient collateral for this loan', data: null }, 'insufficient-funds'],
    // Coinbase's socket, KuCoin's socket limit, Coinbase Exchange's price precision.
    [{ code: 409998, message: 'authentication failure', data: null }, 'auth'],
    [{ code: 409997, message: 'exceed max permits per 10 seconds', data: null }, 'rate-limit'],
    [{ code: 409996, message: 'price is too accurate. Smallest unit is 0.01000000', data: null }, 'filter'],
  ])('from the message: %j is %s', (input, category) => {
    const error = resolve(input);
    expect(error).toMatchObject({ category, known: false, code: input.code });
    expect(error?.message).toBe('msg' in input ? input.msg : input.message);
  });

  it.each([
    [401, 'auth'],
    [403, 'auth'],
    [418, 'ip-banned'],
    [429, 'rate-limit'],
    [451, 'account-restricted'],
    [500, 'unavailable'],
    [503, 'unavailable'],
  ])('from the HTTP status when the message says nothing: %i is %s', (httpStatus, category) => {
    expect(resolve({ code: -9999, msg: 'Something odd happened.' }, { httpStatus })?.category).toBe(category);
  });

  it('lets 418 and 429 override what the body suggests, but keeps a ban under 429 a ban', () => {
    expect(resolve({ code: -1003, msg: 'Too many requests queued.' }, { httpStatus: 418 })?.category).toBe(
      'ip-banned',
    );
    expect(resolve({ code: -1121, msg: 'Invalid symbol.' }, { httpStatus: 429 })?.category).toBe(
      'rate-limit',
    );
    const ban = { code: -1003, msg: 'Way too much request weight used; IP banned until 1767276000000.' };
    expect(resolve(ban, { httpStatus: 429 })?.category).toBe('ip-banned');
  });

  it('from the code range where the exchange groups codes by kind', () => {
    expect(resolve({ code: -1199, msg: 'Something about the request.' })?.category).toBe('invalid-request');
  });

  it('is unknown, with the exchange message kept, when nothing says more', () => {
    expect(resolve({ code: -9999, msg: 'Quux.' })).toMatchObject({
      category: 'unknown',
      severity: 'error',
      message: 'Quux.',
      known: false,
      retry: { strategy: 'none' },
    });
  });
});

describe('documented codes whose message the server did not send as documented', () => {
  it.each([
    ['an empty -1003', { code: -1003 }, 'rate-limit'],
    ['a -1003 cut off', '{"code":-1003,"msg":"', 'rate-limit'],
    ['an empty python-binance -1015', 'APIError(code=-1015): ', 'rate-limit'],
    ['-1022 reworded', { code: -1022, msg: 'Invalid HMAC' }, 'auth'],
    ['-1015 reworded', { code: -1015, msg: 'Order count exceeded for this interval' }, 'rate-limit'],
  ])('%s keeps what the document says the code means', (_, input, category) => {
    expect(resolve(input)?.category).toBe(category);
  });

  it("lets the server's words choose among the code's documented meanings", () => {
    // -1003 is documented as a queue, a weight limit and an IP ban.
    expect(resolve({ code: -1003, msg: 'IP banned until 1767276000000 (reworded).' })?.category).toBe(
      'ip-banned',
    );
  });

  it('keeps the message deciding under the rejection umbrella codes, whose documented text is only a name', () => {
    expect(
      resolve({ code: -2010, msg: 'Account has insufficient balance for requested action' })?.category,
    ).toBe('insufficient-funds');
    expect(resolve({ code: -2011, msg: 'UNKNOWN_ORDER' })?.category).toBe('not-found');
  });
});

describe('execution status unknown', () => {
  it.each([
    {
      code: -1006,
      msg: 'An unexpected response was received from the message bus. Execution status unknown.',
    },
    {
      code: -1007,
      msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
    },
    { code: -1007, msg: 'Backend timeout.' },
  ])('%j is execution-unknown with check-status, never a plain retry, even for a read', (body) => {
    for (const request of [undefined, PLACE_ORDER, { method: 'GET', url: '/api/v3/order' }]) {
      expect(resolve(body, { request })).toMatchObject({
        category: 'execution-unknown',
        severity: 'critical',
        retry: { strategy: 'check-status' },
      });
    }
  });

  it('a bodiless 5xx is unavailable, unless the request placed or cancelled an order', () => {
    expect(resolve('', { httpStatus: 502 })).toMatchObject({
      category: 'unavailable',
      retry: { strategy: 'backoff' },
    });
    expect(
      resolve('', { httpStatus: 502, request: { method: 'GET', url: '/api/v3/openOrders' } })?.category,
    ).toBe('unavailable');
    expect(resolve('', { httpStatus: 502, request: PLACE_ORDER })).toMatchObject({
      category: 'execution-unknown',
      retry: { strategy: 'check-status' },
    });
    expect(
      resolve('', { httpStatus: 504, request: { method: 'DELETE', url: '/api/v3/order' } })?.category,
    ).toBe('execution-unknown');
    expect(resolve('', { httpStatus: 500, request: { intent: 'place-order' } })?.category).toBe(
      'execution-unknown',
    );
    expect(
      resolve('', { httpStatus: 500, request: { method: 'POST', url: '/x', intent: 'cancel-order' } })
        ?.category,
    ).toBe('execution-unknown');
    expect(
      resolve('', { httpStatus: 500, request: { method: 'POST', url: '/api/v3/order', intent: 'read' } })
        ?.category,
    ).toBe('unavailable');
  });

  it('an HTML error page from a CDN while placing an order is execution-unknown', () => {
    expect(
      resolve('<html><body>502 Bad Gateway</body></html>', { httpStatus: 502, request: PLACE_ORDER })
        ?.category,
    ).toBe('execution-unknown');
  });

  it('a 5xx with a server-error body while placing an order is execution-unknown: Binance says the status is unknown', () => {
    const body = { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' };
    expect(resolve(body, { httpStatus: 503 })?.category).toBe('unavailable');
    expect(resolve(body, { httpStatus: 503, request: PLACE_ORDER })?.category).toBe('execution-unknown');
  });

  it('a network failure while placing an order is execution-unknown; while reading, unavailable', () => {
    const failure = new TypeError('fetch failed');
    expect(resolve(failure, { request: PLACE_ORDER })?.category).toBe('execution-unknown');
    expect(resolve(failure, { request: { method: 'GET', url: '/api/v3/account' } })?.category).toBe(
      'unavailable',
    );
  });

  it('a WebSocket API order.place answered by a 5xx status is execution-unknown', () => {
    expect(
      resolve(
        { id: 1, status: 503, error: { code: -1008, msg: 'Spot server is currently overloaded.' } },
        {
          request: { method: 'order.place' },
        },
      )?.category,
    ).toBe('execution-unknown');
  });
});

describe('severity follows the category', () => {
  it.each([
    [{ code: -1003, msg: 'Way too much request weight used; IP banned until 1767276000000.' }, 'critical'],
    [{ code: -1015, msg: 'Too many new orders.' }, 'warning'],
    [{ code: -1001, msg: 'Internal error; unable to process your request. Please try again.' }, 'warning'],
    [{ code: -2010, msg: 'Order would immediately match and take.' }, 'warning'],
    [{ code: -2013, msg: 'Order does not exist.' }, 'info'],
    [{ code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' }, 'error'],
  ])('%j is %s', (body, severity) => {
    expect(resolve(body)?.severity).toBe(severity);
  });
});
