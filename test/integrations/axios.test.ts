import axios, { AxiosError, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import { describe, expect, it } from 'vitest';
import { createExchangeErrorStore } from '../../src/index';
import { createExchangeErrorCallbacks } from '../../src/integrations/tanstackQuery';
import { attachExchangeErrorInterceptor } from '../../src/transport';
import { createFakeClock } from '../support/fakeClock';
import { bodies, NOW, rejection, resolve } from './payloads';

const API_KEY = 'vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A';
const SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';

type Answer = (config: InternalAxiosRequestConfig) => Promise<AxiosResponse>;

/** A real axios instance whose adapter answers in memory, rejecting non-2xx as axios's own adapters do. */
function api(answer: { status: number; data: unknown; headers?: Record<string, string> } | Answer) {
  const adapter: Answer =
    typeof answer === 'function'
      ? answer
      : async (config) => {
          const response: AxiosResponse = {
            data: answer.data,
            status: answer.status,
            statusText: '',
            headers: answer.headers ?? {},
            config,
          };
          if (answer.status >= 200 && answer.status < 300) return response;
          throw new AxiosError(
            `Request failed with status code ${answer.status}`,
            answer.status >= 500 ? 'ERR_BAD_RESPONSE' : 'ERR_BAD_REQUEST',
            config,
            null,
            response,
          );
        };
  return axios.create({ baseURL: 'https://api.example.com', headers: { 'X-MBX-APIKEY': API_KEY }, adapter });
}

const placeOrder = (instance: ReturnType<typeof api>) =>
  instance.post('/api/v3/order', null, {
    params: { symbol: 'BTCUSDT', quantity: '0.0001234', signature: SIGNATURE },
  });

describe('attachExchangeErrorInterceptor', () => {
  it('rejects with the resolved error and drops the axios error with its API key', async () => {
    const instance = api({ status: 400, data: bodies.lotSize });
    attachExchangeErrorInterceptor(instance, { resolve });
    const error = await rejection(placeOrder(instance));
    expect(error.resolved).toMatchObject({ category: 'filter', filter: 'LOT_SIZE', httpStatus: 400 });
    expect(error.request).toEqual({ method: 'POST', url: 'https://api.example.com/api/v3/order' });
    const visible = JSON.stringify({ message: error.message, stack: error.stack, error, cause: error.cause });
    expect(visible).not.toContain(API_KEY);
    expect(visible).not.toContain(SIGNATURE);
  });

  it('reads Retry-After from the response headers and reports to the store', async () => {
    const store = createExchangeErrorStore({ resolve, clock: createFakeClock(NOW) });
    const instance = api({ status: 429, data: bodies.tooManyRequests, headers: { 'retry-after': '12' } });
    attachExchangeErrorInterceptor(instance, { store });
    const error = await rejection(instance.get('/api/v3/account'));
    expect(error.resolved.retry).toEqual({ strategy: 'after', retryAt: NOW + 12_000 });
    expect(store.getSnapshot().entries[0]?.request).toEqual({
      method: 'GET',
      url: 'https://api.example.com/api/v3/account',
    });
    // A TanStack cache callback seeing the same error does not count it again.
    createExchangeErrorCallbacks(store, { resolve }).queryCache.onError(error, {});
    expect(store.getSnapshot().totals.reported).toBe(1);
  });

  it("counts an error once when the app's own catch reports it after the interceptor did", async () => {
    const store = createExchangeErrorStore({ resolve, clock: createFakeClock(NOW) });
    const instance = api({ status: 400, data: bodies.lotSize });
    attachExchangeErrorInterceptor(instance, { store });
    const error = await rejection(placeOrder(instance));
    // What the README's first example does in its catch.
    expect(store.report(error)).toBe(store.getSnapshot().entries[0]?.id);
    expect(store.getSnapshot().entries[0]?.count).toBe(1);
    expect(store.getSnapshot().totals.reported).toBe(1);
    // The signed URL is redacted once: nothing of the signature, no stray bracket.
    expect(store.getSnapshot().entries[0]?.request?.url).toBe('https://api.example.com/api/v3/order');
  });

  it('rejects an LTP error envelope in a 200 and lets a success envelope through', async () => {
    const failing = api({ status: 200, data: bodies.ltpDailyLimit });
    attachExchangeErrorInterceptor(failing, { resolve });
    const error = await rejection(failing.get('/api/v1/portfolio/assets'));
    expect(error.resolved).toMatchObject({ source: 'ltp', code: 400001 });

    const passing = api({ status: 200, data: bodies.ltpSuccess });
    attachExchangeErrorInterceptor(passing, { resolve });
    expect((await passing.get('/api/v1/portfolio/assets')).data).toEqual(bodies.ltpSuccess);
  });

  it('turns a timeout while placing an order into execution-unknown', async () => {
    const instance = api(async (config) => {
      throw new AxiosError('timeout of 5000ms exceeded', 'ECONNABORTED', config);
    });
    attachExchangeErrorInterceptor(instance, { resolve });
    const error = await rejection(placeOrder(instance));
    expect(error.resolved.category).toBe('execution-unknown');
    expect(error.message).not.toContain(SIGNATURE);
  });

  it('passes a cancellation through unchanged', async () => {
    const instance = api({ status: 200, data: {} });
    attachExchangeErrorInterceptor(instance, { resolve });
    const controller = new AbortController();
    controller.abort();
    const outcome = await instance
      .get('/api/v3/account', { signal: controller.signal })
      .catch((e: unknown) => e);
    expect(axios.isCancel(outcome)).toBe(true);
  });

  it('can be detached', async () => {
    const instance = api({ status: 400, data: bodies.lotSize });
    const detach = attachExchangeErrorInterceptor(instance, { resolve });
    detach();
    const outcome = await placeOrder(instance).catch((e: unknown) => e);
    expect(outcome).toBeInstanceOf(AxiosError);
  });
});
