import type { ErrorCategory } from '../../core/types';

/** A reviewed correction of ccxt's class for one exchange's key. */
export interface CcxtOverride {
  /** The ccxt id (the one its aliases fold into). */
  readonly exchange: string;
  /** Which of ccxt's maps the key is in, or goes into (added substrings are checked before ccxt's). */
  readonly match: 'exact' | 'broad';
  /** The exact code or message, or the substring. */
  readonly key: string;
  readonly category: ErrorCategory;
  /** Why ccxt's class misleads a trader here. */
  readonly reason: string;
  /** For a key ccxt's maps lack: where the exchange documents it. */
  readonly documented?: string;
}

const KUCOIN = 'https://www.kucoin.com/docs/basic-info/request-rate-limit/rest-api';
const KUCOIN_ERRORS = 'https://docs.kucoin.com/#errors';
const KRAKEN = 'https://docs.kraken.com/api/docs/guides/spot-errors';
const COINBASE = 'https://docs.cdp.coinbase.com/advanced-trade/reference/retailbrokerageapi_postorder';
const COINBASE_CANCEL =
  'https://docs.cdp.coinbase.com/advanced-trade/reference/retailbrokerageapi_cancelorders';
const BITGET = 'https://www.bitget.com/api-doc/common/error-code/restapi';
const BITFINEX = 'https://docs.bitfinex.com/docs/requirements-and-limitations';
const DERIBIT = 'https://docs.deribit.com/#rpc-error-codes';

/**
 * Where ccxt 4.5.84's class would send a trader the wrong way, per exchange and key: a rate limit
 * as a plain error, a clock problem as a bad key, a trading rule as missing funds, a cancel of a
 * filled order as a missing order. Applied by the generator over the class table; each row's key
 * is in ccxt's maps unless it carries where the exchange documents it. Exchanges with a document
 * profile (binance, okx, bybit) are not generated, so their misleading classes (Bybit's 10-minute
 * IP ban raised as `RateLimitExceeded`) are their profiles' to get right.
 */
export const CCXT_OVERRIDES: readonly CcxtOverride[] = [
  // ---------------------------------------------------------------------------------- KuCoin
  {
    exchange: 'kucoin',
    match: 'exact',
    key: '429000',
    category: 'rate-limit',
    reason: 'the user-level rate limit; ccxt raises a plain ExchangeError before reading the 429',
    documented: KUCOIN,
  },
  {
    exchange: 'kucoin',
    match: 'exact',
    key: '200002',
    category: 'rate-limit',
    reason: 'the per-endpoint limit (10 s block), sent under HTTP 200; ccxt raises a plain ExchangeError',
    documented: KUCOIN,
  },
  {
    exchange: 'kucoin',
    match: 'exact',
    key: '600100',
    category: 'filter',
    reason: '"Funds below the minimum requirement.": the order is under the minimum size, not short of funds',
  },
  {
    exchange: 'kucoin',
    match: 'exact',
    key: 'Price increment invalid.',
    category: 'filter',
    reason: 'the tick-size rule under the generic 400100, where ccxt sees only a BadRequest',
    documented: KUCOIN_ERRORS,
  },
  {
    exchange: 'kucoin',
    match: 'exact',
    key: 'order_not_exist_or_not_allow_to_cancel',
    category: 'order-rejected',
    reason: 'the order may already be filled; "not found" would hide a fill',
  },
  {
    exchange: 'kucoin',
    match: 'exact',
    key: '100004',
    category: 'order-rejected',
    reason: '"Order is in not cancelable state": a state conflict, not a malformed request',
  },
  {
    exchange: 'kucoin',
    match: 'exact',
    key: '400200',
    category: 'account-restricted',
    reason: '"Forbidden to place an order": the account or pair is blocked; nothing in the order to fix',
  },
  // ---------------------------------------------------------------------------------- Kraken
  {
    exchange: 'kraken',
    match: 'exact',
    key: 'EOrder:Unknown order',
    category: 'not-found',
    reason: 'no such order (to cancel or query): ccxt says InvalidOrder, as if the order broke a rule',
  },
  {
    exchange: 'kraken',
    match: 'broad',
    key: 'EOrder:Invalid price',
    category: 'filter',
    reason: 'the price breaks the pair’s tick or decimals ("…can only be specified up to 1 decimals.")',
    documented: KRAKEN,
  },
  // -------------------------------------------------------------------------------- Coinbase
  {
    exchange: 'coinbase',
    match: 'exact',
    key: 'INVALID_SIZE_PRECISION',
    category: 'filter',
    reason: 'the size has more decimals than the product allows',
    documented: COINBASE,
  },
  {
    exchange: 'coinbase',
    match: 'exact',
    key: 'INVALID_PRICE_PRECISION',
    category: 'filter',
    reason: 'the price is not a multiple of the product’s increment',
    documented: COINBASE,
  },
  {
    exchange: 'coinbase',
    match: 'exact',
    key: 'INVALID_LIMIT_PRICE_POST_ONLY',
    category: 'order-rejected',
    reason: 'a post-only order that would take: move the price, the order is otherwise fine',
    documented: COINBASE,
  },
  {
    exchange: 'coinbase',
    match: 'exact',
    key: 'PREVIEW_STOP_PRICE_ABOVE_LAST_TRADE_PRICE',
    category: 'order-rejected',
    reason: 'the stop would trigger immediately: a market-state conflict, which ccxt calls InvalidOrder',
  },
  {
    exchange: 'coinbase',
    match: 'exact',
    key: 'UNSUPPORTED_ORDER_CONFIGURATION',
    category: 'unsupported',
    reason: 'the order type is not offered for this product; ccxt says BadRequest',
  },
  {
    exchange: 'coinbase',
    match: 'exact',
    key: 'UNKNOWN_CANCEL_ORDER',
    category: 'not-found',
    reason: 'a batch cancel’s per-order failure: no such order',
    documented: COINBASE_CANCEL,
  },
  {
    exchange: 'coinbase',
    match: 'exact',
    key: 'INTERNAL',
    category: 'execution-unknown',
    reason:
      'a server failure (HTTP 500) mid-request: an order may have been placed; on a read it is unavailable',
    documented: COINBASE,
  },
  // ---------------------------------------------------------------------------------- Bitget
  {
    exchange: 'bitget',
    match: 'exact',
    key: '01001',
    category: 'execution-unknown',
    reason: '"系统异常" (system exception) answering an order: not a definite rejection',
  },
  {
    exchange: 'bitget',
    match: 'exact',
    key: '40034',
    category: 'invalid-request',
    reason: '"Parameter {0} does not exist": a request parameter, not a missing order',
    documented: BITGET,
  },
  {
    exchange: 'bitget',
    match: 'exact',
    key: '22002',
    category: 'order-rejected',
    reason: '"No position to close": a reduce-only order with nothing to reduce',
    documented: BITGET,
  },
  {
    exchange: 'bitget',
    match: 'exact',
    key: 'order_no_exist_error',
    category: 'not-found',
    reason: 'the legacy API’s "订单不存在" (order does not exist), in Chinese',
    documented: 'ccxt 4.5.84 ts/src/bitget.ts handleErrors (the body it quotes)',
  },
  // ------------------------------------------------------------------------------------ Gate
  {
    exchange: 'gate',
    match: 'exact',
    key: 'REQUEST_EXPIRED',
    category: 'clock-skew',
    reason: 'the request timestamp is too far from server time: resync, the key is fine',
  },
  {
    exchange: 'gate',
    match: 'exact',
    key: 'TRADE_RESTRICTED',
    category: 'account-restricted',
    reason: '"Trading is restricted due to high debt ratio": a risk block, not a balance to top up',
  },
  // -------------------------------------------------------------------------------- Bitfinex
  {
    exchange: 'bitfinex',
    match: 'exact',
    key: 'ERR_RATE_LIMIT',
    category: 'rate-limit',
    reason: 'the IP is blocked for 10–60 s; ccxt raises a plain ExchangeError',
    documented: BITFINEX,
  },
  {
    exchange: 'bitfinex',
    match: 'broad',
    key: 'minimum size',
    category: 'filter',
    reason: 'under the generic 10001, which ccxt maps to PermissionDenied (an auth error)',
    documented: BITFINEX,
  },
  // ------------------------------------------------------------------------------------- HTX
  {
    exchange: 'htx',
    match: 'broad',
    key: 'Invalid submission time',
    category: 'clock-skew',
    reason: 'the Timestamp parameter is off, under api-signature-not-valid (AuthenticationError)',
    documented: 'https://huobiapi.github.io/docs/spot/v1/en/#error-code',
  },
  {
    exchange: 'htx',
    match: 'exact',
    key: 'order-orderstate-error',
    category: 'order-rejected',
    reason: '"Incorrect order state": cannot cancel now (filled or cancelling), not a missing order',
  },
  // ------------------------------------------------------------------------------------ MEXC
  {
    exchange: 'mexc',
    match: 'exact',
    key: '10072',
    category: 'auth',
    reason: '"Api key info invalid": fix the key; ccxt says BadRequest',
  },
  {
    exchange: 'mexc',
    match: 'exact',
    key: '700006',
    category: 'auth',
    reason: '"IP … not in the ip white list": the key’s settings; ccxt says BadRequest',
  },
  {
    exchange: 'mexc',
    match: 'exact',
    key: '-2011',
    category: 'not-found',
    reason: '"Unknown order sent.": no such order to cancel; ccxt says BadRequest',
  },
  {
    exchange: 'mexc',
    match: 'broad',
    key: 'api market order is disabled',
    category: 'unsupported',
    reason: 'market orders are not offered through the API for this symbol; ccxt says BadRequest',
  },
  // ----------------------------------------------------------------------------------- BingX
  {
    exchange: 'bingx',
    match: 'exact',
    key: '100421',
    category: 'unknown',
    reason:
      'sent both for "Null timestamp or timestamp mismatch" (sync the clock) and for a pair restricted from API trading; ccxt says BadSymbol: the words decide',
  },
  // --------------------------------------------------------------------------------- Deribit
  {
    exchange: 'deribit',
    match: 'exact',
    key: '10010',
    category: 'order-rejected',
    reason: '"already_closed": the order is filled or cancelled; "not found" would hide a fill',
  },
  {
    exchange: 'deribit',
    match: 'exact',
    key: '11044',
    category: 'order-rejected',
    reason: '"not_open_order": the order is no longer open (filled or cancelled); it breaks no rule',
  },
  {
    exchange: 'deribit',
    match: 'exact',
    key: '11054',
    category: 'order-rejected',
    reason: '"post_only_reject": the post-only order would take; the order breaks no rule',
  },
  {
    exchange: 'deribit',
    match: 'exact',
    key: '10019',
    category: 'account-restricted',
    reason: '"locked_by_admin": the account is locked, not the key',
  },
  {
    exchange: 'deribit',
    match: 'exact',
    key: '11098',
    category: 'account-restricted',
    reason: '"account_locked"; ccxt raises a plain ExchangeError',
    documented: DERIBIT,
  },
  {
    exchange: 'deribit',
    match: 'exact',
    key: '13888',
    category: 'unavailable',
    reason: '"timed_out": not processed before valid_until, a definite no; safe to resend',
    documented: DERIBIT,
  },
];
