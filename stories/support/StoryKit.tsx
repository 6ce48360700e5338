import { type ReactNode, useState } from 'react';
import { fn } from 'storybook/test';
import { createExchangeErrorResolver } from '../../src/core/createExchangeErrorResolver';
import { createExchangeErrorStore, type ExchangeErrorStore } from '../../src/core/createExchangeErrorStore';
import type { ExchangeProfile } from '../../src/core/profile';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { binanceUsdm } from '../../src/exchanges/binance-usdm';
import { bybit } from '../../src/exchanges/bybit';
import { ltp } from '../../src/exchanges/ltp';
import { okx } from '../../src/exchanges/okx';
import { ExchangeErrorProvider, type ExchangeErrorProviderProps } from '../../src/react';

export const catalogs = [binanceSpot, ltp];

/** Every exchange profile the kit ships by hand, as an app trading on all five would register them. */
export const allExchanges: readonly ExchangeProfile[] = [binanceSpot, ltp, binanceUsdm, okx, bybit];

/**
 * A fresh store per story, so no story sees another's errors. `source` names the exchange, as an
 * app that knows it would; without it the resolver tells the exchange from the request and the
 * payload among `exchanges`.
 */
export function useStoryStore(
  source?: string,
  seed?: (store: ExchangeErrorStore) => void,
  exchanges: readonly ExchangeProfile[] = catalogs,
) {
  const [store] = useState(() => {
    const store = createExchangeErrorStore({
      resolve: createExchangeErrorResolver({ exchanges, source }),
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
