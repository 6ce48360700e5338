// TanStack Query integration: retry policy and cache callbacks. Types only from TanStack, so this
// entry has no runtime dependency on it.
export {
  createExchangeErrorCallbacks,
  createExchangeRetry,
  type ExchangeErrorCallbacks,
  type ExchangeErrorCallbacksOptions,
  type ExchangeErrorMeta,
  type ExchangeRetry,
  type ExchangeRetryOptions,
  type WithExchangeMeta,
} from './integrations/tanstackQuery';
