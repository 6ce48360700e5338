'use client';
import { useSyncExternalStore } from 'react';
import {
  type ExchangeErrorSnapshot,
  type ExchangeErrorStore,
  emptySnapshot,
} from '../core/createExchangeErrorStore';

// The server snapshot is the empty state, so a server render and the hydrating client agree even
// when the client store already holds errors reported before hydration; they show right after.
const getServerSnapshot = () => emptySnapshot;

/** Subscribes to the store; re-renders on every change. */
export function useStoreSnapshot(store: ExchangeErrorStore): ExchangeErrorSnapshot {
  return useSyncExternalStore(store.subscribe, store.getSnapshot, getServerSnapshot);
}
