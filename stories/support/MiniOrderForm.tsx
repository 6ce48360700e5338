import { useId } from 'react';
import { FieldError, useFieldError } from '../../src/react';

function Field({ name, label }: { name: string; label: string }) {
  const field = useFieldError(name);
  const id = useId();
  return (
    <div className="story-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        inputMode="decimal"
        defaultValue=""
        {...field.inputProps}
        onChange={field.clear}
      />
      <FieldError name={name} />
    </div>
  );
}

/** The fields a filter failure can point at, showing the kit's inline errors. */
export function MiniOrderForm() {
  return (
    <form className="story-order-form" aria-label="Order" onSubmit={(e) => e.preventDefault()}>
      <Field name="price" label="Price" />
      <Field name="quantity" label="Quantity" />
      <Field name="notional" label="Total" />
    </form>
  );
}
