import type { ErrorCategory, OrderField } from '../types';
import type { Facts } from './facts';

/**
 * The form field to mark: the profile's (a filter names its field, or none for account-wide
 * limits), else the one the message's words name.
 */
export function fieldFor(facts: Facts, category: ErrorCategory): OrderField | (string & {}) | undefined {
  const { ruled } = facts;
  if (ruled?.filter !== undefined) return ruled.field;
  return ruled?.field ?? facts.language.field(category, facts.message);
}
