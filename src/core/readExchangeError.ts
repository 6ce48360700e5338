import { resolveExchangeError } from './resolveExchangeError';
import type { ResolvedExchangeError, ResolveOptions } from './types';

function isResponse(value: unknown): value is Response {
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as Response).text === 'function' &&
      typeof (value as Response).status === 'number' &&
      typeof (value as Response).headers === 'object'
    );
  } catch {
    return false;
  }
}

/**
 * {@link resolveExchangeError} for a fetch `Response`: reads its status, its headers
 * (`Retry-After`) and its body, once, as text, so an HTML error page from a CDN or an empty body
 * resolves as well as JSON does. `raw` is the body text (the `Response` itself cannot be read
 * again). Anything else is passed to `resolveExchangeError` as it is.
 *
 * Call it for responses that failed (`!response.ok`), or for LTP, whose errors arrive in a 200:
 * a success envelope resolves to `null`.
 *
 * @example
 * ```ts
 * const response = await fetch(url, init);
 * if (!response.ok) {
 *   const error = await readExchangeError(response, { exchanges: [binanceSpot], request: { method: 'POST', url } });
 *   if (error?.retry.strategy === 'after') scheduleRetry(error.retry.retryAt);
 * }
 * ```
 */
export async function readExchangeError(
  input: unknown,
  options: ResolveOptions = {},
): Promise<ResolvedExchangeError | null> {
  if (!isResponse(input)) return resolveExchangeError(input, options);
  let body = '';
  try {
    body = await input.text();
  } catch {
    // Already read, aborted or undecodable: resolve from the status and headers.
  }
  return resolveExchangeError(body, {
    ...options,
    httpStatus: options.httpStatus ?? input.status,
    headers: options.headers ?? input.headers,
  });
}
