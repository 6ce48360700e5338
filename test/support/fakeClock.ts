import type { StoreClock } from '../../src/core/createExchangeErrorStore';

/** A clock whose time moves only when the test says so; timers fire in order as it advances. */
export function createFakeClock(start = Date.UTC(2026, 0, 1, 12, 0, 0)) {
  let now = start;
  let nextHandle = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const clock: StoreClock & { advance(ms: number): void; set(time: number): void; pending(): number } = {
    now: () => now,
    setTimeout(callback, ms) {
      const handle = nextHandle++;
      timers.set(handle, { at: now + Math.max(0, ms), callback });
      return handle;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      clock.set(now + ms);
    },
    /** Jumps to `time`, firing due timers on the way (a sleeping tab wakes with all of them due). */
    set(time) {
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= time)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].callback();
      }
      now = time;
    },
    pending: () => timers.size,
  };
  return clock;
}
