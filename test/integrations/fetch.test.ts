import { describe, expect, it, vi } from 'vitest';
import { createExchangeErrorStore } from '../../src/index';
import { createExchangeFetch } from '../../src/transport';
import { createFakeClock } from '../support/fakeClock';
import { bodies, NOW, rejection, resolve } from './payloads';

const API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';
const ORDER_URL = `https://api.example.com/api/v3/order?symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=0.0001234&timestamp=1767268800000&signature=${SIGNATURE}`;
const signed = { method: 'POST', headers: { 'X-MBX-APIKEY': API_KEY } } as const;

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A fetch that answers every call with the given response. */
const answering = (response: () => Response | Promise<Response>) => vi.fn(async () => response());

describe('createExchangeFetch', () => {
  it('rejects a 400 filter failure with the resolved error and no secret in its message or request', async () => {
    const exchangeFetch = createExchangeFetch({ resolve, fetch: answering(() => json(bodies.lotSize, 400)) });
    const error = await rejection(exchangeFetch(ORDER_URL, signed));
    expect(error.resolved).toMatchObject({
      category: 'filter',
      filter: 'LOT_SIZE',
      field: 'quantity',
      httpStatus: 400,
    });
    expect(error.message).toContain('LOT_SIZE');
    expect(error.request).toEqual({
      method: 'POST',
      url: ORDER_URL.replace(SIGNATURE, '[redacted]'),
    });
    const visible = JSON.stringify({
      message: error.message,
      stack: error.stack,
      request: error.request,
      error,
    });
    expect(visible).not.toContain(SIGNATURE);
    expect(visible).not.toContain(API_KEY);
  });

  it('keeps a signature echoed by an HTML error page out of the message', async () => {
    const page = `<html><body><h1>403 Forbidden</h1><p>Request blocked: POST ${ORDER_URL}</p></body></html>`;
    const exchangeFetch = createExchangeFetch({
      resolve,
      fetch: answering(() => new Response(page, { status: 403, headers: { 'content-type': 'text/html' } })),
    });
    const error = await rejection(exchangeFetch(ORDER_URL, signed));
    expect(error.message).not.toContain(SIGNATURE);
    expect(error.resolved.message).not.toContain(SIGNATURE);
    expect(error.resolved.message).not.toContain('<h1>');
  });

  it('redacts the message even when an app-written resolver echoes the signed URL', async () => {
    const careless = (input: unknown, options?: Parameters<typeof resolve>[1]) => {
      const resolved = resolve(input, options);
      return resolved && { ...resolved, message: `rejected: POST ${ORDER_URL}` };
    };
    const exchangeFetch = createExchangeFetch({
      resolve: careless,
      fetch: answering(() => json(bodies.lotSize, 400)),
    });
    const error = await rejection(exchangeFetch(ORDER_URL, signed));
    expect(error.message).toContain('signature=[redacted]');
    expect(error.message).not.toContain('[redacted]]');
    expect(error.message).not.toContain(SIGNATURE);
  });

  it('reads Retry-After from a 429 into retryAt and opens the store cooldown', async () => {
    const clock = createFakeClock(NOW);
    const store = createExchangeErrorStore({ resolve, clock });
    const exchangeFetch = createExchangeFetch({
      store,
      fetch: answering(() => json(bodies.tooManyRequests, 429, { 'Retry-After': '30' })),
    });
    const error = await rejection(exchangeFetch('https://api.example.com/api/v3/account'));
    expect(error.resolved.category).toBe('rate-limit');
    expect(error.resolved.retry).toEqual({ strategy: 'after', retryAt: NOW + 30_000 });
    expect(store.getSnapshot().cooldown?.until).toBe(NOW + 30_000);
    expect(store.getSnapshot().entries).toHaveLength(1);
  });

  it("counts an error once when the app's own catch reports it after the wrapper did", async () => {
    const store = createExchangeErrorStore({ resolve, clock: createFakeClock(NOW) });
    const exchangeFetch = createExchangeFetch({ store, fetch: answering(() => json(bodies.lotSize, 400)) });
    const error = await rejection(exchangeFetch(ORDER_URL, { method: 'POST' }));
    expect(store.report(error)).toBe(store.getSnapshot().entries[0]?.id);
    expect(store.getSnapshot().entries[0]?.count).toBe(1);
    expect(store.getSnapshot().totals.reported).toBe(1);
    expect(store.getSnapshot().entries[0]?.request?.url).toBe(ORDER_URL.replace(SIGNATURE, '[redacted]'));
  });

  it('rejects an LTP error envelope that arrives with HTTP 200', async () => {
    const exchangeFetch = createExchangeFetch({
      resolve,
      fetch: answering(() => json(bodies.ltpDailyLimit)),
    });
    const error = await rejection(exchangeFetch('https://api.example.com/api/v1/portfolio/assets'));
    expect(error.resolved).toMatchObject({ source: 'ltp', code: 400001, known: true, httpStatus: 200 });
  });

  it("returns Binance's SAPI success envelope (a gift card bought) untouched: resending would buy another", async () => {
    const bought = {
      code: '000000',
      message: 'success',
      data: { referenceNo: '0033002144060553', code: '6H9EKF5ECCWFBHGE' },
      success: true,
    };
    const store = createExchangeErrorStore({ resolve, clock: createFakeClock(NOW) });
    const exchangeFetch = createExchangeFetch({ store, fetch: answering(() => json(bought)) });
    const response = await exchangeFetch('https://api.example.com/sapi/v1/giftcard/createCode', {
      method: 'POST',
    });
    expect(await response.json()).toEqual(bought);
    expect(store.getSnapshot().totals.reported).toBe(0);
    expect(resolve(bought)).toBeNull();
    // The success code alone says it too; the same shape failing is still an error.
    expect(resolve({ code: '000000', message: 'success', data: {} })).toBeNull();
    expect(
      resolve({ ...bought, code: '345102', message: 'Gift card not found', success: false }),
    ).not.toBeNull();
  });

  it('returns an LTP success envelope untouched, body still readable', async () => {
    const store = createExchangeErrorStore({ resolve, clock: createFakeClock(NOW) });
    const exchangeFetch = createExchangeFetch({ store, fetch: answering(() => json(bodies.ltpSuccess)) });
    const response = await exchangeFetch('https://api.example.com/api/v1/portfolio/assets');
    expect(await response.json()).toEqual(bodies.ltpSuccess);
    expect(store.getSnapshot().totals.reported).toBe(0);
  });

  it('does not resolve ordinary 200 bodies: arrays, and objects without a code', async () => {
    const klines = [[1767268800000, '1.0', '2.0']];
    const order = { symbol: 'BTCUSDT', orderId: 28, status: 'NEW' };
    const spy = vi.fn(resolve);
    for (const body of [klines, order]) {
      const response = await createExchangeFetch({ resolve: spy, fetch: answering(() => json(body)) })('/x');
      expect(await response.json()).toEqual(body);
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it('with throwOnError false returns the failed response and reports the error', async () => {
    const store = createExchangeErrorStore({ resolve, clock: createFakeClock(NOW) });
    const exchangeFetch = createExchangeFetch({
      store,
      throwOnError: false,
      fetch: answering(() => json(bodies.badSignature, 400)),
    });
    const response = await exchangeFetch(ORDER_URL, signed);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(bodies.badSignature);
    expect(store.getSnapshot().entries[0]?.error.category).toBe('auth');
    expect(store.getSnapshot().entries[0]?.request).toMatchObject({ method: 'POST' });
    expect(JSON.stringify(store.getSnapshot().entries[0]?.request)).not.toContain(SIGNATURE);
  });

  it('turns a network failure while placing an order into execution-unknown', async () => {
    const exchangeFetch = createExchangeFetch({
      resolve,
      fetch: vi.fn(async () => {
        throw new TypeError('fetch failed');
      }),
    });
    const error = await rejection(exchangeFetch(ORDER_URL, signed));
    expect(error.resolved.category).toBe('execution-unknown');
    expect(error.resolved.retry.strategy).toBe('check-status');
  });

  it('passes an abort through unchanged', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    const exchangeFetch = createExchangeFetch({
      resolve,
      fetch: vi.fn(async () => {
        throw abort;
      }),
    });
    await expect(exchangeFetch('/api/v3/account')).rejects.toBe(abort);
  });

  it('uses the global fetch at call time', async () => {
    const original = globalThis.fetch;
    globalThis.fetch = answering(() => json(bodies.badSignature, 401));
    try {
      const error = await rejection(createExchangeFetch({ resolve })('/api/v3/account'));
      expect(error.resolved.category).toBe('auth');
    } finally {
      globalThis.fetch = original;
    }
  });
});
