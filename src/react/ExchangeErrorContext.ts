'use client';
import { createContext } from 'react';
import type { ExchangeErrorEntry, ExchangeErrorStore } from '../core/createExchangeErrorStore';
import type { UiLabels } from '../locale/en/labels';

/** App callbacks that the kit's actions call. Each may return a promise; the kit awaits it. */
export interface ExchangeErrorHandlers {
  /** Re-run what failed. Resolve to mark the error resolved; throw (or reject) with the new error to report it. */
  onRetry?: (entry: ExchangeErrorEntry) => unknown;
  /** Re-synchronise the app's clock with the exchange (e.g. from its server-time endpoint). */
  syncClock?: () => unknown;
  /** Look up whether the order went through (open orders / order status); never resend blindly. */
  checkOrderStatus?: (entry: ExchangeErrorEntry) => unknown;
  /** Reload the data a `not-found` error was about. */
  onRefresh?: (entry: ExchangeErrorEntry) => unknown;
}

/** What the provider hands down. */
export interface ExchangeErrorContextValue {
  store: ExchangeErrorStore;
  handlers: ExchangeErrorHandlers;
  labels: UiLabels;
  locale?: string;
}

export const ExchangeErrorContext = createContext<ExchangeErrorContextValue | null>(null);
ExchangeErrorContext.displayName = 'ExchangeErrorContext';
