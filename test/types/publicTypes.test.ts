import type { QueryClientConfig } from '@tanstack/query-core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ErrorCategory,
  type ExchangeErrorStore,
  type ResolvedExchangeError,
  type RetryStrategy,
  readExchangeError,
  resolveExchangeError,
} from '../../src/index';
import type { UseExchangeErrorResult } from '../../src/react';
import { createExchangeRetry } from '../../src/tanstack-query';

// Checked by the typecheck (`tsc --noEmit` in npm test); the runtime assertions are no-ops.
describe('public types', () => {
  it('keeps category and retry strategy closed unions, so a switch over them is exhaustive', () => {
    expectTypeOf<ErrorCategory>().toEqualTypeOf<
      | 'rate-limit'
      | 'ip-banned'
      | 'clock-skew'
      | 'execution-unknown'
      | 'unavailable'
      | 'auth'
      | 'account-restricted'
      | 'insufficient-funds'
      | 'filter'
      | 'invalid-request'
      | 'not-found'
      | 'order-rejected'
      | 'unsupported'
      | 'unknown'
    >();
    expectTypeOf<RetryStrategy>().toEqualTypeOf<
      'none' | 'after' | 'backoff' | 'resync-clock' | 'check-status'
    >();
  });

  it('returns null only where a success envelope is possible', () => {
    expectTypeOf(resolveExchangeError).returns.toEqualTypeOf<ResolvedExchangeError | null>();
    expectTypeOf(readExchangeError).returns.resolves.toEqualTypeOf<ResolvedExchangeError | null>();
    expectTypeOf<ResolvedExchangeError['code']>().toEqualTypeOf<number | null>();
  });

  it('gives the store and the hook the documented shapes', () => {
    expectTypeOf<ExchangeErrorStore['report']>().returns.toEqualTypeOf<string | null>();
    expectTypeOf<UseExchangeErrorResult['retry']>().returns.resolves.toEqualTypeOf<boolean>();
  });

  it("matches TanStack Query's retry and retryDelay signatures exactly", () => {
    const { retry, retryDelay } = createExchangeRetry({ resolve: () => null });
    type QueryDefaults = NonNullable<NonNullable<QueryClientConfig['defaultOptions']>['queries']>;
    expectTypeOf(retry).toExtend<NonNullable<QueryDefaults['retry']>>();
    expectTypeOf(retryDelay).toExtend<NonNullable<QueryDefaults['retryDelay']>>();
  });
});
