import type { ErrorCategory } from '../../src/core/types';

/**
 * The category every documented code must resolve to, decided one by one from the documents.
 * Grouped by category so a reviewer reads the decisions, not a wall of codes.
 */
type Expectations = Partial<Record<ErrorCategory, readonly number[]>>;

export const binanceSpotCategories: Expectations = {
  // "An unknown error occurred while processing the request": nothing more is known.
  unknown: [-1000],
  unavailable: [
    -1001, -1004, -1008, -3000, -3029, -3037, -3044, -3045, -4027, -4037, -4045, -5010, -6013, -10001, -10015,
    -10016, -10023, -10025, -10032, -10041, -21003,
  ],
  // -1033: a FIX logon whose SenderCompId another session holds ("not allowed" is no account ban);
  // -1035: the FIX session is logged out; a new logon is needed, and an order sent on it was refused
  // (not `unavailable`, which an order request would turn into execution-unknown).
  auth: [-1002, -1022, -1099, -2014, -2015, -4004, -1033, -1035],
  // -1034: connections per account or IP; -1181: FIX messages per interval. Both pass with time,
  // unlike the subscription caps below.
  'rate-limit': [
    -1003, -1015, -4005, -4038, -4041, -4043, -5006, -6009, -12014, -18002, -18003, -18004, -18005, -1034,
    -1181,
  ],
  'execution-unknown': [-1006, -1007],
  'clock-skew': [-1021],
  // -1155 "SBE is not enabled.", -1158 "Order type not supported in OCO." (as -1014): what the
  // exchange does not offer, not a request to rewrite.
  unsupported: [
    -1014, -1016, -1020, -2016, -3042, -4006, -4019, -4042, -7002, -10007, -10008, -10009, -10010, -10024,
    -10034, -10042, -10043, -10045, -18007, -21001, -21002, -1155, -1158,
  ],
  'invalid-request': [
    -1100, -1101, -1102, -1103, -1104, -1105, -1106, -1114, -1115, -1116, -1117, -1118, -1119, -1120, -1121,
    -1127, -1128, -1130, -1131, -1134, -1145, -1151, -3011, -3025, -3026, -3027, -3028, -4001, -4002, -4003,
    -4007, -4008, -4032, -4033, -4047, -6015, -6016, -7001, -20121, -20130, -20194, -10002, -10026, -10028,
    -6006, -10012, -10018, -10022,
    // Parameters, JSON and SBE headers the client must change; -1153 and -1161 ask for a schema
    // version the server supports, which the client sets.
    -1108, -1122, -1135, -1139, -1152, -1153, -1161, -1194, -1210, -1211, -1221,
    // OCO and OPO legs: which leg may have which type and side (-1165 "A limit order in a buy OCO
    // must be below." is about `belowType`, not a price), and time in force with icebergQty.
    -1160, -1165, -1166, -1168, -1196, -1197, -1198, -1199, -1222, -1223, -1224, -1225,
    // FIX messages, tags and sequence numbers; session kinds sent to the wrong server (DropCopy,
    // order entry, market data) are the client's setup to fix.
    -1169, -1170, -1171, -1172, -1173, -1174, -1175, -1176, -1177, -1178, -1179, -1180, -1182, -1183, -1184,
    -1185, -1186, -1187, -1188, -1189,
    // Subscription bookkeeping of a connection: FIX market data ids and caps (-1190, -1191), the user
    // data stream already or not subscribed (-2035, -2036), a connection that used up its 65,535
    // subscription ids and must be replaced (-2042: no order rule, and waiting does not help).
    -1190, -1191, -2035, -2036, -2042,
  ],
  // -1013 INVALID_MESSAGE: the code of the filter failures ("Filter failure: LOT_SIZE", "Invalid
  // quantity."); the document gives it no message of its own.
  filter: [
    -1013, -1111, -3013, -3015, -3016, -3020, -3024, -4021, -4022, -4023, -4028, -5004, -5005, -5007, -6005,
    -6011, -6014, -20195, -20196, -20198, -20204, -10017, -10029, -10030, -10031, -10039, -10040, -10044,
    -10046, -13001, -13002, -13004, -13005, -13006, -18006, -3006,
  ],
  // -5012 TRANSFER_PENDING; its twin FUTURE_ACCT_OR_SUBRELATION_NOT_EXIST is in `binanceSpotByName`.
  'order-rejected': [
    -1112, -2010, -2011, -3007, -4030, -4031, -5012, -6004, -6007, -6008, -6019, -20132, -21006, -2021, -2022,
  ],
  // -1220: one symbol asked for with a `symbolStatus` it is not in (for several, non-matching ones
  // are left out); -2039: no order has this orderId and origClientOrderId together; -2043: the
  // symbol never had a reference price.
  'not-found': [
    -1125, -2013, -2026, -3002, -3003, -3038, -4018, -4029, -4039, -4040, -5009, -5011, -5021, -6001, -6003,
    -6020, -20124, -10005, -10019, -10020, -10021, -21004, -1220, -2039, -2043,
  ],
  'account-restricted': [
    -3001, -3004, -3005, -3008, -3009, -3010, -3012, -3014, -3017, -3018, -3019, -3021, -3022, -3036, -3043,
    -3999, -4012, -4013, -4014, -4015, -4016, -4017, -4034, -4035, -4036, -4044, -4046, -6017, -10047, -13000,
    -13003, -13007, -21007, -4010, -4011, -5001,
  ],
  'insufficient-funds': [
    -3023, -3041, -4024, -4025, -4026, -4060, -5002, -5003, -5008, -6012, -6018, -10011, -10013, -21005,
  ],
};

/** The document lists -5012 twice with different meanings; these are told apart by name. */
export const binanceSpotByName: Readonly<Record<string, ErrorCategory>> = {
  FUTURE_ACCT_OR_SUBRELATION_NOT_EXIST: 'not-found',
};

/** Binance "Filter failure: X": every one is `filter`; the field is what a form marks. */
export const binanceFilterFields: Readonly<Record<string, string | undefined>> = {
  PRICE_FILTER: 'price',
  PERCENT_PRICE: 'price',
  PERCENT_PRICE_BY_SIDE: 'price',
  LOT_SIZE: 'quantity',
  MARKET_LOT_SIZE: 'quantity',
  MIN_NOTIONAL: 'notional',
  ICEBERG_PARTS: 'icebergQty',
  TRAILING_DELTA: 'trailingDelta',
  MAX_POSITION: 'quantity',
  // Account-wide limits: no single field to fix.
  MAX_NUM_ORDERS: undefined,
  MAX_NUM_ALGO_ORDERS: undefined,
  MAX_NUM_ICEBERG_ORDERS: undefined,
  EXCHANGE_MAX_NUM_ORDERS: undefined,
  EXCHANGE_MAX_NUM_ALGO_ORDERS: undefined,
  // price * quantity outside [minNotional, maxNotional].
  NOTIONAL: 'notional',
  // Counts: amendments of one order, open order lists, icebergs and order lists on the exchange.
  MAX_NUM_ORDER_AMENDS: undefined,
  MAX_NUM_ORDER_LISTS: undefined,
  EXCHANGE_MAX_NUM_ICEBERG_ORDERS: undefined,
  EXCHANGE_MAX_NUM_ORDER_LISTS: undefined,
};

/** Binance matching-engine messages (they arrive under -1010, -2010, -2011 or -2038). */
export const binanceRejectionCategories: Readonly<Record<string, ErrorCategory>> = {
  'Unknown order sent.': 'not-found',
  'Duplicate order sent.': 'order-rejected',
  'Market is closed.': 'order-rejected',
  'Account has insufficient balance for requested action.': 'insufficient-funds',
  'Market orders are not supported for this symbol.': 'unsupported',
  'Iceberg orders are not supported for this symbol.': 'unsupported',
  'Stop loss orders are not supported for this symbol.': 'unsupported',
  'Stop loss limit orders are not supported for this symbol.': 'unsupported',
  'Take profit orders are not supported for this symbol.': 'unsupported',
  'Take profit limit orders are not supported for this symbol.': 'unsupported',
  'Price * QTY is zero or less.': 'filter',
  'IcebergQty exceeds QTY.': 'filter',
  'This action is disabled on this account.': 'account-restricted',
  'This account may not place or cancel orders.': 'account-restricted',
  'Unsupported order combination': 'unsupported',
  'Order would trigger immediately.': 'order-rejected',
  'Cancel order is invalid. Check origClientOrderId and orderId.': 'invalid-request',
  'Order would immediately match and take.': 'order-rejected',
  'The relationship of the prices for the orders is not correct.': 'filter',
  'OCO orders are not supported for this symbol': 'unsupported',
  'Quote order qty market orders are not support for this symbol.': 'unsupported',
  'Trailing stop orders are not supported for this symbol.': 'unsupported',
  'Order cancel-replace is not supported for this symbol.': 'unsupported',
  'This symbol is not permitted for this account.': 'account-restricted',
  'This symbol is restricted for this account.': 'account-restricted',
  'Order was not canceled due to cancel restrictions.': 'order-rejected',
  'Order amend is not supported for this symbol.': 'unsupported',
  // The FIX spelling of the cancel without an id.
  'Cancel order is invalid. Check origClOrdId and orderId.': 'invalid-request',
  // The server (REST, WebSocket or FIX) is not configured for TRADE endpoints: a server setting,
  // not the account's.
  'Rest API trading is not enabled.': 'unsupported',
  'WebSocket API trading is not enabled.': 'unsupported',
  'FIX API trading is not enabled.': 'unsupported',
  'Order amend (quantity increase) is not supported.': 'unsupported',
  'Pegged orders are not supported for this symbol.': 'unsupported',
  'This price peg cannot be used with this order type.': 'unsupported',
  'OPO orders are not supported for this symbol.': 'unsupported',
  // Seven whose words read as something else, set by message rules in the profile's `classify`:
  // - a quote-quantity market order meeting a book too thin to fill (as -1112 NO_DEPTH); no number
  //   the user typed is wrong: order-rejected, not filter.
  'Order book liquidity is less than `LOT_SIZE` filter minimum quantity.': 'order-rejected',
  'Order book liquidity is less than `MARKET_LOT_SIZE` filter minimum quantity.': 'order-rejected',
  'Order book liquidity is less than symbol minimum quantity.': 'order-rejected',
  'Order book liquidity is too low for this pegged order.': 'order-rejected',
  // - an amend that changes nothing (newQty equal to the quantity): the exchange said no.
  'The requested action would change no state; rejecting.': 'order-rejected',
  // - pegPriceType with an order type that cannot be pegged ("may not" would read as an account
  //   restriction).
  'This order type may not use pegged price.': 'unsupported',
  // - amending the pending leg of an OPO ("pending" would read as a state conflict).
  'Order amend (pending OPO order) is not supported.': 'unsupported',
};

export const ltpCategories: Expectations = {
  'invalid-request': [
    400000, 400002, 400003, 400004, 400005, 400006, 400007, 400008, 400009, 501, 401000, 401001, 401002,
    401003, 401004, 401005, 401006, 401007, 401008, 401012, 401020, 401021, 401022, 401023, 401024, 401030,
    401033, 401039, 401040, 401041, 401049, 401050, 401051, 401069, 401073, 401074, 401082, 401087, 401088,
    401091, 401096, 401101, 401102, 401106, 401107, 401108, 401113, 401200, 401201, 401202, 401206, 401207,
    401208, 401211, 401212, 401213, 401214, 401215, 401216, 401217, 401218, 401219, 401220, 401225, 401226,
    401227, 401228, 401233, 401234, 401235, 401236, 401237, 401240, 401241, 401242, 401246, 401247, 402000,
    402004, 402005, 402008, 403000, 403001, 403002, 403003, 403004, 403005, 403008, 403009, 403014, 403015,
    403016, 406001, 406002, 406003, 406004, 406005, 406006, 406007, 406008, 406009, 601001, 601002, 601003,
    601004, 601005, 601006, 601008, 601014, 601015,
  ],
  'rate-limit': [400001, 100429, 401105, 601010],
  unavailable: [400010, 400011, 400012, 500, 401110, 401115, 401230, 406013],
  // "Request timeout": an order may or may not have been placed.
  'execution-unknown': [400013],
  auth: [2000, 2001, 2002, 4000, 100018, 100041, 405001, 601007, 601009, 601017, 601018],
  // The portfolio API's nonce is a timestamp.
  'clock-skew': [7000, 601016],
  'not-found': [
    100001, 401010, 401018, 401031, 401032, 401035, 401064, 401066, 401109, 401203, 401221, 402003, 402006,
    403006, 403007,
  ],
  'account-restricted': [100002, 100003, 401045, 401053, 401061, 401118],
  'insufficient-funds': [
    401036, 401046, 401055, 401056, 401057, 401058, 401062, 401063, 401076, 401078, 403013,
  ],
  filter: [
    401013, 401014, 401015, 401016, 401017, 401025, 401026, 401027, 401028, 401029, 401034, 401044, 401054,
    401060, 401070, 401071, 401075, 401077, 401079, 401080, 401085, 401086, 401098, 401100, 401104, 401112,
    401114, 401122, 401204, 401224, 401239, 401244, 402007, 403011, 403012,
  ],
  'order-rejected': [
    401009, 401019, 401037, 401038, 401043, 401047, 401048, 401052, 401059, 401068, 401072, 401081, 401084,
    401089, 401090, 401092, 401093, 401094, 401097, 401111, 401116, 401117, 401119, 401120, 401121, 401209,
    401222, 401223, 401229, 401238, 401245, 402001,
  ],
  unsupported: [
    401011, 401042, 401067, 401083, 401095, 401103, 401205, 401231, 401232, 401243, 403010, 406000, 406010,
    406011, 406012, 601011,
  ],
  // "Unknown error": documented, but says nothing.
  unknown: [401444],
};

/** LTP codes a form shows inline, and the field; codes listed with `undefined` must have none. */
export const ltpFields: Readonly<Record<number, string | undefined>> = {
  401005: 'quantity',
  401006: 'price',
  401012: 'price',
  401013: 'quantity',
  401014: 'quantity',
  401015: 'price',
  401016: 'price',
  401017: 'notional',
  401021: 'quoteOrderQty',
  401024: 'quoteOrderQty',
  401025: 'quantity',
  401026: 'notional',
  401027: 'quantity',
  401028: 'notional',
  401029: 'quantity',
  401033: 'leverage',
  401034: 'leverage',
  401060: 'leverage',
  401070: 'notional',
  401071: 'quantity',
  401075: 'price',
  401077: 'quantity',
  401079: 'notional',
  401080: 'leverage',
  401098: 'stopPrice',
  401100: 'stopPrice',
  401112: 'leverage',
  401114: 'notional',
  401122: 'price',
  401224: 'quantity',
  401239: 'leverage',
  401244: 'quantity',
  403005: 'amount',
  403011: 'amount',
  403012: 'amount',
  // Account-wide limits and requests naming no order field.
  401044: undefined,
  401054: undefined,
  401204: undefined,
  402007: undefined,
  401085: undefined,
  401002: undefined,
  401073: undefined,
  401074: undefined,
  401246: undefined,
};

/** The category a table gives a code, or `undefined` when it has none. */
export function expectedCategory(table: Expectations, code: number): ErrorCategory | undefined {
  for (const [category, codes] of Object.entries(table))
    if (codes.includes(code)) return category as ErrorCategory;
  return undefined;
}
