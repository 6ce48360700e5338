import type { ResolvedExchangeError } from '../../src/core/types';
import { ALL_CATEGORIES } from '../support/categories';

const CATEGORIES = new Set<string>(ALL_CATEGORIES);
const SEVERITIES = new Set(['info', 'warning', 'error', 'critical']);
const STRATEGIES = new Set(['none', 'after', 'backoff', 'resync-clock', 'check-status']);

/** A resolution an app can render and store: closed unions, plain strings, bounded text. */
export function wellFormed(error: ResolvedExchangeError | null): boolean {
  if (error === null) return true;
  const strings = [
    error.message,
    error.title,
    error.description,
    error.fingerprint,
    ...Object.values(error.params),
  ];
  return (
    CATEGORIES.has(error.category) &&
    SEVERITIES.has(error.severity) &&
    STRATEGIES.has(error.retry.strategy) &&
    (error.retry.retryAt === undefined || Number.isFinite(error.retry.retryAt)) &&
    strings.every((s) => typeof s === 'string') &&
    error.message.length <= 500 &&
    error.title.length > 0 &&
    (error.code === null || Number.isSafeInteger(error.code)) &&
    JSON.stringify({ ...error, raw: undefined }).length < 10_000
  );
}

const OBJECT_PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).length;

/** Nothing the resolver read wrote to `Object.prototype`. */
export const prototypesUntouched = () =>
  (({}) as Record<string, unknown>).polluted === undefined &&
  ({} as Record<string, unknown>).code === undefined &&
  Object.getOwnPropertyNames(Object.prototype).length === OBJECT_PROTO_KEYS;
