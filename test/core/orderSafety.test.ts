import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { ExchangeError, ExchangeNotAvailable, InsufficientFunds } from 'ccxt';
import { describe, expect, it } from 'vitest';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import type { ResolveOptions } from '../../src/core/types';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { ltp } from '../../src/exchanges/ltp';

// An order whose outcome is unknown must never be offered a blind resend: these are the ways an
// app meets one that are easy to miss.
const NOW = Date.UTC(2026, 0, 1);
const resolve = (input: unknown, options: ResolveOptions = {}) =>
  resolveExchangeError(input, { exchanges: [binanceSpot, ltp], now: NOW, ...options });
const internal = { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' };

describe('an order whose outcome is unknown', () => {
  it.each([
    'order.place',
    'order.cancel',
    'order.cancelReplace',
    'order.amend.keepPriority',
    'orderList.place.oco',
    'orderList.place.otoco',
    'orderList.cancel',
    'sor.order.place',
    'openOrders.cancelAll',
  ])('a 5xx WebSocket API answer to %s', (method) => {
    const error = resolve({ id: '1', status: 500, error: internal }, { request: { method } });
    expect(error).toMatchObject({ category: 'execution-unknown', retry: { strategy: 'check-status' } });
  });

  it.each(['order.status', 'order.amendments', 'openOrders.status', 'allOrders'])(
    'but a 5xx answer to the read %s is only an unavailable server',
    (method) => {
      expect(resolve({ id: '1', status: 500, error: internal }, { request: { method } })?.category).toBe(
        'unavailable',
      );
    },
  );

  it('an LTP server failure inside an HTTP 200 answer to an order', () => {
    const serverError = { code: 500, message: 'Server error', data: null };
    const order = { request: { method: 'POST', url: 'https://api.example.com/api/v1/trading/order' } };
    expect(resolve(serverError, { httpStatus: 200, ...order })?.category).toBe('execution-unknown');
    expect(resolve(serverError, { request: { intent: 'place-order' } })?.category).toBe('execution-unknown');
    expect(
      resolve(serverError, { httpStatus: 200, request: { method: 'GET', url: '/api/v1/portfolio' } })
        ?.category,
    ).toBe('unavailable');
  });

  it.each([
    'Execution status is unknown',
    'The execution status is UNKNOWN and could have been a success.',
    'unknown execution status',
  ])('a message worded "%s", on an order or on a read', (msg) => {
    const order = { request: { method: 'POST', url: '/api/v3/order' } };
    expect(resolve({ code: -1099, msg }, order)?.category).toBe('execution-unknown');
    expect(resolve(msg, order)?.category).toBe('execution-unknown');
    expect(resolve(msg, { request: { method: 'GET', url: '/api/v3/order' } })?.category).toBe(
      'execution-unknown',
    );
  });

  it("the client failing to read the exchange's answer to an order, unlike the exchange failing to read the request", () => {
    const order = { request: { method: 'POST', url: 'https://api.binance.com/api/v3/order' } };
    expect(resolve(new Error('Failed to parse JSON response from exchange'), order)?.category).toBe(
      'execution-unknown',
    );
    expect(resolve(new Error('Failed to decode incoming data'), order)?.category).toBe('invalid-request');
    // A 500 whose answer says the order was not accepted (bitFlyer -208) is a definite no.
    const refused = {
      status: -208,
      error_message: 'Order is not accepted. Please try again later.',
      data: null,
    };
    expect(
      resolve(refused, {
        httpStatus: 500,
        request: { method: 'POST', url: 'https://api.bitflyer.jp/v1/me/sendchildorder' },
      })?.category,
    ).toBe('order-rejected');
    // .NET's words for a connection the server dropped while the order was in flight.
    const reset = new Error('Unable to read data from the transport connection: Connection reset by peer.');
    expect(resolve(reset, order)?.category).toBe('execution-unknown');
  });

  it('a documented code whose message says it timed out, or that came in a 5xx, on an order', () => {
    const order = { request: { intent: 'place-order' as const } };
    expect(resolve({ code: -1001, msg: 'Request timed out.' }, { httpStatus: 400, ...order })?.category).toBe(
      'execution-unknown',
    );
    expect(resolve({ code: -1003, msg: 'Request timed out' }, { httpStatus: 503, ...order })?.category).toBe(
      'execution-unknown',
    );
    expect(resolve({ code: -2013, msg: '' }, { httpStatus: 502, ...order })?.category).toBe(
      'execution-unknown',
    );
    expect(resolve({ code: -1099, msg: 'Execution status: UNKNOWN' }, order)?.category).toBe(
      'execution-unknown',
    );
  });

  it("whatever code carries the exchange's own words for it", () => {
    const error = resolve(
      {
        code: -1000,
        msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
      },
      { httpStatus: 400, request: { intent: 'place-order' } },
    );
    expect(error?.retry.strategy).toBe('check-status');
  });

  it('an HTTP 408 to an order request, while a 408 to a read is worth a retry', () => {
    const timeout = (method: string) => {
      const config = {
        method,
        url: '/api/v3/order',
        headers: new AxiosHeaders(),
      } as InternalAxiosRequestConfig;
      return new AxiosError(
        'Request Timeout',
        'ERR_BAD_REQUEST',
        config,
        {},
        {
          status: 408,
          statusText: 'Request Timeout',
          data: '',
          headers: {},
          config,
        },
      );
    };
    expect(resolve(timeout('post'))?.category).toBe('execution-unknown');
    expect(resolve(timeout('get'))?.category).toBe('unavailable');
  });
});

describe('a ccxt exception on an order, whose class does not say whether the order went through', () => {
  // ccxt raises its fallback ExchangeError for codes its maps lack, and ExchangeNotAvailable for an
  // HTTP 5xx: neither is a definite no when the server failed with the order in its hands.
  const order = { method: 'POST', url: 'https://api.gateio.ws/api/v4/spot/orders' };
  const read = { method: 'GET', url: 'https://api.gateio.ws/api/v4/spot/accounts' };
  it.each([
    ['ExchangeError', new ExchangeError('somex {"code":"5004","msg":"Server Timeout"}')],
    ['ExchangeError', new ExchangeError('somex {"code":"900001","msg":"Internal system error"}')],
    [
      'ExchangeNotAvailable',
      new ExchangeNotAvailable('gate {"label":"SERVER_ERROR","message":"Internal server error"}'),
    ],
    [
      'ExchangeNotAvailable',
      new ExchangeNotAvailable('kucoin {"code":"500000","msg":"Internal Server Error"}'),
    ],
  ])('%s saying the server failed or timed out: check the order, never a blind resend', (_, thrown) => {
    expect(resolve(thrown, { request: order })).toMatchObject({
      category: 'execution-unknown',
      retry: { strategy: 'check-status' },
    });
    expect(resolve(thrown, { request: read })?.category).not.toBe('execution-unknown');
  });

  it('stays a definite no when the class or the words say what went wrong, or the request never left', () => {
    const said = [
      new ExchangeError('somex {"code":"900002","msg":"Order price is out of range"}'),
      new InsufficientFunds('somex {"code":"900003","msg":"Internal error: balance is not enough"}'),
      new ExchangeNotAvailable('gate POST https://api.gateio.ws/api/v4/spot/orders getaddrinfo ENOTFOUND'),
      // The exchange's own code says what it was, whatever the words add.
      new ExchangeError('binance {"code":-2010,"msg":"Order rejected: unexpected error in risk engine"}'),
      // ccxt raises ExchangeNotAvailable for 4xx answers too, and for a busy server that refused.
      new ExchangeNotAvailable(
        'binance POST https://api.binance.com/api/v3/order 403 Forbidden <html><head><title>403 Forbidden</title></head></html>',
      ),
      new ExchangeNotAvailable(
        'somex POST https://api.somex.com/v1/order 400 Bad Request {"error":"internal error"}',
      ),
      new ExchangeNotAvailable(
        'binance POST https://api.binance.com/api/v3/order 451  {"code":0,"msg":"Service unavailable from a restricted location"}',
      ),
      new ExchangeNotAvailable(
        'okx {"code":"50013","msg":"Systems are busy. Please try again later.","data":[]}',
      ),
    ];
    for (const thrown of said) {
      expect(resolve(thrown, { request: order })?.category, thrown.message).not.toBe('execution-unknown');
    }
  });
});

describe('a definite no from the matching engine', () => {
  // Every documented rejection, under each code it arrives with, answered to the request that code
  // answers: over REST (HTTP 400) and as a WebSocket API frame read without a status.
  const requests = { [-2010]: 'order.place', [-2011]: 'order.cancel', [-2038]: 'order.amend.keepPriority' };
  it.each(binanceSpot.catalog.rejections.map((rejection) => rejection.message))(
    '"%s" is never an unknown outcome',
    (msg) => {
      for (const [code, method] of Object.entries(requests)) {
        for (const httpStatus of [400, undefined]) {
          const error = resolve({ code: Number(code), msg }, { httpStatus, request: { method } });
          expect(error?.category).not.toBe('execution-unknown');
          expect(error?.retry.strategy).not.toBe('check-status');
        }
      }
    },
  );
});
