// @vitest-environment node
import ccxt from 'ccxt';
import { describe, expect, it } from 'vitest';
import { buildData } from '../../scripts/catalog/ccxt/emit.mjs';
import { extractAll } from '../../scripts/catalog/ccxt/extract.mjs';
import { CCXT_CLASS_CATEGORIES } from '../../src/core/ccxtClasses';
import type { ExchangeProfile } from '../../src/core/profile';
import { CCXT_CATEGORIES, type CcxtCategoryIndex } from '../../src/exchanges/ccxt/ccxtExchangeData';
import { ccxtProfile } from '../../src/exchanges/ccxt/ccxtProfile';
import { GENERATED, PROFILES, preview } from './ccxtPreview';
import { PROBE_CASES } from './probeCases';
import { ccxtClassChain, raise } from './raiseThroughCcxt';

/** The generated profiles as they would be without the reviewed overrides (ccxt's classes alone). */
function profilesWithoutOverrides(): Record<string, ExchangeProfile> {
  const built = buildData(extractAll(ccxt), CCXT_CLASS_CATEGORIES, []);
  const index = (category: string) => CCXT_CATEGORIES.indexOf(category as never) as CcxtCategoryIndex;
  return Object.fromEntries(
    built.generated
      .filter((d) => d.id in GENERATED)
      .map((d) => [
        d.id,
        ccxtProfile(
          {
            id: d.id,
            name: d.name,
            hosts: d.hosts,
            ccxt: [d.id, ...d.ccxt.slice(1)],
            exact: Object.fromEntries(d.exact.map(([k, c]) => [k, index(c)])),
            broad: d.broad.map(([k, c]) => [k, index(c)] as const),
          },
          GENERATED[d.id]!.reader,
        ),
      ]),
  );
}

interface Row {
  id: string;
  exchange: string;
  expected: string;
  got: string;
  by: string;
  bare: string;
}

const bareProfiles = profilesWithoutOverrides();
const rowsAll: Promise<Row[]> = Promise.all(
  PROBE_CASES.map(async (probe) => {
    const error = await raise(probe);
    const raised = { chain: ccxtClassChain(error), message: error instanceof Error ? error.message : '' };
    const { category, by } = preview(probe, raised, PROFILES[probe.exchange]);
    const bare = preview(probe, raised, bareProfiles[probe.exchange]).category;
    return {
      id: probe.id,
      exchange: probe.exchange,
      expected: probe.expect.category,
      got: category,
      by,
      bare,
    };
  }),
);

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;

describe('probe tally: generated profiles with ccxt’s class family (a preview of the resolver)', () => {
  it('agrees with the expected category on at least 92 % of the generated exchanges’ cases', async () => {
    const rows = await rowsAll;
    const per = new Map<string, Row[]>();
    for (const row of rows) per.set(row.exchange, [...(per.get(row.exchange) ?? []), row]);
    const lines: string[] = [];
    const sum = { agree: 0, bare: 0, total: 0, agreeAll: 0 };
    for (const [exchange, list] of per) {
      const generated = exchange in GENERATED;
      const agree = list.filter((r) => r.got === r.expected).length;
      const bare = list.filter((r) => r.bare === r.expected).length;
      if (generated) {
        sum.agree += agree;
        sum.bare += bare;
        sum.total += list.length;
      }
      sum.agreeAll += agree;
      const counts = new Map<string, number>();
      for (const r of list) counts.set(r.by, (counts.get(r.by) ?? 0) + 1);
      const by = [...counts].map(([k, n]) => `${k}×${n}`).join(' ');
      lines.push(
        generated
          ? `${exchange.padEnd(12)} ${`${agree}/${list.length}`.padStart(6)}  (without overrides ${bare})  decided by ${by}`
          : `${exchange.padEnd(12)} ${`${agree}/${list.length}`.padStart(6)}  class only: a document profile decides`,
      );
      for (const r of list)
        if (r.got !== r.expected) lines.push(`    ${r.id}: ${r.got} (by ${r.by}), expected ${r.expected}`);
    }
    lines.push(
      `generated exchanges: ${sum.agree}/${sum.total} = ${pct(sum.agree, sum.total)} (ccxt classes alone, no overrides: ${sum.bare}/${sum.total} = ${pct(sum.bare, sum.total)})`,
      `all cases (document-profile exchanges by class only): ${sum.agreeAll}/${rows.length} = ${pct(sum.agreeAll, rows.length)}`,
    );
    console.info(`ccxt probe tally:\n${lines.join('\n')}`);
    expect(sum.agree / sum.total).toBeGreaterThanOrEqual(0.92);
    // The overrides only ever correct: no case they touch gets worse.
    for (const r of rows) if (r.bare === r.expected) expect(r.got, r.id).toBe(r.expected);
  }, 60_000);

  it('never shows an order’s outcome as unknown on a read, nor a definite refusal as unknown', async () => {
    for (const r of await rowsAll) {
      // Document-profile exchanges are previewed by class alone: their profiles decide these.
      if (!(r.exchange in GENERATED)) continue;
      const probe = PROBE_CASES.find((p) => p.id === r.id)!;
      if (!probe.request.writesOrder) expect(r.got, r.id).not.toBe('execution-unknown');
      if (r.got === 'execution-unknown') expect(probe.expect.category, r.id).toBe('execution-unknown');
    }
  });
});
