import { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/core/redactSecrets';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import { binanceSpot } from '../../src/exchanges/binance-spot';

const API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
const LISTEN_KEY = 'pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1';

/** Every field of a resolution but `raw`, as text. */
const visible = (input: unknown) => {
  const { raw, ...rest } = resolveExchangeError(input, { exchanges: [binanceSpot] }) ?? {};
  return JSON.stringify(rest);
};

describe('redactSecrets', () => {
  it.each([
    [
      `/api/v3/order?symbol=BTCUSDT&timestamp=1&signature=${SIGNATURE}`,
      '/api/v3/order?symbol=BTCUSDT&timestamp=1&signature=[redacted]',
    ],
    [`{"apiKey":"${API_KEY}","symbol":"BTCUSDT"}`, '{"apiKey":"[redacted]","symbol":"BTCUSDT"}'],
    [
      `{'X-MBX-APIKEY': '${API_KEY}', 'Accept': 'application/json'}`,
      "{'X-MBX-APIKEY': '[redacted]', 'Accept': 'application/json'}",
    ],
    [`X-MBX-APIKEY: ${API_KEY}`, 'X-MBX-APIKEY: [redacted]'],
    ['Authorization: Bearer abc.def.ghi', 'Authorization: Bearer [redacted]'],
    [`wss://stream.binance.com:9443/ws/${LISTEN_KEY}`, 'wss://stream.binance.com:9443/ws/[redacted]'],
    [`listenKey=${LISTEN_KEY.slice(0, 20)}`, 'listenKey=[redacted]'],
    [
      'secret=s3cr3t&passphrase=hunter2&token=t0k',
      'secret=[redacted]&passphrase=[redacted]&token=[redacted]',
    ],
    ['sign=abcdef1&ts=1', 'sign=[redacted]&ts=1'],
    // People choose passwords and passphrases: a word there is still a secret.
    ['password=hunter&passphrase: Correct', 'password=[redacted]&passphrase: [redacted]'],
    ['apikey: invalidKeyAbc', 'apikey: [redacted]'],
    ['Authorization: Basic dXNlcjpodW50ZXIycGFzcw==', 'Authorization: Basic [redacted]'],
    ['Authorization: Token abc123', 'Authorization: Token [redacted]'],
    ['authorization=HMAC-SHA256 Credential=abc', 'authorization=HMAC-SHA256 [redacted]'],
    ['Authorization: abc123', 'Authorization: [redacted]'],
    [`{"X-MBX-APIKEY":["${API_KEY}"]}`, '{"X-MBX-APIKEY":["[redacted]"]}'],
    [
      'GET /api/v3/order?symbol=BTCUSDT%26signature%3Dabc123def',
      'GET /api/v3/order?symbol=BTCUSDT%26signature%3D[redacted]',
    ],
  ])('%s', (text, redacted) => {
    expect(redactSecrets(text)).toBe(redacted);
  });

  it('changes nothing the second time: redacted text stays as it is', () => {
    const texts = [
      `/api/v3/order?signature=${SIGNATURE}`,
      `{"apiKey":"${API_KEY}"}`,
      'Authorization: Bearer abc.def.ghi',
      `wss://stream.binance.com:9443/ws/${LISTEN_KEY}`,
      'secret=s3cr3t&passphrase=hunter2&token=t0k',
    ];
    for (const text of texts) expect(redactSecrets(redactSecrets(text))).toBe(redactSecrets(text));
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = redactSecrets(text);
        expect(redactSecrets(once)).toBe(once);
      }),
      { numRuns: 2_000 },
    );
    const credential = fc.constantFrom('signature', 'apiKey', 'token', 'X-MBX-APIKEY', 'Authorization');
    const separator = fc.constantFrom('=', ': ', '":"', "': '", ': Bearer ');
    fc.assert(
      fc.property(credential, separator, fc.string({ minLength: 1 }), (name, sep, value) => {
        const once = redactSecrets(`${name}${sep}${value}`);
        expect(redactSecrets(once)).toBe(once);
      }),
      { numRuns: 2_000 },
    );
  });

  it('leaves ordinary messages alone', () => {
    for (const text of [
      'This token is not currently supported, please re-enter',
      'The Agreement is not signed',
      'Signature for this request is not valid.',
      // The exchange's own words after a credential's name are not a credential.
      'apikey: invalid',
      'Invalid apiKey: Expired.',
      'signature: mismatch',
      'X-MBX-APIKEY: MISSING',
      'listenKey=expired',
      'token: required!',
    ]) {
      expect(redactSecrets(text)).toBe(text);
    }
  });
});

describe('secrets never leave the raw input', () => {
  it('an axios error carrying the API key header and a signed URL', () => {
    const config = {
      method: 'post',
      url: `/api/v3/order?symbol=BTCUSDT&signature=${SIGNATURE}`,
      headers: new AxiosHeaders({ 'X-MBX-APIKEY': API_KEY }),
    } as InternalAxiosRequestConfig;
    const error = new AxiosError(
      `Request failed: POST ${config.url}`,
      'ERR_BAD_REQUEST',
      config,
      {},
      {
        status: 400,
        statusText: 'Bad Request',
        data: { code: -1022, msg: 'Signature for this request is not valid.' },
        headers: new AxiosHeaders(),
        config,
      },
    );
    expect(visible(error)).not.toContain(API_KEY);
    expect(visible(error)).not.toContain(SIGNATURE);
  });

  it.each([
    `binance POST https://api.binance.com/api/v3/order?signature=${SIGNATURE} 400 {"code":-1022,"msg":"Signature for this request is not valid."}`,
    `APIError(code=-2015): Invalid API-key, IP, or permissions for action. headers={'X-MBX-APIKEY': '${API_KEY}'}`,
    `Request to wss://stream.binance.com:9443/ws/${LISTEN_KEY} failed: connection reset`,
    { code: -1125, msg: `This listenKey does not exist: ${LISTEN_KEY}` },
    { msg: `Illegal characters found in parameter 'signature'; legal range is '${SIGNATURE}'.`, code: -1100 },
  ])('in messages, params, titles and descriptions: %j', (input) => {
    const text = visible(input);
    for (const secret of [API_KEY, SIGNATURE, LISTEN_KEY]) expect(text).not.toContain(secret);
  });

  it('for any secret value in any of the places it is usually found', () => {
    const carriers = [
      (s: string) => `GET /api/v3/account?timestamp=1&signature=${s}`,
      (s: string) => `{"code":-2015,"msg":"Invalid API-key","apiKey":"${s}"}`,
      (s: string) => `{'X-MBX-APIKEY': '${s}'}`,
      (s: string) => ({ code: -1022, msg: `Bad signature=${s}` }),
      (s: string) => new Error(`listenKey=${s} expired`),
    ];
    // Keys, signatures and listen keys are machine strings: letters and digits, never a plain word.
    const secretValue = fc
      .tuple(
        fc.string({
          unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
          minLength: 11,
          maxLength: 63,
        }),
        fc.integer({ min: 0, max: 9 }),
      )
      .map(([text, digit]) => `${text}${digit}`);
    fc.assert(
      fc.property(
        secretValue,
        fc.integer({ min: 0, max: carriers.length - 1 }),
        (secret, which) => !visible(carriers[which]!(secret)).includes(secret),
      ),
    );
  });

  it('keeps the raw input as it was', () => {
    const body = { code: -1022, msg: `Signature ${SIGNATURE} is not valid.` };
    expect(resolveExchangeError(body)?.raw).toBe(body);
    expect(body.msg).toContain(SIGNATURE);
  });
});
