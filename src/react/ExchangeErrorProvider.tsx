'use client';
import { type ReactNode, useMemo, useRef, useState } from 'react';
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
  // The resolver is read through a ref so new catalogs or copy apply without recreating the store.
  const resolverRef = useRef(createExchangeErrorResolver({ catalogs, source, copy, locale }));
  resolverRef.current = useMemo(
    () => createExchangeErrorResolver({ catalogs, source, copy, locale }),
    [catalogs, source, copy, locale],
  );
  const [ownStore] = useState(() =>
    givenStore
      ? null
      : createExchangeErrorStore({
          ...storeOptions,
          resolve: (input, options) => resolverRef.current(input, options),
        }),
  );
  const store = givenStore ?? (ownStore as ExchangeErrorStore);

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
