import type { ErrorCategory } from '../../core/types';

/**
 * The categories in the order the generated ccxt modules number them: a module stores `3`, not
 * `'execution-unknown'`, which keeps it small. Append only: the generated modules depend on the order.
 */
export const CCXT_CATEGORIES = [
  'rate-limit',
  'ip-banned',
  'clock-skew',
  'execution-unknown',
  'unavailable',
  'auth',
  'account-restricted',
  'insufficient-funds',
  'filter',
  'invalid-request',
  'not-found',
  'order-rejected',
  'unsupported',
  'unknown',
] as const satisfies readonly ErrorCategory[];

/** A category as a generated module stores it: its position in {@link CCXT_CATEGORIES}. */
export type CcxtCategoryIndex = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13;

/**
 * One exchange's error knowledge, generated from ccxt's `exceptions` maps
 * (`scripts/catalog/ccxt/generate.mjs`): what each exact code or message and each broad substring
 * means for a trader, after ccxt's class was mapped to a category and the reviewed overrides applied.
 *
 * @example
 * ```ts
 * import { kucoinData } from './generated/kucoin.data';
 * import { CCXT_CATEGORIES } from './ccxtExchangeData';
 *
 * CCXT_CATEGORIES[kucoinData.exact['200004']!]; // 'insufficient-funds'
 * ```
 */
export interface CcxtExchangeData<Id extends string = string> {
  /** The ccxt id, also the profile's id: `kucoin`. */
  readonly id: Id;
  /** ccxt's `exchange.name`: `KuCoin`. */
  readonly name: string;
  /** Host names of the exchange's API URLs in ccxt (`urls.api`), without hosts another exchange lists too. */
  readonly hosts: readonly string[];
  /** The ccxt id, then the ids that are aliases of it (same class family, same maps): `['kucoin', 'kucoinfutures']`. */
  readonly ccxt: readonly [Id, ...string[]];
  /** Exact codes and messages (as ccxt keys them: strings) → category. */
  readonly exact: Readonly<Record<string, CcxtCategoryIndex>>;
  /** Substrings → category, in ccxt's order: the first one the text contains decides. */
  readonly broad: readonly (readonly [string, CcxtCategoryIndex])[];
}
