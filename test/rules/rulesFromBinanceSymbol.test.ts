import { describe, expect, it } from 'vitest';
import { validateOrder } from '../../src/core/rules/validateOrder';
import { rulesFromBinanceSymbol } from '../../src/exchanges/binance-spot/rulesFromBinanceSymbol';
import { binanceBtcUsdt, binanceBtcUsdt2021, binanceDocumentedSymbol, shibLikeSymbol } from './payloads';

describe('rulesFromBinanceSymbol', () => {
  it('reads a real 2023 BTCUSDT entry: NOTIONAL, PERCENT_PRICE_BY_SIDE, TRAILING_DELTA', () => {
    expect(rulesFromBinanceSymbol(binanceBtcUsdt)).toEqual({
      symbol: 'BTCUSDT',
      base: 'BTC',
      quote: 'USDT',
      orderTypes: ['LIMIT', 'LIMIT_MAKER', 'MARKET', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'],
      icebergAllowed: true,
      quoteOrderQtyMarketAllowed: true,
      allowTrailingStop: true,
      price: { min: '0.01000000', max: '1000000.00000000', step: '0.01000000' },
      quantity: { min: '0.00001000', max: '9000.00000000', step: '0.00001000' },
      marketQuantity: { min: '0.00000000', max: '128.52621715', step: '0.00000000' },
      icebergParts: '10',
      trailingDelta: { minAbove: '10', maxAbove: '2000', minBelow: '10', maxBelow: '2000' },
      percentPriceBySide: {
        bidMultiplierUp: '5',
        bidMultiplierDown: '0.2',
        askMultiplierUp: '5',
        askMultiplierDown: '0.2',
        avgPriceMins: '5',
      },
      notional: [
        {
          filter: 'NOTIONAL',
          min: '5.00000000',
          max: '9000000.00000000',
          applyMinToMarket: true,
          applyMaxToMarket: false,
          avgPriceMins: '5',
        },
      ],
      maxNumOrders: '200',
      maxNumAlgoOrders: '5',
    });
  });

  it('reads a real 2021 entry with numbers sent as JSON numbers: PERCENT_PRICE, MIN_NOTIONAL', () => {
    const rules = rulesFromBinanceSymbol(binanceBtcUsdt2021);
    expect(rules.percentPrice).toEqual({ multiplierUp: '5', multiplierDown: '0.2', avgPriceMins: '5' });
    expect(rules.notional).toEqual([
      {
        filter: 'MIN_NOTIONAL',
        min: '10.00000000',
        applyMinToMarket: true,
        applyMaxToMarket: false,
        avgPriceMins: '5',
      },
    ]);
    expect(rules).toMatchObject({
      icebergParts: '10',
      maxNumOrders: '200',
      maxNumAlgoOrders: '5',
      allowTrailingStop: false,
    });
  });

  it('reads every documented filter, MAX_POSITION and MAX_NUM_ICEBERG_ORDERS included, and skips others', () => {
    const rules = rulesFromBinanceSymbol(binanceDocumentedSymbol);
    expect(rules).toMatchObject({
      price: { min: '0.00000100', max: '100000.00000000', step: '0.00000100' },
      percentPriceBySide: {
        bidMultiplierUp: '1.2',
        bidMultiplierDown: '0.2',
        askMultiplierUp: '5',
        askMultiplierDown: '0.8',
        avgPriceMins: '1',
      },
      quantity: { min: '0.00100000', max: '100000.00000000', step: '0.00100000' },
      marketQuantity: { min: '0.00100000', max: '100000.00000000', step: '0.00100000' },
      notional: [
        {
          filter: 'NOTIONAL',
          min: '10.00000000',
          max: '10000.00000000',
          applyMinToMarket: false,
          applyMaxToMarket: false,
          avgPriceMins: '5',
        },
      ],
      icebergParts: '10',
      maxNumOrders: '25',
      maxNumAlgoOrders: '5',
      maxNumIcebergOrders: '5',
      maxPosition: '10.00000000',
      trailingDelta: { minAbove: '10', maxAbove: '2000', minBelow: '10', maxBelow: '2000' },
    });
    expect(JSON.stringify(rules)).not.toMatch(/AMEND/i);
  });

  it('keeps SHIB-sized ticks and large lot maxima as exact text', () => {
    const rules = rulesFromBinanceSymbol(shibLikeSymbol);
    expect(rules.price).toEqual({ min: '0.00000001', max: '1.00000000', step: '0.00000001' });
    expect(rules.quantity?.max).toBe('92141578.00000000');
    expect(rules.marketQuantity?.max).toBe('9000000000.00000000');
    // 92141578 whole units at 0.00001234 is 1137.02707252 USDT: under the NOTIONAL maximum.
    expect(
      validateOrder({ side: 'BUY', type: 'LIMIT', price: '0.00001234', quantity: '92141578' }, rules),
    ).toEqual([]);
    expect(
      validateOrder({ side: 'BUY', type: 'LIMIT', price: '0.00001234', quantity: '92141579' }, rules).map(
        (v) => v.reason,
      ),
    ).toEqual(['LOT_SIZE.maxQty']);
  });

  it('checks MIN_NOTIONAL before NOTIONAL when a symbol has both', () => {
    const rules = rulesFromBinanceSymbol({
      filters: [
        {
          filterType: 'NOTIONAL',
          minNotional: '5',
          applyMinToMarket: true,
          maxNotional: '100',
          applyMaxToMarket: false,
        },
        { filterType: 'MIN_NOTIONAL', minNotional: '10', applyToMarket: true, avgPriceMins: 5 },
      ],
    });
    expect(rules.notional?.map((n) => n.filter)).toEqual(['MIN_NOTIONAL', 'NOTIONAL']);
    expect(
      validateOrder({ side: 'BUY', type: 'LIMIT', price: '1', quantity: '4' }, rules).map((v) => v.reason),
    ).toEqual(['MIN_NOTIONAL.minNotional', 'NOTIONAL.minNotional']);
  });

  it('counts grids from zero, as Binance has since 2022/2023, or from the minimum when asked', () => {
    const symbol = {
      filters: [{ filterType: 'LOT_SIZE', minQty: '0.0005', maxQty: '100', stepSize: '0.001' }],
    };
    const order = { side: 'BUY', type: 'LIMIT', price: '1', quantity: '0.0015' };
    expect(validateOrder(order, rulesFromBinanceSymbol(symbol)).map((v) => v.reason)).toEqual([
      'LOT_SIZE.stepSize',
    ]);
    expect(validateOrder(order, rulesFromBinanceSymbol(symbol, { stepFrom: 'min' }))).toEqual([]);
  });

  it('ignores what it cannot read instead of throwing', () => {
    const rules = rulesFromBinanceSymbol({
      filters: [
        { filterType: 'PRICE_FILTER', minPrice: null, maxPrice: 'junk', tickSize: '0.01' },
        { filterType: 'PERCENT_PRICE', multiplierUp: '5' },
        { filterType: 'SOMETHING_NEW', value: 1 },
      ],
    });
    expect(rules).toEqual({ price: { max: 'junk', step: '0.01' } });
    // An unreadable rule value is no rule; the readable ones still apply.
    expect(
      validateOrder({ side: 'BUY', type: 'LIMIT', price: '1.001', quantity: '1' }, rules).map(
        (v) => v.reason,
      ),
    ).toEqual(['PRICE_FILTER.tickSize']);
  });
});
