import type { MutationOptions, QueryOptions } from '@tanstack/query-core';
import { describe, expectTypeOf, it } from 'vitest';
import type { ExchangeErrorMeta } from '../../src/tanstack-query';

// What the README tells an app to write. The augmentation holds for the whole typecheck, so every
// `meta` in the tests is checked against it too.
declare module '@tanstack/query-core' {
  interface Register {
    queryMeta: ExchangeErrorMeta;
    mutationMeta: ExchangeErrorMeta;
  }
}

describe('ExchangeErrorMeta registered with TanStack Query', () => {
  it('types meta, so a misspelt intent does not compile', () => {
    expectTypeOf<NonNullable<QueryOptions['meta']>>().toEqualTypeOf<ExchangeErrorMeta>();
    expectTypeOf<NonNullable<MutationOptions['meta']>>().toEqualTypeOf<ExchangeErrorMeta>();
    const ok: MutationOptions = { meta: { exchangeIntent: 'place-order', exchangeReport: false } };
    // @ts-expect-error not an intent the kit knows
    const misspelt: MutationOptions = { meta: { exchangeIntent: 'place-oder' } };
    expectTypeOf(ok).toExtend<MutationOptions>();
    expectTypeOf(misspelt).toExtend<MutationOptions>();
  });
});
