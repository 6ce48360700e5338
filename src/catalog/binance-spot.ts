import type { Classification, ErrorCategory, ExchangeCatalog, OrderField } from '../core/types';
import { type BinanceSpotErrors, binanceSpotData } from './binance-spot.data';

// Codes whose message alone reads wrongly, or that mean one thing whatever the message says.
// Every other documented code is classified from its message by the core's patterns (11xx by the
// range rule in `classify`); `test/core/expectedCategories.ts` holds the expected category of every
// entry, and `binanceSpotCatalog.test.ts` checks them all.
const CODES: Partial<Record<ErrorCategory, readonly number[]>> = {
  unknown: [-1000],
  // "Execution status unknown" even when a proxy rewords it.
  'execution-unknown': [-1006, -1007],
  'clock-skew': [-1021],
  // -1013 INVALID_MESSAGE carries the filter failures and "Invalid quantity." (its documented text
  // is only a description, so the code has to say it).
  filter: [-1013, -1111],
  'order-rejected': [-1112, -2021, -2022, -4030, -6019],
  // -1220: a single symbol asked for with a `symbolStatus` it is not in; -2039: no order has this
  // orderId and origClientOrderId together (the changelog's words).
  'not-found': [-1125, -1220, -2039, -20124],
  // -1155 "SBE is not enabled." and -1158 "Order type not supported in OCO." say so themselves;
  // the 11xx rule below would call them invalid requests.
  unsupported: [-1155, -1158, -2016, -4042, -21001],
  unavailable: [-3045, -10041],
  'account-restricted': [-4014, -4036, -21007],
  // FIX logons: the SenderCompId is held by another session (-1033, not an account ban), the
  // session is logged out (-1035, not a server failure: an order sent on it was refused).
  auth: [-1033, -1035],
  // Connections per account or IP (-1034) and FIX messages per interval (-1181), not order limits.
  'rate-limit': [-1034, -1181],
  // OPO legs (-1223, -1225) read as "pending"; the user data stream's subscription bookkeeping
  // (-2035, -2036, -2042) is the app's to fix, like FIX's subscription ids (-1190, -1191).
  'invalid-request': [-1223, -1225, -2035, -2036, -2042, -6006, -7001],
};
const byCode = new Map<number, ErrorCategory>();
for (const [category, codes] of Object.entries(CODES))
  for (const code of codes) byCode.set(code, category as ErrorCategory);

/**
 * The form field a filter checks. Counts (MAX_NUM_ORDERS, MAX_NUM_ORDER_AMENDS, EXCHANGE_MAX_NUM_…)
 * have none, and neither has an unknown filter such as MAX_ASSET, which limits the quantity or the
 * notional depending on the asset.
 */
function filterField(filter: string): OrderField | undefined {
  if (/NUM_/.test(filter)) return undefined;
  if (/NOTIONAL/.test(filter)) return 'notional';
  if (/PRICE/.test(filter)) return 'price';
  if (/ICEBERG/.test(filter)) return 'icebergQty';
  if (/TRAILING/.test(filter)) return 'trailingDelta';
  return /LOT_SIZE|POSITION/.test(filter) ? 'quantity' : undefined;
}

function classify(code: number | null, message: string): Classification | undefined {
  // "Filter failure: X" is a filter failure whatever code carries it.
  const failure = /filter failure:\s*(\w+)/i.exec(message);
  if (failure) {
    const filter = failure[1]!.toUpperCase();
    return { category: 'filter', filter, field: filterField(filter) };
  }
  // OCO prices that break "Limit Price > Last Price > Stop Price".
  if (/relationship of the prices/i.test(message)) return { category: 'filter', field: 'price' };
  if (code === null) return undefined;
  // 11xx is "Request issues" in the document: a request the server would not take as sent.
  const category = byCode.get(code) ?? (code <= -1100 && code > -1200 ? 'invalid-request' : undefined);
  return category && { category };
}

/**
 * The Binance Spot error catalog: every code of Binance's error-code document, its filter
 * failures and matching-engine rejections, with the rules that classify them. Pass it to the
 * resolver; the core stays small for apps that use other exchanges.
 *
 * @example
 * ```ts
 * import { resolveExchangeError } from 'exchange-error-kit';
 * import { binanceSpot } from 'exchange-error-kit/catalogs/binance-spot';
 *
 * resolveExchangeError('{"code":-1121,"msg":"Invalid symbol."}', { catalogs: [binanceSpot] })?.name; // 'BAD_SYMBOL'
 * ```
 */
export const binanceSpot: ExchangeCatalog<BinanceSpotErrors, 'binance-spot'> = {
  ...binanceSpotData,
  rules: {
    classify,
    copy: {
      [-1015]: {
        title: 'Too many new orders',
        description: 'Too many new orders[: the limit is {limit} per {interval}]. Wait before placing more.',
      },
      [-1022]: {
        title: 'Invalid signature',
        description:
          "The request's signature was not valid. Check the API secret and how requests are signed.",
      },
      [-2015]: {
        title: 'API key rejected',
        description:
          "The API key, this IP address or the key's permissions don't allow this. Check them in API management.",
      },
      [-1111]: {
        title: 'Too many decimals',
        description:
          'The price or quantity has more decimals than this symbol allows. Round it and try again.',
      },
      [-1121]: {
        title: 'Invalid symbol',
        description: "The exchange doesn't list this trading pair. Check the symbol.",
      },
      [-2013]: {
        title: 'Order not found',
        description: 'The order does not exist. It may have been filled or cancelled; refresh your orders.',
      },
    },
  },
};
