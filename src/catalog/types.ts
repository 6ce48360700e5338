/**
 * Shapes of the generated catalog data. The data files themselves
 * (`*.data.ts`) are written by `scripts/generate-catalog.mjs` from the
 * exchange documents in `catalog/sources/` and never edited by hand.
 */

/** Identifier of a bundled exchange catalog. */
export type CatalogId = 'binance-spot' | 'ltp';

/** One documented error code with every message variant the document lists. */
export interface CatalogEntry {
  /** The numeric code as documented (Binance codes are negative). */
  readonly code: number;
  /** Symbolic name where the document has one, e.g. `TOO_MANY_REQUESTS`. */
  readonly name?: string;
  /** Heading text when it is a phrase rather than a symbolic name (Binance -1099, -2021, -2022). */
  readonly heading?: string;
  /**
   * Message templates, verbatim except for markdown escapes. Placeholders are
   * kept as written: `%s` (positional) and `{0}` (indexed).
   */
  readonly messages: readonly string[];
  /** The document section the entry sits in, e.g. `10xx - General Server or Network issues` or `Trading`. */
  readonly section: string;
  /** Prose under the heading that is not a message (Binance cancel-replace codes). */
  readonly notes?: string;
}

/** A Binance "Filter failure: X" message and the rule it explains. */
export interface CatalogFilter {
  /** Filter name, e.g. `LOT_SIZE`. */
  readonly filter: string;
  /** The exact message, e.g. `Filter failure: LOT_SIZE`. */
  readonly message: string;
  /** The document's description of the rule. */
  readonly description: string;
}

/** A matching-engine message listed under "Order Rejection Issues". */
export interface CatalogRejection {
  readonly message: string;
  readonly description: string;
}

/** A documented code and its symbolic name, as the type of a catalog's entries lists them. */
export interface DocumentedError {
  readonly code: number;
  readonly name?: string;
}

/**
 * Everything one exchange document says about its errors. The generated catalogs fill in
 * `Errors` with every `{ code, name }` pair the document has, so that the types know each
 * code's name (see {@link CatalogErrorName}); the compiler checks the pairs against the data.
 */
export interface CatalogData<Errors extends DocumentedError = DocumentedError, Id extends string = string> {
  readonly id: Id;
  /** Human name of the document the data came from. */
  readonly document: string;
  readonly entries: readonly (CatalogEntry & Errors)[];
  /** Binance filter failures (empty for exchanges without them). */
  readonly filters: readonly CatalogFilter[];
  /** Binance order rejection messages (empty for exchanges without them). */
  readonly rejections: readonly CatalogRejection[];
  /** Codes under which rejection messages arrive, e.g. -1010, -2010, -2011. */
  readonly rejectionCodes: readonly number[];
  /** Codes that mean success in an envelope (LTP: 200 and 200000). */
  readonly successCodes: readonly number[];
}

/**
 * The `{ code, name }` pairs a catalog documents (or an exchange profile's catalog).
 *
 * @example
 * ```ts
 * type E = CatalogErrors<typeof binanceSpot>; // { code: -1000; name: 'UNKNOWN' } | { code: -1001; name: 'DISCONNECTED' } | …
 * ```
 */
export type CatalogErrors<Catalog> = Catalog extends { readonly catalog: CatalogData<infer Errors, string> }
  ? Errors
  : Catalog extends CatalogData<infer Errors, string>
    ? Errors
    : never;

/**
 * The codes a catalog documents.
 *
 * @example
 * ```ts
 * const code: CatalogCode<typeof binanceSpot> = -1015; // -1234 would not compile
 * ```
 */
export type CatalogCode<Catalog> = CatalogErrors<Catalog>['code'];

/**
 * The symbolic name a catalog gives a code (a union where the document uses one code twice,
 * `undefined` where it gives none).
 *
 * @example
 * ```ts
 * type N = CatalogErrorName<typeof binanceSpot, -1015>; // 'TOO_MANY_ORDERS'
 * ```
 */
export type CatalogErrorName<Catalog, Code extends CatalogCode<Catalog> = CatalogCode<Catalog>> = Extract<
  CatalogErrors<Catalog>,
  { readonly code: Code }
>['name'];
