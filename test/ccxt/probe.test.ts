import { describe, expect, it } from 'vitest';
import { ccxtClassOf } from '../../src/core/ccxtClasses';
import { resolveExchangeError } from '../../src/core/resolveExchangeError';
import type { ResolvedExchangeError } from '../../src/core/types';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { binanceUsdm } from '../../src/exchanges/binance-usdm';
import { bybit } from '../../src/exchanges/bybit';
import { bitfinex } from '../../src/exchanges/ccxt/generated/bitfinex';
import { bitget } from '../../src/exchanges/ccxt/generated/bitget';
import { coinbase } from '../../src/exchanges/ccxt/generated/coinbase';
import { deribit } from '../../src/exchanges/ccxt/generated/deribit';
import { gate } from '../../src/exchanges/ccxt/generated/gate';
import { htx } from '../../src/exchanges/ccxt/generated/htx';
import { kraken } from '../../src/exchanges/ccxt/generated/kraken';
import { kucoin } from '../../src/exchanges/ccxt/generated/kucoin';
import { mexc } from '../../src/exchanges/ccxt/generated/mexc';
import { okx } from '../../src/exchanges/okx';
import { PROBE_CASES } from './probeCases';
import type { AnswerCase, ProbeCase } from './probeTypes';
import { raise } from './raiseThroughCcxt';

// A multi-exchange dashboard registers the exchanges it trades on: the four with document profiles
// and nine generated from ccxt's maps.
const exchanges = [
  binanceSpot,
  binanceUsdm,
  okx,
  bybit,
  kucoin,
  kraken,
  coinbase,
  bitget,
  gate,
  htx,
  mexc,
  bitfinex,
  deribit,
];
// The exchanges whose raw answers the kit reads itself, for a dashboard that calls them directly.
const READ_DIRECTLY = new Set([
  'kucoin',
  'kraken',
  'coinbase',
  'bitget',
  'gate',
  'htx',
  'mexc',
  'bitfinex',
  'deribit',
]);

const request = (c: ProbeCase) => ({ method: c.request.method, url: c.request.url });
const right = (c: ProbeCase, error: ResolvedExchangeError | null) =>
  error?.category === c.expect.category && (c.expect.field === undefined || error.field === c.expect.field);

interface Tally {
  right: number;
  all: number;
  misses: string[];
}
const tally = () => new Map<string, Tally>();
function count(table: Map<string, Tally>, c: ProbeCase, error: ResolvedExchangeError | null) {
  const row = table.get(c.exchange) ?? { right: 0, all: 0, misses: [] };
  row.all++;
  if (right(c, error)) row.right++;
  else
    row.misses.push(
      `${c.id}: ${error?.category ?? 'null'}${error?.field ? `/${error.field}` : ''} (want ${c.expect.category}${c.expect.field ? `/${c.expect.field}` : ''})`,
    );
  table.set(c.exchange, row);
}
function print(title: string, table: Map<string, Tally>) {
  let right = 0;
  let all = 0;
  const lines = [...table].map(([exchange, t]) => {
    right += t.right;
    all += t.all;
    return `  ${exchange.padEnd(12)} ${String(t.right).padStart(3)}/${String(t.all).padEnd(3)} ${((100 * t.right) / t.all).toFixed(0).padStart(3)} %`;
  });
  console.log(`${title}: ${right}/${all} (${((100 * right) / all).toFixed(1)} %)\n${lines.join('\n')}`);
  return right / all;
}

describe('the ccxt probe: 241 errors from 13 exchanges, raised by ccxt 4.5.84 offline', () => {
  it('resolves ccxt exceptions right at least 92 % of the time, never an answer as an unknown outcome', async () => {
    const table = tally();
    const unsafe: string[] = [];
    for (const c of PROBE_CASES) {
      const thrown = await raise(c);
      if (thrown === undefined) continue; // ccxt hands this answer back as a success
      // The app knows what it was doing: its own call says so, as ccxt's message does too.
      const error = resolveExchangeError(thrown, { exchanges, request: request(c) });
      count(table, c, error);
      const klass = typeof thrown === 'object' && thrown ? ccxtClassOf(thrown) : undefined;
      // An answer from the exchange (the ExchangeError family) never becomes "check your orders",
      // unless the exchange's own words say the outcome is unknown.
      if (
        klass?.family === 'answered' &&
        error?.category === 'execution-unknown' &&
        c.expect.category !== 'execution-unknown'
      ) {
        unsafe.push(c.id);
      }
      // Every timeout or dropped connection on an order request is one.
      if (c.kind === 'transport' && c.request.writesOrder && c.expect.category === 'execution-unknown') {
        expect(error?.category, c.id).toBe('execution-unknown');
      }
    }
    const share = print('from ccxt exceptions', table);
    for (const [exchange, t] of table)
      if (t.misses.length) console.log(`  ${exchange} misses: ${t.misses.join('; ')}`);
    expect(unsafe).toEqual([]);
    expect(share).toBeGreaterThanOrEqual(0.92);
  });

  it('resolves the raw answers of the exchanges it reads directly at least 90 % of the time', () => {
    const table = tally();
    for (const c of PROBE_CASES) {
      if (c.kind !== 'answer' || !READ_DIRECTLY.has(c.exchange)) continue;
      const { response } = c as AnswerCase;
      const error = resolveExchangeError(response.body, {
        exchanges,
        httpStatus: response.status,
        headers: response.headers,
        request: request(c),
      });
      count(table, c, error);
      if (c.expect.category === 'execution-unknown') continue;
      expect(
        error?.category === 'execution-unknown' && c.kind === 'answer' ? c.id : undefined,
      ).toBeUndefined();
    }
    const share = print('from raw bodies', table);
    for (const [exchange, t] of table)
      if (t.misses.length) console.log(`  ${exchange} misses: ${t.misses.join('; ')}`);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });
});
