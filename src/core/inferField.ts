import type { ErrorCategory, OrderField } from './types';

// Words in a rule message, first match wins: "notional" before "price" ("min notional (price *
// quantity)"), TP/SL and trigger prices before the order price.
const WORDS: readonly (readonly [OrderField, RegExp])[] = [
  ['leverage', /leverage/i],
  ['notional', /notional|price \* qty/i],
  ['icebergQty', /iceberg/i],
  ['trailingDelta', /trailing/i],
  ['quoteOrderQty', /quote ?order ?qty/i],
  ['stopPrice', /tp\/?sl|trigger|stop ?price/i],
  ['price', /price/i],
  ['quantity', /quantity|qty|lot.?size|\bsize\b/i],
  ['amount', /amount/i],
];
// Request parameters named in a message that are order-form fields (Binance and LTP spellings).
const PARAMS: Readonly<Record<string, OrderField>> = {
  quantity: 'quantity',
  qty: 'quantity',
  orderqty: 'quantity',
  origqty: 'quantity',
  price: 'price',
  limitprice: 'price',
  stopprice: 'stopPrice',
  icebergqty: 'icebergQty',
  trailingdelta: 'trailingDelta',
  quoteorderqty: 'quoteOrderQty',
  leverage: 'leverage',
  amount: 'amount',
  notional: 'notional',
};
// ``parameter 'price'``, ``Mandatory parameter `quantity` …``, `Invalid orderQty`, `Price is invalid`.
const NAMED = /param(?:eter)?\s*[`'"]?(\w+)|^invalid\s+(\w+)\.?$|^(\w+) is invalid/i;

/**
 * The order-form field a message is about: for a trading-rule failure, the quantity the rule
 * names; for an invalid request, the parameter it names when that is an order field (`symbol`
 * or `ip` is not). `undefined` when no single field can be marked.
 *
 * @example
 * ```ts
 * inferField('filter', "Order's notional must be no smaller than 5.0"); // 'notional'
 * inferField('invalid-request', "Illegal characters found in parameter 'quantity'"); // 'quantity'
 * ```
 */
export function inferField(category: ErrorCategory, message: string): OrderField | undefined {
  if (category === 'filter') return WORDS.find(([, pattern]) => pattern.test(message))?.[0];
  if (category !== 'invalid-request') return undefined;
  const named = NAMED.exec(message);
  const param = (named?.[1] ?? named?.[2] ?? named?.[3])?.toLowerCase();
  return param && Object.hasOwn(PARAMS, param) ? PARAMS[param] : undefined;
}
