import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId } from 'react';
import { expect } from 'storybook/test';
import { FieldError, useFieldError } from '../../src/react';
import { StoryKit, useStoryStore } from '../support/StoryKit';

function QuantityField({ payload }: { payload?: unknown }) {
  const store = useStoryStore('binance-spot', (store) => payload && store.report(payload));
  return (
    <StoryKit store={store}>
      <Field />
    </StoryKit>
  );
}

function Field() {
  const quantity = useFieldError('quantity');
  const id = useId();
  return (
    <div className="story-field" style={{ maxWidth: 320 }}>
      <label htmlFor={id}>Quantity (BTC)</label>
      <input id={id} defaultValue="0.000001" {...quantity.inputProps} onChange={quantity.clear} />
      <FieldError name="quantity" />
    </div>
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
  render: () => <QuantityField payload={{ code: -1013, msg: 'Filter failure: LOT_SIZE' }} />,
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
  render: () => <QuantityField />,
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByLabelText('Quantity (BTC)')).not.toHaveAttribute('aria-invalid');
    await expect(canvasElement.querySelector('#eek-field-error-quantity')).toBeEmptyDOMElement();
  },
};
