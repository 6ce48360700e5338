import { act, fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as resolverModule from '../../src/core/createExchangeErrorResolver';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { createExchangeErrorResolver, createExchangeErrorStore } from '../../src/index';
import {
  ActionButton,
  ExchangeErrorProvider,
  type ExchangeErrorProviderProps,
  ExchangeErrorToaster,
  useExchangeError,
} from '../../src/react';
import { expectConsole } from '../support/consoleGuard';

vi.mock('../../src/core/createExchangeErrorResolver', async (importOriginal) => {
  const original = await importOriginal<typeof resolverModule>();
  return { createExchangeErrorResolver: vi.fn(original.createExchangeErrorResolver) };
});
const created = vi.mocked(resolverModule.createExchangeErrorResolver);

const catalogs = [binanceSpot];
let report: ReturnType<typeof useExchangeError>['report'];
function Reporter() {
  report = useExchangeError().report;
  return null;
}
const toasts = () => [...document.querySelectorAll<HTMLElement>('li.eek-toast')];

describe('ExchangeErrorProvider', () => {
  it('still has a store when the app takes its own store prop away after mount', () => {
    const store = createExchangeErrorStore({ resolve: createExchangeErrorResolver({ exchanges: catalogs }) });
    const app = (props: Partial<ExchangeErrorProviderProps>) => (
      <ExchangeErrorProvider exchanges={catalogs} {...props}>
        <Reporter />
        <ExchangeErrorToaster />
      </ExchangeErrorProvider>
    );
    const { rerender } = render(app({ store }));
    rerender(app({}));
    act(() => {
      report({ code: -1121, msg: 'Invalid symbol.' });
    });
    expect(toasts()).toHaveLength(1);
    expect(toasts()[0]).toHaveAttribute('data-category', 'invalid-request');
    // The app's store was left alone.
    expect(store.getSnapshot().entries).toHaveLength(0);
  });

  it('creates its resolver once, and a new one only when its options change', () => {
    created.mockClear();
    const app = (copy?: ExchangeErrorProviderProps['copy']) => (
      <ExchangeErrorProvider exchanges={catalogs} copy={copy}>
        <Reporter />
        <ExchangeErrorToaster />
      </ExchangeErrorProvider>
    );
    const copy = { categories: { 'invalid-request': { title: 'Requête invalide' } } };
    const { rerender } = render(app());
    for (let i = 0; i < 5; i++) rerender(app());
    expect(created).toHaveBeenCalledTimes(1);

    rerender(app(copy));
    rerender(app(copy));
    expect(created).toHaveBeenCalledTimes(2);
    // The next report uses the new copy, through the same store.
    act(() => {
      report({ code: -1121, msg: 'Invalid symbol.' });
    });
    expect(toasts()[0]).toHaveTextContent('Requête invalide');
  });
});

describe('ActionButton', () => {
  const rateLimit = { code: -1003, msg: 'Too many requests queued.' };

  it("runs the app's onClick first, then the kit's action", async () => {
    const calls: string[] = [];
    const onRetry = vi.fn(async () => {
      calls.push('kit: retry');
    });
    render(
      <ExchangeErrorProvider exchanges={catalogs} onRetry={onRetry}>
        <Reporter />
        <ExchangeErrorToaster
          renderToast={(entry, action) => (
            <ActionButton state={action} onClick={() => calls.push(`app: ${entry.error.category}`)} />
          )}
        />
      </ExchangeErrorProvider>,
    );
    act(() => {
      report({ code: -1001, msg: 'Internal error; unable to process your request. Please try again.' });
    });
    await act(async () => {
      fireEvent.click(toasts()[0]!.querySelector('button.eek-action')!);
    });
    expect(calls).toEqual(['app: unavailable', 'kit: retry']);
  });

  it("skips the kit's action when the app's onClick calls preventDefault()", async () => {
    const onRetry = vi.fn(async () => {});
    const appClick = vi.fn((event: React.MouseEvent) => event.preventDefault());
    render(
      <ExchangeErrorProvider exchanges={catalogs} onRetry={onRetry}>
        <Reporter />
        <ExchangeErrorToaster
          renderToast={(_, action) => <ActionButton state={action} onClick={appClick} />}
        />
      </ExchangeErrorProvider>,
    );
    act(() => {
      report({ code: -1001, msg: 'Internal error; unable to process your request. Please try again.' });
    });
    await act(async () => {
      fireEvent.click(toasts()[0]!.querySelector('button.eek-action')!);
    });
    expect(appClick).toHaveBeenCalledTimes(1);
    expect(onRetry).not.toHaveBeenCalled();
    expect(toasts()).toHaveLength(1);
  });

  it('warns once in development, naming the prop, when a category needs a handler the provider lacks', () => {
    expectConsole('warn', /rate-limit errors offer "Retry", but <ExchangeErrorProvider> has no `onRetry`/);
    expectConsole('warn', /execution-unknown errors offer "Check order status", .* no `checkOrderStatus`/);
    render(
      <ExchangeErrorProvider exchanges={catalogs}>
        <Reporter />
        <ExchangeErrorToaster />
      </ExchangeErrorProvider>,
    );
    act(() => {
      report(rateLimit);
      report({ code: -1015, msg: 'Too many new orders; current limit is 50 orders per 10 SECOND.' });
      report({
        code: -1007,
        msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
      });
    });
    expect(toasts()).toHaveLength(3);
    // No button where no handler is: the warning says why.
    expect(toasts()[0]!.querySelector('button.eek-action')).toBeNull();
  });

  it('does not warn when the provider has the handlers', () => {
    render(
      <ExchangeErrorProvider exchanges={catalogs} onRetry={async () => {}} checkOrderStatus={async () => {}}>
        <Reporter />
        <ExchangeErrorToaster />
      </ExchangeErrorProvider>,
    );
    act(() => {
      report(rateLimit);
    });
    expect(toasts()[0]!.querySelector('button.eek-action')).not.toBeNull();
  });
});
