'use client';
import type { Cooldown, ExchangeErrorSnapshot } from '../core/createExchangeErrorStore';
import { useExchangeErrorContext } from './useExchangeErrorContext';
import { useNow } from './useNow';
import { useStoreSelector } from './useStoreSelector';

/** What {@link useCooldown} returns. */
export interface CooldownState {
  /** Whether retrying is held back right now. */
  active: boolean;
  /** Milliseconds left, 0 when none. */
  remainingMs: number;
  /** Epoch ms the cooldown ends, if one is open. */
  until?: number;
  category?: Cooldown['category'];
}

const selectCooldown = (snapshot: ExchangeErrorSnapshot) => snapshot.cooldown;

/**
 * The app-wide cooldown opened by a rate limit or IP ban, with the time left. Re-renders once a
 * second while a cooldown runs, and otherwise only when the cooldown changes: never for a report
 * that leaves it as it was.
 *
 * @example
 * ```tsx
 * const { active, remainingMs } = useCooldown();
 * <button disabled={active}>{active ? `Wait ${Math.ceil(remainingMs / 1000)}s` : 'Place order'}</button>
 * ```
 */
export function useCooldown(): CooldownState {
  const { store } = useExchangeErrorContext('useCooldown');
  const cooldown = useStoreSelector(store, selectCooldown);
  const now = useNow(store.clock, cooldown?.until);
  const remainingMs = cooldown ? Math.max(0, cooldown.until - now) : 0;
  return cooldown && remainingMs > 0
    ? { active: true, remainingMs, until: cooldown.until, category: cooldown.category }
    : { active: false, remainingMs: 0 };
}
