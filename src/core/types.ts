import type { CatalogData, CatalogErrors, DocumentedError } from '../catalog/types';
import type { Language } from '../locale/types';
import type { ExchangeProfile } from './profile';

/**
 * What kind of failure an exchange error is, which decides what the user is offered.
 * A closed union: a switch over it is exhaustive.
 */
export type ErrorCategory =
  | 'rate-limit'
  | 'ip-banned'
  | 'clock-skew'
  | 'execution-unknown'
  | 'unavailable'
  | 'auth'
  | 'account-restricted'
  | 'insufficient-funds'
  | 'filter'
  | 'invalid-request'
  | 'not-found'
  | 'order-rejected'
  | 'unsupported'
  | 'unknown';

/** How loudly the UI should speak. `critical` is announced assertively and stays until dismissed. */
export type Severity = 'info' | 'warning' | 'error' | 'critical';

/**
 * What the app may do next:
 * - `none`: retrying the same request will fail the same way;
 * - `after`: wait until `retry.retryAt`, then it may retry;
 * - `backoff`: retry with exponential backoff and jitter;
 * - `resync-clock`: call the app's `syncClock()`, then retry;
 * - `check-status`: the request may have executed; call `checkOrderStatus()`, never resend blindly.
 */
export type RetryStrategy = 'none' | 'after' | 'backoff' | 'resync-clock' | 'check-status';

/**
 * Which exchange an error came from: the id of a registered profile (`binance-spot`, `okx`), a
 * ccxt exchange id, or `unknown` when nothing registered says.
 */
export type ExchangeSource = string;

/** Order or transfer form fields the kit can mark inline. Apps may use their own names too. */
export type OrderField =
  | 'price'
  | 'quantity'
  | 'notional'
  | 'stopPrice'
  | 'icebergQty'
  | 'trailingDelta'
  | 'leverage'
  | 'amount'
  | 'quoteOrderQty';

/** When the user may try again. */
export interface RetryAdvice {
  strategy: RetryStrategy;
  /** Epoch milliseconds at which a retry may be made (`after`), or the first backoff slot (`backoff`). */
  retryAt?: number;
  /**
   * `true` when the exchange said nothing about how long to wait and `retryAt` is the kit's default
   * (5 s for a rate limit, 2 minutes for a ban, 1 s for a first backoff slot); absent when it came
   * from a `Retry-After` header, a WebSocket `retryAfter`, the message or a used-up rate-limit window.
   */
  estimated?: true;
}

/**
 * The one typed, serialisable answer for any raw exchange error. `Source` is the union of the
 * registered profiles' ids when the resolver knows them.
 */
export interface ResolvedExchangeError<Source extends string = string> {
  /** The registered profile's id, or `unknown` when no registered profile recognised the error. */
  source: Source | 'unknown';
  /** Numeric code, even when the wire had `"-1013"`; `null` when the payload has none. */
  code: number | null;
  /** Symbolic name where the catalog has one, e.g. `TOO_MANY_REQUESTS`. */
  name?: string;
  /** The exchange's own text, trimmed of wrapper noise and secrets. Render as text, never as HTML. */
  message: string;
  category: ErrorCategory;
  severity: Severity;
  /** Short human headline for the UI. */
  title: string;
  /** What happened and what to do, in a sentence or two. */
  description: string;
  /** Values pulled out of templated messages, e.g. `{ limit: '50', interval: '10 SECOND' }`. */
  params: Record<string, string>;
  /** Form field to mark inline. */
  field?: OrderField | (string & {});
  /** The trading rule's name for filter failures, e.g. `LOT_SIZE`. */
  filter?: string;
  /**
   * For a batch answer (several orders in one request): the positions, from 0, of the items that
   * failed, out of `total`. The error describes the first of them.
   */
  items?: { failed: readonly number[]; total: number };
  /**
   * The nearest valid values for the field, lower first, when the symbol's rules are known (a
   * local check, or `rules` and `order` given to the resolver): `{ field: 'price', values:
   * ['50000.00', '50000.01'] }`. Each is valid under all the rules at once.
   */
  suggestion?: { field: string; values: readonly string[] };
  retry: RetryAdvice;
  httpStatus?: number;
  /** Whether the error matched the exchange's documented catalog. */
  known: boolean;
  /** Stable key: the same error gives the same fingerprint, whatever values its template carries. */
  fingerprint: string;
  /** The input as received. The only field that may hold secrets: never render or log it. */
  raw: unknown;
}

/** What the app was doing when the error arrived; decides `execution-unknown` for bodiless 5xx. */
export interface RequestContext {
  method?: string;
  url?: string;
  /** Explicit intent overrides what the method and URL suggest. */
  intent?: 'place-order' | 'cancel-order' | 'replace-order' | 'read' | 'other';
}

/** Title/description for one category or code. */
export interface CopyText {
  title: string;
  description: string;
}

/**
 * App-supplied strings. `categories` replaces the default copy per category, `codes`
 * per `"source:code"` key (e.g. `"binance-spot:-1013"`), and `format` gets the last word.
 * Strings may use `{param}` placeholders filled from `params` (and `{message}`, `{field}`,
 * `{filter}`); a `[part in brackets]` is dropped when a value in it is missing, and a string with
 * a missing value outside brackets gives way to the next, more general one.
 *
 * @example
 * ```ts
 * const copy: CopyOverrides = {
 *   categories: { 'rate-limit': { title: 'Trop de requêtes', description: 'Réessayez dans un instant.' } },
 *   codes: { 'binance-spot:-1015': { description: 'Limite : {limit} ordres par {interval}.' } },
 * };
 * ```
 */
export interface CopyOverrides {
  categories?: Partial<Record<ErrorCategory, Partial<CopyText>>>;
  codes?: Record<string, Partial<CopyText>>;
  format?: (error: ResolvedExchangeError, fallback: CopyText) => Partial<CopyText> | undefined;
}

/**
 * A catalog plus the hand-written rules that classify its entries: the shape of the catalogs
 * before exchange profiles.
 *
 * @deprecated Pass {@link ExchangeProfile}s as `exchanges` (import them from
 * `exchange-error-kit/exchanges/*`). Still accepted in `catalogs` for this release.
 */
export interface ExchangeCatalog<Errors extends DocumentedError = DocumentedError, Id extends string = string>
  extends CatalogData<Errors, Id> {
  readonly rules: ExchangeRules;
}

/**
 * A resolved error that a catalog documents: its `source` is the catalog's and its `code` and
 * `name` are one of the catalog's pairs, so comparing the code narrows the name. What
 * {@link isCatalogError} proves.
 *
 * @example
 * ```ts
 * declare const error: CatalogError<typeof binanceSpot>;
 * if (error.code === -1015) error.name; // 'TOO_MANY_ORDERS'
 * ```
 */
export type CatalogError<Profile extends ExchangeProfile> = ResolvedExchangeError & {
  readonly source: Profile['id'];
  readonly known: true;
} & CatalogErrors<Profile['catalog']>;

/** A classification decided for a catalog entry or message. */
export interface Classification {
  category: ErrorCategory;
  severity?: Severity;
  field?: string;
  filter?: string;
  /**
   * It rests on words any exchange may use (a part of the message such as `Invalid `): it still
   * decides the category, but is no evidence that the error came from this exchange.
   */
  generic?: boolean;
}

/**
 * Hand-written knowledge about one exchange, kept apart from the generated data so that
 * regenerating the catalog never touches it.
 *
 * @deprecated The rules of an {@link ExchangeCatalog}; an {@link ExchangeProfile} holds them itself.
 */
export interface ExchangeRules {
  /** Classifies a matched or unmatched code/message of this exchange; `undefined` to fall back to generic rules. */
  classify(code: number | null, message: string, name?: string): Classification | undefined;
  /** Per-code human copy (`{param}` placeholders allowed). */
  readonly copy?: Readonly<Record<number, Partial<CopyText>>>;
  /**
   * Names for a code's template values where the words before a placeholder do not give a good
   * one, in placeholder order, e.g. `{ 401112: ['maxLeverage'] }`.
   */
  readonly params?: Readonly<Record<number, readonly string[]>>;
}

/** Hints and settings for {@link resolveExchangeError}. */
export interface ResolveOptions<Profile extends ExchangeProfile = ExchangeProfile> {
  /**
   * The exchanges to resolve against (import them from `exchange-error-kit/exchanges/*`). The
   * exchange of an error is picked among these only: by `source`, the request's host, a ccxt
   * exchange id, or an answer's shape that exactly one of them claims; else it is `unknown`.
   */
  exchanges?: readonly Profile[];
  /**
   * @deprecated Use `exchanges`. Catalogs from `exchange-error-kit/catalogs/*` are the same
   * profiles and are still accepted here for this release.
   */
  catalogs?: readonly (ExchangeProfile | ExchangeCatalog)[];
  /** Which exchange sent it, when the app knows: a registered profile's id. */
  source?: string;
  /** HTTP status, when the input itself does not carry it. */
  httpStatus?: number;
  /** Response headers (`Retry-After` and exchanges' reset headers are read from here). */
  headers?: Record<string, string> | Headers;
  /** Current time in epoch ms (for `retryAt` arithmetic); defaults to `Date.now()`. */
  now?: number;
  /** BCP 47 locale for number and time formatting in the copy. */
  locale?: string;
  /** The words the copy is written in and undocumented messages are read with. @defaultValue English */
  language?: Language;
  /** What the app was doing. */
  request?: RequestContext;
  /** App-supplied copy. */
  copy?: CopyOverrides;
  /**
   * The symbol's trading rules, from `symbolRules()` of `exchange-error-kit/rules`: a filter
   * failure the exchange sent then says exactly which rule and value ("Price must be a multiple of
   * 0.01: use 50000.00 or 50000.01"), as a check before sending would.
   */
  rules?: RulesExplainer;
  /** The order the request sent, its fields as strings (`price`, `quantity` …), for `rules` to explain against. */
  order?: object;
}

/**
 * What the resolver asks of a symbol's rules: the specific copy, values and suggestion for a
 * filter failure of an order. Made by `symbolRules()` of `exchange-error-kit/rules`.
 */
export interface RulesExplainer {
  explain(
    error: ResolvedExchangeError,
    order: object | undefined,
  ):
    | Partial<Pick<ResolvedExchangeError, 'title' | 'description' | 'params' | 'field' | 'suggestion'>>
    | undefined;
}
