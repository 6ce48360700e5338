'use client';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { fillLabel } from '../locale/en/labels';
import { useExchangeErrorContext } from '../react/useExchangeErrorContext';
import { fieldErrorId, useFieldError } from '../react/useFieldError';
import { withClassName } from './withClassName';

/** Props of {@link FieldError}. */
export interface FieldErrorProps extends Omit<ComponentPropsWithoutRef<'span'>, 'children'> {
  /** The form field, in the kit's names: `price`, `quantity`, `notional`, `stopPrice`, `icebergQty`, … */
  name: string;
  /** Element id; the input's `aria-describedby` points here. @defaultValue `eek-field-error-${name}` */
  id?: string;
  /** Also show the exchange's own message under the rule. @defaultValue true */
  showExchangeMessage?: boolean;
  /**
   * Puts a suggested value in the form: `field` is the kit's name of the field to set (a total's
   * fix sets `quantity`), `value` the text to put there. With it, each suggested value is a button
   * ("Use 50000.01"). Wins over the `onFix` given to `useOrderValidation`, which this field uses
   * when it shows that hook's finding. @defaultValue the `onFix` of `useOrderValidation`, if any
   */
  onFix?: (field: string, value: string) => void;
}

/**
 * The inline error of one order-form field, a block-level `<span>`. Always in the DOM (empty when there is no error) with a
 * stable id, so the input can keep `aria-describedby` on it; give the input `aria-invalid` from
 * `useFieldError(name).inputProps`. While it is mounted, errors for its field are not toasted.
 *
 * It shows one error: the form's own finding from `useOrderValidation` when there is one, else the
 * exchange's answer (see `useFieldError` for why). When the error carries the nearest valid
 * values and the form can set them, each is a button: "Use 50000.00", "Use 50000.01", named
 * "Use 50000.01 for price" for assistive technology. After a fix, focus moves to the input the
 * value went into (the one whose `aria-describedby` names that field's error), not to the page.
 *
 * @example
 * ```tsx
 * const { inputProps } = useFieldError('price');
 * <input id="price" {...inputProps} />
 * <FieldError name="price" onFix={(field, value) => setOrder((o) => ({ ...o, [field]: value }))} />
 * ```
 */
export const FieldError = forwardRef<HTMLSpanElement, FieldErrorProps>(function FieldError(
  { name, id, showExchangeMessage = true, onFix, className, ...props },
  ref,
) {
  const field = useFieldError(name, { id, onFix });
  const { labels } = useExchangeErrorContext('FieldError');
  const own = useRef<HTMLSpanElement | null>(null);
  const setRefs = useCallback(
    (node: HTMLSpanElement | null) => {
      own.current = node;
      if (typeof ref === 'function') ref(node);
      else if (ref) ref.current = node;
    },
    [ref],
  );
  // The field that took a fixed value, focused once the form has rendered it.
  const [refocus, setRefocus] = useState<{ field: string } | null>(null);
  useIsomorphicLayoutEffect(() => {
    if (!refocus) return;
    const target = own.current?.ownerDocument.querySelector(
      `[aria-describedby~="${fieldErrorId(refocus.field)}"]`,
    );
    if (target instanceof HTMLElement && target.matches('input, select, textarea')) target.focus();
  }, [refocus]);

  const { error, suggestion, fix } = field;
  const exchangeText =
    field.source === 'local'
      ? field.exchangeMessage
      : error && error.message !== field.message
        ? error.message
        : '';
  // A <span> shown as a block: phrasing content, so it is valid wherever a form puts it (in a
  // <label>, a <p>, a table cell), where a <p> or a <div> would not always be.
  return (
    <span
      ref={setRefs}
      id={field.id}
      // Polite: the user is typing in the form; the error should not interrupt.
      aria-live="polite"
      className={withClassName('eek-field-error', className)}
      data-state={error ? 'active' : 'empty'}
      data-category={error?.category}
      data-filter={error?.filter}
      data-source={field.source}
      {...props}
    >
      {error ? (
        <>
          <span className="eek-field-error__rule" dir="auto">
            {field.message}
          </span>
          {showExchangeMessage && exchangeText ? (
            <span className="eek-field-error__exchange" dir="auto">
              {exchangeText}
            </span>
          ) : null}
          {suggestion && fix ? (
            <span className="eek-field-error__fixes">
              {suggestion.values.map((value) => (
                <button
                  key={value}
                  type="button"
                  className="eek-field-error__fix"
                  data-field={suggestion.field}
                  data-value={value}
                  aria-label={fillLabel(labels.fixValueFor, {
                    value,
                    field: field.suggestionLabel ?? suggestion.field,
                  })}
                  onClick={() => {
                    fix(value);
                    setRefocus({ field: suggestion.field });
                  }}
                >
                  {fillLabel(labels.fixValue, { value })}
                </button>
              ))}
            </span>
          ) : null}
        </>
      ) : null}
    </span>
  );
});

// A server has no layout, and React 18 warns about a layout effect there.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
