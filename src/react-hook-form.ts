'use client';
// react-hook-form integration. Types only from react-hook-form, so this entry has no runtime
// dependency on it; the hook needs React and the provider.
export {
  type ApplyExchangeErrorOptions,
  applyExchangeError,
  type ExchangeFieldMap,
  type ExchangeFormLike,
  type ExchangeRuleFieldError,
  type ExchangeRulesResolverOptions,
  exchangeRulesResolver,
  ruleErrorOf,
  type UseExchangeFormErrorsOptions,
  type UseExchangeFormErrorsResult,
  useExchangeFormErrors,
} from './integrations/reactHookForm';
