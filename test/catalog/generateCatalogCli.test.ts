import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { binanceText, lineOf, replaceOnce, repoRoot } from './documents';

// Only --check runs here: it never writes, so the working tree is left alone.
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/generate-catalog.mjs', ...args], { cwd: repoRoot, encoding: 'utf8' });

describe('node scripts/generate-catalog.mjs --check', () => {
  it('passes on the committed catalog', () => {
    const result = run('--check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('names the stale file when a newer edition changes the catalog', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'catalog-'));
    const newer = path.join(dir, 'errors.md');
    writeFileSync(
      newer,
      replaceOnce(
        binanceText,
        'BAD\\_SYMBOL\n\n* Invalid symbol.\n',
        'BAD\\_SYMBOL\n\n* Invalid symbol.\n* Unknown symbol %s.\n',
      ),
    );
    const result = run('--check', '--binance-spot', newer);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('src/catalog/binance-spot.data.ts is stale');
    expect(result.stderr).not.toContain('ltp.data.ts');
  });

  it('reports a broken document as file:line without a stack trace', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'catalog-'));
    const broken = path.join(dir, 'errors.md');
    writeFileSync(broken, replaceOnce(binanceText, '### -1021 INVALID', '### -10xx INVALID'));
    const result = run('--check', '--binance-spot', broken);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      `generate-catalog: ${broken}:${lineOf(binanceText, '### -1021 ')}: code heading has a non-numeric code "-10xx"; expected "### -NNNN NAME"`,
    );
  });
});
