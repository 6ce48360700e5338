import type { ErrorCategory } from './types';

/**
 * Whether ccxt raising a class means the exchange gave a definite answer:
 * - `answered`: the exchange answered and refused (or ccxt refused before sending). The request
 *   took no effect, so the class alone never makes an order's outcome unknown.
 * - `transport`: no answer, or none that says what happened (a timeout, a dropped connection, a
 *   server error, an unreadable body). On a request that writes orders the outcome is unknown,
 *   unless the failure proves the request never left (DNS, connection refused).
 *
 * ccxt's own tree puts every `NetworkError` under "retry it": a rate limit, a bad nonce and a
 * maintenance answer are there too, though each is a definite refusal. The family follows what
 * happened, not ccxt's tree.
 */
export type CcxtFamily = 'answered' | 'transport';

/** What one ccxt error class tells a trader. */
export interface CcxtClassCategory {
  /** The category on its own: on a request that reads, or when no exchange code says more. */
  readonly category: ErrorCategory;
  readonly family: CcxtFamily;
}

/** Every error class in ccxt 4.5.84's `errorHierarchy` (base/errorHierarchy.ts). */
export type CcxtErrorClass =
  | 'BaseError'
  | 'ExchangeError'
  | 'AuthenticationError'
  | 'PermissionDenied'
  | 'AccountNotEnabled'
  | 'AccountSuspended'
  | 'ArgumentsRequired'
  | 'BadRequest'
  | 'BadSymbol'
  | 'OperationRejected'
  | 'NoChange'
  | 'MarginModeAlreadySet'
  | 'MarketClosed'
  | 'ManualInteractionNeeded'
  | 'RestrictedLocation'
  | 'InsufficientFunds'
  | 'InvalidAddress'
  | 'AddressPending'
  | 'InvalidOrder'
  | 'OrderNotFound'
  | 'OrderNotCached'
  | 'OrderImmediatelyFillable'
  | 'OrderNotFillable'
  | 'DuplicateOrderId'
  | 'ContractUnavailable'
  | 'NotSupported'
  | 'InvalidProxySettings'
  | 'ExchangeClosedByUser'
  | 'OperationFailed'
  | 'NetworkError'
  | 'DDoSProtection'
  | 'RateLimitExceeded'
  | 'ExchangeNotAvailable'
  | 'OnMaintenance'
  | 'InvalidNonce'
  | 'ChecksumError'
  | 'RequestTimeout'
  | 'BadResponse'
  | 'NullResponse'
  | 'CancelPending'
  | 'UnsubscribeError';

const answered = (category: ErrorCategory): CcxtClassCategory => ({ category, family: 'answered' });
const transport = (category: ErrorCategory): CcxtClassCategory => ({ category, family: 'transport' });

/**
 * Every ccxt error class → the category a trader needs and its family. Exchange codes that ccxt
 * maps to a class get the class's category in the generated modules, unless `ccxtOverrides.ts`
 * has a reviewed row for them.
 *
 * @example
 * ```ts
 * import { CCXT_CLASS_CATEGORIES } from './ccxtClasses';
 *
 * CCXT_CLASS_CATEGORIES.InvalidNonce; // { category: 'clock-skew', family: 'answered' }
 * ```
 */
export const CCXT_CLASS_CATEGORIES: Readonly<Record<CcxtErrorClass, CcxtClassCategory>> = {
  // ccxt builds no bare BaseError; one from a newer ccxt says nothing, so nothing is assumed answered.
  BaseError: transport('unknown'),

  // --- ExchangeError: the exchange answered (or ccxt refused before sending) -------------------
  // ccxt's fallback for any code its maps lack: the exchange said no, but not why.
  ExchangeError: answered('unknown'),
  AuthenticationError: answered('auth'),
  // "The key may not do this": key permissions and IP whitelists, fixed in the key's settings.
  // Exchanges also file account locks here; those are overrides.
  PermissionDenied: answered('auth'),
  // Futures, margin or an API feature not switched on for the account.
  AccountNotEnabled: answered('account-restricted'),
  AccountSuspended: answered('account-restricted'),
  // Raised by ccxt itself before sending (a method called without a required argument).
  ArgumentsRequired: answered('invalid-request'),
  BadRequest: answered('invalid-request'),
  // An unknown or delisted market: the request names something that does not exist to trade.
  BadSymbol: answered('invalid-request'),
  // "Refused in the current state" (ccxt's words): the order or account state conflicts.
  OperationRejected: answered('order-rejected'),
  // The change asked for is already in effect (leverage, margin mode): nothing to fix or retry.
  NoChange: answered('order-rejected'),
  MarginModeAlreadySet: answered('order-rejected'),
  // The market takes no orders now (closed, halted, settling): retrying soon will not help, and
  // nothing in the order is wrong.
  MarketClosed: answered('order-rejected'),
  // Terms to accept, a travel-rule form, a KYC step on the website: the account must act first.
  ManualInteractionNeeded: answered('account-restricted'),
  RestrictedLocation: answered('account-restricted'),
  InsufficientFunds: answered('insufficient-funds'),
  // A withdrawal address the exchange does not accept (format, whitelist, memo).
  InvalidAddress: answered('invalid-request'),
  // The deposit address is still being generated: ask again shortly.
  AddressPending: answered('unavailable'),
  // ccxt's class for "the order breaks the market's rules": amount, price, cost, precision.
  // Codes that are really state conflicts or lookups are overrides.
  InvalidOrder: answered('filter'),
  OrderNotFound: answered('not-found'),
  // ccxt's own order cache has no such order (raised before any request).
  OrderNotCached: answered('not-found'),
  // Post-only would take, a stop would trigger at once.
  OrderImmediatelyFillable: answered('order-rejected'),
  // Fill-or-kill or immediate-or-cancel could not fill, or post-only could not rest.
  OrderNotFillable: answered('order-rejected'),
  DuplicateOrderId: answered('order-rejected'),
  // The contract takes no orders (expired, settling, not listed for trading): like MarketClosed.
  ContractUnavailable: answered('order-rejected'),
  NotSupported: answered('unsupported'),
  // ccxt refuses its own proxy settings before sending: the app's configuration.
  InvalidProxySettings: answered('invalid-request'),
  // The app closed the connection while requests were pending: nothing answered them, so an
  // order sent on it may have gone through. Departs from ccxt's tree (an ExchangeError there).
  ExchangeClosedByUser: transport('unavailable'),

  // --- OperationFailed: ccxt's "it may work if retried" --------------------------------------
  OperationFailed: transport('unavailable'),
  // DNS, refused and reset connections, closed sockets, undici's headers timeout: all raise it.
  NetworkError: transport('unavailable'),
  // ccxt's class for HTTP 418 and Cloudflare challenges, and many exchanges' "too many requests":
  // a refusal. A 418 ban is told apart by its status and text, not by this class.
  DDoSProtection: answered('rate-limit'),
  RateLimitExceeded: answered('rate-limit'),
  // 5xx statuses, HTML error pages and "internal error" codes: on an order, it may have executed.
  ExchangeNotAvailable: transport('unavailable'),
  // The exchange says it is in maintenance: a refusal, nothing was executed.
  OnMaintenance: answered('unavailable'),
  // A nonce or timestamp outside the exchange's window: resync the clock, then retry.
  InvalidNonce: answered('clock-skew'),
  // ccxt pro's order-book checksum check (local): resubscribe. Never about an order.
  ChecksumError: transport('unavailable'),
  // ccxt's own timer, HTTP 408/504, and exchange codes that say "timeout, status unknown":
  // the request may have executed. On a read the resolver shows it as unavailable.
  RequestTimeout: transport('execution-unknown'),
  // An answer ccxt cannot read (garbled JSON, an empty body): it does not say what happened.
  BadResponse: transport('unavailable'),
  NullResponse: transport('unavailable'),
  // A cancel refused because one is already in progress: cannot cancel now.
  CancelPending: answered('order-rejected'),
  // ccxt pro refused to unsubscribe from a stream (local): the app's call.
  UnsubscribeError: answered('invalid-request'),
};

/**
 * The category and family of a ccxt exception by its class chain (most specific first, as
 * `['InsufficientFunds', 'ExchangeError', 'BaseError']`): the first class ccxt 4.5.84 knows
 * decides, so a class a newer ccxt adds falls back to its parent. `undefined` when no class in
 * the chain is a ccxt error class.
 *
 * @example
 * ```ts
 * ccxtClassCategory(['OnMaintenance', 'ExchangeNotAvailable', 'NetworkError', 'OperationFailed', 'BaseError']);
 * // { category: 'unavailable', family: 'answered' }
 * ```
 */
export function ccxtClassCategory(chain: readonly string[]): CcxtClassCategory | undefined {
  for (const name of chain) {
    if (Object.hasOwn(CCXT_CLASS_CATEGORIES, name)) return CCXT_CLASS_CATEGORIES[name as CcxtErrorClass];
  }
  return undefined;
}

/**
 * Whether a ccxt `NetworkError`'s message proves the request never left: the host name did not
 * resolve, or the connection was refused. ccxt raises the same class for a reset or a closed
 * socket, after which an order may have gone through; only its message (undici's or Node's,
 * which ccxt appends) tells them apart.
 *
 * @example
 * ```ts
 * ccxtNeverSent('gate POST https://api.gateio.ws/api/v4/spot/orders fetch failed: getaddrinfo ENOTFOUND api.gateio.ws'); // true
 * ccxtNeverSent('bybit POST https://api.bybit.com/v5/order/create fetch failed: read ECONNRESET'); // false
 * ```
 */
export function ccxtNeverSent(message: string): boolean {
  return /\b(?:getaddrinfo )?(?:ENOTFOUND|EAI_AGAIN|ECONNREFUSED)\b/.test(message);
}

/** The class names of an exception, most specific first: its `name`, then its constructors'. */
export function classChainOf(error: object): string[] {
  const chain: string[] = [];
  try {
    const name = (error as { name?: unknown }).name;
    if (typeof name === 'string') chain.push(name);
    for (
      let proto = Object.getPrototypeOf(error);
      proto && chain.length < 12;
      proto = Object.getPrototypeOf(proto)
    ) {
      const ctor = Object.hasOwn(proto, 'constructor')
        ? (proto.constructor as { name?: unknown })
        : undefined;
      if (typeof ctor?.name === 'string' && ctor.name && !chain.includes(ctor.name)) chain.push(ctor.name);
    }
  } catch {
    // A Proxy that traps: no class.
  }
  return chain;
}

/** The ccxt class of an exception and what it tells: `undefined` for anything that is not one. */
export interface CcxtClass extends CcxtClassCategory {
  /** The most specific class ccxt knows, e.g. `InsufficientFunds`. */
  readonly name: CcxtErrorClass;
}

/**
 * Reads an exception as ccxt raises it: by its class chain (`InsufficientFunds` →
 * `ExchangeError` → `BaseError`), of which the first class ccxt knows decides. Only a chain that
 * reaches ccxt's `BaseError` is one; an `Error` named `NetworkError` elsewhere is not.
 */
export function ccxtClassOf(error: object): CcxtClass | undefined {
  const chain = classChainOf(error);
  if (!chain.includes('BaseError')) return undefined;
  for (const name of chain) {
    if (Object.hasOwn(CCXT_CLASS_CATEGORIES, name)) {
      return { name: name as CcxtErrorClass, ...CCXT_CLASS_CATEGORIES[name as CcxtErrorClass] };
    }
  }
  return undefined;
}
