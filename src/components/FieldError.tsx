'use client';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { useFieldError } from '../react/useFieldError';
import { withClassName } from './withClassName';

/** Props of {@link FieldError}. */
export interface FieldErrorProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The form field, in the kit's names: `price`, `quantity`, `notional`, `stopPrice`, `icebergQty`, … */
  name: string;
  /** Element id; the input's `aria-describedby` points here. @defaultValue `eek-field-error-${name}` */
  id?: string;
  /** Also show the exchange's own message under the rule. @defaultValue true */
  showExchangeMessage?: boolean;
}

/**
 * The inline error of one order-form field, a block-level `<span>`. Always in the DOM (empty when there is no error) with a
 * stable id, so the input can keep `aria-describedby` on it; give the input `aria-invalid` from
 * `useFieldError(name).inputProps`. While it is mounted, errors for its field are not toasted.
 *
 * @example
 * ```tsx
 * const { inputProps } = useFieldError('quantity');
 * <input id="qty" {...inputProps} />
 * <FieldError name="quantity" />
 * ```
 */
export const FieldError = forwardRef<HTMLSpanElement, FieldErrorProps>(function FieldError(
  { name, id, showExchangeMessage = true, className, ...props },
  ref,
) {
  const field = useFieldError(name, { id });
  const error = field.entry?.error;
  // A <span> shown as a block: phrasing content, so it is valid wherever a form puts it (in a
  // <label>, a <p>, a table cell), where a <p> or a <div> would not always be.
  return (
    <span
      ref={ref}
      id={field.id}
      // Polite: the user is typing in the form; the error should not interrupt.
      aria-live="polite"
      className={withClassName('eek-field-error', className)}
      data-state={error ? 'active' : 'empty'}
      data-category={error?.category}
      data-filter={error?.filter}
      {...props}
    >
      {error ? (
        <>
          <span className="eek-field-error__rule" dir="auto">
            {field.message}
          </span>
          {showExchangeMessage && error.message && error.message !== field.message ? (
            <span className="eek-field-error__exchange" dir="auto">
              {error.message}
            </span>
          ) : null}
        </>
      ) : null}
    </span>
  );
});
