// @vitest-environment node
import ccxt, * as ccxtModule from 'ccxt';
import { describe, expect, it } from 'vitest';
import { CCXT_ERROR_CLASSES, classChain, extractAll } from '../../scripts/catalog/ccxt/extract.mjs';
import { CCXT_CLASS_CATEGORIES, ccxtClassCategory, ccxtNeverSent } from '../../src/core/ccxtClasses';

type Exchanges = Record<string, new () => { exceptions?: Record<string, unknown> }>;
const exchanges = ccxt as unknown as Exchanges & { exchanges: string[] };

const extraction = extractAll(ccxt);
const byId = new Map(extraction.exchanges.map((e) => [e.id, e]));

/**
 * An independent count of one exchange's map entries: every value that is a class (or
 * `[Class, text]`) anywhere under `exceptions`, split by whether a `broad` object holds it, as
 * distinct (key, class) pairs.
 */
function countEntries(exceptions: unknown) {
  const exact = new Set<string>();
  const broad = new Set<string>();
  let notClasses = 0;
  const visit = (node: unknown, underBroad: boolean) => {
    for (const [key, value] of Object.entries(node as object)) {
      const cls = Array.isArray(value) ? value[0] : value;
      if (typeof cls === 'function') (underBroad ? broad : exact).add(`${key}\u0000${cls.name}`);
      else if (value && typeof value === 'object') visit(value, underBroad || key === 'broad');
      else notClasses += 1;
    }
  };
  visit(exceptions ?? {}, false);
  return { exact: exact.size, broad: broad.size, notClasses };
}

describe('extraction of ccxt’s maps', () => {
  it('reads every exchange id ccxt lists', () => {
    expect(extraction.exchanges.map((e) => e.id)).toEqual(exchanges.exchanges);
    expect(extraction.exchanges.length).toBeGreaterThanOrEqual(100);
  });

  it('counts each exchange’s entries as an independent walk of its exceptions does', () => {
    let total = 0;
    for (const id of exchanges.exchanges) {
      const Exchange = exchanges[id]!;
      const counted = countEntries(new Exchange().exceptions);
      const extracted = byId.get(id)!;
      expect({ exact: extracted.exact.length, broad: extracted.broad.length }, id).toEqual({
        exact: counted.exact,
        broad: counted.broad,
      });
      expect(extracted.skipped.length, id).toBe(counted.notClasses);
      total += counted.exact + counted.broad;
    }
    expect(total).toBeGreaterThan(10_000);
  });

  it('merges the per-market maps and records a key they send to different classes', () => {
    const binance = new exchanges.binance!().exceptions as Record<
      string,
      Record<string, Record<string, unknown>>
    >;
    const markets = Object.keys(binance).filter((k) => k !== 'exact' && k !== 'broad');
    expect(markets).toEqual(
      expect.arrayContaining(['spot', 'linear', 'inverse', 'option', 'portfolioMargin']),
    );
    const keys = new Set(byId.get('binance')!.exact.map(([key]) => key));
    for (const market of markets) {
      for (const key of Object.keys(binance[market]?.exact ?? {}))
        expect(keys.has(key), `${market} ${key}`).toBe(true);
    }
    const conflict = byId.get('binance')!.conflicts.find((c) => c.key === '-1004');
    expect(new Set(conflict?.classes.map((c) => c.className)).size).toBeGreaterThan(1);
  });

  it('reads flat maps, [Class, text] values, and reports values ccxt could not throw', () => {
    // deribit's `exceptions` is itself the exact map.
    expect(new Map(byId.get('deribit')!.exact).get('10009')).toBe('InsufficientFunds');
    // digifinex writes `'10002': [AuthenticationError, 'Invalid ApiKey']`.
    expect(new Map(byId.get('digifinex')!.exact).get('10002')).toBe('AuthenticationError');
    expect(byId.get('apex')!.skipped.map((s) => s.key)).toEqual(['20006', '20016']);
  });

  it('finds the aliases: a subclass that keeps its parent’s maps unchanged', () => {
    expect(extraction.aliasOf).toMatchObject({
      gateeu: 'gate',
      kucoinfutures: 'kucoin',
      bequant: 'hitbtc',
      fmfwio: 'hitbtc',
      myokx: 'okx',
      bybiteu: 'bybit',
    });
    // binanceusdm extends binance but changes its maps: its own exchange.
    expect(extraction.aliasOf.binanceusdm).toBeUndefined();
    for (const [alias, root] of Object.entries(extraction.aliasOf)) {
      expect(byId.get(alias)!.signature, alias).toBe(byId.get(root)!.signature);
    }
  });

  it('takes the API hosts from urls.api, with ccxt’s {hostname} filled in', () => {
    expect(byId.get('bitget')!.hosts).toContain('api.bitget.com');
    expect(byId.get('kraken')!.hosts).toContain('api.kraken.com');
    expect(byId.get('gateeu')!.hosts).toContain('api.gateeu.com');
    for (const e of extraction.exchanges) {
      for (const host of e.hosts) expect(host, e.id).toMatch(/^[a-z0-9.-]+$/);
      expect(new Set(e.hosts).size, e.id).toBe(e.hosts.length);
    }
  });
});

describe('ccxt’s error classes', () => {
  const exported = Object.entries(ccxtModule).flatMap(([name, value]) =>
    typeof value === 'function' && value.prototype instanceof ccxtModule.BaseError ? [name] : [],
  );

  it('classChain follows errorHierarchy, which matches the classes’ own prototypes', () => {
    expect(new Set(CCXT_ERROR_CLASSES)).toEqual(new Set([...exported, 'BaseError']));
    for (const name of CCXT_ERROR_CLASSES) {
      const chain: string[] = [];
      let proto = (ccxtModule as unknown as Record<string, { prototype: object }>)[name]!.prototype;
      while (proto && proto !== Error.prototype) {
        chain.push((proto as { constructor: { name: string } }).constructor.name);
        proto = Object.getPrototypeOf(proto);
      }
      expect(classChain(name), name).toEqual(chain);
    }
    expect(() => classChain('NoSuchError')).toThrow(/NoSuchError/);
  });

  it('maps every class, and no class that does not exist', () => {
    expect(Object.keys(CCXT_CLASS_CATEGORIES).sort()).toEqual([...CCXT_ERROR_CLASSES].sort());
  });

  it('never lets a class of the answered family alone say the outcome is unknown', () => {
    for (const [name, { category, family }] of Object.entries(CCXT_CLASS_CATEGORIES)) {
      if (family === 'answered') expect(category, name).not.toBe('execution-unknown');
    }
  });

  it('decides the NetworkError classes one by one: refusals are answers, silences are not', () => {
    expect(CCXT_CLASS_CATEGORIES.RateLimitExceeded).toEqual({ category: 'rate-limit', family: 'answered' });
    expect(CCXT_CLASS_CATEGORIES.DDoSProtection).toEqual({ category: 'rate-limit', family: 'answered' });
    expect(CCXT_CLASS_CATEGORIES.InvalidNonce).toEqual({ category: 'clock-skew', family: 'answered' });
    expect(CCXT_CLASS_CATEGORIES.OnMaintenance).toEqual({ category: 'unavailable', family: 'answered' });
    expect(CCXT_CLASS_CATEGORIES.ExchangeNotAvailable).toEqual({
      category: 'unavailable',
      family: 'transport',
    });
    expect(CCXT_CLASS_CATEGORIES.RequestTimeout).toEqual({
      category: 'execution-unknown',
      family: 'transport',
    });
    expect(CCXT_CLASS_CATEGORIES.NetworkError).toEqual({ category: 'unavailable', family: 'transport' });
  });

  it('puts every ExchangeError subclass in the answered family but the app’s own close', () => {
    for (const name of CCXT_ERROR_CLASSES) {
      if (!classChain(name).includes('ExchangeError') || name === 'ExchangeClosedByUser') continue;
      expect(CCXT_CLASS_CATEGORIES[name as keyof typeof CCXT_CLASS_CATEGORIES].family, name).toBe('answered');
    }
  });

  it('ccxtClassCategory takes the first class it knows in a chain', () => {
    expect(ccxtClassCategory(['OnMaintenance', 'ExchangeNotAvailable', 'NetworkError'])).toEqual({
      category: 'unavailable',
      family: 'answered',
    });
    // A class a newer ccxt adds falls back to its parent.
    expect(ccxtClassCategory(['BrandNewError', 'InsufficientFunds', 'ExchangeError'])?.category).toBe(
      'insufficient-funds',
    );
    expect(ccxtClassCategory(['TypeError', 'Error'])).toBeUndefined();
    expect(ccxtClassCategory(['toString'])).toBeUndefined();
  });

  it('ccxtNeverSent tells a request that never left from one lost on the way', () => {
    expect(
      ccxtNeverSent('okx GET https://www.okx.com/x fetch failed: getaddrinfo ENOTFOUND www.okx.com'),
    ).toBe(true);
    expect(
      ccxtNeverSent('htx GET https://api.huobi.pro/x fetch failed: connect ECONNREFUSED 104.18.43.174:443'),
    ).toBe(true);
    expect(ccxtNeverSent('bybit POST https://api.bybit.com/x fetch failed: read ECONNRESET')).toBe(false);
    expect(ccxtNeverSent('coinbase POST https://api.coinbase.com/x fetch failed: other side closed')).toBe(
      false,
    );
  });
});
