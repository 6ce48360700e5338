import type { ClassifyInput, ExchangeProfile, WireError, WireRequest } from '../../core/profile';
import type { Classification, ErrorCategory } from '../../core/types';
import { read as field, toCode } from '../../core/wireValues';
import { classified } from '../read';
import { type OkxErrors, okxData } from './okx.data';

// Codes whose documented message the language's vocabulary reads as another category. Every other
// code is classified from its message; `test/exchanges/okxCategories.ts` holds the expected
// category of every entry and `okxCatalog.test.ts` checks them all.
const CODES: Partial<Record<ErrorCategory, readonly number[]>> = {
  unknown: [1, 51123, 51820, 51761, 58106, 58107, 58304, 58400, 59618],
  'execution-unknown': [2, 51412, 58124, 59617, 70511],
  'invalid-request': [
    50016, 50024, 50025, 50039, 50047, 50076, 50077, 51002, 51015, 51026, 51072, 51074, 51076, 51085, 51538,
    51093, 51095, 51096, 51111, 51130, 51144, 51181, 51204, 51251, 51254, 51256, 51265, 51267, 51268, 51270,
    51274, 51282, 51283, 51345, 51351, 51352, 51355, 51356, 51357, 51406, 51408, 51501, 51512, 51605, 51621,
    51320, 51823, 51753, 52919, 58114, 58127, 58128, 58129, 58207, 58213, 58218, 58223, 58237, 58302, 59004,
    59140, 59142, 59402, 59503, 59505, 59615, 59622, 59659, 59660, 59666, 70005, 70011, 70012, 70013, 70014,
    70016, 70061, 70100, 70107, 70203, 70306, 70408, 70501, 70502, 70506, 70516, 70518, 56001, 56002, 56007,
    56008, 59130, 59268, 59270, 59259, 55102, 55103, 64000, 64001, 64002, 64004, 1009,
  ],
  'account-restricted': [
    50007, 50012, 50028, 50033, 50041, 50052, 50059, 50060, 50121, 51009, 51024, 51035, 59509, 51037, 51070,
    51147, 51411, 51824, 51825, 51737, 58004, 58011, 58012, 58103, 58105, 58112, 58119, 58132, 58208, 58219,
    58225, 58230, 58231, 58232, 58235, 58236, 58240, 58243, 58244, 58248, 58254, 58305, 58306, 58307, 58309,
    58355, 59113, 59114, 59307, 59611, 59676, 70006, 70015, 59263, 60029, 60030, 64003,
  ],
  'not-found': [
    50008, 51001, 51012, 51014, 51023, 51043, 51058, 51350, 51405, 51608, 54029, 52000, 58009, 59506, 59613,
    70060, 70207, 70409, 70508, 59216, 59269, 59285,
  ],
  auth: [50030, 50100, 50103, 50104, 50105, 50106, 50107, 50108, 50109, 50111, 60007, 60024],
  'clock-skew': [50036, 50037, 50112],
  unsupported: [
    50038, 50072, 51036, 51042, 51039, 51040, 51044, 51057, 51066, 51073, 51075, 51090, 51094, 51098, 51099,
    51100, 51128, 51133, 51139, 51152, 51158, 51164, 51177, 51179, 51223, 51225, 51226, 51332, 51333, 51403,
    51413, 51506, 51523, 51524, 51526, 51528, 51529, 51530, 51536, 51543, 51610, 51611, 51620, 51156, 51325,
    51326, 54001, 54005, 54008, 54024, 54025, 54026, 54027, 54028, 54036, 54071, 51760, 58002, 58016, 58113,
    58125, 58126, 58203, 58239, 58249, 58407, 59006, 59202, 59305, 59410, 59512, 59516, 59517, 59518, 59608,
    59651, 59652, 59661, 59679, 59683, 59686, 59260, 59262, 59642, 59273, 59282, 59283, 59286, 59288, 55104,
    60026,
  ],
  'order-rejected': [
    50042, 50050, 50063, 50116, 51018, 51019, 51021, 51022, 51027, 51028, 51029, 51030, 51032, 51034, 51056,
    51059, 51087, 51088, 51109, 51110, 51124, 51140, 51142, 51169, 51170, 51173, 51196, 51197, 51206, 51288,
    51309, 51341, 51347, 51380, 51388, 51398, 51400, 51404, 51416, 51505, 51507, 51508, 51509, 51510, 51521,
    51522, 51532, 51604, 51607, 51159, 51162, 51163, 51167, 51168, 51322, 51323, 51822, 54004, 54011, 54012,
    54035, 54072, 54073, 54074, 51722, 51729, 51730, 51731, 51754, 52915, 52921, 52922, 52926, 52927, 55000,
    58216, 58220, 58300, 58351, 59000, 59001, 59002, 59121, 59122, 59132, 59134, 59135, 59136, 59137, 59138,
    59311, 59313, 59314, 59316, 59413, 59501, 59502, 59603, 59606, 59623, 59662, 59664, 59668, 59669, 59670,
    59672, 59673, 59674, 59675, 59678, 70008, 70065, 70303, 70308, 70309, 70504, 70505, 70507, 70509, 75002,
    56004, 59206, 59218, 59256, 59641, 59643, 59274, 59275, 59276, 59277, 59278, 59279, 59280, 55105, 55111,
    55116,
  ],
  'rate-limit': [50055, 51513, 51759, 52924, 70062, 59284, 4003, 4008, 4009],
  'insufficient-funds': [
    50069, 51008, 51017, 51127, 51154, 51502, 58008, 58116, 58117, 58121, 58122, 59109, 59139, 59201, 59306,
    59319, 59412, 59649, 59650, 59665,
  ],
  filter: [
    51004, 51007, 51031, 51046, 51049, 51050, 51053, 51101, 51102, 51103, 51104, 51105, 51106, 51107, 51117,
    51174, 51182, 51250, 51252, 51257, 51258, 51259, 51260, 51261, 51262, 51263, 51277, 51280, 51284, 51285,
    51300, 51304, 51305, 51308, 51311, 51312, 51370, 51391, 51392, 51394, 51397, 51324, 51758, 58201, 58227,
    58256, 58257, 58258, 59005, 59317, 70305, 75003, 59128, 59247, 55106,
  ],
  unavailable: [58214, 59415, 70208, 63999, 4004, 4005, 4006],
};
const byCode = new Map<number, ErrorCategory>();
for (const [category, codes] of Object.entries(CODES))
  for (const code of codes) byCode.set(code, category as ErrorCategory);

// Fields the message's words do not name, or name wrongly; `null`: a rule with no single field.
const FIELDS: Readonly<Record<number, string | null>> = {
  54031: null,
  50122: 'quantity',
  51004: 'quantity',
  51005: 'quantity',
  51007: 'quantity',
  51020: 'quantity',
  51033: 'quantity',
  51101: 'quantity',
  51104: null,
  51106: null,
  51107: null,
  51108: null,
  51116: 'price',
  51120: 'quantity',
  51132: null,
  51135: 'price',
  51136: 'price',
  51150: null,
  51182: null,
  51201: 'notional',
  51202: 'quantity',
  51203: 'quantity',
  51207: null,
  51252: 'quantity',
  51253: null,
  51255: null,
  51258: 'stopPrice',
  51259: 'stopPrice',
  51260: null,
  51262: null,
  51264: null,
  51273: 'quantity',
  51275: 'quantity',
  51284: null,
  51285: 'quantity',
  51286: 'quantity',
  51312: 'quantity',
  51340: 'amount',
  51343: 'stopPrice',
  51344: 'stopPrice',
  51348: 'stopPrice',
  51349: 'stopPrice',
  51370: 'leverage',
  51385: 'stopPrice',
  51387: 'stopPrice',
  51399: 'amount',
  51324: 'quantity',
  54006: 'quantity',
  54030: 'notional',
  51728: 'amount',
  51756: 'amount',
  51758: 'amount',
  58227: 'amount',
  58256: 'amount',
  58257: 'amount',
  58258: 'amount',
  59005: 'amount',
  59106: 'amount',
  59301: 'amount',
  59414: 'amount',
  70106: 'quantity',
};

// Texts of a code that mean something else than the code's other texts: a cancel that certainly did
// not happen (51412 is otherwise "Cancellation timed out"), and Nitro Spread's orders that do not
// exist (51400 is otherwise "filled, canceled or does not exist").
const TEXTS: readonly (readonly [number, RegExp, ErrorCategory])[] = [
  [51412, /triggered and can.t be canceled/i, 'order-rejected'],
  [51400, /order does not exist/i, 'not-found'],
];

// OKX's names for the order-form fields, as its parameter errors name them ("Parameter sz error").
const PARAMS: Readonly<Record<string, string>> = {
  sz: 'quantity',
  px: 'price',
  lever: 'leverage',
  triggerpx: 'stopPrice',
  tptriggerpx: 'stopPrice',
  sltriggerpx: 'stopPrice',
  callbackratio: 'trailingDelta',
  callbackspread: 'trailingDelta',
  amt: 'amount',
};

function classify({ code, message }: ClassifyInput): Classification | undefined {
  if (code === null) return undefined;
  for (const [known, text, category] of TEXTS) if (code === known && text.test(message)) return { category };
  const named = /^parameter\s+(\w+)/i.exec(message)?.[1]?.toLowerCase();
  if (named && Object.hasOwn(PARAMS, named))
    return { category: byCode.get(code) ?? 'invalid-request', field: PARAMS[named] };
  return classified(byCode.get(code), FIELDS[code]);
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Items that report their own outcome: `{"sCode":"51008","sMsg":"…"}` per order of a request. */
const isItem = (item: unknown) => toCode(field(item, 'sCode')) !== null;

/** The array of per-order results: `data`, or the array a wrapper renamed (`responseData`). */
function itemsOf(body: object): unknown[] | undefined {
  const data = field(body, 'data');
  if (Array.isArray(data)) return data;
  for (const key of Object.keys(body).slice(0, 20)) {
    const value = field(body, key);
    if (Array.isArray(value) && value.slice(0, 10).some(isItem)) return value;
  }
  return undefined;
}

/**
 * The first failing item of an order answer decides: its `sCode` is the code, its `sMsg` the
 * message; `failed` lists every failing position out of `total`. `undefined` when no item
 * reports an outcome; `success` when every one is `"0"`.
 */
function readItems(items: readonly unknown[]): WireError | undefined {
  const scanned = items.slice(0, 100);
  if (!scanned.some(isItem)) return undefined;
  const failed = scanned.flatMap((item, i) => {
    const code = toCode(field(item, 'sCode'));
    return code !== null && code !== 0 ? [i] : [];
  });
  const first = failed[0] === undefined ? undefined : scanned[failed[0]];
  if (first === undefined) return { code: null, message: '', success: true };
  return {
    code: toCode(field(first, 'sCode')),
    message: text(field(first, 'sMsg')),
    failed,
    total: items.length,
  };
}

// OKX counts its REST and order limits over two-second windows ("60 requests per 2 seconds", the
// sub-account's "1000 orders per 2 seconds"): a limit reached is clear when the window turns.
const WINDOW_MS: Readonly<Record<number, number>> = { 50011: 2000, 50061: 2000 };
// WebSocket events that acknowledge a request.
const ACKNOWLEDGED = /^(?:login|subscribe|unsubscribe|channel-conn-count)$/;

/**
 * An OKX WebSocket acknowledgement: `{"event":"subscribe","arg":{…},"connId":"…"}`, `login` with
 * a `connId`. Other exchanges name their events alike (Gate answers a failed subscription as
 * `{"event":"subscribe","error":{…},"result":{"status":"failed"}}`): an OKX frame carries its
 * connection id or the channel it acknowledges, and never an `error`.
 */
function acknowledges(body: object): boolean {
  const event = field(body, 'event');
  if (typeof event !== 'string' || !ACKNOWLEDGED.test(event) || field(body, 'error') !== undefined)
    return false;
  const arg = field(body, 'arg');
  return typeof field(body, 'connId') === 'string' || (typeof arg === 'object' && arg !== null);
}

/**
 * OKX's answers, REST and WebSocket: `{"code":"0","msg":"","data":[…]}` (success when every
 * per-order `sCode` is `"0"` too); `{"code":"1","msg":"…","data":[{"sCode":"51008","sMsg":"…"}]}`
 * for an order or batch that failed (the first failing `sCode` decides, with the positions of the
 * failing orders), `"2"` for one that partly succeeded; `{"code":"50011","msg":"…"}`;
 * WebSocket `{"event":"error","code":"60012","msg":"…"}` and order frames `{"id":"…","op":
 * "order","code":"1","msg":"","data":[…]}`; a bare array of order results.
 */
function readOkx(body: object): WireError | undefined {
  if (Array.isArray(body)) return readItems(body);
  const items = itemsOf(body);
  const fromItems = items && readItems(items);
  const code = toCode(field(body, 'code'));
  // Items that failed say why, whatever the envelope's code; all of them succeeding is a success
  // only when the envelope does not say otherwise.
  if (fromItems && (!fromItems.success || code === null || code === 0)) return fromItems;
  if (code === null) return acknowledges(body) ? { code: null, message: '', success: true } : undefined;
  if (code === 0) return { code: null, message: '', success: true };
  const wire: WireError = { code, message: text(field(body, 'msg')) };
  const window = WINDOW_MS[code];
  if (window) wire.window = window;
  return wire;
}

/**
 * OKX's envelope: a code that is a string of digits beside `msg` (a number is another exchange's,
 * or a code read out of text, which the catalogs weigh instead); a WebSocket `error` event with
 * such a code (Bitfinex's have a number), or an acknowledgement (see `acknowledges`); or an array
 * of per-order results with `sCode`, as a body or under any key of a wrapper.
 */
function claimsOkx(body: object): boolean {
  if (Array.isArray(body)) return body.slice(0, 10).some(isItem);
  const code = field(body, 'code');
  if (field(body, 'event') === 'error') return typeof code === 'string';
  if (acknowledges(body)) return true;
  if (typeof code === 'string' && toCode(code) !== null && typeof field(body, 'msg') === 'string')
    return true;
  const items = itemsOf(body);
  return items?.slice(0, 10).some(isItem) ?? false;
}

// REST endpoints that place, cancel or amend orders, algo orders, spread orders, bot orders, or
// close positions with a market order (not `order-precheck`, which only checks).
const REST_WRITES =
  /^\/api\/v5\/(?:trade\/(?:order(?:-algo)?|batch-orders|cancel-(?:order|batch-orders|algos|advance-algos|all-after)|amend-(?:order|batch-orders|algos)|close-position|mass-cancel)|sprd\/(?:order|cancel-order|mass-cancel|amend-order|cancel-all-after)|tradingBot\/\w+\/(?:order-algo|stop-order-algo|amend-order-algo|close-position|cancel-close-order)|rfq\/execute-quote|copytrading\/close-subposition)$/i;
// WebSocket ops that do so.
const WS_WRITES =
  /^(?:order|batch-orders|cancel-order|batch-cancel-orders|amend-order|batch-amend-orders|mass-cancel|sprd-order|sprd-amend-order|sprd-cancel-order|sprd-mass-cancel)$/i;

function writesOrder({ method, path }: WireRequest): boolean {
  // A WebSocket request's method is its `op` (`order`, `batch-orders`), with no path.
  if (path === '' && WS_WRITES.test(method)) return true;
  return method.toUpperCase() === 'POST' && REST_WRITES.test(path.replace(/\/+$/, ''));
}

/**
 * OKX (API v5): every code of its error-code document; its REST and WebSocket envelopes, where an
 * order or batch answer says per order what failed (`data[].sCode`); its API hosts (regional ones
 * included) and ccxt ids; the order endpoints and WebSocket ops whose lost answers leave an
 * order's outcome unknown.
 *
 * @example
 * ```ts
 * import { resolveExchangeError } from 'exchange-error-kit';
 * import { okx } from 'exchange-error-kit/exchanges/okx';
 *
 * const error = resolveExchangeError(
 *   { code: '1', msg: 'All operations failed', data: [{ sCode: '51008', sMsg: 'Order failed. Insufficient USDT balance in account.' }] },
 *   { exchanges: [okx] },
 * );
 * error?.code; // 51008
 * error?.category; // 'insufficient-funds'
 * ```
 */
export const okx: ExchangeProfile<OkxErrors, 'okx'> = {
  id: 'okx',
  name: 'OKX',
  catalog: okxData,
  detect: {
    paths: /^\/api\/v5\//,
    // Each domain and its subdomains: `www.`, `aws.`, `eea.`, `us.`, `app.`, `my.`, and the
    // WebSocket hosts `ws.`, `wsaws.`, `wseea.`, `wsus.`, `wspap.`; `okex.com`, the former name.
    hosts: ['okx.com', 'okex.com'],
    ccxt: ['okx', 'myokx', 'okxus', 'okex', 'okex5'],
    // python-okx (`okx.exceptions.OkxAPIException`) and the older okex SDKs.
    texts: /\bok(?:x|ex)\.exceptions\b|\bOk(?:x|ex)APIException\b/i,
    claims: claimsOkx,
  },
  read: readOkx,
  writesOrder,
  classify,
  // "Insufficient {0} balance", "Exceeds {0} borrow limit": the first value is the currency.
  params: { 51008: ['currency', 'toBorrow', 'remaining', 'limit', 'used'] },
};
