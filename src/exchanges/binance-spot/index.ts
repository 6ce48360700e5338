import type { ClassifyInput, ExchangeProfile, WireError, WireRequest } from '../../core/profile';
import type { Classification, ErrorCategory, OrderField } from '../../core/types';

export { rulesFromBinanceSymbol } from './rulesFromBinanceSymbol';

import { read as field, toCode } from '../../core/wireValues';
import { positive } from '../read';
import { type BinanceSpotErrors, binanceSpotData } from './binance-spot.data';

// Codes whose message alone reads wrongly, or that mean one thing whatever the message says.
// Every other documented code is classified from its message by the language's vocabulary (11xx
// by the range rule in `classify`); `test/core/expectedCategories.ts` holds the expected category
// of every entry, and `binanceSpotCatalog.test.ts` checks them all.
const CODES: Partial<Record<ErrorCategory, readonly number[]>> = {
  unknown: [-1000],
  // "Execution status unknown" even when a proxy rewords it.
  'execution-unknown': [-1006, -1007],
  'clock-skew': [-1021],
  // -1013 INVALID_MESSAGE carries the filter failures and "Invalid quantity." (its documented text
  // is only a description, so the code has to say it).
  filter: [-1013, -1111],
  'order-rejected': [-1112, -2021, -2022, -4030, -6019],
  // -1220: a single symbol asked for with a `symbolStatus` it is not in; -2039: no order has this
  // orderId and origClientOrderId together (the changelog's words).
  'not-found': [-1125, -1220, -2039, -20124],
  // -1155 "SBE is not enabled." and -1158 "Order type not supported in OCO." say so themselves;
  // the 11xx rule below would call them invalid requests.
  unsupported: [-1155, -1158, -2016, -4042, -21001],
  unavailable: [-3045, -10041],
  'account-restricted': [-4014, -4036, -21007],
  // FIX logons: the SenderCompId is held by another session (-1033, not an account ban), the
  // session is logged out (-1035, not a server failure: an order sent on it was refused).
  auth: [-1033, -1035],
  // Connections per account or IP (-1034) and FIX messages per interval (-1181), not order limits.
  'rate-limit': [-1034, -1181],
  // OPO legs (-1223, -1225) read as "pending"; the user data stream's subscription bookkeeping
  // (-2035, -2036, -2042) is the app's to fix, like FIX's subscription ids (-1190, -1191).
  'invalid-request': [-1223, -1225, -2035, -2036, -2042, -6006, -7001],
};
const byCode = new Map<number, ErrorCategory>();
for (const [category, codes] of Object.entries(CODES))
  for (const code of codes) byCode.set(code, category as ErrorCategory);

/**
 * The form field a filter checks. Counts (MAX_NUM_ORDERS, MAX_NUM_ORDER_AMENDS, EXCHANGE_MAX_NUM_…)
 * have none, and neither has an unknown filter such as MAX_ASSET, which limits the quantity or the
 * notional depending on the asset.
 */
function filterField(filter: string): OrderField | undefined {
  if (/NUM_/.test(filter)) return undefined;
  if (/NOTIONAL/.test(filter)) return 'notional';
  if (/PRICE/.test(filter)) return 'price';
  if (/ICEBERG/.test(filter)) return 'icebergQty';
  if (/TRAILING/.test(filter)) return 'trailingDelta';
  return /LOT_SIZE|POSITION/.test(filter) ? 'quantity' : undefined;
}

// Matching-engine rejections whose words read as something else: a book too thin to fill a
// quote-quantity or pegged order (as -1112 NO_DEPTH: nothing the user typed is wrong), an amend
// that changes nothing, and pegging or amending what cannot be.
const REJECTIONS: readonly (readonly [RegExp, ErrorCategory])[] = [
  [/^order book liquidity is (?:less than|too low)/i, 'order-rejected'],
  [/would change no state/i, 'order-rejected'],
  [
    /may not use pegged price|peg cannot be used|amend \(pending opo order\) is not supported/i,
    'unsupported',
  ],
];
const rejections = new Set(binanceSpotData.rejections.map((r) => r.message.toLowerCase().replace(/\.$/, '')));

function classify({ code, message }: ClassifyInput): Classification | undefined {
  // "Filter failure: X" is a filter failure whatever code carries it.
  const failure = /filter failure:\s*(\w+)/i.exec(message);
  if (failure) {
    const filter = failure[1]!.toUpperCase();
    return { category: 'filter', filter, field: filterField(filter) };
  }
  // OCO prices that break "Limit Price > Last Price > Stop Price".
  if (/relationship of the prices/i.test(message)) return { category: 'filter', field: 'price' };
  for (const [pattern, category] of REJECTIONS) if (pattern.test(message)) return { category };
  // A matching-engine rejection is the news whatever code carries it ("Market is closed." under
  // -1013): its own words decide, not the code.
  if (rejections.has(message.toLowerCase().replace(/\.$/, ''))) return undefined;
  if (code === null) return undefined;
  // 11xx (and the 12xx that follow them) are "Request issues" in the document: a request the server
  // would not take as sent.
  const category = byCode.get(code) ?? (code <= -1100 && code > -1300 ? 'invalid-request' : undefined);
  return category && { category };
}

const INTERVAL_MS: Record<string, number> = { SECOND: 1e3, MINUTE: 6e4, HOUR: 36e5, DAY: 864e5 };

/** The WebSocket API lists each rate limit with its usage: a used-up one bounds the wait. */
function exhaustedWindow(limits: unknown): number | undefined {
  if (!Array.isArray(limits)) return undefined;
  let window: number | undefined;
  for (const limit of limits.slice(0, 10)) {
    const max = positive(field(limit, 'limit'));
    const count = positive(field(limit, 'count'));
    const ms =
      (INTERVAL_MS[String(field(limit, 'interval'))] ?? 0) * (positive(field(limit, 'intervalNum')) ?? 1);
    if (max && count && count >= max && ms > (window ?? 0)) window = ms;
  }
  return window;
}

/** `{"code":-1013,"msg":"…"}`: REST bodies, and the `error` of a WebSocket API frame. */
function readError(body: object): WireError | undefined {
  const code = toCode(field(body, 'code'));
  if (code === null) return undefined;
  const msg = field(body, 'msg') ?? field(body, 'message');
  return { code, message: typeof msg === 'string' ? msg : '' };
}

/**
 * Binance's answers: REST `{"code":-1013,"msg":"…"}`; the SAPI success `{"code":"000000",
 * "success":true}`; WebSocket API frames `{"status":429,"error":{"code":-1003,"msg":"…","data":
 * {"retryAfter":…,"serverTime":…}},"rateLimits":[…]}` (`retryAfter` is epoch ms there, where REST
 * sends a `Retry-After` header in seconds); batch answers, an array with an error per failed order.
 */
export function readBinance(body: object): WireError | undefined {
  if (Array.isArray(body)) {
    const items = body.slice(0, 100);
    const failed = items.flatMap((item, i) =>
      typeof item === 'object' && item && readError(item) ? [i] : [],
    );
    const first = failed[0] === undefined ? undefined : readError(items[failed[0]]);
    return first && { ...first, failed, total: body.length };
  }
  if (field(body, 'success') === true || field(body, 'code') === '000000') {
    return { code: null, message: '', success: true };
  }
  const inner = field(body, 'error');
  if (typeof inner === 'object' && inner !== null) {
    const wire = readError(inner);
    if (!wire) return undefined;
    const data = field(inner, 'data');
    const retryAfter = positive(field(data, 'retryAfter'));
    const serverTime = positive(field(data, 'serverTime'));
    const window = exhaustedWindow(field(body, 'rateLimits'));
    if (retryAfter) wire.retryAfter = retryAfter;
    if (serverTime) wire.serverTime = serverTime;
    if (window) wire.window = window;
    return wire;
  }
  return readError(body);
}

/**
 * `{"code":-1013,"msg":"…"}`, as a body or a frame's `error`: codes are 0 or negative (negative
 * ones sometimes passed on as strings), beside `msg` or alone; never beside another exchange's
 * `message`.
 */
function claimsBinance(body: object): boolean {
  if (Array.isArray(body))
    return body.some((item) => typeof item === 'object' && item !== null && claimsBinance(item));
  if (field(body, 'code') === '000000') return true;
  const inner = field(body, 'error');
  const error = typeof inner === 'object' && inner !== null ? inner : body;
  // A number, 0 or negative; as a string only when negative (OKX's success is the string "0").
  const raw = field(error, 'code');
  const code =
    typeof raw === 'number' || (typeof raw === 'string' && raw.startsWith('-')) ? toCode(raw) : null;
  const msg = field(error, 'msg');
  return (
    code !== null &&
    code <= 0 &&
    (typeof msg === 'string' || (msg === undefined && field(error, 'message') === undefined))
  );
}

// REST endpoints that place, cancel, replace or amend orders (not `/order/test`, which only checks).
const REST_WRITES =
  /^\/(?:api\/v3\/(?:order(?!\/test\b)|orderList|openOrders|openOrderList|sor\/order(?!\/test\b))|sapi\/v1\/margin\/(?:order|openOrders|orderList))/i;
// WebSocket API methods that do so, not the reads beside them (`order.status`, `order.amendments`).
const WS_WRITES =
  /^(?:sor\.)?(?:order|orderList|openOrders|openOrderLists)\.(?:place|cancel|replace|amend\b)/i;

function writesOrder({ method, path }: WireRequest): boolean {
  if (WS_WRITES.test(method)) return true;
  return /^(?:POST|PUT|PATCH|DELETE)$/.test(method) && REST_WRITES.test(path);
}

/**
 * Binance Spot: every code of Binance's error-code documents, its filter failures and
 * matching-engine rejections; its REST, WebSocket API and batch answers; its API hosts and ccxt
 * id; the order endpoints whose lost answers leave an order's outcome unknown.
 *
 * @example
 * ```ts
 * import { resolveExchangeError } from 'exchange-error-kit';
 * import { binanceSpot } from 'exchange-error-kit/exchanges/binance-spot';
 *
 * resolveExchangeError('{"code":-1121,"msg":"Invalid symbol."}', { exchanges: [binanceSpot] })?.name; // 'BAD_SYMBOL'
 * ```
 */
export const binanceSpot: ExchangeProfile<BinanceSpotErrors, 'binance-spot'> = {
  id: 'binance-spot',
  name: 'Binance Spot',
  catalog: binanceSpotData,
  detect: {
    paths: /^\/(?:api\/v3|sapi\/v\d)\//,
    hosts: [
      'api.binance.com',
      'api1.binance.com',
      'api2.binance.com',
      'api3.binance.com',
      'api4.binance.com',
      'api-gcp.binance.com',
      'ws-api.binance.com',
      'stream.binance.com',
      'data-api.binance.vision',
      'testnet.binance.vision',
    ],
    ccxt: ['binance'],
    // Binance's Java clients for Spot (the futures connector's package is `…connector.futures…`);
    // python-binance and the Python connectors serve futures too, so their words name neither.
    texts: /\bcom\.binance\.(?:api|connector)\.client\b/,
    claims: claimsBinance,
  },
  read: readBinance,
  writesOrder,
  classify,
  copy: {
    [-1015]: {
      title: 'Too many new orders',
      description: 'Too many new orders[: the limit is {limit} per {interval}]. Wait before placing more.',
    },
    [-1022]: {
      title: 'Invalid signature',
      description: "The request's signature was not valid. Check the API secret and how requests are signed.",
    },
    [-2015]: {
      title: 'API key rejected',
      description:
        "The API key, this IP address or the key's permissions don't allow this. Check them in API management.",
    },
    [-1111]: {
      title: 'Too many decimals',
      description: 'The price or quantity has more decimals than this symbol allows. Round it and try again.',
    },
    [-1121]: {
      title: 'Invalid symbol',
      description: "The exchange doesn't list this trading pair. Check the symbol.",
    },
    [-2013]: {
      title: 'Order not found',
      description: 'The order does not exist. It may have been filled or cancelled; refresh your orders.',
    },
  },
};
