'use client';
import { useCallback, useEffect, useMemo } from 'react';
import type { ExchangeErrorEntry, ExchangeErrorSnapshot } from '../core/createExchangeErrorStore';
import type { ErrorCategory } from '../core/types';
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

/** What {@link useFieldError} returns. */
export interface FieldErrorState {
  /** The live entry shown for this field, if any. */
  entry: ExchangeErrorEntry | undefined;
  /** The rule in plain words (the resolver's description), empty when there is no error. */
  message: string;
  /** The exchange's own text. */
  exchangeMessage: string;
  /** Binance filter name, e.g. `LOT_SIZE`. */
  filter: string | undefined;
  /** Values from the message, e.g. `{ limit: '5.0' }`. */
  params: Record<string, string>;
  /** Id of the element that describes the field's error. */
  id: string;
  invalid: boolean;
  /** Spread onto the input: `aria-invalid` and `aria-describedby`. */
  inputProps: { 'aria-invalid': true | undefined; 'aria-describedby': string };
  /** Dismisses the error, e.g. when the user edits the field. */
  clear: () => void;
}

/**
 * The inline error for one order-form field. While a component uses it, errors for that field are
 * shown here and not as toasts.
 *
 * @example
 * ```tsx
 * const quantity = useFieldError('quantity');
 * <input name="quantity" {...quantity.inputProps} onChange={quantity.clear} />
 * <FieldError name="quantity" />
 * ```
 */
export function useFieldError(name: string, options: { id?: string } = {}): FieldErrorState {
  const { store } = useExchangeErrorContext('useFieldError');
  // Its own field's entry only: a report for another field does not re-render this one.
  const selectEntry = useCallback((snapshot: ExchangeErrorSnapshot) => entryFor(snapshot, name), [name]);
  const entry = useStoreSelector(store, selectEntry);
  useEffect(() => store.registerField(name), [store, name]);
  const id = options.id ?? fieldErrorId(name);
  const entryId = entry?.id;
  const clear = useCallback(() => {
    if (entryId) store.dismiss(entryId);
  }, [store, entryId]);

  return useMemo(
    () => ({
      entry,
      message: entry?.error.description ?? '',
      exchangeMessage: entry?.error.message ?? '',
      filter: entry?.error.filter,
      params: entry?.error.params ?? {},
      id,
      invalid: Boolean(entry),
      inputProps: { 'aria-invalid': entry ? true : undefined, 'aria-describedby': id },
      clear,
    }),
    [entry, id, clear],
  );
}
