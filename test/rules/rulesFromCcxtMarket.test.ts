import ccxt from 'ccxt';
import { describe, expect, it } from 'vitest';
import { validateOrder } from '../../src/core/rules/validateOrder';
import { rulesFromBinanceSymbol } from '../../src/exchanges/binance-spot/rulesFromBinanceSymbol';
import { type CcxtMarket, rulesFromCcxtMarket } from '../../src/integrations/ccxt/rulesFromCcxtMarket';
import {
  binanceBtcUsdt,
  bitfinexConf,
  bybitSpot,
  ccxtDecimalPlacesBtcUsdt,
  okxBtcUsdt,
  okxBtcUsdtSwap,
  okxDogeUsdt,
} from './payloads';

// Markets built by ccxt 4.5.84's own parsers from the raw payloads, offline: the HTTP call each
// fetchMarkets makes is replaced by the recorded answer.
function binanceMarket(raw: object): CcxtMarket {
  const exchange = new ccxt.binance();
  exchange.options.crossMarginPairsData = [];
  exchange.options.isolatedMarginPairsData = [];
  return exchange.parseMarket(raw as never) as CcxtMarket;
}

async function bybitMarkets(): Promise<Record<string, CcxtMarket>> {
  const exchange = new ccxt.bybit();
  Object.assign(exchange, {
    publicGetV5MarketInstrumentsInfo: async () => ({
      retCode: 0,
      result: { category: 'spot', list: bybitSpot },
    }),
  });
  const markets = (await exchange.fetchSpotMarkets({})) as CcxtMarket[];
  return Object.fromEntries(markets.map((m) => [m.symbol, m]));
}

const limit = (price: string, quantity: string) => ({ side: 'BUY', type: 'LIMIT', price, quantity });
const reasons = (found: { reason: string }[]) => found.map((v) => v.reason);

describe('rulesFromCcxtMarket on markets ccxt 4.5.84 parses from real payloads', () => {
  it('Binance (TICK_SIZE): the tick, step and limits of BTCUSDT, MARKET_LOT_SIZE as limits.market', () => {
    const exchange = new ccxt.binance();
    const market = binanceMarket(binanceBtcUsdt);
    const rules = rulesFromCcxtMarket(market, exchange.precisionMode as 4);
    expect(rules).toEqual({
      symbol: 'BTC/USDT',
      base: 'BTC',
      quote: 'USDT',
      price: { min: '0.01', max: '1000000', step: '0.01' },
      quantity: { min: '0.00001', max: '9000', step: '0.00001' },
      marketQuantity: { min: '0', max: '128.52621715' },
      notional: [
        { filter: 'NOTIONAL', min: '5', max: '9000000', applyMinToMarket: true, applyMaxToMarket: true },
      ],
    });
  });

  it('Binance: judges prices, quantities and totals as the exchangeInfo rules do (ccxt keeps no price band)', () => {
    const fromCcxt = rulesFromCcxtMarket(binanceMarket(binanceBtcUsdt));
    const fromBinance = rulesFromBinanceSymbol(binanceBtcUsdt);
    const orders = [
      limit('50000.01', '0.001'),
      limit('50000.005', '0.001'),
      limit('0.001', '9000'),
      limit('50000', '0.000015'),
      limit('55000', '0.000095'),
      limit('1000000', '9.00001'),
      { side: 'SELL', type: 'MARKET', quantity: '128.52622' },
    ];
    for (const order of orders) {
      const picked = (rules: typeof fromCcxt) =>
        validateOrder(order, rules, order.type === 'MARKET' ? { averagePrice: '50000' } : {}).map((v) => [
          v.reason,
          v.suggestion?.values,
        ]);
      expect(picked(fromCcxt)).toEqual(picked(fromBinance));
    }
  });

  it('OKX (TICK_SIZE): BTC-USDT spot, a 1e-8 lot written as 1e-8 by ccxt', () => {
    const exchange = new ccxt.okx();
    const market = exchange.parseMarket(okxBtcUsdt as never) as CcxtMarket;
    expect(market.precision?.amount).toBe(1e-8);
    const rules = rulesFromCcxtMarket(market, exchange.precisionMode as 4);
    expect(rules).toMatchObject({
      symbol: 'BTC/USDT',
      price: { step: '0.1' },
      quantity: { min: '0.00001', max: '9999999999', step: '0.00000001' },
      notional: [{ filter: 'NOTIONAL', max: '1000000' }],
    });
    expect(validateOrder(limit('50000.1', '0.00012345'), rules)).toEqual([]);
    expect(validateOrder(limit('50000.05', '0.00012345'), rules)[0]?.suggestion).toEqual({
      field: 'price',
      values: ['50000.0', '50000.1'],
    });
    expect(reasons(validateOrder(limit('50000', '0.000123456'), rules))).toEqual(['LOT_SIZE.stepSize']);
  });

  it('OKX: DOGE-USDT with a 0.00001 tick and a 10-coin minimum', () => {
    const rules = rulesFromCcxtMarket(new ccxt.okx().parseMarket(okxDogeUsdt as never) as CcxtMarket);
    expect(rules).toMatchObject({ price: { step: '0.00001' }, quantity: { min: '10', step: '0.000001' } });
    expect(validateOrder(limit('0.12345', '10'), rules)).toEqual([]);
    expect(validateOrder(limit('0.12345', '9.999999'), rules)[0]).toMatchObject({
      reason: 'LOT_SIZE.minQty',
      suggestion: { values: ['10.000000'] },
    });
  });

  it('OKX: a linear swap values contracts at their contract size', () => {
    const market = new ccxt.okx().parseMarket(okxBtcUsdtSwap as never) as CcxtMarket;
    const rules = rulesFromCcxtMarket(market);
    expect(rules).toMatchObject({
      contractSize: '0.01',
      price: { step: '0.1' },
      quantity: { min: '0.1', step: '0.1' },
    });
    const withTotal = {
      ...rules,
      notional: [{ filter: 'NOTIONAL' as const, min: '5', applyMinToMarket: true, applyMaxToMarket: true }],
    };
    // 0.1 contract of 0.01 BTC at 50000 is 50 USDT; at 1000 it is 1 USDT, so 0.5 contract is needed.
    expect(validateOrder(limit('50000', '0.1'), withTotal)).toEqual([]);
    expect(validateOrder(limit('1000', '0.1'), withTotal)[0]).toMatchObject({
      reason: 'NOTIONAL.minNotional',
      params: { notional: '1' },
      suggestion: { values: ['0.5'] },
    });
  });

  it('Bybit (TICK_SIZE): spot BTCUSDT and DOGEUSDT with order-amount limits', async () => {
    const markets = await bybitMarkets();
    const btc = rulesFromCcxtMarket(markets['BTC/USDT']!, new ccxt.bybit().precisionMode as 4);
    expect(btc).toEqual({
      symbol: 'BTC/USDT',
      base: 'BTC',
      quote: 'USDT',
      price: { step: '0.1' },
      quantity: { min: '0.000011', max: '83', step: '0.000001' },
      notional: [
        { filter: 'NOTIONAL', min: '5', max: '8000000', applyMinToMarket: true, applyMaxToMarket: true },
      ],
    });
    expect(validateOrder(limit('60000.1', '0.000084'), btc)).toEqual([]);
    expect(validateOrder(limit('60000.1', '0.00008'), btc)[0]).toMatchObject({
      reason: 'NOTIONAL.minNotional',
      suggestion: { field: 'quantity', values: ['0.000084'] },
    });
    const doge = rulesFromCcxtMarket(markets['DOGE/USDT']!);
    expect(doge).toMatchObject({
      price: { step: '0.00001' },
      quantity: { min: '3', max: '22340128.455739', step: '0.1' },
    });
    expect(reasons(validateOrder(limit('0.1', '22340128.5'), doge))).toEqual(['LOT_SIZE.maxQty']);
  });

  it('DECIMAL_PLACES: ccxt 3’s Binance market, where precision.price 2 means 0.01', () => {
    const rules = rulesFromCcxtMarket(ccxtDecimalPlacesBtcUsdt, 'DECIMAL_PLACES');
    expect(rules).toMatchObject({ price: { step: '0.01' }, quantity: { step: '0.00001' } });
    expect(rulesFromCcxtMarket(ccxtDecimalPlacesBtcUsdt, 2)).toEqual(rules);
    expect(rulesFromCcxtMarket({ precision: { price: -1 } }, 'DECIMAL_PLACES').price).toEqual({ step: '10' });
    expect(validateOrder(limit('50000.005', '0.001'), rules)[0]?.suggestion?.values).toEqual([
      '50000.00',
      '50000.01',
    ]);
  });

  it('SIGNIFICANT_DIGITS: Bitfinex prices with 5 significant digits, amounts with 8 decimals', async () => {
    const exchange = new ccxt.bitfinex();
    Object.assign(exchange, { publicGetConfConfig: async () => bitfinexConf });
    const [market] = (await exchange.fetchMarkets()) as CcxtMarket[];
    expect(market).toMatchObject({ symbol: 'AAVE/USD', precision: { amount: 8, price: 5 } });
    expect(exchange.precisionMode).toBe(ccxt.SIGNIFICANT_DIGITS);
    const rules = rulesFromCcxtMarket(market!, { price: 'SIGNIFICANT_DIGITS', amount: 'DECIMAL_PLACES' });
    expect(rules).toMatchObject({
      price: { min: '0.00000001', significantDigits: '5' },
      quantity: { min: '0.02', max: '5000', step: '0.00000001' },
    });
    expect(validateOrder(limit('123.45', '0.02'), rules)).toEqual([]);
    expect(validateOrder(limit('123.456', '0.02'), rules)[0]).toMatchObject({
      reason: 'PRICE_FILTER.significantDigits',
      params: { significantDigits: '5' },
      suggestion: { values: ['123.45', '123.46'] },
    });
    expect(validateOrder(limit('99999.5', '0.02'), rules)[0]?.suggestion?.values).toEqual([
      '99999',
      '100000',
    ]);
  });
});
