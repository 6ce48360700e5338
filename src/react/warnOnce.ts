import type { ExchangeErrorStore } from '../core/createExchangeErrorStore';

// Read through globalThis: the kit's types carry no Node typings, and browsers have no `process`.
/** Whether the app runs a production build, where the kit's development warnings stay silent. */
export const isProduction = () =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.NODE_ENV ===
  'production';

// Per store, so each provider is told once, not once per toast or per render.
const warned = new WeakMap<ExchangeErrorStore, Set<string>>();

/**
 * A development warning that says exactly what to fix, logged once per store (as Radix does for a
 * toast without a title). Silent in production.
 */
export function warnOnce(store: ExchangeErrorStore, message: string): void {
  if (isProduction()) return;
  const seen = warned.get(store) ?? new Set<string>();
  warned.set(store, seen);
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`exchange-error-kit: ${message}`);
}
