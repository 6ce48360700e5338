import { ExchangeError, NetworkError, RequestTimeout } from 'ccxt';
import { describe, expect, it } from 'vitest';
import { createExchangeErrorResolver } from '../../src/core/createExchangeErrorResolver';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import type { ResolveOptions } from '../../src/core/types';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { binanceUsdm } from '../../src/exchanges/binance-usdm';
import { bybit } from '../../src/exchanges/bybit';
import { ltp } from '../../src/exchanges/ltp';
import { okx } from '../../src/exchanges/okx';
import { equalCopy } from '../support/equalCopy';
import { loadFixtures } from '../support/fixtures';

/**
 * A resolver remembers what it read (texts, exceptions, small plain bodies, keyed by content and
 * hints): whatever it returns from memory must be what a fresh resolution returns.
 */
const exchanges = [binanceSpot, binanceUsdm, okx, bybit, ltp];
const NOW = Date.UTC(2026, 0, 1);

interface Line {
  raw: string;
  http_status: number | null;
  request?: { method: string; url: string };
}
const lines = ['real-payloads.dev.jsonl', 'binance-usdm.jsonl', 'okx.jsonl', 'bybit.jsonl'].flatMap((name) =>
  loadFixtures<Line>(name),
);

/** Each payload as an app meets it: the text, the parsed body, and an exception carrying the text. */
function formsOf(raw: string): unknown[] {
  const forms: unknown[] = [raw, new Error(raw)];
  try {
    const body: unknown = JSON.parse(raw);
    if (typeof body === 'object' && body !== null) forms.push(body);
  } catch {
    // Not JSON: text and exception only.
  }
  return forms;
}

describe('a resolver answering from memory', () => {
  it('answers every real payload, in every form, as a fresh resolution does (first, again, and for an equal copy)', () => {
    const resolve = createExchangeErrorResolver({ exchanges, now: NOW });
    let compared = 0;
    for (const line of lines) {
      const hints: ResolveOptions = { httpStatus: line.http_status ?? undefined, request: line.request };
      for (const input of formsOf(line.raw)) {
        const fresh = resolveExchangeError(input, { exchanges, now: NOW, ...hints });
        const copy = equalCopy(input);
        for (const again of [input, input, copy]) {
          const remembered = resolve(again, hints);
          expect(remembered === null ? null : { ...remembered, raw: undefined }).toEqual(
            fresh === null ? null : { ...fresh, raw: undefined },
          );
          expect(remembered?.raw).toBe(again);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(400);
  });

  it('answers a text shaped like its own memory keys as a fresh resolution does', () => {
    const resolve = createExchangeErrorResolver({ exchanges, now: NOW });
    const lot = '{"code":-1013,"msg":"Filter failure: LOT_SIZE"}';
    const funds = '{"code":-2010,"msg":"Account has insufficient balance for requested action."}';
    // Read first, so each key below is in memory when a text spelled like it arrives.
    resolve(lot);
    resolve(JSON.parse(funds));
    resolve(lot, { httpStatus: 400 });
    const shaped = [
      `\u0000t\u0000${lot}`,
      `\u0000i\u0000o${funds}`,
      `\u0000i\u0000400\u0000\u0000\u0000\u0000s${lot}`,
      `s${lot}`,
      `o${funds}`,
    ];
    for (const text of shaped) {
      const fresh = resolveExchangeError(text, { exchanges, now: NOW });
      for (const again of [text, text]) {
        expect({ ...resolve(again), raw: undefined }, JSON.stringify(text)).toEqual({
          ...fresh,
          raw: undefined,
        });
      }
    }
  });

  it('tells apart inputs remembered under one message: its text, bodies with other codes, statuses or keys', () => {
    const resolve = createExchangeErrorResolver({ exchanges, now: NOW });
    const msg = 'Filter failure: LOT_SIZE';
    // More inputs under one message than the memory keeps for it, so the first ones drop out.
    const inputs: [unknown, ResolveOptions?][] = [
      [{ code: -1013, msg }],
      [msg],
      [msg, { httpStatus: 429 }],
      [new Error(msg)],
      [new ExchangeError(msg)],
      [{ code: -1013, message: msg }],
      [{ msg, code: -1013 }],
      [{ code: '-1013', msg }],
      ...[-2010, -1100, -1021, 51008, 10001, 170131, -4164, 1].map((code): [unknown] => [{ code, msg }]),
      [{ code: -1013, msg }, { httpStatus: 418 }],
      [{ code: -1013, msg }, { source: 'okx' }],
    ];
    for (let pass = 0; pass < 3; pass++) {
      for (const [input, hints] of inputs) {
        const fresh = resolveExchangeError(input, { exchanges, now: NOW, ...hints });
        expect({ ...resolve(input, hints), raw: undefined }, `${JSON.stringify(input)} ${pass}`).toEqual({
          ...fresh,
          raw: undefined,
        });
      }
    }
  });

  it('reads a body again when its content changed, not what the same object held before', () => {
    const resolve = createExchangeErrorResolver({ exchanges: [binanceSpot] });
    const body = { code: -1013, msg: 'Filter failure: LOT_SIZE' };
    expect(resolve(body)?.field).toBe('quantity');
    body.msg = 'Filter failure: PRICE_FILTER';
    expect(resolve(body)?.field).toBe('price');
  });

  it('reads the same object again when anything in it changed, however deep, or the call’s hints did', () => {
    const resolve = createExchangeErrorResolver({ exchanges: [binanceSpot], now: NOW });
    const frame: { id: string; status: number; error: Record<string, unknown> } = {
      id: 'req-1',
      status: 400,
      error: { code: -1013, msg: 'Filter failure: LOT_SIZE' },
    };
    expect(resolve(frame)?.field).toBe('quantity');
    expect(resolve(frame)?.field).toBe('quantity');
    frame.error.msg = 'Filter failure: PRICE_FILTER';
    expect(resolve(frame)?.field).toBe('price');
    frame.error.code = -2013;
    frame.error.msg = 'Order does not exist.';
    expect(resolve(frame)?.category).toBe('not-found');
    // A key added, then taken away again.
    frame.error.data = { retryAfter: NOW + 5_000 };
    frame.error.code = -1003;
    frame.error.msg = 'Too much request weight used; current limit is 6000 request weight per 1 MINUTE.';
    frame.status = 429;
    expect(resolve(frame)?.retry).toEqual({ strategy: 'after', retryAt: NOW + 5_000 });
    delete frame.error.data;
    expect(resolve(frame)?.retry).toEqual({ strategy: 'after', retryAt: NOW + 60_000 });

    const order = { method: 'POST', url: 'https://api.binance.com/api/v3/order' };
    const timeout = new Error('socket hang up');
    expect(resolve(timeout, { request: order })?.category).toBe('execution-unknown');
    expect(resolve(timeout)?.category).toBe('unavailable');
    expect(resolve(timeout, { request: order })?.category).toBe('execution-unknown');
    // An answer attached to the same exception after it was first read.
    Object.assign(timeout, {
      status: 400,
      body: { code: -2010, msg: 'Order would immediately match and take.' },
    });
    expect(resolve(timeout, { request: order })?.category).toBe('order-rejected');
  });

  it('tells apart arrays by their length, exceptions by their name, and never keys a body by what it hides', () => {
    const resolve = createExchangeErrorResolver({ exchanges: [binanceSpot] });
    const fresh = (input: unknown) => resolveExchangeError(input, { exchanges: [binanceSpot] });
    // A batch answer's `total` is its length: holes at its end leave no key to see.
    const batch: unknown[] = [{ code: -2010, msg: 'Account has insufficient balance for requested action.' }];
    expect(resolve(batch)?.items).toEqual({ failed: [0], total: 1 });
    batch.length = 3;
    expect(resolve(batch)?.items).toEqual(fresh(batch)?.items);
    expect(resolve(batch)?.items).toEqual({ failed: [0], total: 3 });
    const holey = [{ code: -2010, msg: 'Account has insufficient balance for requested action.' }];
    holey.length = 4;
    expect(resolve(holey)?.items).toEqual({ failed: [0], total: 4 });
    // A ccxt exception's name picks its class before its prototype does.
    const renamed = new ExchangeError('binance {"code":-9999,"msg":"whatever"}');
    expect(resolve(renamed)?.category).toBe(fresh(renamed)?.category);
    renamed.name = 'InsufficientFunds';
    expect(resolve(renamed)?.category).toBe('insufficient-funds');
    // A property the content cannot see, but the reading reads.
    expect(resolve({ code: -1013 })?.field).toBeUndefined();
    const hidden = { code: -1013 };
    Object.defineProperty(hidden, 'msg', { value: 'Filter failure: PRICE_FILTER', enumerable: false });
    expect(resolve(hidden)?.field).toBe('price');
  });

  it('reads a body whose getter answers differently at each call as it is at that call', () => {
    const resolve = createExchangeErrorResolver({ exchanges: [binanceSpot] });
    const messages = ['Filter failure: LOT_SIZE', 'Filter failure: PRICE_FILTER'];
    let calls = 0;
    const body = {
      code: -1013,
      get msg(): string {
        return messages[Math.floor(calls++ / 1_000) % 2] ?? '';
      },
    };
    expect(resolve(body)?.field).toBe('quantity');
    calls = 1_000;
    expect(resolve(body)?.field).toBe('price');
  });

  it('tells apart exceptions with one message and different attached answers', () => {
    const resolve = createExchangeErrorResolver({ exchanges: [binanceSpot] });
    const failed = (body: object) => Object.assign(new Error('Request failed'), { status: 400, body });
    expect(
      resolve(failed({ code: -2010, msg: 'Account has insufficient balance for requested action.' })),
    ).toMatchObject({
      category: 'insufficient-funds',
    });
    expect(
      resolve(failed({ code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' })),
    ).toMatchObject({
      category: 'clock-skew',
    });
  });

  it('tells apart ccxt classes with one message, and the hints of each call', () => {
    const resolve = createExchangeErrorResolver({ exchanges: [binanceSpot] });
    const order = { method: 'POST', url: 'https://api.binance.com/api/v3/order' };
    const message = 'binance POST https://api.binance.com/api/v3/order';
    expect(resolve(new RequestTimeout(message), { request: order })?.category).toBe('execution-unknown');
    expect(
      resolve(new NetworkError(`${message} getaddrinfo ENOTFOUND`), { request: order })?.category,
    ).not.toBe('execution-unknown');
    const lost = resolve(new Error('socket hang up'), { request: order });
    const read = resolve(new Error('socket hang up'), { request: { method: 'GET', url: order.url } });
    expect([lost?.category, read?.category]).toEqual(['execution-unknown', 'unavailable']);
  });

  it('reads a body with a throwing getter or a class instance afresh, never failing on it', () => {
    const resolve = createExchangeErrorResolver({ exchanges: [binanceSpot] });
    const hostile = {
      code: -1013,
      get msg(): string {
        throw new Error('getter');
      },
    };
    expect(resolve(hostile)?.code).toBe(-1013);
    expect(resolve(hostile)?.code).toBe(-1013);
    const dated = { code: -2013, msg: 'Order does not exist.', at: new Date(NOW) };
    expect(resolve(dated)?.category).toBe('not-found');
    expect(resolve({ ...dated })?.category).toBe('not-found');
  });
});

describe('what a resolution reads, and what it keeps', () => {
  it('reads the profiles of the array as it is at each call, though an app reuses and changes it', () => {
    const okxBody = {
      code: '1',
      msg: '',
      data: [{ sCode: '51008', sMsg: 'Order failed. Insufficient USDT balance.' }],
    };
    const registered: (typeof binanceSpot | typeof okx)[] = [binanceSpot];
    expect(resolveExchangeError(okxBody, { exchanges: registered })?.source).toBe('unknown');
    registered.push(okx);
    expect(resolveExchangeError(okxBody, { exchanges: registered })).toMatchObject({
      source: 'okx',
      code: 51008,
      category: 'insufficient-funds',
    });
    // A new array with the same profiles, as `{ exchanges: [binanceSpot] }` written in every call.
    expect(resolveExchangeError(okxBody, { exchanges: [binanceSpot] })?.source).toBe('unknown');
  });

  it('never builds an exception’s stack trace: the message and attached fields say what there is', () => {
    let built = 0;
    const error = new Error(
      'binance {"code":-2010,"msg":"Account has insufficient balance for requested action."}',
    );
    // An engine builds the text of `stack` when it is first read, as this getter stands for.
    Object.defineProperty(error, 'stack', {
      get: () => {
        built++;
        return 'Error: at somewhere';
      },
    });
    expect(resolveExchangeError(error, { exchanges })?.category).toBe('insufficient-funds');
    expect(createExchangeErrorResolver({ exchanges })(error)?.category).toBe('insufficient-funds');
    expect(built).toBe(0);
  });
});
