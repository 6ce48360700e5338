import type { ErrorCategory } from '../../src/core/types';

// A record over the union, so adding a category without listing it here fails the typecheck.
const all: Record<ErrorCategory, true> = {
  'rate-limit': true,
  'ip-banned': true,
  'clock-skew': true,
  'execution-unknown': true,
  unavailable: true,
  auth: true,
  'account-restricted': true,
  'insufficient-funds': true,
  filter: true,
  'invalid-request': true,
  'not-found': true,
  'order-rejected': true,
  unsupported: true,
  unknown: true,
};

/** Every error category, in the order of the product's category table. */
export const ALL_CATEGORIES = Object.keys(all) as ErrorCategory[];
