'use client';
import { useCallback, useContext, useEffect, useRef } from 'react';
import type { FieldPath, FieldValues, UseFormGetValues, UseFormSetError } from 'react-hook-form';
import type { ExchangeErrorStore } from '../core/createExchangeErrorStore';
import type { RequestContext, ResolvedExchangeError } from '../core/types';
import { ExchangeErrorContext } from '../react/ExchangeErrorContext';
import { reportOnce } from './resolveOnce';

/**
 * Maps the kit's field names (`price`, `quantity`, `notional`, `amount` …) to the form's. A kit field
 * without an entry keeps its name; `null` means the form has no such field.
 */
export type ExchangeFieldMap<TFieldValues extends FieldValues> = Partial<
  Record<string, FieldPath<TFieldValues> | null>
>;

/** Options for {@link applyExchangeError}. */
export interface ApplyExchangeErrorOptions<TFieldValues extends FieldValues> {
  fieldMap?: ExchangeFieldMap<TFieldValues>;
  /**
   * The form's fields, as names or a test. An error for any other field stays out of the form:
   * react-hook-form keeps an error on an unregistered name until it is cleared, which would block
   * every later submit. @defaultValue every name is accepted
   */
  fields?: readonly FieldPath<TFieldValues>[] | ((name: FieldPath<TFieldValues>) => boolean);
  /** Focus the field, as `setError`'s `shouldFocus`. @defaultValue true */
  shouldFocus?: boolean;
}

/**
 * The kit field a resolved error belongs on, for the categories that are fixed in the form: a broken
 * trading rule (`filter`), a parameter the resolver mapped to a field (`invalid-request`), and
 * `insufficient-funds` on the amount. Anything retryable or account-wide stays out of the form.
 */
function exchangeFieldOf(error: ResolvedExchangeError): string | undefined {
  switch (error.category) {
    case 'filter':
    case 'invalid-request':
      return error.field;
    case 'insufficient-funds':
      return error.field ?? 'amount';
    default:
      return undefined;
  }
}

/**
 * Puts a resolved exchange error on the form field it is about, with `setError`: the type is
 * `exchange.<FILTER>` for filter failures (e.g. `exchange.LOT_SIZE`) and `exchange.<category>`
 * otherwise, the message is the kit's description of the rule. Returns whether it went into the form;
 * when it did not (a rate limit, an outage, a field the form lacks) show it another way, e.g. a toast.
 *
 * @example
 * ```ts
 * const { setError } = useForm<{ amount: string; price: string }>();
 * applyExchangeError(error.resolved, setError, { fieldMap: { quantity: 'amount' } });
 * // errors.amount = { type: 'exchange.LOT_SIZE',
 * //   message: 'The quantity of the order is outside what the exchange allows for this symbol (minimum, maximum or step). Adjust it and try again.' }
 * ```
 */
export function applyExchangeError<TFieldValues extends FieldValues>(
  error: ResolvedExchangeError,
  setError: UseFormSetError<TFieldValues>,
  options: ApplyExchangeErrorOptions<TFieldValues> = {},
): boolean {
  const kitField = exchangeFieldOf(error);
  if (!kitField) return false;
  const mapped = options.fieldMap?.[kitField];
  if (mapped === null) return false;
  const name = (mapped ?? kitField) as FieldPath<TFieldValues>;
  const { fields } = options;
  if (fields && !(typeof fields === 'function' ? fields(name) : fields.includes(name))) return false;
  setError(
    name,
    { type: `exchange.${error.filter ?? error.category}`, message: error.description },
    { shouldFocus: options.shouldFocus ?? true },
  );
  return true;
}

/** The parts of `useForm()`'s return the hook uses. */
export interface ExchangeFormLike<TFieldValues extends FieldValues> {
  setError: UseFormSetError<TFieldValues>;
  getValues: UseFormGetValues<TFieldValues>;
}

/** Options for {@link useExchangeFormErrors}. */
export interface UseExchangeFormErrorsOptions<TFieldValues extends FieldValues>
  extends ApplyExchangeErrorOptions<TFieldValues> {
  /**
   * What submitting the form does. Forms usually place orders, so a bodiless 5xx resolves to
   * `execution-unknown` by default. @defaultValue `{ intent: 'place-order' }`
   */
  request?: RequestContext;
  /** The store to report to. @defaultValue the `<ExchangeErrorProvider>`'s */
  store?: ExchangeErrorStore;
}

/** What {@link useExchangeFormErrors} returns. */
export interface UseExchangeFormErrorsResult {
  /**
   * Reports anything an exchange API threw to the store and, when it is a field error, puts it on the
   * form. Returns whether it went into the form. Safe as a mutation's `onError`.
   */
  report: (error: unknown) => boolean;
}

const PLACE_ORDER: RequestContext = { intent: 'place-order' };

/**
 * Connects a react-hook-form form to the kit: reported errors go to the store (once, even when a
 * query cache callback reports the same error), field errors go onto the form, and while the form
 * shows a field's error the toaster stays quiet about it. By default only fields the form knows
 * (registered, or given a default value) receive errors.
 *
 * @example
 * ```tsx
 * const form = useForm<{ amount: string; price: string }>({ defaultValues: { amount: '', price: '' } });
 * const { report } = useExchangeFormErrors(form, { fieldMap: { quantity: 'amount' } });
 * const placeOrder = useMutation({ mutationFn: submitOrder, onError: report });
 * <form onSubmit={form.handleSubmit((values) => placeOrder.mutate(values))}>…</form>
 * ```
 */
export function useExchangeFormErrors<TFieldValues extends FieldValues>(
  form: ExchangeFormLike<TFieldValues>,
  options: UseExchangeFormErrorsOptions<TFieldValues> = {},
): UseExchangeFormErrorsResult {
  const context = useContext(ExchangeErrorContext);
  const store = options.store ?? context?.store;
  if (!store) {
    throw new Error(
      'useExchangeFormErrors needs a store: render it inside <ExchangeErrorProvider> or pass { store }.',
    );
  }
  // The latest options without re-creating `report` on every render (options are usually inline).
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const registered = useRef(new Map<string, () => void>());
  const { setError, getValues } = form;

  useEffect(() => {
    const fields = registered.current;
    return () => {
      for (const unregister of fields.values()) unregister();
      fields.clear();
    };
  }, []);

  const report = useCallback(
    (error: unknown) => {
      const { request = PLACE_ORDER, fields, ...rest } = optionsRef.current;
      const id = reportOnce(store, error, { request });
      const entry = id === null ? undefined : store.get(id);
      if (!entry) return false;
      const knows = (name: string) => (getValues as (name: string) => unknown)(name) !== undefined;
      const applied = applyExchangeError(entry.error, setError, { ...rest, fields: fields ?? knows });
      const kitField = entry.error.field;
      // The form now shows this field's error, so the toaster leaves it to the form.
      if (applied && kitField && !registered.current.has(kitField)) {
        registered.current.set(kitField, store.registerField(kitField));
      }
      return applied;
    },
    [store, setError, getValues],
  );
  return { report };
}
