// Raw exchange payloads used as test vectors, each with the address it was copied from.

/**
 * Binance Spot BTCUSDT as `GET /api/v3/exchangeInfo` returned it (2023 filter set: NOTIONAL,
 * PERCENT_PRICE_BY_SIDE, TRAILING_DELTA; MARKET_LOT_SIZE with a 0 min and step), kept by ccxt as
 * the `info` of its static Binance market:
 * https://github.com/ccxt/ccxt/blob/0dca8ac0a3ce97d642fd9973b3121c2d6e3e3063/ts/src/test/static/markets/binance.json
 */
export const binanceBtcUsdt = {
  symbol: 'BTCUSDT',
  status: 'TRADING',
  baseAsset: 'BTC',
  baseAssetPrecision: '8',
  quoteAsset: 'USDT',
  quotePrecision: '8',
  quoteAssetPrecision: '8',
  baseCommissionPrecision: '8',
  quoteCommissionPrecision: '8',
  orderTypes: ['LIMIT', 'LIMIT_MAKER', 'MARKET', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'],
  icebergAllowed: true,
  ocoAllowed: true,
  quoteOrderQtyMarketAllowed: true,
  allowTrailingStop: true,
  cancelReplaceAllowed: true,
  isSpotTradingAllowed: true,
  isMarginTradingAllowed: true,
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
  permissions: [
    'SPOT',
    'MARGIN',
    'TRD_GRP_004',
    'TRD_GRP_005',
    'TRD_GRP_006',
    'TRD_GRP_009',
    'TRD_GRP_010',
    'TRD_GRP_011',
    'TRD_GRP_012',
    'TRD_GRP_013',
    'TRD_GRP_014',
    'TRD_GRP_015',
    'TRD_GRP_016',
    'TRD_GRP_017',
    'TRD_GRP_018',
    'TRD_GRP_019',
    'TRD_GRP_020',
    'TRD_GRP_021',
    'TRD_GRP_022',
    'TRD_GRP_023',
  ],
  defaultSelfTradePreventionMode: 'EXPIRE_MAKER',
  allowedSelfTradePreventionModes: ['EXPIRE_TAKER', 'EXPIRE_MAKER', 'EXPIRE_BOTH'],
};

/**
 * The ccxt 3 (DECIMAL_PLACES era) market ccxt built from that payload, from the same file:
 * `precision.price: 2` means two decimals.
 * https://github.com/ccxt/ccxt/blob/0dca8ac0a3ce97d642fd9973b3121c2d6e3e3063/ts/src/test/static/markets/binance.json
 */
export const ccxtDecimalPlacesBtcUsdt = {
  id: 'BTCUSDT',
  symbol: 'BTC/USDT',
  base: 'BTC',
  quote: 'USDT',
  type: 'spot',
  spot: true,
  contract: false,
  precision: { amount: 5, price: 2, base: 8, quote: 8 },
  limits: {
    amount: { min: 0.00001, max: 9000 },
    price: { min: 0.01, max: 1000000 },
    cost: { min: 5, max: 9000000 },
    leverage: {},
    market: { min: 0, max: 128.52621715 },
  },
};

/**
 * Binance Spot BTCUSDT from October 2021 (serverTime 1634942465856): the older filter set,
 * PERCENT_PRICE and MIN_NOTIONAL, with numbers sent as JSON numbers.
 * https://github.com/nautechsystems/nautilus_trader/blob/a3ad3c7620723fc75440ba2dd7afe92cf2032adc/tests/integration_tests/adapters/binance/resources/http_responses/http_spot_market_exchange_info.json
 */
export const binanceBtcUsdt2021 = {
  symbol: 'BTCUSDT',
  status: 'TRADING',
  baseAsset: 'BTC',
  baseAssetPrecision: 8,
  quoteAsset: 'USDT',
  quotePrecision: 8,
  quoteAssetPrecision: 8,
  baseCommissionPrecision: 8,
  quoteCommissionPrecision: 8,
  orderTypes: ['LIMIT', 'LIMIT_MAKER', 'MARKET', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'],
  icebergAllowed: true,
  ocoAllowed: true,
  quoteOrderQtyMarketAllowed: true,
  isSpotTradingAllowed: true,
  isMarginTradingAllowed: true,
  allowTrailingStop: false,
  filters: [
    {
      filterType: 'PRICE_FILTER',
      minPrice: '0.01000000',
      maxPrice: '1000000.00000000',
      tickSize: '0.01000000',
    },
    { filterType: 'PERCENT_PRICE', multiplierUp: '5', multiplierDown: '0.2', avgPriceMins: 5 },
    { filterType: 'LOT_SIZE', minQty: '0.00001000', maxQty: '9000.00000000', stepSize: '0.00001000' },
    { filterType: 'MIN_NOTIONAL', minNotional: '10.00000000', applyToMarket: true, avgPriceMins: 5 },
    { filterType: 'ICEBERG_PARTS', limit: 10 },
    { filterType: 'MARKET_LOT_SIZE', minQty: '0.00000000', maxQty: '112.21108820', stepSize: '0.00000000' },
    { filterType: 'MAX_NUM_ORDERS', maxNumOrders: 200 },
    { filterType: 'MAX_NUM_ALGO_ORDERS', maxNumAlgoOrders: 5 },
  ],
  permissions: ['SPOT', 'MARGIN'],
};

/**
 * A symbol carrying every example of Binance's filter document, each exactly as documented
 * (PRICE_FILTER, PERCENT_PRICE_BY_SIDE, LOT_SIZE, NOTIONAL, ICEBERG_PARTS, MARKET_LOT_SIZE,
 * MAX_NUM_ORDERS, MAX_NUM_ALGO_ORDERS, MAX_NUM_ICEBERG_ORDERS, MAX_POSITION, TRAILING_DELTA);
 * the symbol name and assets are the document's own ETHBTC example from the REST API page.
 * https://github.com/binance/binance-spot-api-docs/blob/a5e0bc3ddc0fd7e6bb696849323b74423fa3a54d/filters.md
 */
export const binanceDocumentedSymbol = {
  symbol: 'ETHBTC',
  baseAsset: 'ETH',
  quoteAsset: 'BTC',
  orderTypes: [
    'LIMIT',
    'LIMIT_MAKER',
    'MARKET',
    'STOP_LOSS',
    'STOP_LOSS_LIMIT',
    'TAKE_PROFIT',
    'TAKE_PROFIT_LIMIT',
  ],
  icebergAllowed: true,
  quoteOrderQtyMarketAllowed: true,
  allowTrailingStop: false,
  filters: [
    {
      filterType: 'PRICE_FILTER',
      minPrice: '0.00000100',
      maxPrice: '100000.00000000',
      tickSize: '0.00000100',
    },
    {
      filterType: 'PERCENT_PRICE_BY_SIDE',
      bidMultiplierUp: '1.2',
      bidMultiplierDown: '0.2',
      askMultiplierUp: '5',
      askMultiplierDown: '0.8',
      avgPriceMins: 1,
    },
    { filterType: 'LOT_SIZE', minQty: '0.00100000', maxQty: '100000.00000000', stepSize: '0.00100000' },
    {
      filterType: 'NOTIONAL',
      minNotional: '10.00000000',
      applyMinToMarket: false,
      maxNotional: '10000.00000000',
      applyMaxToMarket: false,
      avgPriceMins: 5,
    },
    { filterType: 'ICEBERG_PARTS', limit: 10 },
    {
      filterType: 'MARKET_LOT_SIZE',
      minQty: '0.00100000',
      maxQty: '100000.00000000',
      stepSize: '0.00100000',
    },
    { filterType: 'MAX_NUM_ORDERS', maxNumOrders: 25 },
    { filterType: 'MAX_NUM_ALGO_ORDERS', maxNumAlgoOrders: 5 },
    { filterType: 'MAX_NUM_ICEBERG_ORDERS', maxNumIcebergOrders: 5 },
    { filterType: 'MAX_POSITION', maxPosition: '10.00000000' },
    {
      filterType: 'TRAILING_DELTA',
      minTrailingAboveDelta: 10,
      maxTrailingAboveDelta: 2000,
      minTrailingBelowDelta: 10,
      maxTrailingBelowDelta: 2000,
    },
    { filterType: 'MAX_NUM_ORDER_AMENDS', maxNumOrderAmends: 10 },
  ],
};

/**
 * Built for these tests, not copied: a SHIBUSDT-like symbol with an 8-decimal tick on a price
 * around 0.00001 and a large whole-unit lot maximum, in the documented filter formats.
 */
export const shibLikeSymbol = {
  symbol: 'SHIBUSDT',
  baseAsset: 'SHIB',
  quoteAsset: 'USDT',
  filters: [
    { filterType: 'PRICE_FILTER', minPrice: '0.00000001', maxPrice: '1.00000000', tickSize: '0.00000001' },
    { filterType: 'LOT_SIZE', minQty: '1.00000000', maxQty: '92141578.00000000', stepSize: '1.00000000' },
    {
      filterType: 'MARKET_LOT_SIZE',
      minQty: '0.00000000',
      maxQty: '9000000000.00000000',
      stepSize: '0.00000000',
    },
    {
      filterType: 'NOTIONAL',
      minNotional: '5.00000000',
      applyMinToMarket: true,
      maxNotional: '9000000.00000000',
      applyMaxToMarket: false,
      avgPriceMins: 5,
    },
  ],
};

/**
 * OKX `GET /api/v5/public/instruments` entries (SPOT BTC-USDT and DOGE-USDT, SWAP
 * BTC-USDT-SWAP), kept by ccxt as the `info` of its static OKX markets:
 * https://github.com/ccxt/ccxt/blob/3802e1a243497a0ffd025df7a97023315217391f/ts/src/test/static/markets/okx.json
 */
export const okxBtcUsdt = {
  alias: '',
  baseCcy: 'BTC',
  category: '1',
  ctMult: '',
  ctType: '',
  ctVal: '',
  ctValCcy: '',
  expTime: '',
  instFamily: '',
  instId: 'BTC-USDT',
  instType: 'SPOT',
  lever: '10',
  listTime: '1548133413000',
  lotSz: '0.00000001',
  maxIcebergSz: '9999999999.0000000000000000',
  maxLmtAmt: '20000000',
  maxLmtSz: '9999999999',
  maxMktAmt: '1000000',
  maxMktSz: '1000000',
  maxStopSz: '1000000',
  maxTriggerSz: '9999999999.0000000000000000',
  maxTwapSz: '9999999999.0000000000000000',
  minSz: '0.00001',
  optType: '',
  quoteCcy: 'USDT',
  ruleType: 'normal',
  settleCcy: '',
  state: 'live',
  stk: '',
  tickSz: '0.1',
  uly: '',
};

/** See {@link okxBtcUsdt}. */
export const okxDogeUsdt = {
  alias: '',
  baseCcy: 'DOGE',
  category: '1',
  ctMult: '',
  ctType: '',
  ctVal: '',
  ctValCcy: '',
  expTime: '',
  instFamily: '',
  instId: 'DOGE-USDT',
  instType: 'SPOT',
  lever: '10',
  listTime: '1548133413000',
  lotSz: '0.000001',
  maxIcebergSz: '999999999999.0000000000000000',
  maxLmtAmt: '20000000',
  maxLmtSz: '999999999999',
  maxMktAmt: '1000000',
  maxMktSz: '1000000',
  maxStopSz: '1000000',
  maxTriggerSz: '999999999999.0000000000000000',
  maxTwapSz: '999999999999.0000000000000000',
  minSz: '10',
  optType: '',
  quoteCcy: 'USDT',
  ruleType: 'normal',
  settleCcy: '',
  state: 'live',
  stk: '',
  tickSz: '0.00001',
  uly: '',
};

/** See {@link okxBtcUsdt}. */
export const okxBtcUsdtSwap = {
  alias: '',
  baseCcy: '',
  category: '1',
  ctMult: '1',
  ctType: 'linear',
  ctVal: '0.01',
  ctValCcy: 'BTC',
  expTime: '',
  instFamily: 'BTC-USDT',
  instId: 'BTC-USDT-SWAP',
  instType: 'SWAP',
  lever: '100',
  listTime: '1611916828000',
  lotSz: '0.1',
  maxIcebergSz: '100000000.0000000000000000',
  maxLmtAmt: '20000000',
  maxLmtSz: '100000000',
  maxMktAmt: '',
  maxMktSz: '12000',
  maxStopSz: '12000',
  maxTriggerSz: '100000000.0000000000000000',
  maxTwapSz: '100000000.0000000000000000',
  minSz: '0.1',
  optType: '',
  quoteCcy: '',
  ruleType: 'normal',
  settleCcy: 'USDT',
  state: 'live',
  stk: '',
  tickSz: '0.1',
  uly: 'BTC-USDT',
};

/**
 * Bybit `GET /v5/market/instruments-info?category=spot` entries (BTCUSDT, DOGEUSDT), kept by
 * ccxt as the `info` of its static Bybit markets:
 * https://github.com/ccxt/ccxt/blob/1f8d53ec6ee5e019956c2fd2dc204102b924716d/ts/src/test/static/markets/bybit.json
 */
export const bybitSpot = [
  {
    symbol: 'BTCUSDT',
    baseCoin: 'BTC',
    quoteCoin: 'USDT',
    innovation: '0',
    status: 'Trading',
    marginTrading: 'utaOnly',
    stTag: '0',
    lotSizeFilter: {
      basePrecision: '0.000001',
      quotePrecision: '0.0000001',
      minOrderQty: '0.000011',
      maxOrderQty: '83',
      minOrderAmt: '5',
      maxOrderAmt: '8000000',
    },
    priceFilter: { tickSize: '0.1' },
    riskParameters: { priceLimitRatioX: '0.01', priceLimitRatioY: '0.02' },
  },
  {
    symbol: 'DOGEUSDT',
    baseCoin: 'DOGE',
    quoteCoin: 'USDT',
    innovation: '0',
    status: 'Trading',
    marginTrading: 'utaOnly',
    stTag: '0',
    lotSizeFilter: {
      basePrecision: '0.1',
      quotePrecision: '0.000001',
      minOrderQty: '3',
      maxOrderQty: '22340128.455739',
      minOrderAmt: '5',
      maxOrderAmt: '4000000',
    },
    priceFilter: { tickSize: '0.00001' },
    riskParameters: { priceLimitRatioX: '0.03', priceLimitRatioY: '0.06' },
  },
];

/**
 * Bitfinex `GET /v2/conf/pub:info:pair,…` answer for one pair, as ccxt 4.5.84 documents it in
 * its `fetchMarkets` (node_modules/ccxt/js/src/bitfinex.js: "sample: 'AAVE:USD' with fields
 * null,null,null,"0.02","5000.0",null,…"): minimum order size 0.02, maximum 5000.
 */
export const bitfinexConf = [
  [['AAVE:USD', [null, null, null, '0.02', '5000.0', null, null, null, null, null, null, null]]],
  [],
  [],
  [],
];
