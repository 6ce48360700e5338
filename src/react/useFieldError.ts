'use client';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type {
  ExchangeErrorEntry,
  ExchangeErrorSnapshot,
  ExchangeErrorStore,
} from '../core/createExchangeErrorStore';
import type { LocalViolation, Suggestion } from '../core/rules/LocalViolation';
import type { ErrorCategory, ResolvedExchangeError } from '../core/types';
import { useExchangeErrorContext } from './useExchangeErrorContext';
import { useStoreSelector } from './useStoreSelector';

/** Categories shown next to a form field. */
export const FIELD_CATEGORIES: ReadonlySet<ErrorCategory> = new Set([
  'filter',
  'invalid-request',
  'insufficient-funds',
]);

/**
 * Field categories that the field alone shows: a broken trading rule is fixed in the form. Insufficient
 * funds is shown on the amount field and as a toast, since it is about the account, not the input.
 */
export const INLINE_ONLY_CATEGORIES: ReadonlySet<ErrorCategory> = new Set(['filter', 'invalid-request']);

/** The id `<FieldError name>` renders by default; point the input's `aria-describedby` at it. */
export function fieldErrorId(name: string): string {
  return `eek-field-error-${name.replace(/[^\w-]/g, '_')}`;
}

/** The newest live error shown next to a field. */
function entryFor(snapshot: ExchangeErrorSnapshot, name: string): ExchangeErrorEntry | undefined {
  let entry: ExchangeErrorEntry | undefined;
  for (const e of snapshot.entries) {
    if (e.error.field === name && FIELD_CATEGORIES.has(e.error.category)) {
      if (!entry || e.lastSeen >= entry.lastSeen) entry = e;
    }
  }
  return entry;
}

/**
 * A rule break the form found itself (`useOrderValidation`), shown on one field the way an
 * exchange's answer is.
 */
export interface LocalFieldError {
  readonly error: LocalViolation;
  /** Sets a field to a suggested value; absent when the form gave no `onFix`. */
  readonly fix?: (field: string, value: string) => void;
  /** A field's name inside a sentence, for the fix button's accessible name: `quantity` → 'quantity'. */
  readonly fieldLabel: (field: string) => string;
}

/** How a form puts suggested values in its fields, for any error on them that carries a suggestion. */
export interface LocalFieldFixer {
  readonly fix?: (field: string, value: string) => void;
  readonly fieldLabel: (field: string) => string;
}

/**
 * The form's own findings, per field, beside a store. Kept apart from the store's entries: they
 * change on every keystroke, are never toasts, never reach history or totals, and leave as soon
 * as the value is valid. One layer per store, so every `useFieldError` under a provider sees them
 * with no extra wiring.
 */
export interface LocalFieldErrors {
  /** What a field shows, from whichever form publishes it (the first one when two do). */
  get(name: string): LocalFieldError | undefined;
  /**
   * How the first form that has one sets values: used for an exchange's answer that carries a
   * suggestion (a resolver that knows the rules), on a field the form found nothing wrong with.
   */
  fixer(): LocalFieldFixer | undefined;
  /** Replaces everything `owner` (one form) shows; unchanged fields keep their object. */
  set(owner: object, errors: ReadonlyMap<string, LocalFieldError>, fixer?: LocalFieldFixer): void;
  delete(owner: object): void;
  subscribe(listener: () => void): () => void;
}

function createLocalFieldErrors(): LocalFieldErrors {
  const owners = new Map<
    object,
    { errors: ReadonlyMap<string, LocalFieldError>; fixer: LocalFieldFixer | undefined }
  >();
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of [...listeners]) listener();
  };
  return {
    get(name) {
      for (const { errors } of owners.values()) {
        const error = errors.get(name);
        if (error) return error;
      }
      return undefined;
    },
    fixer() {
      for (const { fixer } of owners.values()) if (fixer?.fix) return fixer;
      return undefined;
    },
    set(owner, errors, fixer) {
      const previous = owners.get(owner);
      if (previous && previous.fixer === fixer && previous.errors.size === errors.size) {
        let same = true;
        for (const [name, error] of errors) if (previous.errors.get(name) !== error) same = false;
        if (same) return;
      }
      owners.set(owner, { errors, fixer });
      emit();
    },
    delete(owner) {
      if (owners.delete(owner)) emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const layers = new WeakMap<ExchangeErrorStore, LocalFieldErrors>();

/**
 * The local-findings layer of a store, created on first use. A side table rather than store
 * state because the store lives in `src/core` and is shared with code outside React.
 */
export function localFieldErrorsOf(store: ExchangeErrorStore): LocalFieldErrors {
  let layer = layers.get(store);
  if (!layer) {
    layer = createLocalFieldErrors();
    layers.set(store, layer);
  }
  return layer;
}

const nothing = () => undefined;

/** What {@link useFieldError} returns. */
export interface FieldErrorState {
  /** The exchange's live entry for this field, if any (kept even while a local finding is shown). */
  entry: ExchangeErrorEntry | undefined;
  /**
   * The error the field shows: the form's own finding when there is one, else the exchange's.
   * One per field.
   */
  error: ResolvedExchangeError | undefined;
  /** `local` when the form found the shown error before sending, `exchange` when the exchange sent it. */
  source: 'local' | 'exchange' | undefined;
  /** The rule in plain words (the shown error's description), empty when there is no error. */
  message: string;
  /**
   * The exchange's own text: of the exchange's entry, shown under a local finding only when both
   * name the same rule (the exchange already said no to it). Empty otherwise.
   */
  exchangeMessage: string;
  /** Binance filter name, e.g. `LOT_SIZE`. */
  filter: string | undefined;
  /** Values from the message, e.g. `{ limit: '5.0' }`. */
  params: Record<string, string>;
  /** The nearest valid values and the field they go in, when known. */
  suggestion: Suggestion | undefined;
  /**
   * Puts a suggested value in the form (the `onFix` given to `FieldError` or `useOrderValidation`)
   * and dismisses the exchange's answer about this field. Absent when nobody can set values.
   */
  fix: ((value: string) => void) | undefined;
  /** The suggested field named for a sentence (`price`, `quantity`), for the fix buttons. */
  suggestionLabel: string | undefined;
  /** Id of the element that describes the field's error. */
  id: string;
  invalid: boolean;
  /** Spread onto the input: `aria-invalid` and `aria-describedby`. */
  inputProps: { 'aria-invalid': true | undefined; 'aria-describedby': string };
  /** Dismisses the exchange's error, e.g. when the user edits the field. A local finding stays until the value is valid. */
  clear: () => void;
}

/** Options of {@link useFieldError}. */
export interface UseFieldErrorOptions {
  /** Id of the element describing the error. @defaultValue `fieldErrorId(name)` */
  id?: string;
  /**
   * Sets a form field to a suggested value; wins over the `onFix` of `useOrderValidation`. For
   * forms without that hook, e.g. `(field, value) => form.setValue(field, value)`.
   */
  onFix?: (field: string, value: string) => void;
}

/**
 * The inline error for one order-form field: the form's own finding (`useOrderValidation`) or the
 * exchange's answer, one at a time. While a component uses it, errors for that field are shown here
 * and not as toasts.
 *
 * The form's finding wins when both exist: it is about the value in the field now (the exchange's
 * answer is about the value that was sent), it names the exact rule and the values that pass it, and
 * it leaves as soon as the value is valid. The exchange's own text stays under it when both name the
 * same rule, and its entry stays in the store until the field is edited or fixed.
 *
 * @example
 * ```tsx
 * const quantity = useFieldError('quantity');
 * <input name="quantity" {...quantity.inputProps} onChange={quantity.clear} />
 * <FieldError name="quantity" />
 * ```
 */
export function useFieldError(name: string, options: UseFieldErrorOptions = {}): FieldErrorState {
  const { store } = useExchangeErrorContext('useFieldError');
  // Its own field's entry only: a report for another field does not re-render this one.
  const selectEntry = useCallback((snapshot: ExchangeErrorSnapshot) => entryFor(snapshot, name), [name]);
  const entry = useStoreSelector(store, selectEntry);
  const layer = localFieldErrorsOf(store);
  const getLocal = useCallback(() => layer.get(name), [layer, name]);
  const local = useSyncExternalStore(layer.subscribe, getLocal, nothing);
  const fixer = useSyncExternalStore(layer.subscribe, layer.fixer, nothing);
  useEffect(() => store.registerField(name), [store, name]);
  const id = options.id ?? fieldErrorId(name);
  const entryId = entry?.id;
  const clear = useCallback(() => {
    if (entryId) store.dismiss(entryId);
  }, [store, entryId]);
  const onFix = options.onFix ?? local?.fix ?? fixer?.fix;

  return useMemo(() => {
    const error: ResolvedExchangeError | undefined = local?.error ?? entry?.error;
    const suggestion = (error as { suggestion?: Suggestion } | undefined)?.suggestion;
    const exchangeMessage = local
      ? entry && entry.error.filter !== undefined && entry.error.filter === local.error.filter
        ? entry.error.message
        : ''
      : (entry?.error.message ?? '');
    const fix =
      suggestion && onFix
        ? (value: string) => {
            clear();
            onFix(suggestion.field, value);
          }
        : undefined;
    return {
      entry,
      error,
      source: local ? 'local' : entry ? 'exchange' : undefined,
      message: error?.description ?? '',
      exchangeMessage,
      filter: error?.filter,
      params: error?.params ?? {},
      suggestion,
      fix,
      suggestionLabel: suggestion
        ? ((local ?? fixer)?.fieldLabel(suggestion.field) ?? suggestion.field)
        : undefined,
      id,
      invalid: Boolean(error),
      inputProps: { 'aria-invalid': error ? true : undefined, 'aria-describedby': id },
      clear,
    };
  }, [entry, local, fixer, id, clear, onFix]);
}
