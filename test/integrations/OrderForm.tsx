import { useForm } from 'react-hook-form';
import { useExchangeFormErrors } from '../../src/react-hook-form';

export interface Order {
  price: string;
  amount: string;
}

/** An order form as an app writes it: react-hook-form plus the kit's hook, the kit field `quantity` shown as `amount`. */
export function OrderForm({ submit }: { submit: (order: Order) => Promise<void> }) {
  const form = useForm<Order>({ defaultValues: { price: '', amount: '' } });
  const { report } = useExchangeFormErrors(form, { fieldMap: { quantity: 'amount' } });
  const { errors } = form.formState;
  return (
    <form
      aria-label="Order"
      onSubmit={form.handleSubmit(async (order) => {
        try {
          await submit(order);
        } catch (error) {
          report(error);
        }
      })}
    >
      <label htmlFor="price">Price</label>
      <input id="price" {...form.register('price')} />
      <label htmlFor="amount">Amount</label>
      <input id="amount" {...form.register('amount')} aria-invalid={errors.amount ? true : undefined} />
      {errors.amount && (
        <p role="alert" data-type={errors.amount.type}>
          {errors.amount.message}
        </p>
      )}
      <button type="submit">Buy</button>
    </form>
  );
}
