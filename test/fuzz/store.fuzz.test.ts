import fc from 'fast-check';
import { describe, expect } from 'vitest';
import { createExchangeErrorResolver } from '../../src/core/createExchangeErrorResolver';
import { createExchangeErrorStore } from '../../src/core/createExchangeErrorStore';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { ltp } from '../../src/exchanges/ltp';
import { createFakeClock } from '../support/fakeClock';
import { fuzz } from './runProperty';

const payload = fc.oneof(
  fc.anything(),
  fc.record({ code: fc.integer({ min: -30000, max: 700000 }), msg: fc.string() }),
  fc.constantFrom(
    { code: -1015, msg: 'Too many new orders; current limit is 50 orders per 10 SECOND.' },
    { code: -1003, msg: `Way too much request weight used; IP banned until ${Date.UTC(2026, 0, 1, 12, 5)}.` },
    { code: -1013, msg: 'Filter failure: LOT_SIZE' },
    { code: -1021, msg: "Timestamp for this request was 1000ms ahead of the server's time." },
    { code: 200000, message: 'Success', data: {} },
    '<html>502</html>',
  ),
);
const op = fc.oneof(
  fc.record({
    kind: fc.constant('report' as const),
    payload,
    status: fc.option(fc.integer({ min: 100, max: 599 })),
  }),
  fc.record({ kind: fc.constant('dismiss' as const), index: fc.nat(60) }),
  fc.record({ kind: fc.constant('retry' as const), index: fc.nat(60), end: fc.boolean() }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 400_000 }) }),
  fc.constant({ kind: 'clear' as const }),
);

describe('the store under any sequence of operations (fast-check)', () => {
  const resolve = createExchangeErrorResolver({ exchanges: [binanceSpot, ltp] });
  fuzz(
    'never throws, keeps its bounds, and its counts add up to every report',
    'store sequences',
    { short: 150, long: 100_000 },
    () =>
      fc.property(
        fc.array(op, { maxLength: 80 }),
        fc.integer({ min: 1, max: 8 }),
        fc.nat(10),
        (ops, maxLive, maxHistory) => {
          const clock = createFakeClock();
          const store = createExchangeErrorStore({ resolve, clock, maxLive, maxHistory });
          let reported = 0;
          for (const o of ops) {
            const live = store.getSnapshot().entries;
            if (o.kind === 'report') {
              if (store.report(o.payload, { httpStatus: o.status ?? undefined }) !== null) reported++;
            } else if (o.kind === 'dismiss' && live.length) store.dismiss(live[o.index % live.length]!.id);
            else if (o.kind === 'retry' && live.length) {
              const id = live[o.index % live.length]!.id;
              store.beginRetry(id);
              if (o.end) store.endRetry(id);
            } else if (o.kind === 'advance') clock.advance(o.ms);
            else if (o.kind === 'clear') store.clear();

            const { entries, history, totals, cooldown } = store.getSnapshot();
            expect(entries.length).toBeLessThanOrEqual(maxLive);
            expect(history.length).toBeLessThanOrEqual(maxHistory);
            const counted =
              [...entries, ...history].reduce((sum, e) => sum + e.count, 0) + totals.droppedReports;
            expect(counted).toBe(reported);
            expect(totals.reported).toBe(reported);
            // A cooldown that has ended is gone: its timer fired when the clock passed it.
            if (cooldown) expect(cooldown.until).toBeGreaterThan(clock.now());
            // Every live entry is one the store can still find.
            for (const entry of entries) expect(store.get(entry.id)).toBe(entry);
          }
        },
      ),
  );
});
