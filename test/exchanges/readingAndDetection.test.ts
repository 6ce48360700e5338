import { InsufficientFunds } from 'ccxt';
import { describe, expect, it } from 'vitest';
import { createExchangeErrorResolver } from '../../src/core/createExchangeErrorResolver';
import { matchCatalog } from '../../src/core/matchCatalog';
import type { ExchangeProfile } from '../../src/core/profile';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { binanceUsdm } from '../../src/exchanges/binance-usdm';
import { bybit } from '../../src/exchanges/bybit';
import { aster } from '../../src/exchanges/ccxt/generated/aster';
import { bingx } from '../../src/exchanges/ccxt/generated/bingx';
import { bitfinex } from '../../src/exchanges/ccxt/generated/bitfinex';
import { bitget } from '../../src/exchanges/ccxt/generated/bitget';
import { bitopro } from '../../src/exchanges/ccxt/generated/bitopro';
import { bitvavo } from '../../src/exchanges/ccxt/generated/bitvavo';
import { gate as gateProfile } from '../../src/exchanges/ccxt/generated/gate';
import { gemini as geminiProfile } from '../../src/exchanges/ccxt/generated/gemini';
import { kucoin } from '../../src/exchanges/ccxt/generated/kucoin';
import { mexc } from '../../src/exchanges/ccxt/generated/mexc';
import { pacifica } from '../../src/exchanges/ccxt/generated/pacifica';
import { poloniex } from '../../src/exchanges/ccxt/generated/poloniex';
import { upbit as upbitProfile } from '../../src/exchanges/ccxt/generated/upbit';
import { whitebit } from '../../src/exchanges/ccxt/generated/whitebit';
import { ltp } from '../../src/exchanges/ltp';
import { okx } from '../../src/exchanges/okx';

/**
 * What the Binance USD-M, OKX and Bybit profiles rely on the core for (it reads free text and picks
 * the exchange before any profile sees the input), each from a real payload of
 * `test/fixtures/*.jsonl`.
 */
const exchanges = [binanceSpot, binanceUsdm, okx, bybit];
const resolve = (input: unknown, options: Parameters<typeof resolveExchangeError>[1] = {}) =>
  resolveExchangeError(input, { exchanges, ...options });

describe('codes in free text under exchange keys (parseErrorText)', () => {
  it.each([
    ['pybit', 'pybit - ERROR - Too many visits. Exceeded the API Rate Limit. (ErrCode: 10006)', 10006],
    [
      'a Java toString',
      '{retCode=10003, retMsg=API key is invalid., result={}, retExtInfo={}, time=1714065629010}',
      10003,
    ],
    ['a JSON fragment', '"retCode": 10006, "retMsg": "Too many visits!"', 10006],
    [
      'OKX item fields',
      "failed to close short position: sCode=51169, sMsg=Order failed because you don't have any positions in this direction for this contract to reduce or close.",
      51169,
    ],
    ['an OKX item fragment', '"sCode":"51000","sMsg":"Parameter tdMode  error "', 51000],
  ])('reads %s', (_, text, code) => {
    expect(resolve(text)?.code).toBe(code);
  });
});

describe('answers inside a longer text, or not quite JSON, read as bodies', () => {
  it('JSON after a log prefix, with its exchange id in the middle of the text', () => {
    expect(
      resolve(
        'An error occurred while fetching all open orders: bybit {"retCode":10006,"retMsg":"Too many visits","result":{},"retExtInfo":{},"time":1693924869139}',
      ),
    ).toMatchObject({ source: 'bybit', code: 10006, category: 'rate-limit' });
    expect(
      resolve(
        'ERROR Cancelling: okx {"code":"1","data":[{"clOrdId":"001","ordId":"","sCode":"51006","sMsg":"Order price is not within the price limit (Maximum buy price: 26,899.6; minimum sell price: 25,844.6)","tag":""}],"msg":""}',
      ),
    ).toMatchObject({ source: 'okx', code: 51006, category: 'filter', field: 'price' });
  });

  it('a Python dict as printed', () => {
    expect(
      resolve(
        "{'code': '1', 'data': [{'clOrdId': '', 'ordId': '', 'sCode': '51008', 'sMsg': 'Order failed. Insufficient USDT margin in account ', 'tag': ''}], 'msg': 'All operations failed'}",
      ),
    ).toMatchObject({ source: 'okx', code: 51008, category: 'insufficient-funds' });
  });

  it('escaped JSON and curly quotes', () => {
    expect(
      resolve(
        'request failed with status code: 429, body: "{\\"msg\\":\\"Too Many Requests\\",\\"code\\":\\"50011\\"',
      )?.code,
    ).toBe(50011);
    expect(resolve("okx {“msg”: “API key doesn't exist”, “code”: “50119”}")?.code).toBe(50119);
  });
});

describe('a code alone before a colon (parseErrorText BARE)', () => {
  it.each([
    ['Caused by: 50113:Invalid Sign', 50113],
    ['[SUI] OKX 51121: Order quantity must be a multiple of the lot size', 51121],
    ['Failed to validate API key: [ServerError] 10003: API key is invalid.', 10003],
    [
      '"Error: -4120 Order type not supported for this endpoint. Please use the Algo Order API endpoints instead."',
      -4120,
    ],
  ])('%s', (text, code) => {
    expect(resolve(text)?.code).toBe(code);
  });

  it('an order answered "All operations failed" is a definite no, not a lost answer', () => {
    const error = resolve('Error : 1: All operations failed', {
      request: { method: 'POST', url: 'https://www.okx.com/api/v5/trade/order' },
    });
    expect(error?.category).not.toBe('execution-unknown');
  });
});

describe('a server failure reported in an HTTP 200', () => {
  const body = (retMsg: string) => ({
    retCode: 10016,
    retMsg,
    result: {},
    retExtInfo: {},
    time: 1700000000000,
  });
  const order = { method: 'POST', url: 'https://api.bybit.com/v5/order/create' };
  const read = { method: 'GET', url: 'https://api.bybit.com/v5/order/realtime' };

  it('leaves an order outcome unknown when the server says it failed while handling it (Bybit 10016)', () => {
    expect(resolve(body('Server error.'), { request: order, httpStatus: 200 })?.category).toBe(
      'execution-unknown',
    );
    expect(resolve(body('internal server error'), { request: order, httpStatus: 200 })?.category).toBe(
      'execution-unknown',
    );
  });

  it('is only a wait for a read, or when the service says it is restarting (nothing was handled)', () => {
    expect(resolve(body('Server error.'), { request: read, httpStatus: 200 })?.category).toBe('unavailable');
    expect(resolve(body('Service is restarting'), { request: order, httpStatus: 200 })?.category).toBe(
      'unavailable',
    );
  });
});

describe('an IP ban whose answer does not say when it ends', () => {
  const now = 1_700_000_000_000;
  it("is estimated by the exchange's documented ban (Bybit: at least 10 minutes), else 2 minutes", () => {
    const bybitBan = resolve('access too frequent', {
      httpStatus: 403,
      now,
      request: { method: 'GET', url: 'https://api.bybit.com/v5/order/realtime' },
    });
    expect(bybitBan).toMatchObject({ source: 'bybit', category: 'ip-banned' });
    expect(bybitBan?.retry).toEqual({ strategy: 'after', retryAt: now + 600_000, estimated: true });
    const otherBan = resolve('IP banned', {
      httpStatus: 418,
      now,
      request: { method: 'GET', url: 'https://api.binance.com/api/v3/order' },
    });
    expect(otherBan).toMatchObject({ source: 'binance-spot', category: 'ip-banned' });
    expect(otherBan?.retry).toEqual({ strategy: 'after', retryAt: now + 120_000, estimated: true });
  });
});

describe('detection', () => {
  it('a ccxt id several registered profiles list is weighed by their catalogs (ccxt `binance` also serves futures)', () => {
    const usdm: ExchangeProfile = {
      ...binanceUsdm,
      detect: { ...binanceUsdm.detect, ccxt: ['binanceusdm', 'binance'] },
    };
    expect(
      resolveExchangeError('binance {"code":-4015,"msg":"Client order id is not valid."}', {
        exchanges: [binanceSpot, usdm],
      }),
    ).toMatchObject({ source: 'binance-usdm', category: 'invalid-request' });
  });

  it('a success envelope every claimant reads as success is a success (Spot also claims `{"code":"0"}`)', () => {
    expect(resolve({ code: '0', msg: '', data: [{ sCode: '0', sMsg: 'Order placed' }] })).toBeNull();
    expect(resolve({ event: 'login', code: '0', msg: '', connId: 'a4d3ae55' })).toBeNull();
  });

  it('free text is not given to a catalog by the head of a two-word template ("Invalid request")', () => {
    expect(
      resolve(
        'invalid request, please check your server timestamp or recv_window param. req_timestamp[1678623600260],server_timestamp[1678623606869],recv_window[5000]',
      )?.source,
    ).not.toBe('okx');
  });

  it('a message one catalog documents under a neighbouring code outweighs a code both document', () => {
    expect(resolve({ code: -4016, msg: "Limit price can't be higher than 9953.53" })?.source).toBe(
      'binance-usdm',
    );
  });
});

describe('detection among exchanges whose answers look alike', () => {
  it('a code and message read out of text are no envelope: MEXC’s bare `{code, msg}` does not claim them', () => {
    const text = 'code=10001, msg=The number of contracts exceeds minimum limit allowed';
    // Bybit and MEXC both list 10001: the code cannot tell them apart, the words still decide.
    expect(resolveExchangeError(text, { exchanges: [bybit, mexc] })).toMatchObject({
      source: 'unknown',
      category: 'filter',
      field: 'quantity',
    });
    expect(
      resolveExchangeError({ code: 10072, msg: 'Api key info invalid' }, { exchanges: [bybit, mexc] })
        ?.source,
    ).toBe('mexc');
  });

  it('the words an SDK writes name its exchange: pybit, the okex SDK, Binance’s Java client for Spot', () => {
    const all = [binanceSpot, binanceUsdm, okx, bybit, mexc];
    expect(
      resolveExchangeError(
        'pybit.exceptions.InvalidRequestError: The number of contracts exceeds minimum limit allowed (ErrCode: 10001)',
        { exchanges: all },
      ),
    ).toMatchObject({ source: 'bybit', category: 'filter', field: 'quantity' });
    expect(
      resolveExchangeError('invalid request, please check your server timestamp (ErrCode: 10002).', {
        exchanges: all,
      }),
    ).toMatchObject({ source: 'bybit', category: 'clock-skew' });
    expect(
      resolveExchangeError(
        'okex.exceptions.OkexAPIException: API Request Error(code=50004): Endpoint request timeout.',
        { exchanges: all },
      )?.source,
    ).toBe('okx');
    const body = '{"code":-1111,"msg":"Precision is over the maximum defined for this asset."}';
    // The futures connector's package is not Spot's: a code both document stays unknown.
    const futures = `com.binance.connector.futures.client.exceptions.BinanceClientException: ${body}`;
    expect(resolveExchangeError(futures, { exchanges: all })?.source).toBe('unknown');
    expect(
      resolveExchangeError(`com.binance.connector.client.exceptions.BinanceClientException: ${body}`, {
        exchanges: all,
      })?.source,
    ).toBe('binance-spot');
    // python-binance serves Spot and futures alike: its words name neither, the catalogs weigh.
    expect(
      resolveExchangeError(
        'binance.exceptions.BinanceAPIException: APIError(code=-1021): Timestamp for this request is outside of the recvWindow.',
        {
          exchanges: all,
        },
      )?.source,
    ).toBe('unknown');
  });

  it('a ccxt map’s broad substring ("Invalid ") decides a category but is no evidence of the exchange', () => {
    expect(resolveExchangeError('Invalid Response: upstream closed', { exchanges: [bitopro] })?.source).toBe(
      'unknown',
    );
    expect(
      resolveExchangeError('Invalid amount', {
        exchanges: [bitopro],
        request: { method: 'POST', url: 'https://api.bitopro.com/v3/orders/btc_twd' },
      }),
    ).toMatchObject({ source: 'bitopro', category: 'filter' });
  });

  it('OKX claims its own socket frames only: not Gate’s failed subscription, nor Bitfinex’s error event', () => {
    const gate = {
      time: 1618814823,
      channel: 'futures.liquidates',
      event: 'subscribe',
      error: { code: 2, message: 'http get status code err, status : 400' },
      result: { status: 'failed' },
    };
    expect(resolveExchangeError(gate, { exchanges: [okx, gateProfile] })).toMatchObject({ code: 2 });
    expect(
      resolveExchangeError({ event: 'error', msg: 'auth: dup', code: 10100 }, { exchanges: [okx, bitfinex] }),
    ).toMatchObject({ source: 'bitfinex', category: 'auth', code: 10100 });
    // OKX's own acknowledgements and errors are still its.
    expect(
      resolveExchangeError(
        { event: 'subscribe', arg: { channel: 'tickers', instId: 'BTC-USDT' }, connId: 'a4d3ae55' },
        { exchanges: [okx, bitfinex] },
      ),
    ).toBeNull();
    expect(
      resolveExchangeError(
        { event: 'error', code: '60012', msg: 'Invalid request', connId: 'a4d3ae55' },
        { exchanges: [okx, bitfinex] },
      )?.source,
    ).toBe('okx');
  });

  it('socket errors that look alike are told apart by the catalogs (Bitget and Bitfinex), or read by their own exchange (KuCoin)', () => {
    const both = [bitfinex, bitget];
    expect(
      resolveExchangeError({ event: 'error', code: 30003, msg: 'INVALID op:login' }, { exchanges: both }),
    ).toMatchObject({ source: 'bitget', category: 'auth' });
    expect(
      resolveExchangeError({ event: 'error', msg: 'auth: dup', code: 10100 }, { exchanges: both })?.source,
    ).toBe('bitfinex');
    expect(
      resolveExchangeError(
        { type: 'error', code: 401, data: 'token is expired' },
        { exchanges: [kucoin, bitget] },
      ),
    ).toMatchObject({ source: 'kucoin', category: 'auth', message: 'token is expired' });
  });

  it('an answer a client re-serialised with capitalised keys is still read', () => {
    const body = {
      Code: -1003,
      Message:
        'Way too much request weight used; IP banned until 1651381254370. Please use the websocket for live updates to avoid bans.',
      Data: null,
    };
    expect(resolveExchangeError(body, { exchanges: [okx], now: 1651381254370 - 60_000 })).toMatchObject({
      code: -1003,
      category: 'ip-banned',
      retry: { strategy: 'after', retryAt: 1651381254370 },
    });
  });

  it('a documented code whose message is about something else altogether is no evidence', () => {
    // Spot's withdrawal refusal -4104; USD-M documents -4104 as "Invalid contract type".
    const body = {
      code: -4104,
      msg: 'Please note that withdrawals are not permitted due to travel rule restrictions. To facilitate the withdrawal process, please refer to Travel Rule documentation.',
    };
    expect(resolveExchangeError(body, { exchanges: [binanceSpot, binanceUsdm] })).toMatchObject({
      source: 'unknown',
      category: 'account-restricted',
    });
  });

  it('a bare `{code, message}` or `{code, msg, data}` is claimed only with a code the claimant lists', () => {
    // Poloniex's answer is LTP's envelope without its `data`, and a code LTP does not document.
    expect(
      resolveExchangeError({ code: 21351, message: 'User trade freeze' }, { exchanges: [ltp, poloniex] })
        ?.source,
    ).toBe('unknown');
    expect(
      resolveExchangeError(
        { code: 400001, message: 'Daily time limit exceeded' },
        { exchanges: [ltp, poloniex] },
      )?.source,
    ).toBe('ltp');
    // BingX answers in MEXC's spot shape; 101204 is BingX's code, not MEXC's.
    expect(
      resolveExchangeError(
        { code: 101204, msg: 'Insufficient margin', data: {} },
        { exchanges: [mexc, bingx] },
      ),
    ).toMatchObject({ source: 'unknown', category: 'insufficient-funds' });
  });

  it('an envelope with keys of its own is not LTP’s, and a text naming another site is not a catalog’s', () => {
    // BitMart's answer is LTP's envelope plus a `trace`.
    const bitmart = { trace: 'N/A', code: 30005, data: {}, message: 'Header X-BM-SIGN is wrong' };
    expect(resolveExchangeError(bitmart, { exchanges: [ltp, bybit] })?.source).toBe('unknown');
    // Bybit documents "order not exists", but the text says where it came from.
    const text =
      'OSError: Error calling https://api-cloud.bitmart.com/spot/v1/order_detail. HTTP status is 400. Message: order not exist';
    expect(resolveExchangeError(text, { exchanges: [bybit, okx] })).toMatchObject({
      source: 'unknown',
      category: 'not-found',
    });
    expect(
      resolveExchangeError(text.replace('api-cloud.bitmart.com', 'api.bybit.com'), {
        exchanges: [bybit, okx],
      })?.source,
    ).toBe('bybit');
  });

  it('a code a map lists without words is no evidence when anybody may send it (0, 429, 500)', () => {
    const text =
      'DDoSProtection whitebit 429 Too Many Requests {"code":0,"errors":{},"message":"Too many requests."}';
    expect(resolveExchangeError(text, { exchanges: [pacifica, bitvavo] })).toMatchObject({
      source: 'unknown',
      category: 'rate-limit',
    });
  });

  it('among tied profiles, those whose documents word the code decide the category (not a look-alike’s map)', () => {
    expect(
      resolveExchangeError('APIError(code=-1013): Invalid quantity.', {
        exchanges: [binanceSpot, binanceUsdm, aster],
      }),
    ).toMatchObject({ source: 'unknown', category: 'filter', field: 'quantity' });
  });
});

describe('answers no profile reads, by the keys and words most APIs use', () => {
  it('a failure to decode or subscribe is the request at fault, not the server: no backoff', () => {
    // A server that could not read the request's body (Hyperliquid's 422).
    expect(
      resolve(
        'hyperliquid POST https://api.hyperliquid.xyz/info 422 Unprocessable Entity Failed to deserialize the JSON body into the target type',
      ),
    ).toMatchObject({ category: 'invalid-request' });
    // Bybit's public socket, sent a nested subscribe object.
    expect(
      resolve(
        "{'success': False, 'ret_msg': 'Failed to decode incoming data:op.CmdReq.Args: []string: fuzzyStringDecoder: not number or string', 'conn_id': 'b20fa3ac', 'op': ''}",
      ),
    ).toMatchObject({ category: 'invalid-request', retry: { strategy: 'none' } });
    // ccxt's own text when an exchange refused the arguments.
    expect(
      resolve(
        'ccxt.base.errors.BadRequest: coinbase createOrder() has failed, check your arguments and parameters',
      ),
    ).toMatchObject({ category: 'invalid-request', retry: { strategy: 'none' } });
  });

  it.each([
    // Nonces and timestamps (Gemini, Poloniex, BingX, Bitvavo).
    ["Nonce '1490722675108' has not increased since your last call to the Gemini API.", 'clock-skew'],
    ["Nonce '1777322173198' is not within 30 seconds of server time '1777322173'", 'clock-skew'],
    ['Nonce must be greater than 1505453523869. You provided 1505455845.', 'clock-skew'],
    ['Null timestamp or timestamp mismatch, try to run our sample code', 'clock-skew'],
    [
      'Request was not received within acceptable window (default 30s, or custom with Bitvavo-Access-Window header)',
      'clock-skew',
    ],
    // Keys (Kraken, the OKX v3 socket).
    ['General:Permission denied', 'auth'],
    ['Invalid logon.', 'auth'],
    // Money before the request's shape (Bitfinex, Bitstamp).
    ['Invalid order: not enough tradable balance for 1.0 IOTETH at 0.002107', 'insufficient-funds'],
    [
      'You need 29.08 USD to open that order. You have only 29.05 USD available. Check your account balance for details.',
      'insufficient-funds',
    ],
    // Trading rules (Poloniex, Phemex, Hyperliquid), not a parameter's range ("ratio must be between").
    ['Total must be at least 0.0001.', 'filter'],
    ['Invalid quantity for symbol BTCUSD: 0.0008535960807300151', 'filter'],
    ['OrderQty must between 0 and 1000000', 'filter'],
    ['Order price cannot be more than 80% away from the reference price', 'filter'],
    ['The profit-sharing ratio must be between 0% and 30%', 'invalid-request'],
    // The request's shape (Coinbase, Deribit), a lookup (dYdX), a mode (Coinbase Exchange).
    ['proto: syntax error (line 1:1): unexpected token', 'invalid-request'],
    ['request entity too large', 'invalid-request'],
    ['No order found with id: 164fdc2720cb6fb42a76a73b', 'not-found'],
    ['Limit only mode', 'unsupported'],
    // The exchange (Gemini, Bitget).
    ['We are investigating technical issues with the Gemini Exchange.', 'unavailable'],
    ['service return an error', 'unavailable'],
    // A fourth batch: AscendEX, Independent Reserve, bitFlyer, BitMEX, LBank, EXMO.
    ['HTTP method is not allowed.', 'invalid-request'],
    ['Invalid credentials', 'auth'],
    ['Please accept the terms of use.', 'account-restricted'],
    ['This account has not yet been authenticated', 'account-restricted'],
    ['We require all new traders to verify their identity before their first deposit.', 'account-restricted'],
    ['currency pair nonsupport', 'unsupported'],
    ['Error 40038: GET parameters are forbidden in POST requests', 'invalid-request'],
    ['40009: The nonce parameter is less or equal than what was used before "1520608121756"', 'clock-skew'],
    // A lost connection, and an address whose query is no words (`limit=5`).
    ['Unable to read data from the transport connection: Connection reset by peer.', 'unavailable'],
    [
      'FetchError: request to https://api.binance.com/api/v3/trades?symbol=USDTBIDR&limit=5 failed, reason: socket hang up',
      'unavailable',
    ],
    // Poloniex's account answers.
    ['User trade freeze', 'account-restricted'],
    ['Low available balance', 'insufficient-funds'],
  ])('an undocumented message worded "%s" is %s', (message, category) => {
    expect(resolveExchangeError({ message }, { exchanges: [] })?.category).toBe(category);
  });

  it('an answer that says it may or may not have gone through is execution-unknown, on a read too (Bitvavo 101)', () => {
    const body = { errorCode: 101, error: 'Unknown error. Operation may or may not have succeeded.' };
    expect(resolveExchangeError(body, { exchanges: [] })?.category).toBe('execution-unknown');
    expect(
      resolveExchangeError(body, { exchanges: [], request: { method: 'POST', url: '/v2/order' } })?.retry
        .strategy,
    ).toBe('check-status');
  });

  it('a server that failed while handling an order leaves its outcome unknown (Bitget 40725)', () => {
    const body = { code: '40725', msg: 'service return an error', requestTime: 1666099529884, data: null };
    const order = { request: { method: 'POST', url: 'https://api.bitget.com/api/spot/v1/trade/orders' } };
    expect(resolveExchangeError(body, { exchanges: [bitget], ...order })?.category).toBe('execution-unknown');
  });

  it("a socket's reason is read with its message, and decides the category", () => {
    expect(
      resolve({ message: 'Failed to subscribe', reason: 'No channels provided', type: 'error' }),
    ).toMatchObject({
      source: 'unknown',
      category: 'invalid-request',
      message: 'Failed to subscribe: No channels provided',
    });
    expect(
      resolve({
        type: 'error',
        message: 'Failed to subscribe',
        reason: 'level2, level3, and full channels now require authentication.',
      }),
    ).toMatchObject({ category: 'auth' });
    // A reason the message already holds is not said twice.
    expect(resolve({ message: 'Bad request: no channels', reason: 'no channels' })?.message).toBe(
      'Bad request: no channels',
    );
  });

  it('a reason with no message, and errors by field (Bitstamp, WhiteBIT)', () => {
    expect(
      resolve({
        status: 'error',
        reason: 'Price is more than 80% below the market price.',
        response_code: '400.021',
      }),
    ).toMatchObject({ category: 'filter', message: 'Price is more than 80% below the market price.' });
    expect(
      resolve({ error: { price: ['Ensure that there are no more than 2 decimal places.'] } }),
    ).toMatchObject({
      category: 'filter',
      field: 'price',
      message: 'price: Ensure that there are no more than 2 decimal places.',
    });
    expect(resolve({ error: { __all__: ['Minimum order size is $5'] } })).toMatchObject({
      category: 'filter',
      message: 'Minimum order size is $5',
    });
    // Through a profile generated from ccxt's maps, whose reader reads the same details.
    expect(
      resolveExchangeError(
        { code: 32, errors: { amount: ['Should be a multiple of 100000.'] }, message: 'Validation failed' },
        { exchanges: [whitebit], source: 'whitebit' },
      )?.message,
    ).toBe('Validation failed: amount: Should be a multiple of 100000.');
    // A body whose errors cannot be read is read without them.
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no keys');
        },
      },
    );
    expect(resolve({ message: 'Validation failed', errors: hostile })?.message).toBe('Validation failed');
  });

  it('a label beside a message says what the message would (Gemini’s reason, Upbit’s name in Korean)', () => {
    expect(
      resolve({
        result: 'error',
        reason: 'InvalidNonce',
        message: "Nonce '1490722675108' has not increased.",
      }),
    ).toMatchObject({ category: 'clock-skew', message: "Nonce '1490722675108' has not increased." });
    const upbit = {
      error: { message: '암호화폐 지갑정보를 찾지 못했습니다.', name: 'coin_address_not_found' },
    };
    expect(resolve(upbit)).toMatchObject({ category: 'not-found', message: upbit.error.message });
    expect(resolveExchangeError(upbit, { exchanges: [upbitProfile], source: 'upbit' })?.category).toBe(
      'not-found',
    );
  });

  it('a code an exchange sends with two meanings is read by its words (BingX 100421)', () => {
    const options = { exchanges: [bingx], source: 'bingx' };
    expect(
      resolveExchangeError(
        { code: 100421, msg: 'Null timestamp or timestamp mismatch, try to run our sample code' },
        options,
      )?.category,
    ).toBe('clock-skew');
    expect(
      resolveExchangeError(
        { code: 100421, msg: 'This pair is currently restricted from API trading' },
        options,
      )?.category,
    ).toBe('account-restricted');
  });

  it('Bitfinex\'s order notification on the account\'s socket channel, `[0, "n", […]]`', () => {
    const order = Array.from({ length: 32 }, () => null);
    const frame = [
      0,
      'n',
      [
        1524135087973,
        'ou-req',
        null,
        null,
        order,
        null,
        'ERROR',
        'Invalid order: minimum size for ETC/USD is 0.8',
      ],
    ];
    expect(resolveExchangeError(frame, { exchanges: [bitfinex, bitget, okx, bybit] })).toMatchObject({
      source: 'bitfinex',
      category: 'filter',
      field: 'quantity',
      message: 'Invalid order: minimum size for ETC/USD is 0.8',
    });
    const done = [
      0,
      'n',
      [
        1524135087973,
        'on-req',
        null,
        null,
        order,
        null,
        'SUCCESS',
        'Submitting limit buy order for 0.8 ETC.',
      ],
    ];
    expect(resolveExchangeError(done, { exchanges: [bitfinex] })).toBeNull();
  });

  it("an SDK's response `{code: 200, message: 'OK', body: {…}}` carrying an error is that error, never a success", () => {
    const response = {
      code: 200,
      message: 'OK',
      body: { msg: 'The tags parameter is invalid.', code: '100040' },
      requestParams: { method: 'POST', endpoint: 'api/ua/v1/unified/order/place' },
    };
    expect(resolveExchangeError(response, { exchanges: [kucoin] })).toMatchObject({
      code: 100040,
      category: 'invalid-request',
      message: 'The tags parameter is invalid.',
    });
    // The same, as Node prints it (bare keys, single quotes) in a log.
    const printed = `{
  code: 200,
  message: 'OK',
  body: { msg: 'The tags parameter is invalid.', code: '100040' },
  requestParams: { method: 'POST', endpoint: 'api/ua/v1/unified/order/place' }
}`;
    expect(resolveExchangeError(printed, { exchanges: [kucoin] })).toMatchObject({
      code: 100040,
      category: 'invalid-request',
    });
    // A success envelope with data is still a success.
    expect(
      resolveExchangeError({ code: 200, message: 'OK', body: { orderId: '1' } }, { exchanges: [] }),
    ).toBeNull();
  });

  it('`error_msg`, and a frame whose only content is its `data` (Coinone, the OKEx v1 socket)', () => {
    expect(
      resolve({ result: 'error', error_code: '108', error_msg: 'Unknown CryptoCurrency' }),
    ).toMatchObject({
      code: 108,
      message: 'Unknown CryptoCurrency',
    });
    expect(
      resolve("[ { data: { error_code: 20102, error_msg: 'Invalid logon.', result: false } } ]"),
    ).toMatchObject({
      code: 20102,
      category: 'auth',
    });
  });

  it('a ccxt exception as a log prints it is read by its class, but does not name a source by itself', () => {
    const text =
      'ccxt.base.errors.InsufficientFunds: bybit {"ret_code":130021,"ret_msg":"oc_diff[236895165], new_oc[236895165] with ob[0]+AB[0]","ext_code":""}';
    expect(resolveExchangeError(text, { exchanges: [] })).toMatchObject({
      source: 'unknown',
      category: 'insufficient-funds',
    });
    expect(resolveExchangeError(text, { exchanges: [bybit] })).toMatchObject({
      source: 'bybit',
      category: 'insufficient-funds',
    });
    // The class alone before an exchange's id, when that exchange is registered.
    const gemini =
      '[InsufficientFunds] gemini {"result":"error","reason":"InsufficientFunds","message":"Failed"}';
    expect(resolveExchangeError(gemini, { exchanges: [bitget] })?.category).not.toBe('insufficient-funds');
    expect(resolveExchangeError(gemini, { exchanges: [geminiProfile] })?.category).toBe('insufficient-funds');
    // A resolver tells the printed class from an exception's, which names its exchange.
    const resolve = createExchangeErrorResolver({ exchanges: [] });
    const message = 'bybit {"ret_code":130021,"ret_msg":"oc_diff[1], new_oc[1] with ob[0]+AB[0]"}';
    expect(resolve(`ccxt.base.errors.InsufficientFunds: ${message}`)?.source).toBe('unknown');
    expect(resolve(new InsufficientFunds(message))?.source).toBe('bybit');
  });

  it('snake_case `error_code` and `error_message` (the retired OKX v3 API)', () => {
    expect(
      resolve(
        { error_message: 'Invalid order type', result: 'true', error_code: '35040', order_id: '-1' },
        { httpStatus: 400, request: { method: 'POST', url: 'https://www.okex.com/api/swap/v3/order' } },
      ),
    ).toMatchObject({
      source: 'okx',
      code: 35040,
      category: 'invalid-request',
      message: 'Invalid order type',
    });
  });

  it('a bad signature is not a clock problem because the signed string it quotes holds `recv_window=` (Bybit 10004)', () => {
    const body = {
      ret_code: 10004,
      ret_msg:
        'error sign! origin_string[api_key=&order_type=Limit&price=11288.0&qty=1&recv_window=5000&side=Buy]',
    };
    expect(resolve(body)).toMatchObject({ source: 'bybit', category: 'auth' });
  });

  it('an order refused for want of a position is a rejection, not a malformed request', () => {
    expect(
      resolve({ ret_code: 130125, ret_msg: 'current position is zero, cannot fix reduce-only order qty' }),
    ).toMatchObject({ source: 'bybit', code: 130125, category: 'order-rejected' });
  });
});

describe('Spot and USD-M registered together, without a request URL', () => {
  // With only binanceSpot registered these resolve as the Spot profile says; with binanceUsdm beside
  // it both claim `{code,msg}` and tie on a code both document, so the generic reading takes over
  // (7 of the 58 lines of real-payloads.dev.jsonl change category that way).
  const binance = { exchanges: [binanceSpot, binanceUsdm] };

  it('a message that is a documented heading counts as that catalog recognising it', () => {
    expect(resolveExchangeError({ code: -2022, msg: 'Order cancel-replace failed.' }, binance)).toMatchObject(
      {
        source: 'binance-spot',
        category: 'order-rejected',
      },
    );
  });

  it('tied claimants whose own rules agree on the category keep it', () => {
    expect(resolveExchangeError({ code: -1013, msg: 'Invalid quantity.' }, binance)).toMatchObject({
      category: 'filter',
      field: 'quantity',
    });
  });
});

describe('matching', () => {
  it("a message without the template's final period still matches the template (matchCatalog's pre-check)", () => {
    expect(matchCatalog(okx, 50102, 'Timestamp request expired')?.template).toBe(
      'Timestamp request expired.',
    );
  });

  it('a quote left over from the wrapper does not stop the match', () => {
    expect(
      resolve("Encountered Exception ('ExecuteError', '[Executing] -4003: Quantity less than zero.')"),
    ).toMatchObject({
      message: 'Quantity less than zero.',
      category: 'filter',
    });
  });
});
