import type { WireError } from '../../../core/profile';
import type { CcxtReader } from '../ccxtProfile';
import { codeFields } from './readGeneric';

type Body = Record<string, unknown>;

/**
 * Reads a KuCoin answer: `{ "code": "400100", "msg": "…" }`; `"200000"` is success.
 *
 * @example
 * ```ts
 * readKucoin({ code: '200004', msg: 'Balance insufficient!' }); // { code: 200004, message: 'Balance insufficient!' }
 * readKucoin({ code: '200000', data: {} }); // { code: 200000, message: '', success: true }
 * ```
 */
export function readKucoin(body: object): WireError | undefined {
  if (Array.isArray(body)) return undefined;
  const { code, msg, data } = body as Body;
  if (typeof code !== 'string' && typeof code !== 'number') return undefined;
  // ccxt reads the text from `msg`, else from `data` (some endpoints put it there).
  const message = typeof msg === 'string' ? msg : typeof data === 'string' ? data : '';
  // ccxt 4.5.84 kucoin.handleErrors: "200000" and "200" are success.
  if (String(code) === '200000' || String(code) === '200') {
    return { code: Number(code), message, success: true };
  }
  return { ...codeFields(code), message };
}

/**
 * KuCoin's envelope: a six-digit code as a string, with `msg` (or success `"200000"`); or a
 * WebSocket error `{"type":"error","code":509,"data":"exceed max permits per second"}`.
 */
export function claimsKucoin(body: object): boolean {
  if (Array.isArray(body)) return false;
  const { code, type, data } = body as Body;
  if (type === 'error' && typeof code === 'number' && typeof data === 'string') return true;
  return typeof code === 'string' && /^\d{6}$/.test(code) && ('msg' in body || code === '200000');
}

/** ccxt's kucoin.handleErrors: the exact message, the exact code, then broad substrings (of the body). */
export const kucoinReader: CcxtReader = {
  read: readKucoin,
  claims: claimsKucoin,
  lookup: ['message', 'code', 'broad'],
};
