import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { createExchangeErrorResolver, createExchangeErrorStore } from '../../src/index';
import { ExchangeErrorProvider, ExchangeErrorToaster } from '../../src/react';

describe('reporting from outside React', () => {
  it('loses nothing reported before the provider mounts', () => {
    // As an axios interceptor or WebSocket handler at module level would.
    const store = createExchangeErrorStore({
      resolve: createExchangeErrorResolver({ exchanges: [binanceSpot] }),
    });
    store.report({ code: -1121, msg: 'Invalid symbol.' });
    store.report({ code: -2013, msg: 'Order does not exist.' });

    render(
      <ExchangeErrorProvider store={store}>
        <ExchangeErrorToaster />
      </ExchangeErrorProvider>,
    );
    const toasts = () =>
      [...document.querySelectorAll('li.eek-toast')].map((el) => el.getAttribute('data-category'));
    expect(toasts()).toEqual(['invalid-request', 'not-found']);

    act(() => {
      store.report({ code: -1022, msg: 'Signature for this request is not valid.' });
    });
    expect(toasts()).toEqual(['invalid-request', 'not-found', 'auth']);
  });
});
