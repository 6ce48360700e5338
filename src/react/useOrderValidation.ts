'use client';
import {
  type FocusEvent,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import type { ExchangeErrorStore } from '../core/createExchangeErrorStore';
import type { LocalViolation } from '../core/rules/LocalViolation';
import type { SymbolRules } from '../core/rules/SymbolRules';
import {
  ORDER_FIELDS,
  type OrderContext,
  type OrderInput,
  type ValidateOrderOptions,
  validateOrder,
} from '../core/rules/validateOrder';
import { ruleCopy } from '../locale/en/ruleCopy';
import { ExchangeErrorContext } from './ExchangeErrorContext';
import {
  fieldErrorId,
  type LocalFieldError,
  type LocalFieldFixer,
  localFieldErrorsOf,
} from './useFieldError';

/** Options of {@link useOrderValidation}. */
export interface UseOrderValidationOptions extends ValidateOrderOptions {
  /** Market price, open orders, position: each check that needs a value it lacks is skipped. */
  context?: OrderContext;
  /**
   * Puts a suggested value in the form; with it, `FieldError` shows each suggested value as a
   * button. `field` is the kit's name of the field to set (a total's fix sets `quantity`). The
   * field counts as touched, so what the new value breaks (if anything) shows at once.
   */
  onFix?: (field: string, value: string) => void;
  /** The store whose `FieldError`s show the findings. @defaultValue the `<ExchangeErrorProvider>`'s */
  store?: ExchangeErrorStore;
}

/** What {@link OrderValidation.fieldProps} returns: spread it onto the field's input or select. */
export interface OrderFieldHandlers {
  onFocus: (event?: FocusEvent) => void;
  onBlur: (event?: FocusEvent) => void;
}

/** The part of a submit event {@link OrderValidation.handleSubmit} uses. */
export interface SubmitEventLike {
  preventDefault?: () => void;
  currentTarget?: unknown;
}

/** What {@link useOrderValidation} returns. */
export interface OrderValidation {
  /** Every rule the order breaks now, shown or not, in the order the exchange checks them. */
  readonly violations: readonly LocalViolation[];
  /** Nothing broken: the order may be sent. `true` while there are no rules (the exchange still checks). */
  readonly valid: boolean;
  /** What the fields show now, one finding per field (`price`, `quantity`, `notional` …). */
  readonly shown: Readonly<Partial<Record<string, LocalViolation>>>;
  /** Whether a submit was tried since the last `reset()`: every field shows its finding. */
  readonly submitted: boolean;
  /** `onFocus` and `onBlur` for a field's input, which is how the hook knows a field was touched. */
  fieldProps(name: string): OrderFieldHandlers;
  /** Marks a field as touched, for controls without focus events (a slider, a percentage button). */
  touch(name: string): void;
  /** A submit attempt: marks every field and returns whether the order may be sent. */
  submit(): boolean;
  /**
   * A form's `onSubmit`: prevents the page load, marks every field, and calls `onValid` with the
   * order when nothing is broken; otherwise moves focus to the first field that is.
   */
  handleSubmit<T>(onValid: (order: OrderInput) => T): (event?: SubmitEventLike) => T | undefined;
  /** Forgets touched fields and the submit attempt, e.g. once the order went through. */
  reset(): void;
}

/** A finding on a derived field waits for the inputs it is computed from. */
const INPUTS_OF: Readonly<Record<string, readonly string[]>> = {
  notional: ['price', 'quantity', 'quoteOrderQty'],
};
const inputsOf = (field: string) => INPUTS_OF[field] ?? [field];

const NO_VIOLATIONS: readonly LocalViolation[] = Object.freeze([]);

const fieldValue = (order: OrderInput, name: string): unknown => (order as Record<string, unknown>)[name];

/** The field being typed in: its value when it took focus, and what the form showed then. */
interface Session {
  readonly name: string;
  /** The value the edit started from; a submit restarts the edit from the value then. */
  value: unknown;
  /** What the form showed when the edit started. */
  held: ReadonlyMap<string, LocalViolation>;
  /** Fields whose finding went away during this edit: they stay quiet until the blur. */
  readonly cleared: Set<string>;
}

const sameViolation = (a: LocalViolation, b: LocalViolation) =>
  a.fingerprint === b.fingerprint &&
  a.description === b.description &&
  a.title === b.title &&
  a.suggestion?.field === b.suggestion?.field &&
  a.suggestion?.values.join('\u0000') === b.suggestion?.values.join('\u0000');

/**
 * Checks an order against the symbol's rules as the user types, and shows what it breaks on the
 * fields' `FieldError`s, the same component (and the same `aria-invalid` / `aria-describedby` from
 * `useFieldError`) that shows the exchange's answers. Never toasts: these are the form's own
 * findings, inline, and they leave as soon as the value is valid.
 *
 * When a field shows its finding:
 * - once it has been **edited and then left** (blur with a value other than the one it had on
 *   focus): tabbing through a field, or one the app filled, shows nothing yet; a total
 *   (`notional`) shows once its price or quantity has been;
 * - or once a submit was tried (`submit()` / `handleSubmit`): every field shows.
 * - While the user types in a field, its findings can only go away, never appear or change: `0.`
 *   on the way to `0.00002`, or `50000.` on the way to `50000.01`, never flashes an error. A
 *   finding that was showing stays until the value passes (then it clears at once) or the field
 *   is left (then the current finding shows).
 *
 * @example
 * ```tsx
 * const [order, setOrder] = useState<OrderInput>({ side: 'BUY', type: 'LIMIT', price: '', quantity: '' });
 * const validation = useOrderValidation(order, rules, {
 *   onFix: (field, value) => setOrder((o) => ({ ...o, [field]: value })),
 * });
 * const price = useFieldError('price');
 * <form onSubmit={validation.handleSubmit(placeOrder)}>
 *   <input value={order.price} onChange={(e) => setOrder({ ...order, price: e.target.value })}
 *     {...validation.fieldProps('price')} {...price.inputProps} />
 *   <FieldError name="price" />
 * </form>
 * ```
 */
export function useOrderValidation(
  order: OrderInput,
  rules: SymbolRules | null | undefined,
  options: UseOrderValidationOptions = {},
): OrderValidation {
  const { context, onFix, source, code, copy } = options;
  const provided = useContext(ExchangeErrorContext);
  const store = options.store ?? provided?.store;

  // Revalidated only when a value the check reads changed: the app's order and context objects are
  // usually new on every render.
  const orderKey = ORDER_FIELDS.map((f) => String(fieldValue(order, f) ?? '')).join('\u0000');
  const contextKey = context ? JSON.stringify(context) : '';
  const orderRef = useRef(order);
  orderRef.current = order;
  const contextRef = useRef(context);
  contextRef.current = context;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the keys stand for the order and context values read through the refs.
  const violations = useMemo(
    () =>
      rules
        ? validateOrder(orderRef.current, rules, contextRef.current, { source, code, copy })
        : NO_VIOLATIONS,
    [orderKey, contextKey, rules, source, code, copy],
  );

  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const session = useRef<Session | null>(null);

  // One finding per field: the first the exchange would meet.
  const byField = new Map<string, LocalViolation>();
  for (const v of violations) if (v.field && !byField.has(v.field)) byField.set(v.field, v);
  const editing = (field: string) => {
    const s = session.current;
    return s !== null && inputsOf(field).includes(s.name) && fieldValue(order, s.name) !== s.value;
  };
  const shown: Record<string, LocalViolation> = {};
  for (const [field, violation] of byField) {
    if (!submitted && !inputsOf(field).some((name) => touched.has(name))) continue;
    if (editing(field)) {
      const s = session.current!;
      const held = s.held.get(field);
      if (held && !s.cleared.has(field)) shown[field] = held;
    } else shown[field] = violation;
  }
  // What focus finds when it starts an edit; the latest render's, like `orderRef`.
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const violationsRef = useRef(violations);
  violationsRef.current = violations;

  useIsomorphicLayoutEffect(() => {
    const s = session.current;
    if (!s) return;
    if (fieldValue(order, s.name) === s.value) {
      // Not typing yet (or a submit restarted the edit): hold on to what shows now.
      s.held = new Map(Object.entries(shown) as [string, LocalViolation][]);
      s.cleared.clear();
      return;
    }
    // A finding that went away while typing stays away until the blur: no flicker on `0.` → `0.0`.
    for (const field of s.held.keys()) if (editing(field) && !byField.has(field)) s.cleared.add(field);
  });

  const touch = useCallback((name: string) => {
    setTouched((previous) => (previous.has(name) ? previous : new Set(previous).add(name)));
  }, []);

  const handlers = useRef(new Map<string, OrderFieldHandlers>());
  const fieldProps = useCallback((name: string): OrderFieldHandlers => {
    let found = handlers.current.get(name);
    if (!found) {
      found = {
        onFocus: () => {
          session.current = {
            name,
            value: fieldValue(orderRef.current, name),
            held: new Map(Object.entries(shownRef.current) as [string, LocalViolation][]),
            cleared: new Set(),
          };
        },
        onBlur: () => {
          const s = session.current;
          session.current = null;
          if (s?.name === name && fieldValue(orderRef.current, name) !== s.value) {
            setTouched((previous) => (previous.has(name) ? previous : new Set(previous).add(name)));
          }
          // The edit is over: what was held back (or held on to) now follows the value.
          rerender();
        },
      };
      handlers.current.set(name, found);
    }
    return found;
  }, []);

  // The form asked to submit: focus the first broken field once its error is on screen.
  const [focusRequest, setFocusRequest] = useState<{ root: ParentNode } | null>(null);
  useIsomorphicLayoutEffect(() => {
    if (!focusRequest) return;
    for (const v of violationsRef.current) {
      for (const name of [v.field, v.suggestion?.field]) {
        if (!name) continue;
        const target = focusRequest.root.querySelector(`[aria-describedby~="${fieldErrorId(name)}"]`);
        if (target instanceof HTMLElement && target.matches('input, select, textarea')) {
          target.focus();
          return;
        }
      }
    }
  }, [focusRequest]);

  const submit = useCallback(() => {
    // Enter in a field submits without a blur: the value typed so far is judged like a left field's.
    const s = session.current;
    if (s) s.value = fieldValue(orderRef.current, s.name);
    setSubmitted(true);
    rerender();
    return violationsRef.current.length === 0;
  }, []);

  const handleSubmit = useCallback(
    <T>(onValid: (order: OrderInput) => T) =>
      (event?: SubmitEventLike): T | undefined => {
        event?.preventDefault?.();
        if (submit()) return onValid(orderRef.current);
        const target = event?.currentTarget;
        const root =
          target && typeof (target as ParentNode).querySelector === 'function'
            ? (target as ParentNode)
            : typeof document === 'undefined'
              ? null
              : document;
        if (root) setFocusRequest({ root });
        return undefined;
      },
    [submit],
  );

  const reset = useCallback(() => {
    session.current = null;
    setTouched(new Set());
    setSubmitted(false);
  }, []);

  // Publish what the fields show to the provider's FieldErrors.
  const onFixRef = useRef(onFix);
  onFixRef.current = onFix;
  const hasFix = onFix !== undefined;
  const fix = useMemo(
    () =>
      hasFix
        ? (field: string, value: string) => {
            touch(field);
            onFixRef.current?.(field, value);
          }
        : undefined,
    [hasFix, touch],
  );
  const words = copy ?? ruleCopy;
  const fieldLabel = useCallback((field: string) => (words.fields[field] ?? field).toLowerCase(), [words]);
  const fixer = useMemo<LocalFieldFixer>(() => ({ fieldLabel, ...(fix && { fix }) }), [fix, fieldLabel]);
  const owner = useRef({}).current;
  const published = useRef(new Map<string, LocalFieldError>());
  const layer = store ? localFieldErrorsOf(store) : undefined;
  useIsomorphicLayoutEffect(() => {
    if (!layer) return;
    const next = new Map<string, LocalFieldError>();
    for (const [field, error] of Object.entries(shown) as [string, LocalViolation][]) {
      const previous = published.current.get(field);
      const same =
        previous &&
        previous.fix === fix &&
        previous.fieldLabel === fieldLabel &&
        sameViolation(previous.error, error);
      next.set(field, same ? previous : { error, fieldLabel, ...(fix && { fix }) });
    }
    published.current = next;
    layer.set(owner, next, fixer);
  });
  useIsomorphicLayoutEffect(() => {
    if (!layer) return;
    return () => {
      published.current = new Map();
      layer.delete(owner);
    };
  }, [layer, owner]);

  return {
    violations,
    valid: violations.length === 0,
    shown,
    submitted,
    fieldProps,
    touch,
    submit,
    handleSubmit,
    reset,
  };
}

// A server has no layout, and React 18 warns about a layout effect there.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
