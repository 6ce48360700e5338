import type { ExchangeErrorStore } from '../core/createExchangeErrorStore';
import type { RequestContext } from '../core/types';
import { type ExchangeErrorResolve, reportOnce, resolveOnce } from './resolveOnce';

/** Options for {@link createExchangeRetry}. */
export interface ExchangeRetryOptions {
  /** The resolver, e.g. `createExchangeErrorResolver({ exchanges: [binanceSpot] })`. Share it with the store. */
  resolve: ExchangeErrorResolve;
  /** Retries at most this many times in one run, whatever the category. @defaultValue 3 */
  maxRetries?: number;
  /**
   * Re-synchronises the app's clock with the exchange. Without it a `clock-skew` error is not retried,
   * since the same clock fails the same way.
   */
  syncClock?: () => unknown;
  /** Current time in epoch ms. @defaultValue `Date.now` */
  now?: () => number;
  /** First backoff delay in ms; doubles per failure. @defaultValue 1000 */
  baseDelay?: number;
  /** Backoff never waits longer than this (ms). @defaultValue 30000 */
  maxDelay?: number;
  /**
   * A rate limit or ban that lifts later than this (ms from now) is not waited out: the query fails
   * now, so the cache's `onError` reports it and the UI shows the countdown instead of a silent spinner.
   * @defaultValue 60000
   */
  maxWait?: number;
  /** How long the clock-skew retry waits when `syncClock` returned a promise (ms). @defaultValue 1000 */
  clockSyncDelay?: number;
  /** Random number in [0, 1) for backoff jitter. @defaultValue `Math.random` */
  random?: () => number;
  /**
   * What the retried requests do. Give `{ intent: 'place-order' }` for order mutations, so a bodiless
   * 5xx resolves to `execution-unknown` and is never retried. The default matches what
   * {@link createExchangeErrorCallbacks} reports queries as, so both share one resolution.
   * @defaultValue `{ intent: 'read' }`
   */
  request?: RequestContext;
}

/** TanStack Query's `retry` and `retryDelay`, with its exact signatures. */
export interface ExchangeRetry {
  retry: (failureCount: number, error: unknown) => boolean;
  retryDelay: (failureCount: number, error: unknown) => number;
}

const READ: RequestContext = { intent: 'read' };

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/**
 * `retry` and `retryDelay` for TanStack Query that follow each error's resolved retry strategy:
 * - `none` and `check-status` (`auth`, `filter`, `insufficient-funds`, `execution-unknown` …): never;
 * - `after` (`rate-limit`, `ip-banned`): waits until `retryAt`; fails at once when that is beyond `maxWait`;
 * - `backoff` (`unavailable`): exponential from `baseDelay`, capped at `maxDelay`, with jitter;
 * - `resync-clock`: only when the run's first failure is the skew: starts `syncClock()` once (from
 *   whichever of `retry`/`retryDelay` TanStack calls first) and retries once, after 0 ms when
 *   `syncClock` returned synchronously or `clockSyncDelay` ms when it returned a promise (TanStack's
 *   retry functions are synchronous and cannot await it). Concurrent skews share one sync.
 *
 * Each error object is resolved once, and the resolution is shared with
 * {@link createExchangeErrorCallbacks} when both get the same `resolve`.
 *
 * @example
 * ```ts
 * const resolve = createExchangeErrorResolver({ exchanges: [binanceSpot] });
 * const { retry, retryDelay } = createExchangeRetry({ resolve, syncClock: () => syncServerTime() });
 * const queryClient = new QueryClient({ defaultOptions: { queries: { retry, retryDelay } } });
 * ```
 */
export function createExchangeRetry(options: ExchangeRetryOptions): ExchangeRetry {
  const {
    resolve,
    maxRetries = 3,
    syncClock,
    now = Date.now,
    baseDelay = 1000,
    maxDelay = 30_000,
    maxWait = 60_000,
    clockSyncDelay = 1000,
    random = Math.random,
    request = READ,
  } = options;
  let pendingSync: Promise<unknown> | undefined;
  // What the sync looked like for each error, so retry and retryDelay give one consistent answer.
  const syncStarted = new WeakMap<object, boolean | null>();

  /** Starts (or joins) a clock sync for this error; returns whether it is still in flight, or `null` if it threw. */
  const sync = (error: unknown): boolean | null => {
    const key = typeof error === 'object' && error !== null ? error : undefined;
    const started = key ? syncStarted.get(key) : undefined;
    if (started !== undefined) return started;
    let inFlight: boolean | null;
    if (pendingSync) inFlight = true;
    else {
      try {
        const result = syncClock?.();
        inFlight = isThenable(result);
        if (isThenable(result)) {
          const settled = Promise.resolve(result).then(
            () => undefined,
            () => undefined,
          );
          pendingSync = settled;
          void settled.then(() => {
            if (pendingSync === settled) pendingSync = undefined;
          });
        }
      } catch {
        inFlight = null;
      }
    }
    if (key) syncStarted.set(key, inFlight);
    return inFlight;
  };

  const backoff = (failureCount: number) => {
    const ceiling = Math.min(maxDelay, baseDelay * 2 ** failureCount);
    // "Equal jitter": half fixed, half random, so a burst of failures does not retry in lockstep.
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
  };

  /** The delay before the next attempt, or `false` when the error must not be retried. */
  const decide = (failureCount: number, error: unknown): number | false => {
    const time = now();
    const resolved = resolveOnce(error, resolve, { now: time, request });
    if (!resolved || failureCount >= maxRetries) return false;
    // Belt and braces: an order that may have executed is never resent, whatever the strategy says.
    if (resolved.category === 'execution-unknown') return false;
    const { strategy, retryAt } = resolved.retry;
    switch (strategy) {
      case 'none':
      case 'check-status':
        return false;
      case 'after': {
        if (retryAt === undefined) return backoff(failureCount);
        const wait = Math.max(0, retryAt - time);
        return wait <= maxWait ? wait : false;
      }
      case 'backoff':
        // A 503's Retry-After: never retry before it. The resolver's own estimate of a first slot
        // gives way to this policy's backoff, so `baseDelay` and `maxDelay` mean what they say.
        return Math.max(
          backoff(failureCount),
          retryAt === undefined || resolved.retry.estimated ? 0 : retryAt - time,
        );
      case 'resync-clock': {
        if (!syncClock || failureCount > 0) return false;
        const inFlight = sync(error);
        return inFlight === null ? false : inFlight ? clockSyncDelay : 0;
      }
    }
  };

  return {
    retry: (failureCount, error) => decide(failureCount, error) !== false,
    retryDelay: (failureCount, error) => decide(failureCount, error) || 0,
  };
}

/**
 * Per-query or per-mutation `meta` the callbacks read. Register it as TanStack's `queryMeta` and
 * `mutationMeta` to have `meta` checked. A type alias, not an interface: TanStack takes a
 * registered meta type only if it extends `Record<string, unknown>`, which an interface does not.
 *
 * @example
 * ```ts
 * declare module '@tanstack/react-query' {
 *   interface Register {
 *     queryMeta: ExchangeErrorMeta;
 *     mutationMeta: ExchangeErrorMeta;
 *   }
 * }
 * ```
 */
export type ExchangeErrorMeta = {
  /** What the query or mutation does; decides whether a bodiless 5xx is `execution-unknown`. */
  exchangeIntent?: RequestContext['intent'];
  /** `false` keeps this query's or mutation's errors out of the store (you report them yourself). */
  exchangeReport?: boolean;
};

/** The part of a TanStack `Query` or `Mutation` the callbacks read. */
export interface WithExchangeMeta {
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
}

/** Options for {@link createExchangeErrorCallbacks}. */
export interface ExchangeErrorCallbacksOptions {
  /** The resolver also given to {@link createExchangeRetry}, so each error is resolved once. Without it the store resolves. */
  resolve?: ExchangeErrorResolve;
  /**
   * Intent of mutations without `meta.exchangeIntent`. Mutations may place orders, so by default a
   * bodiless 5xx on one resolves to `execution-unknown` ("check your open orders"), never to a retry.
   * @defaultValue 'place-order'
   */
  mutationIntent?: RequestContext['intent'];
}

/** `onError` callbacks for `new QueryCache(…)` and `new MutationCache(…)`. */
export interface ExchangeErrorCallbacks {
  queryCache: { onError: (error: unknown, query: WithExchangeMeta) => void };
  mutationCache: {
    onError: (
      error: unknown,
      variables: unknown,
      onMutateResult: unknown,
      mutation: WithExchangeMeta,
    ) => void;
  };
}

/**
 * Cache callbacks that report every failed query and mutation to an error store (once per error,
 * even when a transport interceptor or a form hook reports the same error too). Queries are
 * reported as reads, mutations as order placements unless their `meta` says otherwise.
 *
 * @example
 * ```ts
 * const callbacks = createExchangeErrorCallbacks(store, { resolve });
 * const queryClient = new QueryClient({
 *   queryCache: new QueryCache(callbacks.queryCache),
 *   mutationCache: new MutationCache(callbacks.mutationCache),
 * });
 * useMutation({ mutationFn: saveSettings, meta: { exchangeIntent: 'other' } });
 * ```
 */
export function createExchangeErrorCallbacks(
  store: ExchangeErrorStore,
  options: ExchangeErrorCallbacksOptions = {},
): ExchangeErrorCallbacks {
  const report = (
    error: unknown,
    owner: WithExchangeMeta | undefined,
    fallback: RequestContext['intent'],
  ) => {
    const meta = (owner?.meta ?? {}) as ExchangeErrorMeta;
    if (meta.exchangeReport === false) return;
    reportOnce(store, error, { request: { intent: meta.exchangeIntent ?? fallback } }, options.resolve);
  };
  return {
    queryCache: { onError: (error, query) => report(error, query, READ.intent) },
    mutationCache: {
      onError: (error, _variables, _onMutateResult, mutation) =>
        report(error, mutation, options.mutationIntent ?? 'place-order'),
    },
  };
}
