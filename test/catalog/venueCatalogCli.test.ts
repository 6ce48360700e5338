import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHILD_PROCESS, lineOf, readRepoFile, replaceOnce, repoRoot } from './documents';

// Only --check and --out runs here: neither writes into the repository.
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/generate-catalog.mjs', ...args], { cwd: repoRoot, encoding: 'utf8' });
const tempDir = () => mkdtempSync(path.join(tmpdir(), 'venue-catalog-'));

const USDM = 'catalog/sources/binance-usdm-futures-error-codes.md';
const OKX = 'catalog/sources/okx-v5-error-codes.md';
const BYBIT = 'catalog/sources/bybit-v5-error-codes.mdx';

/** Codes and messages counted from the text alone, the way a reader of each page would count them. */
function usdmCounts(text: string): [number, number] {
  const codes = text.split('\n').filter((line) => /^#### \\-\d+ /.test(line)).length;
  const bullets = text.split('\n').filter((line) => line.startsWith('- ')).length;
  // Three bullets explain their code; one of them quotes the text the server sends.
  return [codes, bullets - 3 + 1];
}
/** `| code | … | message |` rows: distinct codes, and distinct texts per code; code 0 is success. */
function tableCounts(text: string, code: RegExp, message: (cells: string[]) => string): [number, number] {
  const texts = new Map<number, Set<string>>();
  for (const line of text.split('\n')) {
    const found = code.exec(line)?.[1];
    if (found === undefined || Number(found) === 0) continue;
    const set = texts.get(Number(found)) ?? new Set<string>();
    texts.set(Number(found), set.add(message(line.split('|')).replace(/\s+/g, ' ').trim()));
  }
  return [texts.size, [...texts.values()].reduce((sum, set) => sum + set.size, 0)];
}
const okxCounts = (text: string) =>
  tableCounts(text, /^\|\s*(\d+)\s*\|/, (cells) => cells[cells.length - 2] ?? '');
const bybitCounts = (text: string) => tableCounts(text, /^\|\s*(?:~~)?\[?(-?\d+)/, (cells) => cells[2] ?? '');
const summary = (id: string, [codes, messages]: [number, number]) =>
  `${id}: ${codes} codes, ${messages} messages`;

describe('the generator on the Binance USD-M, OKX and Bybit documents', CHILD_PROCESS, () => {
  it('passes --check and prints their counts, as the documents give them', () => {
    const result = run('--check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.slice(2, 5)).toEqual([
      summary('binance-usdm', usdmCounts(readRepoFile(USDM))),
      summary('okx', okxCounts(readRepoFile(OKX))),
      summary('bybit', bybitCounts(readRepoFile(BYBIT))),
    ]);
    expect(lines.slice(2, 5)).toEqual([
      'binance-usdm: 200 codes, 241 messages',
      'okx: 970 codes, 1053 messages',
      'bybit: 709 codes, 724 messages',
    ]);
    expect(lines.find((line) => line.startsWith('catalog up to date'))).toContain(
      'src/exchanges/okx/okx.data.ts',
    );
  });

  it.each([
    ['--binance-usdm', USDM, 'binance-usdm.data.ts'],
    ['--okx', OKX, 'okx.data.ts'],
    ['--bybit', BYBIT, 'bybit.data.ts'],
  ])(
    '%s FILE --out DIR builds that catalog from FILE, the others from the vendored documents',
    (flag, file, module) => {
      const out = tempDir();
      const result = run(flag, file, '--out', out);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(readdirSync(out).sort()).toEqual([
        'binance-spot.data.ts',
        'binance-usdm.data.ts',
        'bybit.data.ts',
        'ltp.data.ts',
        'okx.data.ts',
      ]);
      const id = module.replace('.data.ts', '');
      expect(readFileSync(path.join(out, module), 'utf8')).toBe(
        readRepoFile(`src/exchanges/${id}/${module}`),
      );
    },
  );

  it('names the stale module when a newer edition adds a code', () => {
    const newer = path.join(tempDir(), 'error.mdx');
    writeFileSync(
      newer,
      replaceOnce(
        readRepoFile(BYBIT),
        '| 10001 |Request parameter error|',
        '| 10001 |Request parameter error|\n| 10031 |Request body too large|',
      ),
    );
    const result = run('--check', '--bybit', newer);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('bybit: 710 codes, 725 messages');
    expect(result.stderr.trim()).toBe(
      'src/exchanges/bybit/bybit.data.ts is stale: it differs from what its documents generate. Run `npm run catalog` and commit the result.',
    );
  });

  it.each([
    [
      '--okx',
      OKX,
      '| 50002 ',
      (text: string) => replaceOnce(text, '| 50002      | 400 ', '| 50002      | 4x0 '),
    ],
    [
      '--binance-usdm',
      USDM,
      '#### \\-2019',
      (text: string) => replaceOnce(text, '#### \\-2019', '#### \\-2O19'),
    ],
    ['--bybit', BYBIT, '| 110007 |', (text: string) => replaceOnce(text, '| 110007 |', '| 11OOO7 |')],
  ])(
    '%s: a broken document stops the run with file:line, and nothing is written',
    (flag, file, prefix, breakIt) => {
      const original = readRepoFile(file);
      const broken = breakIt(original);
      const target = path.join(tempDir(), path.basename(file));
      writeFileSync(target, broken);
      const out = tempDir();
      const result = run(flag, target, '--out', out);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(
        new RegExp(`^generate-catalog: ${target.replace(/[.\\]/g, '\\$&')}:${lineOf(original, prefix)}: `),
      );
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(readdirSync(out)).toEqual([]);
    },
  );
});
