import type { ErrorCategory, ResolveOptions } from '../../src/core/types';
import { binanceUsdmCases, bybitCases, okxCases } from './venueCases';

/** The exchanges the gallery shows, by the `source` their profiles give results. */
export type GalleryExchange = 'binance-spot' | 'ltp' | 'binance-usdm' | 'okx' | 'bybit';

/** What the app knows besides the payload: the HTTP status, the response headers, the request. */
export type GalleryHints = Pick<ResolveOptions, 'httpStatus' | 'headers' | 'request'>;

/** A real payload an exchange sends, and the category the kit must give it. */
export interface GalleryCase {
  exchange: GalleryExchange;
  category: ErrorCategory;
  /** A function where the payload carries a time relative to now (bans). */
  payload: unknown | (() => unknown);
  /** A function where a header carries a time relative to now (a rate limit's reset). */
  hints?: GalleryHints | (() => GalleryHints);
  /** What a user would see happen, for the story's description. */
  note: string;
  /**
   * The app does not name the exchange: the resolver, with all five profiles registered, tells it
   * from the request's host and the payload's envelope, as it must for an app trading on several.
   */
  detect?: true;
  /** Where the payload was seen (an issue, a client's source, the exchange's document). */
  from?: string;
}

const inTwoMinutes = () => Date.now() + 2 * 60_000;

/** Binance Spot and LTP: one case per category, the app naming the exchange. */
const spotAndLtpCases: readonly GalleryCase[] = [
  {
    exchange: 'binance-spot',
    category: 'rate-limit',
    payload: { code: -1015, msg: 'Too many new orders; current limit is 50 orders per 10 SECOND.' },
    hints: { httpStatus: 429, headers: { 'Retry-After': '10' } },
    note: 'A warning with a live countdown; Retry stays disabled until the limit window ends.',
  },
  {
    exchange: 'ltp',
    category: 'rate-limit',
    payload: { code: 100429, message: 'Too many requests', data: null },
    hints: { httpStatus: 429, headers: { 'Retry-After': '15' } },
    note: 'The same countdown for the portfolio API.',
  },
  {
    exchange: 'binance-spot',
    category: 'ip-banned',
    payload: () => ({
      code: -1003,
      msg: `Way too much request weight used; IP banned until ${inTwoMinutes()}. Please use WebSocket Streams for live updates to avoid bans.`,
    }),
    hints: { httpStatus: 418 },
    note: 'Critical and persistent, with the ban clock; actions are blocked until it ends.',
  },
  {
    exchange: 'ltp',
    category: 'ip-banned',
    payload: '',
    hints: { httpStatus: 418, headers: { 'Retry-After': '120' } },
    note: 'An HTTP 418 with an empty body still reads as a ban, timed from Retry-After.',
  },
  {
    exchange: 'binance-spot',
    category: 'clock-skew',
    payload: { code: -1021, msg: "Timestamp for this request was 1000ms ahead of the server's time." },
    hints: { httpStatus: 400 },
    note: 'Offers "Sync clock & retry".',
  },
  {
    exchange: 'ltp',
    category: 'clock-skew',
    payload: { code: 7000, message: 'Nonce is invalid', data: null },
    note: 'An invalid nonce is a clock problem too.',
  },
  {
    exchange: 'binance-spot',
    category: 'execution-unknown',
    payload: {
      code: -1007,
      msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
    },
    hints: { httpStatus: 408, request: { method: 'POST', url: '/api/v3/order' } },
    note: 'Critical: check your open orders before resending. There is no retry button.',
  },
  {
    exchange: 'ltp',
    category: 'execution-unknown',
    payload: '',
    hints: {
      httpStatus: 504,
      request: { method: 'POST', url: '/api/v1/trading/order', intent: 'place-order' },
    },
    note: 'A bodiless 504 on an order request may have placed the order.',
  },
  {
    exchange: 'binance-spot',
    category: 'unavailable',
    payload: {
      code: -1008,
      msg: 'Spot server is currently overloaded with other requests. Please try again in a few minutes.',
    },
    hints: { httpStatus: 503 },
    note: 'A warning with Retry and exponential backoff.',
  },
  {
    exchange: 'ltp',
    category: 'unavailable',
    payload: { code: 400012, message: 'Service is temporarily unavailable while loading data', data: null },
    note: 'The service is loading; retry with backoff.',
  },
  {
    exchange: 'binance-spot',
    category: 'auth',
    payload: { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' },
    hints: { httpStatus: 401 },
    note: 'Check the key, its permissions and the IP whitelist; retrying will not help.',
  },
  {
    exchange: 'ltp',
    category: 'auth',
    payload: { code: 2001, message: "Your IP address is not on this API key's whitelist", data: null },
    note: 'The IP whitelist, named plainly.',
  },
  {
    exchange: 'binance-spot',
    category: 'account-restricted',
    payload: {
      code: 0,
      msg: "Service unavailable from a restricted location according to 'b. Eligibility' in https://www.binance.com/en/terms. Please contact customer service if you believe you received this message in error.",
    },
    hints: { httpStatus: 451 },
    note: 'code 0 is not success here: HTTP 451 is a restricted location.',
  },
  {
    exchange: 'ltp',
    category: 'account-restricted',
    payload: {
      code: 401045,
      message: 'Account is under risk control — order placement is suspended',
      data: null,
    },
    note: 'What is blocked, and to contact support.',
  },
  {
    exchange: 'binance-spot',
    category: 'insufficient-funds',
    payload: { code: -2010, msg: 'Account has insufficient balance for requested action.' },
    note: 'Shown on the amount field and as a toast.',
  },
  {
    exchange: 'ltp',
    category: 'insufficient-funds',
    payload: { code: 401055, message: 'Insufficient available balance', data: null },
    note: 'Balance too low for the order.',
  },
  {
    exchange: 'binance-spot',
    category: 'filter',
    payload: { code: -1013, msg: 'Filter failure: LOT_SIZE' },
    note: 'Inline on the quantity field with the lot-size rule explained; no toast while the form shows it.',
  },
  {
    exchange: 'ltp',
    category: 'filter',
    payload: { code: 401075, message: 'Order price must be a multiple of tickSize', data: null },
    note: 'Inline on the price field.',
  },
  {
    exchange: 'binance-spot',
    category: 'invalid-request',
    payload: { code: -1121, msg: 'Invalid symbol.' },
    note: 'An error toast with the developer-facing detail.',
  },
  {
    exchange: 'ltp',
    category: 'invalid-request',
    payload: { code: 401002, message: 'Invalid side', data: null },
    note: 'A bad enum value.',
  },
  {
    exchange: 'binance-spot',
    category: 'not-found',
    payload: { code: -2013, msg: 'Order does not exist.' },
    note: 'Informational, with Refresh.',
  },
  {
    exchange: 'ltp',
    category: 'not-found',
    payload: { code: 401018, message: 'Order not found', data: null },
    note: 'Informational, with Refresh.',
  },
  {
    exchange: 'binance-spot',
    category: 'order-rejected',
    payload: { code: -2010, msg: 'Order would immediately match and take.' },
    note: 'The same code as insufficient funds; the message decides.',
  },
  {
    exchange: 'ltp',
    category: 'order-rejected',
    payload: { code: 401052, message: 'GTX order rejected — could not be filled as maker', data: null },
    note: 'A post-only order that would have taken.',
  },
  {
    exchange: 'binance-spot',
    category: 'unsupported',
    payload: { code: -1020, msg: 'This operation is not supported.' },
    note: 'Not available for this symbol or account.',
  },
  {
    exchange: 'ltp',
    category: 'unsupported',
    payload: { code: 601011, message: 'Operation not supported', data: null },
    note: 'A WebSocket operation the API does not offer.',
  },
  {
    exchange: 'binance-spot',
    category: 'unknown',
    payload: { code: -1999, msg: 'Something the documents never mention.' },
    note: 'Nothing matched: the exchange message is still shown.',
  },
  {
    exchange: 'ltp',
    category: 'unknown',
    payload: { code: 401444, message: 'Unknown error', data: null },
    note: 'The exchange itself does not know.',
  },
];

/**
 * One case per category per exchange, with payloads as the exchanges send them: every category on
 * Binance Spot and LTP, and each category Binance USDⓈ-M futures, OKX and Bybit really produce (OKX
 * documents no IP ban).
 */
export const galleryCases: readonly GalleryCase[] = [
  ...spotAndLtpCases,
  ...binanceUsdmCases,
  ...okxCases,
  ...bybitCases,
];
