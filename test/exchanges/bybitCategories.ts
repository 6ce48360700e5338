import type { ErrorCategory, OrderField } from '../../src/core/types';

type Expectations = Partial<Record<ErrorCategory, readonly number[]>>;
/** Per code, the messages whose category differs from the code's own, by their catalog text. */
type MessageExpectations = Readonly<Record<number, Readonly<Record<string, ErrorCategory>>>>;

/**
 * The category every code of Bybit's API v5 error-code document must resolve to, decided one by
 * one from `catalog/sources/bybit-v5-error-codes.mdx`, retired (struck-through) codes included: a
 * server may still send them. Grouped by category, in document order; a comment explains a
 * decision the text alone does not make obvious. The HTTP Code table (400, 401, 403, 404, 429)
 * describes HTTP statuses; they are classified as what the status means.
 *
 * How the recurring cases were decided, so the same wording gets the same category:
 * - execution-unknown only where the document says or implies the outcome is open: timeouts on
 *   order, cancel, amend, convert or transfer requests, "being processed", partial success.
 *   Anything the exchange refused, for whatever reason, is not.
 * - insufficient-funds covers balance, margin and collateral, refusals because margin would become
 *   unsafe ("may lead to liquidation", "risk rate too high"), and borrowing quotas or empty loan
 *   pools that leave an order or withdrawal unfunded.
 * - filter is a rule on a value of the request: min / max size, price bands, tick, lot, precision,
 *   leverage caps, TP/SL trigger prices against the order / last / mark price (field `stopPrice`),
 *   and limits on how many orders may be pending (no field, like Binance MAX_NUM_ORDERS).
 * - order-rejected is a conflict with the current state: duplicates, already filled / cancelled /
 *   processing, "cancel your orders / close your positions first", market phases (call auction,
 *   delivery, settlement, suspended or delisted contracts, like Binance "Market is closed."),
 *   "not modified" answers, and quotas on other objects (API keys, sub-accounts, addresses).
 * - unsupported is a feature, order type, account mode or role the request cannot have ("only lead
 *   traders", "not supported in portfolio margin mode"), including a setup step the account lacks
 *   ("activate … first", "enable … as collateral").
 * - account-restricted is the account itself held back: frozen, KYC, region and compliance,
 *   risk control, liquidation in progress, allowlists and eligibility bars.
 * - rate-limit includes per-day or per-month quotas on an action ("up to 5 times per day").
 * - unknown is a documented code whose text says nothing about the cause ("Request failed").
 */
export const bybitCategories: Expectations = {
  'rate-limit': [
    // 403: "Possible causes: 1. IP rate limit breached; …": the first cause is the usual one; waiting does no harm for the others.
    403,
    // 429: HTTP 429 "frequency protection"; the UTA table's "high server load" text is in bybitMessageCategories.
    429,
    10429, 20003, 10006, 10018, 30035, 170005, 170222,
  ],
  'clock-skew': [
    // -1: "request expired: o@0, now[] diff[]": the request's timestamp against the server's now.
    -1, 10002,
  ],
  'execution-unknown': [
    // 10000: "Server Timeout": the request may have been carried out.
    10000,
    // 40004: the order changed while being replaced; the document says to check the order's status.
    40004,
    // 170007: "Timeout waiting for response from backend server": as Binance -1007.
    170007,
    // 170035: "Submitted to the system for processing!": the order may yet be placed.
    170035,
    // 170146: "Order creation timeout": the order may exist.
    170146,
    // 170147: "Order cancellation timeout": the cancel may have gone through.
    170147,
    // 170212: "Cancel order request processing": the cancel may still happen.
    170212,
    // 170310: "Order modification timeout": the amendment may have applied.
    170310,
    // 3777012: "Your request is currently being processed": it may complete; check before sending it again.
    3777012,
  ],
  unavailable: [
    10016,
    // 10019: new requests refused while the service restarts; requests in flight are not affected.
    10019, 3400214, 170001, 170031, 170032, 170234, 131001, 131003, 131200, 131201, 131230,
    // 700001: "quote fail:no dealer can used"; the Prediction "market not found" text is in bybitMessageCategories.
    700001,
    500000, 790000, 148019, 148026, 148034, 148035, 148036, 177002, 500001, 180018, 180023, 34022001,
    34022003, 60071, 180000, 700003,
  ],
  auth: [
    401,
    // 10003: "API key is invalid" on REST; the WebSocket order-entry "Too many sessions" text is in bybitMessageCategories.
    10003,
    -2015, 33004, 10004, 10005, 10007, 10010, 790001,
  ],
  'account-restricted': [
    10008, 10009, 10024, 10027, 30133, 30134, 110065, 110068, 110069, 110080, 110104, 110105, 110106, 110119,
    110123, 110124, 110125, 110132, 110136, 182100, 3100197, 3200316, 3200317, 3200320, 170209, 170215,
    170219, 170220, 170223, 170224, 170226, 170230, 170241, 170348, 170355, 170709, 176002, 176019, 176024,
    176035, 176036, 176201, 182106, 131004, 131065, 131067, 131069, 131071, 131078, 131079, 131080, 131089,
    131090, 131091, 131092, 131094, 131098, 131208, 131217, 131226, 131227, 131229, 140003, 140004, 141004,
    148031, 403001, 409011, 180003, 180004, 180005, 180009, 180010, 180011, 180017, 180022, 180027, 81007,
    20096, 3500153, 110312, 34022048, 34022052, 34022053, 60069, 61010,
  ],
  'insufficient-funds': [
    30256, 110004, 110006, 110007,
    // 110011: refused because it would trigger liquidation: margin too low for it.
    110011, 110012, 110014, 110039, 110040, 110044, 110045, 110046, 110047, 110051, 110052, 110053, 110131,
    182101, 182108, 3400210, 3400211, 3400213, 3400071, 170033, 170034, 170131, 170207, 176015,
    // 176028: the platform's lending has run out, not a rule on the amount.
    176028, 176029, 176133, 182104, 182107, 131085, 131086, 131087, 131212, 131213, 131228, 140005, 400006,
    400007, 700005, 148009, 148010, 148011, 148012, 148020, 148022, 148029, 148037, 177011, 177012, 177014,
    177016, 3777040, 400105, 180016, 34022030, 34022031, 34022049, 60070,
  ],
  filter: [
    30135, 30136, 30208, 30209, 110003, 110009, 110013, 110016, 110017, 110020, 110021, 110048, 110061,
    110064, 110078, 110086, 110087, 110089,
    // 110090: the position limit is fixed by lowering the leverage, as the text says.
    110090, 110092, 110093, 110094, 110107, 110116, 110120, 110121, 3400139, 170010, 170011,
    // 170019: the second half of 170011's message, split over two rows in the document.
    170019, 170124, 170132, 170133, 170134, 170371, 170372, 170381, 170382, 170136, 170137, 170140, 170148,
    170192, 170193, 170194, 170195, 170196, 170197, 170198, 170199, 170200, 170203, 170204, 170216, 170228,
    170229, 170313, 170341, 170810, 176017, 176025, 176026, 176027, 176031, 176034, 176132, 131088, 131095,
    131096, 131210, 700007, 400005, 700006, 148002, 148003, 148005, 148006, 148018, 148028, 148038, 148042,
    148047, 177004, 177007, 177009, 177010, 177013, 177015, 3777039, 180013, 110303, 110314, 110315, 110319,
    34022033, 34022034, 34022011, 34022014, 60063, 60064, 60066, 60067, 60079, 60085, 60087, 60092, 61002,
    61003, 61004, 61005, 61008,
    // 60200: minimum quantity or notional, several order kinds in one text: no single field.
    60200, 60201,
  ],
  'invalid-request': [
    400, 404, 10404, 10001, 10017, 10029, 110018, 110019, 110032, 110049, 110050, 110057, 110083, 110108,
    110109, 181017, 182112, 3100181, 3100326, 500010, 500011, 170105, 170115, 170116, 170117, 170121, 170130,
    170201, 170202, 176004, 131002, 131068, 131070, 131073, 131074, 131075, 131081, 131083, 131093, 131202,
    131203, 131211, 131215, 181000, 181001, 181002, 181003, 181004, 181005, 181006, 181007, 181008, 181009,
    181010, 181011, 181018, 181019, 182201, 182202, 182203, 700000, 400000, 400002,
    // 700011: "illegal operation"; the Prediction "Insufficient token position" text is in bybitMessageCategories.
    700011,
    148007, 148008, 148015, 148017, 148039, 148040, 177003, 177019, 3777006, 3777042, 3500402, 3500404,
    3500405, 3500406, 3500407, 180001, 180002, 180006, 180008, 180012, 180014, 180019, 180021, 180028, 110305,
    110306, 110308, 110309, 110310, 110311, 110317, 110318, 34022027, 60061, 60077, 60084, 60086, 60088,
    60089, 60090, 60091, 60093, 60094, 60095, 61001, 61006, 61007,
  ],
  'not-found': [
    110001, 110031, 110034, 110037, 110062, 170143, 170213, 170221, 176007, 176010, 176020, 131077, 131207,
    181012, 182204, 182205, 700004,
    // 400001: Fiat Convert "broker not found"; the Reward table's "invalid parameter" is in bybitMessageCategories.
    400001,
    400004, 148023, 148027, 148030, 177005, 404001, 180020, 110300, 110301, 34022010, 60065, 61009,
  ],
  'order-rejected': [
    20006,
    // 10014: a duplicate of a request already received; this copy is refused.
    10014, 30228, 110005, 110008, 110010, 110015, 110022, 110023, 110024,
    // 110025: "has not been modified": the setting already has that value.
    110025, 110026, 110027, 110028, 110030, 110033, 110035, 110041, 110042, 110043, 110054, 110055, 110056,
    110058, 110059, 110063,
    // 110066: "Trading is currently not allowed": names no account, so a market state like 110063.
    110066, 110072, 110074, 110075, 110079, 110082, 110085, 110095, 110098, 110099, 110103, 110114, 110118,
    110137, 182102,
    // 182011: the platform's collateral cap for the coin, not the user's funds.
    182011, 3200419, 3200425, 3200641, 3400208, 3400209, 3400212, 3400052, 3400053, 3400054,
    // 34040: "Not modified": the TP/SL already has that value.
    34040, 170139, 170141, 170142, 170144, 170151, 170159, 170190, 170191, 170206,
    // 170210: "New order rejected.", as Binance NEW_ORDER_REJECTED.
    170210,
    // 170218: a LIMIT-MAKER price that would take.
    170218, 176014, 176016, 176018, 176021, 176039, 176040, 176138, 182105, 131082, 131084, 131099, 131206,
    131214, 131239, 141025, 700012, 400003, 700008, 700009, 700016, 700021, 148013, 148021, 148024, 148025,
    148032, 148033, 148041, 148048, 177018, 3777002, 3777003, 3777005, 3777027, 3777029, 3777043, 400101,
    400102, 400103, 404011, 180015, 180025, 180026, 180029, 180030, 180031, 110304, 110307, 34022035,
    34022038, 34022041, 34022050, 34022051, 35000011, 34022107, 34022108, 60062, 60068, 60074,
    // 60076: a webhook signal that arrived too late is dropped; nothing was placed.
    60076, 60081,
  ],
  unsupported: [
    10028, 100028, 110029, 110036, 110038, 110060, 110067, 110070, 110071, 110076, 110077, 110088, 110096,
    110097, 110100, 110101, 110102, 110110, 110111, 110112, 110113, 110115, 110117, 110135, 170346, 170360,
    182103, 182111, 3200403, 3401010, 170036, 170037, 170145, 170157, 170217, 170227, 170312, 170344, 170358,
    170359, 176008, 176009, 176011, 176012, 176013, 176022, 176023, 176037, 176038, 176134, 176139, 182021,
    131066, 131072, 131076, 131097, 131231, 131232, 131233, 140001, 140002,
    // 141019: IP whitelist changes are made in the website's API management, not through the API.
    141019, 141020, 141027, 181013, 181014, 182200,
    // 700002: "quote fail:not support quote type"; the Prediction "Insufficient liquidity" text is in bybitMessageCategories.
    700002,
    // 700010: "loan user can not perform conversion"; the Prediction "Insufficient USDC balance" text is in bybitMessageCategories.
    700010,
    700013, 700022, 148001, 148004, 148014, 148016, 177006, 177008, 177017, 177020, 3777004, 3777007, 3777030,
    3500403, 3500415, 180007, 180024, 3500002, 110302, 110313, 110316, 110320, 110321, 110323, 111008,
    34022036, 34022047, 34022094, 60075, 60078, 60082, 60083, 61000,
  ],
  unknown: [
    110073, 182110,
    // 170149: "Create order failed": a definite no, with no reason.
    170149, 170150, 170311, 176003, 176005, 176006, 176030, 176135, 176136, 176137, 131204, 131205, 131209,
    131216,
    // 182000: "symbol related quote price is null": a gap in the exchange's data.
    182000, 177021, 34022044, 34022045, 60072, 60073, 60080,
  ],
};

/**
 * Bybit codes that two tables of the document use for different things. The code's own category
 * (above) is the first or most common reading; these texts read otherwise.
 */
export const bybitMessageCategories: MessageExpectations = {
  429: {
    'The trading service is experiencing a high server load. Please retry if you encounter this issue.':
      'unavailable',
  },
  10003: { 'Too many sessions under the same UID': 'rate-limit' },
  400001: { 'invalid parameter': 'invalid-request' },
  700001: { 'Prediction market not found or closed': 'not-found' },
  700002: { 'Insufficient liquidity for FOK order': 'order-rejected' },
  700010: { 'Insufficient USDC balance': 'insufficient-funds' },
  700011: { 'Insufficient token position': 'insufficient-funds' },
};

/**
 * The order field a form marks for each Bybit `filter` code; `undefined` where no single field is
 * meant (counts of orders, position or risk limits, texts covering several order kinds).
 * Spot "order amount" / "quantity" is `quantity`; "order value" / "notional value" is `notional`;
 * trigger and TP/SL prices are `stopPrice`; loan, collateral, transfer and withdrawal sizes are `amount`.
 */
export const bybitFields: Readonly<Record<number, OrderField | undefined>> = {
  30135: 'leverage',
  30136: 'leverage',
  30208: 'price',
  30209: 'price',
  110003: 'price',
  110009: undefined,
  110013: 'leverage',
  110016: 'quantity',
  110017: 'quantity',
  110020: undefined,
  110021: 'quantity',
  110048: undefined,
  110061: undefined,
  110064: 'quantity',
  110078: 'amount',
  110086: 'leverage',
  110087: 'leverage',
  110089: undefined,
  110090: 'leverage',
  110092: 'stopPrice',
  110093: 'stopPrice',
  110094: 'notional',
  110107: 'leverage',
  110116: 'price',
  110120: 'price',
  110121: 'price',
  3400139: undefined,
  170010: undefined,
  170011: undefined,
  170019: undefined,
  170124: 'quantity',
  170132: 'price',
  170133: 'price',
  170134: 'price',
  170371: 'price',
  170372: 'price',
  170381: 'quantity',
  170382: 'quantity',
  170136: 'quantity',
  170137: 'quantity',
  170140: 'notional',
  170148: 'quantity',
  170192: 'price',
  170193: 'price',
  170194: 'price',
  170195: 'price',
  170196: 'price',
  170197: 'quantity',
  170198: 'quantity',
  170199: 'quantity',
  170200: 'quantity',
  170203: 'stopPrice',
  170204: 'stopPrice',
  170216: 'leverage',
  170228: 'quantity',
  170229: 'quantity',
  170313: 'quantity',
  170341: 'quantity',
  170810: undefined,
  176017: 'amount',
  176025: 'amount',
  176026: 'amount',
  176027: 'amount',
  176031: 'amount',
  176034: 'leverage',
  176132: 'amount',
  131088: 'amount',
  131095: 'amount',
  131096: 'amount',
  131210: 'amount',
  700007: 'amount',
  400005: 'amount',
  700006: 'amount',
  148002: 'amount',
  148003: 'amount',
  148005: 'amount',
  148006: 'amount',
  148018: undefined,
  148028: 'amount',
  148038: 'amount',
  148042: 'amount',
  148047: 'amount',
  177004: 'amount',
  177007: 'amount',
  177009: 'amount',
  177010: 'amount',
  177013: 'amount',
  177015: 'amount',
  3777039: 'amount',
  180013: 'amount',
  110303: 'notional',
  110314: 'quantity',
  110315: 'quantity',
  110319: 'quantity',
  34022033: 'amount',
  34022034: 'amount',
  34022011: 'amount',
  34022014: 'amount',
  60063: undefined,
  60064: undefined,
  60066: 'quantity',
  60067: 'quantity',
  60079: undefined,
  60085: 'quantity',
  60087: 'quantity',
  60092: 'quantity',
  61002: 'leverage',
  61003: 'price',
  61004: 'stopPrice',
  61005: 'stopPrice',
  61008: 'stopPrice',
  60200: undefined,
  60201: undefined,
};
