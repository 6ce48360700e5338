import type { WireError } from '../../../core/profile';
import type { CcxtReader } from '../ccxtProfile';

type Body = Record<string, unknown>;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;
/** A reason that says something: Coinbase fills unused reason fields with `UNKNOWN_…`. */
const reason = (value: unknown): string | undefined => {
  const t = text(value);
  return t === undefined || /^UNKNOWN_(?:FAILURE|PREVIEW_FAILURE)_REASON$/.test(t) ? undefined : t;
};

/**
 * Reads a Coinbase Advanced Trade answer (and the v2 / OAuth shapes ccxt also handles):
 * - an order refused: `{ "success": false, "error_response": { "error": "INSUFFICIENT_FUND",
 *   "message": "…", "preview_failure_reason": "PREVIEW_…" } }`: the key is the error, else the
 *   preview reason, else `failure_reason` (ccxt 4.5.84 reads only the preview reason);
 * - a request refused: `{ "error": "NOT_FOUND", "error_details": "…", "message": "…" }`;
 * - v2: `{ "errors": [{ "id": "not_found", "message": "Not found" }] }`;
 * - a batch cancel: `{ "results": [{ "success": false, "failure_reason": "UNKNOWN_CANCEL_ORDER" }] }`,
 *   with the failed positions;
 * - `{ "success": true, … }`: success.
 *
 * @example
 * ```ts
 * readCoinbase({ error: 'PERMISSION_DENIED', error_details: 'Missing required scopes', message: 'Missing required scopes' });
 * // { code: null, key: 'PERMISSION_DENIED', message: 'Missing required scopes' }
 * ```
 */
export function readCoinbase(body: object): WireError | undefined {
  if (Array.isArray(body)) return undefined;
  const b = body as Body;
  if (Array.isArray(b.results)) {
    const results = b.results as (Body | null)[];
    const failed = results.flatMap((r, i) => (r?.success === false ? [i] : []));
    if (failed.length === 0) return { code: null, message: '', success: true };
    const first = results[failed[0]!]!;
    const key = text(first.failure_reason);
    return {
      code: null,
      ...(key ? { key } : {}),
      message: text((first.error_response as Body | undefined)?.message) ?? key ?? '',
      failed,
      total: results.length,
    };
  }
  const refused = b.error_response;
  if (typeof refused === 'object' && refused !== null) {
    const r = refused as Body;
    const key =
      reason(r.error) ??
      reason(r.preview_failure_reason) ??
      reason(r.new_order_failure_reason) ??
      reason(b.failure_reason);
    const message = text(r.message) ?? text(r.error_details) ?? key ?? '';
    return { code: null, ...(key ? { key } : {}), message };
  }
  if (b.success === true) return { code: null, message: '', success: true };
  const error = text(b.error);
  if (error !== undefined) {
    const message = text(b.message) ?? text(b.error_details) ?? text(b.error_description) ?? error;
    return { code: null, key: error, message };
  }
  if (Array.isArray(b.errors) && typeof b.errors[0] === 'object' && b.errors[0] !== null) {
    const first = b.errors[0] as Body;
    const key = text(first.id);
    return { code: null, ...(key ? { key } : {}), message: text(first.message) ?? key ?? '' };
  }
  return undefined;
}

/** Coinbase's envelopes: `error_response`, a `failure_reason`, or an `error` name with `error_details`. */
export function claimsCoinbase(body: object): boolean {
  if (Array.isArray(body)) return false;
  const b = body as Body;
  if ('error_response' in b || 'failure_reason' in b) return true;
  if (typeof b.error === 'string' && 'error_details' in b) return true;
  return (
    Array.isArray(b.results) &&
    b.results.length > 0 &&
    b.results.every((r) => typeof r === 'object' && r !== null && 'failure_reason' in r)
  );
}

/** ccxt's coinbase.handleErrors: the exact map by error name, then broad substrings. */
export const coinbaseReader: CcxtReader = {
  read: readCoinbase,
  claims: claimsCoinbase,
  lookup: ['key', 'broad'],
};
