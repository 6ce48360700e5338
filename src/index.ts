export type {
  CatalogCode,
  CatalogData,
  CatalogEntry,
  CatalogErrorName,
  CatalogErrors,
  CatalogFilter,
  CatalogId,
  CatalogRejection,
  DocumentedError,
} from './catalog/types';
export { createExchangeErrorResolver } from './core/createExchangeErrorResolver';
export type {
  Cooldown,
  EndedExchangeErrorEntry,
  EntryEndReason,
  ExchangeErrorEntry,
  ExchangeErrorSnapshot,
  ExchangeErrorStore,
  ExchangeErrorStoreOptions,
  ReportHints,
  StoreClock,
} from './core/createExchangeErrorStore';
export {
  createExchangeErrorStore,
  isResolvedExchangeError,
  systemClock,
} from './core/createExchangeErrorStore';
export { defaultCopy } from './core/defaultCopy';
export { isCatalogError } from './core/isCatalogError';
export { readExchangeError } from './core/readExchangeError';
export { redactSecrets } from './core/redactSecrets';
export { resolveExchangeError } from './core/resolveExchangeError';
export type * from './core/types';
