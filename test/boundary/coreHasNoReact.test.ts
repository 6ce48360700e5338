import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// If anything under src/core or src/catalog imported React, loading it would throw here.
vi.mock('react', () => {
  throw new Error('the core imported react');
});
vi.mock('react-dom', () => {
  throw new Error('the core imported react-dom');
});
vi.mock('@radix-ui/react-toast', () => {
  throw new Error('the core imported @radix-ui/react-toast');
});

const root = path.resolve(__dirname, '../../src');
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });

describe('the framework-agnostic core', () => {
  it('runs with React mocked away: resolve, store and catalogs work', async () => {
    const core = await import('../../src/index');
    const { binanceSpot } = await import('../../src/exchanges/binance-spot');
    const { ltp } = await import('../../src/exchanges/ltp');
    const resolve = core.createExchangeErrorResolver({ exchanges: [binanceSpot, ltp] });
    const store = core.createExchangeErrorStore({ resolve });
    store.report({ code: -1013, msg: 'Filter failure: LOT_SIZE' });
    expect(store.getSnapshot().entries[0]?.error).toMatchObject({ category: 'filter', field: 'quantity' });
  });

  it('has no import of React in any file under src/core or src/catalog', () => {
    const offenders = [
      ...filesUnder(path.join(root, 'core')),
      ...filesUnder(path.join(root, 'catalog')),
    ].filter((file) =>
      /from\s+['"](react|react-dom|@radix-ui\/[^'"]+)(\/[^'"]*)?['"]/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the layers pointing one way: core imports nothing from react, components or stories', () => {
    const offenders = filesUnder(path.join(root, 'core')).filter((file) =>
      /from\s+['"]\.\.\/(react|components)\b/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
