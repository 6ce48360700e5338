import type { RuleCopy } from '../../core/rules/RuleCopy';

const suggestion = '[: use {suggestion}]';
const total = '[ {quote}][: set the {suggestedField} to {suggestion}]';

/**
 * English words for order-rule violations: a title and a description template per broken rule.
 * Another language supplies an object of the same shape to `validateOrder`'s `copy` option.
 *
 * @example
 * ```ts
 * validateOrder(order, rules, context, { copy: ruleCopy }); // the default
 * ruleCopy.reasons['LOT_SIZE.minQty'].description; // 'Quantity must be at least {minQty}[: use {suggestion}].'
 * ```
 */
export const ruleCopy: RuleCopy = {
  or: 'or',
  fields: {
    price: 'Price',
    stopPrice: 'Stop price',
    quantity: 'Quantity',
    quoteOrderQty: 'Order total',
    icebergQty: 'Iceberg quantity',
    trailingDelta: 'Trailing delta',
    notional: 'Order total',
    side: 'Side',
    type: 'Order type',
  },
  reasons: {
    'PRICE_FILTER.minPrice': {
      title: '{label} too low',
      description: `{label} must be at least {minPrice}${suggestion}.`,
    },
    'PRICE_FILTER.maxPrice': {
      title: '{label} too high',
      description: `{label} must be at most {maxPrice}${suggestion}.`,
    },
    'PRICE_FILTER.tickSize': {
      title: 'Invalid {field} increment',
      description: `{label} must be a multiple of {tickSize}${suggestion}.`,
    },
    'PRICE_FILTER.significantDigits': {
      title: 'Too many digits in {field}',
      description: `{label} can have at most {significantDigits} significant digits${suggestion}.`,
    },
    'PERCENT_PRICE.multiplierUp': {
      title: 'Price too far above the market',
      description: `Price must be at most {highestPrice} ({multiplierUp} × the average price {averagePrice})${suggestion}.`,
    },
    'PERCENT_PRICE.multiplierDown': {
      title: 'Price too far below the market',
      description: `Price must be at least {lowestPrice} ({multiplierDown} × the average price {averagePrice})${suggestion}.`,
    },
    'PERCENT_PRICE_BY_SIDE.multiplierUp': {
      title: 'Price too far above the market',
      description: `A {side} price must be at most {highestPrice} ({multiplier} × the average price {averagePrice})${suggestion}.`,
    },
    'PERCENT_PRICE_BY_SIDE.multiplierDown': {
      title: 'Price too far below the market',
      description: `A {side} price must be at least {lowestPrice} ({multiplier} × the average price {averagePrice})${suggestion}.`,
    },
    'LOT_SIZE.minQty': {
      title: '{label} too small',
      description: `{label} must be at least {minQty}${suggestion}.`,
    },
    'LOT_SIZE.maxQty': {
      title: '{label} too large',
      description: `{label} must be at most {maxQty}${suggestion}.`,
    },
    'LOT_SIZE.stepSize': {
      title: 'Invalid {field} increment',
      description: `{label} must be a multiple of {stepSize}${suggestion}.`,
    },
    'LOT_SIZE.significantDigits': {
      title: 'Too many digits in {field}',
      description: `{label} can have at most {significantDigits} significant digits${suggestion}.`,
    },
    'MARKET_LOT_SIZE.minQty': {
      title: 'Market order too small',
      description: `A market order's quantity must be at least {minQty}${suggestion}.`,
    },
    'MARKET_LOT_SIZE.maxQty': {
      title: 'Market order too large',
      description: `A market order's quantity must be at most {maxQty}${suggestion}.`,
    },
    'MARKET_LOT_SIZE.stepSize': {
      title: 'Invalid quantity increment',
      description: `A market order's quantity must be a multiple of {stepSize}${suggestion}.`,
    },
    'MARKET_LOT_SIZE.significantDigits': {
      title: 'Too many digits in quantity',
      description: `A market order's quantity can have at most {significantDigits} significant digits${suggestion}.`,
    },
    'MIN_NOTIONAL.minNotional': {
      title: 'Order total too small',
      description: `Order total must be at least {minNotional}${total}.`,
    },
    'NOTIONAL.minNotional': {
      title: 'Order total too small',
      description: `Order total must be at least {minNotional}${total}.`,
    },
    'NOTIONAL.maxNotional': {
      title: 'Order total too large',
      description: `Order total must be at most {maxNotional}${total}.`,
    },
    'ICEBERG_PARTS.limit': {
      title: 'Too many iceberg parts',
      description:
        'An iceberg order can have at most {limit} parts; this one has {parts}[: set the iceberg quantity to {suggestion}].',
    },
    'MAX_NUM_ORDERS.maxNumOrders': {
      title: 'Too many open orders',
      description: 'At most {maxNumOrders} orders can be open on this symbol. Cancel one to place another.',
    },
    'MAX_NUM_ALGO_ORDERS.maxNumAlgoOrders': {
      title: 'Too many open stop orders',
      description:
        'At most {maxNumAlgoOrders} stop-loss and take-profit orders can be open on this symbol. Cancel one to place another.',
    },
    'MAX_NUM_ICEBERG_ORDERS.maxNumIcebergOrders': {
      title: 'Too many open iceberg orders',
      description: 'At most {maxNumIcebergOrders} iceberg orders can be open on this symbol.',
    },
    'MAX_POSITION.maxPosition': {
      title: 'Position limit reached',
      description:
        'Your position may be at most {maxPosition}[ {base}] and is {position} with open buy orders[: set the quantity to {suggestion}].',
    },
    'TRAILING_DELTA.above': {
      title: 'Trailing delta out of range',
      description: `Trailing delta must be between {minTrailingDelta} and {maxTrailingDelta} BIPS${suggestion}.`,
    },
    'TRAILING_DELTA.below': {
      title: 'Trailing delta out of range',
      description: `Trailing delta must be between {minTrailingDelta} and {maxTrailingDelta} BIPS${suggestion}.`,
    },
    'field.missing': { title: '{label} missing', description: '{label} is required for a {type} order.' },
    'field.notAString': {
      title: 'Invalid {field}',
      description: '{label} must be passed as text, such as "0.1", so that no digit is lost.',
    },
    'field.exponent': {
      title: 'Invalid {field}',
      description: '{label} must be a plain number such as 0.00000001, without an exponent.',
    },
    'field.notANumber': { title: 'Invalid {field}', description: '{label} must be a number, such as 0.1.' },
    'field.negative': { title: 'Invalid {field}', description: '{label} cannot be negative.' },
    'field.tooManyDigits': { title: 'Invalid {field}', description: '{label} has too many digits.' },
    'field.notAnInteger': { title: 'Invalid {field}', description: '{label} must be a whole number.' },
    'field.notPositive': { title: 'Invalid {field}', description: '{label} must be greater than zero.' },
    'field.conflict': {
      title: 'Quantity or order total',
      description: 'A market order takes either a quantity or an order total, not both.',
    },
    'order.side': { title: 'Invalid side', description: 'The side must be BUY or SELL.' },
    'order.type': { title: 'Invalid order type', description: '"{value}" is not an order type.' },
    'order.typeNotAllowed': {
      title: 'Order type not available',
      description: '{type} orders are not available on this symbol.',
    },
    'order.quoteOrderQtyNotAllowed': {
      title: 'Order total not available',
      description: 'Market orders on this symbol must be sized by quantity, not by order total.',
    },
    'order.icebergNotAllowed': {
      title: 'Iceberg orders not available',
      description: 'Iceberg orders are not available on this symbol.',
    },
    'order.trailingStopNotAllowed': {
      title: 'Trailing stops not available',
      description: 'Trailing stop orders are not available on this symbol.',
    },
  },
};
