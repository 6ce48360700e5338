// validateOrder throughput on a real symbol (Binance BTCUSDT from exchangeInfo) as an order form
// uses it: the whole order is revalidated on every keystroke. Beside it, for scale, ccxt's own
// client-side step (priceToPrecision + amountToPrecision on the same market), which rounds values
// but checks no bound, notional, band or count. Last, the same keystrokes through the React layer
// (useOrderValidation and three FieldErrors under a provider, in jsdom), which is what a keystroke
// costs the kit in an app. Run with `npx vitest bench --run --project unit bench/validateOrder.bench.ts`.
import { act, render } from '@testing-library/react';
import ccxt from 'ccxt';
import { createElement, type ReactNode } from 'react';
import { afterAll, bench, describe } from 'vitest';
import { createExchangeErrorResolver } from '../src/core/createExchangeErrorResolver';
import { createExchangeErrorStore } from '../src/core/createExchangeErrorStore';
import { type OrderContext, type OrderInput, validateOrder } from '../src/core/rules/validateOrder';
import { binanceSpot } from '../src/exchanges/binance-spot';
import { rulesFromBinanceSymbol } from '../src/exchanges/binance-spot/rulesFromBinanceSymbol';
import { ExchangeErrorProvider, FieldError, type OrderValidation, useOrderValidation } from '../src/react';
import { binanceBtcUsdt } from '../test/rules/payloads';

const rules = rulesFromBinanceSymbol(binanceBtcUsdt);
const context: OrderContext = { averagePrice: '50123.45', openOrders: 3, openAlgoOrders: 1, position: '0.5' };

const valid: OrderInput = { side: 'BUY', type: 'LIMIT', price: '50000.01', quantity: '0.00125' };
// Off the tick, off the step and under the minimum total: three violations, each with its copy
// and the nearest valid values.
const invalid: OrderInput = { side: 'BUY', type: 'LIMIT', price: '50000.005', quantity: '0.0000955' };
const market: OrderInput = { side: 'SELL', type: 'MARKET', quantity: '0.01' };

// Typing "50000.015" into the price field and "0.00125" into the quantity field, one key at a time.
const keystrokes: OrderInput[] = [];
const typedPrice = '50000.015';
const typedQuantity = '0.00125';
for (let i = 1; i <= typedPrice.length; i++)
  keystrokes.push({ side: 'BUY', type: 'LIMIT', price: typedPrice.slice(0, i), quantity: '' });
for (let i = 1; i <= typedQuantity.length; i++)
  keystrokes.push({ side: 'BUY', type: 'LIMIT', price: typedPrice, quantity: typedQuantity.slice(0, i) });

const exchange = new ccxt.binance();
exchange.options.crossMarginPairsData = [];
exchange.options.isolatedMarginPairsData = [];
exchange.setMarkets([exchange.parseMarket(binanceBtcUsdt as never)]);

let sink = 0;

describe('validateOrder on BTCUSDT (all 9 filters of its exchangeInfo)', () => {
  bench('a valid LIMIT order', () => {
    sink += validateOrder(valid, rules, context).length;
  });

  bench('an invalid LIMIT order (3 violations with suggestions and copy)', () => {
    sink += validateOrder(invalid, rules, context).length;
  });

  bench('a MARKET order valued at the average price', () => {
    sink += validateOrder(market, rules, context).length;
  });

  bench(`a form's keystrokes (${keystrokes.length} validations per run)`, () => {
    for (const order of keystrokes) sink += validateOrder(order, rules, context).length;
  });

  bench('for scale: ccxt priceToPrecision + amountToPrecision (rounding only, no rule checks)', () => {
    sink += exchange.priceToPrecision('BTC/USDT', 50000.005)?.length ?? 0;
    sink += exchange.amountToPrecision('BTC/USDT', 0.0000955)?.length ?? 0;
  });
});

// A form after a submit attempt (every field shows its finding), re-rendered with each keystroke's
// order: validation, what each field shows, the layer FieldError reads, and the three FieldErrors.
let validation: OrderValidation | undefined;
function Form({ order }: { order: OrderInput }): ReactNode {
  validation = useOrderValidation(order, rules, { context, onFix: () => {} });
  return ['price', 'quantity', 'notional'].map((name) => createElement(FieldError, { key: name, name }));
}
const store = createExchangeErrorStore({
  resolve: createExchangeErrorResolver({ exchanges: [binanceSpot] }),
});
const page = (order: OrderInput) =>
  createElement(ExchangeErrorProvider, { store }, createElement(Form, { order }));
const view = render(page(keystrokes[0]!));
act(() => {
  validation?.submit();
});

/** For scale: the same page and re-renders, its FieldErrors showing nothing, without the hook. */
function Plain({ order }: { order: OrderInput }): ReactNode {
  sink += order.price?.length ?? 0;
  return ['price', 'quantity', 'notional'].map((name) => createElement(FieldError, { key: name, name }));
}
const plainStore = createExchangeErrorStore({
  resolve: createExchangeErrorResolver({ exchanges: [binanceSpot] }),
});
const plainPage = (order: OrderInput) =>
  createElement(ExchangeErrorProvider, { store: plainStore }, createElement(Plain, { order }));
const plainView = render(plainPage(keystrokes[0]!));

describe('useOrderValidation in React (jsdom)', () => {
  bench(
    `a form's keystrokes re-rendered through the hook and FieldErrors (${keystrokes.length} per run)`,
    () => {
      for (const order of keystrokes) view.rerender(page(order));
      sink += validation?.violations.length ?? 0;
    },
  );

  bench(`for scale: the same re-renders without the hook (${keystrokes.length} per run)`, () => {
    for (const order of keystrokes) plainView.rerender(plainPage(order));
  });
});

// Keeps the results alive so no engine can skip the work.
afterAll(() => {
  if (sink < 0) console.log(sink);
});
