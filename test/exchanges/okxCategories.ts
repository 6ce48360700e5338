import type { ErrorCategory, OrderField } from '../../src/core/types';

type Expectations = Partial<Record<ErrorCategory, readonly number[]>>;
/** Per code, the messages whose category differs from the code's own, by their catalog text. */
type MessageExpectations = Readonly<Record<number, Readonly<Record<string, ErrorCategory>>>>;

/**
 * The category every code of OKX's API v5 error-code document must resolve to, decided one by one
 * from `catalog/sources/okx-v5-error-codes.md`. Grouped by category, in document order; a comment
 * explains a decision the message alone does not make obvious.
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
export const okxCategories: Expectations = {
  'rate-limit': [
    50011, 50040,
    // 50055: a per-day quota.
    50055, 50061, 51113,
    // 51513: at most 3 amendments in flight per order.
    51513, 51759, 52924, 58102, 58354, 70062, 59284, 60014, 60023, 4003, 4008, 4009,
  ],
  'clock-skew': [
    // 50036: expTime is a client timestamp; earlier than server time means the clocks disagree.
    50036,
    // 50037: "Order expired": the request's own expTime passed before it was processed; rejected, nothing placed.
    50037,
    50102,
    // 50112: OK-ACCESS-TIMESTAMP the server will not take; resync and re-sign.
    50112, 60004, 60006,
  ],
  'execution-unknown': [
    // 2: "Bulk operation partially succeeded": some items went through; check each item, never resend the batch.
    2,
    // 50004: "does not mean that the request was successful or failed".
    50004,
    // 51054: "Request timed out" (HTTP 500) on the trade endpoints: the order may exist.
    51054,
    // 51149: "does not mean that the request was successful or failed".
    51149,
    // 51412: "Cancellation timed out": the cancel may have gone through; the "already triggered" text is in okxMessageCategories.
    51412,
    // 52912: "Server timeout" (HTTP 500) on a convert trade: it may have been filled.
    52912,
    // 58124: "Your transfer is being processed": it may complete; check its state, do not send it again.
    58124,
    // 59617: "Sub-account created. Account level setup failed.": half done; check before creating it again.
    59617,
    // 70511: "Execution is being processed": the block trade may still complete.
    70511,
  ],
  unavailable: [
    50001,
    // 50013: "Systems are busy" although sent with HTTP 429: the server's load, not the caller's rate.
    50013, 50026, 50046, 50057, 50062, 50064, 51290, 51294, 51739, 52910, 52911, 52923, 58006, 58007,
    // 58111: transfers pause while funding fees are charged; a later retry works.
    58111, 58120, 58214, 58303, 58310, 59119, 59120, 59315, 59415, 70109, 70208, 63999, 64007, 64008, 4004,
    4005, 4006,
  ],
  auth: [
    // 50030: the key's permissions: checked in API management first.
    50030, 50035,
    // 50100: the API key is frozen; a new key or support.
    50100, 50101, 50103, 50104, 50105, 50106,
    // 50107: a missing signing header, not a clock problem.
    50107, 50108, 50109, 50110, 50111, 50113, 50114, 50118, 50119, 50120, 58228,
    // 59500: needs the main account's API key.
    59500, 59604, 60005, 60007, 60009, 60011, 60024, 60032, 4001, 4007,
  ],
  'account-restricted': [
    50007, 50009, 50012,
    // 50017: ADL / liquidation freezes: the account may not act until they lift.
    50017, 50018, 50019, 50020, 50021, 50022, 50023, 50027, 50028, 50029, 50032, 50033, 50041, 50051, 50052,
    50059, 50060, 50075,
    // 50121: the IP address is refused outright (region), not missing from a whitelist.
    50121, 51009,
    // 51024: all 33 variants: frozen, KYC, region, risk control.
    51024, 51035, 59509,
    // 51037: the account is in a risk state that allows only IOC orders.
    51037, 51070,
    // 51147: an eligibility bar (assets over 10,000 USD) to activate options.
    51147, 51155, 51411, 51824, 51825, 51732, 51733, 51734, 51737, 51738, 51755, 58004, 58011, 58012, 58100,
    58101, 58103, 58104, 58105, 58110, 58112, 58119, 58131, 58132, 58204, 58208, 58210, 58217, 58219, 58225,
    58230, 58231, 58232, 58233, 58234, 58235, 58236, 58240, 58241, 58242, 58243, 58244, 58248, 58252, 58254,
    58305, 58306, 58307, 58308, 58309, 58355, 58405, 59113, 59114, 59307, 59508, 59515, 59519, 59611, 59676,
    70006, 70015, 59263, 60029, 60030, 64003,
  ],
  'insufficient-funds': [
    // 50048: refused because margin would become unsafe.
    50048, 50069,
    // 51008: every variant: balance, margin, borrowing quota.
    51008,
    // 51017: borrowing limits: the order cannot be funded (as 51008's borrow-limit variants).
    51017, 51127, 51131, 51143, 51154, 51502, 51736, 52914, 52916, 58008, 58116, 58117, 58121, 58122, 58229,
    58350, 59103, 59108, 59109, 59133, 59139, 59200, 59201, 59303, 59304, 59306, 59308, 59319, 59411, 59412,
    59648, 59649, 59650, 59665,
  ],
  filter: [
    50122,
    // 51004: order size against the maximum position under the current leverage.
    51004, 51005, 51006, 51007, 51020, 51025, 51031, 51033, 51046, 51047, 51048, 51049, 51050, 51051, 51052,
    51053, 51071, 51079, 51084, 51086, 51101, 51102, 51103, 51104, 51105, 51106, 51107, 51108, 51112, 51116,
    51117, 51120, 51121, 51122, 51129, 51132, 51135, 51136, 51137, 51138, 51150, 51153, 51174, 51182, 51185,
    51186, 51187, 51192, 51193, 51194, 51195, 51201, 51202, 51203, 51207, 51250, 51252, 51253, 51255, 51257,
    51258, 51259, 51260, 51261, 51262, 51263, 51264, 51273, 51275, 51277, 51278, 51279, 51280, 51284, 51285,
    51286, 51299, 51300, 51302, 51303, 51304, 51305, 51306, 51307, 51308, 51311, 51312, 51340, 51343, 51344,
    51346, 51348, 51349, 51358, 51370, 51383, 51384, 51385, 51386, 51387, 51389, 51390, 51391, 51392, 51393,
    51394, 51395, 51396, 51397, 51399, 51165, 51324, 54006, 54018, 54019, 54030, 54031, 51727, 51728, 51756,
    51757, 51758, 52917, 52918, 52920, 52928, 58005, 58201, 58202, 58205, 58206, 58227, 58256, 58257, 58258,
    58353, 58373, 59005, 59102, 59104, 59105, 59106, 59118, 59123, 59124, 59141, 59301, 59309, 59317, 59401,
    59414, 70105, 70106, 70108, 70304, 70305, 70307, 70310, 70503, 75003, 59128, 59247, 59245, 55106, 55113,
  ],
  'invalid-request': [
    50000, 50002, 50006, 50010, 50014, 50015, 50016, 50024, 50025, 50039, 50044, 50045, 50047, 50076, 50077,
    50115, 51000, 51002, 51003, 51015, 51026, 51072, 51074, 51076, 51080, 51081, 51082, 51083, 51085, 51538,
    51539, 51089, 51091, 51092, 51093, 51095, 51096, 51178, 51111, 51130, 51144, 51175, 51176, 51180, 51181,
    51204, 51221, 51251, 51254, 51256, 51265, 51267, 51268, 51269, 51270, 51271, 51272, 51274, 51276, 51282,
    51283, 51345, 51351, 51352, 51354, 51355, 51356, 51357, 51381, 51406, 51407, 51408, 51409, 51500, 51501,
    51512, 51514, 51531, 51601, 51602, 51605, 51621, 51320, 51823, 54009, 51750, 51753, 52900, 52901, 52902,
    52903, 52904, 52905, 52908, 52919, 58114, 58123, 58127, 58128, 58129, 58207, 58212, 58213, 58218, 58221,
    58222, 58223, 58237, 58238, 58302, 58352, 58358, 58402, 59004, 59117, 59140, 59142, 59402, 59503, 59505,
    59507, 59612, 59615, 59616, 59622, 59659, 59660, 59666, 70004, 70005, 70009, 70010, 70011, 70012, 70013,
    70014, 70016, 70061, 70100, 70102, 70103, 70107, 70203, 70306, 70408, 70501, 70502, 70506, 70514, 70515,
    70516, 70518, 56001, 56002, 56005, 56006, 56007, 56008, 59129, 59130, 59268, 59270, 59287, 59259, 55100,
    55101, 55102, 55103, 60012, 60013, 60018, 60019, 60027, 64000, 64001, 64002, 64004, 1009, 4002,
  ],
  'not-found': [
    50008, 51001, 51012, 51014, 51023, 51043, 51058, 51063, 51069, 51527, 51289, 51291, 51292, 51293, 51350,
    51405, 51600, 51603, 51608, 54029, 52000, 52907, 58009, 58115, 58215, 58301, 59300,
    // 59506: the key named in the request, not the caller's own (that is 50119).
    59506, 59510, 59610, 59613, 70000, 70001, 70002, 70003, 70007, 70060, 70064, 70207, 70409, 70508, 70517,
    75001, 56000, 59216, 59269, 59285, 55112,
  ],
  'order-rejected': [
    // 50042: "Repeated request": this copy is refused (like Binance "Duplicate order sent.").
    50042, 50050, 50056, 50063,
    // 50071: "{0} already exists", e.g. clOrdId: a duplicate client id.
    50071, 50116, 51011, 51016, 51018, 51019,
    // 51021: market state, like Binance "Market is closed.".
    51021, 51022, 51027, 51028, 51029, 51030, 51032,
    // 51034: market maker protection tripped; reset it first.
    51034, 51038, 51056, 51059, 51065, 51068, 51087, 51088, 51109, 51110,
    // 51115: sent with HTTP 429, but the text is a state conflict: cancel the close orders first.
    51115, 51124, 51125, 51126, 51134, 51140, 51142, 51148, 51169, 51170, 51171, 51173, 51196, 51197, 51206,
    51288, 51309, 51341, 51342, 51347, 51353, 51380, 51388, 51398,
    // 51400: cannot cancel: filled, canceled or gone; the Nitro Spread "does not exist" text is in okxMessageCategories.
    51400,
    51401, 51402, 51404, 51410, 51416,
    // 51503: already filled or canceled; the Nitro Spread "does not exist" text is in okxMessageCategories.
    51503, 51505, 51507, 51508, 51509, 51510,
    // 51511: the amended price would not rest as post-only.
    51511, 51521, 51522, 51532, 51604, 51607, 51159, 51162, 51163, 51167, 51168, 51322, 51323, 51822,
    // 54004: the whole batch was refused because one order failed: a definite no.
    54004, 54011, 54012, 54035, 54072, 54073, 54074, 51722, 51729, 51730, 51731, 51754, 52909, 52913, 52915,
    52921, 52922, 52925, 52926, 52927, 55000, 58216, 58220, 58300, 58351, 58403, 58404, 59000, 59001, 59002,
    59101, 59107, 59112,
    // 59121: an earlier batch is still running; this request was not taken.
    59121, 59122, 59132, 59134, 59135, 59136, 59137, 59138, 59302, 59311, 59313, 59314, 59316, 59413, 59501,
    59502, 59601, 59603, 59606, 59609, 59623, 59662, 59664, 59668, 59669, 59670, 59672, 59673, 59674, 59675,
    59678, 70008, 70065, 70101, 70200, 70301, 70303, 70308, 70309, 70400, 70504, 70505, 70507, 70509, 75002,
    56003, 56004, 59206, 59218, 59256, 59641, 59643, 59267, 59274, 59275, 59276, 59277, 59278, 59279, 59280,
    55105, 55111, 55116, 60031,
  ],
  unsupported: [
    // 50005: HTTP 410 Gone: the endpoint is retired, not down for a while.
    50005, 50038, 50049, 50053, 50058, 50067, 50072, 51010, 51036, 51042, 51039, 51040, 51041, 51044, 51055,
    51057, 51066, 51073, 51075, 51077, 51078, 51090, 51094, 51098, 51099, 51100, 51128, 51133, 51139, 51152,
    51158, 51164, 51177, 51179, 51205, 51220, 51222, 51223, 51224, 51225, 51226, 51281, 51287, 51295, 51298,
    51310, 51313, 51317, 51327, 51328, 51329, 51330, 51331, 51332, 51333, 51359, 51382, 51403, 51413, 51415,
    51506, 51523, 51524, 51525, 51526, 51528, 51529, 51530, 51536, 51537, 51543, 51606, 51610, 51611, 51620,
    51156, 51166, 51321, 51325, 51326, 51821, 54000, 54001, 54005, 54007, 54008, 54024, 54025, 54026, 54027,
    54028, 54036, 54070, 54071, 54075, 51723, 51724, 51725, 51726, 51735, 51751, 51752, 51760,
    // 58002: a setup step the account lacks ("activate … first"); cancelling orders first is order-rejected instead.
    58002,
    58003, 58010, 58013, 58014, 58015, 58016, 58113, 58125, 58126, 58200, 58203, 58209, 58224, 58226, 58239,
    58249, 58356, 58401, 58406, 58407, 59006, 59110, 59111, 59125, 59202, 59305, 59310, 59312, 59410, 59504,
    59512, 59516, 59517, 59518, 59608, 59614, 59619, 59651, 59652, 59658, 59661, 59671, 59679, 59683, 59684,
    59686, 70066, 70067, 59260, 59262, 59642, 59264, 59273, 59282, 59283, 59286, 59288, 59258, 59292, 55104,
    60008, 60026, 60028,
  ],
  unknown: [
    // 1: "Operation failed.": the envelope of a batch or single order; each item's sCode says why.
    1,
    // 51123: "Min price increment is null": a gap in the exchange's instrument data, nothing to fix in the order.
    51123,
    51820, 51720, 51721, 51761,
    // 58106: "USD verification failed": the document does not say what was verified.
    58106, 58107, 58304, 58400, 59618,
    // 70510: "For error details, refer to the acctAlloc field.": the code itself says nothing.
    70510,
  ],
};

/**
 * OKX codes the document lists with messages of different meanings. The code's own category
 * (above) is the safe reading for an unrecognised text; these texts read otherwise.
 */
export const okxMessageCategories: MessageExpectations = {
  // "Cancellation timed out" may have cancelled; this one certainly did not.
  51412: { "The order has been triggered and can't be canceled.": 'order-rejected' },
  51400: {
    'Cancellation failed as the order does not exist. (Only applicable to Nitro Spread)': 'not-found',
  },
  51503: {
    'Order modification failed as the order does not exist. (Only applicable to Nitro Spread)': 'not-found',
  },
};

/**
 * The order field a form marks for each OKX `filter` code; `undefined` where no single field is
 * meant (counts of pending orders, account-wide position limits, rules over several values).
 * "Order amount" and "size" are the order's `sz` (`quantity`); "value … USD" is `notional`; TP/SL
 * and trigger prices are `stopPrice`; trailing callback rates are `trailingDelta`; bot investments,
 * loans, redemptions, transfers and withdrawals are `amount`.
 */
export const okxFields: Readonly<Record<number, OrderField | undefined>> = {
  50122: 'quantity',
  51004: 'quantity',
  51005: 'quantity',
  51006: 'price',
  51007: 'quantity',
  51020: 'quantity',
  51025: undefined,
  51031: 'price',
  51033: 'quantity',
  51046: 'stopPrice',
  51047: 'stopPrice',
  51048: 'stopPrice',
  51049: 'stopPrice',
  51050: 'stopPrice',
  51051: 'stopPrice',
  51052: 'stopPrice',
  51053: 'stopPrice',
  51071: undefined,
  51079: undefined,
  51084: undefined,
  51086: undefined,
  51101: 'quantity',
  51102: undefined,
  51103: undefined,
  51104: undefined,
  51105: 'quantity',
  51106: undefined,
  51107: undefined,
  51108: undefined,
  51112: 'quantity',
  51116: 'price',
  51117: undefined,
  51120: 'quantity',
  51121: 'quantity',
  51122: 'price',
  51129: undefined,
  51132: undefined,
  51135: 'price',
  51136: 'price',
  51137: 'price',
  51138: 'price',
  51150: undefined,
  51153: 'amount',
  51174: undefined,
  51182: undefined,
  51185: 'notional',
  51186: 'leverage',
  51187: 'quantity',
  51192: 'price',
  51193: 'price',
  51194: 'price',
  51195: 'price',
  51201: 'notional',
  51202: 'quantity',
  51203: 'quantity',
  51207: undefined,
  51250: 'price',
  51252: 'quantity',
  51253: undefined,
  51255: undefined,
  51257: 'trailingDelta',
  51258: 'stopPrice',
  51259: 'stopPrice',
  51260: undefined,
  51261: undefined,
  51262: undefined,
  51263: undefined,
  51264: undefined,
  51273: 'quantity',
  51275: 'quantity',
  51277: 'stopPrice',
  51278: 'stopPrice',
  51279: 'stopPrice',
  51280: 'stopPrice',
  51284: undefined,
  51285: 'quantity',
  51286: 'quantity',
  51299: undefined,
  51300: 'stopPrice',
  51302: 'stopPrice',
  51303: 'stopPrice',
  51304: 'stopPrice',
  51305: 'stopPrice',
  51306: 'stopPrice',
  51307: 'stopPrice',
  51308: 'stopPrice',
  51311: 'trailingDelta',
  51312: 'quantity',
  51340: 'amount',
  51343: 'stopPrice',
  51344: 'stopPrice',
  51346: 'price',
  51348: 'stopPrice',
  51349: 'stopPrice',
  51358: 'amount',
  51370: 'leverage',
  51383: 'price',
  51384: 'stopPrice',
  51385: 'stopPrice',
  51386: 'price',
  51387: 'stopPrice',
  51389: 'stopPrice',
  51390: 'stopPrice',
  51391: 'stopPrice',
  51392: 'stopPrice',
  51393: 'stopPrice',
  51394: 'stopPrice',
  51395: 'stopPrice',
  51396: 'stopPrice',
  51397: 'stopPrice',
  51399: 'amount',
  51165: undefined,
  51324: 'quantity',
  54006: 'quantity',
  54018: 'notional',
  54019: 'notional',
  54030: 'notional',
  54031: undefined,
  51727: 'amount',
  51728: 'amount',
  51756: 'amount',
  51757: 'amount',
  51758: 'amount',
  52917: 'quantity',
  52918: 'quantity',
  52920: 'quantity',
  52928: 'quantity',
  58005: 'amount',
  58201: 'amount',
  58202: 'amount',
  58205: 'amount',
  58206: 'amount',
  58227: 'amount',
  58256: 'amount',
  58257: 'amount',
  58258: 'amount',
  58353: 'amount',
  58373: 'amount',
  59005: 'amount',
  59102: 'leverage',
  59104: 'leverage',
  59105: 'leverage',
  59106: 'amount',
  59118: 'amount',
  59123: 'amount',
  59124: 'amount',
  59141: 'amount',
  59301: 'amount',
  59309: 'amount',
  59317: undefined,
  59401: undefined,
  59414: 'amount',
  70105: 'notional',
  70106: 'quantity',
  70108: 'notional',
  70304: 'price',
  70305: 'price',
  70307: 'quantity',
  70310: 'price',
  70503: 'quantity',
  75003: 'price',
  59128: 'leverage',
  59247: 'leverage',
  59245: 'quantity',
  55106: 'amount',
  55113: 'leverage',
};
