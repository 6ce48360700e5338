/**
 * A preview of what the resolver will make of a probe case from a generated ccxt profile and the
 * class ccxt raised, until the full pipeline lands. The rules, in order:
 *
 * 1. The exchange's answer, read by its profile's reader and looked up the way ccxt's own
 *    `handleErrors` looks it up (exact and broad maps, after the reviewed overrides).
 * 2. Else the category of ccxt's class (table `src/core/ccxtClasses.ts`), unless it is the catch-all
 *    `unknown`; else the core's reading of the message (`classifyMessage`), as a profile's
 *    `undefined` lets the message decide; else the HTTP status (418 ban, 429 rate limit,
 *    401/403 auth, 5xx unavailable).
 * 3. A `transport`-family class (no definite answer) on a request that writes orders makes an
 *    `unavailable` outcome unknown, unless the status is a 4xx refusal or the request provably
 *    never left; `execution-unknown` on a read is `unavailable`: a read changed nothing.
 */

import { ccxtClassCategory, ccxtNeverSent } from '../../src/core/ccxtClasses';
import type { ExchangeProfile } from '../../src/core/profile';
import type { ErrorCategory } from '../../src/core/types';
import type { CcxtExchangeData } from '../../src/exchanges/ccxt/ccxtExchangeData';
import { type CcxtReader, ccxtProfile } from '../../src/exchanges/ccxt/ccxtProfile';
import { bitfinexData } from '../../src/exchanges/ccxt/generated/bitfinex.data';
import { bitgetData } from '../../src/exchanges/ccxt/generated/bitget.data';
import { coinbaseData } from '../../src/exchanges/ccxt/generated/coinbase.data';
import { deribitData } from '../../src/exchanges/ccxt/generated/deribit.data';
import { gateData } from '../../src/exchanges/ccxt/generated/gate.data';
import { htxData } from '../../src/exchanges/ccxt/generated/htx.data';
import { krakenData } from '../../src/exchanges/ccxt/generated/kraken.data';
import { kucoinData } from '../../src/exchanges/ccxt/generated/kucoin.data';
import { mexcData } from '../../src/exchanges/ccxt/generated/mexc.data';
import { bitfinexReader } from '../../src/exchanges/ccxt/readers/bitfinex';
import { bitgetReader } from '../../src/exchanges/ccxt/readers/bitget';
import { coinbaseReader } from '../../src/exchanges/ccxt/readers/coinbase';
import { deribitReader } from '../../src/exchanges/ccxt/readers/deribit';
import { gateReader } from '../../src/exchanges/ccxt/readers/gate';
import { htxReader } from '../../src/exchanges/ccxt/readers/htx';
import { krakenReader } from '../../src/exchanges/ccxt/readers/kraken';
import { kucoinReader } from '../../src/exchanges/ccxt/readers/kucoin';
import { mexcReader } from '../../src/exchanges/ccxt/readers/mexc';
import { classifyMessage } from '../../src/locale/en/vocabulary';
import type { ProbeCase } from './probeTypes';

/** The probe exchanges that get a generated module, with their data and reader. */
export const GENERATED: Readonly<Record<string, { data: CcxtExchangeData; reader: CcxtReader }>> = {
  kucoin: { data: kucoinData, reader: kucoinReader },
  kraken: { data: krakenData, reader: krakenReader },
  coinbase: { data: coinbaseData, reader: coinbaseReader },
  bitget: { data: bitgetData, reader: bitgetReader },
  gate: { data: gateData, reader: gateReader },
  htx: { data: htxData, reader: htxReader },
  mexc: { data: mexcData, reader: mexcReader },
  bitfinex: { data: bitfinexData, reader: bitfinexReader },
  deribit: { data: deribitData, reader: deribitReader },
};

export const PROFILES: Readonly<Record<string, ExchangeProfile>> = Object.fromEntries(
  Object.entries(GENERATED).map(([id, { data, reader }]) => [id, ccxtProfile(data, reader)]),
);

/** The case's body as JSON, or `undefined` for text and HTML. */
export function parsedBody(probe: ProbeCase): object | undefined {
  if (probe.kind !== 'answer') return undefined;
  try {
    const parsed: unknown = JSON.parse(probe.response.body);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function byStatus(status: number | undefined): ErrorCategory | undefined {
  if (status === undefined) return undefined;
  if (status === 418) return 'ip-banned';
  if (status === 429) return 'rate-limit';
  if (status === 401 || status === 403) return 'auth';
  return status >= 500 ? 'unavailable' : undefined;
}

/** How the preview decided, for the printed tally. */
export interface Preview {
  category: ErrorCategory;
  by: 'profile' | 'class' | 'message' | 'status' | 'nothing';
}

/**
 * @param probe the case
 * @param raised the ccxt class chain of what ccxt raised for it (empty when it raised nothing) and its message
 * @param profile the exchange's generated profile; none for exchanges with a document profile
 */
export function preview(
  probe: ProbeCase,
  raised: { chain: readonly string[]; message: string },
  profile?: ExchangeProfile,
): Preview {
  const { chain, message } = raised;
  const writes = probe.request.writesOrder;
  const status = probe.kind === 'answer' ? probe.response.status : undefined;
  const ccxtClass = ccxtClassCategory(chain);
  const body = parsedBody(probe);
  const wire = body && profile ? profile.read(body) : undefined;
  const said = wire && !wire.success ? profile?.classify?.(wire)?.category : undefined;

  let decided: Preview;
  if (said) decided = { category: said, by: 'profile' };
  else if (ccxtClass && ccxtClass.category !== 'unknown')
    decided = { category: ccxtClass.category, by: 'class' };
  else if (wire?.message && classifyMessage(wire.message)) {
    decided = { category: classifyMessage(wire.message)!, by: 'message' };
  } else {
    const fromStatus = byStatus(status);
    decided = fromStatus ? { category: fromStatus, by: 'status' } : { category: 'unknown', by: 'nothing' };
  }

  let { category } = decided;
  const refused = status !== undefined && status >= 400 && status < 500;
  if (writes && ccxtClass?.family === 'transport' && category === 'unavailable' && !refused) {
    category = ccxtNeverSent(message) ? 'unavailable' : 'execution-unknown';
  }
  if (!writes && category === 'execution-unknown') category = 'unavailable';
  return { category, by: decided.by };
}
