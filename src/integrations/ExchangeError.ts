import { redactSecrets } from '../core/redactSecrets';
import type { ResolvedExchangeError } from '../core/types';

/** The request an {@link ExchangeError} came from, with secrets already redacted. */
export interface ExchangeErrorRequest {
  method?: string;
  /** The URL with `signature`, `apiKey`, `listenKey` and similar query values replaced by `[redacted]`. */
  url?: string;
}

/**
 * What the kit's transport wrappers throw: an `Error` (so stack traces, `instanceof Error` and
 * TanStack Query keep working) that carries the resolved error. The original transport error is not
 * kept as `cause`, because an axios error or a `Request` holds API keys and signatures.
 *
 * @example
 * ```ts
 * try {
 *   await exchangeFetch('/api/v3/order', { method: 'POST', body });
 * } catch (error) {
 *   if (error instanceof ExchangeError) console.warn(error.resolved.category, error.message);
 * }
 * ```
 */
export class ExchangeError extends Error {
  override readonly name = 'ExchangeError';
  /** The resolved error; record it with `store.add(error.resolved)` (the integrations do so for you). */
  readonly resolved: ResolvedExchangeError;
  readonly request: ExchangeErrorRequest | undefined;

  constructor(resolved: ResolvedExchangeError, request?: ExchangeErrorRequest) {
    const code = resolved.code === null ? '' : ` ${resolved.code}`;
    // Redacted here too: `resolve` may be an app-written resolver that does not redact.
    super(redactSecrets(`[${resolved.source}${code}] ${resolved.message || resolved.title}`));
    this.resolved = resolved;
    this.request = request;
  }
}
