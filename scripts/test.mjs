#!/usr/bin/env node
// @ts-check
// `npm test`: everything a change must pass, in one command. Every step runs even when an
// earlier one fails, so one run shows every problem; the exit code is non-zero if any failed.
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = path.join(root, '.ci-out');
const vitestReport = path.join(reportDir, 'vitest.json');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The browser tests need a real Chromium; say how to get one instead of a Playwright stack trace.
try {
  accessSync(chromium, constants.X_OK);
} catch {
  console.error(
    `Chromium not found at ${chromium}: install it (apt-get install -y --no-install-recommends chromium fonts-liberation) or set CHROMIUM_PATH to a Chromium binary.`,
  );
  process.exit(1);
}

/** @type {Array<[string, string[]]>} */
const steps = [
  ['lockfile matches package.json', ['node', 'scripts/check-lockfile.mjs']],
  ['catalog is up to date', ['node', 'scripts/generate-catalog.mjs', '--check']],
  ['typecheck', ['npx', 'tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', ['npx', 'biome', 'ci', '.']],
  [
    'unit and browser tests',
    [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${path.relative(root, vitestReport)}`,
    ],
  ],
  ['library build', ['npm', 'run', '-s', 'build']],
  ['package exports', ['node', 'scripts/check-package.mjs']],
  ['consumer install', ['node', 'scripts/consumer-test.mjs']],
  ['static storybook from a sub-path', ['node', 'scripts/check-static-storybook.mjs']],
];

mkdirSync(reportDir, { recursive: true });
// A report left by an earlier run must not be counted for this one.
rmSync(vitestReport, { force: true });
/** @type {string[]} */
const failed = [];
for (const [name, [command, ...args]] of steps) {
  const started = Date.now();
  console.log(`\n=== ${name}`);
  const result = spawnSync(command ?? '', args, { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) console.log(`--- ${name}: ok (${seconds}s)`);
  else {
    console.log(`--- ${name}: FAILED (${seconds}s)`);
    failed.push(name);
  }
}

let counts = { passed: 0, failed: 0, skipped: 0 };
if (existsSync(vitestReport)) {
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  counts = {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
  };
}
if (counts.passed === 0 && !failed.includes('unit and browser tests')) failed.push('no test ran');

console.log(`\n${failed.length ? `failed steps: ${failed.join(', ')}` : 'all steps passed'}`);
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(failed.length ? 1 : 0);
