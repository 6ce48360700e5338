import { binanceDocuments, binanceEditions } from '../catalog/documents';

// Every Binance Spot document the repository holds: the catalog's sources and the older editions
// of errors.md kept for the tests. A code or filter none of them mentions is undocumented in any
// edition, not only in the one the catalog was last built from.
const texts = [...binanceDocuments, ...binanceEditions].map((doc) => doc.text);

/** Whether any vendored Binance Spot document mentions the code, with or without its sign. */
export function anyDocumentMentionsCode(code: number): boolean {
  const pattern = new RegExp(`(?<!\\d)${Math.abs(code)}(?!\\d)`);
  return texts.some((text) => pattern.test(text));
}

/** Whether any vendored Binance Spot document mentions the filter name as a whole word. */
export function anyDocumentMentionsFilter(filter: string): boolean {
  const pattern = new RegExp(`(?<![A-Z_])${filter}(?![A-Z_])`);
  return texts.some((text) => pattern.test(text));
}

/** The first code from `from` down to `to` (e.g. -1100 … -1199) that no vendored document mentions. */
export function firstUnlistedCode(from: number, to: number): number {
  for (let code = from; code >= to; code--) if (!anyDocumentMentionsCode(code)) return code;
  throw new Error(`every code from ${from} to ${to} is in a vendored document`);
}

/**
 * The undocumented code the type test (`test/types/catalogTypes.test.ts`) holds up, since a type
 * cannot be computed from the documents: -4164 is USDⓈ-M Futures' "Order's notional must be no
 * smaller than …", which reaches spot apps through shared client code. `isCatalogError.test.ts`
 * checks at run time that no vendored document and not the catalog lists it.
 */
export const UNLISTED_CODE = -4164;

/**
 * A filter no errors document lists: the asset filter MAX_ASSET of Binance's filters.md
 * (https://github.com/binance/binance-spot-api-docs/blob/a5e0bc3ddc0fd7e6bb696849323b74423fa3a54d/filters.md#max_asset).
 * The tests check that it is still absent before relying on it.
 */
export const UNLISTED_FILTER = 'MAX_ASSET';
