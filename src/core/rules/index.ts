// The order-rules API: exchange-neutral symbol rules, exact decimals and pre-send validation.
export type {
  Decimal,
  DecimalError,
  DecimalInput,
  DecimalParseResult,
  ParseDecimalOptions,
  Rounding,
} from './decimal';
export {
  addDecimals,
  ceilToSignificant,
  ceilToStep,
  compareDecimals,
  decimal,
  divideDecimals,
  floorToSignificant,
  floorToStep,
  formatDecimal,
  isMultipleOf,
  multiplyDecimals,
  normalizeDecimal,
  numberToDecimalString,
  parseDecimal,
  subtractDecimals,
} from './decimal';
export { symbolRules } from './explainWithRules';
export type { LocalViolation, RuleReason, Suggestion } from './LocalViolation';
export type { RuleCopy } from './RuleCopy';
export type {
  NotionalRule,
  PercentPriceBySideRule,
  PercentPriceRule,
  SymbolRules,
  TrailingDeltaRule,
  ValueRule,
} from './SymbolRules';
export type { OrderContext, OrderInput, ValidateOrderOptions } from './validateOrder';
export { validateOrder } from './validateOrder';
