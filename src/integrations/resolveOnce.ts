import {
  type ExchangeErrorStore,
  isResolvedExchangeError,
  type ReportHints,
} from '../core/createExchangeErrorStore';
import type { RequestContext, ResolvedExchangeError, ResolveOptions } from '../core/types';

/** A resolver, as `createExchangeErrorResolver` returns and the store takes. */
export type ExchangeErrorResolve = (input: unknown, options?: ResolveOptions) => ResolvedExchangeError | null;

/** The resolution an input already carries: a resolved error itself, or an error with `.resolved`. */
export function carriedResolution(input: unknown): ResolvedExchangeError | undefined {
  if (isResolvedExchangeError(input)) return input;
  if (typeof input === 'object' && input !== null && 'resolved' in input) {
    const { resolved } = input as { resolved: unknown };
    if (isResolvedExchangeError(resolved)) return resolved;
  }
  return undefined;
}

function getOrSet<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const made = make();
  map.set(key, made);
  return made;
}

const requestKey = (request: RequestContext | undefined) =>
  request ? `${request.intent ?? ''}|${request.method ?? ''}|${request.url ?? ''}` : '';

// Per resolver, per thrown object, per request context: TanStack calls retryDelay, retry and the
// cache's onError with the same error object, and each would otherwise resolve it again.
const resolutions = new WeakMap<
  ExchangeErrorResolve,
  WeakMap<object, Map<string, ResolvedExchangeError | null>>
>();

/** Resolves an error once per error object (and request context); primitives are resolved every time. */
export function resolveOnce(
  input: unknown,
  resolve: ExchangeErrorResolve,
  options: ResolveOptions = {},
): ResolvedExchangeError | null {
  const carried = carriedResolution(input);
  if (carried) return carried;
  if (typeof input !== 'object' || input === null) return resolve(input, options);
  const byInput = getOrSet(resolutions, resolve, () => new WeakMap());
  const byRequest = getOrSet(byInput, input, () => new Map());
  const key = requestKey(options.request);
  if (byRequest.has(key)) return byRequest.get(key) ?? null;
  const resolved = resolve(input, options);
  byRequest.set(key, resolved);
  return resolved;
}

// Per store, per error object: the id it was reported under, so a query cache callback, a transport
// interceptor and a form hook that all see the same failure count it once.
const reported = new WeakMap<ExchangeErrorStore, WeakMap<object, string | null>>();

/**
 * Reports an error to a store once per error object and returns the entry id (`null` for a success
 * envelope). With `resolve`, the shared resolution from {@link resolveOnce} is recorded; without it
 * the store resolves.
 */
export function reportOnce(
  store: ExchangeErrorStore,
  input: unknown,
  hints: ReportHints = {},
  resolve?: ExchangeErrorResolve,
): string | null {
  const ids = getOrSet(reported, store, () => new WeakMap());
  const inputKey = typeof input === 'object' && input !== null ? input : undefined;
  if (inputKey && ids.has(inputKey)) return ids.get(inputKey) ?? null;
  const resolved =
    carriedResolution(input) ??
    (resolve ? resolveOnce(input, resolve, { ...hints, now: store.clock.now() }) : undefined);
  let id: string | null;
  if (resolved && ids.has(resolved)) id = ids.get(resolved) ?? null;
  // Through `report`, so that the store knows a thrown Error it has recorded when the app's own
  // `catch` reports it again.
  else id = store.report(input, hints, resolved);
  // Remember both the thrown object and its resolution: either may be what the next caller holds.
  if (inputKey) ids.set(inputKey, id);
  const recorded = resolved ?? (id === null ? undefined : store.get(id)?.error);
  if (recorded) ids.set(recorded, id);
  return id;
}
