import type { WireError } from '../../../core/profile';
import type { CcxtReader } from '../ccxtProfile';
import { codeFields } from './readGeneric';

type Body = Record<string, unknown>;

const SPOT_KEYS = new Set(['code', 'msg', '_extend', 'data']);

/**
 * Reads a MEXC answer: spot v3 `{ "code": 10072, "msg": "…" }` (Binance-style, negative codes
 * too), contracts `{ "success": false, "code": 1002, "message": "…" }`. `success: true`, and code
 * `0` or `200`, are success (as ccxt 4.5.84's mexc.handleErrors reads them).
 *
 * @example
 * ```ts
 * readMexc({ code: 30004, msg: 'Insufficient position' }); // { code: 30004, message: 'Insufficient position' }
 * ```
 */
export function readMexc(body: object): WireError | undefined {
  if (Array.isArray(body)) return undefined;
  const b = body as Body;
  const raw = b.msg ?? b.message;
  const message = typeof raw === 'string' ? raw : '';
  if (b.success === true) return { code: null, message, success: true };
  if (typeof b.code !== 'number' && typeof b.code !== 'string') return undefined;
  if (String(b.code) === '0' || String(b.code) === '200')
    return { code: Number(b.code), message, success: true };
  return { ...codeFields(b.code), message };
}

/**
 * MEXC's envelopes: contracts' `success` flag beside a numeric `code`, or spot v3's bare
 * `{ code, msg }` with a positive five- or six-digit code (Binance's own codes are negative) that
 * MEXC's map lists: BingX answers `{ code, msg, data }` too.
 */
export function claimsMexc(body: object, documents: (code: unknown) => boolean): boolean {
  if (Array.isArray(body)) return false;
  const b = body as Body;
  if (typeof b.success === 'boolean' && typeof b.code === 'number') return true;
  return (
    typeof b.code === 'number' &&
    b.code >= 10000 &&
    b.code < 1_000_000 &&
    typeof b.msg === 'string' &&
    Object.keys(b).every((k) => SPOT_KEYS.has(k)) &&
    documents(b.code)
  );
}

/** ccxt's mexc.handleErrors: broad substrings of the body, then the exact code. */
export const mexcReader: CcxtReader = { read: readMexc, claims: claimsMexc, lookup: ['broad', 'code'] };
