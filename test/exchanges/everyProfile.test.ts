import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExchangeProfile } from '../../src/core/profile';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import type { ErrorCategory, RetryStrategy } from '../../src/core/types';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { binanceUsdm } from '../../src/exchanges/binance-usdm';
import { bybit } from '../../src/exchanges/bybit';
import { ltp } from '../../src/exchanges/ltp';
import { okx } from '../../src/exchanges/okx';
import { loadFixtures } from '../support/fixtures';

/**
 * A dashboard that meets every exchange registers every profile: the five written from documents
 * and each one generated from ccxt's maps. Detection then has the most to choose from (MEXC sends
 * bare `{code, msg}` like Binance, Bitfinex's socket errors look like OKX's, Binance's look-alikes
 * list Binance's codes), and a wrong exchange is worse than `unknown`.
 */
const GENERATED = path.resolve(__dirname, '../../src/exchanges/ccxt/generated');
const generated = (
  await Promise.all(
    readdirSync(GENERATED)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.data.ts'))
      .map((file) => import(path.join(GENERATED, file)) as Promise<Record<string, ExchangeProfile>>),
  )
).flatMap((module) => Object.values(module));
const exchanges: ExchangeProfile[] = [binanceSpot, binanceUsdm, okx, bybit, ltp, ...generated];

interface Fixture {
  id: string;
  raw: string;
  http_status: number | null;
  request?: { method: string; url: string };
  source_url: string;
  expect: { source: string; category: ErrorCategory; code?: number; field?: string; retry: RetryStrategy };
}

const load = (file: string) => loadFixtures<Fixture>(file);

const NOW = Date.UTC(2026, 1, 20);
const resolve = (fixture: Fixture) =>
  resolveExchangeError(fixture.raw, {
    exchanges,
    request: fixture.request,
    httpStatus: fixture.http_status ?? undefined,
    now: NOW,
  });

/** What differs from the expectation, the source aside; empty when they agree. */
function differences(fixture: Fixture): string[] {
  const got = resolve(fixture);
  if (!got) return ['resolved to null (success)'];
  const want = fixture.expect;
  const out: string[] = [];
  if (got.category !== want.category) out.push(`category ${got.category}, expected ${want.category}`);
  if (want.code !== undefined && got.code !== want.code) out.push(`code ${got.code}, expected ${want.code}`);
  if ('field' in want && got.field !== want.field) out.push(`field ${got.field}, expected ${want.field}`);
  if (got.retry.strategy !== want.retry) out.push(`retry ${got.retry.strategy}, expected ${want.retry}`);
  return out;
}

describe('every profile registered at once', () => {
  it('registers the five document profiles and every generated one, each id once', () => {
    expect(generated.length).toBeGreaterThan(80);
    expect(new Set(exchanges.map((profile) => profile.id)).size).toBe(exchanges.length);
  });

  it('resolves real payloads of forty-eight exchanges met in public issues (many-exchanges.jsonl)', () => {
    const fixtures = load('many-exchanges.jsonl');
    expect(fixtures).toHaveLength(303);
    const wrong = fixtures.flatMap((fixture) => {
      const got = resolve(fixture);
      const out = differences(fixture);
      if (got && got.source !== fixture.expect.source)
        out.push(`source ${got.source}, expected ${fixture.expect.source}`);
      return out.length ? [`${fixture.id}: ${out.join('; ')}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('reads the venue and Binance fixtures as with their own profiles alone, and never names another exchange', () => {
    const files = ['real-payloads.dev.jsonl', 'binance-usdm.jsonl', 'okx.jsonl', 'bybit.jsonl'];
    const lost: string[] = [];
    const wrong = files.flatMap((file) =>
      load(file).flatMap((fixture) => {
        const got = resolve(fixture);
        const out = differences(fixture);
        const want = fixture.expect.source;
        if (got && want !== undefined && got.source !== want) {
          if (got.source === 'unknown') lost.push(fixture.id);
          else out.push(`source ${got.source}, expected ${want}`);
        }
        return out.length ? [`${file} ${fixture.id}: ${out.join('; ')}`] : [];
      }),
    );
    expect(wrong).toEqual([]);
    // Where a code MEXC's map lists too came in an SDK's text, the SDK's words name the exchange
    // (`okex.exceptions.OkexAPIException: …(code=50004)…`, pybit's `… (ErrCode: 10002).`).
    expect(lost).toEqual([]);
  });
});
