import {
  MutationCache,
  QueryCache,
  QueryClient,
  QueryClientProvider,
  useMutation,
  useQuery,
} from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { ResolveOptions } from '../../src/core/types';
import { createExchangeErrorStore } from '../../src/index';
import { createExchangeErrorCallbacks, createExchangeRetry } from '../../src/tanstack-query';
import { ExchangeError } from '../../src/transport';
import { createFakeClock } from '../support/fakeClock';
import { bodies, NOW, resolve } from './payloads';

/** An error as the fetch wrapper throws it: resolved with the response's status and headers. */
const thrown = (body: unknown, hints: ResolveOptions = {}) =>
  new ExchangeError(resolve(body, { now: NOW, ...hints })!);

const policy = (options: Partial<Parameters<typeof createExchangeRetry>[0]> = {}) =>
  createExchangeRetry({ resolve, now: () => NOW, random: () => 0, ...options });

describe('createExchangeRetry: whether to retry', () => {
  it.each([
    ['filter', bodies.lotSize],
    ['auth', bodies.badSignature],
    ['insufficient-funds', bodies.insufficientBalance],
    ['execution-unknown', bodies.executionUnknown],
  ])('never retries %s', (category, body) => {
    const error = { ...body };
    expect(resolve(error)?.category).toBe(category);
    const { retry } = policy();
    expect(retry(0, error)).toBe(false);
    expect(retry(0, thrown(body))).toBe(false);
  });

  it('never retries a bodiless 5xx on an order placement, which may have executed', () => {
    const error = thrown('', { httpStatus: 502, request: { method: 'POST', intent: 'place-order' } });
    expect(error.resolved.category).toBe('execution-unknown');
    expect(policy().retry(0, error)).toBe(false);
  });

  it('retries an unavailable server up to maxRetries', () => {
    const { retry } = policy({ maxRetries: 3 });
    const error = { ...bodies.serverBusy };
    expect(resolve(error)?.category).toBe('unavailable');
    expect([0, 1, 2, 3].map((n) => retry(n, error))).toEqual([true, true, true, false]);
  });

  it('does not retry what the resolver calls a success', () => {
    expect(policy().retry(0, { ...bodies.ltpSuccess })).toBe(false);
  });
});

describe('createExchangeRetry: how long to wait', () => {
  it('waits until retryAt from Retry-After for a rate limit', () => {
    const error = thrown(bodies.tooManyRequests, { httpStatus: 429, headers: { 'Retry-After': '30' } });
    expect(error.resolved.retry.retryAt).toBe(NOW + 30_000);
    let now = NOW;
    const { retry, retryDelay } = policy({ now: () => now });
    expect(retry(0, error)).toBe(true);
    expect(retryDelay(0, error)).toBe(30_000);
    // retryAt is absolute: a later failure waits only for what is left.
    now = NOW + 25_000;
    expect(retryDelay(1, error)).toBe(5_000);
  });

  it('waits out a short IP ban, but fails at once on one beyond maxWait so the ban clock shows', () => {
    const until = NOW + 120_000;
    const error = thrown(bodies.ipBanned(until), { httpStatus: 418 });
    expect(error.resolved).toMatchObject({
      category: 'ip-banned',
      retry: { strategy: 'after', retryAt: until },
    });
    expect(policy().retry(0, error)).toBe(false);
    const patient = policy({ maxWait: 300_000 });
    expect(patient.retry(0, error)).toBe(true);
    expect(patient.retryDelay(0, error)).toBe(120_000);
  });

  it('backs off exponentially with jitter, capped at maxDelay', () => {
    const error = { ...bodies.serverBusy };
    // The resolver only estimates a first slot (the exchange gave no Retry-After): the policy decides.
    expect(resolve(error, { now: NOW })?.retry).toEqual({
      strategy: 'backoff',
      retryAt: NOW + 1000,
      estimated: true,
    });
    const low = policy({ random: () => 0, baseDelay: 1000, maxDelay: 5000, maxRetries: 5 });
    const high = policy({ random: () => 0.999999, baseDelay: 1000, maxDelay: 5000, maxRetries: 5 });
    expect([0, 1, 2, 3, 4].map((n) => low.retryDelay(n, error))).toEqual([500, 1000, 2000, 2500, 2500]);
    expect([0, 1, 2, 3, 4].map((n) => high.retryDelay(n, error))).toEqual([1000, 2000, 4000, 5000, 5000]);
    // Delays under a second are the app's to choose.
    const quick = policy({ random: () => 0, baseDelay: 1, maxDelay: 5, maxRetries: 3 });
    expect([0, 1, 2].map((n) => quick.retryDelay(n, { ...bodies.serverBusy }))).toEqual([1, 1, 2]);
  });

  it('honours a 503 Retry-After over a shorter backoff', () => {
    const error = thrown('', {
      httpStatus: 503,
      headers: { 'Retry-After': '20' },
      request: { intent: 'read' },
    });
    expect(error.resolved.retry).toEqual({ strategy: 'backoff', retryAt: NOW + 20_000 });
    expect(policy().retryDelay(0, error)).toBe(20_000);
  });

  it('does not wait when the error is not retried', () => {
    expect(policy().retryDelay(0, { ...bodies.lotSize })).toBe(0);
  });
});

describe('createExchangeRetry: clock skew', () => {
  it('syncs the clock once and retries once, at once when the sync is synchronous', () => {
    const syncClock = vi.fn();
    const { retry, retryDelay } = policy({ syncClock });
    const error = { ...bodies.clockSkew };
    expect(resolve(error)?.retry.strategy).toBe('resync-clock');
    // TanStack asks for the delay first, then whether to retry: one sync for both.
    expect(retryDelay(0, error)).toBe(0);
    expect(retry(0, error)).toBe(true);
    expect(syncClock).toHaveBeenCalledTimes(1);
    // The retried request skewed again: syncing did not help, so stop and let the UI offer it.
    const again = { ...bodies.clockSkew };
    expect(retry(1, again)).toBe(false);
    expect(syncClock).toHaveBeenCalledTimes(1);
  });

  it('waits clockSyncDelay for an async sync, and shares one sync between concurrent skews', async () => {
    let finish = () => {};
    const syncClock = vi.fn(() => new Promise<void>((done) => (finish = done)));
    const { retry, retryDelay } = policy({ syncClock, clockSyncDelay: 750 });
    const first = { ...bodies.clockSkew };
    const second = { ...bodies.clockSkew };
    expect(retry(0, first)).toBe(true);
    expect(retryDelay(0, first)).toBe(750);
    expect(retry(0, second)).toBe(true);
    expect(syncClock).toHaveBeenCalledTimes(1);
    finish();
    await Promise.resolve();
    await Promise.resolve();
    // A skew after the sync settled starts a new one.
    const later = { ...bodies.clockSkew };
    expect(retry(0, later)).toBe(true);
    expect(syncClock).toHaveBeenCalledTimes(2);
  });

  it('does not retry a clock skew without syncClock, nor when syncClock throws', () => {
    expect(policy().retry(0, { ...bodies.clockSkew })).toBe(false);
    const broken = policy({
      syncClock: () => {
        throw new Error('no server time');
      },
    });
    const error = { ...bodies.clockSkew };
    expect(broken.retry(0, error)).toBe(false);
    expect(broken.retryDelay(0, error)).toBe(0);
  });
});

describe('TanStack Query cache callbacks', () => {
  function setup(retryOptions: Partial<Parameters<typeof createExchangeRetry>[0]> = {}) {
    const clock = createFakeClock(NOW);
    const counting = vi.fn(resolve);
    const store = createExchangeErrorStore({ resolve: counting, clock });
    const { retry, retryDelay } = createExchangeRetry({
      resolve: counting,
      now: clock.now,
      random: () => 0,
      ...retryOptions,
    });
    const callbacks = createExchangeErrorCallbacks(store, { resolve: counting });
    const client = new QueryClient({
      queryCache: new QueryCache(callbacks.queryCache),
      mutationCache: new MutationCache(callbacks.mutationCache),
      defaultOptions: { queries: { retry, retryDelay }, mutations: { retry, retryDelay } },
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    return { store, counting, wrapper, client };
  }

  it('reports a failed query once, as a read, resolving the error once for retry, retryDelay and onError', async () => {
    const { store, counting, wrapper } = setup();
    const failure = { ...bodies.lotSize };
    const queryFn = vi.fn(async () => {
      throw failure;
    });
    const { result } = renderHook(() => useQuery({ queryKey: ['order', 1], queryFn }), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(queryFn).toHaveBeenCalledTimes(1);
    expect(counting).toHaveBeenCalledTimes(1);
    const { entries } = store.getSnapshot();
    expect(entries).toHaveLength(1);
    expect(entries[0]?.error.filter).toBe('LOT_SIZE');
    expect(entries[0]?.request).toEqual({ intent: 'read' });
  });

  it('retries a busy server after the delay retryDelay gives, until the query succeeds, reporting nothing', async () => {
    vi.useFakeTimers();
    try {
      const { store, wrapper } = setup();
      let calls = 0;
      const queryFn = vi.fn(async () => {
        calls++;
        if (calls < 3) throw { ...bodies.serverBusy };
        return 'ok';
      });
      const { result } = renderHook(() => useQuery({ queryKey: ['ticker'], queryFn }), { wrapper });
      await act(() => vi.advanceTimersByTimeAsync(0));
      expect(queryFn).toHaveBeenCalledTimes(1);
      expect(result.current.data).toBeUndefined();
      // With no jitter the first backoff is half of baseDelay (1 s): not a moment earlier.
      await act(() => vi.advanceTimersByTimeAsync(499));
      expect(queryFn).toHaveBeenCalledTimes(1);
      await act(() => vi.advanceTimersByTimeAsync(1));
      expect(queryFn).toHaveBeenCalledTimes(2);
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(queryFn).toHaveBeenCalledTimes(3);
      await act(() => vi.advanceTimersByTimeAsync(100));
      expect(queryFn).toHaveBeenCalledTimes(3);
      expect(result.current.data).toBe('ok');
      expect(store.getSnapshot().totals.reported).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a mutation as an order placement and never resends an order whose execution is unknown', async () => {
    const { store, wrapper } = setup();
    const mutationFn = vi.fn(async () => {
      throw { ...bodies.executionUnknown };
    });
    const { result } = renderHook(() => useMutation({ mutationFn }), { wrapper });
    await act(async () => {
      await result.current.mutateAsync().catch(() => {});
    });
    expect(mutationFn).toHaveBeenCalledTimes(1);
    const [entry] = store.getSnapshot().entries;
    expect(entry?.error.category).toBe('execution-unknown');
    expect(entry?.request).toEqual({ intent: 'place-order' });
  });

  it('takes the intent from meta, and meta.exchangeReport false keeps an error out of the store', async () => {
    const { store, wrapper } = setup();
    const { result } = renderHook(
      () => ({
        settings: useMutation({
          mutationFn: async () => {
            throw { ...bodies.badSignature };
          },
          meta: { exchangeIntent: 'other' },
        }),
        silent: useMutation({
          mutationFn: async () => {
            throw { ...bodies.lotSize };
          },
          meta: { exchangeReport: false },
        }),
      }),
      { wrapper },
    );
    await act(async () => {
      await result.current.settings.mutateAsync().catch(() => {});
      await result.current.silent.mutateAsync().catch(() => {});
    });
    const { entries } = store.getSnapshot();
    expect(entries.map((e) => [e.error.category, e.request?.intent])).toEqual([['auth', 'other']]);
  });
});
