import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binanceSpot } from '../../src/catalog/binance-spot';
import { ltp } from '../../src/catalog/ltp';
import { createExchangeErrorResolver } from '../../src/core/createExchangeErrorResolver';
import { createExchangeErrorStore } from '../../src/core/createExchangeErrorStore';
import { createFakeClock } from '../support/fakeClock';

const payload = fc.oneof(
  fc.anything(),
  fc.record({ code: fc.integer({ min: -30000, max: 700000 }), msg: fc.string() }),
  fc.constantFrom(
    { code: -1015, msg: 'Too many new orders; current limit is 50 orders per 10 SECOND.' },
    { code: -1003, msg: `Way too much request weight used; IP banned until ${Date.UTC(2026, 0, 1, 12, 5)}.` },
    { code: -1013, msg: 'Filter failure: LOT_SIZE' },
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

describe('the store under any sequence of operations', () => {
  it('never throws, keeps its bounds, and its counts add up to every report', () => {
    const resolve = createExchangeErrorResolver({ catalogs: [binanceSpot, ltp] });
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 120 }),
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
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
