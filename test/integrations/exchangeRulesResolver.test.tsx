import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { rulesFromBinanceSymbol } from '../../src/exchanges/binance-spot/rulesFromBinanceSymbol';
import { exchangeRulesResolver, ruleErrorOf } from '../../src/react-hook-form';
import { binanceBtcUsdt } from '../rules/payloads';

// Binance's BTCUSDT: tick 0.01, step 0.00001, minimum total 5 USDT.
const rules = rulesFromBinanceSymbol(binanceBtcUsdt);

interface Order {
  price: string;
  amount: string;
}

const resolverOptions = { fields: {}, shouldUseNativeValidation: false };
const limitBuy = { side: 'BUY', type: 'LIMIT' } as const;

describe('exchangeRulesResolver', () => {
  const resolver = exchangeRulesResolver<Order>(rules, {
    fieldMap: { quantity: 'amount', notional: 'amount' },
    order: limitBuy,
  });

  it('passes a valid order with its values', async () => {
    const values = { price: '50000.01', amount: '0.001' };
    expect(await resolver(values, undefined, resolverOptions)).toEqual({ values, errors: {} });
  });

  it('puts each broken rule on its mapped field, typed exchange.<FILTER>, with the kit message and the fix', async () => {
    const result = await resolver({ price: '50000.005', amount: '0.0000955' }, undefined, resolverOptions);
    expect(result.values).toEqual({});
    expect(result.errors.price).toMatchObject({
      type: 'exchange.PRICE_FILTER',
      message: 'Price must be a multiple of 0.01: use 50000.00 or 50000.01.',
      suggestion: { field: 'price', values: ['50000.00', '50000.01'] },
    });
    // LOT_SIZE and NOTIONAL both land on `amount`: the first the exchange checks wins.
    expect(result.errors.amount).toMatchObject({
      type: 'exchange.LOT_SIZE',
      message: 'Quantity must be a multiple of 0.00001: use 0.00010.',
      suggestion: { field: 'amount', values: ['0.00010'] },
    });
    expect(ruleErrorOf(result.errors.amount)?.violation.reason).toBe('LOT_SIZE.stepSize');
    expect(ruleErrorOf({ type: 'required', message: 'x' })).toBeUndefined();
  });

  it('keeps kit names for unmapped fields and types invalid values by category', async () => {
    const plain = exchangeRulesResolver<{ price: string; quantity: string }>(rules, { order: limitBuy });
    const result = await plain({ price: '', quantity: '0.00001' }, undefined, resolverOptions);
    expect(result.errors.price).toMatchObject({
      type: 'exchange.invalid-request',
      message: 'Price is required for a LIMIT order.',
    });
    const total = await plain({ price: '50000', quantity: '0.00001' }, undefined, resolverOptions);
    expect((total.errors as Record<string, unknown>).notional).toMatchObject({
      type: 'exchange.NOTIONAL',
      message: 'Order total must be at least 5 USDT: set the quantity to 0.00010.',
      suggestion: { field: 'quantity', values: ['0.00010'] },
    });
  });

  it('puts findings about no form field on root.order, so they still block the submit', async () => {
    const noTotal = exchangeRulesResolver<Order>(rules, {
      fieldMap: { quantity: 'amount', notional: null },
      order: limitBuy,
      context: { openOrders: 200 },
    });
    const result = await noTotal({ price: '50000', amount: '0.00001' }, undefined, resolverOptions);
    expect(result.errors.root?.order).toMatchObject({ type: 'exchange.NOTIONAL' });
    expect(result.errors.amount).toBeUndefined();
  });

  it('reads a context function at each validation, as prices move', async () => {
    let openOrders = 0;
    const counted = exchangeRulesResolver<Order>(rules, {
      fieldMap: { quantity: 'amount' },
      order: limitBuy,
      context: () => ({ openOrders }),
    });
    const values = { price: '50000', amount: '0.001' };
    expect((await counted(values, undefined, resolverOptions)).errors).toEqual({});
    openOrders = 200;
    expect((await counted(values, undefined, resolverOptions)).errors.root?.order).toMatchObject({
      type: 'exchange.MAX_NUM_ORDERS',
    });
  });

  it('reads nested field paths', async () => {
    const nested = exchangeRulesResolver<{ order: { price: string; qty: string } }>(rules, {
      fieldMap: { price: 'order.price', quantity: 'order.qty' },
      order: limitBuy,
    });
    const result = await nested({ order: { price: '1.001', qty: '10' } }, undefined, resolverOptions);
    expect(result.errors.order?.price).toMatchObject({ type: 'exchange.PRICE_FILTER' });
    expect(ruleErrorOf(result.errors.order?.price)?.suggestion?.field).toBe('order.price');
  });

  it('passes everything while there are no rules', async () => {
    const values = { price: 'nonsense', amount: '' };
    expect(await exchangeRulesResolver<Order>(undefined)(values, undefined, resolverOptions)).toEqual({
      values,
      errors: {},
    });
  });
});

/** An order form with react-hook-form and the rules resolver; fixes go in with setValue. */
function RulesForm({ onValid }: { onValid: (order: Order) => void }) {
  const form = useForm<Order>({
    defaultValues: { price: '50000.005', amount: '0.0000955' },
    resolver: exchangeRulesResolver(rules, {
      fieldMap: { quantity: 'amount', notional: 'amount' },
      order: limitBuy,
    }),
  });
  const { errors } = form.formState;
  const field = (name: 'price' | 'amount', label: string) => {
    const rule = ruleErrorOf(errors[name]);
    const fix = rule?.suggestion;
    return (
      <div>
        <label htmlFor={name}>{label}</label>
        <input
          id={name}
          {...form.register(name)}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={`${name}-error`}
        />
        <span id={`${name}-error`} data-type={errors[name]?.type}>
          {errors[name]?.message}
          {fix?.values.map((value) => (
            <button
              key={value}
              type="button"
              aria-label={`Use ${value} for ${label.toLowerCase()}`}
              onClick={() => form.setValue(fix.field as 'price' | 'amount', value, { shouldValidate: true })}
            >
              Use {value}
            </button>
          ))}
        </span>
      </div>
    );
  };
  return (
    <form aria-label="Order" onSubmit={form.handleSubmit(onValid)}>
      {field('price', 'Price')}
      {field('amount', 'Amount')}
      <button type="submit">Buy</button>
    </form>
  );
}

/** A form with no total field: a NOTIONAL finding has nowhere to go but `root.order`. */
function NoTotalForm({ onValid }: { onValid: (order: Order) => void }) {
  const form = useForm<Order>({
    defaultValues: { price: '50000', amount: '0.00001' },
    resolver: exchangeRulesResolver(rules, {
      fieldMap: { quantity: 'amount', notional: null },
      order: limitBuy,
    }),
  });
  return (
    <form aria-label="Order" onSubmit={form.handleSubmit(onValid)}>
      <input aria-label="Price" {...form.register('price')} />
      <input aria-label="Amount" {...form.register('amount')} />
      <p role="alert">{form.formState.errors.root?.order?.message}</p>
      <button type="submit">Buy</button>
    </form>
  );
}

describe('exchangeRulesResolver in a form', () => {
  it('blocks the submit with a finding on root.order', async () => {
    const onValid = vi.fn();
    const user = userEvent.setup();
    render(<NoTotalForm onValid={onValid} />);
    await user.click(screen.getByRole('button', { name: 'Buy' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Order total must be at least 5 USDT');
    expect(onValid).not.toHaveBeenCalled();
  });

  it('blocks the submit with the kit messages, and the suggested values fix it through setValue', async () => {
    const onValid = vi.fn();
    const user = userEvent.setup();
    render(<RulesForm onValid={onValid} />);
    await user.click(screen.getByRole('button', { name: 'Buy' }));
    expect(onValid).not.toHaveBeenCalled();
    const priceError = document.getElementById('price-error')!;
    expect(priceError).toHaveAttribute('data-type', 'exchange.PRICE_FILTER');
    expect(priceError).toHaveTextContent('Price must be a multiple of 0.01: use 50000.00 or 50000.01.');
    expect(document.getElementById('amount-error')).toHaveAttribute('data-type', 'exchange.LOT_SIZE');
    // react-hook-form focuses the first field in error.
    expect(screen.getByLabelText('Price')).toHaveFocus();

    await user.click(within(priceError).getByRole('button', { name: 'Use 50000.01 for price' }));
    expect(screen.getByLabelText('Price')).toHaveValue('50000.01');
    expect(priceError).toBeEmptyDOMElement();
    expect(screen.getByLabelText('Price')).not.toHaveAttribute('aria-invalid');

    await user.click(screen.getByRole('button', { name: 'Use 0.00010 for amount' }));
    expect(screen.getByLabelText('Amount')).toHaveValue('0.00010');
    expect(document.getElementById('amount-error')).toBeEmptyDOMElement();

    await user.click(screen.getByRole('button', { name: 'Buy' }));
    expect(onValid).toHaveBeenCalledOnce();
    expect(onValid.mock.calls[0]![0]).toEqual({ price: '50000.01', amount: '0.00010' });
  });
});
