import type { WireError } from '../../../core/profile';
import type { CcxtReader } from '../ccxtProfile';
import { numericCode } from './readGeneric';

type Body = Record<string, unknown>;

/**
 * Reads a Deribit JSON-RPC answer: `{ "jsonrpc": "2.0", "error": { "code": 10009, "message":
 * "not_enough_funds", "data": … } }`. A snake-case message is also the key (`not_enough_funds`);
 * `result` is success.
 *
 * @example
 * ```ts
 * readDeribit({ jsonrpc: '2.0', error: { message: 'not_enough_funds', code: 10009 } });
 * // { code: 10009, key: 'not_enough_funds', message: 'not_enough_funds' }
 * ```
 */
export function readDeribit(body: object): WireError | undefined {
  if (Array.isArray(body)) return undefined;
  const b = body as Body;
  const error = b.error;
  if (typeof error === 'object' && error !== null) {
    const { code, message } = error as Body;
    const text = typeof message === 'string' ? message : '';
    const key = /^[a-z][a-z0-9_]*$/.test(text) ? text : undefined;
    return { code: numericCode(code), ...(key ? { key } : {}), message: text };
  }
  if ('result' in b && b.jsonrpc === '2.0') return { code: null, message: '', success: true };
  return undefined;
}

/** Deribit's envelope: JSON-RPC 2.0 with its own `usIn`/`testnet` fields. */
export function claimsDeribit(body: object): boolean {
  if (Array.isArray(body)) return false;
  const b = body as Body;
  return b.jsonrpc === '2.0' && ('usIn' in b || 'testnet' in b);
}

/** ccxt's deribit.handleErrors: the exact code only (its map is keyed by numbers). */
export const deribitReader: CcxtReader = {
  read: readDeribit,
  claims: claimsDeribit,
  lookup: ['code', 'key'],
  // Orders are JSON-RPC methods, sent over REST as GET or POST (`/api/v2/private/buy?…`) or over
  // WebSocket (`private/buy`).
  writesOrder: ({ method, path }) =>
    /(?:^|\/)private\/(?:buy|sell|edit|edit_by_label|cancel\w*|close_position|mass_quote)\b/.test(
      `${path} ${method}`,
    ),
};
