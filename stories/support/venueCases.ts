import type { GalleryCase } from './cases';

// Where the documents' own texts come from (the copies the catalogs are generated from).
const USDM_DOC =
  'https://github.com/rosssaunders/coincise/blob/c836b49695f84aa1216c5494ecc2f8063418da5b/docs/binance/usdm/error_codes.md';
const OKX_DOC =
  'https://github.com/rosssaunders/coincise/blob/98d98d03ef86c01fa1f9fb3b404621a0202e3ad4/docs/okx/error_code.md';
const BYBIT_DOC =
  'https://github.com/bybit-exchange/docs/blob/4c1d665179d2c5d4d51403c7e6e7a34651b5fa06/docs/v5/error.mdx';

const FAPI_ORDER = 'https://fapi.binance.com/fapi/v1/order';
const OKX_ORDER = 'https://www.okx.com/api/v5/trade/order';
const BYBIT_ORDER = 'https://api.bybit.com/v5/order/create';

const inTwoMinutes = () => Date.now() + 2 * 60_000;

/**
 * Binance USDⓈ-M futures: the same `{"code":-4014,"msg":"…"}` envelope as Spot, told apart by the
 * request's `fapi` host (or a message only the futures document has). No case names the exchange:
 * the resolver, with all five profiles registered, must find it.
 */
export const binanceUsdmCases: readonly GalleryCase[] = [
  {
    exchange: 'binance-usdm',
    category: 'rate-limit',
    payload: {
      code: -1003,
      msg: 'Too many requests; current limit is 2400 requests per minute. Please use the websocket for live updates to avoid polling the API.',
    },
    hints: {
      httpStatus: 429,
      headers: { 'Retry-After': '10' },
      request: { method: 'GET', url: 'https://fapi.binance.com/fapi/v1/openOrders' },
    },
    note: 'The futures request-weight limit (2400 a minute): a countdown from Retry-After.',
    detect: true,
    from: USDM_DOC,
  },
  {
    exchange: 'binance-usdm',
    category: 'ip-banned',
    payload: () => ({
      code: -1003,
      msg: `Way too many requests; IP banned until ${inTwoMinutes()}. Please use the websocket for live updates to avoid bans.`,
    }),
    hints: { httpStatus: 418, request: { method: 'POST', url: FAPI_ORDER } },
    note: 'HTTP 418 and "banned until": the ban clock counts to the time the exchange gave.',
    detect: true,
    from: 'https://github.com/NoFxAiOS/nofx/issues/1389',
  },
  {
    exchange: 'binance-usdm',
    category: 'clock-skew',
    payload: { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' },
    hints: {
      httpStatus: 400,
      request: { method: 'POST', url: 'https://fapi.binance.com/fapi/v1/leverage' },
    },
    note: 'Offers "Sync clock & retry".',
    detect: true,
    from: 'https://github.com/binance/binance-futures-connector-python/issues/204',
  },
  {
    exchange: 'binance-usdm',
    category: 'execution-unknown',
    payload: {
      timestamp: 1677838680041,
      path: '/fapi/v1/order',
      msg: 'Unknown error, please check your request or try again later.',
    },
    hints: { httpStatus: 503, request: { method: 'DELETE', url: FAPI_ORDER } },
    note: 'A 503 on an order call: the cancel may have happened. Check the order; no retry button.',
    detect: true,
    from: 'https://github.com/hummingbot/hummingbot/pull/6123',
  },
  {
    exchange: 'binance-usdm',
    category: 'unavailable',
    payload: {
      code: -1008,
      msg: 'Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.',
    },
    note: 'The server shedding load, not your rate: retry with backoff. Only the futures document has this text.',
    detect: true,
    from: 'https://github.com/rosssaunders/coincise/blob/a00ae58b65f831bd2617d0bb8a4f84886c7281d1/docs/binance/futures/change_log.md',
  },
  {
    exchange: 'binance-usdm',
    category: 'auth',
    payload: {
      code: -2015,
      msg: 'Invalid API-key, IP, or permissions for action, request ip: 185.93.111.189',
    },
    hints: { httpStatus: 401, request: { method: 'GET', url: 'https://fapi.binance.com/fapi/v2/account' } },
    note: 'The key, its futures permission or the IP whitelist.',
    detect: true,
    from: 'https://github.com/ccxt/ccxt/issues/7822',
  },
  {
    exchange: 'binance-usdm',
    category: 'account-restricted',
    payload: { code: -4087, msg: 'User can only place reduce only order' },
    hints: { httpStatus: 400, request: { method: 'POST', url: FAPI_ORDER } },
    note: 'The account may only reduce positions: nothing to fix in the order.',
    detect: true,
    from: USDM_DOC,
  },
  {
    exchange: 'binance-usdm',
    category: 'insufficient-funds',
    payload: { code: -2019, msg: 'Margin is insufficient.' },
    hints: { httpStatus: 400, request: { method: 'POST', url: FAPI_ORDER } },
    note: 'Margin, not a spot balance.',
    detect: true,
    from: 'https://github.com/sammchardy/python-binance/issues/1220',
  },
  {
    exchange: 'binance-usdm',
    category: 'filter',
    payload: { code: -4014, msg: 'Price not increased by tick size.' },
    hints: { httpStatus: 400, request: { method: 'POST', url: FAPI_ORDER } },
    note: "Spot's -4014 is a withdrawal delay; on futures it is the price's tick size, inline on the price field.",
    detect: true,
    from: 'https://github.com/51bitquant/binance_grid_trader/pull/36',
  },
  {
    exchange: 'binance-usdm',
    category: 'invalid-request',
    payload: { code: -4015, msg: 'Client order id is not valid.' },
    hints: { httpStatus: 400, request: { method: 'POST', url: FAPI_ORDER } },
    note: 'A request the app must fix.',
    detect: true,
    from: 'https://github.com/germangar/whook/blob/8b578a75a8525a6abf97bdb24446a14ff7cf0787/main.py',
  },
  {
    exchange: 'binance-usdm',
    category: 'not-found',
    payload: { code: -2013, msg: 'Order does not exist.' },
    hints: { httpStatus: 400, request: { method: 'POST', url: 'https://fapi1.binance.com/fapi/v1/order' } },
    note: 'Informational, with Refresh.',
    detect: true,
    from: 'https://github.com/Binance-docs/Binance_Futures_python/issues/172',
  },
  {
    exchange: 'binance-usdm',
    category: 'order-rejected',
    payload: {
      code: -5022,
      msg: 'Due to the order could not be executed as maker, the Post Only order will be rejected. The order will not be recorded in the order history',
    },
    hints: { httpStatus: 400, request: { method: 'POST', url: FAPI_ORDER } },
    note: 'A post-only order that would have taken: a definite no.',
    detect: true,
    from: 'https://github.com/binance/binance-futures-connector-java/issues/51',
  },
  {
    exchange: 'binance-usdm',
    category: 'unsupported',
    payload: {
      code: -4120,
      msg: 'Order type not supported for this endpoint. Please use the Algo Order API endpoints instead.',
    },
    hints: { httpStatus: 400, request: { method: 'POST', url: FAPI_ORDER } },
    note: 'Conditional orders moved to the algo order API.',
    detect: true,
    from: 'https://github.com/JKorf/Binance.Net/issues/1542',
  },
  {
    exchange: 'binance-usdm',
    category: 'unknown',
    payload: { code: -1000, msg: 'An unknown error occured while processing the request.' },
    hints: { httpStatus: 400, request: { method: 'GET', url: 'https://fapi.binance.com/fapi/v2/balance' } },
    note: 'The exchange itself does not say why.',
    detect: true,
    from: USDM_DOC,
  },
];

/**
 * OKX (API v5): `{"code":"1","msg":"…","data":[{"sCode":"51008","sMsg":"…"}]}` for orders, where the
 * first failing item decides, and `{"code":"50011","msg":"…"}` for the rest; most in HTTP 200.
 */
export const okxCases: readonly GalleryCase[] = [
  {
    exchange: 'okx',
    category: 'rate-limit',
    payload: { msg: 'Too Many Requests', code: '50011' },
    hints: { httpStatus: 429, request: { method: 'POST', url: OKX_ORDER } },
    note: 'No Retry-After: OKX counts limits over two-second windows, so the countdown is one window.',
    detect: true,
    from: 'https://github.com/ccxt/ccxt/issues/18901',
  },
  {
    exchange: 'okx',
    category: 'clock-skew',
    payload: { code: '50102', data: [], msg: 'Timestamp request expired' },
    hints: {
      httpStatus: 401,
      request: { method: 'GET', url: 'https://aws.okx.com/api/v5/account/balance?ccy=USDT' },
    },
    note: 'An HTTP 401 that is not the key: the clock. Offers "Sync clock & retry".',
    detect: true,
    from: 'https://github.com/jane-cloud/Open-API-SDK-V5/issues/31',
  },
  {
    exchange: 'okx',
    category: 'execution-unknown',
    payload: {
      code: '50004',
      data: [],
      msg: 'API endpoint request timeout. (does not mean that the request was successful or failed, please check the request result).',
    },
    hints: { httpStatus: 400, request: { method: 'POST', url: OKX_ORDER } },
    note: 'OKX says it itself: the order may exist. Check it; no retry button.',
    detect: true,
    from: OKX_DOC,
  },
  {
    exchange: 'okx',
    category: 'unavailable',
    payload: {
      code: '50001',
      data: [],
      inTime: '1731058879657762',
      msg: 'Service temporarily unavailable. Please try again later ',
      outTime: '1731058879658004',
    },
    hints: { httpStatus: 503 },
    note: 'Retry with backoff.',
    detect: true,
    from: 'https://github.com/GinArea/gookx/blob/4cc498eaabb83000f0f43d0a46f1f098d18b3469/okxv5/request.go',
  },
  {
    exchange: 'okx',
    category: 'auth',
    payload: { msg: "API key doesn't exist", code: '50119' },
    note: 'Check the key (and that it was made for this site: okx.com, app.okx.com, my.okx.com).',
    detect: true,
    from: 'https://github.com/freqtrade/freqtrade/issues/10967',
  },
  {
    exchange: 'okx',
    category: 'account-restricted',
    payload: {
      code: '1',
      data: [
        {
          clOrdId: '',
          ordId: '',
          sCode: '51009',
          sMsg: 'Order blocked. Please contact customer support for assistance.',
          tag: '',
          ts: '1754837511941',
        },
      ],
      msg: 'All operations failed',
    },
    hints: { httpStatus: 200, request: { method: 'POST', url: OKX_ORDER } },
    note: "The document's 51009, in the envelope OKX answers orders with: contact support.",
    detect: true,
    from: OKX_DOC,
  },
  {
    exchange: 'okx',
    category: 'insufficient-funds',
    payload: {
      code: '1',
      data: [
        {
          clOrdId: '',
          ordId: '',
          sCode: '51008',
          sMsg: 'Order failed. Insufficient USDT margin in account ',
          tag: '',
          ts: '1754837511941',
        },
      ],
      inTime: '1754837511940445',
      msg: 'All operations failed',
      outTime: '1754837511941393',
    },
    hints: { httpStatus: 200, request: { method: 'POST', url: OKX_ORDER } },
    note: 'An HTTP 200 whose envelope says "1": the item\'s sCode 51008 decides.',
    detect: true,
    from: 'https://github.com/okxapi/python-okx/issues/110',
  },
  {
    exchange: 'okx',
    category: 'filter',
    payload: {
      code: '1',
      data: [
        {
          clOrdId: '001',
          ordId: '',
          sCode: '51006',
          sMsg: 'Order price is not within the price limit (Maximum buy price: 26,899.6; minimum sell price: 25,844.6)',
          tag: '',
        },
      ],
      inTime: '1695698840518495',
      msg: '',
      outTime: '1695698840518723',
    },
    hints: { httpStatus: 200, request: { method: 'POST', url: OKX_ORDER } },
    note: 'The price band, inline on the price field.',
    detect: true,
    from: 'https://github.com/germangar/whook/blob/4db7d61b2d86b7da23daabfa23bef4f983f76b6a/main.py',
  },
  {
    exchange: 'okx',
    category: 'invalid-request',
    payload: {
      code: '1',
      data: [
        {
          clOrdId: '1425d83a94fbBCDEJKSpB3MVWDCky8bT',
          ordId: '',
          sCode: '51000',
          sMsg: 'Parameter sz error',
          tag: '1425d83a94fbBCDE',
          ts: '1742064981369',
        },
        {
          clOrdId: '1425d83a94fbBCDEJKwEtqOqCUU6auai',
          ordId: '',
          sCode: '51001',
          sMsg: "Instrument ID doesn't exist.",
          tag: '1425d83a94fbBCDE',
          ts: '1742064981369',
        },
      ],
      inTime: '1742064981369740',
      msg: '',
      outTime: '1742064981369984',
    },
    hints: {
      httpStatus: 200,
      request: { method: 'POST', url: 'https://www.okx.com/api/v5/trade/batch-orders' },
    },
    note: 'A batch where both orders failed: the first decides, "sz" is the quantity field.',
    detect: true,
    from: 'https://github.com/JKorf/OKX.Net/issues/64',
  },
  {
    exchange: 'okx',
    category: 'not-found',
    payload: { code: '51603', data: [], msg: 'Order does not exist.' },
    hints: { httpStatus: 200, request: { method: 'GET', url: OKX_ORDER } },
    note: 'Informational, with Refresh.',
    detect: true,
    from: OKX_DOC,
  },
  {
    exchange: 'okx',
    category: 'order-rejected',
    payload: {
      code: '1',
      data: [
        {
          clOrdId: '001',
          ordId: '',
          sCode: '51400',
          sMsg: 'Order cancellation failed as the order has been filled, canceled or does not exist',
        },
      ],
      inTime: '1695702628745527',
      msg: 'All operations failed',
      outTime: '1695702628746932',
    },
    hints: {
      httpStatus: 200,
      request: { method: 'POST', url: 'https://www.okx.com/api/v5/trade/cancel-order' },
    },
    note: 'The order is no longer open: nothing to cancel.',
    detect: true,
    from: 'https://github.com/germangar/whook/blob/48072dbaedf0a39d3662ac7c0150806e5d92693e/main.py',
  },
  {
    exchange: 'okx',
    category: 'unsupported',
    payload: [
      {
        clOrdId: '',
        ordId: '',
        sCode: '51010',
        sMsg: "You can't complete this request under your current account mode. ",
        tag: '',
        ts: '1770739484869',
      },
    ],
    hints: { request: { method: 'POST', url: OKX_ORDER } },
    note: 'The per-order results alone, as a client passed them on: the account mode cannot do this.',
    detect: true,
    from: 'https://github.com/okxapi/python-okx/issues/143',
  },
  {
    exchange: 'okx',
    category: 'unknown',
    payload: { code: '1', data: [], msg: 'Operation failed.' },
    hints: { httpStatus: 200, request: { method: 'POST', url: OKX_ORDER } },
    note: 'Code 1 with no item to say why: a definite no, reason unknown.',
    detect: true,
    from: OKX_DOC,
  },
];

/**
 * Bybit (API v5): `{"retCode":110007,"retMsg":"…","result":{},"retExtInfo":{},"time":…}` in HTTP 200
 * (`retCode: 0` is success); the IP limit is an HTTP 403.
 */
export const bybitCases: readonly GalleryCase[] = [
  {
    exchange: 'bybit',
    category: 'rate-limit',
    payload: { retCode: 10006, retMsg: 'Too many visits', result: {}, retExtInfo: {}, time: 1693924869139 },
    hints: () => ({
      httpStatus: 200,
      headers: {
        'X-Bapi-Limit': '10',
        'X-Bapi-Limit-Status': '0',
        'X-Bapi-Limit-Reset-Timestamp': String(Date.now() + 2000),
      },
      request: { method: 'GET', url: 'https://api.bybit.com/v5/order/realtime' },
    }),
    note: 'An HTTP 200: the countdown runs to X-Bapi-Limit-Reset-Timestamp.',
    detect: true,
    from: 'https://github.com/donewiththedollar/directionalscalper/issues/57',
  },
  {
    exchange: 'bybit',
    category: 'ip-banned',
    payload: 'access too frequent',
    hints: { httpStatus: 403, request: { method: 'GET', url: 'https://api.bybit.com/v5/order/realtime' } },
    note: 'The IP limit: HTTP 403, banned for at least ten minutes; stop all requests from this IP. The 403 does not say until when: the ban clock is an estimate.',
    detect: true,
    from: 'https://bybit-exchange.github.io/docs/v5/rate-limit',
  },
  {
    exchange: 'bybit',
    category: 'clock-skew',
    payload: {
      retCode: 10002,
      retMsg:
        'invalid request, please check your server timestamp or recv_window param. req_timestamp[1755542601897],server_timestamp[1755542600895],recv_window[5000]',
      result: {},
      retExtInfo: {},
      time: 1755542600895,
    },
    hints: { httpStatus: 200, request: { method: 'GET', url: 'https://api.bybit.com/v5/user/query-api' } },
    note: 'Offers "Sync clock & retry".',
    detect: true,
    from: 'https://github.com/JKorf/Bybit.Net/issues/273',
  },
  {
    exchange: 'bybit',
    category: 'execution-unknown',
    payload: { retCode: 10000, retMsg: 'Server Timeout', result: {}, retExtInfo: {}, time: 1721301612083 },
    hints: { httpStatus: 200, request: { method: 'POST', url: BYBIT_ORDER } },
    note: 'A timeout on an order: it may have been placed. Check it; no retry button.',
    detect: true,
    from: 'https://github.com/bybit-exchange/pybit/issues/234',
  },
  {
    exchange: 'bybit',
    category: 'unavailable',
    payload: {
      retCode: 10016,
      retMsg: 'System error. Please try again later.',
      result: {},
      retExtInfo: {},
      time: 1673725857903,
    },
    hints: { httpStatus: 200 },
    note: 'Retry with backoff.',
    detect: true,
    from: 'https://github.com/JKorf/Bybit.Net/issues/105',
  },
  {
    exchange: 'bybit',
    category: 'auth',
    payload: { retCode: 10010, retMsg: "Unmatched IP, please check your API key's bound IP addresses." },
    hints: { request: { method: 'GET', url: 'https://api.bybit.eu/v5/user/query-api' } },
    note: "The key's IP whitelist, on Bybit's EEA site.",
    detect: true,
    from: 'https://github.com/sieblyio/bybit-api/issues/555',
  },
  {
    exchange: 'bybit',
    category: 'account-restricted',
    payload: { retCode: 10027, retMsg: 'Transactions are banned.', result: {}, retExtInfo: {} },
    hints: { httpStatus: 200, request: { method: 'POST', url: BYBIT_ORDER } },
    note: 'The account may not trade: contact support.',
    detect: true,
    from: BYBIT_DOC,
  },
  {
    exchange: 'bybit',
    category: 'insufficient-funds',
    payload: {
      retCode: 140007,
      retMsg:
        'remark:order[1643476 23006bb4-630a-4917-af0d-5412aaa1c950] fix price failed for CannotAffordOrderCost.',
      result: {},
      retExtInfo: {},
      time: 1690540657794,
    },
    hints: { httpStatus: 200 },
    note: 'The matching engine\'s own words: "CannotAffordOrderCost".',
    detect: true,
    from: 'https://github.com/germangar/whook/blob/4db7d61b2d86b7da23daabfa23bef4f983f76b6a/main.py',
  },
  {
    exchange: 'bybit',
    category: 'filter',
    payload: {
      retCode: 110003,
      retMsg: 'Order price is out of permissible range',
      result: {},
      retExtInfo: {},
      time: 1696581050747,
    },
    hints: { httpStatus: 200, request: { method: 'POST', url: BYBIT_ORDER } },
    note: 'The price band, inline on the price field.',
    detect: true,
    from: 'https://github.com/freqtrade/freqtrade/issues/9270',
  },
  {
    exchange: 'bybit',
    category: 'invalid-request',
    payload: { retCode: 10001, retMsg: 'Request parameter error', result: {}, retExtInfo: {} },
    hints: { httpStatus: 200, request: { method: 'POST', url: BYBIT_ORDER } },
    note: 'The umbrella code, with nothing more said: a request the app must fix.',
    detect: true,
    from: BYBIT_DOC,
  },
  {
    exchange: 'bybit',
    category: 'not-found',
    payload: {
      retCode: 110001,
      retMsg: 'order not exists or too late to cancel',
      result: {},
      retExtInfo: {},
      time: 1728312068050,
    },
    hints: { httpStatus: 200, request: { method: 'POST', url: 'https://api.bybit.com/v5/order/cancel' } },
    note: 'Informational, with Refresh.',
    detect: true,
    from: 'https://github.com/ccxt/ccxt/issues/23922',
  },
  {
    exchange: 'bybit',
    category: 'order-rejected',
    payload: {
      retCode: 20094,
      retMsg: 'OrderLinkedID is duplicate',
      result: {},
      retExtInfo: {},
      time: 1694985713343,
    },
    hints: { httpStatus: 200, request: { method: 'POST', url: BYBIT_ORDER } },
    note: 'A client order id used before: a definite no, never a resend.',
    detect: true,
    from: 'https://github.com/germangar/whook/blob/d5d8fc6b4802990288d02f5891ea8ba3380f149c/main.py',
  },
  {
    exchange: 'bybit',
    category: 'unsupported',
    payload: { retCode: 182120, retMsg: 'Please use the repay and no-convert-repay API.' },
    hints: { request: { method: 'POST', url: 'https://api.bybit.com/v5/account/quick-repayment' } },
    note: 'An endpoint that sends callers to another.',
    detect: true,
    from: 'https://github.com/bybit-exchange/docs/blob/072c197d0c11b4d9a88d1dd0c7b9d7ca8ea3a996/docs/v5/account/repay-liability.mdx',
  },
  {
    exchange: 'bybit',
    category: 'unknown',
    payload: { retCode: 170149, retMsg: 'Create order failed', result: {}, retExtInfo: {} },
    hints: { httpStatus: 200, request: { method: 'POST', url: BYBIT_ORDER } },
    note: 'A definite no with no reason.',
    detect: true,
    from: BYBIT_DOC,
  },
];
