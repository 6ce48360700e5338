import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The guard of test/support/consoleGuard.ts, proven on a fixture run in its own Vitest: a warning
// from a component fails its test, unless the test asserts exactly that warning.
describe('warnings are failures', () => {
  it('fails a test whose component logs, and passes one that asserts the warning it provokes', () => {
    const report = path.join(mkdtempSync(path.join(tmpdir(), 'eek-guard-')), 'report.json');
    spawnSync(
      'npx',
      [
        'vitest',
        'run',
        '--config',
        'test/support/consoleGuard.vitest.config.ts',
        '--reporter=json',
        `--outputFile=${report}`,
      ],
      { cwd: path.resolve(import.meta.dirname, '../..'), encoding: 'utf8' },
    );
    const results = JSON.parse(readFileSync(report, 'utf8')).testResults[0].assertionResults as {
      title: string;
      status: string;
      failureMessages: string[];
    }[];
    const outcome = Object.fromEntries(results.map((r) => [r.title, r.status]));
    expect(outcome).toEqual({
      'fails: a component logs console.error': 'failed',
      'fails: a component logs console.warn': 'failed',
      'fails: React warns about invalid nesting': 'failed',
      'passes: the test asserts the exact warning it provokes': 'passed',
      'fails: an expected warning never comes': 'failed',
      'fails: a spy swallows the console and is never restored': 'failed',
    });
    const why = (title: string) => results.find((r) => r.title === title)?.failureMessages.join('\n');
    expect(why('fails: a component logs console.error')).toContain(
      'unexpected console.error: Noisy component: something is wrong (error)',
    );
    expect(why('fails: React warns about invalid nesting')).toMatch(/unexpected console.error: .*<p>/);
    expect(why('fails: an expected warning never comes')).toContain('expected console.warn never came');
    expect(why('fails: a spy swallows the console and is never restored')).toContain('was replaced');
  }, 60_000);
});
