'use client';
import type { ExchangeErrorSnapshot } from '../core/createExchangeErrorStore';
import { useExchangeErrorContext } from './useExchangeErrorContext';
import { useStoreSelector } from './useStoreSelector';

/**
 * A slice of the error store: the component re-renders only when what `selector` returns changes
 * (by `isEqual`, `Object.is` unless given), not on every report. Keep `selector` stable (define it
 * outside the component or with `useCallback`) so it is not worked out again each render.
 *
 * @example
 * ```tsx
 * const selectBanned = (s: ExchangeErrorSnapshot) => s.cooldown?.category === 'ip-banned';
 * function TradeButton() {
 *   const banned = useExchangeErrorSelector(selectBanned);
 *   return <button disabled={banned}>Trade</button>;
 * }
 * ```
 */
export function useExchangeErrorSelector<T>(
  selector: (snapshot: ExchangeErrorSnapshot) => T,
  isEqual?: (a: T, b: T) => boolean,
): T {
  const { store } = useExchangeErrorContext('useExchangeErrorSelector');
  return useStoreSelector(store, selector, isEqual);
}
