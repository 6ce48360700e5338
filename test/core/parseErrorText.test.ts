import { describe, expect, it } from 'vitest';
import { parseErrorText } from '../../src/core/parseErrorText';

describe('reading codes and messages out of wrapper text', () => {
  it.each([
    [
      'binance.exceptions.BinanceAPIException: APIError(code=-2010): Account has insufficient balance for requested action.',
      -2010,
      'Account has insufficient balance for requested action.',
    ],
    [
      'com.webcerebrium.binance.api.BinanceApiException: ERROR: -1013, Filter failure: LOT_SIZE',
      -1013,
      'Filter failure: LOT_SIZE',
    ],
    ['handleCreate [binance.js] Error -1013: Filter failure: LOT_SIZE', -1013, 'Filter failure: LOT_SIZE'],
    [
      "API Error [-4164]: Order's notional must be no smaller than 20 (unless you choose reduce only).",
      -4164,
      "Order's notional must be no smaller than 20 (unless you choose reduce only).",
    ],
    ["code: -2019, msg: 'Margin is insufficient.'", -2019, 'Margin is insufficient.'],
    ['<APIError> code=-1003, msg=Too many requests queued.', -1003, 'Too many requests queued.'],
    [
      '"code":-1021,"msg":"Timestamp for this request was 1000ms ahead of the server\\\'s time."',
      -1021,
      "Timestamp for this request was 1000ms ahead of the server's time.",
    ],
    [
      "binance.error.ClientError: (400, -2011, 'Unknown order sent.', {'Content-Type': 'application/json'})",
      -2011,
      'Unknown order sent.',
    ],
    [
      'ERROR:root:Timestamp for this request is outside of the recvWindow.',
      null,
      'Timestamp for this request is outside of the recvWindow.',
    ],
    [
      'UnhandledPromiseRejectionWarning: Error: Timestamp for this request is outside of the recvWindow.',
      null,
      'Timestamp for this request is outside of the recvWindow.',
    ],
    [
      'Exception in thread "main" com.x.BinanceClientException: Filter failure: LOT_SIZE',
      null,
      'Filter failure: LOT_SIZE',
    ],
    [
      'ccxt.base.errors.ExchangeNotAvailable: binance GET https://api.binance.com/api/v3/time 503 Service Unavailable',
      null,
      'Service Unavailable',
    ],
    [
      'X.BinanceException: Way too much request weight used. (HTTP status code: 418)',
      null,
      'Way too much request weight used.',
    ],
    // JSON quoted inside a Go string and cut off where the log line was cut.
    [
      'request failed with status code: 429, body: "{\\"msg\\":\\"Too Many Requests\\",\\"code\\":\\"50011\\"',
      50011,
      'Too Many Requests',
    ],
    // A Java map as printed: the message ends at the next key.
    [
      '{retCode=10003, retMsg=API key is invalid., result={}, retExtInfo={}, time=1714065629010}',
      10003,
      'API key is invalid.',
    ],
    // A wrapper's name is no message; a sentence before a bracketed code is one.
    ['APIError(code=-1015): ', -1015, ''],
    ['Rate limit (ErrCode: 10006)', 10006, 'Rate limit'],
    // Binance.Net: the status, its reason, the message, then the code in brackets.
    [
      "[BadRequest]: 'Bad Request' - Rest API trading is not enabled. (-2010)",
      -2010,
      'Rest API trading is not enabled.',
    ],
  ])('%s', (text, code, message) => {
    expect(parseErrorText(text)).toMatchObject({ code, message });
  });

  it('finds the HTTP status in the wrapper', () => {
    expect(parseErrorText('X: foo (HTTP status code: 418)').httpStatus).toBe(418);
    expect(
      parseErrorText('binance GET https://api.binance.com/api/v3/exchangeInfo 451 {"code":0,"msg":"x"}'),
    ).toMatchObject({ httpStatus: 451, code: 0 });
    expect(parseErrorText("{'id': 'a', 'status': 400, 'error': {'code': -1100}}").httpStatus).toBe(400);
    expect(parseErrorText('Error: Response code 400 ... { code: -1022 }')).toMatchObject({
      httpStatus: 400,
      code: -1022,
    });
  });

  it('does not take a status code for the exchange code', () => {
    expect(parseErrorText('Something failed (HTTP status code: 418)').code).toBeNull();
  });

  it('keeps brackets the message itself opened', () => {
    expect(
      parseErrorText('Error -4164: notional must be no smaller than 5 (unless you choose reduce only)}')
        .message,
    ).toBe('notional must be no smaller than 5 (unless you choose reduce only)');
  });
});
