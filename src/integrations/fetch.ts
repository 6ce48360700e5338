import type { ExchangeErrorStore } from '../core/createExchangeErrorStore';
import { redactSecrets } from '../core/redactSecrets';
import type { RequestContext, ResolvedExchangeError, ResolveOptions } from '../core/types';
import { ExchangeError, type ExchangeErrorRequest } from './ExchangeError';
import { type ExchangeErrorResolve, reportOnce } from './resolveOnce';

/** Where the transport wrappers send errors: a resolver, a store, or both (the store then records the resolution). */
export type ExchangeTransportTarget =
  | { resolve: ExchangeErrorResolve; store?: ExchangeErrorStore }
  | { store: ExchangeErrorStore; resolve?: ExchangeErrorResolve };

/** Options shared by the fetch wrapper and the axios interceptor. */
export interface ExchangeTransportSettings {
  /** The exchange the API belongs to, when payloads do not say. */
  source?: string;
  /**
   * Look for error envelopes in successful (2xx) JSON bodies: LTP answers errors with HTTP 200 and a
   * non-success `code`. Only object bodies with a `code` are read, never arrays. @defaultValue true
   */
  envelopes?: boolean;
}

/** Options for {@link createExchangeFetch}. */
export type ExchangeFetchOptions = ExchangeTransportTarget &
  ExchangeTransportSettings & {
    /**
     * `true`: reject with an {@link ExchangeError}. `false`: resolve with the `Response` (body unread),
     * after reporting to `store`; network failures still reject. @defaultValue true
     */
    throwOnError?: boolean;
    /** The fetch to wrap; looked up on each call, so mocks and polyfills installed later apply. @defaultValue `globalThis.fetch` */
    fetch?: typeof fetch;
  };

/** `RequestInit` plus what the request does, for URLs the resolver cannot read an intent from. */
export interface ExchangeRequestInit extends RequestInit {
  exchangeIntent?: RequestContext['intent'];
}

/** A `fetch`-compatible function that turns exchange errors into {@link ExchangeError}s. */
export type ExchangeFetch = (input: RequestInfo | URL, init?: ExchangeRequestInit) => Promise<Response>;

/** Parses a body as JSON when it is JSON, else returns the text (an HTML page from a CDN stays text). */
export function parseBody(text: string): unknown {
  if (!/^\s*[[{"]/.test(text)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Whether a 2xx body is an exchange envelope (an object with a `code`) worth resolving. */
export function isEnvelope(body: unknown): boolean {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && 'code' in body;
}

/** Resolves (and reports, when there is a store) with the shared once-per-error bookkeeping. */
export function resolveForTransport(
  target: ExchangeTransportTarget,
  input: unknown,
  options: Omit<ResolveOptions, 'exchanges' | 'catalogs' | 'copy' | 'language'>,
): ResolvedExchangeError | null {
  const { store, resolve } = target;
  if (store) {
    const id = reportOnce(store, input, options, resolve);
    return id === null ? null : (store.get(id)?.error ?? null);
  }
  return resolve ? resolve(input, options) : null;
}

const isAbort = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';

/**
 * Wraps `fetch` so exchange errors arrive resolved: a non-2xx response, an LTP error envelope in a 200
 * body, or a network failure becomes an {@link ExchangeError} carrying the `ResolvedExchangeError`.
 * Successful responses come back untouched (the body is read from a clone). The error's message and
 * `request.url` never hold the `signature`, API key or listen key, and request headers
 * (`X-MBX-APIKEY`) are never copied. Aborts are re-thrown as they are.
 *
 * @example
 * ```ts
 * const exchangeFetch = createExchangeFetch({ store });
 * const response = await exchangeFetch(`/api/v3/order?${signedQuery}`, {
 *   method: 'POST',
 *   headers: { 'X-MBX-APIKEY': apiKey },
 * }); // rejects with ExchangeError { resolved: { category: 'filter', filter: 'LOT_SIZE', … } }
 * ```
 */
export function createExchangeFetch(options: ExchangeFetchOptions): ExchangeFetch {
  return async (input, init) => {
    // Duck-typed, not `instanceof Request`: runtimes without a global Request still have fetch polyfills.
    const method = (
      init?.method ?? (typeof input === 'object' && 'method' in input ? input.method : 'GET')
    ).toUpperCase();
    const href = typeof input === 'string' ? input : 'href' in input ? input.href : input.url;
    const request: ExchangeErrorRequest = { method, url: redactSecrets(href) };
    const hints = {
      ...(options.source ? { source: options.source } : {}),
      request: { ...request, ...(init?.exchangeIntent ? { intent: init.exchangeIntent } : {}) },
    };
    const fail = (resolved: ResolvedExchangeError | null) =>
      resolved ? new ExchangeError(resolved, request) : undefined;

    let response: Response;
    try {
      response = await (options.fetch ?? globalThis.fetch)(input, init);
    } catch (error) {
      // The request may have reached the exchange: the resolver decides (an order becomes execution-unknown).
      if (isAbort(error)) throw error;
      throw fail(resolveForTransport(options, error, hints)) ?? error;
    }

    if (response.ok && options.envelopes === false) return response;
    const text = await response.clone().text();
    const body = parseBody(text);
    if (response.ok && !isEnvelope(body)) return response;
    const resolved = resolveForTransport(options, body, {
      ...hints,
      httpStatus: response.status,
      headers: response.headers,
    });
    const error = fail(resolved);
    if (!error) return response;
    if (options.throwOnError === false) return response;
    throw error;
  };
}
