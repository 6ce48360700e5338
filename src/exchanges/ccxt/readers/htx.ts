import type { WireError } from '../../../core/profile';
import type { CcxtReader } from '../ccxtProfile';
import { codeFields } from './readGeneric';

type Body = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Reads an HTX (Huobi) answer:
 * - spot v1 `{ "status": "error", "err-code": "order-value-min-error", "err-msg": "…" }`;
 * - contracts `{ "status": "error", "err_code": 1047, "err_msg": "…", "ts": … }`;
 * - a batch `{ "status": "ok", "data": { "errors": [{ "err_code": 1061, "err_msg": "…" }] } }`
 *   reads as its first failure;
 * - v2 `{ "code": 1003, "message": "…" }` (`200` is success); `"status": "ok"` is success.
 *
 * @example
 * ```ts
 * readHtx({ status: 'error', 'err-code': 'base-record-invalid', 'err-msg': 'record invalid', data: null });
 * // { code: null, key: 'base-record-invalid', message: 'record invalid' }
 * ```
 */
export function readHtx(body: object): WireError | undefined {
  if (Array.isArray(body)) return undefined;
  const b = body as Body;
  if (b.status === 'error') {
    const code = b['err-code'] ?? b.err_code;
    const message = text(b['err-msg'] ?? b.err_msg);
    return code === undefined || code === null ? { code: null, message } : { ...codeFields(code), message };
  }
  if (b.status === 'ok') {
    const errors = (b.data as Body | null | undefined)?.errors;
    const first = Array.isArray(errors) ? (errors[0] as Body | undefined) : undefined;
    if (first && first.err_code !== undefined) {
      return { ...codeFields(first.err_code), message: text(first.err_msg) };
    }
    return { code: null, message: '', success: true };
  }
  if (typeof b.code === 'number' || typeof b.code === 'string') {
    if (String(b.code) === '200') return { code: 200, message: text(b.message), success: true };
    return { ...codeFields(b.code), message: text(b.message) };
  }
  return undefined;
}

/**
 * HTX's envelope: `err-code`/`err-msg` (hyphens), `status` with a numeric `err_code`, or a batch's
 * `status: "ok"` with `data.errors` items carrying `err_code`.
 */
export function claimsHtx(body: object): boolean {
  if (Array.isArray(body)) return false;
  const b = body as Body;
  if ('err-code' in b || 'err-msg' in b) return true;
  if ((b.status === 'error' || b.status === 'ok') && typeof b.err_code === 'number') return true;
  const errors = (b.data as Body | null | undefined)?.errors;
  return (
    b.status === 'ok' &&
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every((e) => typeof e === 'object' && e !== null && 'err_code' in e)
  );
}

/** ccxt's htx.handleErrors: broad substrings of the body, then the exact code, then the exact message. */
export const htxReader: CcxtReader = {
  read: readHtx,
  claims: claimsHtx,
  lookup: ['broad', 'key', 'code', 'message'],
};
