import { InvalidOrder, RateLimitExceeded, RequestTimeout } from 'ccxt';
import { describe, expect, it } from 'vitest';
import {
  createExchangeErrorResolver,
  createExchangeErrorStore,
  type ExchangeProfile,
  readCode,
  readField,
} from '../../src/index';
import { createFakeClock } from '../support/fakeClock';
import { NOW, resolve } from './payloads';

const SIGNATURE = 'c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71';

/** The uses the README shows for ccxt and the Binance WebSocket API, as written there. */
describe('documented use: ccxt exceptions and WebSocket API frames', () => {
  const newStore = () => createExchangeErrorStore({ resolve, clock: createFakeClock(NOW) });

  it('reports a ccxt exception with the Binance body in its message', () => {
    const store = newStore();
    const error = new InvalidOrder('binance {"code":-1013,"msg":"Filter failure: LOT_SIZE"}');
    store.report(error, { source: 'binance-spot', request: { intent: 'place-order' } });
    expect(store.getSnapshot().entries[0]?.error).toMatchObject({ category: 'filter', filter: 'LOT_SIZE' });
  });

  it('reports a ccxt timeout on an order as execution-unknown, with the signed URL redacted', () => {
    const store = newStore();
    const error = new RequestTimeout(
      `binance GET https://api.binance.com/api/v3/order?symbol=BTCUSDT&timestamp=1767268800000&signature=${SIGNATURE} request timed out (10000 ms)`,
    );
    store.report(error, { source: 'binance-spot', request: { intent: 'place-order' } });
    const resolved = store.getSnapshot().entries[0]?.error;
    expect(resolved?.category).toBe('execution-unknown');
    expect(JSON.stringify({ ...resolved, raw: undefined })).not.toContain(SIGNATURE);
  });

  it('reports a WebSocket API error frame, taking retryAfter (epoch ms) as retryAt', () => {
    const store = newStore();
    const frame = {
      id: 'e2a85d9f-07a5-4f94-8d5f-789dc3deb097',
      status: 429,
      error: {
        code: -1003,
        msg: 'Too many requests; please use the WebSocket Streams.',
        data: { retryAfter: NOW + 45_000 },
      },
    };
    store.report(frame, { source: 'binance-spot', httpStatus: frame.status });
    const resolved = store.getSnapshot().entries[0]?.error;
    expect(resolved).toMatchObject({
      category: 'rate-limit',
      retry: { strategy: 'after', retryAt: NOW + 45_000 },
    });
    expect(store.getSnapshot().cooldown?.until).toBe(NOW + 45_000);
  });
});

/** The README's exchanges and ccxt sections, as written there. */
describe('documented use: exchanges registered once, ccxt exceptions with their headers', () => {
  it('tells a KuCoin body from a Binance one among the registered exchanges', async () => {
    const { binanceSpot } = await import('../../src/exchanges/binance-spot');
    const { kucoin } = await import('../../src/exchanges/ccxt/generated/kucoin');
    const resolveBoth = createExchangeErrorResolver({ exchanges: [binanceSpot, kucoin] });
    expect(resolveBoth({ code: '200004', msg: 'Balance insufficient!' })).toMatchObject({
      source: 'kucoin',
      category: 'insufficient-funds',
    });
    expect(resolveBoth({ code: -1013, msg: 'Filter failure: LOT_SIZE' })?.source).toBe('binance-spot');
  });

  it('keeps Retry-After through ccxt when the app passes exchange.last_response_headers', async () => {
    const { kucoin } = await import('../../src/exchanges/ccxt/generated/kucoin');
    const store = createExchangeErrorStore({
      resolve: createExchangeErrorResolver({ exchanges: [kucoin] }),
      clock: createFakeClock(NOW),
    });
    const error = new RateLimitExceeded('kucoin {"code":"429000","msg":"Too Many Requests"}');
    store.report(error, { headers: { 'Retry-After': '7' } });
    expect(store.getSnapshot().entries[0]?.error).toMatchObject({
      source: 'kucoin',
      category: 'rate-limit',
      retry: { strategy: 'after', retryAt: NOW + 7_000 },
    });
  });

  it("registers the README's own exchange, read with the public wire readers", async () => {
    const { binanceSpot } = await import('../../src/exchanges/binance-spot');
    const acme: ExchangeProfile = {
      id: 'acme',
      name: 'Acme Exchange',
      catalog: {
        id: 'acme',
        document: 'Acme API errors',
        entries: [{ code: 7, messages: ['Not enough margin'], section: 'Trading' }],
        filters: [],
        rejections: [],
        rejectionCodes: [],
        successCodes: [],
      },
      detect: { hosts: ['api.acme.example'], claims: (body) => 'err' in body },
      read: (body) => {
        if (readField(body, 'status') === 'ok') return { code: null, message: '', success: true };
        const err = readField(body, 'err');
        const text = readField(err, 'text');
        return err
          ? { code: readCode(readField(err, 'id')), message: typeof text === 'string' ? text : '' }
          : undefined;
      },
      writesOrder: ({ method, path }) => method === 'POST' && path === '/v2/orders',
    };
    const resolveAll = createExchangeErrorResolver({ exchanges: [binanceSpot, acme] });
    expect(resolveAll({ status: 'fail', err: { id: '7', text: 'Not enough margin' } })).toMatchObject({
      source: 'acme',
      code: 7,
      known: true,
      category: 'insufficient-funds',
    });
    expect(
      resolveAll(new Error('socket hang up'), {
        request: { method: 'POST', url: 'https://api.acme.example/v2/orders' },
      }),
    ).toMatchObject({
      source: 'acme',
      category: 'execution-unknown',
    });
  });
});
