import { describe, expect, it } from 'vitest';
import type { ExchangeProfile, WireRequest } from '../../src/core/profile';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import type { RequestContext } from '../../src/core/types';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { binanceUsdm } from '../../src/exchanges/binance-usdm';
import { bybit } from '../../src/exchanges/bybit';
import { okx } from '../../src/exchanges/okx';

const exchanges = [binanceSpot, binanceUsdm, okx, bybit];
const NOW = 1_700_000_000_000;
const resolve = (input: unknown, options: Parameters<typeof resolveExchangeError>[1] = {}) =>
  resolveExchangeError(input, { exchanges, now: NOW, ...options });
const claimants = (body: object) =>
  exchanges.filter((profile) => profile.detect.claims?.(body)).map((profile) => profile.id);
const writes = (profile: ExchangeProfile, method: string, path = '') =>
  profile.writesOrder?.({ method, path } satisfies WireRequest) ?? false;

describe('Binance USD-M futures answers', () => {
  const order = { method: 'POST', url: 'https://fapi.binance.com/fapi/v1/order' };

  it('reads REST bodies as Spot does, and its envelope is claimed by both Binance profiles only', () => {
    const body = { code: -2019, msg: 'Margin is insufficient.' };
    expect(claimants(body)).toEqual(['binance-spot', 'binance-usdm']);
    expect(resolve(body, { request: order })).toMatchObject({
      source: 'binance-usdm',
      code: -2019,
      name: 'MARGIN_NOT_SUFFICIEN',
      category: 'insufficient-funds',
    });
  });

  it('reads a code written ahead of its message without its sign, when the rest is that code’s own message', () => {
    expect(resolve('4014: Price not increased by tick size.', { request: order })).toMatchObject({
      source: 'binance-usdm',
      code: -4014,
      message: 'Price not increased by tick size.',
      category: 'filter',
      field: 'price',
      known: true,
    });
    // A time, or a number whose code says something else, is no code.
    for (const text of [
      '12:30:01 Price not increased by tick size.',
      '2019: Price not increased by tick size.',
    ])
      expect(resolve(text, { request: order })?.code).toBeNull();
  });

  it('reads a batch answer: the first failing item decides, with the positions of the failing items', () => {
    const batch = [
      { orderId: 22542179, status: 'NEW', symbol: 'BTCUSDT' },
      { code: -2022, msg: 'ReduceOnly Order is rejected.' },
      { code: -4164, msg: "Order's notional must be no smaller than 5 (unless you choose reduce only)." },
    ];
    const request = { method: 'POST', url: 'https://fapi.binance.com/fapi/v1/batchOrders' };
    expect(resolve(batch, { request })).toMatchObject({
      source: 'binance-usdm',
      code: -2022,
      category: 'order-rejected',
      items: { failed: [1, 2], total: 3 },
    });
    // Every item an order: nothing failed.
    expect(resolve([batch[0], { orderId: 2, status: 'NEW' }], { request })).toBeNull();
  });

  it('reads the WebSocket API error frame and its retryAfter, counted by the server clock', () => {
    const frame = {
      id: 'e2a85d9f',
      status: 429,
      error: {
        code: -1003,
        msg: 'Too many requests; current limit is 2400 requests per minute.',
        data: { retryAfter: 1_700_000_030_000, serverTime: 1_700_000_010_000 },
      },
    };
    expect(
      resolve(frame, { request: { method: 'order.place', url: 'wss://ws-fapi.binance.com/ws-fapi/v1' } }),
    ).toMatchObject({
      source: 'binance-usdm',
      category: 'rate-limit',
      retry: { strategy: 'after', retryAt: NOW + 20_000 },
    });
  });

  it('bans as Spot: the ban time in the message, or HTTP 418 with Retry-After', () => {
    const ban = {
      code: -1003,
      msg: 'Way too many requests; IP banned until 1700000600000. Please use the websocket for live updates to avoid bans.',
    };
    expect(resolve(ban, { request: order, httpStatus: 418 })).toMatchObject({
      source: 'binance-usdm',
      category: 'ip-banned',
      retry: { strategy: 'after', retryAt: 1_700_000_600_000 },
    });
    expect(
      resolve('', { request: order, httpStatus: 418, headers: { 'Retry-After': '120' } })?.retry,
    ).toEqual({ strategy: 'after', retryAt: NOW + 120_000 });
  });

  it('knows the success answer of cancelling all open orders', () => {
    expect(
      resolve(
        { code: 200, msg: 'The operation of cancel all open order is done.' },
        { request: { method: 'DELETE', url: 'https://fapi.binance.com/fapi/v1/allOpenOrders' } },
      ),
    ).toBeNull();
  });

  it('writes orders on its order endpoints and WebSocket methods, not on checks and reads', () => {
    for (const [method, path] of [
      ['POST', '/fapi/v1/order'],
      ['PUT', '/fapi/v1/order'],
      ['DELETE', '/fapi/v1/order'],
      ['POST', '/fapi/v1/batchOrders'],
      ['PUT', '/fapi/v1/batchOrders'],
      ['DELETE', '/fapi/v1/batchOrders'],
      ['DELETE', '/fapi/v1/allOpenOrders'],
      ['POST', '/fapi/v1/countdownCancelAll'],
      ['POST', '/fapi/v1/algoOrder'],
      ['order.place', ''],
      ['order.modify', ''],
      ['order.cancel', ''],
    ] as const)
      expect([method, path, writes(binanceUsdm, method, path)]).toEqual([method, path, true]);
    for (const [method, path] of [
      ['POST', '/fapi/v1/order/test'],
      ['GET', '/fapi/v1/order'],
      ['GET', '/fapi/v1/openOrders'],
      ['POST', '/fapi/v1/leverage'],
      ['order.status', ''],
      ['POST', '/api/v3/order'],
    ] as const)
      expect([method, path, writes(binanceUsdm, method, path)]).toEqual([method, path, false]);
  });

  it('-1006 and -1007 say "execution status unknown": execution-unknown whatever the request', () => {
    const timeout = {
      code: -1007,
      msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
    };
    for (const request of [
      order,
      { method: 'GET', url: 'https://fapi.binance.com/fapi/v2/account' },
      { url: 'https://fapi.binance.com/fapi/v1/leverage', method: 'POST' },
    ])
      expect(resolve(timeout, { request })).toMatchObject({
        source: 'binance-usdm',
        category: 'execution-unknown',
        retry: { strategy: 'check-status' },
      });
  });

  it('a definite no on an order is never execution-unknown; a server failure on one is', () => {
    expect(
      resolve(
        {
          code: -5022,
          msg: 'Due to the order could not be executed as maker, the Post Only order will be rejected.',
        },
        { request: order, httpStatus: 400 },
      )?.category,
    ).toBe('order-rejected');
    expect(
      resolve({ code: -4083, msg: 'Fail to place batch orders.' }, { request: order, httpStatus: 400 })
        ?.category,
    ).toBe('unknown');
    expect(
      resolve(
        {
          code: -1008,
          msg: 'Server is currently overloaded with other requests. Please try again in a few minutes.',
        },
        { request: order, httpStatus: 503 },
      )?.category,
    ).toBe('execution-unknown');
  });
});

describe('OKX answers', () => {
  const order = { method: 'POST', url: 'https://www.okx.com/api/v5/trade/order' };
  const failed = (items: object[], code = '1') => ({
    code,
    msg: code === '1' ? 'All operations failed' : '',
    data: items,
    inTime: '1',
    outTime: '2',
  });
  const item = (sCode: string, sMsg: string) => ({
    clOrdId: '',
    ordId: '',
    sCode,
    sMsg,
    tag: '',
    ts: '1754837511941',
  });

  it('takes the first failing sCode of an order answer as the code, its sMsg as the message', () => {
    const body = failed([item('51008', 'Order failed. Insufficient USDT balance in account.')]);
    expect(claimants(body)).toEqual(['okx']);
    expect(resolve(body, { request: order })).toMatchObject({
      source: 'okx',
      code: 51008,
      message: 'Order failed. Insufficient USDT balance in account.',
      category: 'insufficient-funds',
      params: { currency: 'USDT' },
      items: { failed: [0], total: 1 },
    });
  });

  it('says which items of a batch failed, all or some (code "2")', () => {
    const request = { method: 'POST', url: 'https://www.okx.com/api/v5/trade/batch-orders' };
    const partial = failed(
      [
        item('0', 'Order placed'),
        item('51121', 'Order quantity must be a multiple of the lot size.'),
        item('0', 'Order placed'),
        item(
          '51006',
          'Order price is not within the price limit (max buy price: 26,899.6; min sell price: 25,844.6)',
        ),
      ],
      '2',
    );
    expect(resolve(partial, { request })).toMatchObject({
      code: 51121,
      category: 'filter',
      field: 'quantity',
      items: { failed: [1, 3], total: 4 },
    });
  });

  it('gives each distinct failing code its own fingerprint', () => {
    const a = resolve(failed([item('51008', 'Order failed. Insufficient USDT balance in account.')]));
    const b = resolve(failed([item('51006', 'Order price is not within the price limit')]));
    const again = resolve(failed([item('51008', 'Order failed. Insufficient USDT balance in account.')]));
    expect(a?.fingerprint).not.toBe(b?.fingerprint);
    expect(a?.fingerprint).toBe(again?.fingerprint);
    expect(a?.fingerprint).toContain('51008');
  });

  // Binance Spot's profile also claims `{"code":"0","msg":""}`: with it registered, see coreGaps.test.ts.
  it('knows its successes: code "0" with every sCode "0", a login or subscribe event', () => {
    const venues = { exchanges: [binanceUsdm, okx, bybit] };
    expect(
      resolve({ code: '0', msg: '', data: [item('0', 'Order placed')] }, { ...venues, request: order }),
    ).toBeNull();
    expect(
      resolve({ code: '0', msg: '', data: [{ instId: 'BTC-USDT', last: '9999.99' }] }, venues),
    ).toBeNull();
    expect(resolve({ event: 'login', code: '0', msg: '', connId: 'a4d3ae55' }, venues)).toBeNull();
    expect(
      resolve({ event: 'subscribe', arg: { channel: 'tickers', instId: 'BTC-USDT' }, connId: 'a4d3ae55' }),
    ).toBeNull();
    // An item that failed under "0" still failed.
    expect(
      resolve({
        code: '0',
        msg: '',
        data: [
          item(
            '51503',
            'Order modification failed as the order has been filled, canceled or does not exist.',
          ),
        ],
      })?.code,
    ).toBe(51503);
  });

  it('reads WebSocket error events and order-op frames', () => {
    expect(
      resolve({
        event: 'error',
        code: '60012',
        msg: 'Invalid request: {"op": "subscribe", "argss":[{ "channel" : "tickers"}]}',
        connId: 'a4d3ae55',
      }),
    ).toMatchObject({
      source: 'okx',
      code: 60012,
      category: 'invalid-request',
    });
    expect(resolve({ event: 'error', code: '60014', msg: 'Requests too frequent' })).toMatchObject({
      code: 60014,
      category: 'rate-limit',
    });
    const frame = {
      id: '1512',
      op: 'order',
      code: '1',
      msg: '',
      data: [item('51008', 'Order failed. Insufficient USDT balance in account.')],
      inTime: '1',
      outTime: '2',
    };
    expect(
      resolve(frame, { request: { method: 'order', url: 'wss://ws.okx.com:8443/ws/v5/private' } }),
    ).toMatchObject({
      source: 'okx',
      code: 51008,
      category: 'insufficient-funds',
    });
  });

  it('reads the per-order results under any key of a wrapper, or as a bare array', () => {
    const wrapped = {
      requestBody: { instId: 'ETH-USDT-SWAP' },
      responseCode: '1',
      responseData: [item('51010', "You can't complete this request under your current account mode.")],
    };
    expect(claimants(wrapped)).toEqual(['okx']);
    expect(resolve(wrapped)).toMatchObject({ source: 'okx', code: 51010, category: 'unsupported' });
    expect(
      resolve([item('51010', "You can't complete this request under your current account mode.")]),
    ).toMatchObject({ source: 'okx', code: 51010 });
  });

  it("marks the field an order parameter names, in OKX's names (sz, px, lever)", () => {
    for (const [param, field] of [
      ['sz', 'quantity'],
      ['px', 'price'],
      ['lever', 'leverage'],
      ['slTriggerPx', 'stopPrice'],
    ] as const)
      expect(resolve(failed([item('51000', `Parameter ${param} error`)]))).toMatchObject({
        code: 51000,
        category: 'invalid-request',
        field,
      });
    expect(resolve(failed([item('51000', 'Parameter clOrdId error')]))?.field).toBeUndefined();
    expect(resolve(failed([item('51000', 'Parameter constructor error')]))?.field).toBeUndefined();
  });

  it('rate limits wait for the two-second window OKX counts them in, unless a header says otherwise', () => {
    for (const body of [
      {
        code: '50011',
        msg: 'Rate limit reached. Please refer to API documentation and throttle requests accordingly.',
        data: [],
      },
      { code: '50061', msg: "You've reached the maximum order rate limit for this account.", data: [] },
    ])
      expect(resolve(body, { request: order })?.retry).toEqual({ strategy: 'after', retryAt: NOW + 2000 });
    expect(
      resolve(
        { code: '50011', msg: 'Too Many Requests', data: [] },
        { httpStatus: 429, headers: { 'retry-after': '5' } },
      )?.retry,
    ).toEqual({ strategy: 'after', retryAt: NOW + 5000 });
  });

  it('is found by its hosts and ccxt ids', () => {
    const body = { code: '50113', msg: 'Invalid Sign', data: [] };
    for (const host of [
      'www.okx.com',
      'aws.okx.com',
      'eea.okx.com',
      'us.okx.com',
      'ws.okx.com',
      'wsaws.okx.com',
    ])
      expect(
        resolve(
          { code: 50113, message: 'x' },
          { request: { method: 'GET', url: `https://${host}/api/v5/account/balance` } },
        )?.source,
      ).toBe('okx');
    for (const id of ['okx', 'myokx', 'okxus'])
      expect(resolve(`${id} ${JSON.stringify(body)}`)).toMatchObject({
        source: 'okx',
        code: 50113,
        category: 'auth',
      });
  });

  it('writes orders on its trade endpoints and WebSocket ops, not on reads and checks', () => {
    for (const path of [
      '/api/v5/trade/order',
      '/api/v5/trade/batch-orders',
      '/api/v5/trade/cancel-order',
      '/api/v5/trade/cancel-batch-orders',
      '/api/v5/trade/amend-order',
      '/api/v5/trade/amend-batch-orders',
      '/api/v5/trade/close-position',
      '/api/v5/trade/order-algo',
      '/api/v5/trade/cancel-algos',
      '/api/v5/trade/amend-algos',
      '/api/v5/trade/mass-cancel',
      '/api/v5/trade/cancel-all-after',
      '/api/v5/sprd/order',
      '/api/v5/tradingBot/grid/order-algo',
    ])
      expect([path, writes(okx, 'POST', path)]).toEqual([path, true]);
    for (const op of [
      'order',
      'ORDER',
      'batch-orders',
      'cancel-order',
      'batch-cancel-orders',
      'amend-order',
      'batch-amend-orders',
      'mass-cancel',
      'sprd-order',
    ])
      expect([op, writes(okx, op)]).toEqual([op, true]);
    for (const [method, path] of [
      ['GET', '/api/v5/trade/order'],
      ['GET', '/api/v5/trade/orders-pending'],
      ['POST', '/api/v5/trade/order-precheck'],
      ['POST', '/api/v5/account/set-leverage'],
      ['subscribe', ''],
      ['login', ''],
    ] as const)
      expect([method, path, writes(okx, method, path)]).toEqual([method, path, false]);
  });
});

describe('Bybit answers', () => {
  const order = { method: 'POST', url: 'https://api.bybit.com/v5/order/create' };
  const envelope = (retCode: number, retMsg: string) => ({
    retCode,
    retMsg,
    result: {},
    retExtInfo: {},
    time: 1700000000000,
  });

  it('errors arrive in HTTP 200 with a non-zero retCode; retCode 0 is success', () => {
    const body = envelope(110007, 'Insufficient available balance');
    expect(claimants(body)).toEqual(['bybit']);
    expect(resolve(body, { httpStatus: 200, request: order })).toMatchObject({
      source: 'bybit',
      code: 110007,
      category: 'insufficient-funds',
      httpStatus: 200,
    });
    expect(
      resolve({
        retCode: 0,
        retMsg: 'OK',
        result: { orderId: '1321003749386327552' },
        retExtInfo: {},
        time: 1,
      }),
    ).toBeNull();
  });

  it('reads a batch answer from retExtInfo.list: the first failing item decides, with the failing positions', () => {
    const batch = {
      retCode: 0,
      retMsg: 'OK',
      result: { list: [{ orderId: '1' }, { orderId: '' }, { orderId: '' }] },
      retExtInfo: {
        list: [
          { code: 0, msg: 'OK' },
          { code: 170213, msg: 'Order does not exist.' },
          { code: 110001, msg: 'Order does not exist' },
        ],
      },
      time: 1,
    };
    expect(
      resolve(batch, { request: { method: 'POST', url: 'https://api.bybit.com/v5/order/cancel-batch' } }),
    ).toMatchObject({
      source: 'bybit',
      code: 170213,
      category: 'not-found',
      items: { failed: [1, 2], total: 3 },
    });
    expect(resolve({ ...batch, retExtInfo: { list: [{ code: 0, msg: 'OK' }] } })).toBeNull();
  });

  it('reads the trade WebSocket frames and the public WebSocket answers', () => {
    const frame = {
      reqId: 'test-005',
      retCode: 10404,
      retMsg: 'op type is not found',
      op: 'order.create',
      data: {},
      header: {},
      connId: 'cpv85t788smd5eps8ncg-2tfu',
    };
    expect(resolve(frame, { request: { method: 'order.create' } })).toMatchObject({
      source: 'bybit',
      code: 10404,
      category: 'invalid-request',
    });
    expect(
      resolve({ success: false, ret_msg: 'error:request expired', conn_id: 'x', op: 'auth' }),
    ).toMatchObject({
      source: 'bybit',
      code: null,
      category: 'clock-skew',
      retry: { strategy: 'resync-clock' },
    });
    expect(resolve({ success: true, ret_msg: '', conn_id: 'x', op: 'subscribe' })).toBeNull();
  });

  it('waits until the X-Bapi-Limit-Reset-Timestamp header says the limit resets', () => {
    const limited = envelope(10006, 'Too many visits. Exceeded the API Rate Limit.');
    expect(
      resolve(limited, { headers: { 'X-Bapi-Limit-Reset-Timestamp': String(NOW + 1500) } })?.retry,
    ).toEqual({
      strategy: 'after',
      retryAt: NOW + 1500,
    });
    expect(resolve(limited)?.retry).toMatchObject({ strategy: 'after', estimated: true });
  });

  it('lets the words decide under 10001 "Request parameter error", which covers every refusal', () => {
    expect(resolve(envelope(10001, 'Request parameter error'))).toMatchObject({
      category: 'invalid-request',
    });
    // Words that say nothing leave the document's reading of the code.
    for (const words of ['', 'orderQty will be truncated to zero.'])
      expect(resolve(envelope(10001, words))?.category).toBe('invalid-request');
    expect(
      resolve(
        envelope(
          10001,
          'The number of contracts exceeds maximum limit allowed: too large, order_qty:579700000000 > max_qty:360000000000',
        ),
      ),
    ).toMatchObject({ code: 10001, category: 'filter', field: 'quantity' });
  });

  it('reads an IP ban as one, and the reasons an answer gives apart', () => {
    expect(
      resolve('You have breached the ip rate limit. (ErrCode: 403)', {
        httpStatus: 403,
        request: { method: 'GET', url: 'https://api.bybit.com/v5/order/realtime' },
      }),
    ).toMatchObject({
      source: 'bybit',
      category: 'ip-banned',
    });
    const margin = {
      retCode: 3400045,
      retMsg: 'Set margin mode failed',
      result: {
        reasons: [
          { reasonCode: '3400000', reasonMsg: 'Equity needs to be equal to or greater than 1000 USDC' },
        ],
      },
    };
    expect(resolve(margin)).toMatchObject({
      code: 3400045,
      message: 'Set margin mode failed: Equity needs to be equal to or greater than 1000 USDC',
      category: 'insufficient-funds',
    });
  });

  it('is found by its hosts and ccxt ids', () => {
    for (const host of [
      'api.bybit.com',
      'api.bytick.com',
      'api-testnet.bybit.com',
      'stream.bybit.com',
      'api.bybit.eu',
      'api.bybit.kz',
    ])
      expect(
        resolve('', { httpStatus: 502, request: { method: 'GET', url: `https://${host}/v5/market/time` } })
          ?.source,
      ).toBe('bybit');
    for (const id of ['bybit', 'bybiteu', 'bybitid'])
      expect(resolve(`${id} ${JSON.stringify(envelope(110001, 'Order does not exist'))}`)).toMatchObject({
        source: 'bybit',
        code: 110001,
      });
  });

  it('writes orders on its order endpoints and trade WebSocket ops, not on reads and checks', () => {
    for (const path of [
      '/v5/order/create',
      '/v5/order/amend',
      '/v5/order/cancel',
      '/v5/order/cancel-all',
      '/v5/order/create-batch',
      '/v5/order/amend-batch',
      '/v5/order/cancel-batch',
      '/v5/position/trading-stop',
    ])
      expect([path, writes(bybit, 'POST', path)]).toEqual([path, true]);
    for (const op of [
      'order.create',
      'order.amend',
      'order.cancel',
      'order.create-batch',
      'order.amend-batch',
      'order.cancel-batch',
    ])
      expect([op, writes(bybit, op)]).toEqual([op, true]);
    for (const [method, path] of [
      ['GET', '/v5/order/realtime'],
      ['POST', '/v5/order/pre-check'],
      ['POST', '/v5/position/set-leverage'],
      ['subscribe', ''],
    ] as const)
      expect([method, path, writes(bybit, method, path)]).toEqual([method, path, false]);
  });
});

describe('codes whose outcome the documents leave open', () => {
  const okxTimeout = {
    code: '50004',
    msg: 'API endpoint request timeout. (does not mean that the request was successful or failed, please check the request result).',
    data: [],
  };
  const bybitTimeout = { retCode: 10000, retMsg: 'Server Timeout', result: {}, retExtInfo: {}, time: 1 };
  const cases: readonly (readonly [string, object, RequestContext, RequestContext, RequestContext])[] = [
    [
      'OKX 50004',
      okxTimeout,
      { method: 'POST', url: 'https://www.okx.com/api/v5/trade/order' },
      { method: 'order', url: 'wss://ws.okx.com:8443/ws/v5/private' },
      { method: 'GET', url: 'https://www.okx.com/api/v5/trade/orders-pending' },
    ],
    [
      'Bybit 10000',
      bybitTimeout,
      { method: 'POST', url: 'https://api.bybit.com/v5/order/create' },
      { method: 'order.create', url: 'wss://stream.bybit.com/v5/trade' },
      { method: 'GET', url: 'https://api.bybit.com/v5/order/realtime' },
    ],
  ];

  it.each(cases)('%s is execution-unknown on an order request, REST or WebSocket', (_, body, rest, ws) => {
    for (const request of [rest, ws])
      expect(resolve(body, { request })).toMatchObject({
        category: 'execution-unknown',
        retry: { strategy: 'check-status' },
      });
  });

  it.each(cases)(
    '%s is a plain outage on a read, which changed nothing: retry with backoff',
    (_, body, _rest, _ws, read) => {
      expect(resolve(body, { request: read })).toMatchObject({
        category: 'unavailable',
        retry: { strategy: 'backoff' },
      });
    },
  );

  it.each(cases)(
    '%s stays execution-unknown when the request is not known, or wrote something else',
    (_, body, rest) => {
      expect(resolve(body)?.category).toBe('execution-unknown');
      const host = new URL(rest.url ?? '').host;
      expect(
        resolve(body, {
          request: { method: 'POST', url: `https://${host}/v5/asset/transfer/inter-transfer` },
        })?.category,
      ).toBe('execution-unknown');
    },
  );

  it('a definite no from OKX or Bybit on an order is never execution-unknown', () => {
    const order = { method: 'POST', url: 'https://www.okx.com/api/v5/trade/order' };
    for (const code of ['51008', '51121', '51400', '50011', '51010', '1'])
      expect(
        resolve(
          { code: '1', msg: 'All operations failed', data: [{ sCode: code, sMsg: 'x' }] },
          { request: order, httpStatus: 200 },
        )?.category,
      ).not.toBe('execution-unknown');
    const create = { method: 'POST', url: 'https://api.bybit.com/v5/order/create' };
    for (const code of [110007, 110003, 170131, 10001, 170149])
      expect(
        resolve({ retCode: code, retMsg: 'x', result: {} }, { request: create, httpStatus: 200 })?.category,
      ).not.toBe('execution-unknown');
  });
});
