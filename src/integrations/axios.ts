import { redactSecrets } from '../core/redactSecrets';
import type { ResolvedExchangeError } from '../core/types';
import { ExchangeError, type ExchangeErrorRequest } from './ExchangeError';
import {
  type ExchangeTransportSettings,
  type ExchangeTransportTarget,
  isEnvelope,
  resolveForTransport,
} from './fetch';
import { carriedResolution } from './resolveOnce';

/** The parts of an axios request config the interceptor reads (never its headers or params). */
export interface AxiosLikeRequestConfig {
  method?: string;
  url?: string;
  baseURL?: string;
}

/** The parts of an axios response the interceptor reads. */
export interface AxiosLikeResponse {
  data: unknown;
  status: number;
  headers: unknown;
  config?: AxiosLikeRequestConfig;
}

/**
 * The part of an axios instance the interceptor needs, written out so the kit has no dependency on
 * axios. `axios.create()` and the default `axios` export both satisfy it.
 */
export interface AxiosLikeInstance<TResponse extends AxiosLikeResponse = AxiosLikeResponse> {
  interceptors: {
    response: {
      use(
        onFulfilled: (response: TResponse) => TResponse | Promise<TResponse>,
        onRejected: (error: unknown) => unknown,
      ): number;
      eject(id: number): void;
    };
  };
}

/** Options for {@link attachExchangeErrorInterceptor}. */
export type ExchangeInterceptorOptions = ExchangeTransportTarget & ExchangeTransportSettings;

interface AxiosLikeError {
  message?: string;
  code?: string;
  name?: string;
  config?: AxiosLikeRequestConfig;
  response?: AxiosLikeResponse;
}

/** Response headers as a plain record: axios gives an `AxiosHeaders` instance or a plain object. */
function plainHeaders(headers: unknown): Record<string, string> {
  const source =
    typeof headers === 'object' &&
    headers !== null &&
    'toJSON' in headers &&
    typeof headers.toJSON === 'function'
      ? (headers.toJSON() as unknown)
      : headers;
  const result: Record<string, string> = {};
  if (typeof source !== 'object' || source === null) return result;
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'string' || typeof value === 'number') result[key.toLowerCase()] = String(value);
    else if (Array.isArray(value)) result[key.toLowerCase()] = value.join(', ');
  }
  return result;
}

function requestOf(config: AxiosLikeRequestConfig | undefined): ExchangeErrorRequest {
  const url = `${config?.url && /^[a-z]+:/i.test(config.url) ? '' : (config?.baseURL ?? '')}${config?.url ?? ''}`;
  return { method: (config?.method ?? 'get').toUpperCase(), url: redactSecrets(url) };
}

/**
 * Adds a response interceptor to an axios instance that rejects with an {@link ExchangeError}
 * (carrying the `ResolvedExchangeError`) for HTTP errors, LTP error envelopes in 200 bodies, timeouts
 * and network failures, reporting them to `store` when given. The axios error itself is dropped: its
 * `config` holds the API key header and the signed query. Cancellations pass through unchanged.
 * Returns a function that removes the interceptor.
 *
 * @example
 * ```ts
 * const api = axios.create({ baseURL: 'https://api.example.com', headers: { 'X-MBX-APIKEY': key } });
 * const detach = attachExchangeErrorInterceptor(api, { store });
 * await api.post('/api/v3/order', null, { params }); // rejects with ExchangeError { resolved }
 * ```
 */
export function attachExchangeErrorInterceptor<TResponse extends AxiosLikeResponse>(
  instance: AxiosLikeInstance<TResponse>,
  options: ExchangeInterceptorOptions,
): () => void {
  const hintsFor = (request: ExchangeErrorRequest) => ({
    ...(options.source ? { source: options.source } : {}),
    request,
  });
  const fail = (resolved: ResolvedExchangeError | null, request: ExchangeErrorRequest) =>
    resolved ? new ExchangeError(resolved, request) : undefined;

  const id = instance.interceptors.response.use(
    (response) => {
      if (options.envelopes === false || !isEnvelope(response.data)) return response;
      const request = requestOf(response.config);
      const error = fail(
        resolveForTransport(options, response.data, {
          ...hintsFor(request),
          httpStatus: response.status,
          headers: plainHeaders(response.headers),
        }),
        request,
      );
      if (error) throw error;
      return response;
    },
    (raw) => {
      if (typeof raw !== 'object' || raw === null || carriedResolution(raw)) throw raw;
      const error = raw as AxiosLikeError;
      // A cancellation is the app's own doing, not an exchange error.
      if (error.code === 'ERR_CANCELED' || error.name === 'CanceledError') throw raw;
      const request = requestOf(error.config);
      const { response } = error;
      const resolved = response
        ? resolveForTransport(options, response.data, {
            ...hintsFor(request),
            httpStatus: response.status,
            headers: plainHeaders(response.headers),
          })
        : // No response: a timeout or network failure. Pass a plain Error, never the axios error with its config.
          resolveForTransport(
            options,
            Object.assign(new Error(error.message ?? 'Network Error'), { code: error.code }),
            hintsFor(request),
          );
      throw fail(resolved, request) ?? raw;
    },
  );
  return () => instance.interceptors.response.eject(id);
}
