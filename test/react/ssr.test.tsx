import { act } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { createExchangeErrorResolver, createExchangeErrorStore } from '../../src/index';
import {
  ExchangeErrorBanner,
  ExchangeErrorProvider,
  ExchangeErrorToaster,
  FieldError,
} from '../../src/react';

function App({ store }: { store: ReturnType<typeof createExchangeErrorStore> }) {
  return (
    <ExchangeErrorProvider store={store}>
      <ExchangeErrorBanner />
      <form aria-label="Order">
        <label htmlFor="price">Price</label>
        <input id="price" aria-describedby="eek-field-error-price" />
        <FieldError name="price" />
      </form>
      <ExchangeErrorToaster />
    </ExchangeErrorProvider>
  );
}

const newStore = () =>
  createExchangeErrorStore({ resolve: createExchangeErrorResolver({ exchanges: [binanceSpot] }) });

describe('server rendering', () => {
  it('renders the provider, toaster and field error to a string and hydrates without mismatch warnings', async () => {
    const html = renderToString(<App store={newStore()} />);
    expect(html).toContain('id="eek-field-error-price"');

    // The client store already holds an error reported before hydration (e.g. by an interceptor).
    const clientStore = newStore();
    clientStore.report({ code: -1013, msg: 'Filter failure: PRICE_FILTER' });

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    await act(async () => {
      hydrateRoot(container, <App store={clientStore} />, {
        // A hydration mismatch is logged, and the console guard fails the test on it.
        onRecoverableError: (error) => console.error(error),
      });
    });
    // After hydration the early error shows where it belongs.
    expect(container.querySelector('#eek-field-error-price')).toHaveAttribute('data-state', 'active');
    container.remove();
  });
});
