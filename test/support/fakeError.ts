import type { ErrorCategory, ResolvedExchangeError, RetryStrategy } from '../../src/core/types';

/** A resolved error for store tests, which must not depend on how the resolver classifies. */
export function fakeError(
  overrides: Partial<ResolvedExchangeError> & { category?: ErrorCategory; strategy?: RetryStrategy } = {},
): ResolvedExchangeError {
  const { strategy, ...rest } = overrides;
  const category = overrides.category ?? 'unknown';
  return {
    source: 'binance-spot',
    code: -1000,
    message: 'An unknown error occurred while processing the request.',
    category,
    severity: 'error',
    title: 'Something failed',
    description: 'Try again.',
    params: {},
    retry: { strategy: strategy ?? 'none' },
    known: true,
    fingerprint: `fp:${category}:${overrides.code ?? -1000}`,
    raw: null,
    ...rest,
  };
}
