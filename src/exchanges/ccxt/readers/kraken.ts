import type { WireError } from '../../../core/profile';
import type { CcxtReader } from '../ccxtProfile';

type Body = Record<string, unknown>;

/** Kraken's error strings: severity `E` (or `W` for a warning), category, colon, text. */
const KRAKEN_ERROR = /^[EW][A-Z][A-Za-z]*:/;
const isError = (value: unknown): value is string =>
  typeof value === 'string' && /^E[A-Z][A-Za-z]*:/.test(value);

/** A Kraken error string is both the key ccxt looks up and the text: `EOrder:Insufficient funds`. */
const fromString = (error: string): WireError => ({ code: null, key: error, message: error });

/**
 * Reads a Kraken spot answer: `{ "error": ["EOrder:Insufficient funds"], "result": … }`. An empty
 * `error` is success, unless a batch's `result.orders[]` carries errors of its own.
 *
 * @example
 * ```ts
 * readKraken({ error: ['EOrder:Insufficient funds'] });
 * // { code: null, key: 'EOrder:Insufficient funds', message: 'EOrder:Insufficient funds' }
 * ```
 */
export function readKraken(body: object): WireError | undefined {
  if (Array.isArray(body)) return undefined;
  const { error, result } = body as Body;
  if (!Array.isArray(error)) return undefined;
  // Warnings (`W…`) ride along with results; only `E…` strings are errors.
  const first = error.find(isError);
  if (first !== undefined) return fromString(first);
  const orders = (result as Body | undefined)?.orders;
  if (Array.isArray(orders)) {
    const failed = orders.flatMap((order, i) => (isError((order as Body | null)?.error) ? [i] : []));
    if (failed.length > 0) {
      const text = (orders[failed[0]!] as Body).error as string;
      return { ...fromString(text), failed, total: orders.length };
    }
  }
  return { code: null, message: '', success: true };
}

/** Kraken's envelope: an `error` array of `E…:`/`W…:` strings, with `result` or at least one error. */
export function claimsKraken(body: object): boolean {
  if (Array.isArray(body)) return false;
  const { error } = body as Body;
  if (!Array.isArray(error)) return false;
  if (!error.every((e) => typeof e === 'string' && KRAKEN_ERROR.test(e))) return false;
  return 'result' in body || error.length > 0;
}

/** ccxt's kraken.handleErrors: per error string, the exact map, then broad substrings. */
export const krakenReader: CcxtReader = { read: readKraken, claims: claimsKraken, lookup: ['key', 'broad'] };
