import { act, screen } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createExchangeErrorStore, type ExchangeErrorStore } from '../../src/index';
import { ExchangeErrorProvider, ExchangeErrorToaster } from '../../src/react';
import { createFakeClock } from '../support/fakeClock';
import { OrderForm } from './OrderForm';
import { bodies, NOW, resolve } from './payloads';

function App({ store }: { store: ExchangeErrorStore }) {
  return (
    <ExchangeErrorProvider store={store}>
      <OrderForm
        submit={async () => {
          throw { ...bodies.lotSize };
        }}
      />
      <ExchangeErrorToaster />
    </ExchangeErrorProvider>
  );
}

describe('react-hook-form integration, server rendered then hydrated', () => {
  it('hydrates without mismatch and then puts the exchange error on the form field', async () => {
    const newStore = () => createExchangeErrorStore({ resolve, clock: createFakeClock(NOW) });
    const html = renderToString(<App store={newStore()} />);
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    await act(async () => {
      hydrateRoot(container, <App store={newStore()} />, {
        // A hydration mismatch is logged, and the console guard fails the test on it.
        onRecoverableError: (error) => console.error(error),
      });
    });
    await act(async () => {
      screen.getByRole('button', { name: 'Buy' }).click();
    });
    expect(screen.getByRole('alert')).toHaveAttribute('data-type', 'exchange.LOT_SIZE');
    container.remove();
  });
});
