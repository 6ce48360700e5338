import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useState } from 'react';
import { expect } from 'storybook/test';
import { rulesFromBinanceSymbol } from '../../src/exchanges/binance-spot/rulesFromBinanceSymbol';
import { FieldError, useFieldError, useOrderValidation } from '../../src/react';
import { binanceBtcUsdtSymbol } from '../dashboard/simulatedExchange';
import { StoryKit, useStoryStore } from '../support/StoryKit';

const btcUsdt = rulesFromBinanceSymbol(binanceBtcUsdtSymbol);

interface ReportedFieldProps {
  /** What the app received, reported into the story's store; none for an empty field. */
  payload?: unknown;
  /** The exchange the store's resolver is told of; none to let it find out from the payload. */
  source?: string;
  name?: 'quantity' | 'price';
  label?: string;
  value?: string;
}

/** One order-form field, told of what the app received. */
function ReportedField({
  payload,
  source,
  name = 'quantity',
  label = 'Quantity (BTC)',
  value = '0.000001',
}: ReportedFieldProps) {
  const store = useStoryStore(source, (store) => payload && store.report(payload));
  return (
    <StoryKit store={store}>
      <Field name={name} label={label} value={value} />
    </StoryKit>
  );
}

function Field({ name, label, value }: Required<Pick<ReportedFieldProps, 'name' | 'label' | 'value'>>) {
  const field = useFieldError(name);
  const id = useId();
  return (
    <div className="story-field" style={{ maxWidth: 320 }}>
      <label htmlFor={id}>{label}</label>
      <input id={id} defaultValue={value} {...field.inputProps} onChange={field.clear} />
      <FieldError name={name} />
    </div>
  );
}

/** A price checked against BTCUSDT's rules by `useOrderValidation`, its fixes put back by `onFix`. */
function PriceWithRules() {
  const store = useStoryStore('binance-spot');
  return (
    <StoryKit store={store}>
      <RulesForm />
    </StoryKit>
  );
}

function RulesForm() {
  const [price, setPrice] = useState('50000.005');
  const validation = useOrderValidation({ side: 'BUY', type: 'LIMIT', price, quantity: '0.001' }, btcUsdt, {
    onFix: (_field, value) => setPrice(value),
  });
  const field = useFieldError('price');
  const id = useId();
  return (
    <form
      className="story-field"
      style={{ maxWidth: 320 }}
      aria-label="Order"
      onSubmit={validation.handleSubmit(() => {})}
    >
      <label htmlFor={id}>Price (USDT)</label>
      <input
        id={id}
        value={price}
        onChange={(e) => setPrice(e.target.value)}
        {...validation.fieldProps('price')}
        {...field.inputProps}
      />
      <FieldError name="price" />
      <button type="submit" className="eek-action">
        Check
      </button>
    </form>
  );
}

/**
 * The inline error of one order-form field: always in the DOM with a stable id for
 * `aria-describedby`, empty when there is no error. Give the input `aria-invalid` from
 * `useFieldError(name).inputProps`.
 */
const meta = {
  title: 'Components/FieldError',
  component: FieldError,
  args: { name: 'quantity' },
  render: () => (
    <ReportedField source="binance-spot" payload={{ code: -1013, msg: 'Filter failure: LOT_SIZE' }} />
  ),
} satisfies Meta<typeof FieldError>;
export default meta;
type Story = StoryObj<typeof meta>;

export const LotSize: Story = {
  play: async ({ canvas }) => {
    const input = canvas.getByLabelText('Quantity (BTC)');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByText(/LOT_SIZE/)).toBeInTheDocument();
  },
};

export const Empty: Story = {
  render: () => <ReportedField source="binance-spot" />,
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByLabelText('Quantity (BTC)')).not.toHaveAttribute('aria-invalid');
    await expect(canvasElement.querySelector('#eek-field-error-quantity')).toBeEmptyDOMElement();
  },
};

/**
 * A finding of `useOrderValidation` on the same component: the rule, and the nearest valid values
 * as buttons, reachable by keyboard and named for what they do ("Use 50000.01 for price").
 */
export const FixFromTheRules: Story = {
  render: () => <PriceWithRules />,
  play: async ({ canvas, canvasElement, userEvent }) => {
    const input = canvas.getByLabelText('Price (USDT)');
    await userEvent.click(canvas.getByRole('button', { name: 'Check' }));
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveFocus();
    const error = canvasElement.querySelector('#eek-field-error-price');
    await expect(error).toHaveAttribute('data-source', 'local');
    await expect(error).toHaveTextContent('Price must be a multiple of 0.01: use 50000.00 or 50000.01.');
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Use 50000.00 for price' })).toHaveFocus();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(input).toHaveValue('50000.01');
    await expect(input).not.toHaveAttribute('aria-invalid');
    await expect(input).toHaveFocus();
  },
};

/**
 * An exchange no registered profile knows, answering as web frameworks do, with its errors by
 * field (Bitstamp's `{"error":{"price":["Ensure that …"]}}`): the generic reader reads the field's
 * name and its words, a trading rule, so the error is shown on the price field.
 */
export const ErrorsByFieldFromAnUnknownExchange: Story = {
  render: () => (
    <ReportedField
      payload={{ error: { price: ['Ensure that there are no more than 2 decimal places.'] } }}
      name="price"
      label="Price (USD)"
      value="64968.891"
    />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('Price (USD)')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByText(/no more than 2 decimal places/)).toBeInTheDocument();
  },
};
