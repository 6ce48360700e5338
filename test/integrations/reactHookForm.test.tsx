import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { createExchangeErrorStore } from '../../src/index';
import { applyExchangeError } from '../../src/integrations/reactHookForm';
import { createExchangeErrorCallbacks } from '../../src/integrations/tanstackQuery';
import { ExchangeErrorProvider, ExchangeErrorToaster } from '../../src/react';
import { useExchangeFormErrors } from '../../src/react-hook-form';
import { createFakeClock } from '../support/fakeClock';
import { type Order, OrderForm } from './OrderForm';
import { bodies, NOW, resolve } from './payloads';

const newStore = () => createExchangeErrorStore({ resolve, clock: createFakeClock(NOW) });

function renderOrderForm(submit: (order: Order) => Promise<void>) {
  const store = newStore();
  // As the README sets it up: a retry from a toast sends the last order again.
  let last: Order | undefined;
  const remembered = async (order: Order) => {
    last = order;
    await submit(order);
  };
  render(
    <ExchangeErrorProvider store={store} onRetry={async () => last && submit(last)}>
      <OrderForm submit={remembered} />
      <ExchangeErrorToaster />
    </ExchangeErrorProvider>,
  );
  const toasts = () =>
    [...document.querySelectorAll('li.eek-toast')].map((el) => el.getAttribute('data-category'));
  const buy = () =>
    act(async () => {
      screen.getByRole('button', { name: 'Buy' }).click();
    });
  return { store, toasts, buy };
}

describe('react-hook-form: applyExchangeError', () => {
  const resolved = (body: unknown) => resolve(body, { now: NOW })!;

  it('sets exchange.LOT_SIZE with the kit message on the quantity field', () => {
    const setError = vi.fn();
    const error = resolved(bodies.lotSize);
    expect(applyExchangeError(error, setError)).toBe(true);
    expect(setError).toHaveBeenCalledWith(
      'quantity',
      { type: 'exchange.LOT_SIZE', message: error.description },
      { shouldFocus: true },
    );
  });

  it('maps the kit field to the form field, and leaves out fields mapped to null or not in the form', () => {
    const setError = vi.fn();
    const error = resolved(bodies.lotSize);
    expect(applyExchangeError(error, setError, { fieldMap: { quantity: 'amount' } })).toBe(true);
    expect(setError).toHaveBeenLastCalledWith(
      'amount',
      expect.objectContaining({ type: 'exchange.LOT_SIZE' }),
      {
        shouldFocus: true,
      },
    );
    expect(applyExchangeError(error, setError, { fieldMap: { quantity: null } })).toBe(false);
    expect(applyExchangeError(error, setError, { fields: ['price'] })).toBe(false);
    expect(setError).toHaveBeenCalledTimes(1);
  });

  it('puts insufficient funds on the amount field', () => {
    const setError = vi.fn();
    const error = resolved(bodies.insufficientBalance);
    expect(error.category).toBe('insufficient-funds');
    expect(applyExchangeError(error, setError)).toBe(true);
    expect(setError).toHaveBeenCalledWith(
      error.field ?? 'amount',
      expect.objectContaining({ type: 'exchange.insufficient-funds' }),
      { shouldFocus: true },
    );
  });

  it.each([
    ['a rate limit', bodies.tooManyRequests],
    ['a busy server', bodies.serverBusy],
    ['an order whose execution is unknown', bodies.executionUnknown],
    ['a bad signature', bodies.badSignature],
    ['a clock skew', bodies.clockSkew],
  ])('keeps %s out of the form', (_, body) => {
    const setError = vi.fn();
    expect(applyExchangeError(resolved(body), setError)).toBe(false);
    expect(setError).not.toHaveBeenCalled();
  });
});

describe('react-hook-form: useExchangeFormErrors', () => {
  it('shows a LOT_SIZE rejection on the mapped amount field with the kit message, and no toast for it', async () => {
    const { store, toasts, buy } = renderOrderForm(async () => {
      throw { ...bodies.lotSize };
    });
    await buy();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-type', 'exchange.LOT_SIZE');
    const [entry] = store.getSnapshot().entries;
    expect(entry?.error.filter).toBe('LOT_SIZE');
    expect(alert).toHaveTextContent(entry!.error.description);
    expect(screen.getByLabelText('Amount')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Amount')).toHaveFocus();
    // The form shows it, so the toaster leaves it to the form.
    expect(toasts()).toEqual([]);
    expect(entry?.request).toEqual({ intent: 'place-order' });
  });

  it('keeps a rate limit out of the form: it is a toast and the next submit goes through', async () => {
    let attempts = 0;
    const submit = vi.fn(async () => {
      attempts++;
      if (attempts === 1) throw { ...bodies.tooManyRequests };
    });
    const { store, toasts, buy } = renderOrderForm(submit);
    await buy();
    expect(store.getSnapshot().entries[0]?.error.category).toBe('rate-limit');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(toasts()).toEqual(['rate-limit']);
    await buy();
    expect(submit).toHaveBeenCalledTimes(2);
  });

  it('keeps an error for a field the form lacks out of it, so it can still be submitted', async () => {
    let attempts = 0;
    const submit = vi.fn(async () => {
      attempts++;
      if (attempts === 1) throw { ...bodies.minNotional };
    });
    const { store, toasts, buy } = renderOrderForm(submit);
    await buy();
    const error = store.getSnapshot().entries[0]?.error;
    expect(error?.category).toBe('filter');
    expect(error?.field).toBe('notional');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(toasts()).toEqual(['filter']);
    await buy();
    expect(submit).toHaveBeenCalledTimes(2);
  });

  it('counts an error once when a mutation cache callback has already reported it', () => {
    const store = newStore();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ExchangeErrorProvider store={store}>{children}</ExchangeErrorProvider>
    );
    const { result } = renderHook(
      () => {
        const form = useForm<Order>({ defaultValues: { price: '', amount: '' } });
        return { form, errors: useExchangeFormErrors(form, { fieldMap: { quantity: 'amount' } }) };
      },
      { wrapper },
    );
    const failure = { ...bodies.lotSize };
    createExchangeErrorCallbacks(store, { resolve }).mutationCache.onError(failure, {}, undefined, {});
    let applied = false;
    act(() => {
      applied = result.current.errors.report(failure);
    });
    expect(applied).toBe(true);
    expect(result.current.form.getFieldState('amount').error?.type).toBe('exchange.LOT_SIZE');
    expect(store.getSnapshot().totals.reported).toBe(1);
    expect(store.getSnapshot().entries[0]?.count).toBe(1);
  });

  it('says what to do when there is neither a provider nor a store', () => {
    expect(() => renderHook(() => useExchangeFormErrors(useForm<Order>()))).toThrow(
      /inside <ExchangeErrorProvider> or pass \{ store \}/,
    );
  });
});
