import { describe, expect, it, vi } from 'vitest';
import { createExchangeErrorStore } from '../../src/core/createExchangeErrorStore';
import type { ResolvedExchangeError } from '../../src/core/types';
import { createFakeClock } from '../support/fakeClock';
import { fakeError } from '../support/fakeError';

/** The store under test resolves fake errors to themselves and `'ok'` to success. */
function setup(options: { maxLive?: number; maxHistory?: number } = {}) {
  const clock = createFakeClock();
  const store = createExchangeErrorStore({
    resolve: (input) => (input === 'ok' ? null : (input as ResolvedExchangeError)),
    clock,
    ...options,
  });
  return { clock, store };
}

const rateLimit = (retryAt: number) =>
  fakeError({
    category: 'rate-limit',
    strategy: 'after',
    retry: { strategy: 'after', retryAt },
    code: -1015,
  });

describe('createExchangeErrorStore', () => {
  it('records a report and returns its id; a success envelope records nothing', () => {
    const { store } = setup();
    const id = store.report(fakeError());
    expect(id).toMatch(/^eek-/);
    expect(store.getSnapshot().entries.map((e) => e.id)).toEqual([id]);
    expect(store.report('ok')).toBeNull();
    expect(store.getSnapshot().entries).toHaveLength(1);
  });

  it('collapses a storm of 500 identical rate-limit errors into one entry counting 500', () => {
    const { store, clock } = setup();
    const ids = new Set<string | null>();
    for (let i = 0; i < 500; i++) {
      ids.add(store.report(rateLimit(clock.now() + 10_000)));
      clock.advance(1);
    }
    const { entries, totals } = store.getSnapshot();
    expect(ids.size).toBe(1);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.count).toBe(500);
    expect(entries[0]!.lastSeen - entries[0]!.firstSeen).toBe(499);
    expect(totals.reported).toBe(500);
  });

  it('keeps different errors as separate entries, oldest first', () => {
    const { store } = setup();
    store.report(fakeError({ code: -1, fingerprint: 'a' }));
    store.report(fakeError({ code: -2, fingerprint: 'b' }));
    expect(store.getSnapshot().entries.map((e) => e.error.code)).toEqual([-1, -2]);
  });

  it('notifies subscribers on every change and stops after unsubscribe', () => {
    const { store } = setup();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const id = store.report(fakeError())!;
    store.dismiss(id);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    store.report(fakeError());
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('gives a new snapshot object on change and the same one otherwise (useSyncExternalStore needs both)', () => {
    const { store } = setup();
    const before = store.getSnapshot();
    expect(store.getSnapshot()).toBe(before);
    store.report(fakeError());
    expect(store.getSnapshot()).not.toBe(before);
  });

  it('opens one app-wide cooldown at a rate limit and ends it by itself exactly at retryAt', () => {
    const { store, clock } = setup();
    const until = clock.now() + 30_000;
    store.report(rateLimit(until));
    expect(store.getSnapshot().cooldown).toMatchObject({ until, category: 'rate-limit' });
    clock.advance(29_999);
    expect(store.getSnapshot().cooldown).not.toBeNull();
    clock.advance(1);
    expect(store.getSnapshot().cooldown).toBeNull();
  });

  it('holds a cooldown longer than a timer can wait (24.8 days) without spinning, and ends it on time', () => {
    const clock = createFakeClock();
    const delays: number[] = [];
    const setTimeout = clock.setTimeout;
    clock.setTimeout = (callback, ms) => {
      delays.push(ms);
      return setTimeout(callback, ms);
    };
    const store = createExchangeErrorStore({ resolve: (input) => input as ResolvedExchangeError, clock });
    const until = clock.now() + 30 * 86_400_000;
    store.report(rateLimit(until));
    clock.advance(1_000);
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeLessThanOrEqual(2 ** 31 - 1);
    clock.set(until - 1);
    expect(store.getSnapshot().cooldown).not.toBeNull();
    clock.set(until);
    expect(store.getSnapshot().cooldown).toBeNull();
    expect(delays.length).toBeLessThan(5);
  });

  it('lets the later of two cooldowns win, whichever came first', () => {
    const { store, clock } = setup();
    const t0 = clock.now();
    store.report(fakeError({ ...rateLimit(t0 + 60_000), fingerprint: 'long' }));
    store.report(fakeError({ ...rateLimit(t0 + 5_000), fingerprint: 'short' }));
    expect(store.getSnapshot().cooldown?.until).toBe(t0 + 60_000);
    const ban = fakeError({
      category: 'ip-banned',
      retry: { strategy: 'after', retryAt: t0 + 120_000 },
      fingerprint: 'ban',
    });
    store.report(ban);
    expect(store.getSnapshot().cooldown).toMatchObject({ until: t0 + 120_000, category: 'ip-banned' });
    clock.advance(60_000);
    expect(store.getSnapshot().cooldown?.category).toBe('ip-banned');
    clock.advance(60_000);
    expect(store.getSnapshot().cooldown).toBeNull();
  });

  it('ends a cooldown on wake when the tab slept through it (times are absolute)', () => {
    const { store, clock } = setup();
    store.report(rateLimit(clock.now() + 10_000));
    clock.set(clock.now() + 3_600_000);
    expect(store.getSnapshot().cooldown).toBeNull();
  });

  it('opens no cooldown for other categories or a retryAt in the past', () => {
    const { store, clock } = setup();
    store.report(
      fakeError({ category: 'unavailable', retry: { strategy: 'backoff', retryAt: clock.now() + 5000 } }),
    );
    store.report(rateLimit(clock.now() - 1));
    expect(store.getSnapshot().cooldown).toBeNull();
  });

  it('bounds live entries, moving the oldest to history, and says how many were dropped', () => {
    const { store } = setup({ maxLive: 3, maxHistory: 2 });
    for (let i = 0; i < 10; i++) store.report(fakeError({ fingerprint: `e${i}`, code: -i }));
    const { entries, history, totals } = store.getSnapshot();
    expect(entries.map((e) => e.error.code)).toEqual([-7, -8, -9]);
    expect(history.map((e) => [e.error.code, e.reason])).toEqual([
      [-6, 'evicted'],
      [-5, 'evicted'],
    ]);
    expect(totals).toEqual({ reported: 10, droppedEntries: 5, droppedReports: 5 });
  });

  it('keeps its counts adding up to every report made, whatever the bounds drop', () => {
    const { store, clock } = setup({ maxLive: 4, maxHistory: 3 });
    let made = 0;
    for (let i = 0; i < 200; i++) {
      store.report(fakeError({ fingerprint: `e${(i * 7) % 13}` }));
      made++;
      if (i % 17 === 0) store.dismiss(store.getSnapshot().entries[0]!.id);
      if (i % 50 === 0) store.clear();
      clock.advance(3);
    }
    const { entries, history, totals } = store.getSnapshot();
    const counted = [...entries, ...history].reduce((sum, e) => sum + e.count, 0) + totals.droppedReports;
    expect(totals.reported).toBe(made);
    expect(counted).toBe(made);
  });

  it('dismiss and clear move entries to history with the reason; the cooldown outlives clear', () => {
    const { store, clock } = setup();
    const a = store.report(fakeError({ fingerprint: 'a' }))!;
    store.report(rateLimit(clock.now() + 5_000));
    store.dismiss(a, 'resolved');
    store.clear();
    const { entries, history, cooldown } = store.getSnapshot();
    expect(entries).toEqual([]);
    expect(history.map((e) => e.reason)).toEqual(['cleared', 'resolved']);
    expect(cooldown).not.toBeNull();
  });

  it('starts a new entry when an error comes back after it was dismissed', () => {
    const { store } = setup();
    const first = store.report(fakeError())!;
    store.dismiss(first);
    const second = store.report(fakeError());
    expect(second).not.toBe(first);
    expect(store.getSnapshot().entries[0]!.count).toBe(1);
  });

  it('counts retry attempts and marks the entry as retrying until it ends', () => {
    const { store } = setup();
    const id = store.report(fakeError())!;
    store.beginRetry(id);
    expect(store.getSnapshot().entries[0]).toMatchObject({ attempts: 1, status: 'retrying' });
    store.endRetry(id);
    store.beginRetry(id);
    store.report(fakeError());
    expect(store.getSnapshot().entries[0]).toMatchObject({ attempts: 2, status: 'live', count: 2 });
  });

  it('reference-counts registered fields', () => {
    const { store } = setup();
    const offA = store.registerField('price');
    const offB = store.registerField('price');
    expect(store.getSnapshot().fields.has('price')).toBe(true);
    offA();
    offA();
    expect(store.getSnapshot().fields.has('price')).toBe(true);
    offB();
    expect(store.getSnapshot().fields.has('price')).toBe(false);
  });

  it('passes report hints and the store clock time to the resolver', () => {
    const clock = createFakeClock(1_700_000_000_000);
    const resolve = vi.fn(() => fakeError());
    const store = createExchangeErrorStore({ resolve, clock });
    store.report('raw', { httpStatus: 503, request: { method: 'POST', url: '/api/v3/order' } });
    expect(resolve).toHaveBeenCalledWith('raw', {
      httpStatus: 503,
      request: { method: 'POST', url: '/api/v3/order' },
      now: 1_700_000_000_000,
    });
    expect(store.getSnapshot().entries[0]!.request).toEqual({ method: 'POST', url: '/api/v3/order' });
  });
});

describe('report with an already resolved error', () => {
  it('records it as it is, without resolving it again', () => {
    const resolve = vi.fn(() => fakeError({ category: 'unknown' }));
    const store = createExchangeErrorStore({ resolve, clock: createFakeClock() });
    store.report(fakeError({ category: 'filter', field: 'price' }));
    expect(resolve).not.toHaveBeenCalled();
    expect(store.getSnapshot().entries[0]!.error).toMatchObject({ category: 'filter', field: 'price' });
  });
});

describe('eviction when the live list is full', () => {
  it('gives up the least recently seen entry, never the storm that is still raging', () => {
    const { store, clock } = setup({ maxLive: 3 });
    const storm = rateLimit(clock.now() + 60_000);
    for (let i = 0; i < 10; i++) {
      store.report(storm);
      store.report(fakeError({ fingerprint: `d${i}`, code: -i }));
      clock.advance(1);
    }
    const { entries } = store.getSnapshot();
    expect(entries.find((e) => e.error.category === 'rate-limit')?.count).toBe(10);
    expect(entries.map((e) => e.error.code)).toEqual([-1015, -8, -9]);
  });

  it('spares critical entries while others remain', () => {
    const { store, clock } = setup({ maxLive: 2 });
    store.report(fakeError({ fingerprint: 'crit', severity: 'critical', category: 'execution-unknown' }));
    clock.advance(1);
    store.report(fakeError({ fingerprint: 'a' }));
    clock.advance(1);
    store.report(fakeError({ fingerprint: 'b' }));
    expect(store.getSnapshot().entries.map((e) => e.error.fingerprint)).toEqual(['crit', 'b']);
  });
});

describe('secrets', () => {
  it('keeps signatures and keys of a signed request URL out of the snapshot', () => {
    const { store } = setup();
    const url =
      '/api/v3/order?symbol=BTCUSDT&timestamp=1&signature=c8db56825ae71d6d79447849e617115f&apiKey=vmPUZE6mv9SD5VNH';
    store.report(fakeError(), { request: { method: 'POST', url } });
    const stored = JSON.stringify(store.getSnapshot().entries);
    expect(stored).not.toContain('c8db56825ae71d6d79447849e617115f');
    expect(stored).not.toContain('vmPUZE6mv9SD5VNH');
    expect(stored).toContain('symbol=BTCUSDT');
  });
});

describe('errors resolved or reported elsewhere', () => {
  it('records the resolution an error carries as `.resolved` without resolving its text again', () => {
    const resolve = vi.fn(() => fakeError({ category: 'unknown' }));
    const store = createExchangeErrorStore({ resolve, clock: createFakeClock() });
    const thrown = Object.assign(new Error('HTTP 429'), { resolved: rateLimit(Date.now() + 5000) });
    store.report(thrown);
    expect(resolve).not.toHaveBeenCalled();
    expect(store.getSnapshot().entries[0]!.error.category).toBe('rate-limit');
  });

  it('counts one thrown error reported twice (interceptor and query cache) once', () => {
    const { store } = setup();
    const thrown = Object.assign(new Error('boom'), { resolved: fakeError() });
    const first = store.report(thrown);
    expect(store.report(thrown)).toBe(first);
    expect(store.getSnapshot().entries[0]!.count).toBe(1);
    // A new failure of the same kind is a repeat.
    store.report(Object.assign(new Error('boom'), { resolved: fakeError() }));
    expect(store.getSnapshot().entries[0]!.count).toBe(2);
  });

  it('reports a resolution again after it was dismissed', () => {
    const { store } = setup();
    const resolved = fakeError();
    store.dismiss(store.report(resolved)!);
    expect(store.report(resolved)).not.toBeNull();
    expect(store.getSnapshot().entries).toHaveLength(1);
  });

  it('counts a resolution once when another error carrying it is reported after it', () => {
    const { store } = setup();
    const resolved = fakeError();
    // A transport records the thrown error with its resolution, then rejects with its own error
    // carrying the same resolution, which the app's catch reports.
    const first = store.report(new Error('socket hang up'), {}, resolved);
    expect(store.report(Object.assign(new Error('wrapped'), { resolved }))).toBe(first);
    expect(store.getSnapshot().entries[0]!.count).toBe(1);
    expect(store.getSnapshot().totals.reported).toBe(1);
    // A resolution reported as itself is a report like any payload: a repeat counts.
    expect(store.report(resolved)).toBe(first);
    expect(store.getSnapshot().entries[0]!.count).toBe(2);
  });
});
