#!/usr/bin/env node
// @ts-check
/**
 * `npm run fuzz`: the long fuzz. Runs the fast-check properties of `test/fuzz/` with their long
 * counts (over a million resolver cases and a hundred thousand store sequences; `npm test` runs
 * them briefly) and prints the cases run and the failures. A failure prints fast-check's report:
 * the seed and the shrunk input. `npm run fuzz -- --seed N` replays a run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = path.join(root, '.ci-out', 'fuzz');
const { values } = parseArgs({ options: { seed: { type: 'string' } } });

rmSync(reportDir, { recursive: true, force: true });
const started = Date.now();
const result = spawnSync('npx', ['vitest', 'run', '--project', 'unit', 'test/fuzz'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    EEK_FUZZ: 'long',
    EEK_FUZZ_REPORT: reportDir,
    ...(values.seed ? { EEK_FUZZ_SEED: values.seed } : {}),
  },
});

const tallyFile = path.join(reportDir, 'tally.jsonl');
/** @type {{ name: string, kind: string, cases: number, failed: number, seed: number, ms: number }[]} */
const rows = existsSync(tallyFile)
  ? readFileSync(tallyFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
const format = (n) => n.toLocaleString('en-US');
console.log('\nfuzz:');
for (const row of rows) {
  console.log(
    `  ${format(row.cases).padStart(9)} ${row.kind.padEnd(15)} ${row.failed ? 'FAILED' : 'ok    '} ${(row.ms / 1000).toFixed(1).padStart(6)}s  ${row.name} (seed ${row.seed})`,
  );
}
const total = (kind) => rows.filter((r) => r.kind === kind).reduce((sum, r) => sum + r.cases, 0);
const failures =
  rows.reduce((sum, r) => sum + r.failed, 0) + (result.status !== 0 && !rows.some((r) => r.failed) ? 1 : 0);
console.log(
  `\n${format(total('resolver cases'))} resolver cases, ${format(total('store sequences'))} store sequences, ${failures} failures (${((Date.now() - started) / 1000).toFixed(0)}s)`,
);
process.exit(result.status === 0 && failures === 0 ? 0 : 1);
