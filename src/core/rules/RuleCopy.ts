import type { CopyText } from '../types';
import type { RuleReason } from './LocalViolation';

/**
 * The words for rule violations in one language. Templates use `{name}` placeholders, filled
 * from the violation's `params` and from `label` / `field` (the field's name, capitalised or
 * not), `type` (order type), `value` (the text typed), `lower`, `higher`, `nearest`,
 * `suggestion` (`lower or higher`, or the one value) and `suggestedField`; a `[part]` is dropped
 * when a value in it is missing.
 *
 * @example
 * ```ts
 * const fr: RuleCopy = {
 *   ...ruleCopy,
 *   or: 'ou',
 *   reasons: { ...ruleCopy.reasons, 'PRICE_FILTER.tickSize': { title: 'Pas de prix invalide', description: 'Le prix doit être un multiple de {tickSize}[ : {suggestion}].' } },
 * };
 * ```
 */
export interface RuleCopy {
  /** Title and description per broken rule. */
  readonly reasons: Readonly<Record<RuleReason, CopyText>>;
  /** How a field is named at the start of a sentence, e.g. `stopPrice: 'Stop price'`. */
  readonly fields: Readonly<Record<string, string>>;
  /** The word between two suggested values: `50000.00 or 50000.01`. */
  readonly or: string;
}
