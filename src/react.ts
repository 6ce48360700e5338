// React bindings and components. Client-only: the build prepends 'use client' to this entry.
export { ActionButton, type ActionButtonProps } from './components/ActionButton';
export { BanClock, type BanClockProps } from './components/BanClock';
export { ExchangeErrorBanner, type ExchangeErrorBannerProps } from './components/ExchangeErrorBanner';
export { ExchangeErrorToaster, type ExchangeErrorToasterProps } from './components/ExchangeErrorToaster';
export { FieldError, type FieldErrorProps } from './components/FieldError';
export { RetryPrompt, type RetryPromptProps } from './components/RetryPrompt';
export { defaultLabels, type UiLabels } from './locale/en/labels';
export type { ExchangeErrorContextValue, ExchangeErrorHandlers } from './react/ExchangeErrorContext';
export { ExchangeErrorProvider, type ExchangeErrorProviderProps } from './react/ExchangeErrorProvider';
export { formatClockTime, formatDuration } from './react/formatDuration';
export { actionFor, type ErrorAction } from './react/performAction';
export { type CooldownState, useCooldown } from './react/useCooldown';
export { type ErrorActionState, useErrorAction } from './react/useErrorAction';
export { type UseExchangeErrorResult, useExchangeError } from './react/useExchangeError';
export { useExchangeErrorSelector } from './react/useExchangeErrorSelector';
export {
  type FieldErrorState,
  fieldErrorId,
  type UseFieldErrorOptions,
  useFieldError,
} from './react/useFieldError';
export {
  type OrderFieldHandlers,
  type OrderValidation,
  type SubmitEventLike,
  type UseOrderValidationOptions,
  useOrderValidation,
} from './react/useOrderValidation';
