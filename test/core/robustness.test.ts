import { describe, expect, it } from 'vitest';
import { readExchangeError } from '../../src/core/readExchangeError';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { ltp } from '../../src/exchanges/ltp';
import { prototypesUntouched, wellFormed } from '../fuzz/wellFormed';

const resolve = (input: unknown) => resolveExchangeError(input, { exchanges: [binanceSpot, ltp], now: 0 });

// The fast-check properties over any input live in test/fuzz/ (`npm run fuzz` runs them long).
describe('any input at all', () => {
  it('never pollutes prototypes, whatever keys and codes it is given', () => {
    const hostile = [
      JSON.parse('{"__proto__":{"polluted":true},"code":-1013,"msg":"Filter failure: LOT_SIZE"}'),
      JSON.parse('{"constructor":{"prototype":{"polluted":true}},"code":"__proto__","msg":"__proto__"}'),
      { code: '__proto__', msg: 'constructor' },
      { code: 'constructor', message: 'toString', data: { retryAfter: '__proto__' } },
      '{"__proto__":{"code":-1},"msg":"x"}',
      "Illegal characters found in parameter '__proto__'; legal range is 'constructor'.",
    ];
    for (const input of hostile) {
      expect(wellFormed(resolve(input))).toBe(true);
      expect(prototypesUntouched()).toBe(true);
    }
  });

  it('copes with cycles, throwing getters and hostile Proxies', () => {
    const cyclic: Record<string, unknown> = { msg: 'Filter failure: LOT_SIZE' };
    cyclic.error = cyclic;
    cyclic.response = { data: cyclic };
    const getters = Object.defineProperty({}, 'code', {
      get() {
        throw new Error('getter');
      },
      enumerable: true,
    });
    const trap = () => {
      throw new Error('trap');
    };
    const proxy = new Proxy(
      {},
      { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap },
    );
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    for (const input of [
      cyclic,
      getters,
      proxy,
      revocable.proxy,
      [proxy, cyclic],
      { response: proxy },
      { headers: proxy, code: -1003, msg: 'Too many requests queued.' },
    ]) {
      expect(wellFormed(resolve(input))).toBe(true);
    }
    expect(resolve(cyclic)?.category).toBe('filter');
  });

  it('reads the other fields when one getter throws', () => {
    const body = Object.defineProperty({ code: -1013, msg: 'Filter failure: LOT_SIZE' }, 'status', {
      get() {
        throw new Error('getter');
      },
    });
    expect(resolve(body)).toMatchObject({ code: -1013, category: 'filter', filter: 'LOT_SIZE' });
  });

  it('resolves a 10 MB string without a 10 MB message', () => {
    const huge = `APIError(code=-1013): Filter failure: LOT_SIZE ${'x'.repeat(10 * 1024 * 1024)}`;
    const error = resolve(huge);
    expect(error?.message.length).toBeLessThanOrEqual(500);
    expect(error?.code).toBe(-1013);
    expect(wellFormed(resolve({ code: -1013, msg: 'y'.repeat(10 * 1024 * 1024) }))).toBe(true);
  });

  it('does not backtrack catastrophically on inputs built to make patterns stall', () => {
    const patterns = [
      `"msg":"${'\\\\'.repeat(50_000)}`,
      `code${' :'.repeat(30_000)}`,
      `Due to an order with a better price, ${'a '.repeat(20_000)}reduce only order to`,
      `${'('.repeat(20_000)}400, -1013, '`,
      `${'Error: '.repeat(20_000)}`,
      `${'{'.repeat(30_000)}${']'.repeat(30_000)}`,
      `Filter failure: ${'A'.repeat(100_000)}`,
      `status${' '.repeat(60_000)}x`,
      "(400, -1013, 'a".repeat(5_000),
      `${'a.'.repeat(30_000)}b`,
      `msg=${'x'.repeat(60_000)} code: -1013`,
      `signature${'='.repeat(60_000)}`,
      `${'A1'.repeat(30_000)}-`,
    ];
    for (const input of patterns) expect(wellFormed(resolve(input))).toBe(true);
  });

  it('reads HTML as plain text, never as markup', async () => {
    const page = '<html><head><title>x</title></head><body><img src=x onerror=alert(1)></body></html>';
    const error = resolve(page);
    expect(error?.message).toBe('The server returned an HTML page');
    expect(JSON.stringify({ ...error, raw: undefined })).not.toContain('<');
    expect(wellFormed(await readExchangeError(new Response(page, { status: 403 })))).toBe(true);
  });

  it.each([
    [null],
    [undefined],
    [0],
    [Number.NaN],
    [true],
    [Symbol('x')],
    [() => 1],
    [[]],
    [{}],
    [''],
    [10n],
  ])('resolves %s to the unknown category', (input) => {
    expect(resolve(input)).toMatchObject({ category: 'unknown', retry: { strategy: 'none' }, known: false });
  });

  it('survives profiles and copy that throw, returning an unknown resolution', () => {
    const broken = {
      ...binanceSpot,
      classify: () => {
        throw new Error('rules');
      },
    };
    const error = resolveExchangeError(
      { code: -1013, msg: 'Filter failure: LOT_SIZE' },
      { exchanges: [broken] },
    );
    expect(error).toMatchObject({ category: 'unknown', known: false });
    const format = () => {
      throw new Error('format');
    };
    expect(wellFormed(resolveExchangeError('x', { copy: { format } }))).toBe(true);
  });
});
