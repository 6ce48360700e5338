import { describe, expect, it, vi } from 'vitest';
import { matchCatalog } from '../../src/core/matchCatalog';
import * as templates from '../../src/core/matchTemplate';
import { binanceSpot } from '../../src/exchanges/binance-spot';

vi.mock('../../src/core/matchTemplate', async (importOriginal) => {
  const original = await importOriginal<typeof templates>();
  return { matchTemplate: vi.fn(original.matchTemplate) };
});
const compile = vi.mocked(templates.matchTemplate);

describe('matching a catalog', () => {
  it('compiles each template it tries once, however often it matches', () => {
    const message = 'Too many new orders; current limit is 50 orders per 10 SECOND.';
    expect(matchCatalog(binanceSpot, -1015, message)?.params).toEqual({ limit: '50', interval: '10 SECOND' });
    const first = compile.mock.calls.length;
    expect(first).toBeGreaterThan(0);
    for (let i = 0; i < 20; i++) matchCatalog(binanceSpot, -1015, message);
    expect(compile.mock.calls.length).toBe(first);
  });
});
