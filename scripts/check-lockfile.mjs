#!/usr/bin/env node
// @ts-check
// Fails with one clear line when package.json and package-lock.json disagree, as `npm ci` on a
// clean clone would (a user's CI runs `npm ci`). `npm ci --dry-run` checks the two without
// touching node_modules.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], {
  encoding: 'utf8',
});
if (result.status === 0) {
  console.log('package-lock.json matches package.json');
  process.exit(0);
}
const missing = (result.stderr ?? '')
  .split('\n')
  .map((line) => line.replace(/^npm error\s*/, '').trim())
  .filter((line) => /^(Missing|Invalid):/.test(line));
console.error(
  `package-lock.json is out of sync with package.json (npm ci would refuse it): run \`npm install\` and commit package-lock.json${missing.length ? `; ${missing.slice(0, 3).join('; ')}${missing.length > 3 ? `; and ${missing.length - 3} more` : ''}` : ''}`,
);
process.exit(1);
