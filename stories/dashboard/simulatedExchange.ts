import { HttpResponse, http } from 'msw';
import type { SymbolRules } from '../../src/core/rules/SymbolRules';
import type { BinanceSymbol } from '../../src/exchanges/binance-spot/rulesFromBinanceSymbol';

/** What the simulated exchange does with the next requests. */
export type Scenario =
  | 'normal'
  | 'rate-limit'
  | 'ip-ban'
  | 'clock-skew'
  | 'unknown-execution'
  | 'invalid-key'
  | 'maintenance';

export type SimExchange = 'binance' | 'ltp';

/**
 * The simulated BTCUSDT as Binance lists it in `GET /api/v3/exchangeInfo`: the real entry (2023
 * filter set), as kept by ccxt for its static Binance market, with the fields no rule reads left
 * out. The simulated exchange enforces its PRICE_FILTER, LOT_SIZE and NOTIONAL; the dashboard reads
 * the whole entry with `rulesFromBinanceSymbol`.
 * https://github.com/ccxt/ccxt/blob/0dca8ac0a3ce97d642fd9973b3121c2d6e3e3063/ts/src/test/static/markets/binance.json
 */
export const binanceBtcUsdtSymbol: BinanceSymbol = {
  symbol: 'BTCUSDT',
  baseAsset: 'BTC',
  quoteAsset: 'USDT',
  orderTypes: ['LIMIT', 'LIMIT_MAKER', 'MARKET', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'],
  icebergAllowed: true,
  quoteOrderQtyMarketAllowed: true,
  allowTrailingStop: true,
  filters: [
    {
      filterType: 'PRICE_FILTER',
      minPrice: '0.01000000',
      maxPrice: '1000000.00000000',
      tickSize: '0.01000000',
    },
    { filterType: 'LOT_SIZE', minQty: '0.00001000', maxQty: '9000.00000000', stepSize: '0.00001000' },
    { filterType: 'ICEBERG_PARTS', limit: '10' },
    { filterType: 'MARKET_LOT_SIZE', minQty: '0.00000000', maxQty: '128.52621715', stepSize: '0.00000000' },
    {
      filterType: 'TRAILING_DELTA',
      minTrailingAboveDelta: '10',
      maxTrailingAboveDelta: '2000',
      minTrailingBelowDelta: '10',
      maxTrailingBelowDelta: '2000',
    },
    {
      filterType: 'PERCENT_PRICE_BY_SIDE',
      bidMultiplierUp: '5',
      bidMultiplierDown: '0.2',
      askMultiplierUp: '5',
      askMultiplierDown: '0.2',
      avgPriceMins: '5',
    },
    {
      filterType: 'NOTIONAL',
      minNotional: '5.00000000',
      applyMinToMarket: true,
      maxNotional: '9000000.00000000',
      applyMaxToMarket: false,
      avgPriceMins: '5',
    },
    { filterType: 'MAX_NUM_ORDERS', maxNumOrders: '200' },
    { filterType: 'MAX_NUM_ALGO_ORDERS', maxNumAlgoOrders: '5' },
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

const filter = (type: string): Record<string, unknown> =>
  binanceBtcUsdtSymbol.filters?.find((f) => f.filterType === type) ?? {};

/** What the simulated exchange checks, read from the symbol entry (as floats: it is a simulation). */
export const rules = {
  tickSize: Number(filter('PRICE_FILTER').tickSize),
  stepSize: Number(filter('LOT_SIZE').stepSize),
  minQty: Number(filter('LOT_SIZE').minQty),
  minNotional: Number(filter('NOTIONAL').minNotional),
};

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

/** A Binance-style error body or an LTP envelope, with the HTTP status each exchange uses. */
function fail(
  exchange: SimExchange,
  status: number,
  binance: [number, string],
  ltp: [number, string],
  headers?: HeadersInit,
) {
  const body =
    exchange === 'binance'
      ? { code: binance[0], msg: binance[1] }
      : { code: ltp[0], message: ltp[1], data: null };
  return HttpResponse.json(body, { status, headers });
}

function placeOrder(exchange: SimExchange, params: URLSearchParams) {
  const side = params.get('side') === 'SELL' ? 'SELL' : 'BUY';
  const type = params.get('type') === 'MARKET' ? 'MARKET' : 'LIMIT';
  const price = Number(params.get('price'));
  const quantity = Number(params.get('quantity'));
  if (type === 'LIMIT' && (!(price > 0) || !isMultiple(price, rules.tickSize))) {
    return fail(
      exchange,
      400,
      [-1013, 'Filter failure: PRICE_FILTER'],
      [401075, 'Order price must be a multiple of tickSize'],
    );
  }
  if (!(quantity >= rules.minQty) || !isMultiple(quantity, rules.stepSize)) {
    return fail(
      exchange,
      400,
      [-1013, 'Filter failure: LOT_SIZE'],
      [401071, 'Order quantity must be a multiple of lotSize'],
    );
  }
  if (type === 'LIMIT' && price * quantity < rules.minNotional) {
    return fail(
      exchange,
      400,
      [-1013, 'Filter failure: NOTIONAL'],
      [401017, 'Order amount should be greater than the min notional'],
    );
  }
  if (side === 'BUY' && price * quantity > simState.quoteBalance) {
    return fail(
      exchange,
      400,
      [-2010, 'Account has insufficient balance for requested action.'],
      [401055, 'Insufficient available balance'],
    );
  }
  const order: SimOrder = {
    orderId: simState.nextOrderId++,
    side,
    type,
    price: price.toFixed(2),
    quantity: String(quantity),
    status: 'NEW',
  };
  simState.orders.push(order);
  return null;
}

/** What a CDN in front of an exchange serves during maintenance: an HTML page, not the API's JSON. */
const maintenancePage = () =>
  new HttpResponse(
    '<html><head><title>503 Service Temporarily Unavailable</title></head><body><h1>System maintenance</h1></body></html>',
    { status: 503, headers: { 'Content-Type': 'text/html', 'Retry-After': '30' } },
  );

/** Answers the order as the scenario says, with real payloads, statuses and headers. */
function handleOrder(exchange: SimExchange, params: URLSearchParams) {
  const now = Date.now();
  if (simState.bannedUntil > now) {
    return fail(
      exchange,
      418,
      [
        -1003,
        `Way too much request weight used; IP banned until ${simState.bannedUntil}. Please use WebSocket Streams for live updates to avoid bans.`,
      ],
      [100429, 'Too many requests'],
      { 'Retry-After': String(Math.ceil((simState.bannedUntil - now) / 1000)) },
    );
  }
  switch (simState.scenario) {
    case 'rate-limit':
      return fail(
        exchange,
        429,
        [-1015, 'Too many new orders; current limit is 50 orders per 10 SECOND.'],
        [100429, 'Too many requests'],
        { 'Retry-After': String(simState.retryAfterSeconds) },
      );
    case 'ip-ban':
      simState.bannedUntil = now + 90_000;
      return handleOrder(exchange, params);
    case 'clock-skew':
      return fail(
        exchange,
        400,
        [-1021, "Timestamp for this request was 1000ms ahead of the server's time."],
        [7000, 'Nonce is invalid'],
      );
    case 'unknown-execution': {
      // The order reaches the book, but the gateway gives up before the answer comes back.
      placeOrder(exchange, params);
      return new HttpResponse(null, { status: 504 });
    }
    case 'invalid-key':
      return fail(
        exchange,
        401,
        [-2015, 'Invalid API-key, IP, or permissions for action.'],
        [2002, 'API authorization invalid'],
      );
    case 'maintenance':
      return maintenancePage();
    case 'normal': {
      const rejected = placeOrder(exchange, params);
      if (rejected) return rejected;
      const order = simState.orders.at(-1)!;
      return exchange === 'binance'
        ? HttpResponse.json(order)
        : HttpResponse.json({ code: 200000, message: 'Success', data: order });
    }
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
  http.get('/sim/:exchange/time', () => {
    // Syncing the clock is what clears a clock-skew scenario.
    if (simState.scenario === 'clock-skew') simState.scenario = 'normal';
    return HttpResponse.json({ serverTime: Date.now() });
  }),
  http.get('/sim/:exchange/openOrders', ({ params }) =>
    simState.scenario === 'maintenance'
      ? maintenancePage()
      : params.exchange === 'ltp'
        ? HttpResponse.json({ code: 200000, message: 'Success', data: simState.orders })
        : HttpResponse.json(simState.orders),
  ),
  http.post('/sim/:exchange/order', async ({ request, params }) => {
    const exchange = params.exchange === 'ltp' ? 'ltp' : 'binance';
    const answer = handleOrder(exchange, new URLSearchParams(await request.text()));
    simState.orderAnswers++;
    return answer;
  }),
];
