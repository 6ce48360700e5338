import type { CatalogEntry, DocumentedError } from '../../catalog/types';
import type { ClassifyInput, ExchangeProfile, WireError, WireRequest } from '../../core/profile';
import type { Classification } from '../../core/types';
import { CCXT_CATEGORIES, type CcxtExchangeData } from './ccxtExchangeData';
import { readGeneric } from './readers/readGeneric';

/**
 * One place ccxt's `handleErrors` looks an answer up, in the order it does for an exchange:
 * - `key`: the exact map, by the code as sent when it is not a plain number (`INVALID_KEY`, `"01001"`);
 * - `code`: the exact map, by the numeric code as a string (`"400100"`);
 * - `message`: the exact map, by the whole message;
 * - `broad`: the broad map, the first substring that the message or the key contains.
 */
export type CcxtLookupStep = 'key' | 'code' | 'message' | 'broad';

/** How to read one exchange's raw answers, for a dashboard that calls it without ccxt. */
export interface CcxtReader {
  read(body: object): WireError | undefined;
  /**
   * Whether a body has this exchange's envelope; see `ExchangeDetection.claims`. `documents`
   * tells whether ccxt's map lists a code, for an envelope other exchanges share.
   */
  claims?(body: object, documents: (code: unknown) => boolean): boolean;
  /** The order ccxt's `handleErrors` looks up this exchange's answers in; by default `key, code, message, broad`. */
  readonly lookup?: readonly CcxtLookupStep[];
  /** The requests that write orders, where the generic rule (a write method on an order path) misses them. */
  writesOrder?(request: WireRequest): boolean;
}

const DEFAULT_LOOKUP: readonly CcxtLookupStep[] = ['key', 'code', 'message', 'broad'];

/** Canonical integers only: `"01001"` is a key, not code 1001. */
const INTEGER_KEY = /^-?(?:0|[1-9]\d{0,15})$/;

/**
 * An exchange profile from a generated ccxt module: its exact codes as the catalog, its hosts and
 * ccxt ids for detection, and a `classify` that looks codes and messages up the way ccxt's
 * `handleErrors` does for that exchange. An exact entry that ccxt files under its catch-all
 * `ExchangeError` (category `unknown`) stops the lookup, as in ccxt, and lets the message decide.
 *
 * @param data the exchange's generated module
 * @param reader how to read its raw bodies; a plain `read` function, or nothing for the generic
 *   reader (`code` with `msg`, `message` or `error`)
 *
 * @example
 * ```ts
 * import { ccxtProfile } from './ccxtProfile';
 * import { kucoinData } from './generated/kucoin.data';
 * import { kucoinReader } from './readers/kucoin';
 *
 * const kucoin = ccxtProfile(kucoinData, kucoinReader);
 * kucoin.classify?.({ code: 200004, message: 'Balance insufficient!' }); // { category: 'insufficient-funds' }
 * ```
 */
export function ccxtProfile<Id extends string>(
  data: CcxtExchangeData<Id>,
  reader?: CcxtReader | CcxtReader['read'],
): ExchangeProfile<DocumentedError, Id> {
  const {
    read,
    claims,
    lookup = DEFAULT_LOOKUP,
    writesOrder,
  } = typeof reader === 'function' ? ({ read: reader } as CcxtReader) : (reader ?? { read: readGeneric });

  const entries: CatalogEntry[] = [];
  for (const key of Object.keys(data.exact)) {
    if (INTEGER_KEY.test(key) && Number.isSafeInteger(Number(key))) {
      entries.push({ code: Number(key), messages: [], section: 'ccxt' });
    }
  }
  entries.sort((a, b) => a.code - b.code);

  const exactOf = (key: string | undefined) =>
    key !== undefined && Object.hasOwn(data.exact, key) ? data.exact[key] : undefined;
  // Whether ccxt's map lists a code: for a claim on an envelope other exchanges share.
  const documents = (code: unknown) => exactOf(String(code)) !== undefined;
  const broadOf = (texts: readonly string[]) =>
    data.broad.find(([part]) => texts.some((t) => t.includes(part)))?.[1];

  function classify({ code, key, message }: ClassifyInput): Classification | undefined {
    const texts = key === undefined || key === message ? [message] : [message, key];
    for (const step of lookup) {
      let index: number | undefined;
      if (step === 'key') index = exactOf(key);
      // A numeric key ("01001") is the code as sent: its number ("1001") may be another code.
      else if (step === 'code')
        index = code === null || (key && /^-?\d+$/.test(key)) ? undefined : exactOf(String(code));
      else if (step === 'message') index = message === '' ? undefined : exactOf(message);
      else index = broadOf(texts);
      if (index === undefined) continue;
      const category = CCXT_CATEGORIES[index];
      if (category === undefined || category === 'unknown') return undefined;
      // A broad rule matches a part of the message ("Invalid "), which any exchange may write.
      return step === 'broad' ? { category, generic: true } : { category };
    }
    return undefined;
  }

  return {
    id: data.id,
    name: data.name,
    catalog: {
      id: data.id,
      document: `ccxt's ${data.name} error maps`,
      entries,
      filters: [],
      rejections: [],
      rejectionCodes: [],
      successCodes: [],
    },
    detect: {
      hosts: data.hosts,
      ccxt: data.ccxt,
      ...(claims ? { claims: (body: object) => claims(body, documents) } : {}),
    },
    read,
    classify,
    ...(writesOrder ? { writesOrder } : {}),
  };
}
