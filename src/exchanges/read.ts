import type { Classification, ErrorCategory } from '../core/types';

/** A positive finite number, from a number or a numeric string; `undefined` otherwise. */
export const positive = (value: unknown): number | undefined => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
};

/**
 * A code's classification from a profile's reviewed tables: its category (a code with only a field
 * is a trading-rule `filter`) and the order field it names. A field of `null` says the rule has no
 * single field: an empty filter name tells the resolver to mark none.
 */
export function classified(
  category: ErrorCategory | undefined,
  orderField: string | null | undefined,
): Classification | undefined {
  if (!category && orderField === undefined) return undefined;
  const decided = category ?? 'filter';
  return orderField === undefined
    ? { category: decided }
    : orderField === null
      ? { category: decided, filter: '' }
      : { category: decided, field: orderField };
}
