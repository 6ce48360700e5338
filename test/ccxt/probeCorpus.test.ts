// @vitest-environment node
import { InsufficientFunds, RequestTimeout } from 'ccxt';
import { describe, expect, it } from 'vitest';
import { ALL_CATEGORIES } from '../support/categories';
import { PROBE_CASES } from './probeCases';
import { type AnswerCase, PROBE_EXCHANGES, type ProbeCase } from './probeTypes';
import { ccxtClassChain, raise, raiseAnswer, raiseThroughFetch } from './raiseThroughCcxt';

interface Raised {
  probe: ProbeCase;
  error: unknown;
  chain: string[];
}

const raisedAll: Promise<Raised[]> = Promise.all(
  PROBE_CASES.map(async (probe) => {
    const error = await raise(probe);
    return { probe, error, chain: ccxtClassChain(error) };
  }),
);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Per exchange, ccxt class (or "no exception") → count, printed so a reader sees the whole picture. */
function tally(raised: Raised[]): Record<string, Record<string, number>> {
  const table: Record<string, Record<string, number>> = {};
  for (const { probe, chain } of raised) {
    const row = table[probe.exchange] ?? {};
    table[probe.exchange] = row;
    const name = chain[0] ?? '(no exception)';
    row[name] = (row[name] ?? 0) + 1;
  }
  return table;
}

describe('probe corpus: its shape', () => {
  it('has at least 160 cases over at least 13 exchanges, at least 10 each', () => {
    expect(PROBE_CASES.length).toBeGreaterThanOrEqual(160);
    const perExchange = new Map<string, number>();
    for (const probe of PROBE_CASES)
      perExchange.set(probe.exchange, (perExchange.get(probe.exchange) ?? 0) + 1);
    expect([...perExchange.keys()].sort()).toEqual([...PROBE_EXCHANGES].sort());
    for (const [exchange, count] of perExchange) {
      expect(count, exchange).toBeGreaterThanOrEqual(10);
    }
  });

  it('gives every case a unique id, a source and a known category', () => {
    const ids = new Set<string>();
    for (const probe of PROBE_CASES) {
      expect(ids.has(probe.id), `duplicate id ${probe.id}`).toBe(false);
      ids.add(probe.id);
      expect(probe.source.trim().length, probe.id).toBeGreaterThan(10);
      expect(ALL_CATEGORIES, probe.id).toContain(probe.expect.category);
      expect(probe.request.url, probe.id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
    }
  });

  it('keeps the order-safety rule: execution-unknown only where an order may have been sent and not refused', () => {
    for (const probe of PROBE_CASES) {
      if (probe.expect.category === 'execution-unknown') {
        expect(probe.request.writesOrder, probe.id).toBe(true);
      }
      // A timeout or a lost connection on an order is never shown as anything else.
      if (probe.kind === 'transport' && probe.request.writesOrder) {
        const neverSent = probe.failure === 'dns' || probe.failure === 'connection-refused';
        expect(probe.expect.category, probe.id).toBe(neverSent ? 'unavailable' : 'execution-unknown');
      }
      if (probe.kind === 'transport' && !probe.request.writesOrder) {
        expect(probe.expect.category, probe.id).toBe('unavailable');
      }
    }
  });

  it('covers the failures a trader meets on every exchange', () => {
    const needed = [
      'insufficient-funds',
      'filter',
      'invalid-request',
      'auth',
      'rate-limit',
      'not-found',
    ] as const;
    const missing: string[] = [];
    for (const exchange of PROBE_EXCHANGES) {
      const cases = PROBE_CASES.filter((p) => p.exchange === exchange);
      const categories = new Set(cases.map((p) => p.expect.category));
      for (const category of needed) if (!categories.has(category)) missing.push(`${exchange}: ${category}`);
      if (!cases.some((p) => p.kind === 'transport')) missing.push(`${exchange}: a transport failure`);
    }
    expect(missing).toEqual([]);
  });
});

describe('probe corpus: what ccxt 4.5.84 raises', () => {
  it('raises for every answer unless the case says ccxt treats it as a success', async () => {
    for (const { probe, error, chain } of await raisedAll) {
      if (probe.kind === 'answer' && probe.ccxtThrows === false) {
        expect(error, `${probe.id} should pass through ccxt`).toBeUndefined();
        continue;
      }
      expect(chain.at(-1), `${probe.id}: ${messageOf(error)}`).toBe('BaseError');
      // ccxt prefixes every message it builds with the exchange id.
      expect(messageOf(error).startsWith(probe.exchange), probe.id).toBe(true);
    }
  });

  it('raises ExchangeError-family classes only for answers, NetworkError-family for every transport failure', async () => {
    for (const { probe, error, chain } of await raisedAll) {
      if (chain.includes('ExchangeError')) expect(probe.kind, probe.id).toBe('answer');
      if (probe.kind === 'transport') {
        expect(chain, `${probe.id}: ${messageOf(error)}`).toContain('NetworkError');
        expect(messageOf(error), probe.id).toContain(`${probe.request.method} ${probe.request.url}`);
      }
    }
  });

  it('raises RequestTimeout for ccxt’s own timer and NetworkError for the socket failures', async () => {
    for (const { probe, chain } of await raisedAll) {
      if (probe.kind !== 'transport') continue;
      expect(chain[0], probe.id).toBe(probe.failure === 'timeout' ? 'RequestTimeout' : 'NetworkError');
    }
  });

  it('raises the same exception through handleErrors as through ccxt’s own fetch()', async () => {
    const answers = PROBE_CASES.filter((p): p is AnswerCase => p.kind === 'answer');
    for (const probe of answers) {
      const direct = raiseAnswer(probe);
      const viaFetch = await raiseThroughFetch(probe);
      expect(ccxtClassChain(viaFetch), probe.id).toEqual(ccxtClassChain(direct));
      expect(viaFetch === undefined ? undefined : messageOf(viaFetch), probe.id).toBe(
        direct === undefined ? undefined : messageOf(direct),
      );
    }
  }, 60_000);

  it('records the class chain ccxt raised for every case (a ccxt upgrade that changes one shows here)', async () => {
    const chains = Object.fromEntries(
      (await raisedAll).map(({ probe, chain }) => [
        probe.id,
        chain.length ? chain.join(' < ') : '(no exception)',
      ]),
    );
    expect(chains).toMatchSnapshot();
  });

  it('prints, per exchange, which ccxt class each case raised', async () => {
    const table = tally(await raisedAll);
    const lines = Object.entries(table).map(
      ([exchange, row]) =>
        `${exchange.padEnd(12)} ${Object.entries(row)
          .sort((a, b) => b[1] - a[1])
          .map(([name, count]) => `${name}×${count}`)
          .join('  ')}`,
    );
    console.info(`ccxt 4.5.84 class per probe case:\n${lines.join('\n')}`);
    expect(Object.keys(table).sort()).toEqual([...PROBE_EXCHANGES].sort());
  });
});

describe('ccxtClassChain', () => {
  it('lists a ccxt exception’s classes up to BaseError', () => {
    expect(ccxtClassChain(new InsufficientFunds('x'))).toEqual([
      'InsufficientFunds',
      'ExchangeError',
      'BaseError',
    ]);
    expect(ccxtClassChain(new RequestTimeout('x'))).toEqual([
      'RequestTimeout',
      'NetworkError',
      'OperationFailed',
      'BaseError',
    ]);
  });

  it('ends at Error for other errors and is empty for non-errors', () => {
    expect(ccxtClassChain(new TypeError('x'))).toEqual(['TypeError', 'Error']);
    expect(ccxtClassChain('text')).toEqual([]);
    expect(ccxtClassChain(undefined)).toEqual([]);
  });
});
