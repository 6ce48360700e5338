import type { ExchangeProfile } from './profile';
import type { CatalogError, ResolvedExchangeError } from './types';

/**
 * Whether a resolved error is one the exchange's catalog documents: same source, and a code and
 * name the catalog lists together. In TypeScript it narrows the error to the catalog's `{ code, name }`
 * pairs, so a comparison of the code gives the name its literal type. An undocumented code
 * (Binance -1013, -4164), or an error resolved without the catalog, is not one.
 *
 * @example
 * ```ts
 * import { isCatalogError, resolveExchangeError } from 'exchange-error-kit';
 * import { binanceSpot } from 'exchange-error-kit/exchanges/binance-spot';
 *
 * const error = resolveExchangeError({ code: -1015, msg: 'Too many new orders.' }, { exchanges: [binanceSpot] });
 * if (isCatalogError(error, binanceSpot) && error.code === -1015) {
 *   error.name; // 'TOO_MANY_ORDERS', typed as that literal
 * }
 * ```
 */
export function isCatalogError<Profile extends ExchangeProfile>(
  error: ResolvedExchangeError | null | undefined,
  profile: Profile,
): error is CatalogError<Profile> {
  if (!error?.known || error.source !== profile.id || error.code === null) return false;
  const { code, name } = error;
  return profile.catalog.entries.some((entry) => entry.code === code && entry.name === name);
}
