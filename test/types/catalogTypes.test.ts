import { describe, expectTypeOf, it } from 'vitest';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { ltp } from '../../src/exchanges/ltp';
import {
  type CatalogCode,
  type CatalogErrorName,
  isCatalogError,
  type ResolvedExchangeError,
} from '../../src/index';
import type { UNLISTED_CODE } from '../core/undocumented';

// Checked by the typecheck (`tsc --noEmit` in npm test); the runtime assertions are no-ops.
describe('catalog types', () => {
  it('know the name of every documented code', () => {
    expectTypeOf<CatalogErrorName<typeof binanceSpot, -1015>>().toEqualTypeOf<'TOO_MANY_ORDERS'>();
    expectTypeOf<CatalogErrorName<typeof binanceSpot, -1021>>().toEqualTypeOf<'INVALID_TIMESTAMP'>();
    // The LTP document lists codes and messages without names.
    expectTypeOf<CatalogErrorName<typeof ltp, 400001>>().toEqualTypeOf<undefined>();
    // The document uses -5012 twice; -1099 has a heading and no name.
    expectTypeOf<CatalogErrorName<typeof binanceSpot, -5012>>().toEqualTypeOf<
      'TRANSFER_PENDING' | 'FUTURE_ACCT_OR_SUBRELATION_NOT_EXIST'
    >();
    expectTypeOf<CatalogErrorName<typeof binanceSpot, -1099>>().toEqualTypeOf<undefined>();
  });

  it('accept only documented codes', () => {
    expectTypeOf<-1015>().toExtend<CatalogCode<typeof binanceSpot>>();
    // A code no document lists (test/core/isCatalogError.test.ts checks that at run time), and one
    // the current edition added.
    expectTypeOf<typeof UNLISTED_CODE>().not.toExtend<CatalogCode<typeof binanceSpot>>();
    expectTypeOf<-1013>().toExtend<CatalogCode<typeof binanceSpot>>();
    expectTypeOf<-1015>().not.toExtend<CatalogCode<typeof ltp>>();
    expectTypeOf<601004>().toExtend<CatalogCode<typeof ltp>>();
  });

  it('narrow a resolved error to its name once the catalog is known and the code compared', () => {
    const error = {} as ResolvedExchangeError | null;
    if (isCatalogError(error, binanceSpot)) {
      expectTypeOf(error.source).toEqualTypeOf<'binance-spot'>();
      expectTypeOf(error.known).toEqualTypeOf<true>();
      if (error.code === -1003) expectTypeOf(error.name).toEqualTypeOf<'TOO_MANY_REQUESTS'>();
      if (error.name === 'INVALID_SIGNATURE') expectTypeOf(error.code).toEqualTypeOf<-1022>();
    }
    if (isCatalogError(error, ltp)) {
      expectTypeOf(error.source).toEqualTypeOf<'ltp'>();
      expectTypeOf(error.code).toEqualTypeOf<CatalogCode<typeof ltp>>();
    }
    // Without the guard the name stays a string.
    expectTypeOf<ResolvedExchangeError['name']>().toEqualTypeOf<string | undefined>();
  });
});
