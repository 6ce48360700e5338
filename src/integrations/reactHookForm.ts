'use client';
import { useCallback, useContext, useEffect, useRef } from 'react';
import type {
  FieldError,
  FieldErrors,
  FieldPath,
  FieldValues,
  Resolver,
  UseFormGetValues,
  UseFormSetError,
} from 'react-hook-form';
import type { ExchangeErrorStore } from '../core/createExchangeErrorStore';
import type { LocalViolation, Suggestion } from '../core/rules/LocalViolation';
import type { SymbolRules } from '../core/rules/SymbolRules';
import {
  ORDER_FIELDS,
  type OrderContext,
  type OrderInput,
  type ValidateOrderOptions,
  validateOrder,
} from '../core/rules/validateOrder';
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

/** Options for {@link exchangeRulesResolver}. */
export interface ExchangeRulesResolverOptions<TFieldValues extends FieldValues> extends ValidateOrderOptions {
  /**
   * The kit's field names (`price`, `quantity`, `notional` …) to the form's, both ways: the form's
   * values are read from these paths, and each finding goes on the path of its field. A kit field
   * without an entry keeps its name; `null` means the form has no such field.
   */
  fieldMap?: ExchangeFieldMap<TFieldValues>;
  /** Market price, open orders, position; a function is read at each validation, as prices move. */
  context?: OrderContext | (() => OrderContext | undefined);
  /** Values the form does not hold, e.g. `{ side: 'BUY', type: 'LIMIT' }`; the form's own win. */
  order?: Partial<OrderInput>;
}

/**
 * A react-hook-form error from {@link exchangeRulesResolver}: the kit's message, type
 * `exchange.<FILTER>` (e.g. `exchange.PRICE_FILTER`) or `exchange.<category>` for a value that is
 * not a valid request, the finding itself, and the nearest valid values with the form's field name.
 */
export interface ExchangeRuleFieldError extends FieldError {
  type: string;
  message: string;
  violation: LocalViolation;
  /** Where a fix goes, as the form names it, and the values: `setValue(s.field, s.values[0])`. */
  suggestion?: Suggestion;
}

/**
 * The finding behind a form error set by {@link exchangeRulesResolver}, with its suggestion in
 * the form's field names; `undefined` for any other error.
 *
 * @example
 * ```tsx
 * const rule = ruleErrorOf(form.formState.errors.price);
 * rule?.suggestion?.values.map((value) => (
 *   <button type="button" onClick={() => form.setValue(rule.suggestion!.field, value, { shouldValidate: true })}>Use {value}</button>
 * ));
 * ```
 */
export function ruleErrorOf(error: unknown): ExchangeRuleFieldError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { violation, type } = error as Partial<ExchangeRuleFieldError>;
  return typeof type === 'string' && type.startsWith('exchange.') && violation?.local === true
    ? (error as ExchangeRuleFieldError)
    : undefined;
}

/** A value at a dotted path (`order.price`), as react-hook-form names nested fields. */
function getPath(values: unknown, path: string): unknown {
  let value = values;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    const child = typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : {};
    node[key] = child;
    node = child;
  }
  node[keys.at(-1)!] = value;
}

/**
 * A react-hook-form resolver that checks the order against the symbol's rules before it is sent:
 * `useForm({ resolver: exchangeRulesResolver(rules) })`. Each broken rule becomes an error on its
 * field with the kit's message and type `exchange.<FILTER>` (the same as an exchange rejection put
 * on the form by `applyExchangeError`), one per field, the first the exchange would meet. A
 * finding about no form field (too many open orders, or a field mapped to `null`) goes on
 * `root.order`, which blocks the submit like the others. Without rules it passes everything.
 *
 * Values are read as text, as an input holds them: a field registered with `valueAsNumber` gets
 * "must be passed as text" (a float loses digits a tick size needs).
 *
 * @example
 * ```tsx
 * const form = useForm<{ price: string; amount: string }>({
 *   resolver: exchangeRulesResolver(rules, { fieldMap: { quantity: 'amount' }, order: { side: 'BUY', type: 'LIMIT' } }),
 * });
 * // errors.price = { type: 'exchange.PRICE_FILTER', message: 'Price must be a multiple of 0.01: use 50000.00 or 50000.01.', … }
 * const fix = ruleErrorOf(form.formState.errors.price)?.suggestion;
 * if (fix) form.setValue(fix.field as 'price', fix.values[1]!, { shouldValidate: true });
 * ```
 */
export function exchangeRulesResolver<TFieldValues extends FieldValues, TContext = unknown>(
  rules: SymbolRules | null | undefined,
  options: ExchangeRulesResolverOptions<TFieldValues> = {},
): Resolver<TFieldValues, TContext> {
  const { fieldMap = {}, context, order: fixed, ...validateOptions } = options;
  const pathOf = (field: string): string | null => {
    const mapped = fieldMap[field];
    return mapped === null ? null : (mapped ?? field);
  };
  return (values) => {
    if (!rules) return { values, errors: {} };
    const order: Record<string, unknown> = { ...fixed };
    for (const field of ORDER_FIELDS) {
      const path = pathOf(field);
      const value = path === null ? undefined : getPath(values, path);
      if (value !== undefined) order[field] = value;
    }
    const violations = validateOrder(
      order as OrderInput,
      rules,
      typeof context === 'function' ? context() : context,
      validateOptions,
    );
    if (violations.length === 0) return { values, errors: {} };
    const errors: Record<string, unknown> = {};
    const taken = new Set<string>();
    for (const violation of violations) {
      const path = (violation.field && pathOf(violation.field)) || 'root.order';
      if (taken.has(path)) continue;
      taken.add(path);
      const suggestedPath = violation.suggestion && pathOf(violation.suggestion.field);
      const error: ExchangeRuleFieldError = {
        type: `exchange.${violation.filter ?? violation.category}`,
        message: violation.description,
        violation,
        ...(violation.suggestion &&
          suggestedPath && { suggestion: { field: suggestedPath, values: violation.suggestion.values } }),
      };
      setPath(errors, path, error);
    }
    return { values: {}, errors: errors as FieldErrors<TFieldValues> };
  };
}
