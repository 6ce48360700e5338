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
export { createExchangeErrorResolver, type ExchangeErrorResolver } from './core/createExchangeErrorResolver';
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
export { fillTemplate } from './core/fillTemplate';
export { isCatalogError } from './core/isCatalogError';
export type {
  ClassifyInput,
  ExchangeDetection,
  ExchangeProfile,
  WireError,
  WireRequest,
} from './core/profile';
export { readExchangeError } from './core/readExchangeError';
export { redactSecrets } from './core/redactSecrets';
export { resolveExchangeError } from './core/resolveExchangeError';
export type * from './core/types';
export { read as readField, readDetail as readErrorDetail, toCode as readCode } from './core/wireValues';
export { en } from './locale/en';
export { defaultCopy } from './locale/en/copy';
export type { Language, WaitHint } from './locale/types';
