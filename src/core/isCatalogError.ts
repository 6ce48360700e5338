import type { CatalogError, ExchangeCatalog, ResolvedExchangeError } from './types';

/**
 * Whether a resolved error is one the catalog documents: same source, and a code and name the
 * catalog lists together. In TypeScript it narrows the error to the catalog's `{ code, name }`
 * pairs, so a comparison of the code gives the name its literal type. An undocumented code
 * (Binance -1013, -4164), or an error resolved without the catalog, is not one.
 *
 * @example
 * ```ts
 * import { isCatalogError, resolveExchangeError } from 'exchange-error-kit';
 * import { binanceSpot } from 'exchange-error-kit/catalogs/binance-spot';
 *
 * const error = resolveExchangeError({ code: -1015, msg: 'Too many new orders.' }, { catalogs: [binanceSpot] });
 * if (isCatalogError(error, binanceSpot) && error.code === -1015) {
 *   error.name; // 'TOO_MANY_ORDERS', typed as that literal
 * }
 * ```
 */
export function isCatalogError<Catalog extends ExchangeCatalog>(
  error: ResolvedExchangeError | null | undefined,
  catalog: Catalog,
): error is CatalogError<Catalog> {
  if (!error?.known || error.source !== catalog.id || error.code === null) return false;
  const { code, name } = error;
  return catalog.entries.some((entry) => entry.code === code && entry.name === name);
}
