import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { createExchangeErrorResolver } from '../../src/core/createExchangeErrorResolver';
import { createExchangeErrorStore } from '../../src/core/createExchangeErrorStore';
import type { ExchangeProfile } from '../../src/core/profile';
import { readExchangeError } from '../../src/core/readExchangeError';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import { formatDecimal } from '../../src/core/rules/decimal';
import { symbolRules as explainWith } from '../../src/core/rules/explainWithRules';
import type { SymbolRules } from '../../src/core/rules/SymbolRules';
import type { ResolvedExchangeError, RulesExplainer } from '../../src/core/types';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { rulesFromBinanceSymbol } from '../../src/exchanges/binance-spot/rulesFromBinanceSymbol';
import { binanceUsdm } from '../../src/exchanges/binance-usdm';
import { bybit } from '../../src/exchanges/bybit';
import { ltp } from '../../src/exchanges/ltp';
import { okx } from '../../src/exchanges/okx';
import {
  ExchangeErrorBanner,
  ExchangeErrorProvider,
  ExchangeErrorToaster,
  FieldError,
  formatDuration,
  useCooldown,
  useExchangeError,
  useOrderValidation,
} from '../../src/react';
import { OrderField } from '../support/OrderField';
import {
  binanceBtcUsdtSymbol,
  binanceUsdmBtcUsdtSymbol,
  bybitBtcUsdtRules,
  hasIpBan,
  ltpBtcUsdtRules,
  okxBtcUsdtRules,
  type Scenario,
  type SimExchange,
  type SimOrder,
  simExchanges,
} from './simulatedExchange';

/** Each venue's profile: its results carry the profile's id as `source`. */
const profiles: Record<SimExchange, ExchangeProfile> = {
  binance: binanceSpot,
  ltp,
  'binance-usdm': binanceUsdm,
  okx,
  bybit,
};
/** The app trades on all five, so it registers all five. */
const exchanges = simExchanges.map((x) => profiles[x]);

const exchangeNames: Record<SimExchange, string> = {
  binance: 'Binance Spot',
  ltp: 'LTP',
  'binance-usdm': 'Binance USD-M',
  okx: 'OKX',
  bybit: 'Bybit',
};

/**
 * Each venue's rules for the symbol, as the app would load them once: Binance's from its
 * `exchangeInfo` entries (Spot's and the futures' BTCUSDT read the same way), the others written
 * as `SymbolRules` from their instrument documents.
 */
const symbolRules: Record<SimExchange, SymbolRules> = {
  binance: rulesFromBinanceSymbol(binanceBtcUsdtSymbol),
  ltp: ltpBtcUsdtRules,
  'binance-usdm': rulesFromBinanceSymbol(binanceUsdmBtcUsdtSymbol),
  okx: okxBtcUsdtRules,
  bybit: bybitBtcUsdtRules,
};
const rulesFromExchangeInfo = (exchange: SimExchange) =>
  exchange === 'binance' || exchange === 'binance-usdm';

/**
 * What the resolver is told besides the request: the order sent and the symbol's rules, with which
 * it words the exchange's bare "Filter failure: PRICE_FILTER" as the form does ("Price must be a
 * multiple of 0.01: use 50000.00 or 50000.01").
 */
const explainers = Object.fromEntries(simExchanges.map((x) => [x, explainWith(symbolRules[x])])) as Record<
  SimExchange,
  RulesExplainer
>;

/** A rule value as people write it: Binance's `0.01000000` as `0.01`. */
const shown = (value: string | undefined) => (value === undefined ? '—' : formatDecimal(value));

interface RuleHints {
  rules?: RulesExplainer;
  order?: OrderInput;
}

/** A demo key, signature and passphrase: the kit must never show any of them. */
export const DEMO_API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
export const DEMO_SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
export const DEMO_PASSPHRASE = 'Demo-Passphrase-2718';

/** How each venue's client signs: Binance (and LTP) a key header, OKX and Bybit key and signature headers. */
function authHeaders(exchange: SimExchange): Record<string, string> {
  switch (exchange) {
    case 'okx':
      return {
        'OK-ACCESS-KEY': DEMO_API_KEY,
        'OK-ACCESS-SIGN': DEMO_SIGNATURE,
        'OK-ACCESS-TIMESTAMP': new Date().toISOString(),
        'OK-ACCESS-PASSPHRASE': DEMO_PASSPHRASE,
      };
    case 'bybit':
      return {
        'X-BAPI-API-KEY': DEMO_API_KEY,
        'X-BAPI-SIGN': DEMO_SIGNATURE,
        'X-BAPI-TIMESTAMP': String(Date.now()),
        'X-BAPI-RECV-WINDOW': '5000',
      };
    default:
      return { 'X-MBX-APIKEY': DEMO_API_KEY };
  }
}

/** The data inside each venue's success envelope. */
function dataOf(exchange: SimExchange, body: unknown): unknown {
  const envelope = body as { data?: unknown; result?: { list?: unknown } } | null;
  switch (exchange) {
    case 'ltp':
    case 'okx':
      return envelope?.data;
    case 'bybit':
      return envelope?.result?.list ?? envelope?.result;
    default:
      return body;
  }
}

type Result<T> = { ok: true; data: T } | { ok: false; error: ResolvedExchangeError };

/** The app's exchange client: real fetch calls, errors resolved with the kit. */
async function call<T>(
  exchange: SimExchange,
  path: string,
  init?: RequestInit,
  hints: RuleHints = {},
): Promise<Result<T>> {
  const url = `/sim/${exchange}/${path}`;
  const request = { method: init?.method ?? 'GET', url };
  const profile = profiles[exchange];
  const options = { exchanges, source: profile.id, request, ...hints };
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { ...authHeaders(exchange), ...init?.headers } });
  } catch (failure) {
    return { ok: false, error: resolveExchangeError(failure, options)! };
  }
  if (!response.ok) {
    const error = await readExchangeError(response, options);
    if (error) return { ok: false, error };
  }
  const body: unknown = await response.json();
  // LTP, OKX and Bybit answer errors inside an HTTP 200 envelope. The venue's profile reads the
  // envelope; any it marks as an error is resolved, with the response's headers (Bybit's rate limit
  // says when it resets in one). Binance's bodies have no envelope: data is data.
  const marked = typeof body === 'object' && body !== null ? profile.read(body) : undefined;
  if (marked && !marked.success) {
    const error = resolveExchangeError(body, {
      ...options,
      httpStatus: response.status,
      headers: response.headers,
    });
    if (error) return { ok: false, error };
  }
  return { ok: true, data: dataOf(exchange, body) as T };
}

/** Tells the simulated exchange how to answer the next requests. */
const setScenario = (scenario: Scenario) =>
  fetch('/sim/control', { method: 'POST', body: JSON.stringify({ scenario }) });

interface OrderInput {
  side: 'BUY' | 'SELL';
  type: 'LIMIT' | 'MARKET';
  price: string;
  quantity: string;
}

const validOrder: OrderInput = { side: 'BUY', type: 'LIMIT', price: '50000.00', quantity: '0.001' };

/**
 * An order as each venue's API takes it: Binance's (and LTP's) signed form, OKX's and Bybit's JSON
 * (signed in the headers).
 */
function orderRequest(exchange: SimExchange, order: OrderInput): RequestInit {
  switch (exchange) {
    case 'okx':
      return {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          instId: 'BTC-USDT',
          tdMode: 'cash',
          side: order.side.toLowerCase(),
          ordType: order.type.toLowerCase(),
          px: order.price,
          sz: order.quantity,
        }),
      };
    case 'bybit':
      return {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          category: 'spot',
          symbol: 'BTCUSDT',
          side: order.side === 'BUY' ? 'Buy' : 'Sell',
          orderType: order.type === 'LIMIT' ? 'Limit' : 'Market',
          qty: order.quantity,
          price: order.price,
        }),
      };
    default: {
      const params = new URLSearchParams({ symbol: 'BTCUSDT', ...order, timestamp: String(Date.now()) });
      params.set('signature', DEMO_SIGNATURE);
      return { method: 'POST', body: params.toString() };
    }
  }
}

/** The orders the scenario buttons send past the form's check: each breaks one rule of the venue. */
interface ScenarioOrders {
  lot: Partial<OrderInput>;
  tick: Partial<OrderInput>;
  notional: Partial<OrderInput>;
  balance: Partial<OrderInput>;
}
const binanceScenarios: ScenarioOrders = {
  lot: { quantity: '0.000001' },
  tick: { price: '50000.005' },
  notional: { price: '100.00', quantity: '0.01' },
  balance: { quantity: '1' },
};
const scenarioOrders: Record<SimExchange, ScenarioOrders> = {
  binance: binanceScenarios,
  ltp: binanceScenarios,
  // Futures: step and tick 0.001 and 0.10, a minimum price of 556.80, a minimum total of 5 USDT.
  'binance-usdm': {
    lot: { quantity: '0.0015' },
    tick: { price: '50000.05' },
    notional: { price: '1000.0', quantity: '0.001' },
    balance: { quantity: '1' },
  },
  // OKX: lot 0.00000001, tick 0.1, and a minimum size (0.00001) instead of a minimum total.
  okx: {
    lot: { quantity: '0.000100005' },
    tick: { price: '50000.05' },
    notional: { quantity: '0.000001' },
    balance: { quantity: '1' },
  },
  // Bybit: quantity precision 0.000001, tick 0.1, a minimum total of 5 USDT.
  bybit: {
    lot: { quantity: '0.0010005' },
    tick: { price: '50000.05' },
    notional: { price: '1000.0', quantity: '0.001' },
    balance: { quantity: '1' },
  },
};

function Dashboard({
  exchange,
  setExchange,
  orders,
  place,
  refreshOrders,
  lastOrder,
  initialOrder,
}: DashboardProps) {
  const { errors } = useExchangeError();
  const cooldown = useCooldown();
  const [order, setOrder] = useState<OrderInput>(initialOrder);
  const [busy, setBusy] = useState(false);
  const ids = { side: useId(), type: useId(), total: useId() };
  const total = Number(order.price) * Number(order.quantity);
  const set = (patch: Partial<OrderInput>) => setOrder((o) => ({ ...o, ...patch }));
  const rules = symbolRules[exchange];
  const minTotal = rules.notional?.find((n) => n.min !== undefined)?.min;
  // Checked as the user types against the venue's rules; the fix buttons set the field they name.
  const validation = useOrderValidation(order, rules, {
    onFix: (field, value) => set({ [field]: value }),
  });

  const submit = async (input: OrderInput = order) => {
    setBusy(true);
    lastOrder.current = input;
    await place(input);
    setBusy(false);
  };

  const breaking = scenarioOrders[exchange];
  const scenario = async (name: Scenario, input: OrderInput = validOrder, times = 1) => {
    if (name === 'maintenance') {
      // During maintenance even reading the order book fails; that is what the user meets first.
      await setScenario(name);
      await refreshOrders();
      return;
    }
    await setScenario(name);
    setOrder(input);
    lastOrder.current = input;
    await Promise.all(Array.from({ length: times }, () => place(input)));
  };

  return (
    <div className="dash">
      <header className="dash-header">
        <h2>BTC / USDT</h2>
        <fieldset className="dash-exchange">
          <legend>Exchange</legend>
          {simExchanges.map((x) => (
            <label key={x}>
              <input type="radio" name="exchange" checked={exchange === x} onChange={() => setExchange(x)} />
              {exchangeNames[x]}
            </label>
          ))}
        </fieldset>
      </header>
      <ExchangeErrorBanner />
      <div className="dash-grid">
        <form
          className="dash-order"
          aria-label="Place order"
          // Sent only when the rules pass; the scenario buttons below go straight to the exchange.
          onSubmit={validation.handleSubmit(() => void submit())}
        >
          <div className="story-order-form">
            <div className="story-field">
              <label htmlFor={ids.side}>Side</label>
              <select
                id={ids.side}
                value={order.side}
                onChange={(e) => set({ side: e.target.value as OrderInput['side'] })}
                {...validation.fieldProps('side')}
              >
                <option value="BUY">Buy</option>
                <option value="SELL">Sell</option>
              </select>
            </div>
            <div className="story-field">
              <label htmlFor={ids.type}>Type</label>
              <select
                id={ids.type}
                value={order.type}
                onChange={(e) => set({ type: e.target.value as OrderInput['type'] })}
                {...validation.fieldProps('type')}
              >
                <option value="LIMIT">Limit</option>
                <option value="MARKET">Market</option>
              </select>
            </div>
            <div />
            <OrderField
              name="price"
              label="Price (USDT)"
              value={order.price}
              onChange={(price) => set({ price })}
              handlers={validation.fieldProps('price')}
            />
            <OrderField
              name="quantity"
              label="Quantity (BTC)"
              value={order.quantity}
              onChange={(quantity) => set({ quantity })}
              handlers={validation.fieldProps('quantity')}
            />
            <div className="story-field">
              <label htmlFor={ids.total}>Total (USDT)</label>
              <output id={ids.total} aria-describedby="eek-field-error-notional">
                {Number.isFinite(total) ? total.toFixed(2) : '—'}
              </output>
              <FieldError name="notional" />
            </div>
          </div>
          <p className="story-note">
            {exchangeNames[exchange]} rules (
            {rulesFromExchangeInfo(exchange) ? 'from exchangeInfo' : 'written as SymbolRules'}): tick size{' '}
            {shown(rules.price?.step)}, step size {shown(rules.quantity?.step)}, minimum quantity{' '}
            {shown(rules.quantity?.min)},{' '}
            {minTotal ? `minimum total ${shown(minTotal)} USDT` : 'no minimum total'}. Balance 1000 USDT.
          </p>
          <button type="submit" className="eek-action" disabled={busy || cooldown.active}>
            {cooldown.active ? `Wait ${formatDuration(cooldown.remainingMs)}` : 'Place order'}
          </button>
        </form>
        <section className="dash-orders" aria-labelledby="orders-heading">
          <h3 id="orders-heading">Open orders</h3>
          <button type="button" className="dash-link" onClick={() => void refreshOrders()}>
            Reload
          </button>
          <table aria-labelledby="orders-heading">
            <thead>
              <tr>
                <th scope="col">Id</th>
                <th scope="col">Side</th>
                <th scope="col">Price</th>
                <th scope="col">Quantity</th>
              </tr>
            </thead>
            <tbody>
              {orders.map((o) => (
                <tr key={o.orderId}>
                  <td>{o.orderId}</td>
                  <td>{o.side}</td>
                  <td>{o.price}</td>
                  <td>{o.quantity}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p
            className="story-note"
            data-testid="order-count"
            // Which exchange each live error was resolved as (its `source`), for the stories to check.
            data-sources={errors.map((entry) => entry.error.source).join(' ')}
          >
            {orders.length} open {orders.length === 1 ? 'order' : 'orders'}; {errors.length} live{' '}
            {errors.length === 1 ? 'error' : 'errors'}
          </p>
        </section>
      </div>
      <section aria-labelledby="scenarios-heading" className="dash-scenarios">
        <h3 id="scenarios-heading">Scenarios</h3>
        <div className="story-samples">
          <button type="button" onClick={() => void scenario('normal', { ...validOrder, ...breaking.lot })}>
            Lot size violation
          </button>
          <button type="button" onClick={() => void scenario('normal', { ...validOrder, ...breaking.tick })}>
            Tick size
          </button>
          <button
            type="button"
            onClick={() => void scenario('normal', { ...validOrder, ...breaking.notional })}
          >
            {/* OKX has a minimum size where the others have a minimum total. */}
            {minTotal ? 'Min notional' : 'Min size'}
          </button>
          <button
            type="button"
            onClick={() => void scenario('normal', { ...validOrder, ...breaking.balance })}
          >
            Insufficient balance
          </button>
          <button type="button" onClick={() => void scenario('rate-limit', validOrder, 30)}>
            Rate-limit storm
          </button>
          {/* OKX documents no IP ban, only its rate limits. */}
          {hasIpBan(exchange) ? (
            <button type="button" onClick={() => void scenario('ip-ban')}>
              IP ban
            </button>
          ) : null}
          <button type="button" onClick={() => void scenario('clock-skew')}>
            Clock skew
          </button>
          <button type="button" onClick={() => void scenario('unknown-execution')}>
            Unknown execution status
          </button>
          <button type="button" onClick={() => void scenario('invalid-key')}>
            Invalid API key
          </button>
          <button type="button" onClick={() => void scenario('maintenance')}>
            Maintenance
          </button>
          <button type="button" onClick={() => void setScenario('normal')}>
            Back to normal
          </button>
        </div>
      </section>
      <ExchangeErrorToaster />
    </div>
  );
}

interface DashboardProps {
  exchange: SimExchange;
  setExchange: (exchange: SimExchange) => void;
  orders: SimOrder[];
  place: (order: OrderInput) => Promise<void>;
  /** Reloads the orders, reporting a failure instead of throwing it. */
  refreshOrders: () => Promise<void>;
  lastOrder: React.RefObject<OrderInput>;
  initialOrder: OrderInput;
}

/** A small trading screen against the simulated exchange, with the kit dropped in. */
export function TradingDashboard({
  initialExchange = 'binance',
  initialOrder = validOrder,
}: {
  initialExchange?: SimExchange;
  /** What the order form holds at first. */
  initialOrder?: OrderInput;
}) {
  const [exchange, setExchange] = useState<SimExchange>(initialExchange);
  const [orders, setOrders] = useState<SimOrder[]>([]);
  const lastOrder = useRef<OrderInput>(validOrder);
  // The app owns its store, as it would to report from its API client outside React.
  const [store] = useState(() =>
    createExchangeErrorStore({ resolve: createExchangeErrorResolver({ exchanges }) }),
  );

  const loadOrders = useCallback(async () => {
    const result = await call<SimOrder[]>(exchange, 'openOrders');
    if (result.ok) setOrders(result.data);
    else throw result.error;
  }, [exchange]);

  const place = useCallback(
    async (order: OrderInput) => {
      const result = await call<SimOrder>(exchange, 'order', orderRequest(exchange, order), {
        rules: explainers[exchange],
        order,
      });
      if (result.ok) await loadOrders();
      else store.report(result.error);
    },
    [exchange, loadOrders, store],
  );

  const refreshOrders = useCallback(async () => {
    try {
      await loadOrders();
    } catch (error) {
      store.report(error);
    }
  }, [loadOrders, store]);

  useEffect(() => {
    void loadOrders().catch(() => {});
  }, [loadOrders]);

  return (
    <ExchangeErrorProvider
      store={store}
      onRetry={async () => {
        const result = await call<SimOrder>(exchange, 'order', orderRequest(exchange, lastOrder.current), {
          rules: explainers[exchange],
          order: lastOrder.current,
        });
        if (!result.ok) throw result.error;
        await loadOrders();
      }}
      syncClock={async () => {
        await call(exchange, 'time');
      }}
      checkOrderStatus={loadOrders}
      onRefresh={loadOrders}
    >
      <Dashboard
        exchange={exchange}
        setExchange={setExchange}
        orders={orders}
        place={place}
        refreshOrders={refreshOrders}
        lastOrder={lastOrder}
        initialOrder={initialOrder}
      />
    </ExchangeErrorProvider>
  );
}
