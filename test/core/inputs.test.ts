import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
// Imported with the file (ccxt is large: loading it inside a test would count against its timeout).
import ccxt from 'ccxt';
import { describe, expect, it } from 'vitest';
import { readExchangeError } from '../../src/core/readExchangeError';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import type { ResolveOptions } from '../../src/core/types';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { ltp } from '../../src/exchanges/ltp';

const NOW = Date.UTC(2026, 0, 1, 12);
const catalogs = [binanceSpot, ltp];
const resolve = (input: unknown, options: ResolveOptions = {}) =>
  resolveExchangeError(input, { exchanges: catalogs, now: NOW, ...options });
const LOT_SIZE = { code: -1013, category: 'filter', field: 'quantity', filter: 'LOT_SIZE' } as const;

describe('Binance REST bodies', () => {
  it.each([
    ['an object', { code: -1013, msg: 'Filter failure: LOT_SIZE' }],
    ['JSON text', '{"code":-1013,"msg":"Filter failure: LOT_SIZE"}'],
    ['pretty-printed JSON', '{\n  "code": -1013,\n  "msg": "Filter failure: LOT_SIZE"\n}'],
    ['a code as a string', { code: '-1013', msg: 'Filter failure: LOT_SIZE' }],
    ['JSON cut off before its end', '{"code":-1013,"msg":"Filter failure: LOT_SIZE'],
    ['a fragment without braces', '"code":-1013,"msg":"Filter failure: LOT_SIZE"'],
    ['a python repr', "{'code': -1013, 'msg': 'Filter failure: LOT_SIZE'}"],
    ['a list holding the error first', [{ code: -1013, msg: 'Filter failure: LOT_SIZE' }, { orderId: 1 }]],
  ])('resolve from %s', (_, input) => {
    expect(resolve(input)).toMatchObject({
      ...LOT_SIZE,
      source: 'binance-spot',
      known: true,
      message: 'Filter failure: LOT_SIZE',
    });
  });

  it('keeps code 0 as an error (HTTP 451 geo-block), never a success', () => {
    const body = {
      code: 0,
      msg: "Service unavailable from a restricted location according to 'b. Eligibility'.",
    };
    expect(resolve(body, { httpStatus: 451 })).toMatchObject({ code: 0, category: 'account-restricted' });
    expect(resolve(body)).toMatchObject({ code: 0, category: 'account-restricted' });
  });
});

describe('Binance WebSocket API frames', () => {
  const frame = {
    id: 'b1',
    status: 429,
    error: {
      code: -1003,
      msg: 'Too much request weight used; current limit is 6000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.',
      data: { retryAfter: NOW + 42_000 },
    },
    rateLimits: [
      { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000, count: 6012 },
    ],
  };

  it('takes status as the HTTP status and retryAfter as epoch ms', () => {
    expect(resolve(frame)).toMatchObject({
      code: -1003,
      httpStatus: 429,
      category: 'rate-limit',
      retry: { strategy: 'after', retryAt: NOW + 42_000 },
      params: { limit: '6000', interval: '1 MINUTE' },
    });
    expect(resolve(JSON.stringify(frame))?.retry.retryAt).toBe(NOW + 42_000);
  });

  it('bounds the wait by the used-up rate limit window when the frame has no retryAfter', () => {
    const error = { ...frame.error, msg: 'Too many requests queued.', data: undefined };
    expect(resolve({ ...frame, error })?.retry).toEqual({ strategy: 'after', retryAt: NOW + 60_000 });
  });

  it('reads the top-level error, not the responses nested in its data', () => {
    const partial = {
      id: 7,
      status: 409,
      error: {
        code: -2021,
        msg: 'Order cancel-replace partially failed.',
        data: { cancelResult: 'FAILURE', cancelResponse: { code: -2011, msg: 'Unknown order sent.' } },
      },
    };
    expect(resolve(partial)).toMatchObject({ code: -2021, category: 'order-rejected', httpStatus: 409 });
  });
});

describe('LTP envelopes and source detection', () => {
  it('detects Binance from negative codes and `msg`, LTP from `message` and a 3-6 digit code', () => {
    expect(resolve({ code: -1121, msg: 'Invalid symbol.' })?.source).toBe('binance-spot');
    expect(resolve({ code: 401018, message: 'Order not found', data: null })?.source).toBe('ltp');
    expect(resolve('Error 401018: Order not found')).toMatchObject({
      source: 'ltp',
      category: 'not-found',
      known: true,
    });
  });

  it('lets a source hint win over the shape', () => {
    expect(resolve({ code: 500, message: 'Server error' }, { source: 'ltp' })).toMatchObject({
      source: 'ltp',
      known: true,
    });
  });

  it('without exchanges still classifies, with known: false and no exchange guessed', () => {
    expect(
      resolveExchangeError({ code: -2010, msg: 'Account has insufficient balance for requested action.' }),
    ).toMatchObject({
      source: 'unknown',
      category: 'insufficient-funds',
      known: false,
    });
  });
});

describe('fetch Responses (readExchangeError)', () => {
  it('reads status, Retry-After and a JSON body once', async () => {
    const response = new Response('{"code":-1003,"msg":"Too many requests queued."}', {
      status: 429,
      headers: { 'Retry-After': '30' },
    });
    const error = await readExchangeError(response, { exchanges: catalogs, now: NOW });
    expect(error).toMatchObject({
      httpStatus: 429,
      category: 'rate-limit',
      retry: { strategy: 'after', retryAt: NOW + 30_000 },
    });
    expect(response.bodyUsed).toBe(true);
    expect(error?.raw).toBe('{"code":-1003,"msg":"Too many requests queued."}');
  });

  it('copes with an HTML page from a CDN: short plain text, category from the status', async () => {
    const html =
      '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><script>alert(1)</script></body></html>';
    const error = await readExchangeError(new Response(html, { status: 502 }), {
      exchanges: catalogs,
      now: NOW,
    });
    expect(error).toMatchObject({
      message: 'The server returned an HTML page (HTTP 502)',
      category: 'unavailable',
      retry: { strategy: 'backoff' },
    });
  });

  it('copes with an empty body and with a body that was already read', async () => {
    expect(await readExchangeError(new Response('', { status: 503 }), { now: NOW })).toMatchObject({
      message: 'HTTP 503',
      category: 'unavailable',
    });
    const used = new Response('{"code":-1021,"msg":"x"}', { status: 400 });
    await used.text();
    expect(await readExchangeError(used, { now: NOW })).toMatchObject({
      httpStatus: 400,
      category: 'unknown',
    });
  });

  it('returns null for an LTP success envelope in a 200', async () => {
    const ok = new Response('{"code":200000,"message":"Success","data":{}}', { status: 200 });
    expect(await readExchangeError(ok, { exchanges: catalogs })).toBeNull();
  });

  it('passes anything that is not a Response to resolveExchangeError', async () => {
    expect(
      await readExchangeError({ code: -1013, msg: 'Filter failure: LOT_SIZE' }, { exchanges: catalogs }),
    ).toMatchObject(LOT_SIZE);
  });
});

describe('axios errors', () => {
  const config = (method: string, url: string) =>
    ({
      method,
      url,
      baseURL: 'https://api.binance.com',
      headers: new AxiosHeaders(),
    }) as InternalAxiosRequestConfig;

  it('reads response.status, response.data and response.headers', () => {
    const request = config('post', '/api/v3/order');
    const error = new AxiosError(
      'Request failed with status code 400',
      'ERR_BAD_REQUEST',
      request,
      {},
      {
        status: 400,
        statusText: 'Bad Request',
        data: { code: -1013, msg: 'Filter failure: LOT_SIZE' },
        headers: new AxiosHeaders({ 'x-mbx-used-weight-1m': '7' }),
        config: request,
      },
    );
    expect(resolve(error)).toMatchObject({
      ...LOT_SIZE,
      httpStatus: 400,
      message: 'Filter failure: LOT_SIZE',
    });
  });

  it('takes Retry-After from AxiosHeaders', () => {
    const request = config('get', '/api/v3/account');
    const error = new AxiosError(
      'Request failed with status code 429',
      'ERR_BAD_REQUEST',
      request,
      {},
      {
        status: 429,
        statusText: 'Too Many Requests',
        data: { code: -1003, msg: 'Too many requests queued.' },
        headers: new AxiosHeaders({ 'Retry-After': '12' }),
        config: request,
      },
    );
    expect(resolve(error)?.retry).toEqual({ strategy: 'after', retryAt: NOW + 12_000 });
  });

  it('turns a timeout while placing an order into execution-unknown, and while reading into unavailable', () => {
    const placing = new AxiosError(
      'timeout of 5000ms exceeded',
      'ECONNABORTED',
      config('post', '/api/v3/order'),
    );
    const reading = new AxiosError(
      'timeout of 5000ms exceeded',
      'ECONNABORTED',
      config('get', '/api/v3/openOrders'),
    );
    expect(resolve(placing)).toMatchObject({
      category: 'execution-unknown',
      retry: { strategy: 'check-status' },
    });
    expect(resolve(reading)).toMatchObject({ category: 'unavailable', retry: { strategy: 'backoff' } });
  });
});

describe('ccxt exceptions', () => {
  it("reads the request from ccxt's network errors, so an order's lost answer needs no hint", () => {
    const order = 'https://api.binance.com/api/v3/order';
    // The texts ccxt's fetch layer writes (base/Exchange.js).
    const lost = [
      new ccxt.RequestTimeout(`binance POST ${order} request timed out (10000 ms)`),
      new ccxt.NetworkError(`binance POST ${order} fetch failed: ECONNRESET`),
      new ccxt.ExchangeNotAvailable(`binance POST ${order} 503 Service Unavailable`),
    ];
    for (const error of lost) expect(resolve(error)?.category).toBe('execution-unknown');
    const read = new ccxt.RequestTimeout(
      'binance GET https://api.binance.com/api/v3/ticker/price request timed out (10000 ms)',
    );
    expect(resolve(read)?.category).toBe('unavailable');
  });

  it('resolves the exceptions ccxt’s own Binance handleErrors throws', () => {
    const exchange = new ccxt.binance();
    const thrown = (status: number, body: string) => {
      try {
        exchange.handleErrors(
          status,
          '',
          'https://api.binance.com/api/v3/order',
          'POST',
          {},
          body,
          JSON.parse(body),
          {},
          '',
        );
      } catch (error) {
        return error;
      }
      throw new Error('ccxt did not throw');
    };
    expect(
      resolve(thrown(400, '{"code":-2010,"msg":"Account has insufficient balance for requested action."}')),
    ).toMatchObject({
      source: 'binance-spot',
      category: 'insufficient-funds',
      known: true,
    });
    expect(resolve(thrown(400, '{"code":-1013,"msg":"Filter failure: LOT_SIZE"}'))).toMatchObject(LOT_SIZE);
    expect(
      resolve(
        thrown(
          418,
          '{"code":-1003,"msg":"Way too much request weight used; IP banned until 1767276000000. Please use WebSocket Streams for live updates to avoid bans."}',
        ),
      ),
    ).toMatchObject({
      code: -1003,
      category: 'ip-banned',
      retry: { strategy: 'after', retryAt: 1767276000000 },
    });
  });

  it.each([
    [
      'with the class name',
      'ccxt.base.errors.InvalidOrder: binance {"code":-1013,"msg":"Filter failure: LOT_SIZE"}',
    ],
    [
      'with method, URL and status',
      'binance POST https://api.binance.com/api/v3/order 400 Bad Request {"code":-1013,"msg":"Filter failure: LOT_SIZE"}',
    ],
    [
      'as a python traceback line',
      'raise InvalidOrder(feedback)\nccxt.base.errors.InvalidOrder: binance {"code":-1013,"msg":"Filter failure: LOT_SIZE"}',
    ],
  ])('reads the embedded JSON %s', (_, text) => {
    expect(resolve(text)).toMatchObject({ ...LOT_SIZE, message: 'Filter failure: LOT_SIZE' });
    expect(resolve(new Error(text))).toMatchObject(LOT_SIZE);
  });
});

describe('other SDK errors, Errors and message strings', () => {
  it('reads an SDK error object with code, message, body and requestUrl', () => {
    const error = Object.assign(new Error('Filter failure: LOT_SIZE'), {
      code: -1013,
      body: { code: -1013, msg: 'Filter failure: LOT_SIZE' },
      requestUrl: 'https://api.binance.com/api/v3/order?signature=abc',
    });
    expect(resolve(error)).toMatchObject(LOT_SIZE);
  });

  it('reads a body kept as JSON text', () => {
    expect(
      resolve({ statusCode: 400, body: '{"code":-1013,"msg":"Filter failure: LOT_SIZE"}' }),
    ).toMatchObject({
      ...LOT_SIZE,
      httpStatus: 400,
    });
  });

  it.each([
    ['a plain Error', new Error('Filter failure: LOT_SIZE')],
    ['a bare message', 'Filter failure: LOT_SIZE'],
    ['python-binance', 'APIError(code=-1013): Filter failure: LOT_SIZE'],
    ['a Java client', 'com.example.BinanceApiException: ERROR: -1013, Filter failure: LOT_SIZE'],
    ['a log line', '2026-01-01 12:00:00,123 ERROR order failed: Error -1013: Filter failure: LOT_SIZE'],
    ['a bracketed code', 'API Error [-1013]: Filter failure: LOT_SIZE'],
    [
      'a .NET client',
      '{Error response: [ServerError] -1013: Filter failure: LOT_SIZE , 62 bytes received in 290ms}',
    ],
    ['a key=value line', 'code=-1013, msg=Filter failure: LOT_SIZE'],
    [
      'a tuple',
      "ClientError: (400, -1013, 'Filter failure: LOT_SIZE', {'Content-Type': 'application/json'})",
    ],
  ])('reads %s', (_, input) => {
    const error = resolve(input);
    expect(error).toMatchObject({
      category: 'filter',
      field: 'quantity',
      filter: 'LOT_SIZE',
      message: 'Filter failure: LOT_SIZE',
    });
  });

  it.each([
    ['a leading space', ' Filter  failure: LOT_SIZE'],
    ['a trailing newline', 'Filter failure: LOT_SIZE\n'],
    ['a tab', 'Filter\tfailure: LOT_SIZE'],
    ['a run of spaces', 'Filter failure:   LOT_SIZE'],
    ['a no-break space', 'Filter\u00a0failure: LOT_SIZE'],
    ['a line break inside', 'Filter failure:\r\nLOT_SIZE'],
  ])('shows a message with %s on one line with single spaces', (_, msg) => {
    expect(resolve({ code: -1013, msg })).toMatchObject({ ...LOT_SIZE, message: 'Filter failure: LOT_SIZE' });
  });

  it('takes the HTTP status from options, else from the text', () => {
    expect(
      resolve('Way too much request weight used; IP banned until 1767276000000. (HTTP status code: 418)')
        ?.httpStatus,
    ).toBe(418);
    expect(resolve('{"code":-1003,"msg":"Too many requests queued."}', { httpStatus: 429 })?.httpStatus).toBe(
      429,
    );
  });

  it('reads headers given as a Headers object or a plain object in any case', () => {
    const body = { code: -1003, msg: 'Too many requests queued.' };
    for (const headers of [
      new Headers({ 'Retry-After': '9' }),
      { 'retry-after': '9' },
      { 'RETRY-AFTER': '9' },
    ] as ResolveOptions['headers'][]) {
      expect(resolve(body, { httpStatus: 429, headers })?.retry.retryAt).toBe(NOW + 9_000);
    }
  });
});
