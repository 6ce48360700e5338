'use client';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { fillLabel } from '../locale/en/labels';
import { formatClockTime, formatDuration } from '../react/formatDuration';
import { useExchangeErrorContext } from '../react/useExchangeErrorContext';
import { useNow } from '../react/useNow';

/** Props of {@link BanClock}. */
export interface BanClockProps extends Omit<ComponentPropsWithoutRef<'time'>, 'dateTime' | 'children'> {
  /** Epoch ms the ban (or wait) ends. */
  until: number;
}

/**
 * "Blocked until 14:05:09 (3:12 left)": the clock time a ban ends and the time left, ticking each second.
 *
 * @example
 * ```tsx
 * const { retryAt } = error.retry;
 * retryAt === undefined ? null : <BanClock until={retryAt} />
 * ```
 */
export const BanClock = forwardRef<HTMLTimeElement, BanClockProps>(function BanClock(
  { until, ...props },
  ref,
) {
  const { store, labels, locale } = useExchangeErrorContext('BanClock');
  const now = useNow(store.clock, until);
  const left = Math.max(0, until - now);
  return (
    <time
      ref={ref}
      className="eek-ban-clock"
      data-state={left > 0 ? 'running' : 'ended'}
      {...props}
      dateTime={new Date(until).toISOString()}
      // The text depends on the time and zone where it renders: a server's differs from the browser's.
      suppressHydrationWarning
    >
      {fillLabel(labels.bannedUntil, { time: formatClockTime(until, locale), left: formatDuration(left) })}
    </time>
  );
});
