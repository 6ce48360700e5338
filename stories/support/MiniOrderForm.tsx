import { OrderField } from './OrderField';

/** The fields a filter failure can point at, showing the kit's inline errors. */
export function MiniOrderForm() {
  return (
    <form className="story-order-form" aria-label="Order" onSubmit={(e) => e.preventDefault()}>
      <OrderField name="price" label="Price" />
      <OrderField name="quantity" label="Quantity" />
      <OrderField name="notional" label="Total" />
    </form>
  );
}
