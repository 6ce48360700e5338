import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { it } from 'vitest';

/**
 * `npm run fuzz` sets `EEK_FUZZ=long` for the million-case run; `npm test` runs the same
 * properties briefly. `EEK_FUZZ_SEED` replays a failure the long run printed.
 */
export const LONG = process.env.EEK_FUZZ === 'long';
const seed = process.env.EEK_FUZZ_SEED ? Number(process.env.EEK_FUZZ_SEED) : undefined;
const reportDir = process.env.EEK_FUZZ_REPORT;

/** What a case counts as in the totals `npm run fuzz` prints. */
export type CaseKind = 'resolver cases' | 'store sequences';

/**
 * One property as a test: `short` runs under `npm test`, `long` under `npm run fuzz`. A failure
 * throws fast-check's report, which carries the seed and the shrunk input.
 */
export function fuzz<Ts extends [unknown, ...unknown[]]>(
  name: string,
  kind: CaseKind,
  runs: { short: number; long: number },
  property: () => fc.IPropertyWithHooks<Ts> | fc.IProperty<Ts>,
): void {
  it(
    name,
    () => {
      const numRuns = LONG ? runs.long : runs.short;
      const started = performance.now();
      const details = fc.check(property(), { numRuns, ...(seed === undefined ? {} : { seed }) });
      if (reportDir) {
        mkdirSync(reportDir, { recursive: true });
        appendFileSync(
          path.join(reportDir, 'tally.jsonl'),
          `${JSON.stringify({
            name,
            kind,
            cases: details.numRuns,
            failed: details.failed ? 1 : 0,
            seed: details.seed,
            ms: Math.round(performance.now() - started),
          })}\n`,
        );
      }
      if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? `${name} failed`);
    },
    LONG ? 3_600_000 : 30_000,
  );
}
