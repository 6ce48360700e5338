import type { WireError } from '../../../core/profile';
import type { CcxtReader } from '../ccxtProfile';
import { codeFields, isErrorEvent } from './readGeneric';

type Body = Record<string, unknown>;

/**
 * Reads a Bitget answer: v2 `{ "code": "43012", "msg": "…", "requestTime": …, "data": null }`
 * (`"00000"` is success), or the legacy `{ "status": "fail", "err_code": "01001", "err_msg": "…" }`.
 * A code with a leading zero (`"01001"`) stays a key: Bitget's `1001` is another code.
 *
 * @example
 * ```ts
 * readBitget({ code: '43012', msg: 'Insufficient balance', requestTime: 1717000030001, data: null });
 * // { code: 43012, message: 'Insufficient balance' }
 * ```
 */
export function readBitget(body: object): WireError | undefined {
  if (Array.isArray(body)) return undefined;
  const b = body as Body;
  const code = b.code ?? b.err_code;
  const raw = b.err_msg ?? b.msg;
  const message = typeof raw === 'string' ? raw : '';
  if (typeof code !== 'string' && typeof code !== 'number') return undefined;
  if (String(code) === '00000') return { code: 0, message, success: true };
  return { ...codeFields(code), message };
}

/**
 * Bitget's envelope: `"00000"`, a string code with `requestTime`, the legacy string `err_code`,
 * or a WebSocket error event `{"event":"error","code":30003,"msg":"…"}` (Bitfinex's look the same:
 * the catalogs tell them apart).
 */
export function claimsBitget(body: object): boolean {
  if (Array.isArray(body)) return false;
  const b = body as Body;
  if (b.code === '00000') return true;
  if (isErrorEvent(b)) return true;
  if (typeof b.code === 'string' && 'requestTime' in b && 'msg' in b) return true;
  // The legacy API copies Huobi's, which writes `err-code`; Huobi's swap `err_code` is a number.
  return typeof b.err_code === 'string' && 'err_msg' in b;
}

/** ccxt's bitget.handleErrors: the exact message, broad substrings of it, then the exact code. */
export const bitgetReader: CcxtReader = {
  read: readBitget,
  claims: claimsBitget,
  lookup: ['message', 'broad', 'key', 'code'],
};
