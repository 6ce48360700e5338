'use client';
import { useCallback, useMemo } from 'react';
import type {
  Cooldown,
  EndedExchangeErrorEntry,
  ExchangeErrorEntry,
  ExchangeErrorSnapshot,
  ReportHints,
} from '../core/createExchangeErrorStore';
import { actionFor, performAction } from './performAction';
import { useExchangeErrorContext } from './useExchangeErrorContext';
import { useStoreSnapshot } from './useStoreSnapshot';

/** What {@link useExchangeError} returns. */
export interface UseExchangeErrorResult {
  /** Live errors, oldest first. */
  errors: readonly ExchangeErrorEntry[];
  /** The most recently reported live error. */
  latest: ExchangeErrorEntry | undefined;
  /** Ended errors, newest first (bounded). */
  history: readonly EndedExchangeErrorEntry[];
  totals: ExchangeErrorSnapshot['totals'];
  /** The app-wide cooldown of a rate limit or ban, while it lasts. */
  cooldown: Cooldown | null;
  /** Resolves and records anything an exchange API threw; returns the entry id (`null` for success). */
  report: (input: unknown, hints?: ReportHints) => string | null;
  dismiss: (id: string) => void;
  clear: () => void;
  /**
   * Runs the category's action for a live entry: retry (held back during a cooldown), sync clock
   * and retry, check order status (never a resend) or refresh. Resolves `true` when it resolved the error.
   */
  retry: (id: string) => Promise<boolean>;
}

/**
 * The kit's main hook: the live exchange errors and what to do about them.
 *
 * @example
 * ```tsx
 * const { report, latest } = useExchangeError();
 * try { await placeOrder(order); } catch (error) { report(error, { request: { intent: 'place-order' } }); }
 * ```
 */
export function useExchangeError(): UseExchangeErrorResult {
  const { store, handlers } = useExchangeErrorContext('useExchangeError');
  const snapshot = useStoreSnapshot(store);
  const retry = useCallback(
    async (id: string) => {
      const entry = store.getSnapshot().entries.find((e) => e.id === id);
      const action = entry && actionFor(entry.error);
      return action ? performAction(store, handlers, id, action) : false;
    },
    [store, handlers],
  );
  return useMemo(
    () => ({
      errors: snapshot.entries,
      latest: snapshot.entries.reduce<ExchangeErrorEntry | undefined>(
        (latest, e) => (!latest || e.lastSeen >= latest.lastSeen ? e : latest),
        undefined,
      ),
      history: snapshot.history,
      totals: snapshot.totals,
      cooldown: snapshot.cooldown,
      report: store.report,
      dismiss: (id: string) => store.dismiss(id),
      clear: store.clear,
      retry,
    }),
    [snapshot, store, retry],
  );
}
