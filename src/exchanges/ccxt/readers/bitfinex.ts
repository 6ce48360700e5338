import type { WireError } from '../../../core/profile';
import type { CcxtReader } from '../ccxtProfile';
import { isErrorEvent } from './readGeneric';

type Body = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Reads a Bitfinex v2 answer:
 * - `["error", 10001, "Invalid order: minimum size for BTC/USD is 0.00004"]`;
 * - a notification `[mts, "on-req", null, null, [order], code, "ERROR", "text"]` (`"SUCCESS"` is success),
 *   alone or as its WebSocket frame on the account's channel, `[0, "n", notification]`;
 * - `{ "error": "ERR_RATE_LIMIT" }` and `{ "error": "temporarily_unavailable", "error_description": "…" }`;
 * - a WebSocket error event `{ "event": "error", "msg": "auth: dup", "code": 10100 }`;
 * - any other array: data, so success.
 *
 * @example
 * ```ts
 * readBitfinex(['error', 10114, 'nonce: small']); // { code: 10114, message: 'nonce: small' }
 * ```
 */
export function readBitfinex(body: object): WireError | undefined {
  if (Array.isArray(body)) {
    if (isNotificationFrame(body)) return readBitfinex(body[2]);
    if (body[0] === 'error') {
      return { code: typeof body[1] === 'number' ? body[1] : null, message: text(body[2]) };
    }
    const status = body[6];
    if (body.length === 8 && typeof body[1] === 'string' && (status === 'ERROR' || status === 'FAILURE')) {
      return { code: typeof body[5] === 'number' ? body[5] : null, message: text(body[7]) };
    }
    return { code: null, message: '', success: true };
  }
  const b = body as Body;
  if (isSocketError(b)) return { code: b.code as number, message: text(b.msg) };
  if (typeof b.error !== 'string') return undefined;
  const message = text(b.error_description) || text(b.message) || b.error;
  return { code: null, key: b.error, message };
}

/**
 * A v2 WebSocket error event: `{"event":"error","msg":"auth: dup","code":10100}` (see
 * `isErrorEvent`), or a failed login
 * `{"event":"auth","status":"FAILED","msg":"apikey: invalid","code":10100}`.
 */
const isSocketError = (b: Body): boolean =>
  isErrorEvent(b, b.event === 'error' || (b.event === 'auth' && b.status === 'FAILED'));

/** A notification on the account's WebSocket channel: `[0, "n", [mts, "ou-req", …]]`. */
const isNotificationFrame = (body: unknown[]): body is [0, 'n', unknown[]] =>
  body[0] === 0 && body[1] === 'n' && Array.isArray(body[2]);

/**
 * Bitfinex's envelopes: `["error", code, text]`, a notification frame `[0, "n", […]]`, an
 * `ERR_…` name in `error`, its gateway's `{ "code": 503, "error": "temporarily_unavailable",
 * "error_description": … }` (OAuth-style bodies elsewhere carry no numeric `code`), or a WebSocket
 * error event with a numeric code.
 */
export function claimsBitfinex(body: object): boolean {
  if (Array.isArray(body))
    return (body[0] === 'error' && typeof body[1] === 'number') || isNotificationFrame(body);
  if (isSocketError(body as Body)) return true;
  const { error, code } = body as Body;
  if (typeof error !== 'string') return false;
  return /^ERR_[A-Z_]+$/.test(error) || (typeof code === 'number' && 'error_description' in body);
}

/**
 * ccxt's bitfinex.handleErrors for `["error", …]`: broad substrings of the text, the exact code,
 * the exact text (for `{ "error": … }` it looks the name up first; the name is a key here).
 */
export const bitfinexReader: CcxtReader = {
  read: readBitfinex,
  claims: claimsBitfinex,
  lookup: ['broad', 'code', 'key', 'message'],
};
