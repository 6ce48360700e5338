import type { WireError } from '../../../core/profile';
import type { CcxtReader } from '../ccxtProfile';

type Body = Record<string, unknown>;

const LABEL = /^[A-Z][A-Z0-9_]*$/;

function fromItem(item: Body): WireError | undefined {
  if (typeof item.label !== 'string') return undefined;
  const text = item.message ?? item.detail;
  // A label alone (`{"label":"INSUFFICIENT_AVAILABLE"}`) is its own message.
  return { code: null, key: item.label, message: typeof text === 'string' ? text : item.label };
}

/**
 * Reads a Gate API v4 answer: `{ "label": "BALANCE_NOT_ENOUGH", "message": "…" }` (futures
 * write `detail`); the label is the key. A batch answers an array of items with `succeeded`.
 * Gate sends its data bare, so a body without a label is not an error Gate wrote.
 *
 * @example
 * ```ts
 * readGate({ label: 'INVALID_KEY', message: 'Invalid key provided' });
 * // { code: null, key: 'INVALID_KEY', message: 'Invalid key provided' }
 * ```
 */
export function readGate(body: object): WireError | undefined {
  if (Array.isArray(body)) {
    const items = body as (Body | null)[];
    if (items.length === 0 || !items.every((i) => typeof i?.succeeded === 'boolean')) return undefined;
    const failed = items.flatMap((item, i) => (item?.succeeded === false ? [i] : []));
    if (failed.length === 0) return { code: null, message: '', success: true };
    const first = fromItem(items[failed[0]!]!) ?? { code: null, message: '' };
    return { ...first, failed, total: items.length };
  }
  return fromItem(body as Body);
}

/**
 * Gate's envelope: an upper-case `label` with `message` or `detail`, or alone (the futures API
 * answers some refusals with the label only), or a batch of `succeeded` items.
 */
export function claimsGate(body: object): boolean {
  if (Array.isArray(body)) {
    return (
      body.length > 0 &&
      body.every((i) => typeof i === 'object' && i !== null && 'succeeded' in i && 'label' in i)
    );
  }
  const b = body as Body;
  return (
    typeof b.label === 'string' &&
    LABEL.test(b.label) &&
    ('message' in b || 'detail' in b || Object.keys(b).length === 1)
  );
}

/**
 * ccxt's gate.handleErrors looks up only the label, so its one broad rule ("Your order size", written
 * for an INVALID_PARAM_VALUE body) never runs; here it runs first, as its author meant.
 */
export const gateReader: CcxtReader = { read: readGate, claims: claimsGate, lookup: ['broad', 'key'] };
