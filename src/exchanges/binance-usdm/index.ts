import type { ClassifyInput, ExchangeProfile, WireError, WireRequest } from '../../core/profile';
import type { Classification, ErrorCategory } from '../../core/types';
import { read as field, toCode } from '../../core/wireValues';
import { classified, positive } from '../read';
import { type BinanceUsdmErrors, binanceUsdmData } from './binance-usdm.data';

// Codes whose documented message the language's vocabulary reads as another category. Every other
// code is classified from its message; `test/exchanges/binanceUsdmCategories.ts` holds the expected
// category of every entry and `binanceUsdmCatalog.test.ts` checks them all.
const CODES: Partial<Record<ErrorCategory, readonly number[]>> = {
  // "An unknown error occured", "Batch cancel failure.", "Fail to place batch orders.": a definite
  // no without a reason, not a server failure.
  unknown: [-1000, -2012, -4083],
  // State conflicts worded as "invalid", "cannot", "no need to change", "is closed".
  'order-rejected': [
    -1004, -1112, -2020, -2024, -4000, -4046, -4047, -4048, -4052, -4054, -4072, -4075, -4076, -4115, -4117,
    -4118, -4140, -4141, -4142, -4161, -4167, -4170, -4171, -5027, -5041,
  ],
  'not-found': [-1005, -2011],
  auth: [-1011, -4057],
  // Rules on a value worded as "less than zero" (read as funds), "multiplier cap", "not increased by".
  filter: [-1013, -4003, -4006, -4016, -4023, -4028, -4135, -4183, -4184, -4206, -4210, -4403],
  // A symbol's configuration and request parameters worded as limits ("less than zero", "too large").
  'invalid-request': [
    -1023, -1127, -4008, -4009, -4010, -4011, -4012, -4017, -4018, -4019, -4021, -4025, -4026, -4029, -4030,
    -4032, -4058, -4060, -4070, -4073, -4114, -4165, -5040,
  ],
  unsupported: [-2016, -4084, -4139, -4168, -5025],
  'account-restricted': [-2017, -4087, -4088, -4109, -4202, -4203, -4205, -4400],
  'insufficient-funds': [-4172],
  // "Request throttled by system-level protection": the server sheds load (retry with backoff), not
  // the account's own rate limit.
  unavailable: [-1008],
};
const byCode = new Map<number, ErrorCategory>();
for (const [category, codes] of Object.entries(CODES))
  for (const code of codes) byCode.set(code, category as ErrorCategory);

// Fields the message's words do not name, or name wrongly: the leverage a region or symbol caps,
// an activation price, and rules with no single field.
const FIELDS: Readonly<Record<number, string | null>> = {
  [-2027]: null,
  [-4074]: 'quantity',
  [-4077]: null,
  [-4131]: null,
  [-4135]: 'stopPrice',
  [-4183]: 'price',
  [-4184]: 'price',
};

function classify({ code }: ClassifyInput): Classification | undefined {
  if (code === null) return undefined;
  return classified(byCode.get(code), FIELDS[code]);
}

/** `{"code":-4014,"msg":"…"}`: REST bodies, batch items and the `error` of a WebSocket API frame. */
function readError(body: object): WireError | undefined {
  const code = toCode(field(body, 'code'));
  if (code === null) return undefined;
  const msg = field(body, 'msg') ?? field(body, 'message');
  return { code, message: typeof msg === 'string' ? msg : '' };
}

/**
 * Binance futures answers, as Spot's: REST `{"code":-4014,"msg":"…"}` (`code: 200` beside a
 * message is the success of a cancel-all); WebSocket API frames `{"status":429,"error":{"code":
 * -1003,"msg":"…","data":{"retryAfter":…,"serverTime":…}}}` (`retryAfter` in epoch ms); batch answers (`/fapi/v1/
 * batchOrders`), an array whose items are orders or `{"code":-2022,"msg":"…"}` (all orders: a success).
 */
function readBinanceFutures(body: object): WireError | undefined {
  if (Array.isArray(body)) {
    const items = body.slice(0, 100);
    const failed = items.flatMap((item, i) => {
      const wire = typeof item === 'object' && item ? readError(item) : undefined;
      return wire && wire.code !== 200 ? [i] : [];
    });
    const first = failed[0] === undefined ? undefined : readError(items[failed[0]]);
    if (first) return { ...first, failed, total: body.length };
    // Every item an order: the batch went through.
    return items.length > 0 && items.every((item) => field(item, 'orderId') !== undefined)
      ? { code: null, message: '', success: true }
      : undefined;
  }
  const inner = field(body, 'error');
  if (typeof inner === 'object' && inner !== null) {
    const wire = readError(inner);
    if (!wire) return undefined;
    const data = field(inner, 'data');
    const retryAfter = positive(field(data, 'retryAfter'));
    const serverTime = positive(field(data, 'serverTime'));
    if (retryAfter) wire.retryAfter = retryAfter;
    if (serverTime) wire.serverTime = serverTime;
    return wire;
  }
  const wire = readError(body);
  // `DELETE /fapi/v1/allOpenOrders` answers `{"code":200,"msg":"The operation of cancel all open order is done."}`.
  return wire?.code === 200 ? { code: null, message: '', success: true } : wire;
}

/**
 * `{"code":-4014,"msg":"…"}`, as a body, a batch item or a frame's `error`: codes are negative
 * (sometimes passed on as strings), beside `msg` or alone; never beside another exchange's
 * `message`. Spot claims the same envelope: the codes' documented messages, or the request's host,
 * tell the two apart.
 */
function claimsBinanceFutures(body: object): boolean {
  if (Array.isArray(body))
    return body.some((item) => typeof item === 'object' && item !== null && claimsBinanceFutures(item));
  const inner = field(body, 'error');
  const error = typeof inner === 'object' && inner !== null ? inner : body;
  const code = toCode(field(error, 'code'));
  const msg = field(error, 'msg');
  return (
    code !== null &&
    code < 0 &&
    (typeof msg === 'string' || (msg === undefined && field(error, 'message') === undefined))
  );
}

// REST endpoints that place, cancel or modify orders (not `/order/test`, which only checks):
// orders and batches (POST, PUT, DELETE), all open orders, the countdown that cancels them, and
// the conditional orders of the algo order API.
const REST_WRITES =
  /^\/fapi\/v\d\/(?:order(?!\/test\b)|batchOrders|allOpenOrders|countdownCancelAll|algoOrder)/i;
// WebSocket API methods that do so, not the reads beside them (`order.status`).
const WS_WRITES = /^order\.(?:place|cancel|modify)$/i;

function writesOrder({ method, path }: WireRequest): boolean {
  if (WS_WRITES.test(method)) return true;
  return /^(?:POST|PUT|DELETE)$/.test(method) && REST_WRITES.test(path);
}

/**
 * Binance USDⓈ-M futures: every code of its error-code document (which reuses Spot's numbers with
 * other meanings: -4014 is a price off the tick size here), its REST, WebSocket API and batch
 * answers, its API hosts and ccxt id, and the order endpoints whose lost answers leave an order's
 * outcome unknown. Register it beside `binanceSpot` and pass the request's URL: the host tells
 * futures from Spot where the code and message alone cannot.
 *
 * @example
 * ```ts
 * import { resolveExchangeError } from 'exchange-error-kit';
 * import { binanceUsdm } from 'exchange-error-kit/exchanges/binance-usdm';
 *
 * const error = resolveExchangeError('{"code":-4014,"msg":"Price not increased by tick size."}', {
 *   exchanges: [binanceUsdm],
 *   request: { method: 'POST', url: 'https://fapi.binance.com/fapi/v1/order' },
 * });
 * error?.category; // 'filter'
 * error?.field; // 'price'
 * ```
 */
export const binanceUsdm: ExchangeProfile<BinanceUsdmErrors, 'binance-usdm'> = {
  id: 'binance-usdm',
  name: 'Binance USDⓈ-M Futures',
  catalog: binanceUsdmData,
  detect: {
    paths: /^\/fapi\//,
    hosts: [
      'fapi.binance.com',
      'fapi1.binance.com',
      'fapi2.binance.com',
      'fapi3.binance.com',
      'fstream.binance.com',
      'ws-fapi.binance.com',
      // The testnet: `testnet.binancefuture.com`, `stream.binancefuture.com`, `fstream.binancefuture.com`.
      'binancefuture.com',
    ],
    // ccxt's `binance` also trades futures (`defaultType: 'future'`): with Spot registered too, the
    // catalogs decide which one an exception of it is.
    ccxt: ['binanceusdm', 'binance'],
    claims: claimsBinanceFutures,
  },
  read: readBinanceFutures,
  writesOrder,
  classify,
};
