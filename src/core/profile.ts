import type { CatalogData, DocumentedError } from '../catalog/types';
import type { Classification, CopyText } from './types';

/**
 * What an exchange's answer says, as its profile reads it: where the code, the message, the
 * success flag and the failed items of a batch sit in that exchange's REST bodies and WebSocket
 * frames.
 */
export interface WireError {
  /** The exchange's numeric code (sent as a number or a numeric string); `null` when it sent none. */
  code: number | null;
  /**
   * A code that is not a number, as some exchanges send them: `not_enough_funds`,
   * `EOrder:Insufficient funds`, `INVALID_KEY`.
   */
  key?: string;
  /** The exchange's own text, as sent. */
  message: string;
  /** The body says the request succeeded (an envelope's success code, `success: true`). */
  success?: boolean;
  /** For a batch answer: the positions (from 0) of the items that failed, out of `total`. */
  failed?: readonly number[];
  total?: number;
  /** Epoch ms (or seconds, or a delay in seconds) at which a WebSocket frame says to retry. */
  retryAfter?: number;
  /** The server's clock in the same frame: `retryAfter` is counted by it. */
  serverTime?: number;
  /** The longest rate-limit window (ms) the frame says is used up. */
  window?: number;
}

/** What a profile's `classify` is asked about. */
export interface ClassifyInput {
  code: number | null;
  /** The non-numeric code, when the exchange sent one (`not_enough_funds`). */
  key?: string;
  /** The message, cut to the matched template's sentence when one matched. */
  message: string;
  /** The catalog's name for the code, when it documents one. */
  name?: string;
}

/** A request as the resolver sees it, for a profile to tell whether it writes orders. */
export interface WireRequest {
  /** Upper case: `POST`, `DELETE`, or a WebSocket API method (`order.place`). */
  method: string;
  /** The URL's path (`/api/v3/order`), without host or query; empty for WebSocket methods. */
  path: string;
  /** The URL's host name, lower case, when the URL had one. */
  host?: string;
}

/** How the resolver tells that an answer came from this exchange. */
export interface ExchangeDetection {
  /** API host names; a request to one of them, or to a subdomain of one, is this exchange's. */
  readonly hosts?: readonly string[];
  /**
   * API path prefixes (`/fapi/`), for a request or an answer that names its path but not its host
   * (a relative URL through the app's proxy, a gateway's `{"path":"/fapi/v1/order",…}`).
   */
  readonly paths?: RegExp;
  /** ccxt exchange ids whose exceptions are this exchange's (`binance`, `binanceusdm`, `okx`). */
  readonly ccxt?: readonly string[];
  /**
   * Words its SDKs write into the texts they raise or log: their exception classes and packages
   * (`pybit.exceptions`, `OkexAPIException`), a format only they use (pybit's `(ErrCode: 10001)`).
   * A text they match is this exchange's when no other registered profile's words match it too
   * (among several, the catalogs decide). Tested with `search`: no `g` or `y` flag needed.
   */
  readonly texts?: RegExp;
  /**
   * Whether a body has this exchange's envelope. It decides the exchange only when no other
   * registered profile claims the same body.
   */
  readonly claims?: (body: object) => boolean;
}

/**
 * Everything the kit knows about one exchange: its generated catalog, how to read its answers,
 * how to recognise them, which requests write orders, and the hand-written classification of
 * its codes. Register profiles with the resolver (`exchanges: [binanceSpot, okx]`); the core
 * knows no exchange of its own.
 *
 * @example
 * ```ts
 * import type { ExchangeProfile } from 'exchange-error-kit';
 *
 * const acme: ExchangeProfile = {
 *   id: 'acme',
 *   name: 'Acme Exchange',
 *   catalog: { id: 'acme', document: 'Acme API errors', entries: [], filters: [], rejections: [], rejectionCodes: [], successCodes: [] },
 *   detect: { hosts: ['api.acme.example'], claims: (body) => 'err' in body && 'status' in body },
 *   read: (body) => {
 *     const { status, err } = body as { status?: string; err?: { id?: number; text?: string } };
 *     if (status === 'ok') return { code: null, message: '', success: true };
 *     return err ? { code: err.id ?? null, message: err.text ?? '' } : undefined;
 *   },
 *   writesOrder: ({ method, path }) => method === 'POST' && path === '/v1/orders',
 * };
 * ```
 */
export interface ExchangeProfile<
  Errors extends DocumentedError = DocumentedError,
  Id extends string = string,
> {
  /** The id results carry as `source`: `binance-spot`, `okx`. */
  readonly id: Id;
  /** How people call the exchange: `Binance Spot`. */
  readonly name: string;
  /** The exchange's documented errors, generated from its documents. */
  readonly catalog: CatalogData<Errors, Id>;
  /** How to recognise this exchange's answers. */
  readonly detect: ExchangeDetection;
  /**
   * Reads one of the exchange's answer bodies or frames (parsed JSON); `undefined` when the body
   * is not in a shape the exchange sends.
   */
  readonly read: (body: object) => WireError | undefined;
  /**
   * Whether a request places, cancels, replaces or amends orders: when its answer is lost, the
   * order may have gone through.
   */
  readonly writesOrder?: (request: WireRequest) => boolean;
  /**
   * Response headers that carry the epoch time (ms) a rate limit resets, besides `Retry-After`:
   * `X-Bapi-Limit-Reset-Timestamp`.
   */
  readonly resetHeaders?: readonly string[];
  /**
   * How long, in ms, the exchange documents an IP ban to last, for a ban whose answer says
   * nothing of its end (Bybit: "wait for at least 10 minutes"). Without it the estimate is 2
   * minutes, the shortest ban exchanges document.
   */
  readonly banWait?: number;
  /**
   * Codes the exchange sends with many unrelated messages (Bybit's 10001 "Request parameter
   * error" also carries "The number of contracts exceeds maximum limit allowed …"): under them
   * the message's own words decide, not what the document says the code means.
   */
  readonly umbrellaCodes?: readonly number[];
  /** The hand-written classification of a code or message; `undefined` lets the message decide. */
  readonly classify?: (error: ClassifyInput) => Classification | undefined;
  /** Per-code human copy (`{param}` placeholders allowed). */
  readonly copy?: Readonly<Record<number, Partial<CopyText>>>;
  /**
   * Names for a code's template values where the words before a placeholder give no good one, in
   * placeholder order, e.g. `{ 401112: ['maxLeverage'] }`.
   */
  readonly params?: Readonly<Record<number, readonly string[]>>;
}
