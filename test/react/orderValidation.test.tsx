import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createExchangeErrorResolver } from '../../src/core/createExchangeErrorResolver';
import { createExchangeErrorStore, type ExchangeErrorStore } from '../../src/core/createExchangeErrorStore';
import type { OrderInput } from '../../src/core/rules/validateOrder';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { rulesFromBinanceSymbol } from '../../src/exchanges/binance-spot/rulesFromBinanceSymbol';
import {
  ExchangeErrorProvider,
  ExchangeErrorToaster,
  FieldError,
  fieldErrorId,
  type OrderValidation,
  useFieldError,
  useOrderValidation,
} from '../../src/react';
import { binanceBtcUsdt } from '../rules/payloads';

// Binance's BTCUSDT: tick 0.01, step 0.00001, minimum total 5 USDT.
const rules = rulesFromBinanceSymbol(binanceBtcUsdt);
const blank: OrderInput = { side: 'BUY', type: 'LIMIT', price: '50000.00', quantity: '0.001' };

function Field({ name, label, value, onChange, validation }: FieldProps) {
  const field = useFieldError(name);
  return (
    <div>
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        value={value}
        onChange={(e) => {
          onChange(e.target.value);
          field.clear();
        }}
        {...validation.fieldProps(name)}
        {...field.inputProps}
      />
      <FieldError name={name} />
    </div>
  );
}

interface FieldProps {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  validation: OrderValidation;
}

interface FormProps {
  initial?: OrderInput;
  onFix?: (field: string, value: string) => void;
  onPlace?: (order: OrderInput) => void;
  withFix?: boolean;
  showTotal?: boolean;
}

let latest: OrderValidation;

function OrderForm({ initial = blank, onFix, onPlace, withFix = true, showTotal = true }: FormProps) {
  const [order, setOrder] = useState(initial);
  const validation = useOrderValidation(order, rules, {
    ...(withFix && {
      onFix: (field: string, value: string) => {
        onFix?.(field, value);
        setOrder((o) => ({ ...o, [field]: value }));
      },
    }),
  });
  latest = validation;
  const set = (field: keyof OrderInput) => (value: string) => setOrder((o) => ({ ...o, [field]: value }));
  return (
    <form aria-label="Order" onSubmit={validation.handleSubmit((o) => onPlace?.(o))}>
      <Field
        name="price"
        label="Price"
        value={order.price!}
        onChange={set('price')}
        validation={validation}
      />
      <Field
        name="quantity"
        label="Quantity"
        value={order.quantity!}
        onChange={set('quantity')}
        validation={validation}
      />
      {showTotal ? (
        <div>
          <output aria-describedby={fieldErrorId('notional')}>total</output>
          <FieldError name="notional" />
        </div>
      ) : null}
      <button type="submit">Buy</button>
    </form>
  );
}

function renderForm(props: FormProps = {}, store: ExchangeErrorStore = newStore()) {
  const user = userEvent.setup();
  const view = render(
    <ExchangeErrorProvider store={store}>
      <OrderForm {...props} />
      <ExchangeErrorToaster />
    </ExchangeErrorProvider>,
  );
  return { user, store, view };
}

/** A page whose order form can close while a field error elsewhere stays. */
function ClosingForm() {
  const [form, setForm] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setForm(false)}>
        close form
      </button>
      {form ? <OrderForm initial={{ ...blank, price: '1.001' }} /> : null}
      <FieldError name="price" id="elsewhere" />
    </>
  );
}

let noRules: OrderValidation | undefined;
function NoRules() {
  noRules = useOrderValidation({ side: 'BUY', type: 'LIMIT', price: 'x' }, undefined);
  return null;
}

/** A price field of a form without the hook: the fix comes from FieldError's own onFix. */
function Price({ onFix }: { onFix: (field: string, value: string) => void }) {
  const field = useFieldError('price');
  return (
    <>
      <label htmlFor="p">Price</label>
      <input id="p" {...field.inputProps} />
      <FieldError name="price" onFix={onFix} />
    </>
  );
}

const newStore = () =>
  createExchangeErrorStore({ resolve: createExchangeErrorResolver({ exchanges: [binanceSpot] }) });
const region = (name: string) => document.getElementById(fieldErrorId(name))!;
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const toasts = () => document.querySelectorAll('li.eek-toast');

/** Nothing on the field: no text, no `aria-invalid`. */
function expectQuiet(name: string, label?: string) {
  expect(region(name)).toHaveAttribute('data-state', 'empty');
  expect(region(name)).toBeEmptyDOMElement();
  if (label) expect(input(label)).not.toHaveAttribute('aria-invalid');
}

describe('useOrderValidation: when a field shows its finding', () => {
  it('shows nothing while a valid number is typed, one key at a time, even through 0., 0.0000 and 50000.', async () => {
    const { user } = renderForm();
    for (const [label, name, text] of [
      ['Quantity', 'quantity', '0.00125'],
      ['Price', 'price', '50000.01'],
    ] as const) {
      await user.clear(input(label));
      for (const key of text) {
        await user.keyboard(key);
        // `0`, `0.`, `0.0`, `0.00`, `0.001`: zero and a bare point on the way are not errors yet.
        expectQuiet(name, label);
        expectQuiet('notional');
      }
      expect(input(label)).toHaveValue(text);
    }
    // The prefixes did break rules (zero, a bare point): the hook knew and held them back.
    await user.clear(input('Quantity'));
    await user.keyboard('0.');
    expect(latest.violations.map((v) => v.reason)).toContain('field.notANumber');
    expectQuiet('quantity', 'Quantity');
  });

  it('does not mark a field the user only tabbed through', async () => {
    const { user } = renderForm({ initial: { ...blank, price: '50000.005' } });
    await user.click(input('Price'));
    await user.tab();
    expectQuiet('price', 'Price');
    expect(latest.violations).toHaveLength(1);
  });

  it('after blur shows an invalid price as "multiple of 0.01" with a button for each neighbour', async () => {
    const { user } = renderForm();
    await user.clear(input('Price'));
    await user.type(input('Price'), '50000.005');
    expectQuiet('price', 'Price');
    await user.tab();
    const error = region('price');
    expect(error).toHaveAttribute('data-state', 'active');
    expect(error).toHaveAttribute('data-source', 'local');
    expect(error).toHaveAttribute('data-category', 'filter');
    expect(error).toHaveAttribute('data-filter', 'PRICE_FILTER');
    expect(error).toHaveTextContent('Price must be a multiple of 0.01: use 50000.00 or 50000.01.');
    expect(input('Price')).toHaveAttribute('aria-invalid', 'true');
    expect(input('Price')).toHaveAttribute('aria-describedby', error.id);
    const buttons = within(error).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['Use 50000.00', 'Use 50000.01']);
    // Named for what they do, the visible text first.
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      'Use 50000.00 for price',
      'Use 50000.01 for price',
    ]);
    // Inline only: no toast, and nothing in the store's entries or history.
    expect(toasts()).toHaveLength(0);
  });

  it('clicking a fix calls onFix, the error clears with the valid value, and focus goes back to the field', async () => {
    const onFix = vi.fn();
    const { user } = renderForm({ onFix });
    await user.clear(input('Price'));
    await user.type(input('Price'), '50000.005');
    await user.tab();
    await user.click(screen.getByRole('button', { name: 'Use 50000.01 for price' }));
    expect(onFix).toHaveBeenCalledExactlyOnceWith('price', '50000.01');
    expect(input('Price')).toHaveValue('50000.01');
    expectQuiet('price', 'Price');
    expect(input('Price')).toHaveFocus();
  });

  it('reaches the fix buttons by keyboard and fixes with Enter', async () => {
    const { user } = renderForm();
    await user.clear(input('Price'));
    await user.type(input('Price'), '50000.005');
    await user.tab();
    // Tab had picked the next field before the error (and its buttons) came: they are one step back.
    expect(input('Quantity')).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Use 50000.01 for price' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Use 50000.00 for price' })).toHaveFocus();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(input('Price')).toHaveValue('50000.01');
    expectQuiet('price', 'Price');
  });

  it('clears as soon as the value becomes valid while typing, without waiting for the blur', async () => {
    const { user } = renderForm();
    await user.clear(input('Quantity'));
    await user.type(input('Quantity'), '0.000015');
    await user.tab();
    expect(region('quantity')).toHaveTextContent('Quantity must be a multiple of 0.00001');
    await user.click(input('Quantity'));
    await user.keyboard('{Backspace}');
    expect(input('Quantity')).toHaveValue('0.00001');
    expectQuiet('quantity', 'Quantity');
  });

  it('while retyping a marked field, the finding it showed holds still until the value passes: no flicker', async () => {
    const { user } = renderForm();
    await user.clear(input('Quantity'));
    await user.type(input('Quantity'), '0.000015');
    await user.tab();
    const shown = region('quantity').textContent;
    expect(shown).toContain('multiple of 0.00001');
    await user.tripleClick(input('Quantity'));
    const texts: string[] = [];
    for (const key of '0.0002') {
      await user.keyboard(key);
      texts.push(region('quantity').textContent ?? '');
    }
    // `0`, `0.`, `0.0` … break other rules (a zero, a bare point); none of them is shown.
    expect(texts.slice(0, -1)).toEqual(texts.slice(0, -1).map(() => shown));
    expect(texts.at(-1)).toBe('');
    // Once cleared, it stays clear for the rest of the edit.
    await user.keyboard('55');
    expect(input('Quantity')).toHaveValue('0.000255');
    expectQuiet('quantity');
    await user.tab();
    expect(region('quantity')).toHaveTextContent('Quantity must be a multiple of 0.00001');
  });

  it('a submit marks every invalid field, sends nothing and focuses the first; fixed, it sends', async () => {
    const onPlace = vi.fn();
    const { user } = renderForm({
      initial: { side: 'BUY', type: 'LIMIT', price: '50000.005', quantity: '0.0000955' },
      onPlace,
    });
    expectQuiet('price', 'Price');
    expectQuiet('quantity', 'Quantity');
    expectQuiet('notional');
    await user.click(screen.getByRole('button', { name: 'Buy' }));
    expect(onPlace).not.toHaveBeenCalled();
    expect(region('price')).toHaveTextContent('Price must be a multiple of 0.01');
    expect(region('quantity')).toHaveTextContent('Quantity must be a multiple of 0.00001: use 0.00010.');
    expect(region('notional')).toHaveTextContent(
      'Order total must be at least 5 USDT: set the quantity to 0.00010.',
    );
    expect(input('Price')).toHaveFocus();
    expect(latest.submitted).toBe(true);
    expect(toasts()).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Use 50000.01 for price' }));
    // The total's fix sets the quantity, and it is the quantity's own fix too: one click, two clear.
    const totalFix = within(region('notional')).getByRole('button', { name: 'Use 0.00010 for quantity' });
    await user.click(totalFix);
    expect(input('Quantity')).toHaveValue('0.00010');
    expectQuiet('quantity', 'Quantity');
    expectQuiet('notional');
    expect(input('Quantity')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Buy' }));
    expect(onPlace).toHaveBeenCalledExactlyOnceWith({
      side: 'BUY',
      type: 'LIMIT',
      price: '50000.01',
      quantity: '0.00010',
    });
  });

  it('a submit with Enter while typing judges the value typed so far', async () => {
    const onPlace = vi.fn();
    const { user } = renderForm({ onPlace });
    await user.clear(input('Price'));
    await user.type(input('Price'), '50000.005{Enter}');
    expect(onPlace).not.toHaveBeenCalled();
    expect(input('Price')).toHaveFocus();
    expect(region('price')).toHaveTextContent('multiple of 0.01');
    // Still typing: it clears the moment the price passes.
    await user.keyboard('{Backspace}');
    expectQuiet('price', 'Price');
  });

  it('reset forgets touched fields and the submit attempt', async () => {
    const { user } = renderForm({ initial: { ...blank, price: '1.001' } });
    await user.click(screen.getByRole('button', { name: 'Buy' }));
    expect(region('price')).toHaveAttribute('data-state', 'active');
    act(() => latest.reset());
    expectQuiet('price', 'Price');
    expect(latest.submitted).toBe(false);
  });

  it('without onFix shows the suggestion in words and no buttons', async () => {
    const { user } = renderForm({ withFix: false });
    await user.clear(input('Price'));
    await user.type(input('Price'), '50000.005');
    await user.tab();
    expect(region('price')).toHaveTextContent('use 50000.00 or 50000.01');
    expect(within(region('price')).queryAllByRole('button')).toHaveLength(0);
  });

  it('never toasts, even for a field no FieldError shows', async () => {
    const { user, store } = renderForm({
      initial: { side: 'BUY', type: 'LIMIT', price: '50000.00', quantity: '0.00001' },
      showTotal: false,
    });
    await user.click(screen.getByRole('button', { name: 'Buy' }));
    expect(latest.shown.notional?.reason).toBe('NOTIONAL.minNotional');
    expect(toasts()).toHaveLength(0);
    expect(store.getSnapshot().entries).toHaveLength(0);
    expect(store.getSnapshot().totals.reported).toBe(0);
  });

  it('takes its findings away when the form unmounts', async () => {
    const store = newStore();
    const user = userEvent.setup();
    render(
      <ExchangeErrorProvider store={store}>
        <ClosingForm />
      </ExchangeErrorProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Buy' }));
    expect(document.getElementById('elsewhere')).toHaveAttribute('data-state', 'active');
    await user.click(screen.getByRole('button', { name: 'close form' }));
    expect(document.getElementById('elsewhere')).toHaveAttribute('data-state', 'empty');
  });

  it('checks nothing, and lets the order go, while there are no rules', () => {
    render(<NoRules />);
    expect(noRules?.valid).toBe(true);
    expect(noRules?.violations).toEqual([]);
  });
});

describe('useOrderValidation beside the exchange', () => {
  const tickFailure = { code: -1013, msg: 'Filter failure: PRICE_FILTER' };

  it("shows the exchange's answer when the form found nothing", async () => {
    const { store } = renderForm();
    act(() => {
      store.report(tickFailure);
    });
    expect(region('price')).toHaveAttribute('data-source', 'exchange');
    expect(region('price')).toHaveTextContent('Filter failure: PRICE_FILTER');
    expect(input('Price')).toHaveAttribute('aria-invalid', 'true');
    expect(toasts()).toHaveLength(0);
  });

  it("shows one error per field: the form's finding wins, with the exchange's words under it when both name the rule", async () => {
    const { user, store } = renderForm({ initial: { ...blank, price: '50000.005' } });
    act(() => {
      store.report(tickFailure);
    });
    await user.click(screen.getByRole('button', { name: 'Buy' }));
    const error = region('price');
    expect(error).toHaveAttribute('data-source', 'local');
    expect(error.querySelectorAll('.eek-field-error__rule')).toHaveLength(1);
    expect(error.querySelector('.eek-field-error__rule')).toHaveTextContent(
      'Price must be a multiple of 0.01: use 50000.00 or 50000.01.',
    );
    expect(error.querySelector('.eek-field-error__exchange')).toHaveTextContent(
      'Filter failure: PRICE_FILTER',
    );
    // A fix answers both: the exchange's entry about the old value goes too.
    await user.click(screen.getByRole('button', { name: 'Use 50000.00 for price' }));
    expectQuiet('price', 'Price');
    expect(store.getSnapshot().entries).toHaveLength(0);
  });

  it("leaves out the exchange's words when it named another rule", async () => {
    const { user, store } = renderForm({ initial: { ...blank, quantity: '0.000015' } });
    act(() => {
      store.report({ code: -1013, msg: 'Filter failure: MARKET_LOT_SIZE' });
    });
    expect(region('quantity')).toHaveAttribute('data-filter', 'MARKET_LOT_SIZE');
    await user.click(screen.getByRole('button', { name: 'Buy' }));
    expect(region('quantity')).toHaveAttribute('data-source', 'local');
    expect(region('quantity')).toHaveAttribute('data-filter', 'LOT_SIZE');
    expect(region('quantity')).toHaveTextContent('Quantity must be a multiple of 0.00001');
    expect(region('quantity').querySelector('.eek-field-error__exchange')).toBeNull();
    // The exchange's entry stays in the store (its toast stays quiet while the field shows).
    expect(store.getSnapshot().entries).toHaveLength(1);
    expect(toasts()).toHaveLength(0);
  });

  it("puts the fix of an exchange answer that carries a suggestion in the form through the hook's onFix", async () => {
    const onFix = vi.fn();
    const { user, store } = renderForm({ onFix });
    // As a resolver that knows the symbol's rules would resolve the order that was sent.
    const resolved = createExchangeErrorResolver({ exchanges: [binanceSpot] })(tickFailure)!;
    act(() => {
      store.add({
        ...resolved,
        description: 'Price must be a multiple of 0.01: use 50000.00 or 50000.01.',
        suggestion: { field: 'price', values: ['50000.00', '50000.01'] },
      } as typeof resolved);
    });
    // The form finds nothing wrong with the value in the field now: the exchange's answer shows.
    expect(region('price')).toHaveAttribute('data-source', 'exchange');
    await user.click(screen.getByRole('button', { name: 'Use 50000.01 for price' }));
    expect(onFix).toHaveBeenCalledExactlyOnceWith('price', '50000.01');
    expect(input('Price')).toHaveValue('50000.01');
    expectQuiet('price', 'Price');
    expect(store.getSnapshot().entries).toHaveLength(0);
  });

  it('offers the fix for an exchange answer that carries a suggestion', () => {
    const store = newStore();
    const onFix = vi.fn();
    render(
      <ExchangeErrorProvider store={store}>
        <Price onFix={onFix} />
      </ExchangeErrorProvider>,
    );
    // As a resolver that knows the symbol's rules would resolve it.
    const resolved = createExchangeErrorResolver({ exchanges: [binanceSpot] })(tickFailure)!;
    act(() => {
      store.add({
        ...resolved,
        description: 'Price must be a multiple of 0.01: use 50000.00 or 50000.01.',
        suggestion: { field: 'price', values: ['50000.00', '50000.01'] },
      } as typeof resolved);
    });
    expect(region('price')).toHaveAttribute('data-source', 'exchange');
    act(() => screen.getByRole('button', { name: 'Use 50000.01 for price' }).click());
    expect(onFix).toHaveBeenCalledExactlyOnceWith('price', '50000.01');
    // The exchange's answer is about the old value: the fix dismisses it.
    expect(store.getSnapshot().entries).toHaveLength(0);
  });
});
