import { useId } from 'react';
import { FieldError, type OrderFieldHandlers, useFieldError } from '../../src/react';

/**
 * An order-form input wired the way the kit recommends: `aria-invalid` and `aria-describedby` from
 * `useFieldError`, the inline `<FieldError>` under it, and the error cleared as the user edits.
 * Controlled when `value` is given; `handlers` are `useOrderValidation`'s `fieldProps(name)`.
 */
export function OrderField({
  name,
  label,
  value,
  onChange,
  handlers,
}: {
  name: string;
  label: string;
  value?: string;
  onChange?: (value: string) => void;
  handlers?: OrderFieldHandlers;
}) {
  const field = useFieldError(name);
  const id = useId();
  return (
    <div className="story-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        inputMode="decimal"
        {...(value === undefined ? { defaultValue: '' } : { value })}
        {...handlers}
        {...field.inputProps}
        onChange={(e) => {
          onChange?.(e.target.value);
          field.clear();
        }}
      />
      <FieldError name={name} />
    </div>
  );
}
