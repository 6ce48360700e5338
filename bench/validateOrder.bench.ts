// validateOrder throughput on a real symbol (Binance BTCUSDT from exchangeInfo) as an order form
// uses it: the whole order is revalidated on every keystroke. Beside it, for scale, ccxt's own
// client-side step (priceToPrecision + amountToPrecision on the same market), which rounds values
// but checks no bound, notional, band or count. Run with
// `npx vitest bench --run --project unit bench/validateOrder.bench.ts`.
import ccxt from 'ccxt';
import { afterAll, bench, describe } from 'vitest';
import { type OrderContext, type OrderInput, validateOrder } from '../src/core/rules/validateOrder';
import { rulesFromBinanceSymbol } from '../src/exchanges/binance-spot/rulesFromBinanceSymbol';
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

// Keeps the results alive so no engine can skip the work.
afterAll(() => {
  if (sink < 0) console.log(sink);
});
