'use client';
import { useEffect, useState } from 'react';
import type { StoreClock } from '../core/createExchangeErrorStore';

/**
 * The current time, re-rendering on each whole second left before `until`, and not at all
 * once `until` has passed (or when there is none): countdowns tick only while they run.
 */
export function useNow(clock: StoreClock, until: number | undefined): number {
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    if (until === undefined) return;
    let handle: unknown;
    const tick = () => {
      const current = clock.now();
      setNow(current);
      const left = until - current;
      if (left <= 0) return;
      // Wake on the next whole-second boundary of the remaining time, so "0:03" turns to "0:02" on time.
      handle = clock.setTimeout(tick, left % 1000 || 1000);
    };
    tick();
    return () => clock.clearTimeout(handle);
  }, [clock, until]);
  // The state only schedules re-renders. Between a new `until` and the effect's first tick it
  // still holds the time of an earlier render, which would show a countdown minutes too long.
  return Math.max(now, clock.now());
}
