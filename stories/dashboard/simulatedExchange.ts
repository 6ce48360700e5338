import { HttpResponse, http } from 'msw';
import type { SymbolRules } from '../../src/core/rules/SymbolRules';
import {
  type BinanceSymbol,
  rulesFromBinanceSymbol,
} from '../../src/exchanges/binance-spot/rulesFromBinanceSymbol';
import { binanceBtcUsdt } from '../../test/rules/payloads';

/** What the simulated exchange does with the next requests. */
export type Scenario =
  | 'normal'
  | 'rate-limit'
  | 'ip-ban'
  | 'clock-skew'
  | 'unknown-execution'
  | 'invalid-key'
  | 'maintenance';

/** The venues the simulated exchange plays: Binance Spot, LTP, Binance USDⓈ-M futures, OKX, Bybit. */
export type SimExchange = 'binance' | 'ltp' | 'binance-usdm' | 'okx' | 'bybit';

export const simExchanges: readonly SimExchange[] = ['binance', 'ltp', 'binance-usdm', 'okx', 'bybit'];

const isSimExchange = (value: unknown): value is SimExchange =>
  typeof value === 'string' && (simExchanges as readonly string[]).includes(value);

/**
 * The simulated BTCUSDT as Binance lists it in `GET /api/v3/exchangeInfo`: the real entry (2023
 * filter set) the rules tests read too. The simulated exchange enforces its PRICE_FILTER, LOT_SIZE
 * and NOTIONAL; the dashboard reads the whole entry with `rulesFromBinanceSymbol`.
 */
export const binanceBtcUsdtSymbol: BinanceSymbol = binanceBtcUsdt;

/**
 * The BTCUSDT perpetual as Binance USDⓈ-M futures lists it in `GET /fapi/v1/exchangeInfo`: the
 * real entry, as kept by ccxt for its static Binance market (`BTC/USDT:USDT`), with the fields no
 * rule reads left out. Futures spell the minimum total `MIN_NOTIONAL.notional`; the same
 * `rulesFromBinanceSymbol` reads it.
 * https://github.com/ccxt/ccxt/blob/0dca8ac0a3ce97d642fd9973b3121c2d6e3e3063/ts/src/test/static/markets/binance.json
 */
export const binanceUsdmBtcUsdtSymbol: BinanceSymbol = {
  symbol: 'BTCUSDT',
  baseAsset: 'BTC',
  quoteAsset: 'USDT',
  orderTypes: [
    'LIMIT',
    'MARKET',
    'STOP',
    'STOP_MARKET',
    'TAKE_PROFIT',
    'TAKE_PROFIT_MARKET',
    'TRAILING_STOP_MARKET',
  ],
  filters: [
    { filterType: 'PRICE_FILTER', tickSize: '0.10', minPrice: '556.80', maxPrice: '4529764' },
    { filterType: 'LOT_SIZE', stepSize: '0.001', minQty: '0.001', maxQty: '1000' },
    { filterType: 'MARKET_LOT_SIZE', stepSize: '0.001', maxQty: '120', minQty: '0.001' },
    { filterType: 'MAX_NUM_ORDERS', limit: '200' },
    { filterType: 'MAX_NUM_ALGO_ORDERS', limit: '10' },
    { filterType: 'MIN_NOTIONAL', notional: '5' },
    { filterType: 'PERCENT_PRICE', multiplierUp: '1.0500', multiplierDecimal: '4', multiplierDown: '0.9500' },
  ],
};

/**
 * The same market on the simulated LTP venue. LTP publishes no symbol document the kit reads, so
 * its rules are written as `SymbolRules` directly, on the same grid.
 */
export const ltpBtcUsdtRules: SymbolRules = {
  symbol: 'BTC-USDT',
  base: 'BTC',
  quote: 'USDT',
  price: { min: '0.01', max: '1000000', step: '0.01' },
  quantity: { min: '0.00001', max: '9000', step: '0.00001' },
  notional: [{ filter: 'NOTIONAL', min: '5', applyMinToMarket: true, applyMaxToMarket: false }],
};

/**
 * OKX's BTC-USDT spot instrument (`GET /api/v5/public/instruments?instType=SPOT`), written as
 * `SymbolRules`: `tickSz` 0.1, `lotSz` 0.00000001, `minSz` 0.00001, `maxLmtSz` 9999999999 and
 * `maxLmtAmt` 20000000 USDT (a limit order's largest value). OKX has no minimum order value.
 * https://github.com/ccxt/ccxt/blob/3802e1a243497a0ffd025df7a97023315217391f/ts/src/test/static/markets/okx.json
 */
export const okxBtcUsdtRules: SymbolRules = {
  symbol: 'BTC-USDT',
  base: 'BTC',
  quote: 'USDT',
  price: { step: '0.1' },
  quantity: { min: '0.00001', max: '9999999999', step: '0.00000001' },
  notional: [{ filter: 'NOTIONAL', max: '20000000', applyMinToMarket: false, applyMaxToMarket: false }],
};

/**
 * Bybit's BTCUSDT spot instrument (`GET /v5/market/instruments-info?category=spot`), written as
 * `SymbolRules`: `tickSize` 0.1, `basePrecision` 0.000001, `minOrderQty` 0.000011, `maxOrderQty`
 * 83, `minOrderAmt` 5 and `maxOrderAmt` 8000000 USDT.
 * https://github.com/bybit-exchange/docs/blob/848282d9e4f0cc36dd289ef4f7577af2bb630e43/docs/v5/market/instrument.mdx
 */
export const bybitBtcUsdtRules: SymbolRules = {
  symbol: 'BTCUSDT',
  base: 'BTC',
  quote: 'USDT',
  price: { step: '0.1' },
  quantity: { min: '0.000011', max: '83', step: '0.000001' },
  notional: [
    { filter: 'NOTIONAL', min: '5', max: '8000000', applyMinToMarket: true, applyMaxToMarket: false },
  ],
};

/** Each venue's rules for the symbol, as the simulated exchange enforces them. */
const symbolRulesOf: Record<SimExchange, SymbolRules> = {
  binance: rulesFromBinanceSymbol(binanceBtcUsdtSymbol),
  ltp: ltpBtcUsdtRules,
  'binance-usdm': rulesFromBinanceSymbol(binanceUsdmBtcUsdtSymbol),
  okx: okxBtcUsdtRules,
  bybit: bybitBtcUsdtRules,
};

/** What the simulated exchange checks, read from each venue's rules (as floats: it is a simulation). */
const checks = (rules: SymbolRules) => ({
  tickSize: Number(rules.price?.step),
  minPrice: Number(rules.price?.min ?? 0),
  stepSize: Number(rules.quantity?.step),
  minQty: Number(rules.quantity?.min ?? 0),
  minNotional: Number(rules.notional?.find((n) => n.min !== undefined)?.min ?? 0),
});

export interface SimOrder {
  orderId: number;
  side: 'BUY' | 'SELL';
  type: 'LIMIT' | 'MARKET';
  price: string;
  quantity: string;
  status: 'NEW';
}

interface SimState {
  scenario: Scenario;
  quoteBalance: number;
  orders: SimOrder[];
  nextOrderId: number;
  bannedUntil: number;
  /** Retry-After of a rate limit, in seconds (short, so a story can watch the countdown end). */
  retryAfterSeconds: number;
  /** How many order requests the exchange has answered, so a story can wait for all of them. */
  orderAnswers: number;
}

const initialState = (): SimState => ({
  scenario: 'normal',
  quoteBalance: 1000,
  orders: [],
  nextOrderId: 1,
  bannedUntil: 0,
  retryAfterSeconds: 4,
  orderAnswers: 0,
});

export const simState: SimState = initialState();

export function resetSimulatedExchange() {
  Object.assign(simState, initialState());
}

const isMultiple = (value: number, step: number) => Math.abs(value / step - Math.round(value / step)) < 1e-6;

/** Why the simulated exchange refuses an order, or what else it answers with instead of taking it. */
type Answer =
  | 'tick'
  | 'lot'
  | 'min-quantity'
  | 'notional'
  | 'balance'
  | 'rate-limit'
  | 'ip-ban'
  | 'clock-skew'
  | 'unknown-execution'
  | 'invalid-key'
  | 'maintenance';

/** One refusal as an exchange words it: its code and text, the HTTP status and headers it sends. */
interface Refusal {
  code: number;
  msg: string;
  status: number;
  headers?: Record<string, string>;
  /** OKX: a per-order refusal, sent as the failed item of `{"code":"1","data":[…]}`. */
  item?: true;
}

/** The request as the simulated exchange needs it: the order and the signed request's timestamp. */
interface Incoming {
  order: { side: 'BUY' | 'SELL'; type: 'LIMIT' | 'MARKET'; price: number; quantity: number };
  /** The client's timestamp header, where the venue signs with one (Bybit's `X-BAPI-TIMESTAMP`). */
  timestamp?: number;
}

/** Bybit's IP limit bans for at least ten minutes; Binance's bans in the story last ninety seconds. */
const BAN_MS: Partial<Record<SimExchange, number>> = {
  binance: 90_000,
  ltp: 90_000,
  'binance-usdm': 90_000,
  bybit: 10 * 60_000,
};

/** Whether the venue bans IPs at all: OKX documents no IP ban, only its rate limits. */
export const hasIpBan = (exchange: SimExchange) => BAN_MS[exchange] !== undefined;

const retryAfter = () => ({ 'Retry-After': String(simState.retryAfterSeconds) });
const banTimeLeft = () => ({ 'Retry-After': String(Math.ceil((simState.bannedUntil - Date.now()) / 1000)) });

/**
 * Each venue's answer to each refusal, with the codes, texts and statuses from its own documents
 * and from payloads seen in the wild (`test/fixtures/*.jsonl`, `stories/support/venueCases.ts`).
 */
const refusals: Record<SimExchange, (answer: Answer, incoming?: Incoming) => Refusal | 'maintenance-page'> = {
  binance: (answer) => {
    switch (answer) {
      case 'tick':
        return { status: 400, code: -1013, msg: 'Filter failure: PRICE_FILTER' };
      case 'lot':
      case 'min-quantity':
        return { status: 400, code: -1013, msg: 'Filter failure: LOT_SIZE' };
      case 'notional':
        return { status: 400, code: -1013, msg: 'Filter failure: NOTIONAL' };
      case 'balance':
        return { status: 400, code: -2010, msg: 'Account has insufficient balance for requested action.' };
      case 'rate-limit':
        return {
          status: 429,
          code: -1015,
          msg: 'Too many new orders; current limit is 50 orders per 10 SECOND.',
          headers: retryAfter(),
        };
      case 'ip-ban':
        return {
          status: 418,
          code: -1003,
          msg: `Way too much request weight used; IP banned until ${simState.bannedUntil}. Please use WebSocket Streams for live updates to avoid bans.`,
          headers: banTimeLeft(),
        };
      case 'clock-skew':
        return {
          status: 400,
          code: -1021,
          msg: "Timestamp for this request was 1000ms ahead of the server's time.",
        };
      case 'invalid-key':
        return { status: 401, code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' };
      case 'unknown-execution':
        // Answered before: the gateway gives up with no body (see `handleOrder`).
        return { status: 504, code: 0, msg: '' };
      case 'maintenance':
        return 'maintenance-page';
    }
  },
  ltp: (answer) => {
    switch (answer) {
      case 'tick':
        return { status: 400, code: 401075, msg: 'Order price must be a multiple of tickSize' };
      case 'lot':
      case 'min-quantity':
        return { status: 400, code: 401071, msg: 'Order quantity must be a multiple of lotSize' };
      case 'notional':
        return { status: 400, code: 401017, msg: 'Order amount should be greater than the min notional' };
      case 'balance':
        return { status: 400, code: 401055, msg: 'Insufficient available balance' };
      case 'rate-limit':
        return { status: 429, code: 100429, msg: 'Too many requests', headers: retryAfter() };
      case 'ip-ban':
        return { status: 418, code: 100429, msg: 'Too many requests', headers: banTimeLeft() };
      case 'clock-skew':
        return { status: 400, code: 7000, msg: 'Nonce is invalid' };
      case 'invalid-key':
        return { status: 401, code: 2002, msg: 'API authorization invalid' };
      case 'unknown-execution':
        return { status: 504, code: 0, msg: '' };
      case 'maintenance':
        return 'maintenance-page';
    }
  },
  // Binance USDⓈ-M futures: Spot's envelope, the futures document's codes. A quantity off the
  // step has more decimals than the symbol's precision, and futures answer that with -1111 (seen
  // in https://github.com/JKorf/Binance.Net/issues/1102), naming no field.
  'binance-usdm': (answer) => {
    const notional = checks(symbolRulesOf['binance-usdm']).minNotional;
    switch (answer) {
      case 'tick':
        return { status: 400, code: -4014, msg: 'Price not increased by tick size.' };
      case 'lot':
        return { status: 400, code: -1111, msg: 'Precision is over the maximum defined for this asset.' };
      case 'min-quantity':
        return { status: 400, code: -4003, msg: 'Quantity less than or equal to zero.' };
      case 'notional':
        return {
          status: 400,
          code: -4164,
          msg: `Order's notional must be no smaller than ${notional} (unless you choose reduce only).`,
        };
      case 'balance':
        return { status: 400, code: -2019, msg: 'Margin is insufficient.' };
      case 'rate-limit':
        // The documented request-weight limit of the futures API, 2400 a minute.
        return {
          status: 429,
          code: -1003,
          msg: 'Too many requests; current limit is 2400 requests per minute. Please use the websocket for live updates to avoid polling the API.',
          headers: retryAfter(),
        };
      case 'ip-ban':
        return {
          status: 418,
          code: -1003,
          msg: `Way too many requests; IP banned until ${simState.bannedUntil}. Please use the websocket for live updates to avoid bans.`,
          headers: banTimeLeft(),
        };
      case 'clock-skew':
        return { status: 400, code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' };
      case 'invalid-key':
        return { status: 401, code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' };
      case 'unknown-execution':
        return {
          status: 504,
          code: -1007,
          msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
        };
      case 'maintenance':
        return 'maintenance-page';
    }
  },
  // OKX (API v5): an order's refusal is an item of a 200 `{"code":"1",…}`; the rest carry their
  // code in the envelope, with the HTTP status the error-code document gives each.
  okx: (answer) => {
    switch (answer) {
      case 'tick':
        // What OKX answers a price off the tick size (https://github.com/okxapi/python-okx/issues/97).
        return { status: 200, code: 51000, msg: 'Parameter px error ', item: true };
      case 'lot':
        return {
          status: 200,
          code: 51121,
          msg: 'Order quantity must be a multiple of the lot size.',
          item: true,
        };
      case 'min-quantity':
      case 'notional':
        return {
          status: 200,
          code: 51020,
          msg: 'Your order should meet or exceed the minimum order amount.',
          item: true,
        };
      case 'balance':
        return {
          status: 200,
          code: 51008,
          msg: 'Order failed. Insufficient USDT balance in account',
          item: true,
        };
      case 'rate-limit':
        // No Retry-After: OKX counts its limits over two-second windows.
        return { status: 429, code: 50011, msg: 'Too Many Requests' };
      case 'ip-ban':
        // OKX documents no IP ban; the dashboard offers none. Its limit is what it would meet.
        return { status: 429, code: 50011, msg: 'Too Many Requests' };
      case 'clock-skew':
        return { status: 401, code: 50102, msg: 'Timestamp request expired' };
      case 'invalid-key':
        return { status: 401, code: 50111, msg: 'Invalid OK-ACCESS-KEY.' };
      case 'unknown-execution':
        return {
          status: 400,
          code: 50004,
          msg: 'API endpoint request timeout. (does not mean that the request was successful or failed, please check the request result).',
        };
      case 'maintenance':
        return { status: 503, code: 50001, msg: 'Service temporarily unavailable. Please try again later.' };
    }
  },
  // Bybit (API v5): every refusal in an HTTP 200 `{"retCode":…}`, except the IP limit (a 403) and
  // a key it does not know (a 401); the rate limit's end in `X-Bapi-Limit-Reset-Timestamp`.
  bybit: (answer, incoming) => {
    const now = Date.now();
    switch (answer) {
      case 'tick':
        return { status: 200, code: 170134, msg: 'Order price decimal too long.' };
      case 'lot':
        return { status: 200, code: 170137, msg: 'Order volume decimal too long' };
      case 'min-quantity':
        return { status: 200, code: 170136, msg: 'Order quantity lower than the minimum.' };
      case 'notional':
        return { status: 200, code: 170140, msg: 'Order value exceeded lower limit' };
      case 'balance':
        return { status: 200, code: 170131, msg: 'Insufficient balance.' };
      case 'rate-limit':
        return {
          status: 200,
          code: 10006,
          msg: 'Too many visits!',
          headers: {
            'X-Bapi-Limit': '20',
            'X-Bapi-Limit-Status': '0',
            'X-Bapi-Limit-Reset-Timestamp': String(now + simState.retryAfterSeconds * 1000),
          },
        };
      case 'ip-ban':
        // Answered as text (see `handleOrder`): "403, access too frequent".
        return { status: 403, code: 0, msg: 'access too frequent' };
      case 'clock-skew': {
        // The client's clock runs six seconds ahead of the server's, past the 5 s recv_window.
        const sent = incoming?.timestamp ?? now + 6000;
        return {
          status: 200,
          code: 10002,
          msg: `invalid request, please check your server timestamp or recv_window param. req_timestamp[${sent}],server_timestamp[${sent - 6000}],recv_window[5000]`,
        };
      }
      case 'invalid-key':
        return { status: 401, code: 10003, msg: 'API key is invalid.' };
      case 'unknown-execution':
        return { status: 200, code: 10000, msg: 'Server Timeout' };
      case 'maintenance':
        // What Bybit documents for 10016 while its service restarts ("1. internal server error;
        // 2. Service is restarting"). Its other text, a system error, would leave an order's
        // outcome unknown: the server failed while handling it.
        return { status: 200, code: 10016, msg: 'Service is restarting' };
    }
  },
};

/** What a CDN in front of an exchange serves during maintenance: an HTML page, not the API's JSON. */
const maintenancePage = () =>
  new HttpResponse(
    '<html><head><title>503 Service Temporarily Unavailable</title></head><body><h1>System maintenance</h1></body></html>',
    { status: 503, headers: { 'Content-Type': 'text/html', 'Retry-After': '30' } },
  );

/** A refusal in the venue's own envelope. */
function refuse(exchange: SimExchange, answer: Answer, incoming?: Incoming) {
  const refusal = refusals[exchange](answer, incoming);
  if (refusal === 'maintenance-page') return maintenancePage();
  const { status, code, msg, headers } = refusal;
  const now = Date.now();
  if (status === 504 && code === 0) return new HttpResponse(null, { status });
  if (exchange === 'bybit' && status === 403)
    return new HttpResponse(msg, { status, headers: { 'Content-Type': 'text/plain' } });
  switch (exchange) {
    case 'binance':
    case 'binance-usdm':
      return HttpResponse.json({ code, msg }, { status, headers });
    case 'ltp':
      return HttpResponse.json({ code, message: msg, data: null }, { status, headers });
    case 'okx': {
      const inTime = `${now}000`;
      const body = refusal.item
        ? {
            code: '1',
            data: [{ clOrdId: '', ordId: '', sCode: String(code), sMsg: msg, tag: '', ts: String(now) }],
            inTime,
            msg: 'All operations failed',
            outTime: inTime,
          }
        : { code: String(code), data: [], msg };
      return HttpResponse.json(body, { status, headers });
    }
    case 'bybit':
      return HttpResponse.json(
        { retCode: code, retMsg: msg, result: {}, retExtInfo: {}, time: now },
        { status, headers },
      );
  }
}

/** The venue's success envelope around what it answers. */
function succeed(exchange: SimExchange, data: object, list = false) {
  const now = Date.now();
  switch (exchange) {
    case 'binance':
    case 'binance-usdm':
      return HttpResponse.json(data);
    case 'ltp':
      return HttpResponse.json({ code: 200000, message: 'Success', data });
    case 'okx':
      return HttpResponse.json({ code: '0', msg: '', data: Array.isArray(data) ? data : [data] });
    case 'bybit':
      return HttpResponse.json({
        retCode: 0,
        retMsg: 'OK',
        result: list ? { category: 'spot', list: data, nextPageCursor: '' } : data,
        retExtInfo: {},
        time: now,
      });
  }
}

/** Reads the order each venue's client sends: Binance's and LTP's form, OKX's and Bybit's JSON. */
async function readOrder(exchange: SimExchange, request: Request): Promise<Incoming> {
  const text = await request.text();
  const timestamp = Number(request.headers.get('X-BAPI-TIMESTAMP')) || undefined;
  const upper = (value: unknown) => String(value ?? '').toUpperCase();
  let side: string;
  let type: string;
  let price: unknown;
  let quantity: unknown;
  if (exchange === 'okx' || exchange === 'bybit') {
    const json = JSON.parse(text || '{}') as Record<string, unknown>;
    side = upper(json.side);
    type = upper(exchange === 'okx' ? json.ordType : json.orderType);
    price = exchange === 'okx' ? json.px : json.price;
    quantity = exchange === 'okx' ? json.sz : json.qty;
  } else {
    const params = new URLSearchParams(text);
    side = upper(params.get('side'));
    type = upper(params.get('type'));
    price = params.get('price');
    quantity = params.get('quantity');
  }
  return {
    order: {
      side: side === 'SELL' ? 'SELL' : 'BUY',
      type: type === 'MARKET' ? 'MARKET' : 'LIMIT',
      price: Number(price),
      quantity: Number(quantity),
    },
    ...(timestamp ? { timestamp } : {}),
  };
}

/** Checks the order against the venue's rules and balance; books it when it passes. */
function placeOrder(exchange: SimExchange, { order }: Incoming): Answer | null {
  const { side, type, price, quantity } = order;
  const rules = checks(symbolRulesOf[exchange]);
  if (type === 'LIMIT' && (!(price > 0) || price < rules.minPrice || !isMultiple(price, rules.tickSize)))
    return 'tick';
  if (!isMultiple(quantity, rules.stepSize)) return 'lot';
  // Binance Spot and LTP name both LOT_SIZE; the others have a code for a quantity under the minimum.
  if (!(quantity > 0) || quantity < rules.minQty) return 'min-quantity';
  if (type === 'LIMIT' && price * quantity < rules.minNotional) return 'notional';
  if (side === 'BUY' && price * quantity > simState.quoteBalance) return 'balance';
  simState.orders.push({
    orderId: simState.nextOrderId++,
    side,
    type,
    price: price.toFixed(2),
    quantity: String(quantity),
    status: 'NEW',
  });
  return null;
}

/** What each venue answers an order it took. */
function placed(exchange: SimExchange) {
  const order = simState.orders.at(-1)!;
  const now = String(Date.now());
  switch (exchange) {
    case 'okx':
      return HttpResponse.json({
        code: '0',
        msg: '',
        data: [
          { clOrdId: '', ordId: String(order.orderId), tag: '', ts: now, sCode: '0', sMsg: 'Order placed' },
        ],
        inTime: `${now}000`,
        outTime: `${now}000`,
      });
    case 'bybit':
      return succeed('bybit', { orderId: String(order.orderId), orderLinkId: '' });
    default:
      return succeed(exchange, order);
  }
}

/** Answers the order as the scenario says, with each venue's real payloads, statuses and headers. */
function handleOrder(exchange: SimExchange, incoming: Incoming): Response {
  const now = Date.now();
  if (simState.bannedUntil > now) return refuse(exchange, 'ip-ban', incoming);
  switch (simState.scenario) {
    case 'rate-limit':
      return refuse(exchange, 'rate-limit', incoming);
    case 'ip-ban':
      simState.bannedUntil = now + (BAN_MS[exchange] ?? 0);
      return refuse(exchange, 'ip-ban', incoming);
    case 'clock-skew':
      return refuse(exchange, 'clock-skew', incoming);
    case 'unknown-execution':
      // The order reaches the book, but the answer that says so never comes back.
      placeOrder(exchange, incoming);
      return refuse(exchange, 'unknown-execution', incoming);
    case 'invalid-key':
      return refuse(exchange, 'invalid-key', incoming);
    case 'maintenance':
      return refuse(exchange, 'maintenance', incoming);
    case 'normal': {
      const rejected = placeOrder(exchange, incoming);
      return rejected ? refuse(exchange, rejected, incoming) : placed(exchange);
    }
  }
}

const exchangeOf = (value: unknown): SimExchange => (isSimExchange(value) ? value : 'binance');

/** Each venue's server time, in its own envelope. */
function serverTime(exchange: SimExchange) {
  const now = Date.now();
  switch (exchange) {
    case 'okx':
      return succeed('okx', { ts: String(now) });
    case 'bybit':
      return succeed('bybit', { timeSecond: String(Math.floor(now / 1000)), timeNano: `${now}000000` });
    default:
      return succeed(exchange, { serverTime: now });
  }
}

/** Mock Service Worker handlers: the simulated exchange behind real fetch calls. */
export const simulatedExchangeHandlers = [
  http.post('/sim/control', async ({ request }) => {
    const { scenario } = (await request.json()) as { scenario: Scenario };
    simState.scenario = scenario;
    if (scenario !== 'ip-ban') simState.bannedUntil = 0;
    return HttpResponse.json({ scenario });
  }),
  http.get('/sim/:exchange/time', ({ params }) => {
    // Syncing the clock is what clears a clock-skew scenario.
    if (simState.scenario === 'clock-skew') simState.scenario = 'normal';
    return serverTime(exchangeOf(params.exchange));
  }),
  http.get('/sim/:exchange/openOrders', ({ params }) => {
    const exchange = exchangeOf(params.exchange);
    return simState.scenario === 'maintenance'
      ? refuse(exchange, 'maintenance')
      : succeed(exchange, simState.orders, true);
  }),
  http.post('/sim/:exchange/order', async ({ request, params }) => {
    const exchange = exchangeOf(params.exchange);
    const answer = handleOrder(exchange, await readOrder(exchange, request));
    simState.orderAnswers++;
    return answer;
  }),
];
