import { type ReactNode, useState } from 'react';
import { fn } from 'storybook/test';
import type { CatalogId } from '../../src/catalog/types';
import { createExchangeErrorResolver } from '../../src/core/createExchangeErrorResolver';
import { createExchangeErrorStore, type ExchangeErrorStore } from '../../src/core/createExchangeErrorStore';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { ltp } from '../../src/exchanges/ltp';
import { ExchangeErrorProvider, type ExchangeErrorProviderProps } from '../../src/react';

export const catalogs = [binanceSpot, ltp];

/** A fresh store per story, so no story sees another's errors. */
export function useStoryStore(source?: CatalogId, seed?: (store: ExchangeErrorStore) => void) {
  const [store] = useState(() => {
    const store = createExchangeErrorStore({
      resolve: createExchangeErrorResolver({ exchanges: catalogs, source }),
    });
    seed?.(store);
    return store;
  });
  return store;
}

/** Handlers that log to the Actions panel and resolve, as an app's would. */
export const storyHandlers = () => ({
  onRetry: fn().mockName('onRetry'),
  syncClock: fn().mockName('syncClock'),
  checkOrderStatus: fn().mockName('checkOrderStatus'),
  onRefresh: fn().mockName('onRefresh'),
});

/** The provider with a story's own store and logging handlers. */
export function StoryKit({
  store,
  children,
  ...props
}: { store: ExchangeErrorStore; children: ReactNode } & Partial<ExchangeErrorProviderProps>) {
  const [handlers] = useState(storyHandlers);
  return (
    <ExchangeErrorProvider store={store} {...handlers} {...props}>
      {children}
    </ExchangeErrorProvider>
  );
}
