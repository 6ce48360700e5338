import type { RulesExplainer } from '../types';
import type { RuleCopy } from './RuleCopy';
import type { SymbolRules } from './SymbolRules';
import { type OrderContext, type OrderInput, validateOrder } from './validateOrder';

// Binance's older and newer names of the total's filter: either failure is about the notional.
const sameRule = (sent: string | undefined, found: string | undefined) =>
  sent === found || (/NOTIONAL/.test(sent ?? '') && /NOTIONAL/.test(found ?? ''));

/**
 * A symbol's rules for the resolver (`rules` in its options, the provider's or one report's): a
 * filter failure the exchange sent for an order is explained as the check before sending would
 * explain it, with the rule's values and the nearest valid values ("Price must be a multiple of
 * 0.01: use 50000.00 or 50000.01"), in the copy's language. Needs the `order` that was sent.
 *
 * @example
 * ```ts
 * import { symbolRules } from 'exchange-error-kit/rules';
 *
 * const rules = symbolRules(rulesFromBinanceSymbol(exchangeInfo.symbols[0]));
 * resolve(error, { rules, order: { side: 'BUY', type: 'LIMIT', price: '50000.005', quantity: '0.001' } })?.suggestion;
 * // { field: 'price', values: ['50000.00', '50000.01'] }
 * ```
 */
export function symbolRules(
  rules: SymbolRules,
  options: { context?: OrderContext; copy?: RuleCopy } = {},
): RulesExplainer {
  return {
    explain(error, order) {
      if (error.category !== 'filter' || !order) return undefined;
      const violations = validateOrder(order as OrderInput, rules, options.context, {
        source: error.source,
        code: error.code,
        ...(options.copy ? { copy: options.copy } : {}),
      }).filter((v) => v.category === 'filter');
      const broke =
        violations.find((v) => sameRule(error.filter, v.filter)) ??
        (error.field ? violations.find((v) => v.field === error.field) : undefined) ??
        (error.filter === undefined && violations.length === 1 ? violations[0] : undefined);
      if (!broke) return undefined;
      return {
        title: broke.title,
        description: broke.description,
        params: broke.params,
        ...(broke.field ? { field: broke.field } : {}),
        ...(broke.suggestion
          ? { suggestion: { field: broke.suggestion.field, values: [...broke.suggestion.values] } }
          : {}),
      };
    },
  };
}
