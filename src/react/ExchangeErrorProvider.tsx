'use client';
import { type ReactNode, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { createExchangeErrorResolver } from '../core/createExchangeErrorResolver';
import {
  createExchangeErrorStore,
  type ExchangeErrorStore,
  type ExchangeErrorStoreOptions,
} from '../core/createExchangeErrorStore';
import type { ExchangeProfile } from '../core/profile';
import type { CopyOverrides, ExchangeCatalog } from '../core/types';
import { defaultLabels, type UiLabels } from '../locale/en/labels';
import type { Language } from '../locale/types';
import { ExchangeErrorContext, type ExchangeErrorHandlers } from './ExchangeErrorContext';

/** Props of {@link ExchangeErrorProvider}. */
export interface ExchangeErrorProviderProps extends ExchangeErrorHandlers {
  children?: ReactNode;
  /**
   * A store you created yourself (e.g. at module level, so an axios interceptor can report before
   * React mounts). When omitted the provider creates one from `exchanges`, `source` and `copy`.
   */
  store?: ExchangeErrorStore;
  /** The exchanges to resolve against, from `exchange-error-kit/exchanges/*`. Ignored when `store` is given. */
  exchanges?: readonly ExchangeProfile[];
  /** @deprecated Use `exchanges`; the kit's catalogs are the same profiles. */
  catalogs?: readonly (ExchangeProfile | ExchangeCatalog)[];
  /** The exchange errors come from when a payload does not say: a registered profile's id. Ignored when `store` is given. */
  source?: string;
  /** The words of the copy, and of the vocabulary undocumented messages are read with. @defaultValue English */
  language?: Language;
  /** Your own titles and descriptions, per category or code. Ignored when `store` is given. */
  copy?: CopyOverrides;
  /** BCP 47 locale for times and numbers. */
  locale?: string;
  /** Your own button and status words. */
  labels?: Partial<UiLabels>;
  /** Options for the store the provider creates. @defaultValue maxLive 50, maxHistory 100 */
  storeOptions?: Omit<ExchangeErrorStoreOptions, 'resolve'>;
}

/**
 * Holds the error store and the app's handlers for every hook and component below it.
 *
 * @example
 * ```tsx
 * <ExchangeErrorProvider exchanges={[binanceSpot]} onRetry={(entry) => refetch()} syncClock={syncWithServerTime}>
 *   <OrderForm />
 *   <ExchangeErrorToaster />
 * </ExchangeErrorProvider>
 * ```
 */
export function ExchangeErrorProvider({
  children,
  store: givenStore,
  exchanges,
  catalogs,
  source,
  copy,
  locale,
  language,
  labels,
  storeOptions,
  onRetry,
  syncClock,
  checkOrderStatus,
  onRefresh,
}: ExchangeErrorProviderProps) {
  // Created once. The store the provider owns resolves through `resolver.current`, which follows
  // the props after each commit (never during render), so new catalogs or copy apply to the next
  // report without a new store. Kept even while the app passes its own `store`, so taking that
  // prop away later still leaves a store.
  const options = { exchanges, catalogs, source, copy, locale, language };
  const [own] = useState(() => {
    const resolver = { current: createExchangeErrorResolver(options), options };
    const store = createExchangeErrorStore({
      ...storeOptions,
      resolve: (input, options) => resolver.current(input, options),
    });
    return { resolver, store };
  });
  useIsomorphicLayoutEffect(() => {
    const { resolver } = own;
    const next = { exchanges, catalogs, source, copy, locale, language };
    const previous: Record<string, unknown> = resolver.options;
    if (Object.entries(next).every(([key, value]) => previous[key] === value)) return;
    resolver.options = next;
    resolver.current = createExchangeErrorResolver(next);
  }, [own, exchanges, catalogs, source, copy, locale, language]);
  const store = givenStore ?? own.store;

  const value = useMemo(
    () => ({
      store,
      locale,
      labels: labels ? { ...defaultLabels, ...labels } : defaultLabels,
      handlers: { onRetry, syncClock, checkOrderStatus, onRefresh },
    }),
    [store, locale, labels, onRetry, syncClock, checkOrderStatus, onRefresh],
  );
  return <ExchangeErrorContext.Provider value={value}>{children}</ExchangeErrorContext.Provider>;
}

// A layout effect runs before the children's effects, so a report they make sees the new props;
// a server has no layout, and React 18 warns about one there.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
