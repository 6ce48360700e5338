import type { ErrorCategory, OrderField } from '../../src/core/types';

type Expectations = Partial<Record<ErrorCategory, readonly number[]>>;
/** Per code, the messages whose category differs from the code's own, by their catalog text. */
type MessageExpectations = Readonly<Record<number, Readonly<Record<string, ErrorCategory>>>>;

/**
 * The category every code of Binance's USDⓈ-M futures error-code document must resolve to,
 * decided one by one from `catalog/sources/binance-usdm-futures-error-codes.md`. Grouped by
 * category, in document order; a comment explains a decision the message alone does not make
 * obvious. The conventions are those of the OKX and Bybit tables (`okxCategories.ts`), and the
 * Spot table's where a code means the same thing on both (-1013, -1111, -1112, -1125).
 *
 * Futures reuse Spot's numbers with other meanings: -4014 is a price off the tick size (Spot: a
 * withdrawal delay), -4005 a quantity over the maximum (Spot: a rate limit), -4003 a quantity below
 * zero; the futures meaning is what this table holds.
 */
export const binanceUsdmCategories: Expectations = {
  // "An unknown error occured while processing the request": nothing more is known.
  unknown: [
    -1000,
    // -1010 ERROR_MSG_RECEIVED: its only text is its name; Spot sends rejections under it, the
    // futures document none.
    -1010,
    // -2012 "Batch cancel failure." and -4083 "Fail to place batch orders.": a definite no with no
    // reason (not `unavailable`, which an order request would turn into execution-unknown).
    -2012, -4083,
  ],
  unavailable: [
    -1001,
    // -1008 "Server is currently overloaded" / "Request throttled by system-level protection":
    // the server's load, not the caller's rate (reduce-only orders are exempt).
    -1008,
    // -4078 "options internal error".
    -4078,
  ],
  auth: [
    -1002,
    // -1011 "This IP cannot access this route.": the IP whitelist.
    -1011, -1022,
    // -1099 "Not found, unauthenticated, or unauthorized." (as Spot).
    -1099, -2014, -2015, -4056, -4057,
  ],
  'rate-limit': [-1003, -1015],
  'execution-unknown': [-1006, -1007],
  'clock-skew': [
    -1021,
    // -5028: the matching engine's own recvWindow, against the request's timestamp.
    -5028,
  ],
  unsupported: [
    -1014, -1016, -1020, -1126, -2016, -2026, -4049, -4053, -4084, -4139,
    // -4168: no isolated margin under the Multi-Assets mode: the account mode cannot have it.
    -4168, -5025, -5038,
  ],
  'invalid-request': [
    -1023, -1100, -1101, -1102, -1103, -1104, -1105, -1106, -1108, -1109, -1110, -1113, -1114, -1115, -1116,
    -1117, -1118, -1119, -1120, -1121, -1122, -1127, -1128, -1130, -1136,
    // -4008 … -4012, -4017, -4018, -4025, -4029, -4030, -4058: a symbol's own configuration (tick
    // size, multipliers, precisions) sent with values the server refuses; a request to fix.
    -4008, -4009, -4010, -4011, -4012, -4015, -4017, -4018, -4019,
    // -4020: an order type and reduceOnly flag that do not go together.
    -4020, -4021, -4022, -4025, -4026, -4027, -4029, -4030, -4031,
    // -4032: too many orders named in one cancel request: the request's shape, not a trading rule.
    -4032, -4044, -4055, -4058, -4060, -4062, -4063, -4064, -4065, -4066, -4069, -4070, -4071, -4073, -4079,
    -4082, -4085, -4086, -4104, -4114, -4137, -4138, -4144, -4165, -5037, -5039, -5040,
  ],
  // -1013 INVALID_MESSAGE: as on Spot, the code that carries rule failures worded as Spot words
  // them ("Invalid quantity."); the document gives it only its name.
  filter: [
    -1013, -1111,
    // -2025 open orders, -4045 stop orders, -5026 modifications of one order: counts, no field
    // (as Spot's MAX_NUM_ORDERS).
    -2025,
    // -2027: the position the order would open exceeds the maximum at the current leverage.
    -2027, -4001, -4002, -4003, -4004, -4005, -4006, -4007, -4013, -4014, -4016, -4023, -4024,
    // -4028: a leverage value the symbol does not allow.
    -4028, -4045,
    // -4074 "Order amount is bigger than upper boundary or less than 0".
    -4074,
    // -4077 "place order amount has reached to limit": a cap on the total, no field.
    -4077,
    // -4131: the book's best price breaks PERCENT_PRICE for a market order: no price was typed.
    -4131,
    // -4135: a trailing stop's activation price against the market.
    -4135, -4164, -4183, -4184,
    // -4206 "can only access a maximum leverage of %s", -4208, -4209, -4403 "the leverage can only
    // up to %sx in your region": each names the highest leverage the user may pick, so the
    // leverage field is what to change (the KYC and waiting bars, -4202 … -4205, are not).
    -4206, -4208, -4209, -4210, -4211, -4403, -5026, -5029,
  ],
  'insufficient-funds': [
    -2018, -2019,
    // -2028 "Leverage is smaller than permitted: insufficient margin balance."
    -2028, -4050, -4051, -4169, -4172,
  ],
  'account-restricted': [
    // -2017 "API Keys are locked on this account.": the account's keys, held back by the exchange.
    -2017, -2023, -4087, -4088,
    // -4109 "Inactive account": a transfer into the futures wallet reactivates it.
    -4109, -4192,
    // -4202 KYC, -4203 / -4205 account age: bars the user cannot lift by changing the request.
    -4202, -4203, -4205, -4400, -4401, -4402,
  ],
  'not-found': [
    -1005,
    // -1125: the listenKey expired or never existed (as Spot).
    -1125,
    // -2011 CANCEL_REJECTED: the document's case is "open order not found in the orderbook:
    // Unknown order sent".
    -2011, -2013, -4033, -4080, -4081,
  ],
  'order-rejected': [
    // -1004 "This IP is already on the white list": a duplicate.
    -1004,
    // -1112 "No orders on book for symbol." (as Spot).
    -1112, -2010, -2020, -2021, -2022,
    // -2024 "Position is not sufficient.": a reduce-only or close order larger than the position;
    // the position, not the balance.
    -2024,
    // -4000 "Invalid order status.": the order's state does not allow the request.
    -4000,
    // -4046, -4052, -4059, -4171 "No need to change …", -5027 "No need to modify the order.":
    // "not modified" answers, the setting already has that value (as OKX and Bybit).
    -4046, -4047, -4048, -4052, -4054, -4059,
    // -4061: the order's positionSide against the account's position mode (hedge or one-way), as
    // the vocabulary reads "position side" and Bybit's "position idx not match position mode".
    -4061, -4067, -4068, -4072, -4075, -4076, -4115, -4116,
    // -4117 "stop order is triggering": cannot be changed now.
    -4117,
    // -4118: reduce-only against the existing position and open orders.
    -4118,
    // -4140 / -4141: the symbol's state (like Spot's "Market is closed.").
    -4140, -4141,
    // -4142 "REJECT: take profit or stop order will be triggered immediately".
    -4142,
    // -4161: leverage cannot be reduced while isolated positions are open.
    -4161,
    // -4167 / -4170: change those symbols or cancel those orders first.
    -4167, -4170, -4171, -5021, -5022, -5024, -5027, -5041, -5043,
  ],
};

/**
 * USD-M codes that document messages of different meanings. The code's own category (above) is
 * the reading of an unrecognised text; these texts read otherwise.
 */
export const binanceUsdmMessageCategories: MessageExpectations = {
  [-1003]: {
    'Way too many requests; IP banned until %s. Please use the websocket for live updates to avoid bans.':
      'ip-banned',
  },
  // A duplicate id is a conflict, not a malformed one.
  [-4079]: { 'duplicate options id %s for user %s': 'order-rejected' },
};

/**
 * The order field a form marks for each USD-M `filter` code; `undefined` where no single field is
 * meant (counts of orders and modifications, the position at the current leverage, a market
 * order's PERCENT_PRICE, precision of whichever value). Trigger and activation prices are
 * `stopPrice`; options "order amount" is `quantity`.
 */
export const binanceUsdmFields: Readonly<Record<number, OrderField | undefined>> = {
  [-1013]: undefined,
  [-1111]: undefined,
  [-2025]: undefined,
  [-2027]: undefined,
  [-4001]: 'price',
  [-4002]: 'price',
  [-4003]: 'quantity',
  [-4004]: 'quantity',
  [-4005]: 'quantity',
  [-4006]: 'stopPrice',
  [-4007]: 'stopPrice',
  [-4013]: 'price',
  [-4014]: 'price',
  [-4016]: 'price',
  [-4023]: 'quantity',
  [-4024]: 'price',
  [-4028]: 'leverage',
  [-4045]: undefined,
  [-4074]: 'quantity',
  [-4077]: undefined,
  [-4131]: undefined,
  [-4135]: 'stopPrice',
  [-4164]: 'notional',
  [-4183]: 'price',
  [-4184]: 'price',
  [-4206]: 'leverage',
  [-4208]: 'leverage',
  [-4209]: 'leverage',
  [-4210]: 'stopPrice',
  [-4211]: 'stopPrice',
  [-4403]: 'leverage',
  [-5026]: undefined,
  [-5029]: 'notional',
};
