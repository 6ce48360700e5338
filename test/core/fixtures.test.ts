import { describe, expect, it } from 'vitest';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import type { ErrorCategory, RetryStrategy } from '../../src/core/types';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { ltp } from '../../src/exchanges/ltp';
import { loadFixtures } from '../support/fixtures';

interface Fixture {
  id: string;
  raw: string;
  http_status: number | null;
  source_url: string;
  expect: { category: ErrorCategory; code?: number; field?: string; retry: RetryStrategy; retryAt?: number };
}

// A copy of ../shared/fixtures/real-payloads.dev.jsonl, vendored so the test never depends on a sibling folder.
const fixtures = loadFixtures<Fixture>('real-payloads.dev.jsonl');

/** What differs between the resolution and the fixture's expectation; empty when they agree. */
function mismatches(fixture: Fixture): string[] {
  const { expect: want } = fixture;
  const got = resolveExchangeError(fixture.raw, {
    exchanges: [binanceSpot, ltp],
    httpStatus: fixture.http_status ?? undefined,
    now: Date.UTC(2026, 0, 1),
  });
  if (!got) return ['resolved to null (success)'];
  const out: string[] = [];
  if (got.category !== want.category) out.push(`category ${got.category}, expected ${want.category}`);
  if (want.code !== undefined && got.code !== want.code) out.push(`code ${got.code}, expected ${want.code}`);
  // No `field` in the expectation means no field should be marked.
  if (got.field !== want.field) out.push(`field ${got.field}, expected ${want.field}`);
  if (got.retry.strategy !== want.retry) out.push(`retry ${got.retry.strategy}, expected ${want.retry}`);
  if (want.retryAt !== undefined && got.retry.retryAt !== want.retryAt) {
    out.push(`retryAt ${got.retry.retryAt}, expected ${want.retryAt}`);
  }
  return out;
}

describe('real payloads from public issues, SDK tests and the exchange docs', () => {
  it('has all 58 fixtures to check', () => {
    expect(fixtures).toHaveLength(58);
  });

  it('resolves every fixture to its expected category, code, field and retry', () => {
    const failures = fixtures
      .map((fixture) => ({ fixture, problems: mismatches(fixture) }))
      .filter(({ problems }) => problems.length > 0);
    console.log(
      `real payloads: ${fixtures.length - failures.length}/${fixtures.length} match their expectation`,
    );
    expect(failures.map(({ fixture, problems }) => `${fixture.id}: ${problems.join('; ')}`)).toEqual([]);
  });

  it.each(fixtures.map((fixture) => [fixture.id, fixture] as const))(
    '%s never shows its wrapper as the message',
    (_, fixture) => {
      const got = resolveExchangeError(fixture.raw, { exchanges: [binanceSpot, ltp] });
      expect(got?.message).not.toMatch(
        /^(?:[\w$]+\.)+\w+(?:Exception|Error)\b|APIError\(|^Error:|\(HTTP status code/,
      );
      expect(got?.message.length).toBeGreaterThan(0);
    },
  );
});
