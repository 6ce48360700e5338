import type { ErrorCategory, OrderField } from '../types';
import type { Facts } from './facts';

/**
 * The form field to mark: the profile's (a filter names its field, or none for account-wide
 * limits), else the one the message's words name; an order's "amount" is its quantity.
 */
export function fieldFor(facts: Facts, category: ErrorCategory): OrderField | (string & {}) | undefined {
  const { ruled } = facts;
  if (ruled?.filter !== undefined) return ruled.field;
  const field = ruled?.field ?? facts.language.field(category, facts.message);
  // On an order, the "amount" the exchange speaks of is the order's quantity (a transfer's is its amount).
  return field === 'amount' && facts.kind === 'writes-orders' ? 'quantity' : field;
}
