'use client';
import { type ReactNode, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { CatalogId } from '../catalog/types';
import { createExchangeErrorResolver } from '../core/createExchangeErrorResolver';
import {
  createExchangeErrorStore,
  type ExchangeErrorStore,
  type ExchangeErrorStoreOptions,
} from '../core/createExchangeErrorStore';
import type { CopyOverrides, ExchangeCatalog } from '../core/types';
import { ExchangeErrorContext, type ExchangeErrorHandlers } from './ExchangeErrorContext';
import { defaultLabels, type UiLabels } from './labels';

/** Props of {@link ExchangeErrorProvider}. */
export interface ExchangeErrorProviderProps extends ExchangeErrorHandlers {
  children?: ReactNode;
  /**
   * A store you created yourself (e.g. at module level, so an axios interceptor can report before
   * React mounts). When omitted the provider creates one from `catalogs`, `source` and `copy`.
   */
  store?: ExchangeErrorStore;
  /** Catalogs to resolve against, from `exchange-error-kit/catalogs/*`. Ignored when `store` is given. */
  catalogs?: readonly ExchangeCatalog[];
  /** The exchange errors come from when a payload does not say. Ignored when `store` is given. */
  source?: CatalogId;
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
 * <ExchangeErrorProvider catalogs={[binanceSpot]} onRetry={(entry) => refetch()} syncClock={syncWithServerTime}>
 *   <OrderForm />
 *   <ExchangeErrorToaster />
 * </ExchangeErrorProvider>
 * ```
 */
export function ExchangeErrorProvider({
  children,
  store: givenStore,
  catalogs,
  source,
  copy,
  locale,
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
  const [own] = useState(() => {
    const resolver = {
      current: createExchangeErrorResolver({ catalogs, source, copy, locale }),
      catalogs,
      source,
      copy,
      locale,
    };
    const store = createExchangeErrorStore({
      ...storeOptions,
      resolve: (input, options) => resolver.current(input, options),
    });
    return { resolver, store };
  });
  useIsomorphicLayoutEffect(() => {
    const { resolver } = own;
    if (
      resolver.catalogs === catalogs &&
      resolver.source === source &&
      resolver.copy === copy &&
      resolver.locale === locale
    )
      return;
    Object.assign(resolver, {
      current: createExchangeErrorResolver({ catalogs, source, copy, locale }),
      catalogs,
      source,
      copy,
      locale,
    });
  }, [own, catalogs, source, copy, locale]);
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
