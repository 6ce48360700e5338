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

// Every ccxt error class by the category a trader needs and its family. Written as groups, one
// line each, so the table costs little in the bundle; why each class sits where it does:
// - ExchangeError is ccxt's fallback for codes its maps lack: the exchange said no, not why.
// - PermissionDenied: key permissions and IP whitelists, fixed in the key's settings.
// - ArgumentsRequired and InvalidProxySettings are raised by ccxt before sending; BadSymbol names
//   a market that does not exist to trade; InvalidAddress a withdrawal address the exchange refuses.
// - OperationRejected is "refused in the current state"; NoChange and MarginModeAlreadySet ask for
//   what is already in effect; MarketClosed and ContractUnavailable take no orders now;
//   OrderImmediatelyFillable / OrderNotFillable are post-only, FOK and IOC refusals; CancelPending
//   cannot cancel now.
// - InvalidOrder is ccxt's class for an order that breaks the market's rules (amount, price,
//   precision): a filter failure unless the words say more.
// - AddressPending: a deposit address still being generated; OnMaintenance: a refusal while the
//   exchange is down for maintenance; nothing executed.
// - RateLimitExceeded and DDoSProtection (HTTP 418 and Cloudflare challenges too): refusals. A ban
//   is told apart by its status and text.
// - InvalidNonce: a nonce or timestamp outside the window: resync the clock, then retry.
// - RequestTimeout: ccxt's own timer, HTTP 408/504, "timeout, status unknown" codes: the request
//   may have executed; on a read the resolver shows it as unavailable.
// - The rest of OperationFailed (NetworkError, ExchangeNotAvailable, BadResponse, NullResponse,
//   ChecksumError) and ExchangeClosedByUser (the app closed the connection while requests were
//   pending; departs from ccxt's tree) are silences: no answer that says what happened.
// - BaseError alone comes from no ccxt release; one from a newer ccxt says nothing.
const GROUPS: Readonly<Record<string, string>> = {
  'transport unknown': 'BaseError',
  'answered unknown': 'ExchangeError',
  'answered auth': 'AuthenticationError PermissionDenied',
  'answered account-restricted':
    'AccountNotEnabled AccountSuspended ManualInteractionNeeded RestrictedLocation',
  'answered invalid-request':
    'ArgumentsRequired BadRequest BadSymbol InvalidAddress InvalidProxySettings UnsubscribeError',
  'answered order-rejected':
    'OperationRejected NoChange MarginModeAlreadySet MarketClosed OrderImmediatelyFillable OrderNotFillable DuplicateOrderId ContractUnavailable CancelPending',
  'answered insufficient-funds': 'InsufficientFunds',
  'answered unavailable': 'AddressPending OnMaintenance',
  'answered filter': 'InvalidOrder',
  'answered not-found': 'OrderNotFound OrderNotCached',
  'answered unsupported': 'NotSupported',
  'answered rate-limit': 'DDoSProtection RateLimitExceeded',
  'answered clock-skew': 'InvalidNonce',
  'transport unavailable':
    'ExchangeClosedByUser OperationFailed NetworkError ExchangeNotAvailable ChecksumError BadResponse NullResponse',
  'transport execution-unknown': 'RequestTimeout',
};

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
export const CCXT_CLASS_CATEGORIES = Object.fromEntries(
  Object.entries(GROUPS).flatMap(([group, names]) => {
    const [family, category] = group.split(' ') as [CcxtFamily, ErrorCategory];
    return names.split(' ').map((name) => [name, { category, family }]);
  }),
) as Readonly<Record<CcxtErrorClass, CcxtClassCategory>>;

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
    const known = ccxtClassNamed(name);
    if (known) return known;
  }
  return undefined;
}

/** The ccxt class of that name and what it tells; `undefined` for a name ccxt 4.5.84 does not use. */
export function ccxtClassNamed(name: string): CcxtClass | undefined {
  return Object.hasOwn(CCXT_CLASS_CATEGORIES, name)
    ? { name: name as CcxtErrorClass, ...CCXT_CLASS_CATEGORIES[name as CcxtErrorClass] }
    : undefined;
}
