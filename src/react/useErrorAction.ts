'use client';
import { useCallback, useEffect, useState } from 'react';
import type { ExchangeErrorEntry, ExchangeErrorSnapshot } from '../core/createExchangeErrorStore';
import { fillLabel } from '../locale/en/labels';
import type { ExchangeErrorHandlers } from './ExchangeErrorContext';
import { formatDuration } from './formatDuration';
import { actionFor, canPerform, type ErrorAction, performAction, retryBlockedUntil } from './performAction';
import { useExchangeErrorContext } from './useExchangeErrorContext';
import { useNow } from './useNow';
import { useStoreSelector } from './useStoreSelector';
import { warnOnce } from './warnOnce';

const selectCooldownEnd = (snapshot: ExchangeErrorSnapshot) => snapshot.cooldown?.until;
const selectNothing = () => undefined;

/** Everything a button needs to offer an entry's action. */
export interface ErrorActionState {
  action: ErrorAction | null;
  /** Whether the app supplied the handler the action needs. */
  available: boolean;
  /** Button text, with the countdown while retrying is held back. */
  label: string;
  /** Full description for assistive technology (Radix `altText`). */
  altText: string;
  disabled: boolean;
  /** Epoch ms until which retrying is held back. */
  blockedUntil: number | undefined;
  remainingMs: number;
  busy: boolean;
  run: () => Promise<boolean>;
}

/** The category's action for a live entry, with its countdown and the app's handlers applied. */
export function useErrorAction(
  entry: ExchangeErrorEntry,
  overrides: ExchangeErrorHandlers = {},
): ErrorActionState {
  const { store, handlers: contextHandlers, labels } = useExchangeErrorContext('useErrorAction');
  const [busy, setBusy] = useState(false);
  const handlers = { ...contextHandlers, ...definedOnly(overrides) };
  const action = actionFor(entry.error);
  const isRetry = action === 'retry' || action === 'sync-and-retry';
  // Only a retry waits for the app-wide cooldown: other actions do not re-render when it changes.
  const cooldownUntil = useStoreSelector(store, isRetry ? selectCooldownEnd : selectNothing);
  const candidate = isRetry ? retryBlockedUntil(entry, cooldownUntil, store.clock.now()) : undefined;
  const now = useNow(store.clock, candidate);
  const blockedUntil = candidate !== undefined && candidate > now ? candidate : undefined;
  const remainingMs = blockedUntil ? blockedUntil - now : 0;

  const { onRetry, syncClock, checkOrderStatus, onRefresh } = handlers;
  const run = useCallback(async () => {
    if (!action) return false;
    setBusy(true);
    try {
      return await performAction(
        store,
        { onRetry, syncClock, checkOrderStatus, onRefresh },
        entry.id,
        action,
      );
    } finally {
      setBusy(false);
    }
  }, [store, action, entry.id, onRetry, syncClock, checkOrderStatus, onRefresh]);

  const available = action !== null && canPerform(action, handlers);
  const missing = action !== null && !available ? MISSING[action] : undefined;
  const { category } = entry.error;
  useEffect(() => {
    if (missing)
      warnOnce(
        store,
        `${category} errors offer "${ACTION_NAMES[missing.action]}", but <ExchangeErrorProvider> has no ${missing.props}, so no button is shown. Pass ${missing.props} to the provider (or to useErrorAction).`,
      );
  }, [store, category, missing]);

  let label = '';
  if (action === 'retry') {
    label = blockedUntil
      ? fillLabel(labels.retryIn, { time: formatDuration(remainingMs) })
      : entry.error.retry.strategy === 'backoff' && entry.attempts > 0
        ? fillLabel(labels.retryAttempt, { attempt: entry.attempts + 1 })
        : labels.retry;
  } else if (action === 'sync-and-retry') label = labels.syncClockAndRetry;
  else if (action === 'check-status') label = labels.checkOrderStatus;
  else if (action === 'refresh') label = labels.refresh;
  if (busy || entry.status === 'retrying') label = labels.retrying;

  return {
    action,
    available,
    label,
    altText: `${label}: ${entry.error.title}`,
    disabled: Boolean(blockedUntil) || busy || entry.status === 'retrying',
    blockedUntil,
    remainingMs,
    busy,
    run,
  };
}

const ACTION_NAMES: Record<ErrorAction, string> = {
  retry: 'Retry',
  'sync-and-retry': 'Sync clock & retry',
  'check-status': 'Check order status',
  refresh: 'Refresh',
};
// The handlers each action needs. Refresh is a convenience a list may do without: no warning.
const MISSING: Partial<Record<ErrorAction, { action: ErrorAction; props: string }>> = {
  retry: { action: 'retry', props: '`onRetry`' },
  'sync-and-retry': { action: 'sync-and-retry', props: '`syncClock` and `onRetry`' },
  'check-status': { action: 'check-status', props: '`checkOrderStatus`' },
};

function definedOnly(handlers: ExchangeErrorHandlers): ExchangeErrorHandlers {
  return Object.fromEntries(Object.entries(handlers).filter(([, v]) => v !== undefined));
}
