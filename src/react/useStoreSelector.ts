'use client';
import { useMemo, useSyncExternalStore } from 'react';
import {
  type ExchangeErrorSnapshot,
  type ExchangeErrorStore,
  emptySnapshot,
} from '../core/createExchangeErrorStore';

/**
 * A slice of a store's snapshot that re-renders only when the slice changes (`isEqual` says so):
 * zustand's `useStore(api, selector)`. The selection is worked out once per snapshot, and a new one
 * equal to the last keeps the last, so React sees the same value and skips the render. The server
 * snapshot is the empty state, as in `useStoreSnapshot`.
 */
export function useStoreSelector<T>(
  store: ExchangeErrorStore,
  selector: (snapshot: ExchangeErrorSnapshot) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  // The memory lives in this closure, as in React's own `useSyncExternalStoreWithSelector`: the
  // getters stay pure functions of the snapshot, whatever render calls them.
  const [getSelection, getServerSelection] = useMemo(() => {
    let last: { snapshot: ExchangeErrorSnapshot; selection: T } | undefined;
    const select = (snapshot: ExchangeErrorSnapshot) => {
      if (last?.snapshot === snapshot) return last.selection;
      const next = selector(snapshot);
      const selection = last && isEqual(last.selection, next) ? last.selection : next;
      last = { snapshot, selection };
      return selection;
    };
    return [() => select(store.getSnapshot()), () => select(emptySnapshot)];
  }, [store, selector, isEqual]);
  return useSyncExternalStore(store.subscribe, getSelection, getServerSelection);
}
