/**
 * Real exchange error answers (and transport failures), each with the category a trader should be shown.
 * Bodies are the exchanges' wire text; `source` says where the shape, code and message were seen.
 * See README.md in this folder for how the corpus was built and how to add a case.
 */
import type { ProbeCase } from './probeTypes';

/** ccxt's own exceptions map for an exchange, as pinned (4.5.84); many entries carry the wire body seen. */
const ccxtMap = (id: string) =>
  `ccxt 4.5.84 ts/src/${id}.ts, describe().exceptions (https://github.com/ccxt/ccxt/blob/master/ts/src/${id}.ts)`;
/** ccxt's generic HTTP status table (base/Exchange.ts httpExceptions) and handleRestResponse. */
const CCXT_BASE =
  'ccxt 4.5.84 ts/src/base/Exchange.ts, httpExceptions and fetch() (https://github.com/ccxt/ccxt/blob/master/ts/src/base/Exchange.ts)';
const UNDICI =
  'undici 7 lib/core/errors.js and Node net errors, as ccxt 4.5.84 base/Exchange.ts fetch() maps them';

const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n';
const NGINX_504 =
  '<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n</body>\r\n</html>\r\n';

// ---------------------------------------------------------------------------------------------- OKX
const OKX_DOCS = 'https://www.okx.com/docs-v5/en/#error-code-rest-api';
const OKX_ORDER = 'https://www.okx.com/api/v5/trade/order';
const OKX_CANCEL = 'https://www.okx.com/api/v5/trade/cancel-order';
const OKX_BALANCE = 'https://www.okx.com/api/v5/account/balance?ccy=USDT';
const OKX_ORDER_BODY =
  '{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"68000","sz":"0.5"}';

const okx: ProbeCase[] = [
  {
    id: 'okx-51008-insufficient-balance',
    exchange: 'okx',
    kind: 'answer',
    request: { method: 'POST', url: OKX_ORDER, writesOrder: true, body: OKX_ORDER_BODY },
    response: {
      status: 200,
      body: '{"code":"1","data":[{"clOrdId":"","ordId":"","sCode":"51008","sMsg":"Order failed. Insufficient USDT balance in account","tag":"","ts":"1717000000123"}],"inTime":"1717000000120311","msg":"All operations failed","outTime":"1717000000124518"}',
    },
    expect: { category: 'insufficient-funds' },
    source: `${OKX_DOCS}-trade (51008); ${ccxtMap('okx')}`,
  },
  {
    id: 'okx-51121-lot-size',
    exchange: 'okx',
    kind: 'answer',
    request: { method: 'POST', url: OKX_ORDER, writesOrder: true, body: OKX_ORDER_BODY },
    response: {
      status: 200,
      body: '{"code":"1","data":[{"clOrdId":"","ordId":"","sCode":"51121","sMsg":"Order quantity must be a multiple of the lot size.","tag":"","ts":"1717000001456"}],"inTime":"1717000001452004","msg":"All operations failed","outTime":"1717000001457120"}',
    },
    expect: { category: 'filter', field: 'quantity' },
    source: `${OKX_DOCS}-trade (51121)`,
  },
  {
    id: 'okx-51006-price-limit',
    exchange: 'okx',
    kind: 'answer',
    request: { method: 'POST', url: OKX_ORDER, writesOrder: true, body: OKX_ORDER_BODY },
    response: {
      status: 200,
      body: '{"code":"1","data":[{"clOrdId":"","ordId":"","sCode":"51006","sMsg":"Order price is not within the price limit (max buy price: 70123.4 , min sell price: 66012.1 )","tag":"","ts":"1717000002001"}],"inTime":"1717000001998712","msg":"All operations failed","outTime":"1717000002002230"}',
    },
    expect: { category: 'filter', field: 'price', note: 'OKX price band (like a percent-price filter)' },
    source: `${OKX_DOCS}-trade (51006)`,
  },
  {
    id: 'okx-51020-min-amount',
    exchange: 'okx',
    kind: 'answer',
    request: { method: 'POST', url: OKX_ORDER, writesOrder: true, body: OKX_ORDER_BODY },
    response: {
      status: 200,
      body: '{"code":"1","data":[{"clOrdId":"","ordId":"","sCode":"51020","sMsg":"Your order should meet or exceed the minimum order amount.","tag":"","ts":"1717000003311"}],"inTime":"1717000003309001","msg":"All operations failed","outTime":"1717000003312100"}',
    },
    expect: { category: 'filter', field: 'quantity' },
    source: `${OKX_DOCS}-trade (51020)`,
  },
  {
    id: 'okx-51001-instrument',
    exchange: 'okx',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://www.okx.com/api/v5/market/ticker?instId=FOO-USDT',
      writesOrder: false,
    },
    response: {
      status: 200,
      body: `{"code":"51001","data":[],"msg":"Instrument ID, Instrument ID code or Spread ID doesn't exist."}`,
    },
    expect: {
      category: 'invalid-request',
      note: 'unknown instrument: the request names a market that does not exist',
    },
    source: `${OKX_DOCS}-trade (51001, HTTP 200)`,
  },
  {
    id: 'okx-50111-bad-key',
    exchange: 'okx',
    kind: 'answer',
    request: { method: 'GET', url: OKX_BALANCE, writesOrder: false },
    response: { status: 401, body: '{"msg":"Invalid OK-ACCESS-KEY.","code":"50111"}' },
    expect: { category: 'auth' },
    source: `${OKX_DOCS}-authentication (50111, HTTP 401)`,
  },
  {
    id: 'okx-50113-bad-signature',
    exchange: 'okx',
    kind: 'answer',
    request: { method: 'GET', url: OKX_BALANCE, writesOrder: false },
    response: { status: 401, body: '{"msg":"Invalid signature.","code":"50113"}' },
    expect: { category: 'auth' },
    source: `${OKX_DOCS}-authentication (50113, HTTP 401)`,
  },
  {
    id: 'okx-50110-ip-whitelist',
    exchange: 'okx',
    kind: 'answer',
    request: { method: 'POST', url: OKX_ORDER, writesOrder: true, body: OKX_ORDER_BODY },
    response: {
      status: 401,
      body: `{"msg":"Your IP 203.0.113.7 is not included in your API key's IP whitelist.","code":"50110"}`,
    },
    expect: { category: 'auth', note: 'IP whitelist: fix the key settings, not the order' },
    source: `${OKX_DOCS}-authentication (50110, HTTP 401)`,
  },
  {
    id: 'okx-50102-timestamp-expired',
    exchange: 'okx',
    kind: 'answer',
    request: { method: 'POST', url: OKX_ORDER, writesOrder: true, body: OKX_ORDER_BODY },
    response: { status: 401, body: '{"msg":"Timestamp request expired.","code":"50102"}' },
    expect: {
      category: 'clock-skew',
      note: 'OK-ACCESS-TIMESTAMP too far from server time: resync then retry',
    },
    source: `${OKX_DOCS}-authentication (50102, HTTP 401); ${ccxtMap('okx')} (InvalidNonce)`,
  },
  {
    id: 'okx-50011-rate-limit-429',
    exchange: 'okx',
    kind: 'answer',
    request: { method: 'POST', url: OKX_ORDER, writesOrder: true, body: OKX_ORDER_BODY },
    response: { status: 429, body: '{"msg":"Too Many Requests","code":"50011"}' },
    expect: {
      category: 'rate-limit',
      note: 'no Retry-After: back off by the endpoint window (2 s for trade/order)',
    },
    source: `${OKX_DOCS}-general-class (50011, HTTP 429)`,
  },
  {
    id: 'okx-50013-systems-busy',
    exchange: 'okx',
    kind: 'answer',
    request: { method: 'GET', url: OKX_BALANCE, writesOrder: false },
    response: {
      status: 429,
      body: '{"code":"50013","data":[],"msg":"Systems are busy. Please try again later."}',
    },
    expect: {
      category: 'unavailable',
      note: 'server overload under a 429 status: back off, not a per-user limit',
    },
    source: `${OKX_DOCS}-general-class (50013, HTTP 429)`,
  },
  {
    id: 'okx-51400-cancel-filled-or-gone',
    exchange: 'okx',
    kind: 'answer',
    request: {
      method: 'POST',
      url: OKX_CANCEL,
      writesOrder: true,
      body: '{"instId":"BTC-USDT","ordId":"1523442906185338880"}',
    },
    response: {
      status: 200,
      body: '{"code":"1","data":[{"clOrdId":"","ordId":"1523442906185338880","sCode":"51400","sMsg":"Order cancellation failed as the order has been filled, canceled or does not exist.","ts":"1717000004010"}],"inTime":"1717000004007310","msg":"All operations failed","outTime":"1717000004011002"}',
    },
    expect: {
      category: 'order-rejected',
      note: 'cannot cancel: the order may already be filled; refresh its state rather than treat it as missing',
    },
    source: `${OKX_DOCS}-trade (51400)`,
  },
  {
    id: 'okx-51603-order-does-not-exist',
    exchange: 'okx',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://www.okx.com/api/v5/trade/order?instId=BTC-USDT&ordId=1523442906185338880',
      writesOrder: false,
    },
    response: { status: 200, body: '{"code":"51603","data":[],"msg":"Order does not exist."}' },
    expect: { category: 'not-found' },
    source: `${OKX_DOCS}-trade (51603)`,
  },
  {
    id: 'okx-51016-duplicate-client-id',
    exchange: 'okx',
    kind: 'answer',
    request: { method: 'POST', url: OKX_ORDER, writesOrder: true, body: OKX_ORDER_BODY },
    response: {
      status: 200,
      body: '{"code":"1","data":[{"clOrdId":"grid7x11","ordId":"","sCode":"51016","sMsg":"Client order ID already exists.","tag":"","ts":"1717000005100"}],"inTime":"1717000005098342","msg":"All operations failed","outTime":"1717000005101877"}',
    },
    expect: { category: 'order-rejected', note: 'duplicate clOrdId: the earlier order with that id exists' },
    source: `${OKX_DOCS}-trade (51016)`,
  },
  {
    id: 'okx-51169-reduce-only-no-position',
    exchange: 'okx',
    kind: 'answer',
    request: {
      method: 'POST',
      url: OKX_ORDER,
      writesOrder: true,
      body: '{"instId":"BTC-USDT-SWAP","tdMode":"cross","side":"sell","ordType":"market","sz":"3","reduceOnly":true}',
    },
    response: {
      status: 200,
      body: `{"code":"1","data":[{"clOrdId":"","ordId":"","sCode":"51169","sMsg":"Order failed because you don't have any positions in this direction for this contract to reduce or close.","tag":"","ts":"1717000006200"}],"inTime":"1717000006197001","msg":"All operations failed","outTime":"1717000006201455"}`,
    },
    expect: {
      category: 'order-rejected',
      note: 'reduce-only with nothing to reduce; 51169 is not in ccxt’s map',
    },
    source: `${OKX_DOCS}-trade (51169)`,
  },
  {
    id: 'okx-51155-local-compliance',
    exchange: 'okx',
    kind: 'answer',
    request: { method: 'POST', url: OKX_ORDER, writesOrder: true, body: OKX_ORDER_BODY },
    response: {
      status: 200,
      body: `{"code":"1","data":[{"clOrdId":"e847386590ce4dBC","ordId":"","sCode":"51155","sMsg":"You can't trade this pair or borrow this crypto due to local compliance restrictions. ","tag":"e847386590ce4dBC","ts":"1717000007300"}],"inTime":"1717000007296512","msg":"","outTime":"1717000007301004"}`,
    },
    expect: { category: 'account-restricted' },
    source: `${ccxtMap('okx')} (51155 comment body); ${OKX_DOCS}-trade (51155)`,
  },
  {
    id: 'okx-50001-service-unavailable',
    exchange: 'okx',
    kind: 'answer',
    request: { method: 'GET', url: OKX_BALANCE, writesOrder: false },
    response: {
      status: 503,
      body: '{"code":"50001","data":[],"msg":"Service temporarily unavailable. Please try again later."}',
    },
    expect: { category: 'unavailable' },
    source: `${OKX_DOCS}-general-class (50001, HTTP 503)`,
  },
  {
    id: 'okx-50004-endpoint-timeout-on-order',
    exchange: 'okx',
    kind: 'answer',
    request: { method: 'POST', url: OKX_ORDER, writesOrder: true, body: OKX_ORDER_BODY },
    response: {
      status: 400,
      body: '{"code":"50004","data":[],"msg":"API endpoint request timeout. (does not mean that the request was successful or failed, please check the request result)."}',
    },
    expect: { category: 'execution-unknown', note: 'OKX says itself the order may have gone through' },
    source: `${OKX_DOCS}-general-class (50004, HTTP 400)`,
  },
  {
    id: 'okx-502-html-on-order',
    exchange: 'okx',
    kind: 'answer',
    request: { method: 'POST', url: OKX_ORDER, writesOrder: true, body: OKX_ORDER_BODY },
    response: { status: 502, headers: { 'content-type': 'text/html' }, body: NGINX_502 },
    expect: {
      category: 'execution-unknown',
      note: 'a gateway error after the order left: it may have reached the engine',
    },
    source: CCXT_BASE,
  },
  {
    id: 'okx-2-batch-partially-succeeded',
    exchange: 'okx',
    kind: 'answer',
    request: {
      method: 'POST',
      url: 'https://www.okx.com/api/v5/trade/batch-orders',
      writesOrder: true,
      body: '[{"instId":"BTC-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"60000","sz":"0.01"},{"instId":"ETH-USDT","tdMode":"cash","side":"buy","ordType":"limit","px":"3000","sz":"40"}]',
    },
    response: {
      status: 200,
      body: '{"code":"2","data":[{"clOrdId":"","ordId":"1523449981233991680","sCode":"0","sMsg":"Order placed","tag":"","ts":"1717000008400"},{"clOrdId":"","ordId":"","sCode":"51008","sMsg":"Order failed. Insufficient USDT balance in account","tag":"","ts":"1717000008400"}],"inTime":"1717000008396001","msg":"","outTime":"1717000008401230"}',
    },
    ccxtThrows: false,
    expect: {
      category: 'insufficient-funds',
      note: 'one leg of a batch failed; ccxt returns the batch and raises nothing',
    },
    source: `${OKX_DOCS}-general-class (code 2: bulk operation partially succeeded); ccxt 4.5.84 okx.ts handleErrors`,
  },
  {
    id: 'okx-timeout-on-order',
    exchange: 'okx',
    kind: 'transport',
    request: { method: 'POST', url: OKX_ORDER, writesOrder: true, body: OKX_ORDER_BODY },
    failure: 'timeout',
    expect: {
      category: 'execution-unknown',
      note: 'no answer to an order: check open orders before resending',
    },
    source: UNDICI,
  },
  {
    id: 'okx-dns-on-read',
    exchange: 'okx',
    kind: 'transport',
    request: { method: 'GET', url: OKX_BALANCE, writesOrder: false },
    failure: 'dns',
    expect: { category: 'unavailable' },
    source: UNDICI,
  },
];

// ---------------------------------------------------------------------------------------------- Bybit
const BYBIT_DOCS = 'https://bybit-exchange.github.io/docs/v5/error';
const BYBIT_ORDER = 'https://api.bybit.com/v5/order/create';
const BYBIT_CANCEL = 'https://api.bybit.com/v5/order/cancel';
const BYBIT_WALLET = 'https://api.bybit.com/v5/account/wallet-balance?accountType=UNIFIED';
const BYBIT_ORDER_BODY =
  '{"category":"linear","symbol":"BTCUSDT","side":"Buy","orderType":"Limit","qty":"0.5","price":"68000","timeInForce":"GTC"}';
const BYBIT_SPOT_BODY =
  '{"category":"spot","symbol":"BTCUSDT","side":"Buy","orderType":"Limit","qty":"0.0123456789","price":"68000.123"}';

const bybit: ProbeCase[] = [
  {
    id: 'bybit-110007-ab-not-enough',
    exchange: 'bybit',
    kind: 'answer',
    request: { method: 'POST', url: BYBIT_ORDER, writesOrder: true, body: BYBIT_ORDER_BODY },
    response: {
      status: 200,
      body: '{"retCode":110007,"retMsg":"ab not enough for new order","result":{},"retExtInfo":{},"time":1668838414793}',
    },
    expect: { category: 'insufficient-funds', note: '"ab" is Bybit’s available balance' },
    source: `${ccxtMap('bybit')} (110007 comment body); ${BYBIT_DOCS} (110007)`,
  },
  {
    id: 'bybit-170131-spot-balance',
    exchange: 'bybit',
    kind: 'answer',
    request: { method: 'POST', url: BYBIT_ORDER, writesOrder: true, body: BYBIT_SPOT_BODY },
    response: {
      status: 200,
      body: '{"retCode":170131,"retMsg":"Insufficient balance.","result":{},"retExtInfo":{},"time":1717000010011}',
    },
    expect: { category: 'insufficient-funds' },
    source: `${BYBIT_DOCS} (170131)`,
  },
  {
    id: 'bybit-170137-qty-decimals',
    exchange: 'bybit',
    kind: 'answer',
    request: { method: 'POST', url: BYBIT_ORDER, writesOrder: true, body: BYBIT_SPOT_BODY },
    response: {
      status: 200,
      body: '{"retCode":170137,"retMsg":"Order volume decimal too long","result":{},"retExtInfo":{},"time":1717000011022}',
    },
    expect: { category: 'filter', field: 'quantity' },
    source: `${BYBIT_DOCS} (170137)`,
  },
  {
    id: 'bybit-170134-price-decimals',
    exchange: 'bybit',
    kind: 'answer',
    request: { method: 'POST', url: BYBIT_ORDER, writesOrder: true, body: BYBIT_SPOT_BODY },
    response: {
      status: 200,
      body: '{"retCode":170134,"retMsg":"Order price decimal too long.","result":{},"retExtInfo":{},"time":1717000012033}',
    },
    expect: { category: 'filter', field: 'price' },
    source: `${BYBIT_DOCS} (170134)`,
  },
  {
    id: 'bybit-170372-price-limitation',
    exchange: 'bybit',
    kind: 'answer',
    request: { method: 'POST', url: BYBIT_ORDER, writesOrder: true, body: BYBIT_SPOT_BODY },
    response: {
      status: 200,
      body: '{"retCode":170372,"retMsg":"Order price cannot be higher than 24.2175, the price limitation","result":{},"retExtInfo":{},"time":1766500129105}',
    },
    expect: { category: 'filter', field: 'price' },
    source: `${ccxtMap('bybit')} (170372 comment body)`,
  },
  {
    id: 'bybit-110094-notional-below-min',
    exchange: 'bybit',
    kind: 'answer',
    request: { method: 'POST', url: BYBIT_ORDER, writesOrder: true, body: BYBIT_ORDER_BODY },
    response: {
      status: 200,
      body: '{"retCode":110094,"retMsg":"Order notional value below the lower limit","result":{},"retExtInfo":{},"time":1717000013044}',
    },
    expect: { category: 'filter', field: 'notional' },
    source: `${BYBIT_DOCS} (110094)`,
  },
  {
    id: 'bybit-10001-not-supported-symbol',
    exchange: 'bybit',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://api.bybit.com/v5/market/tickers?category=linear&symbol=FOOUSDT',
      writesOrder: false,
    },
    response: {
      status: 200,
      body: '{"retCode":10001,"retMsg":"Not supported symbols","result":{},"retExtInfo":{},"time":1726147060461}',
    },
    expect: { category: 'invalid-request' },
    source: `${ccxtMap('bybit')} (broad 'Not supported symbols' comment body)`,
  },
  {
    id: 'bybit-10003-api-key-invalid',
    exchange: 'bybit',
    kind: 'answer',
    request: { method: 'GET', url: BYBIT_WALLET, writesOrder: false },
    response: {
      status: 200,
      body: '{"retCode":10003,"retMsg":"API key is invalid.","result":{},"retExtInfo":{},"time":1717000014055}',
    },
    expect: { category: 'auth' },
    source: `${BYBIT_DOCS} (10003)`,
  },
  {
    id: 'bybit-10004-error-sign',
    exchange: 'bybit',
    kind: 'answer',
    request: { method: 'GET', url: BYBIT_WALLET, writesOrder: false },
    response: {
      status: 200,
      body: '{"retCode":10004,"retMsg":"error sign! origin_string[1717000015000XXXXXXXXXXXXXXXXXX5000accountType=UNIFIED]","result":{},"retExtInfo":{},"time":1717000015066}',
    },
    expect: { category: 'auth' },
    source: `${BYBIT_DOCS} (10004)`,
  },
  {
    id: 'bybit-10010-unmatched-ip',
    exchange: 'bybit',
    kind: 'answer',
    request: { method: 'POST', url: BYBIT_ORDER, writesOrder: true, body: BYBIT_ORDER_BODY },
    response: {
      status: 200,
      body: `{"retCode":10010,"retMsg":"Unmatched IP, please check your API key's bound IP addresses.","result":{},"retExtInfo":{},"time":1717000016077}`,
    },
    expect: { category: 'auth', note: 'IP whitelist; ccxt says PermissionDenied' },
    source: `${BYBIT_DOCS} (10010)`,
  },
  {
    id: 'bybit-10002-recv-window',
    exchange: 'bybit',
    kind: 'answer',
    request: { method: 'POST', url: BYBIT_ORDER, writesOrder: true, body: BYBIT_ORDER_BODY },
    response: {
      status: 200,
      body: '{"retCode":10002,"retMsg":"invalid request, please check your server timestamp or recv_window param. req_timestamp[1717000017000],server_timestamp[1717000024512],recv_window[5000]","result":{},"retExtInfo":{},"time":1717000024512}',
    },
    expect: { category: 'clock-skew' },
    source: `${BYBIT_DOCS} (10002)`,
  },
  {
    id: 'bybit-10006-too-many-visits',
    exchange: 'bybit',
    kind: 'answer',
    request: { method: 'POST', url: BYBIT_ORDER, writesOrder: true, body: BYBIT_ORDER_BODY },
    response: {
      status: 200,
      headers: {
        'x-bapi-limit': '10',
        'x-bapi-limit-status': '0',
        'x-bapi-limit-reset-timestamp': '1717000018950',
      },
      body: '{"retCode":10006,"retMsg":"Too many visits!","result":{},"retExtInfo":{},"time":1717000018321}',
    },
    expect: { category: 'rate-limit', note: 'HTTP 200; the reset time is in X-Bapi-Limit-Reset-Timestamp' },
    source: `${BYBIT_DOCS} (10006); https://bybit-exchange.github.io/docs/v5/rate-limit (X-Bapi-Limit-* headers)`,
  },
  {
    id: 'bybit-403-access-too-frequent',
    exchange: 'bybit',
    kind: 'answer',
    request: { method: 'GET', url: BYBIT_WALLET, writesOrder: false },
    response: { status: 403, headers: { 'content-type': 'text/plain' }, body: 'access too frequent' },
    expect: { category: 'ip-banned', note: 'IP limit breached: Bybit bans the IP for at least 10 minutes' },
    source: 'https://bybit-exchange.github.io/docs/v5/rate-limit (HTTP IP limit: "403, access too frequent")',
  },
  {
    id: 'bybit-110001-order-not-exists',
    exchange: 'bybit',
    kind: 'answer',
    request: {
      method: 'POST',
      url: BYBIT_CANCEL,
      writesOrder: true,
      body: '{"category":"linear","symbol":"BTCUSDT","orderId":"c6f055d9-7f21-4079-913d-e6523a9cfffa"}',
    },
    response: {
      status: 200,
      body: '{"retCode":110001,"retMsg":"order not exists or too late to cancel","result":{},"retExtInfo":{},"time":1717000019432}',
    },
    expect: {
      category: 'order-rejected',
      note: '"too late to cancel": the order may have filled; refresh its state',
    },
    source: `${BYBIT_DOCS} (110001)`,
  },
  {
    id: 'bybit-170213-spot-order-not-exist',
    exchange: 'bybit',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://api.bybit.com/v5/order/realtime?category=spot&orderId=1717000000000000001',
      writesOrder: false,
    },
    response: {
      status: 200,
      body: '{"retCode":170213,"retMsg":"Order does not exist.","result":{},"retExtInfo":{},"time":1717000020543}',
    },
    expect: { category: 'not-found' },
    source: `${BYBIT_DOCS} (170213)`,
  },
  {
    id: 'bybit-110072-duplicate-link-id',
    exchange: 'bybit',
    kind: 'answer',
    request: { method: 'POST', url: BYBIT_ORDER, writesOrder: true, body: BYBIT_ORDER_BODY },
    response: {
      status: 200,
      body: '{"retCode":110072,"retMsg":"OrderLinkedID is duplicate","result":{},"retExtInfo":{},"time":1717000021654}',
    },
    expect: { category: 'order-rejected' },
    source: `${BYBIT_DOCS} (110072)`,
  },
  {
    id: 'bybit-110017-reduce-only-truncated',
    exchange: 'bybit',
    kind: 'answer',
    request: {
      method: 'POST',
      url: BYBIT_ORDER,
      writesOrder: true,
      body: '{"category":"linear","symbol":"BTCUSDT","side":"Sell","orderType":"Market","qty":"0.5","reduceOnly":true}',
    },
    response: {
      status: 200,
      body: '{"retCode":110017,"retMsg":"current position is zero, cannot fix reduce-only order qty","result":{},"retExtInfo":{},"time":1717000022765}',
    },
    expect: { category: 'order-rejected', note: 'reduce-only with no position' },
    source: `${BYBIT_DOCS} (110017: orderQty will be truncated to zero)`,
  },
  {
    id: 'bybit-10024-compliance',
    exchange: 'bybit',
    kind: 'answer',
    request: { method: 'POST', url: BYBIT_ORDER, writesOrder: true, body: BYBIT_ORDER_BODY },
    response: {
      status: 200,
      body: '{"retCode":10024,"retMsg":"Compliance rules triggered","result":{},"retExtInfo":{},"time":1717000023876}',
    },
    expect: { category: 'account-restricted' },
    source: `${BYBIT_DOCS} (10024)`,
  },
  {
    id: 'bybit-10016-request-timeout-on-order',
    exchange: 'bybit',
    kind: 'answer',
    request: { method: 'POST', url: BYBIT_ORDER, writesOrder: true, body: BYBIT_ORDER_BODY },
    response: {
      status: 200,
      body: '{"retCode":10016,"retMsg":"Request timeout, please try again later","result":{},"retExtInfo":{},"time":1675307914985}',
    },
    expect: {
      category: 'execution-unknown',
      note: 'a server-side timeout on placement: check before resending',
    },
    source: `${ccxtMap('bybit')} (broad 'Request timeout' comment body)`,
  },
  {
    id: 'bybit-5004-server-timeout-on-order',
    exchange: 'bybit',
    kind: 'answer',
    request: { method: 'POST', url: BYBIT_ORDER, writesOrder: true, body: BYBIT_ORDER_BODY },
    response: {
      status: 200,
      body: '{"retCode":5004,"retMsg":"Server Timeout","result":null,"retExtInfo":{},"time":1667577060106}',
    },
    expect: {
      category: 'execution-unknown',
      note: 'same meaning as 10016 "Request timeout"; ccxt calls it a plain ExchangeError',
    },
    source: `${ccxtMap('bybit')} (5004 comment body)`,
  },
  {
    id: 'bybit-10016-system-error-on-read',
    exchange: 'bybit',
    kind: 'answer',
    request: { method: 'GET', url: BYBIT_WALLET, writesOrder: false },
    response: { status: 200, body: '{"retCode":10016,"retMsg":"System error. Please try again later."}' },
    expect: { category: 'unavailable' },
    source: `${ccxtMap('bybit')} (10016 comment body)`,
  },
  {
    id: 'bybit-504-gateway-on-order',
    exchange: 'bybit',
    kind: 'answer',
    request: { method: 'POST', url: BYBIT_ORDER, writesOrder: true, body: BYBIT_ORDER_BODY },
    response: { status: 504, headers: { 'content-type': 'text/html' }, body: NGINX_504 },
    expect: {
      category: 'execution-unknown',
      note: 'the gateway gave up waiting; the engine may have the order',
    },
    source: `${CCXT_BASE}; body: the gateway's own 504 page, not a Bybit JSON answer`,
  },
  {
    id: 'bybit-reset-on-order',
    exchange: 'bybit',
    kind: 'transport',
    request: { method: 'POST', url: BYBIT_ORDER, writesOrder: true, body: BYBIT_ORDER_BODY },
    failure: 'connection-reset',
    expect: { category: 'execution-unknown', note: 'connection lost after the order was sent' },
    source: UNDICI,
  },
];

// ---------------------------------------------------------------------------------------------- KuCoin
const KUCOIN_DOCS =
  'https://docs.kucoin.com/#errors (Kucoin/kucoin-api-docs source/localizable/index.html.md)';
const KUCOIN_ORDER = 'https://api.kucoin.com/api/v1/orders';
const KUCOIN_ACCOUNTS = 'https://api.kucoin.com/api/v1/accounts?currency=USDT';
const KUCOIN_ORDER_BODY =
  '{"clientOid":"5c52e11203aa677f33e493fb","side":"buy","symbol":"BTC-USDT","type":"limit","price":"68000","size":"0.5"}';

const kucoin: ProbeCase[] = [
  {
    id: 'kucoin-200004-balance-insufficient',
    exchange: 'kucoin',
    kind: 'answer',
    request: { method: 'POST', url: KUCOIN_ORDER, writesOrder: true, body: KUCOIN_ORDER_BODY },
    response: { status: 200, body: '{"code":"200004","msg":"Balance insufficient!"}' },
    expect: { category: 'insufficient-funds' },
    source: `${KUCOIN_DOCS} (200004); ${ccxtMap('kucoin')}`,
  },
  {
    id: 'kucoin-400100-size-increment',
    exchange: 'kucoin',
    kind: 'answer',
    request: { method: 'POST', url: KUCOIN_ORDER, writesOrder: true, body: KUCOIN_ORDER_BODY },
    response: { status: 400, body: '{"code":"400100","msg":"Order size increment invalid."}' },
    expect: { category: 'filter', field: 'quantity' },
    source: `${ccxtMap('kucoin')} (exact message 'Order size increment invalid.')`,
  },
  {
    id: 'kucoin-400100-price-increment',
    exchange: 'kucoin',
    kind: 'answer',
    request: { method: 'POST', url: KUCOIN_ORDER, writesOrder: true, body: KUCOIN_ORDER_BODY },
    response: { status: 400, body: '{"code":"400100","msg":"Price increment invalid."}' },
    expect: {
      category: 'filter',
      field: 'price',
      note: 'tick size; ccxt only sees the generic 400100 (BadRequest)',
    },
    source: `${KUCOIN_DOCS} (400100 Parameter Error; priceIncrement rule under Place a new order)`,
  },
  {
    id: 'kucoin-600100-funds-below-minimum',
    exchange: 'kucoin',
    kind: 'answer',
    request: {
      method: 'POST',
      url: KUCOIN_ORDER,
      writesOrder: true,
      body: '{"clientOid":"5c52e11203aa677f33e493fc","side":"buy","symbol":"BTC-USDT","type":"market","funds":"0.05"}',
    },
    response: { status: 200, body: '{"msg":"Funds below the minimum requirement.","code":"600100"}' },
    expect: {
      category: 'filter',
      field: 'notional',
      note: 'order value below the minimum, not a balance problem',
    },
    source: `${ccxtMap('kucoin')} (600100 comment body)`,
  },
  {
    id: 'kucoin-600101-order-funds-min',
    exchange: 'kucoin',
    kind: 'answer',
    request: { method: 'POST', url: KUCOIN_ORDER, writesOrder: true, body: KUCOIN_ORDER_BODY },
    response: { status: 200, body: '{"msg":"The order funds should more then 0.1 USDT.","code":"600101"}' },
    expect: { category: 'filter', field: 'notional' },
    source: `${ccxtMap('kucoin')} (600101 comment body)`,
  },
  {
    id: 'kucoin-400100-unsupported-pair',
    exchange: 'kucoin',
    kind: 'answer',
    request: { method: 'POST', url: KUCOIN_ORDER, writesOrder: true, body: KUCOIN_ORDER_BODY },
    response: { status: 400, body: '{"msg":"Unsupported trading pair.","code":"400100"}' },
    expect: { category: 'invalid-request' },
    source: `${ccxtMap('kucoin')} (exact message 'Unsupported trading pair.')`,
  },
  {
    id: 'kucoin-400003-key-not-exists',
    exchange: 'kucoin',
    kind: 'answer',
    request: { method: 'GET', url: KUCOIN_ACCOUNTS, writesOrder: false },
    response: { status: 401, body: '{"code":"400003","msg":"KC-API-KEY not exists"}' },
    expect: { category: 'auth' },
    source: `${KUCOIN_DOCS} (400003)`,
  },
  {
    id: 'kucoin-400005-signature',
    exchange: 'kucoin',
    kind: 'answer',
    request: { method: 'GET', url: KUCOIN_ACCOUNTS, writesOrder: false },
    response: { status: 401, body: '{"code":"400005","msg":"Signature error"}' },
    expect: { category: 'auth' },
    source: `${KUCOIN_DOCS} (400005)`,
  },
  {
    id: 'kucoin-400006-ip-whitelist',
    exchange: 'kucoin',
    kind: 'answer',
    request: { method: 'POST', url: KUCOIN_ORDER, writesOrder: true, body: KUCOIN_ORDER_BODY },
    response: {
      status: 401,
      body: '{"code":"400006","msg":"The requested ip address is not in the api whitelist"}',
    },
    expect: { category: 'auth' },
    source: `${KUCOIN_DOCS} (400006)`,
  },
  {
    id: 'kucoin-400002-timestamp',
    exchange: 'kucoin',
    kind: 'answer',
    request: { method: 'POST', url: KUCOIN_ORDER, writesOrder: true, body: KUCOIN_ORDER_BODY },
    response: {
      status: 401,
      body: '{"code":"400002","msg":"KC-API-TIMESTAMP Invalid -- Time differs from server time by more than 5 seconds"}',
    },
    expect: { category: 'clock-skew' },
    source: `${KUCOIN_DOCS} (400002 KC-API-TIMESTAMP Invalid); ${ccxtMap('kucoin')} (InvalidNonce)`,
  },
  {
    id: 'kucoin-429000-user-level',
    exchange: 'kucoin',
    kind: 'answer',
    request: { method: 'POST', url: KUCOIN_ORDER, writesOrder: true, body: KUCOIN_ORDER_BODY },
    response: {
      status: 429,
      headers: { 'gw-ratelimit-limit': '4000', 'gw-ratelimit-remaining': '0', 'gw-ratelimit-reset': '1489' },
      body: '{"code":"429000","msg":"Too many requests. User-level rate limit exceeded."}',
    },
    expect: { category: 'rate-limit', note: 'gw-ratelimit-reset is milliseconds until the pool refills' },
    source:
      'https://www.kucoin.com/docs/basic-info/request-rate-limit/rest-api (HTTP 429, code 429000, gw-ratelimit-* headers)',
  },
  {
    id: 'kucoin-200002-too-many-requests',
    exchange: 'kucoin',
    kind: 'answer',
    request: { method: 'GET', url: 'https://api.kucoin.com/api/v1/orders?status=active', writesOrder: false },
    response: {
      status: 200,
      body: '{"code":"200002","msg":"Too many requests in a short period of time, please retry later"}',
    },
    expect: { category: 'rate-limit', note: 'per-endpoint limit, 10 s block, under HTTP 200' },
    source: `${KUCOIN_DOCS} (Request Rate Limit: error code 200002); KuCoin Chinese docs (index.cn.html.md) quote this body`,
  },
  {
    id: 'kucoin-cancel-not-exist-or-not-allowed',
    exchange: 'kucoin',
    kind: 'answer',
    request: {
      method: 'DELETE',
      url: 'https://api.kucoin.com/api/v1/orders/5bd6e9286d99522a52e458de',
      writesOrder: true,
    },
    response: { status: 400, body: '{"code":"400100","msg":"order_not_exist_or_not_allow_to_cancel"}' },
    expect: {
      category: 'order-rejected',
      note: 'cannot cancel: done or unknown; refresh the order rather than drop it',
    },
    source: `${ccxtMap('kucoin')} (exact 'order_not_exist_or_not_allow_to_cancel' comment body)`,
  },
  {
    id: 'kucoin-100004-not-cancelable',
    exchange: 'kucoin',
    kind: 'answer',
    request: {
      method: 'DELETE',
      url: 'https://api-futures.kucoin.com/api/v1/orders/5cdfc138b21023a909e5ad55',
      writesOrder: true,
    },
    response: { status: 200, body: '{"code":"100004","msg":"Order is in not cancelable state"}' },
    expect: { category: 'order-rejected' },
    source: `${ccxtMap('kucoin')} (100004 comment body)`,
  },
  {
    id: 'kucoin-100001-futures-order-not-exist',
    exchange: 'kucoin',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://api-futures.kucoin.com/api/v1/orders/5cdfc138b21023a909e5ad55',
      writesOrder: false,
    },
    response: { status: 200, body: '{"msg":"error.getOrder.orderNotExist","code":"100001"}' },
    expect: { category: 'not-found' },
    source: `${ccxtMap('kucoin')} (100001 comment body)`,
  },
  {
    id: 'kucoin-400200-forbidden-to-place',
    exchange: 'kucoin',
    kind: 'answer',
    request: { method: 'POST', url: KUCOIN_ORDER, writesOrder: true, body: KUCOIN_ORDER_BODY },
    response: { status: 200, body: '{"code":"400200","msg":"Forbidden to place an order"}' },
    expect: {
      category: 'account-restricted',
      note: 'ordering is blocked for this account or pair; nothing in the order to fix',
    },
    source: `${KUCOIN_DOCS} (400200); ${ccxtMap('kucoin')} (400200 comment body)`,
  },
  {
    id: 'kucoin-411100-user-frozen',
    exchange: 'kucoin',
    kind: 'answer',
    request: { method: 'GET', url: KUCOIN_ACCOUNTS, writesOrder: false },
    response: { status: 200, body: '{"code":"411100","msg":"User are frozen"}' },
    expect: { category: 'account-restricted' },
    source: `${KUCOIN_DOCS} (411100)`,
  },
  {
    id: 'kucoin-500000-on-order',
    exchange: 'kucoin',
    kind: 'answer',
    request: { method: 'POST', url: KUCOIN_ORDER, writesOrder: true, body: KUCOIN_ORDER_BODY },
    response: { status: 500, body: '{"code":"500000","msg":"Internal Server Error"}' },
    expect: { category: 'execution-unknown', note: 'internal error answering an order: it may exist' },
    source: `${ccxtMap('kucoin')} (500000 comment body); ${KUCOIN_DOCS} (500000)`,
  },
  {
    id: 'kucoin-connect-timeout-on-read',
    exchange: 'kucoin',
    kind: 'transport',
    request: { method: 'GET', url: KUCOIN_ACCOUNTS, writesOrder: false },
    failure: 'connect-timeout',
    expect: { category: 'unavailable' },
    source: UNDICI,
  },
];

// ---------------------------------------------------------------------------------------------- Kraken
const KRAKEN_DOCS = 'https://docs.kraken.com/api/docs/guides/spot-errors';
const KRAKEN_ADD = 'https://api.kraken.com/0/private/AddOrder';
const KRAKEN_CANCEL = 'https://api.kraken.com/0/private/CancelOrder';
const KRAKEN_BALANCE = 'https://api.kraken.com/0/private/Balance';
const KRAKEN_ADD_BODY = 'nonce=1717000000000&ordertype=limit&type=buy&volume=0.5&pair=XBTUSD&price=68000.5';
const krakenError = (error: string): string => `{"error":["${error}"]}`;

const kraken: ProbeCase[] = [
  {
    id: 'kraken-insufficient-funds',
    exchange: 'kraken',
    kind: 'answer',
    request: { method: 'POST', url: KRAKEN_ADD, writesOrder: true, body: KRAKEN_ADD_BODY },
    response: { status: 200, body: krakenError('EOrder:Insufficient funds') },
    expect: { category: 'insufficient-funds' },
    source: `${KRAKEN_DOCS} (EOrder:Insufficient funds); ${ccxtMap('kraken')}`,
  },
  {
    id: 'kraken-order-minimum',
    exchange: 'kraken',
    kind: 'answer',
    request: { method: 'POST', url: KRAKEN_ADD, writesOrder: true, body: KRAKEN_ADD_BODY },
    response: { status: 200, body: krakenError('EOrder:Order minimum not met') },
    expect: { category: 'filter', field: 'quantity' },
    source: `${KRAKEN_DOCS} (EOrder:Order minimum not met)`,
  },
  {
    id: 'kraken-cost-minimum',
    exchange: 'kraken',
    kind: 'answer',
    request: { method: 'POST', url: KRAKEN_ADD, writesOrder: true, body: KRAKEN_ADD_BODY },
    response: { status: 200, body: krakenError('EOrder:Cost minimum not met') },
    expect: { category: 'filter', field: 'notional', note: 'not in ccxt’s map: a plain ExchangeError' },
    source: `${KRAKEN_DOCS} (EOrder:Cost minimum not met)`,
  },
  {
    id: 'kraken-price-decimals',
    exchange: 'kraken',
    kind: 'answer',
    request: { method: 'POST', url: KRAKEN_ADD, writesOrder: true, body: KRAKEN_ADD_BODY },
    response: {
      status: 200,
      body: krakenError('EOrder:Invalid price:XBTUSD price can only be specified up to 1 decimals.'),
    },
    expect: { category: 'filter', field: 'price' },
    source: `${KRAKEN_DOCS} (EOrder:Invalid price)`,
  },
  {
    id: 'kraken-unknown-asset-pair',
    exchange: 'kraken',
    kind: 'answer',
    request: { method: 'GET', url: 'https://api.kraken.com/0/public/Ticker?pair=FOOUSD', writesOrder: false },
    response: { status: 200, body: krakenError('EQuery:Unknown asset pair') },
    expect: {
      category: 'invalid-request',
      note: 'ccxt maps "Invalid asset pair" and "Unknown asset", not this text',
    },
    source: `${KRAKEN_DOCS} (EQuery:Unknown asset pair)`,
  },
  {
    id: 'kraken-invalid-key',
    exchange: 'kraken',
    kind: 'answer',
    request: { method: 'POST', url: KRAKEN_BALANCE, writesOrder: false, body: 'nonce=1717000000001' },
    response: { status: 200, body: krakenError('EAPI:Invalid key') },
    expect: { category: 'auth' },
    source: `${KRAKEN_DOCS} (EAPI:Invalid key)`,
  },
  {
    id: 'kraken-invalid-signature',
    exchange: 'kraken',
    kind: 'answer',
    request: { method: 'POST', url: KRAKEN_BALANCE, writesOrder: false, body: 'nonce=1717000000002' },
    response: { status: 200, body: krakenError('EAPI:Invalid signature') },
    expect: { category: 'auth', note: 'not in ccxt’s map: a plain ExchangeError' },
    source: `${KRAKEN_DOCS} (EAPI:Invalid signature)`,
  },
  {
    id: 'kraken-invalid-nonce',
    exchange: 'kraken',
    kind: 'answer',
    request: { method: 'POST', url: KRAKEN_ADD, writesOrder: true, body: KRAKEN_ADD_BODY },
    response: { status: 200, body: krakenError('EAPI:Invalid nonce') },
    expect: {
      category: 'clock-skew',
      note: 'Kraken EAPI:Invalid nonce is clock-skew: resync the nonce source, then retry',
    },
    source: `${KRAKEN_DOCS} (EAPI:Invalid nonce)`,
  },
  {
    id: 'kraken-api-rate-limit',
    exchange: 'kraken',
    kind: 'answer',
    request: { method: 'POST', url: KRAKEN_BALANCE, writesOrder: false, body: 'nonce=1717000000003' },
    response: { status: 200, body: krakenError('EAPI:Rate limit exceeded') },
    expect: { category: 'rate-limit', note: 'API counter; decays by time, no header says when' },
    source: `${KRAKEN_DOCS} (EAPI:Rate limit exceeded); https://docs.kraken.com/api/docs/guides/spot-rest-ratelimits`,
  },
  {
    id: 'kraken-order-rate-limit',
    exchange: 'kraken',
    kind: 'answer',
    request: { method: 'POST', url: KRAKEN_ADD, writesOrder: true, body: KRAKEN_ADD_BODY },
    response: { status: 200, body: krakenError('EOrder:Rate limit exceeded') },
    expect: { category: 'rate-limit' },
    source: `${KRAKEN_DOCS} (EOrder:Rate limit exceeded)`,
  },
  {
    id: 'kraken-temporary-lockout',
    exchange: 'kraken',
    kind: 'answer',
    request: { method: 'POST', url: KRAKEN_BALANCE, writesOrder: false, body: 'nonce=1717000000004' },
    response: { status: 200, body: krakenError('EGeneral:Temporary lockout') },
    expect: {
      category: 'rate-limit',
      note: 'key locked for a while after too many bad calls: wait, do not hammer',
    },
    source: `${KRAKEN_DOCS} (EGeneral:Temporary lockout)`,
  },
  {
    id: 'kraken-unknown-order',
    exchange: 'kraken',
    kind: 'answer',
    request: {
      method: 'POST',
      url: KRAKEN_CANCEL,
      writesOrder: true,
      body: 'nonce=1717000000005&txid=OQCLML-BW3P3-BUCMWZ',
    },
    response: { status: 200, body: krakenError('EOrder:Unknown order') },
    expect: { category: 'not-found' },
    source: `${KRAKEN_DOCS} (EOrder:Unknown order); ${ccxtMap('kraken')}`,
  },
  {
    id: 'kraken-permission-denied',
    exchange: 'kraken',
    kind: 'answer',
    request: { method: 'POST', url: KRAKEN_ADD, writesOrder: true, body: KRAKEN_ADD_BODY },
    response: { status: 200, body: krakenError('EGeneral:Permission denied') },
    expect: { category: 'auth', note: 'the key lacks the trade permission' },
    source: `${KRAKEN_DOCS} (EGeneral:Permission denied)`,
  },
  {
    id: 'kraken-user-locked',
    exchange: 'kraken',
    kind: 'answer',
    request: { method: 'POST', url: KRAKEN_ADD, writesOrder: true, body: KRAKEN_ADD_BODY },
    response: { status: 200, body: krakenError('ETrade:User Locked') },
    expect: { category: 'account-restricted' },
    source: `${ccxtMap('kraken')} (ETrade:User Locked comment body)`,
  },
  {
    id: 'kraken-market-post-only-mode',
    exchange: 'kraken',
    kind: 'answer',
    request: { method: 'POST', url: KRAKEN_ADD, writesOrder: true, body: KRAKEN_ADD_BODY },
    response: { status: 200, body: krakenError('EService:Market in post_only mode') },
    expect: {
      category: 'unavailable',
      note: 'the market is temporarily maker-only (e.g. after maintenance)',
    },
    source: `${ccxtMap('kraken')} (EService:Market in post_only mode comment body)`,
  },
  {
    id: 'kraken-service-unavailable',
    exchange: 'kraken',
    kind: 'answer',
    request: { method: 'POST', url: KRAKEN_BALANCE, writesOrder: false, body: 'nonce=1717000000006' },
    response: { status: 200, body: krakenError('EService:Unavailable') },
    expect: { category: 'unavailable' },
    source: `${KRAKEN_DOCS} (EService:Unavailable)`,
  },
  {
    id: 'kraken-520-cloudflare',
    exchange: 'kraken',
    kind: 'answer',
    request: { method: 'GET', url: 'https://api.kraken.com/0/public/Time', writesOrder: false },
    response: {
      status: 520,
      statusText: '',
      headers: { 'content-type': 'text/html; charset=UTF-8', server: 'cloudflare' },
      body: '<!DOCTYPE html>\n<html lang="en-US">\n<head>\n<title>api.kraken.com | 520: Web server is returning an unknown error</title>\n</head>\n<body>\n</body>\n</html>\n',
    },
    expect: { category: 'unavailable' },
    source:
      'ccxt 4.5.84 ts/src/kraken.ts handleErrors (code 520); https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/',
  },
  {
    id: 'kraken-timeout-on-order',
    exchange: 'kraken',
    kind: 'transport',
    request: { method: 'POST', url: KRAKEN_ADD, writesOrder: true, body: KRAKEN_ADD_BODY },
    failure: 'timeout',
    expect: { category: 'execution-unknown' },
    source: UNDICI,
  },
];

// ---------------------------------------------------------------------------------------------- Coinbase
const COINBASE_ORDER_DOCS =
  'https://docs.cdp.coinbase.com/advanced-trade/reference/retailbrokerageapi_postorder';
const COINBASE_ORDER = 'https://api.coinbase.com/api/v3/brokerage/orders';
const COINBASE_ACCOUNTS = 'https://api.coinbase.com/api/v3/brokerage/accounts';
const COINBASE_ORDER_BODY =
  '{"client_order_id":"0f6e1a2c-5c3b-4d1e-9a61-3b0a4f7c2d11","product_id":"BTC-USD","side":"BUY","order_configuration":{"limit_limit_gtc":{"base_size":"0.5","limit_price":"68000.00","post_only":true}}}';
const coinbaseOrderFailure = (error: string, message: string, preview: string): string =>
  `{"success":false,"failure_reason":"UNKNOWN_FAILURE_REASON","order_id":"","error_response":{"error":"${error}","message":"${message}","error_details":"","preview_failure_reason":"${preview}","new_order_failure_reason":"${error}"},"order_configuration":{"limit_limit_gtc":{"base_size":"0.5","limit_price":"68000.00","post_only":true}}}`;

const coinbase: ProbeCase[] = [
  {
    id: 'coinbase-preview-insufficient-fund',
    exchange: 'coinbase',
    kind: 'answer',
    request: { method: 'POST', url: COINBASE_ORDER, writesOrder: true, body: COINBASE_ORDER_BODY },
    response: {
      status: 200,
      body: coinbaseOrderFailure(
        'INSUFFICIENT_FUND',
        'Insufficient balance in source account',
        'PREVIEW_INSUFFICIENT_FUND',
      ),
    },
    expect: { category: 'insufficient-funds' },
    source: `${COINBASE_ORDER_DOCS} (error_response); ${ccxtMap('coinbase')}`,
  },
  {
    id: 'coinbase-insufficient-fund-unknown-preview',
    exchange: 'coinbase',
    kind: 'answer',
    request: { method: 'POST', url: COINBASE_ORDER, writesOrder: true, body: COINBASE_ORDER_BODY },
    response: {
      status: 200,
      body: coinbaseOrderFailure(
        'INSUFFICIENT_FUND',
        'Insufficient balance in source account',
        'UNKNOWN_PREVIEW_FAILURE_REASON',
      ),
    },
    expect: {
      category: 'insufficient-funds',
      note: 'ccxt reads only preview_failure_reason, so error INSUFFICIENT_FUND goes unseen',
    },
    source: `${COINBASE_ORDER_DOCS} (new_order_failure_reason / preview_failure_reason enums)`,
  },
  {
    id: 'coinbase-size-precision',
    exchange: 'coinbase',
    kind: 'answer',
    request: { method: 'POST', url: COINBASE_ORDER, writesOrder: true, body: COINBASE_ORDER_BODY },
    response: {
      status: 200,
      body: coinbaseOrderFailure(
        'INVALID_SIZE_PRECISION',
        'Invalid order size precision',
        'PREVIEW_INVALID_SIZE_PRECISION',
      ),
    },
    expect: { category: 'filter', field: 'quantity' },
    source: `${COINBASE_ORDER_DOCS} (INVALID_SIZE_PRECISION / PREVIEW_INVALID_SIZE_PRECISION)`,
  },
  {
    id: 'coinbase-price-precision',
    exchange: 'coinbase',
    kind: 'answer',
    request: { method: 'POST', url: COINBASE_ORDER, writesOrder: true, body: COINBASE_ORDER_BODY },
    response: {
      status: 200,
      body: coinbaseOrderFailure(
        'INVALID_PRICE_PRECISION',
        'Invalid price precision',
        'PREVIEW_INVALID_PRICE_PRECISION',
      ),
    },
    expect: { category: 'filter', field: 'price' },
    source: `${COINBASE_ORDER_DOCS} (INVALID_PRICE_PRECISION / PREVIEW_INVALID_PRICE_PRECISION)`,
  },
  {
    id: 'coinbase-base-size-too-small',
    exchange: 'coinbase',
    kind: 'answer',
    request: { method: 'POST', url: COINBASE_ORDER, writesOrder: true, body: COINBASE_ORDER_BODY },
    response: {
      status: 200,
      body: coinbaseOrderFailure(
        'UNKNOWN_FAILURE_REASON',
        'Order size is too small',
        'PREVIEW_INVALID_BASE_SIZE_TOO_SMALL',
      ),
    },
    expect: { category: 'filter', field: 'quantity' },
    source: `${COINBASE_ORDER_DOCS} (PREVIEW_INVALID_BASE_SIZE_TOO_SMALL)`,
  },
  {
    id: 'coinbase-post-only-would-take',
    exchange: 'coinbase',
    kind: 'answer',
    request: { method: 'POST', url: COINBASE_ORDER, writesOrder: true, body: COINBASE_ORDER_BODY },
    response: {
      status: 200,
      body: coinbaseOrderFailure(
        'INVALID_LIMIT_PRICE_POST_ONLY',
        'Limit price would cross the book for a post-only order',
        'PREVIEW_INVALID_LIMIT_PRICE_POST_ONLY',
      ),
    },
    expect: { category: 'order-rejected' },
    source: `${COINBASE_ORDER_DOCS} (INVALID_LIMIT_PRICE_POST_ONLY)`,
  },
  {
    id: 'coinbase-stop-price-above-last',
    exchange: 'coinbase',
    kind: 'answer',
    request: { method: 'POST', url: COINBASE_ORDER, writesOrder: true, body: COINBASE_ORDER_BODY },
    response: {
      status: 200,
      body: '{"success":false,"error_response":{"error":"UNKNOWN_FAILURE_REASON","message":"","error_details":"","preview_failure_reason":"PREVIEW_STOP_PRICE_ABOVE_LAST_TRADE_PRICE"},"order_configuration":{"stop_limit_stop_limit_gtc":{"base_size":"0.0001","limit_price":"2000","stop_price":"2005","stop_direction":"STOP_DIRECTION_STOP_DOWN","reduce_only":false}}}',
    },
    expect: { category: 'order-rejected', note: 'the stop would trigger immediately' },
    source: 'ccxt 4.5.84 ts/src/coinbase.ts handleErrors (comment body)',
  },
  {
    id: 'coinbase-unsupported-order-configuration',
    exchange: 'coinbase',
    kind: 'answer',
    request: { method: 'POST', url: COINBASE_ORDER, writesOrder: true, body: COINBASE_ORDER_BODY },
    response: {
      status: 200,
      body: coinbaseOrderFailure(
        'UNSUPPORTED_ORDER_CONFIGURATION',
        'Unsupported order configuration',
        'UNKNOWN_PREVIEW_FAILURE_REASON',
      ),
    },
    expect: { category: 'unsupported' },
    source: `${COINBASE_ORDER_DOCS} (UNSUPPORTED_ORDER_CONFIGURATION)`,
  },
  {
    id: 'coinbase-invalid-product',
    exchange: 'coinbase',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://api.coinbase.com/api/v3/brokerage/products/FOO-USD',
      writesOrder: false,
    },
    response: {
      status: 400,
      body: '{"error":"INVALID_ARGUMENT","error_details":"valid product_id is required","message":"valid product_id is required"}',
    },
    expect: { category: 'invalid-request' },
    source:
      'https://docs.cdp.coinbase.com/advanced-trade/docs/api-overview (error shape error/message/error_details)',
  },
  {
    id: 'coinbase-401-unauthorized-text',
    exchange: 'coinbase',
    kind: 'answer',
    request: { method: 'GET', url: COINBASE_ACCOUNTS, writesOrder: false },
    response: {
      status: 401,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: 'Unauthorized\n',
    },
    expect: {
      category: 'auth',
      note: 'bad key, bad or expired JWT all give this 401; throttled public reads have been seen to as well',
    },
    source:
      'https://docs.cdp.coinbase.com/advanced-trade/docs/rest-api-auth (JWT auth; 401 on failure); https://github.com/coinbase/coinbase-advanced-py/issues/60',
  },
  {
    id: 'coinbase-permission-denied-scopes',
    exchange: 'coinbase',
    kind: 'answer',
    request: { method: 'POST', url: COINBASE_ORDER, writesOrder: true, body: COINBASE_ORDER_BODY },
    response: {
      status: 403,
      body: '{"error":"PERMISSION_DENIED","error_details":"Missing required scopes","message":"Missing required scopes"}',
    },
    expect: { category: 'auth', note: 'the key lacks the trade scope' },
    source: `${ccxtMap('coinbase')} (PERMISSION_DENIED)`,
  },
  {
    id: 'coinbase-429-html-on-order',
    exchange: 'coinbase',
    kind: 'answer',
    request: { method: 'POST', url: COINBASE_ORDER, writesOrder: true, body: COINBASE_ORDER_BODY },
    response: {
      status: 429,
      headers: { 'content-type': 'text/html' },
      body: '<html>\n  <head>\n    <title>Coinbase</title>\n    <meta name="robots" content="noindex">\n  </head>\n  <body>\n  </body>\n</html>\n',
    },
    expect: { category: 'rate-limit', note: 'a 429 refuses the order: nothing was placed, wait and resend' },
    source:
      'https://github.com/coinbase-samples/advanced-trade-sdk-go/issues/18 (order submission rate-limited with a 429 HTML page; body shortened here); https://docs.cdp.coinbase.com/advanced-trade/docs/rest-api-rate-limits',
  },
  {
    id: 'coinbase-order-not-found',
    exchange: 'coinbase',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://api.coinbase.com/api/v3/brokerage/orders/historical/0000-000000-000000',
      writesOrder: false,
    },
    response: {
      status: 404,
      body: '{"error":"NOT_FOUND","error_details":"order with this orderID was not found","message":"order with this orderID was not found"}',
    },
    expect: {
      category: 'not-found',
      note: 'ccxt’s broad rule for this text is tested against "error", never the message, so it never fires',
    },
    source: `${ccxtMap('coinbase')} (broad 'order with this orderID was not found' comment body)`,
  },
  {
    id: 'coinbase-batch-cancel-unknown-order',
    exchange: 'coinbase',
    kind: 'answer',
    request: {
      method: 'POST',
      url: 'https://api.coinbase.com/api/v3/brokerage/orders/batch_cancel',
      writesOrder: true,
      body: '{"order_ids":["0000-000000-000000"]}',
    },
    response: {
      status: 200,
      body: '{"results":[{"success":false,"failure_reason":"UNKNOWN_CANCEL_ORDER","order_id":"0000-000000-000000"}]}',
    },
    ccxtThrows: false,
    expect: {
      category: 'not-found',
      note: 'a per-order failure inside HTTP 200: ccxt returns it as a result',
    },
    source:
      'https://docs.cdp.coinbase.com/advanced-trade/reference/retailbrokerageapi_cancelorders (failure_reason enum)',
  },
  {
    id: 'coinbase-500-internal-on-order',
    exchange: 'coinbase',
    kind: 'answer',
    request: { method: 'POST', url: COINBASE_ORDER, writesOrder: true, body: COINBASE_ORDER_BODY },
    response: {
      status: 500,
      body: '{"error":"INTERNAL","error_details":"internal error","message":"internal error"}',
    },
    expect: {
      category: 'execution-unknown',
      note: 'HTTP 500 answering an order; ccxt raises a plain ExchangeError',
    },
    source:
      'https://docs.cdp.coinbase.com/advanced-trade/docs/api-overview (error shape); gRPC status INTERNAL',
  },
  {
    id: 'coinbase-socket-closed-on-order',
    exchange: 'coinbase',
    kind: 'transport',
    request: { method: 'POST', url: COINBASE_ORDER, writesOrder: true, body: COINBASE_ORDER_BODY },
    failure: 'socket-closed',
    expect: { category: 'execution-unknown' },
    source: UNDICI,
  },
];

// ---------------------------------------------------------------------------------------------- Bitget
const BITGET_DOCS = 'https://www.bitget.com/api-doc/common/error-code/restapi';
const BITGET_SPOT_ORDER = 'https://api.bitget.com/api/v2/spot/trade/place-order';
const BITGET_MIX_ORDER = 'https://api.bitget.com/api/v2/mix/order/place-order';
const BITGET_ASSETS = 'https://api.bitget.com/api/v2/spot/account/assets?coin=USDT';
const BITGET_SPOT_BODY =
  '{"symbol":"BTCUSDT","side":"buy","orderType":"limit","force":"gtc","price":"68000.123","size":"0.5"}';
const BITGET_MIX_BODY =
  '{"symbol":"BTCUSDT","productType":"USDT-FUTURES","marginMode":"crossed","marginCoin":"USDT","side":"buy","orderType":"market","size":"5"}';
const bitgetError = (code: string, msg: string, time: number): string =>
  `{"code":"${code}","msg":"${msg}","requestTime":${time},"data":null}`;

const bitget: ProbeCase[] = [
  {
    id: 'bitget-43012-insufficient-balance',
    exchange: 'bitget',
    kind: 'answer',
    request: { method: 'POST', url: BITGET_SPOT_ORDER, writesOrder: true, body: BITGET_SPOT_BODY },
    response: { status: 400, body: bitgetError('43012', 'Insufficient balance', 1717000030001) },
    expect: { category: 'insufficient-funds' },
    source: `${BITGET_DOCS} (43012)`,
  },
  {
    id: 'bitget-40762-exceeds-max-open',
    exchange: 'bitget',
    kind: 'answer',
    request: { method: 'POST', url: BITGET_MIX_ORDER, writesOrder: true, body: BITGET_MIX_BODY },
    response: {
      status: 400,
      body: bitgetError('40762', 'The order size is greater than the max open size', 1717000030102),
    },
    expect: {
      category: 'insufficient-funds',
      note: 'max open size follows from available margin × leverage',
    },
    source: `${BITGET_DOCS} (40762)`,
  },
  {
    id: 'bitget-45110-min-amount',
    exchange: 'bitget',
    kind: 'answer',
    request: { method: 'POST', url: BITGET_SPOT_ORDER, writesOrder: true, body: BITGET_SPOT_BODY },
    response: {
      status: 400,
      body: bitgetError('45110', 'less than the minimum amount 1 USDT', 1717000030203),
    },
    expect: { category: 'filter', field: 'notional' },
    source: `${BITGET_DOCS} (45110)`,
  },
  {
    id: 'bitget-45111-min-quantity',
    exchange: 'bitget',
    kind: 'answer',
    request: { method: 'POST', url: BITGET_SPOT_ORDER, writesOrder: true, body: BITGET_SPOT_BODY },
    response: {
      status: 400,
      body: bitgetError('45111', 'less than the minimum order quantity', 1717000030304),
    },
    expect: { category: 'filter', field: 'quantity', note: '45111 is not in ccxt’s map' },
    source: `${BITGET_DOCS} (45111)`,
  },
  {
    id: 'bitget-45115-price-multiple',
    exchange: 'bitget',
    kind: 'answer',
    request: { method: 'POST', url: BITGET_SPOT_ORDER, writesOrder: true, body: BITGET_SPOT_BODY },
    response: {
      status: 400,
      body: bitgetError('45115', 'The price you enter should be a multiple of 0.01', 1717000030405),
    },
    expect: { category: 'filter', field: 'price', note: '45115 is not in ccxt’s map' },
    source: `${BITGET_DOCS} (45115)`,
  },
  {
    id: 'bitget-43027-min-order-value',
    exchange: 'bitget',
    kind: 'answer',
    request: { method: 'POST', url: BITGET_SPOT_ORDER, writesOrder: true, body: BITGET_SPOT_BODY },
    response: {
      status: 400,
      body: bitgetError('43027', 'The minimum order value 5 is not met', 1717000030506),
    },
    expect: { category: 'filter', field: 'notional' },
    source: `${BITGET_DOCS} (43027)`,
  },
  {
    id: 'bitget-40808-check-scale',
    exchange: 'bitget',
    kind: 'answer',
    request: { method: 'POST', url: BITGET_MIX_ORDER, writesOrder: true, body: BITGET_MIX_BODY },
    response: {
      status: 400,
      body: bitgetError('40808', 'Parameter verification exception size checkScale error', 1717000030607),
    },
    expect: {
      category: 'filter',
      field: 'quantity',
      note: 'size has more decimals than the contract allows',
    },
    source: `${BITGET_DOCS} (40808 Parameter verification exception {0})`,
  },
  {
    id: 'bitget-40034-parameter-missing',
    exchange: 'bitget',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://api.bitget.com/api/v2/spot/market/tickers?symbol=FOOUSDT',
      writesOrder: false,
    },
    response: { status: 400, body: bitgetError('40034', 'Parameter FOOUSDT does not exist', 1717000030708) },
    expect: { category: 'invalid-request' },
    source: `${BITGET_DOCS} (40034 Parameter {0} does not exist)`,
  },
  {
    id: 'bitget-40037-apikey-missing',
    exchange: 'bitget',
    kind: 'answer',
    request: { method: 'GET', url: BITGET_ASSETS, writesOrder: false },
    response: { status: 400, body: bitgetError('40037', 'Apikey does not exist', 1717000030809) },
    expect: { category: 'auth' },
    source: `${BITGET_DOCS} (40037)`,
  },
  {
    id: 'bitget-40009-sign-error',
    exchange: 'bitget',
    kind: 'answer',
    request: { method: 'GET', url: BITGET_ASSETS, writesOrder: false },
    response: { status: 400, body: bitgetError('40009', 'sign signature error', 1717000030910) },
    expect: { category: 'auth' },
    source: `${BITGET_DOCS} (40009)`,
  },
  {
    id: 'bitget-40018-invalid-ip',
    exchange: 'bitget',
    kind: 'answer',
    request: { method: 'POST', url: BITGET_SPOT_ORDER, writesOrder: true, body: BITGET_SPOT_BODY },
    response: { status: 400, body: bitgetError('40018', 'Invalid IP', 1717000031011) },
    expect: { category: 'auth', note: 'IP whitelist; ccxt says PermissionDenied' },
    source: `${BITGET_DOCS} (40018)`,
  },
  {
    id: 'bitget-40008-timestamp-expired',
    exchange: 'bitget',
    kind: 'answer',
    request: { method: 'POST', url: BITGET_SPOT_ORDER, writesOrder: true, body: BITGET_SPOT_BODY },
    response: { status: 400, body: bitgetError('40008', 'Request timestamp expired', 1717000031112) },
    expect: { category: 'clock-skew' },
    source: `${BITGET_DOCS} (40008)`,
  },
  {
    id: 'bitget-429-too-many-requests',
    exchange: 'bitget',
    kind: 'answer',
    request: { method: 'POST', url: BITGET_SPOT_ORDER, writesOrder: true, body: BITGET_SPOT_BODY },
    response: { status: 429, body: bitgetError('429', 'Too Many Requests', 1717000031213) },
    expect: { category: 'rate-limit', note: 'no Retry-After: 1 s windows per endpoint' },
    source: `${BITGET_DOCS} (429); https://www.bitget.com/api-doc/common/rate-limits`,
  },
  {
    id: 'bitget-43001-order-not-exist',
    exchange: 'bitget',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://api.bitget.com/api/v2/spot/trade/orderInfo?orderId=1171000000000000001',
      writesOrder: false,
    },
    response: { status: 400, body: bitgetError('43001', 'The order does not exist', 1717000031314) },
    expect: { category: 'not-found' },
    source: `${BITGET_DOCS} (43001)`,
  },
  {
    id: 'bitget-45034-duplicate-client-oid',
    exchange: 'bitget',
    kind: 'answer',
    request: { method: 'POST', url: BITGET_SPOT_ORDER, writesOrder: true, body: BITGET_SPOT_BODY },
    response: { status: 400, body: bitgetError('45034', 'clientOid duplicate', 1717000031415) },
    expect: { category: 'order-rejected', note: '45034 is not in ccxt’s map' },
    source: `${BITGET_DOCS} (45034)`,
  },
  {
    id: 'bitget-22002-no-position-to-close',
    exchange: 'bitget',
    kind: 'answer',
    request: {
      method: 'POST',
      url: BITGET_MIX_ORDER,
      writesOrder: true,
      body: '{"symbol":"BTCUSDT","productType":"USDT-FUTURES","marginMode":"crossed","marginCoin":"USDT","side":"sell","orderType":"market","size":"5","reduceOnly":"YES"}',
    },
    response: { status: 400, body: bitgetError('22002', 'No position to close', 1717000031516) },
    expect: { category: 'order-rejected', note: 'reduce-only with no position; not in ccxt’s map' },
    source: `${BITGET_DOCS} (22002)`,
  },
  {
    id: 'bitget-40200-server-upgrade',
    exchange: 'bitget',
    kind: 'answer',
    request: { method: 'GET', url: BITGET_ASSETS, writesOrder: false },
    response: {
      status: 400,
      body: bitgetError('40200', 'Server upgrade, please try again later', 1717000031617),
    },
    expect: { category: 'unavailable' },
    source: `${BITGET_DOCS} (40200)`,
  },
  {
    id: 'bitget-40024-account-frozen',
    exchange: 'bitget',
    kind: 'answer',
    request: { method: 'POST', url: BITGET_SPOT_ORDER, writesOrder: true, body: BITGET_SPOT_BODY },
    response: { status: 400, body: bitgetError('40024', 'Account has been frozen', 1717000031718) },
    expect: { category: 'account-restricted', note: 'ccxt calls a frozen account RestrictedLocation' },
    source: `${BITGET_DOCS} (40024)`,
  },
  {
    id: 'bitget-01001-system-exception-zh',
    exchange: 'bitget',
    kind: 'answer',
    request: {
      method: 'POST',
      url: 'https://api.bitget.com/api/spot/v1/trade/orders',
      writesOrder: true,
      body: '{"symbol":"BTCUSDT_SPBL","side":"buy","orderType":"limit","force":"normal","price":"68000","quantity":"0.5"}',
    },
    response: { status: 200, body: '{"status":"fail","err_code":"01001","err_msg":"系统异常，请稍后重试"}' },
    expect: {
      category: 'execution-unknown',
      note: '"system exception, retry later" answering an order (v1 API): not a definite rejection',
    },
    source: `${ccxtMap('bitget')} (01001 comment body, "order failed")`,
  },
  {
    id: 'bitget-order-no-exist-zh',
    exchange: 'bitget',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://capi.bitget.com/api/swap/v3/order/detail?symbol=cmt_ethusdt&orderId=513468410013679613',
      writesOrder: false,
    },
    response: {
      status: 200,
      body: '{"order_id":"513468410013679613","client_oid":null,"symbol":"ethusd","result":false,"err_code":"order_no_exist_error","err_msg":"订单不存在！"}',
    },
    expect: { category: 'not-found', note: '"the order does not exist!" (legacy swap v3 API)' },
    source: 'ccxt 4.5.84 ts/src/bitget.ts handleErrors (comment body)',
  },
  {
    id: 'bitget-headers-timeout-on-order',
    exchange: 'bitget',
    kind: 'transport',
    request: { method: 'POST', url: BITGET_SPOT_ORDER, writesOrder: true, body: BITGET_SPOT_BODY },
    failure: 'headers-timeout',
    expect: {
      category: 'execution-unknown',
      note: 'ccxt raises a plain NetworkError here, not RequestTimeout',
    },
    source: UNDICI,
  },
];

// ---------------------------------------------------------------------------------------------- Gate
const GATE_DOCS = 'https://www.gate.io/docs/developers/apiv4/#label-list';
const GATE_ORDER = 'https://api.gateio.ws/api/v4/spot/orders';
const GATE_ACCOUNTS = 'https://api.gateio.ws/api/v4/spot/accounts';
const GATE_ORDER_BODY =
  '{"text":"t-probe1","currency_pair":"BTC_USDT","type":"limit","account":"spot","side":"buy","amount":"0.5","price":"68000","time_in_force":"gtc"}';

const gate: ProbeCase[] = [
  {
    id: 'gate-balance-not-enough',
    exchange: 'gate',
    kind: 'answer',
    request: { method: 'POST', url: GATE_ORDER, writesOrder: true, body: GATE_ORDER_BODY },
    response: { status: 400, body: '{"label":"BALANCE_NOT_ENOUGH","message":"Not enough balance"}' },
    expect: { category: 'insufficient-funds' },
    source: `${GATE_DOCS} (BALANCE_NOT_ENOUGH)`,
  },
  {
    id: 'gate-order-size-too-small',
    exchange: 'gate',
    kind: 'answer',
    request: { method: 'POST', url: GATE_ORDER, writesOrder: true, body: GATE_ORDER_BODY },
    response: {
      status: 400,
      body: '{"label":"INVALID_PARAM_VALUE","message":"Your order size 0.003749448 USDT is too small. The minimum is 3 USDT"}',
    },
    expect: {
      category: 'filter',
      field: 'notional',
      note: 'ccxt matches the label first (BadRequest); its broad rule for "Your order size" never runs',
    },
    source: `${ccxtMap('gate')} (INVALID_PARAM_VALUE comment body)`,
  },
  {
    id: 'gate-invalid-precision',
    exchange: 'gate',
    kind: 'answer',
    request: { method: 'POST', url: GATE_ORDER, writesOrder: true, body: GATE_ORDER_BODY },
    response: { status: 400, body: '{"label":"INVALID_PRECISION","message":"Invalid precision"}' },
    expect: {
      category: 'filter',
      note: 'price or amount has too many decimals; the body does not say which',
    },
    source: `${GATE_DOCS} (INVALID_PRECISION)`,
  },
  {
    id: 'gate-amount-too-little',
    exchange: 'gate',
    kind: 'answer',
    request: { method: 'POST', url: GATE_ORDER, writesOrder: true, body: GATE_ORDER_BODY },
    response: {
      status: 400,
      body: '{"label":"AMOUNT_TOO_LITTLE","message":"Amount does not reach minimum required"}',
    },
    expect: { category: 'filter', field: 'quantity' },
    source: `${GATE_DOCS} (AMOUNT_TOO_LITTLE)`,
  },
  {
    id: 'gate-invalid-currency-pair',
    exchange: 'gate',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://api.gateio.ws/api/v4/spot/tickers?currency_pair=FOO_USDT',
      writesOrder: false,
    },
    response: {
      status: 400,
      body: '{"label":"INVALID_CURRENCY_PAIR","message":"Invalid currency pair FOO_USDT"}',
    },
    expect: { category: 'invalid-request' },
    source: `${GATE_DOCS} (INVALID_CURRENCY_PAIR)`,
  },
  {
    id: 'gate-invalid-key',
    exchange: 'gate',
    kind: 'answer',
    request: { method: 'GET', url: GATE_ACCOUNTS, writesOrder: false },
    response: { status: 401, body: '{"label":"INVALID_KEY","message":"Invalid key provided"}' },
    expect: { category: 'auth' },
    source: `${GATE_DOCS} (INVALID_KEY)`,
  },
  {
    id: 'gate-invalid-signature',
    exchange: 'gate',
    kind: 'answer',
    request: { method: 'GET', url: GATE_ACCOUNTS, writesOrder: false },
    response: { status: 401, body: '{"label":"INVALID_SIGNATURE","message":"Signature mismatch"}' },
    expect: { category: 'auth' },
    source: `${GATE_DOCS} (INVALID_SIGNATURE)`,
  },
  {
    id: 'gate-ip-forbidden',
    exchange: 'gate',
    kind: 'answer',
    request: { method: 'POST', url: GATE_ORDER, writesOrder: true, body: GATE_ORDER_BODY },
    response: {
      status: 403,
      body: '{"label":"IP_FORBIDDEN","message":"Request IP not in whitelist: 203.0.113.7"}',
    },
    expect: { category: 'auth' },
    source: `${GATE_DOCS} (IP_FORBIDDEN)`,
  },
  {
    id: 'gate-read-only-key',
    exchange: 'gate',
    kind: 'answer',
    request: { method: 'POST', url: GATE_ORDER, writesOrder: true, body: GATE_ORDER_BODY },
    response: { status: 403, body: '{"label":"READ_ONLY","message":"API key is read-only"}' },
    expect: { category: 'auth', note: 'the key lacks the trade permission' },
    source: `${GATE_DOCS} (READ_ONLY)`,
  },
  {
    id: 'gate-request-expired',
    exchange: 'gate',
    kind: 'answer',
    request: { method: 'POST', url: GATE_ORDER, writesOrder: true, body: GATE_ORDER_BODY },
    response: {
      status: 401,
      body: '{"label":"REQUEST_EXPIRED","message":"gap between request Timestamp and server time exceeds 60"}',
    },
    expect: {
      category: 'clock-skew',
      note: 'ccxt calls it AuthenticationError: the key is fine, the clock is not',
    },
    source: `${GATE_DOCS} (REQUEST_EXPIRED: Request Timestamp is far from the server time)`,
  },
  {
    id: 'gate-too-many-requests',
    exchange: 'gate',
    kind: 'answer',
    request: { method: 'POST', url: GATE_ORDER, writesOrder: true, body: GATE_ORDER_BODY },
    response: {
      status: 429,
      headers: {
        'x-gate-ratelimit-requests-remain': '0',
        'x-gate-ratelimit-limit': '10',
        'x-gate-ratelimit-reset-timestamp': '1717000041',
      },
      body: '{"label":"TOO_MANY_REQUESTS","message":"Request Rate limit Exceeded"}',
    },
    expect: { category: 'rate-limit', note: 'reset time in X-Gate-RateLimit-Reset-Timestamp (seconds)' },
    source:
      'https://www.gate.io/docs/developers/apiv4/#frequency-limit-rule (X-Gate-RateLimit-* headers); ccxt 4.5.84 ts/src/gate.ts (TOO_MANY_REQUESTS)',
  },
  {
    id: 'gate-order-not-found',
    exchange: 'gate',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://api.gateio.ws/api/v4/spot/orders/12345678901?currency_pair=BTC_USDT',
      writesOrder: false,
    },
    response: { status: 404, body: '{"label":"ORDER_NOT_FOUND","message":"Order not found"}' },
    expect: { category: 'not-found' },
    source: `${GATE_DOCS} (ORDER_NOT_FOUND); ccxt 4.5.84 ts/src/gate.ts handleErrors (comment body)`,
  },
  {
    id: 'gate-poc-fill-immediately',
    exchange: 'gate',
    kind: 'answer',
    request: { method: 'POST', url: GATE_ORDER, writesOrder: true, body: GATE_ORDER_BODY },
    response: {
      status: 400,
      body: '{"label":"POC_FILL_IMMEDIATELY","message":"Order would match and take immediately so its cancelled"}',
    },
    expect: { category: 'order-rejected', note: 'post-only would take' },
    source: `${ccxtMap('gate')} (POC_FILL_IMMEDIATELY comment body)`,
  },
  {
    id: 'gate-futures-order-poc-immediate',
    exchange: 'gate',
    kind: 'answer',
    request: {
      method: 'POST',
      url: 'https://api.gateio.ws/api/v4/futures/usdt/orders',
      writesOrder: true,
      body: '{"contract":"ETH_USDT","size":10,"price":"1700","tif":"poc","text":"t-probe2"}',
    },
    response: {
      status: 400,
      body: '{"label":"ORDER_POC_IMMEDIATE","detail":"order price 1700 while counter price 1793.55"}',
    },
    expect: { category: 'order-rejected' },
    source: `${ccxtMap('gate')} (ORDER_POC_IMMEDIATE comment body)`,
  },
  {
    id: 'gate-trade-restricted',
    exchange: 'gate',
    kind: 'answer',
    request: { method: 'POST', url: GATE_ORDER, writesOrder: true, body: GATE_ORDER_BODY },
    response: {
      status: 400,
      body: '{"label":"TRADE_RESTRICTED","message":"Trading is restricted due to high debt ratio"}',
    },
    expect: {
      category: 'account-restricted',
      note: 'risk control on a margin account; ccxt calls it InsufficientFunds',
    },
    source: `${GATE_DOCS} (TRADE_RESTRICTED)`,
  },
  {
    id: 'gate-server-error-on-order',
    exchange: 'gate',
    kind: 'answer',
    request: { method: 'POST', url: GATE_ORDER, writesOrder: true, body: GATE_ORDER_BODY },
    response: { status: 500, body: '{"label":"SERVER_ERROR","message":"Internal server error"}' },
    expect: { category: 'execution-unknown' },
    source: `${GATE_DOCS} (SERVER_ERROR)`,
  },
  {
    id: 'gate-too-busy',
    exchange: 'gate',
    kind: 'answer',
    request: { method: 'GET', url: GATE_ACCOUNTS, writesOrder: false },
    response: { status: 503, body: '{"label":"TOO_BUSY","message":"Server is too busy at the moment"}' },
    expect: { category: 'unavailable' },
    source: `${GATE_DOCS} (TOO_BUSY)`,
  },
  {
    id: 'gate-dns-on-order',
    exchange: 'gate',
    kind: 'transport',
    request: { method: 'POST', url: GATE_ORDER, writesOrder: true, body: GATE_ORDER_BODY },
    failure: 'dns',
    expect: { category: 'unavailable', note: 'the host never resolved, so the order was never sent' },
    source: UNDICI,
  },
];

// ---------------------------------------------------------------------------------------------- Bitfinex
const BITFINEX_DOCS = 'https://docs.bitfinex.com/docs/abbreviations-glossary (error codes)';
const BITFINEX_SUBMIT = 'https://api.bitfinex.com/v2/auth/w/order/submit';
const BITFINEX_WALLETS = 'https://api.bitfinex.com/v2/auth/r/wallets';
const BITFINEX_SUBMIT_BODY = '{"type":"EXCHANGE LIMIT","symbol":"tBTCUSD","price":"68000","amount":"0.01"}';

const bitfinex: ProbeCase[] = [
  {
    id: 'bitfinex-not-enough-exchange-balance',
    exchange: 'bitfinex',
    kind: 'answer',
    request: { method: 'POST', url: BITFINEX_SUBMIT, writesOrder: true, body: BITFINEX_SUBMIT_BODY },
    response: {
      status: 500,
      body: '["error",10001,"Invalid order: not enough exchange balance for 0.01 BTCUSD at 68000"]',
    },
    expect: { category: 'insufficient-funds' },
    source: `${BITFINEX_DOCS}; ${ccxtMap('bitfinex')} (broad 'not enough exchange balance')`,
  },
  {
    id: 'bitfinex-minimum-size',
    exchange: 'bitfinex',
    kind: 'answer',
    request: { method: 'POST', url: BITFINEX_SUBMIT, writesOrder: true, body: BITFINEX_SUBMIT_BODY },
    response: { status: 500, body: '["error",10001,"Invalid order: minimum size for BTC/USD is 0.00004"]' },
    expect: {
      category: 'filter',
      field: 'quantity',
      note: 'ccxt maps the generic 10001 to PermissionDenied',
    },
    source: `${BITFINEX_DOCS} (10001 ERR_GENERIC); https://docs.bitfinex.com/reference/rest-public-conf (minimum order size)`,
  },
  {
    id: 'bitfinex-symbol-invalid',
    exchange: 'bitfinex',
    kind: 'answer',
    request: { method: 'GET', url: 'https://api-pub.bitfinex.com/v2/ticker/tFOOUSD', writesOrder: false },
    response: { status: 500, body: '["error",10020,"symbol: invalid"]' },
    expect: { category: 'invalid-request' },
    source: `${BITFINEX_DOCS} (10020 ERR_PARAMS); ${ccxtMap('bitfinex')} (broad 'symbol: invalid')`,
  },
  {
    id: 'bitfinex-amount-invalid',
    exchange: 'bitfinex',
    kind: 'answer',
    request: { method: 'POST', url: BITFINEX_SUBMIT, writesOrder: true, body: BITFINEX_SUBMIT_BODY },
    response: { status: 500, body: '["error",10020,"amount: invalid"]' },
    expect: { category: 'invalid-request', field: 'quantity' },
    source: `${BITFINEX_DOCS} (10020 ERR_PARAMS)`,
  },
  {
    id: 'bitfinex-apikey-invalid',
    exchange: 'bitfinex',
    kind: 'answer',
    request: { method: 'POST', url: BITFINEX_WALLETS, writesOrder: false, body: '{}' },
    response: { status: 500, body: '["error",10100,"apikey: invalid"]' },
    expect: { category: 'auth' },
    source: `${BITFINEX_DOCS} (10100 ERR_AUTH_FAIL)`,
  },
  {
    id: 'bitfinex-apikey-digest-invalid',
    exchange: 'bitfinex',
    kind: 'answer',
    request: { method: 'POST', url: BITFINEX_WALLETS, writesOrder: false, body: '{}' },
    response: { status: 500, body: '["error",10100,"apikey: digest invalid"]' },
    expect: { category: 'auth', note: 'bad signature' },
    source: `${BITFINEX_DOCS} (10100 ERR_AUTH_FAIL)`,
  },
  {
    id: 'bitfinex-nonce-small',
    exchange: 'bitfinex',
    kind: 'answer',
    request: { method: 'POST', url: BITFINEX_SUBMIT, writesOrder: true, body: BITFINEX_SUBMIT_BODY },
    response: { status: 500, body: '["error",10114,"nonce: small"]' },
    expect: {
      category: 'clock-skew',
      note: 'nonce not above the last one used with this key: resync the nonce source, then retry',
    },
    source: `${BITFINEX_DOCS} (10114 ERR_AUTH_NONCE)`,
  },
  {
    id: 'bitfinex-err-rate-limit',
    exchange: 'bitfinex',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://api-pub.bitfinex.com/v2/tickers?symbols=ALL',
      writesOrder: false,
    },
    response: { status: 429, body: '{"error": "ERR_RATE_LIMIT"}' },
    expect: { category: 'rate-limit', note: 'the IP is blocked 10–60 s; ccxt raises a plain ExchangeError' },
    source:
      'https://docs.bitfinex.com/docs/requirements-and-limitations (JSON response {"error": "ERR_RATE_LIMIT"})',
  },
  {
    id: 'bitfinex-11010-ratelimit',
    exchange: 'bitfinex',
    kind: 'answer',
    request: { method: 'POST', url: BITFINEX_SUBMIT, writesOrder: true, body: BITFINEX_SUBMIT_BODY },
    response: { status: 429, body: '["error",11010,"ratelimit: error"]' },
    expect: { category: 'rate-limit' },
    source: 'ccxt 4.5.84 ts/src/bitfinex.ts handleErrors (comment ["error", 11010, "ratelimit: error"])',
  },
  {
    id: 'bitfinex-temporarily-unavailable',
    exchange: 'bitfinex',
    kind: 'answer',
    request: { method: 'POST', url: BITFINEX_WALLETS, writesOrder: false, body: '{}' },
    response: {
      status: 503,
      body: '{"code":503,"error":"temporarily_unavailable","error_description":"Sorry, the service is temporarily unavailable. See https://www.bitfinex.com/ for more info."}',
    },
    expect: { category: 'unavailable' },
    source: `${ccxtMap('bitfinex')} (temporarily_unavailable comment body)`,
  },
  {
    id: 'bitfinex-cancel-order-not-found',
    exchange: 'bitfinex',
    kind: 'answer',
    request: {
      method: 'POST',
      url: 'https://api.bitfinex.com/v2/auth/w/order/cancel',
      writesOrder: true,
      body: '{"id":123456789012}',
    },
    response: { status: 500, body: '["error",10001,"Order not found."]' },
    expect: { category: 'not-found' },
    source: `${ccxtMap('bitfinex')} (broad 'Order not found')`,
  },
  {
    id: 'bitfinex-headers-timeout-on-order',
    exchange: 'bitfinex',
    kind: 'transport',
    request: { method: 'POST', url: BITFINEX_SUBMIT, writesOrder: true, body: BITFINEX_SUBMIT_BODY },
    failure: 'headers-timeout',
    expect: { category: 'execution-unknown' },
    source: UNDICI,
  },
];

// ---------------------------------------------------------------------------------------------- HTX
const HTX_DOCS = 'https://huobiapi.github.io/docs/spot/v1/en/#error-code';
const HTX_SWAP_DOCS = 'https://huobiapi.github.io/docs/usdt_swap/v1/en/#error-code';
const HTX_PLACE = 'https://api.huobi.pro/v1/order/orders/place';
const HTX_ACCOUNTS = 'https://api.huobi.pro/v1/account/accounts';
const HTX_PLACE_BODY =
  '{"account-id":"100009","symbol":"btcusdt","type":"buy-limit","amount":"0.5","price":"68000.123","client-order-id":"probe-1"}';
const HTX_SWAP_ORDER = 'https://api.hbdm.com/linear-swap-api/v1/swap_cross_order';
const HTX_SWAP_BODY =
  '{"contract_code":"BTC-USDT","volume":5,"direction":"buy","offset":"open","lever_rate":20,"order_price_type":"opponent"}';
const htxError = (code: string, msg: string): string =>
  `{"status":"error","err-code":"${code}","err-msg":"${msg}","data":null}`;

const htx: ProbeCase[] = [
  {
    id: 'htx-balance-insufficient',
    exchange: 'htx',
    kind: 'answer',
    request: { method: 'POST', url: HTX_PLACE, writesOrder: true, body: HTX_PLACE_BODY },
    response: {
      status: 200,
      body: htxError(
        'account-frozen-balance-insufficient-error',
        'trade account balance is not enough, left: `0.0011`',
      ),
    },
    expect: { category: 'insufficient-funds' },
    source: `${HTX_DOCS}; ${ccxtMap('htx')}`,
  },
  {
    id: 'htx-limit-amount-min',
    exchange: 'htx',
    kind: 'answer',
    request: { method: 'POST', url: HTX_PLACE, writesOrder: true, body: HTX_PLACE_BODY },
    response: {
      status: 200,
      body: htxError('order-limitorder-amount-min-error', 'limit order amount error, min: `0.0001`'),
    },
    expect: { category: 'filter', field: 'quantity' },
    source: `${HTX_DOCS} (order-limitorder-amount-min-error)`,
  },
  {
    id: 'htx-price-precision',
    exchange: 'htx',
    kind: 'answer',
    request: { method: 'POST', url: HTX_PLACE, writesOrder: true, body: HTX_PLACE_BODY },
    response: {
      status: 200,
      body: htxError('order-orderprice-precision-error', 'order price precision error, scale: `2`'),
    },
    expect: { category: 'filter', field: 'price' },
    source: `${HTX_DOCS} (order-orderprice-precision-error)`,
  },
  {
    id: 'htx-order-value-min',
    exchange: 'htx',
    kind: 'answer',
    request: { method: 'POST', url: HTX_PLACE, writesOrder: true, body: HTX_PLACE_BODY },
    response: {
      status: 200,
      body: htxError('order-value-min-error', 'Order total cannot be lower than: `5`'),
    },
    expect: { category: 'filter', field: 'notional' },
    source: `${HTX_DOCS} (order-value-min-error)`,
  },
  {
    id: 'htx-swap-1039-price-band',
    exchange: 'htx',
    kind: 'answer',
    request: { method: 'POST', url: HTX_SWAP_ORDER, writesOrder: true, body: HTX_SWAP_BODY },
    response: {
      status: 200,
      body: '{"status":"error","err_code":1039,"err_msg":"Buy price must be lower than 39270.9USDT. Sell price must exceed 37731USDT.","ts":1643802374403}',
    },
    expect: { category: 'filter', field: 'price' },
    source: `${ccxtMap('htx')} (1039 comment body); ${HTX_SWAP_DOCS}`,
  },
  {
    id: 'htx-swap-1047-margin',
    exchange: 'htx',
    kind: 'answer',
    request: { method: 'POST', url: HTX_SWAP_ORDER, writesOrder: true, body: HTX_SWAP_BODY },
    response: {
      status: 200,
      body: '{"status":"error","err_code":1047,"err_msg":"Insufficient margin available.","ts":1643802672652}',
    },
    expect: { category: 'insufficient-funds' },
    source: `${ccxtMap('htx')} (1047 comment body)`,
  },
  {
    id: 'htx-invalid-symbol',
    exchange: 'htx',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://api.huobi.pro/market/detail/merged?symbol=foousdt',
      writesOrder: false,
    },
    response: { status: 200, body: htxError('invalid-parameter', 'invalid symbol') },
    expect: { category: 'invalid-request' },
    source: `${ccxtMap('htx')} (exact 'invalid symbol')`,
  },
  {
    id: 'htx-incorrect-access-key-zh',
    exchange: 'htx',
    kind: 'answer',
    request: { method: 'GET', url: HTX_ACCOUNTS, writesOrder: false },
    response: {
      status: 200,
      body: htxError('api-signature-not-valid', 'Signature not valid: Incorrect Access key [Access key错误]'),
    },
    expect: { category: 'auth' },
    source: `${ccxtMap('htx')} (api-signature-not-valid comment body)`,
  },
  {
    id: 'htx-verification-failure-zh',
    exchange: 'htx',
    kind: 'answer',
    request: { method: 'GET', url: HTX_ACCOUNTS, writesOrder: false },
    response: {
      status: 200,
      body: htxError('api-signature-not-valid', 'Signature not valid: Verification failure [校验失败]'),
    },
    expect: { category: 'auth', note: 'bad signature' },
    source: `${HTX_DOCS} (api-signature-not-valid)`,
  },
  {
    id: 'htx-incorrect-ip-zh',
    exchange: 'htx',
    kind: 'answer',
    request: { method: 'POST', url: HTX_PLACE, writesOrder: true, body: HTX_PLACE_BODY },
    response: {
      status: 200,
      body: htxError(
        'api-signature-not-valid',
        'Signature not valid: Incorrect IP address [IP地址错误]:203.0.113.7',
      ),
    },
    expect: { category: 'auth', note: 'IP whitelist' },
    source: `${HTX_DOCS} (api-signature-not-valid)`,
  },
  {
    id: 'htx-submission-time-zh',
    exchange: 'htx',
    kind: 'answer',
    request: { method: 'POST', url: HTX_PLACE, writesOrder: true, body: HTX_PLACE_BODY },
    response: {
      status: 200,
      body: htxError(
        'api-signature-not-valid',
        'Signature not valid: Invalid submission time or incorrect time format [无效的提交时间，或时间格式错误]',
      ),
    },
    expect: { category: 'clock-skew', note: 'the Timestamp parameter is off; ccxt says AuthenticationError' },
    source: `${HTX_DOCS} (api-signature-not-valid; 12001 Invalid submission time or incorrect time format)`,
  },
  {
    id: 'htx-no-permission-zh',
    exchange: 'htx',
    kind: 'answer',
    request: { method: 'POST', url: HTX_PLACE, writesOrder: true, body: HTX_PLACE_BODY },
    response: {
      status: 200,
      body: htxError(
        'api-signature-not-valid',
        'Signature not valid: API key has no permission [API Key没有权限]',
      ),
    },
    expect: { category: 'auth', note: 'the key lacks the trade permission' },
    source: `${ccxtMap('htx')} (broad 'API key has no permission' comment body)`,
  },
  {
    id: 'htx-request-frequency',
    exchange: 'htx',
    kind: 'answer',
    request: { method: 'POST', url: HTX_PLACE, writesOrder: true, body: HTX_PLACE_BODY },
    response: {
      status: 200,
      headers: { 'x-hb-ratelimit-requests-remain': '0', 'x-hb-ratelimit-requests-expire': '1717000051000' },
      body: htxError(
        'base-request-exceed-frequency-limit',
        'Your request is too frequent, please try again later.',
      ),
    },
    expect: { category: 'rate-limit', note: 'window end in X-HB-RateLimit-Requests-Expire' },
    source: `${ccxtMap('htx')} (base-request-exceed-frequency-limit); ${HTX_DOCS} (X-HB-RateLimit-* headers)`,
  },
  {
    id: 'htx-record-invalid',
    exchange: 'htx',
    kind: 'answer',
    request: { method: 'GET', url: 'https://api.huobi.pro/v1/order/orders/59378', writesOrder: false },
    response: { status: 200, body: htxError('base-record-invalid', 'record invalid') },
    expect: { category: 'not-found' },
    source: `${HTX_DOCS} (base-record-invalid)`,
  },
  {
    id: 'htx-cancel-order-state',
    exchange: 'htx',
    kind: 'answer',
    request: {
      method: 'POST',
      url: 'https://api.huobi.pro/v1/order/orders/59378/submitcancel',
      writesOrder: true,
    },
    response: { status: 200, body: htxError('order-orderstate-error', 'Incorrect order state') },
    expect: {
      category: 'order-rejected',
      note: 'the order is filled or already canceled; ccxt calls it OrderNotFound',
    },
    source: `${HTX_DOCS} (order-orderstate-error)`,
  },
  {
    id: 'htx-swap-batch-cancel-1061',
    exchange: 'htx',
    kind: 'answer',
    request: {
      method: 'POST',
      url: 'https://api.hbdm.com/linear-swap-api/v1/swap_cross_cancel',
      writesOrder: true,
      body: '{"order_id":"1349442392365359104","contract_code":"BTC-USDT"}',
    },
    response: {
      status: 200,
      body: '{"status":"ok","data":{"errors":[{"order_id":"1349442392365359104","err_code":1061,"err_msg":"The order does not exist."}],"successes":""},"ts":1741773744526}',
    },
    expect: { category: 'not-found', note: '"status":"ok" with a per-order error; ccxt still raises' },
    source: `${ccxtMap('htx')} (1061 comment body)`,
  },
  {
    id: 'htx-system-maintenance',
    exchange: 'htx',
    kind: 'answer',
    request: { method: 'GET', url: HTX_ACCOUNTS, writesOrder: false },
    response: { status: 200, body: htxError('system-maintenance', 'System is in maintenance!') },
    expect: { category: 'unavailable' },
    source: `${ccxtMap('htx')} (system-maintenance)`,
  },
  {
    id: 'htx-refused-on-read',
    exchange: 'htx',
    kind: 'transport',
    request: { method: 'GET', url: HTX_ACCOUNTS, writesOrder: false },
    failure: 'connection-refused',
    expect: { category: 'unavailable' },
    source: UNDICI,
  },
];

// ---------------------------------------------------------------------------------------------- MEXC
const MEXC_DOCS = 'https://mexcdevelop.github.io/apidocs/spot_v3_en/#error-code';
const MEXC_ORDER = 'https://api.mexc.com/api/v3/order';
const MEXC_ACCOUNT = 'https://api.mexc.com/api/v3/account';

const mexc: ProbeCase[] = [
  {
    id: 'mexc-30004-insufficient-position',
    exchange: 'mexc',
    kind: 'answer',
    request: {
      method: 'POST',
      url: `${MEXC_ORDER}?symbol=BTCUSDT&side=SELL&type=LIMIT&quantity=0.5&price=68000`,
      writesOrder: true,
    },
    response: { status: 400, body: '{"code":30004,"msg":"Insufficient position"}' },
    expect: { category: 'insufficient-funds', note: 'selling more of the asset than is held' },
    source: `${MEXC_DOCS} (30004)`,
  },
  {
    id: 'mexc-30005-oversold',
    exchange: 'mexc',
    kind: 'answer',
    request: {
      method: 'POST',
      url: `${MEXC_ORDER}?symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.5`,
      writesOrder: true,
    },
    response: { status: 400, body: '{"code":30005,"msg":"Oversold"}' },
    expect: { category: 'insufficient-funds' },
    source: `${MEXC_DOCS} (30005)`,
  },
  {
    id: 'mexc-10101-zh-insufficient',
    exchange: 'mexc',
    kind: 'answer',
    request: {
      method: 'POST',
      url: 'https://api.mexc.com/api/v3/capital/transfer?fromAccountType=SPOT&toAccountType=FUTURES&asset=USDT&amount=1000',
      writesOrder: false,
    },
    response: { status: 400, body: '{"msg":"资金不足","code":10101}' },
    expect: { category: 'insufficient-funds', note: '"insufficient funds" in Chinese' },
    source: `${ccxtMap('mexc')} (10101 comment body)`,
  },
  {
    id: 'mexc-30002-min-volume',
    exchange: 'mexc',
    kind: 'answer',
    request: {
      method: 'POST',
      url: `${MEXC_ORDER}?symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.00001&price=68000`,
      writesOrder: true,
    },
    response: {
      status: 400,
      body: '{"code":30002,"msg":"The minimum transaction volume cannot be less than :5USDT"}',
    },
    expect: { category: 'filter', field: 'notional' },
    source: `${MEXC_DOCS} (30002)`,
  },
  {
    id: 'mexc-88013-zh-min-amount',
    exchange: 'mexc',
    kind: 'answer',
    request: {
      method: 'POST',
      url: 'https://api.mexc.com/api/v3/margin/order?symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.00001&price=68000',
      writesOrder: true,
    },
    response: { status: 400, body: '{"msg":"最小交易额不能小于：5USDT","code":88013}' },
    expect: { category: 'filter', field: 'notional', note: '"minimum trade amount is 5 USDT" in Chinese' },
    source: `${ccxtMap('mexc')} (88013 comment body)`,
  },
  {
    id: 'mexc-30087-price-range',
    exchange: 'mexc',
    kind: 'answer',
    request: {
      method: 'POST',
      url: `${MEXC_ORDER}?symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.5&price=999999`,
      writesOrder: true,
    },
    response: { status: 400, body: '{"msg":"Order price exceeds allowed range","code":30087}' },
    expect: { category: 'filter', field: 'price' },
    source: `${ccxtMap('mexc')} (30087 comment body)`,
  },
  {
    id: 'mexc-invalid-symbol',
    exchange: 'mexc',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://api.mexc.com/api/v3/ticker/price?symbol=FOOUSDT',
      writesOrder: false,
    },
    response: { status: 400, body: '{"code":-1121,"msg":"Invalid symbol."}' },
    expect: { category: 'invalid-request' },
    source: `${ccxtMap('mexc')} (-1121)`,
  },
  {
    id: 'mexc-10072-api-key-invalid',
    exchange: 'mexc',
    kind: 'answer',
    request: { method: 'GET', url: MEXC_ACCOUNT, writesOrder: false },
    response: { status: 400, body: '{"code":10072,"msg":"Api key info invalid"}' },
    expect: { category: 'auth', note: 'ccxt maps 10072 to BadRequest' },
    source: `${MEXC_DOCS} (10072 invalid access key)`,
  },
  {
    id: 'mexc-700002-signature',
    exchange: 'mexc',
    kind: 'answer',
    request: { method: 'GET', url: MEXC_ACCOUNT, writesOrder: false },
    response: { status: 400, body: '{"code":700002,"msg":"Signature for this request is not valid."}' },
    expect: { category: 'auth' },
    source: `${MEXC_DOCS} (700002)`,
  },
  {
    id: 'mexc-700006-ip-white-list',
    exchange: 'mexc',
    kind: 'answer',
    request: {
      method: 'POST',
      url: `${MEXC_ORDER}?symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.5&price=68000`,
      writesOrder: true,
    },
    response: { status: 400, body: '{"code":700006,"msg":"IP [203.0.113.7] not in the ip white list"}' },
    expect: { category: 'auth', note: 'IP whitelist; ccxt maps 700006 to BadRequest' },
    source: `${MEXC_DOCS} (700006 IP non white list)`,
  },
  {
    id: 'mexc-700003-recv-window',
    exchange: 'mexc',
    kind: 'answer',
    request: {
      method: 'POST',
      url: `${MEXC_ORDER}?symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.5&price=68000`,
      writesOrder: true,
    },
    response: {
      status: 400,
      body: '{"code":700003,"msg":"Timestamp for this request is outside of the recvWindow."}',
    },
    expect: { category: 'clock-skew' },
    source: `${ccxtMap('mexc')} (700003 comment body)`,
  },
  {
    id: 'mexc-429-too-many-requests',
    exchange: 'mexc',
    kind: 'answer',
    request: { method: 'GET', url: MEXC_ACCOUNT, writesOrder: false },
    response: { status: 429, body: '{"code":429,"msg":"Too Many Requests"}' },
    expect: { category: 'rate-limit' },
    source: `${MEXC_DOCS} (429 Too Many Requests)`,
  },
  {
    id: 'mexc-unknown-order-sent',
    exchange: 'mexc',
    kind: 'answer',
    request: {
      method: 'DELETE',
      url: `${MEXC_ORDER}?symbol=BTCUSDT&orderId=C02__443776347957968896`,
      writesOrder: true,
    },
    response: { status: 400, body: '{"code":-2011,"msg":"Unknown order sent."}' },
    expect: { category: 'not-found', note: 'ccxt maps -2011 to BadRequest' },
    source: `${MEXC_DOCS} (-2011 Unknown order sent)`,
  },
  {
    id: 'mexc-30018-zh-account-blocked',
    exchange: 'mexc',
    kind: 'answer',
    request: {
      method: 'POST',
      url: `${MEXC_ORDER}?symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.5&price=68000`,
      writesOrder: true,
    },
    response: { status: 400, body: '{"msg":"账号暂时不能下单，请联系客服","code":30018}' },
    expect: {
      category: 'account-restricted',
      note: '"the account cannot place orders for now, contact support"',
    },
    source: `${ccxtMap('mexc')} (30018 comment body)`,
  },
  {
    id: 'mexc-30019-api-market-disabled',
    exchange: 'mexc',
    kind: 'answer',
    request: {
      method: 'POST',
      url: `${MEXC_ORDER}?symbol=BTCUSDT&side=BUY&type=MARKET&quoteOrderQty=100`,
      writesOrder: true,
    },
    response: { status: 400, body: '{"code":30019,"msg":"api market order is disabled"}' },
    expect: { category: 'unsupported' },
    source: `${MEXC_DOCS} (30019)`,
  },
  {
    id: 'mexc-timeout-on-order',
    exchange: 'mexc',
    kind: 'transport',
    request: {
      method: 'POST',
      url: `${MEXC_ORDER}?symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.5&price=68000`,
      writesOrder: true,
    },
    failure: 'timeout',
    expect: { category: 'execution-unknown' },
    source: UNDICI,
  },
];

// ---------------------------------------------------------------------------------------------- Deribit
const DERIBIT_DOCS = 'https://docs.deribit.com/#rpc-error-codes';
const DERIBIT_BUY =
  'https://www.deribit.com/api/v2/private/buy?instrument_name=BTC-PERPETUAL&amount=100&type=limit&price=68000.3';
const DERIBIT_ACCOUNT = 'https://www.deribit.com/api/v2/private/get_account_summary?currency=BTC';
const deribitError = (code: number, message: string, usIn: number): string =>
  `{"jsonrpc":"2.0","error":{"message":"${message}","code":${code}},"testnet":false,"usIn":${usIn},"usOut":${usIn + 321},"usDiff":321}`;

const deribit: ProbeCase[] = [
  {
    id: 'deribit-10009-not-enough-funds',
    exchange: 'deribit',
    kind: 'answer',
    request: { method: 'GET', url: DERIBIT_BUY, writesOrder: true },
    response: { status: 400, body: deribitError(10009, 'not_enough_funds', 1717000060000123) },
    expect: { category: 'insufficient-funds' },
    source: `${DERIBIT_DOCS} (10009)`,
  },
  {
    id: 'deribit-10043-price-wrong-tick',
    exchange: 'deribit',
    kind: 'answer',
    request: { method: 'GET', url: DERIBIT_BUY, writesOrder: true },
    response: { status: 400, body: deribitError(10043, 'price_wrong_tick', 1717000060100123) },
    expect: { category: 'filter', field: 'price' },
    source: `${DERIBIT_DOCS} (10043)`,
  },
  {
    id: 'deribit-10002-qty-too-low',
    exchange: 'deribit',
    kind: 'answer',
    request: { method: 'GET', url: DERIBIT_BUY, writesOrder: true },
    response: { status: 400, body: deribitError(10002, 'qty_too_low', 1717000060200123) },
    expect: { category: 'filter', field: 'quantity' },
    source: `${DERIBIT_DOCS} (10002)`,
  },
  {
    id: 'deribit-10027-non-integer-contracts',
    exchange: 'deribit',
    kind: 'answer',
    request: { method: 'GET', url: DERIBIT_BUY, writesOrder: true },
    response: { status: 400, body: deribitError(10027, 'non_integer_contract_amount', 1717000060300123) },
    expect: { category: 'filter', field: 'quantity', note: 'amount must be a multiple of the contract size' },
    source: `${DERIBIT_DOCS} (10027)`,
  },
  {
    id: 'deribit-10007-price-too-high',
    exchange: 'deribit',
    kind: 'answer',
    request: { method: 'GET', url: DERIBIT_BUY, writesOrder: true },
    response: { status: 400, body: deribitError(10007, 'price_too_high 69341.5', 1717000060400123) },
    expect: { category: 'filter', field: 'price', note: 'above the current price band limit' },
    source: `${DERIBIT_DOCS} (10007 price_too_high <Limit>)`,
  },
  {
    id: 'deribit-32602-invalid-params',
    exchange: 'deribit',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://www.deribit.com/api/v2/public/get_instruments?currency=FOO',
      writesOrder: false,
    },
    response: {
      status: 400,
      body: '{"jsonrpc":"2.0","error":{"message":"Invalid params","data":{"reason":"invalid currency","param":"currency"},"code":-32602},"testnet":false,"usIn":1583763842150374,"usOut":1583763842150410,"usDiff":36}',
    },
    expect: { category: 'invalid-request' },
    source:
      'ccxt 4.5.84 ts/src/deribit.ts handleErrors (comment body); https://docs.deribit.com/#rpc-error-codes (-32602)',
  },
  {
    id: 'deribit-13009-unauthorized',
    exchange: 'deribit',
    kind: 'answer',
    request: { method: 'GET', url: DERIBIT_ACCOUNT, writesOrder: false },
    response: { status: 400, body: deribitError(13009, 'unauthorized', 1717000060500123) },
    expect: { category: 'auth', note: 'bad or expired token, or bad signature' },
    source: `${DERIBIT_DOCS} (13009)`,
  },
  {
    id: 'deribit-13004-invalid-credentials',
    exchange: 'deribit',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://www.deribit.com/api/v2/public/auth?grant_type=client_credentials&client_id=probe&client_secret=redacted',
      writesOrder: false,
    },
    response: { status: 400, body: deribitError(13004, 'invalid_credentials', 1717000060600123) },
    expect: { category: 'auth' },
    source: `${DERIBIT_DOCS} (13004)`,
  },
  {
    id: 'deribit-13021-forbidden',
    exchange: 'deribit',
    kind: 'answer',
    request: { method: 'GET', url: DERIBIT_BUY, writesOrder: true },
    response: { status: 400, body: deribitError(13021, 'forbidden', 1717000060700123) },
    expect: { category: 'auth', note: 'the token lacks the trade scope' },
    source: `${DERIBIT_DOCS} (13021)`,
  },
  {
    id: 'deribit-10028-too-many-requests',
    exchange: 'deribit',
    kind: 'answer',
    request: { method: 'GET', url: DERIBIT_BUY, writesOrder: true },
    response: { status: 429, body: deribitError(10028, 'too_many_requests', 1717000060800123) },
    expect: { category: 'rate-limit', note: 'credit-based limits; no header says when credits refill' },
    source: `${DERIBIT_DOCS} (10028); https://docs.deribit.com/#rate-limits`,
  },
  {
    id: 'deribit-10004-order-not-found',
    exchange: 'deribit',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://www.deribit.com/api/v2/private/cancel?order_id=ETH-584849853',
      writesOrder: true,
    },
    response: { status: 400, body: deribitError(10004, 'order_not_found', 1717000060900123) },
    expect: { category: 'not-found' },
    source: `${DERIBIT_DOCS} (10004)`,
  },
  {
    id: 'deribit-10010-already-closed',
    exchange: 'deribit',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://www.deribit.com/api/v2/private/edit?order_id=ETH-584849853&amount=100&price=3100',
      writesOrder: true,
    },
    response: { status: 400, body: deribitError(10010, 'already_closed', 1717000061000123) },
    expect: {
      category: 'order-rejected',
      note: 'the order is closed (maybe filled); ccxt calls it OrderNotFound',
    },
    source: `${DERIBIT_DOCS} (10010)`,
  },
  {
    id: 'deribit-11054-post-only-reject',
    exchange: 'deribit',
    kind: 'answer',
    request: { method: 'GET', url: `${DERIBIT_BUY}&post_only=true&reject_post_only=true`, writesOrder: true },
    response: { status: 400, body: deribitError(11054, 'post_only_reject', 1717000061100123) },
    expect: { category: 'order-rejected' },
    source: `${DERIBIT_DOCS} (11054)`,
  },
  {
    id: 'deribit-10041-settlement-in-progress',
    exchange: 'deribit',
    kind: 'answer',
    request: { method: 'GET', url: DERIBIT_ACCOUNT, writesOrder: false },
    response: { status: 400, body: deribitError(10041, 'settlement_in_progress', 1717000061200123) },
    expect: { category: 'unavailable', note: 'a few seconds each day at settlement' },
    source: `${DERIBIT_DOCS} (10041)`,
  },
  {
    id: 'deribit-11098-account-locked',
    exchange: 'deribit',
    kind: 'answer',
    request: { method: 'GET', url: DERIBIT_BUY, writesOrder: true },
    response: { status: 400, body: deribitError(11098, 'account_locked', 1717000061300123) },
    expect: { category: 'account-restricted', note: '11098 is not in ccxt’s map' },
    source: `${DERIBIT_DOCS} (11098)`,
  },
  {
    id: 'deribit-10019-locked-by-admin',
    exchange: 'deribit',
    kind: 'answer',
    request: { method: 'GET', url: DERIBIT_BUY, writesOrder: true },
    response: { status: 400, body: deribitError(10019, 'locked_by_admin', 1717000061400123) },
    expect: { category: 'account-restricted' },
    source: `${DERIBIT_DOCS} (10019)`,
  },
  {
    id: 'deribit-13888-timed-out',
    exchange: 'deribit',
    kind: 'answer',
    request: { method: 'GET', url: `${DERIBIT_BUY}&valid_until=1717000061500`, writesOrder: true },
    response: { status: 400, body: deribitError(13888, 'timed_out', 1717000061500123) },
    expect: {
      category: 'unavailable',
      note: 'not processed before valid_until: a definite no, safe to resend; unknown to ccxt',
    },
    source: `${DERIBIT_DOCS} (13888)`,
  },
  {
    id: 'deribit-reset-on-order',
    exchange: 'deribit',
    kind: 'transport',
    request: { method: 'GET', url: DERIBIT_BUY, writesOrder: true },
    failure: 'connection-reset',
    expect: { category: 'execution-unknown' },
    source: UNDICI,
  },
];

// ---------------------------------------------------------------------------------------------- Binance USD-M
const USDM_DOCS = 'https://developers.binance.com/docs/derivatives/usds-margined-futures/error-code';
const USDM_GENERAL = 'https://developers.binance.com/docs/derivatives/usds-margined-futures/general-info';
const USDM_ORDER = 'https://fapi.binance.com/fapi/v1/order';
const USDM_ORDER_BODY =
  'symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.5&price=68000&timestamp=1717000070000';

const binanceusdm: ProbeCase[] = [
  {
    id: 'usdm-2019-margin-insufficient',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: { method: 'POST', url: USDM_ORDER, writesOrder: true, body: USDM_ORDER_BODY },
    response: { status: 400, body: '{"code":-2019,"msg":"Margin is insufficient."}' },
    expect: { category: 'insufficient-funds' },
    source: `${USDM_DOCS} (-2019)`,
  },
  {
    id: 'usdm-4164-min-notional',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: { method: 'POST', url: USDM_ORDER, writesOrder: true, body: USDM_ORDER_BODY },
    response: {
      status: 400,
      body: `{"code":-4164,"msg":"Order's notional must be no smaller than 100 (unless you choose reduce only)."}`,
    },
    expect: { category: 'filter', field: 'notional' },
    source: `${USDM_DOCS} (-4164)`,
  },
  {
    id: 'usdm-4014-tick-size',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: { method: 'POST', url: USDM_ORDER, writesOrder: true, body: USDM_ORDER_BODY },
    response: { status: 400, body: '{"code":-4014,"msg":"Price not increased by tick size."}' },
    expect: { category: 'filter', field: 'price' },
    source: `${USDM_DOCS} (-4014)`,
  },
  {
    id: 'usdm-1111-precision',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: { method: 'POST', url: USDM_ORDER, writesOrder: true, body: USDM_ORDER_BODY },
    response: {
      status: 400,
      body: '{"code":-1111,"msg":"Precision is over the maximum defined for this asset."}',
    },
    expect: {
      category: 'filter',
      note: 'price or quantity has too many decimals; the body does not say which',
    },
    source: `${USDM_DOCS} (-1111)`,
  },
  {
    id: 'usdm-4131-percent-price',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: {
      method: 'POST',
      url: USDM_ORDER,
      writesOrder: true,
      body: 'symbol=BTCUSDT&side=BUY&type=MARKET&quantity=50&timestamp=1717000070001',
    },
    response: {
      status: 400,
      body: `{"code":-4131,"msg":"The counterparty's best price does not meet the PERCENT_PRICE filter limit."}`,
    },
    expect: { category: 'filter', field: 'price' },
    source: `${USDM_DOCS} (-4131)`,
  },
  {
    id: 'usdm-1121-invalid-symbol',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://fapi.binance.com/fapi/v1/ticker/price?symbol=FOOUSDT',
      writesOrder: false,
    },
    response: { status: 400, body: '{"code":-1121,"msg":"Invalid symbol."}' },
    expect: { category: 'invalid-request' },
    source: `${USDM_DOCS} (-1121)`,
  },
  {
    id: 'usdm-2015-key-ip-permissions',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: { method: 'POST', url: USDM_ORDER, writesOrder: true, body: USDM_ORDER_BODY },
    response: {
      status: 401,
      body: '{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action, request ip: 203.0.113.7"}',
    },
    expect: { category: 'auth' },
    source: `${USDM_DOCS} (-2015)`,
  },
  {
    id: 'usdm-1022-signature',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: { method: 'POST', url: USDM_ORDER, writesOrder: true, body: USDM_ORDER_BODY },
    response: { status: 400, body: '{"code":-1022,"msg":"Signature for this request is not valid."}' },
    expect: { category: 'auth' },
    source: `${USDM_DOCS} (-1022)`,
  },
  {
    id: 'usdm-1021-recv-window',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: { method: 'POST', url: USDM_ORDER, writesOrder: true, body: USDM_ORDER_BODY },
    response: {
      status: 400,
      body: '{"code":-1021,"msg":"Timestamp for this request is outside of the recvWindow."}',
    },
    expect: { category: 'clock-skew' },
    source: `${USDM_DOCS} (-1021)`,
  },
  {
    id: 'usdm-1003-429-retry-after',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: { method: 'POST', url: USDM_ORDER, writesOrder: true, body: USDM_ORDER_BODY },
    response: {
      status: 429,
      headers: { 'retry-after': '7', 'x-mbx-used-weight-1m': '2412' },
      body: '{"code":-1003,"msg":"Too many requests; current limit of IP(203.0.113.7) is 2400 requests per minute. Please use the websocket for live updates to avoid polling the API."}',
    },
    expect: { category: 'rate-limit', note: 'Retry-After in seconds' },
    source: `${USDM_GENERAL} (429, Retry-After, X-MBX-USED-WEIGHT-*); ${USDM_DOCS} (-1003)`,
  },
  {
    id: 'usdm-418-ip-banned',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: { method: 'GET', url: 'https://fapi.binance.com/fapi/v2/account', writesOrder: false },
    response: {
      status: 418,
      headers: { 'retry-after': '600' },
      body: '{"code":-1003,"msg":"Way too many requests; IP(203.0.113.7) banned until 1717000700000. Please use the websocket for live updates to avoid bans."}',
    },
    expect: { category: 'ip-banned' },
    source: `${USDM_GENERAL} (418 IP ban); ${USDM_DOCS} (-1003)`,
  },
  {
    id: 'usdm-5022-post-only',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: {
      method: 'POST',
      url: USDM_ORDER,
      writesOrder: true,
      body: 'symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTX&quantity=0.5&price=70000&timestamp=1717000070002',
    },
    response: {
      status: 400,
      body: '{"code":-5022,"msg":"Due to the order could not be executed as maker, the Post Only order will be rejected."}',
    },
    expect: { category: 'order-rejected' },
    source: `${USDM_DOCS} (-5022)`,
  },
  {
    id: 'usdm-2022-reduce-only',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: {
      method: 'POST',
      url: USDM_ORDER,
      writesOrder: true,
      body: 'symbol=BTCUSDT&side=SELL&type=MARKET&quantity=0.5&reduceOnly=true&timestamp=1717000070003',
    },
    response: { status: 400, body: '{"code":-2022,"msg":"ReduceOnly Order is rejected."}' },
    expect: { category: 'order-rejected' },
    source: `${USDM_DOCS} (-2022)`,
  },
  {
    id: 'usdm-4116-duplicate-client-id',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: {
      method: 'POST',
      url: USDM_ORDER,
      writesOrder: true,
      body: `${USDM_ORDER_BODY}&newClientOrderId=grid-7`,
    },
    response: { status: 400, body: '{"code":-4116,"msg":"ClientOrderId is duplicated."}' },
    expect: { category: 'order-rejected' },
    source: `${USDM_DOCS} (-4116)`,
  },
  {
    id: 'usdm-2011-unknown-order',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: {
      method: 'DELETE',
      url: `${USDM_ORDER}?symbol=BTCUSDT&orderId=283194212&timestamp=1717000070004`,
      writesOrder: true,
    },
    response: { status: 400, body: '{"code":-2011,"msg":"Unknown order sent."}' },
    expect: { category: 'not-found' },
    source: `${USDM_DOCS} (-2011 CANCEL_REJECTED)`,
  },
  {
    id: 'usdm-4400-quantitative-rules',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: { method: 'POST', url: USDM_ORDER, writesOrder: true, body: USDM_ORDER_BODY },
    response: {
      status: 400,
      body: '{"code":-4400,"msg":"Futures Trading Quantitative Rules violated, only reduceOnly order is allowed, please try again later."}',
    },
    expect: { category: 'account-restricted', note: 'the account is held to reduce-only for a while' },
    source: `${USDM_DOCS} (-4400)`,
  },
  {
    id: 'usdm-1007-backend-timeout',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: { method: 'POST', url: USDM_ORDER, writesOrder: true, body: USDM_ORDER_BODY },
    response: {
      status: 503,
      body: '{"code":-1007,"msg":"Timeout waiting for response from backend server. Send status unknown; execution status unknown."}',
    },
    expect: { category: 'execution-unknown' },
    source: `${USDM_DOCS} (-1007); ${USDM_GENERAL} (503: execution status unknown)`,
  },
  {
    id: 'usdm-1001-internal-error-on-order',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: { method: 'POST', url: USDM_ORDER, writesOrder: true, body: USDM_ORDER_BODY },
    response: {
      status: 503,
      body: '{"code":-1001,"msg":"Internal error; unable to process your request. Please try again."}',
    },
    expect: {
      category: 'unavailable',
      note: 'Binance documents this 503 as a definite failure (unlike -1007): retry with backoff',
    },
    source: `${USDM_GENERAL} (503 "Internal error; unable to process your request. Please try again": not executed)`,
  },
  {
    id: 'usdm-batch-one-leg-failed',
    exchange: 'binanceusdm',
    kind: 'answer',
    request: {
      method: 'POST',
      url: 'https://fapi.binance.com/fapi/v1/batchOrders',
      writesOrder: true,
      body: 'batchOrders=%5B%7B%22symbol%22%3A%22BTCUSDT%22%7D%2C%7B%22symbol%22%3A%22ETHUSDT%22%7D%5D&timestamp=1717000070005',
    },
    response: {
      status: 200,
      body: '[{"code":-2019,"msg":"Margin is insufficient."},{"clientOrderId":"testOrder","cumQty":"0","cumQuote":"0","executedQty":"0","orderId":22542179,"avgPrice":"0.00000","origQty":"10","price":"3000","reduceOnly":false,"side":"BUY","positionSide":"BOTH","status":"NEW","stopPrice":"0","symbol":"ETHUSDT","timeInForce":"GTC","type":"LIMIT","origType":"LIMIT","updateTime":1717000070006,"workingType":"CONTRACT_PRICE","priceProtect":false}]',
    },
    ccxtThrows: false,
    expect: {
      category: 'insufficient-funds',
      note: 'one order of a batch failed; ccxt raises only for a one-element batch',
    },
    source: `${USDM_DOCS}; https://developers.binance.com/docs/derivatives/usds-margined-futures/trade/rest-api/Place-Multiple-Orders; ccxt 4.5.84 binance.ts handleErrors`,
  },
  {
    id: 'usdm-timeout-on-order',
    exchange: 'binanceusdm',
    kind: 'transport',
    request: { method: 'POST', url: USDM_ORDER, writesOrder: true, body: USDM_ORDER_BODY },
    failure: 'timeout',
    expect: { category: 'execution-unknown' },
    source: UNDICI,
  },
];

// ---------------------------------------------------------------------------------------------- Binance spot
const SPOT_ERRORS = 'https://github.com/binance/binance-spot-api-docs/blob/master/errors.md';
const SPOT_REST = 'https://github.com/binance/binance-spot-api-docs/blob/master/rest-api.md';
const SPOT_ORDER = 'https://api.binance.com/api/v3/order';
const SPOT_ORDER_BODY =
  'symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.5&price=68000&timestamp=1717000080000';

const binance: ProbeCase[] = [
  {
    id: 'spot-2010-insufficient-balance',
    exchange: 'binance',
    kind: 'answer',
    request: { method: 'POST', url: SPOT_ORDER, writesOrder: true, body: SPOT_ORDER_BODY },
    response: {
      status: 400,
      body: '{"code":-2010,"msg":"Account has insufficient balance for requested action."}',
    },
    expect: { category: 'insufficient-funds' },
    source: `${SPOT_ERRORS} (messages for -1010, -2010, -2011)`,
  },
  {
    id: 'spot-1013-lot-size',
    exchange: 'binance',
    kind: 'answer',
    request: { method: 'POST', url: SPOT_ORDER, writesOrder: true, body: SPOT_ORDER_BODY },
    response: { status: 400, body: '{"code":-1013,"msg":"Filter failure: LOT_SIZE"}' },
    expect: { category: 'filter', field: 'quantity' },
    source: `${SPOT_ERRORS} (-1013 filter failures)`,
  },
  {
    id: 'spot-1013-price-filter',
    exchange: 'binance',
    kind: 'answer',
    request: { method: 'POST', url: SPOT_ORDER, writesOrder: true, body: SPOT_ORDER_BODY },
    response: { status: 400, body: '{"code":-1013,"msg":"Filter failure: PRICE_FILTER"}' },
    expect: { category: 'filter', field: 'price' },
    source: `${SPOT_ERRORS} (-1013 filter failures)`,
  },
  {
    id: 'spot-1013-notional',
    exchange: 'binance',
    kind: 'answer',
    request: { method: 'POST', url: SPOT_ORDER, writesOrder: true, body: SPOT_ORDER_BODY },
    response: { status: 400, body: '{"code":-1013,"msg":"Filter failure: NOTIONAL"}' },
    expect: { category: 'filter', field: 'notional' },
    source: `${SPOT_ERRORS} (-1013 filter failures)`,
  },
  {
    id: 'spot-1100-illegal-characters',
    exchange: 'binance',
    kind: 'answer',
    request: {
      method: 'POST',
      url: SPOT_ORDER,
      writesOrder: true,
      body: 'symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0,5&price=68000&timestamp=1717000080001',
    },
    response: {
      status: 400,
      body: `{"code":-1100,"msg":"Illegal characters found in parameter 'quantity'; legal range is '^([0-9]{1,20})(\\\\.[0-9]{1,20})?$'."}`,
    },
    expect: { category: 'invalid-request', field: 'quantity' },
    source: `${SPOT_ERRORS} (-1100)`,
  },
  {
    id: 'spot-1121-invalid-symbol',
    exchange: 'binance',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://api.binance.com/api/v3/ticker/price?symbol=FOOUSDT',
      writesOrder: false,
    },
    response: { status: 400, body: '{"code":-1121,"msg":"Invalid symbol."}' },
    expect: { category: 'invalid-request' },
    source: `${SPOT_ERRORS} (-1121)`,
  },
  {
    id: 'spot-2014-key-format',
    exchange: 'binance',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://api.binance.com/api/v3/account?timestamp=1717000080002',
      writesOrder: false,
    },
    response: { status: 401, body: '{"code":-2014,"msg":"API-key format invalid."}' },
    expect: { category: 'auth' },
    source: `${SPOT_ERRORS} (-2014)`,
  },
  {
    id: 'spot-2015-key-ip-permissions',
    exchange: 'binance',
    kind: 'answer',
    request: { method: 'POST', url: SPOT_ORDER, writesOrder: true, body: SPOT_ORDER_BODY },
    response: { status: 401, body: '{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}' },
    expect: { category: 'auth' },
    source: `${SPOT_ERRORS} (-2015)`,
  },
  {
    id: 'spot-1021-ahead-of-server',
    exchange: 'binance',
    kind: 'answer',
    request: { method: 'POST', url: SPOT_ORDER, writesOrder: true, body: SPOT_ORDER_BODY },
    response: {
      status: 400,
      body: `{"code":-1021,"msg":"Timestamp for this request was 1000ms ahead of the server's time."}`,
    },
    expect: { category: 'clock-skew' },
    source: `${SPOT_ERRORS} (-1021)`,
  },
  {
    id: 'spot-1003-429-retry-after',
    exchange: 'binance',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://api.binance.com/api/v3/openOrders?timestamp=1717000080003',
      writesOrder: false,
    },
    response: {
      status: 429,
      headers: { 'retry-after': '31', 'x-mbx-used-weight': '6012', 'x-mbx-used-weight-1m': '6012' },
      body: '{"code":-1003,"msg":"Too much request weight used; current limit is 6000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API."}',
    },
    expect: { category: 'rate-limit' },
    source: `${SPOT_REST} (LIMITS: 429 and Retry-After); ${SPOT_ERRORS} (-1003)`,
  },
  {
    id: 'spot-418-ip-banned',
    exchange: 'binance',
    kind: 'answer',
    request: {
      method: 'GET',
      url: 'https://api.binance.com/api/v3/openOrders?timestamp=1717000080004',
      writesOrder: false,
    },
    response: {
      status: 418,
      headers: { 'retry-after': '120' },
      body: '{"code":-1003,"msg":"Way too much request weight used; IP banned until 1717000200000. Please use WebSocket Streams for live updates to avoid bans."}',
    },
    expect: { category: 'ip-banned' },
    source: `${SPOT_REST} (418 auto-ban); ${SPOT_ERRORS} (-1003)`,
  },
  {
    id: 'spot-2010-would-take',
    exchange: 'binance',
    kind: 'answer',
    request: {
      method: 'POST',
      url: SPOT_ORDER,
      writesOrder: true,
      body: 'symbol=BTCUSDT&side=BUY&type=LIMIT_MAKER&quantity=0.5&price=70000&timestamp=1717000080005',
    },
    response: { status: 400, body: '{"code":-2010,"msg":"Order would immediately match and take."}' },
    expect: { category: 'order-rejected', note: 'LIMIT_MAKER would take' },
    source: `${SPOT_ERRORS} (messages for -1010, -2010, -2011)`,
  },
  {
    id: 'spot-2010-duplicate-order',
    exchange: 'binance',
    kind: 'answer',
    request: {
      method: 'POST',
      url: SPOT_ORDER,
      writesOrder: true,
      body: `${SPOT_ORDER_BODY}&newClientOrderId=grid-7`,
    },
    response: { status: 400, body: '{"code":-2010,"msg":"Duplicate order sent."}' },
    expect: { category: 'order-rejected', note: 'the clientOrderId is in use' },
    source: `${SPOT_ERRORS} (messages for -1010, -2010, -2011)`,
  },
  {
    id: 'spot-2010-action-disabled',
    exchange: 'binance',
    kind: 'answer',
    request: { method: 'POST', url: SPOT_ORDER, writesOrder: true, body: SPOT_ORDER_BODY },
    response: { status: 400, body: '{"code":-2010,"msg":"This action is disabled on this account."}' },
    expect: { category: 'account-restricted' },
    source: `${SPOT_ERRORS} (messages for -1010, -2010, -2011)`,
  },
  {
    id: 'spot-2013-order-does-not-exist',
    exchange: 'binance',
    kind: 'answer',
    request: {
      method: 'GET',
      url: `${SPOT_ORDER}?symbol=BTCUSDT&orderId=28&timestamp=1717000080006`,
      writesOrder: false,
    },
    response: { status: 400, body: '{"code":-2013,"msg":"Order does not exist."}' },
    expect: { category: 'not-found' },
    source: `${SPOT_ERRORS} (-2013)`,
  },
  {
    id: 'spot-2011-unknown-order-sent',
    exchange: 'binance',
    kind: 'answer',
    request: {
      method: 'DELETE',
      url: `${SPOT_ORDER}?symbol=BTCUSDT&orderId=28&timestamp=1717000080007`,
      writesOrder: true,
    },
    response: { status: 400, body: '{"code":-2011,"msg":"Unknown order sent."}' },
    expect: { category: 'not-found' },
    source: `${SPOT_ERRORS} (messages for -1010, -2010, -2011)`,
  },
  {
    id: 'spot-1007-backend-timeout',
    exchange: 'binance',
    kind: 'answer',
    request: { method: 'POST', url: SPOT_ORDER, writesOrder: true, body: SPOT_ORDER_BODY },
    response: {
      status: 503,
      body: '{"code":-1007,"msg":"Timeout waiting for response from backend server. Send status unknown; execution status unknown."}',
    },
    expect: { category: 'execution-unknown' },
    source: `${SPOT_ERRORS} (-1007); ${SPOT_REST} (5XX: execution status UNKNOWN)`,
  },
  {
    id: 'spot-451-restricted-location',
    exchange: 'binance',
    kind: 'answer',
    request: { method: 'GET', url: 'https://api.binance.com/api/v3/exchangeInfo', writesOrder: false },
    response: {
      status: 451,
      body: `{"code":0,"msg":"Service unavailable from a restricted location according to 'b. Eligibility' in https://www.binance.com/en/terms. Please contact customer service if you believe you received this message in error."}`,
    },
    expect: {
      category: 'account-restricted',
      note: 'a compliance block: ccxt skips code 0 and raises ExchangeNotAvailable, a retryable NetworkError',
    },
    source:
      'ccxt 4.5.84 ts/src/binance.ts handleErrors (code 0 is success) and base httpExceptions (451); ccxt issue reports of this 451 body',
  },
  {
    id: 'spot-refused-on-order',
    exchange: 'binance',
    kind: 'transport',
    request: { method: 'POST', url: SPOT_ORDER, writesOrder: true, body: SPOT_ORDER_BODY },
    failure: 'connection-refused',
    expect: { category: 'unavailable', note: 'refused at connect: the order was never sent' },
    source: UNDICI,
  },
  {
    id: 'spot-timeout-on-read',
    exchange: 'binance',
    kind: 'transport',
    request: {
      method: 'GET',
      url: 'https://api.binance.com/api/v3/openOrders?timestamp=1717000080008',
      writesOrder: false,
    },
    failure: 'timeout',
    expect: { category: 'unavailable' },
    source: UNDICI,
  },
];

/** Every case, grouped by exchange in the order of `PROBE_EXCHANGES`. */
export const PROBE_CASES: readonly ProbeCase[] = [
  ...okx,
  ...bybit,
  ...kucoin,
  ...kraken,
  ...coinbase,
  ...bitget,
  ...gate,
  ...bitfinex,
  ...htx,
  ...mexc,
  ...deribit,
  ...binanceusdm,
  ...binance,
];
