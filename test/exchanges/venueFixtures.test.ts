import { describe, expect, it } from 'vitest';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import type { ErrorCategory, ResolvedExchangeError, RetryStrategy } from '../../src/core/types';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { binanceUsdm } from '../../src/exchanges/binance-usdm';
import { bybit } from '../../src/exchanges/bybit';
import { okx } from '../../src/exchanges/okx';
import { loadFixtures } from '../support/fixtures';

interface Fixture {
  id: string;
  raw: string;
  http_status: number | null;
  headers?: Record<string, string>;
  request?: { method: string; url: string };
  source_url: string;
  expect: {
    source: string;
    category: ErrorCategory;
    code?: number;
    field?: string;
    retry: RetryStrategy;
    retryAt?: number;
  };
}

const exchanges = [binanceSpot, binanceUsdm, okx, bybit];
// When the newest payload was seen (February 2026): its IP ban lifts 2.3 days later, within the
// resolver's one-week bound on waits; the older bans have long lifted.
const NOW = Date.UTC(2026, 1, 20);
const files = { 'binance-usdm': 'binance-usdm.jsonl', okx: 'okx.jsonl', bybit: 'bybit.jsonl' } as const;
type Venue = keyof typeof files;

const load = (file: string) => loadFixtures<Fixture>(file);
const fixtures = Object.fromEntries(
  Object.entries(files).map(([venue, file]) => [venue, load(file)]),
) as Record<Venue, Fixture[]>;

/** What the app knows besides the payload: the request it made, the response's status and headers. */
const resolve = (fixture: Fixture): ResolvedExchangeError | null =>
  resolveExchangeError(fixture.raw, {
    exchanges,
    request: fixture.request,
    headers: fixture.headers,
    httpStatus: fixture.http_status ?? undefined,
    now: NOW,
  });

/** What differs between the resolution and the fixture's expectation; empty when they agree. */
function mismatches(fixture: Fixture): string[] {
  const { expect: want } = fixture;
  const got = resolve(fixture);
  if (!got) return ['resolved to null (success)'];
  const out: string[] = [];
  if (got.source !== want.source) out.push(`source ${got.source}, expected ${want.source}`);
  if (got.category !== want.category) out.push(`category ${got.category}, expected ${want.category}`);
  // No `code` in the expectation means the payload carries none.
  if ((got.code ?? undefined) !== want.code) out.push(`code ${got.code}, expected ${want.code}`);
  // No `field` in the expectation means no field should be marked.
  if (got.field !== want.field) out.push(`field ${got.field}, expected ${want.field}`);
  if (got.retry.strategy !== want.retry) out.push(`retry ${got.retry.strategy}, expected ${want.retry}`);
  if (want.retryAt !== undefined && got.retry.retryAt !== want.retryAt)
    out.push(`retryAt ${got.retry.retryAt}, expected ${want.retryAt}`);
  return out;
}

const venues = Object.keys(files) as Venue[];

describe('real Binance USD-M, OKX and Bybit payloads, with all four Binance, OKX and Bybit profiles registered', () => {
  it('has every fixture file, each line with an id, a source URL and an expectation for its venue', () => {
    expect(venues.map((venue) => fixtures[venue].length)).toEqual([38, 35, 30]);
    for (const venue of venues)
      for (const fixture of fixtures[venue]) {
        expect(fixture.id.startsWith(`${venue}-`)).toBe(true);
        expect(fixture.source_url).toMatch(/^https:\/\//);
        // `unknown` where nothing in the payload tells futures from Spot (README-venues.md).
        expect([venue, 'unknown']).toContain(fixture.expect.source);
      }
  });

  it.each(venues)(
    'resolves the %s lines right (source, category, code, field, retry), 95 percent or more',
    (venue) => {
      const failures = fixtures[venue]
        .map((fixture) => ({ fixture, problems: mismatches(fixture) }))
        .filter(({ problems }) => problems.length > 0);
      const total = fixtures[venue].length;
      console.log(
        [
          `${venue}: ${total - failures.length}/${total} right`,
          ...failures.map(({ fixture, problems }) => `  ${fixture.id}: ${problems.join('; ')}`),
        ].join('\n'),
      );
      expect((total - failures.length) / total).toBeGreaterThanOrEqual(0.95);
    },
  );

  it.each(['okx', 'bybit'] as const)(
    'never calls a %s rejection execution-unknown: only the lines that expect it are',
    (venue) => {
      const unknown = fixtures[venue].filter((fixture) => resolve(fixture)?.category === 'execution-unknown');
      expect(unknown.map((fixture) => fixture.id)).toEqual(
        fixtures[venue]
          .filter((fixture) => fixture.expect.category === 'execution-unknown')
          .map((fixture) => fixture.id),
      );
    },
  );

  it('calls the codes whose outcome the documents leave open execution-unknown on order requests', () => {
    const uncertain = venues
      .flatMap((venue) => fixtures[venue])
      .filter((fixture) => fixture.expect.category === 'execution-unknown');
    expect(uncertain.map((fixture) => fixture.id)).toEqual([
      'binance-usdm-023',
      'binance-usdm-025',
      'okx-013',
      'bybit-024',
    ]);
    for (const fixture of uncertain)
      expect(resolve(fixture)).toMatchObject({
        category: 'execution-unknown',
        retry: { strategy: 'check-status' },
      });
  });
});
