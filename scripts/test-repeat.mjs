#!/usr/bin/env node
// @ts-check
/**
 * `npm run test:repeat -- N`: runs every unit and story test N times back to back (default 5) and
 * prints, per test, in how many runs it failed. A test that fails one run in a few blocks every
 * later change, so this is how flaky tests are hunted. The full table is written to
 * `.ci-out/repeat.json`; the exit code is 1 when any test failed in any run.
 *
 *   npm run test:repeat -- 5
 *   npm run test:repeat -- 3 --project unit      (extra arguments go to `vitest run`)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, '.ci-out');
const [first, ...rest] = process.argv.slice(2);
const runs = first !== undefined && /^\d+$/.test(first) ? Number(first) : 5;
const extra = first !== undefined && /^\d+$/.test(first) ? rest : process.argv.slice(2);
if (runs < 1) {
  console.error('test:repeat: the number of runs must be at least 1');
  process.exit(2);
}

mkdirSync(outDir, { recursive: true });
/** @type {Map<string, { failed: number, passed: number, skipped: number }>} */
const tally = new Map();
let brokenRuns = 0;

for (let run = 1; run <= runs; run++) {
  const report = path.join(outDir, `repeat-${run}.json`);
  rmSync(report, { force: true });
  const started = Date.now();
  const result = spawnSync(
    'npx',
    ['vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${report}`, ...extra],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: process.env },
  );
  let json;
  try {
    json = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    brokenRuns++;
    console.log(`run ${run}/${runs}: no report (vitest exited ${result.status})`);
    continue;
  }
  for (const file of json.testResults ?? []) {
    const relative = path.relative(root, file.name);
    for (const test of file.assertionResults ?? []) {
      const key = `${relative} > ${test.fullName}`;
      const entry = tally.get(key) ?? { failed: 0, passed: 0, skipped: 0 };
      if (test.status === 'passed') entry.passed++;
      else if (test.status === 'failed') entry.failed++;
      else entry.skipped++;
      tally.set(key, entry);
    }
    // A file that failed to load has no tests to blame: count it as one failed "test".
    if ((file.assertionResults ?? []).length === 0 && file.status === 'failed') {
      const key = `${relative} > (file failed to load)`;
      const entry = tally.get(key) ?? { failed: 0, passed: 0, skipped: 0 };
      entry.failed++;
      tally.set(key, entry);
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  console.log(
    `run ${run}/${runs}: ${json.numPassedTests} passed, ${json.numFailedTests} failed, ${json.numPendingTests} skipped (${seconds}s)`,
  );
}

const flaky = [...tally].filter(([, t]) => t.failed > 0).sort((a, b) => b[1].failed - a[1].failed);
writeFileSync(
  path.join(outDir, 'repeat.json'),
  `${JSON.stringify(
    { runs, tests: Object.fromEntries([...tally].sort(([a], [b]) => a.localeCompare(b))) },
    null,
    2,
  )}\n`,
);
console.log(`\nfailed runs per test (${tally.size} tests, ${runs} runs):`);
if (flaky.length === 0) console.log(`  every test: 0 of ${runs} runs failed`);
for (const [name, t] of flaky) console.log(`  ${t.failed} of ${runs}  ${name}`);
if (brokenRuns) console.log(`  ${brokenRuns} run(s) produced no report`);
process.exit(flaky.length || brokenRuns ? 1 : 0);
