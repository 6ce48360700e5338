import type { ExchangeErrorEntry, ExchangeErrorStore } from '../core/createExchangeErrorStore';
import type { ResolvedExchangeError } from '../core/types';
import type { ExchangeErrorHandlers } from './ExchangeErrorContext';

/** The one action a category offers the user. */
export type ErrorAction = 'retry' | 'sync-and-retry' | 'check-status' | 'refresh';

/**
 * The action the user is offered for an error, or `null` when retrying cannot help.
 * `check-status` replaces retry entirely: an order whose execution is unknown is never resent blindly.
 */
export function actionFor(error: ResolvedExchangeError): ErrorAction | null {
  switch (error.retry.strategy) {
    case 'after':
    case 'backoff':
      return 'retry';
    case 'resync-clock':
      return 'sync-and-retry';
    case 'check-status':
      return 'check-status';
    case 'none':
      return error.category === 'not-found' ? 'refresh' : null;
  }
}

/** Whether the app supplied the handler an action needs. */
export function canPerform(action: ErrorAction, handlers: ExchangeErrorHandlers): boolean {
  switch (action) {
    case 'retry':
      return Boolean(handlers.onRetry);
    case 'sync-and-retry':
      return Boolean(handlers.syncClock && handlers.onRetry);
    case 'check-status':
      return Boolean(handlers.checkOrderStatus);
    case 'refresh':
      return Boolean(handlers.onRefresh);
  }
}

/** Until when retrying is held back for this entry (an open cooldown or a backoff slot), if at all. */
export function retryBlockedUntil(
  entry: ExchangeErrorEntry,
  cooldownUntil: number | undefined,
  now: number,
): number | undefined {
  const own = entry.error.retry.strategy === 'after' ? entry.error.retry.retryAt : undefined;
  const until = Math.max(cooldownUntil ?? 0, own ?? 0);
  return until > now ? until : undefined;
}

/**
 * Runs an action for a live entry. Resolves `true` when the entry was resolved, `false` when the
 * action was held back (cooldown, missing handler) or failed; a failure is reported to the store,
 * where it updates the same entry when it is the same error.
 */
export async function performAction(
  store: ExchangeErrorStore,
  handlers: ExchangeErrorHandlers,
  entryId: string,
  action: ErrorAction,
): Promise<boolean> {
  const entry = store.getSnapshot().entries.find((e) => e.id === entryId);
  if (!entry || entry.status === 'retrying' || !canPerform(action, handlers)) return false;
  const now = store.clock.now();
  const isRetry = action === 'retry' || action === 'sync-and-retry';
  if (isRetry && retryBlockedUntil(entry, store.getSnapshot().cooldown?.until, now) !== undefined)
    return false;

  if (isRetry) store.beginRetry(entryId);
  try {
    if (action === 'sync-and-retry') await handlers.syncClock?.();
    if (isRetry) await handlers.onRetry?.(entry);
    else if (action === 'check-status') await handlers.checkOrderStatus?.(entry);
    else await handlers.onRefresh?.(entry);
    store.dismiss(entryId, 'resolved');
    return true;
  } catch (failure) {
    store.endRetry(entryId);
    store.report(failure, { request: entry.request });
    return false;
  }
}
