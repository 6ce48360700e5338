import type { ClassifyInput, ExchangeProfile, WireError, WireRequest } from '../../core/profile';
import type { Classification, ErrorCategory } from '../../core/types';
import { read as field, toCode } from '../../core/wireValues';
import { classified } from '../read';
import { type BybitErrors, bybitData } from './bybit.data';

// Codes whose documented text the language's vocabulary reads as another category. Every other
// code is classified from its text; `test/exchanges/bybitCategories.ts` holds the expected category
// of every entry and `bybitCatalog.test.ts` checks them all.
const CODES: Partial<Record<ErrorCategory, readonly number[]>> = {
  auth: [401, 10003],
  'invalid-request': [
    404, 10404, 10017, 10029, 110049, 110057, 110083, 110108, 110109, 182112, 500010, 500011, 170202, 176004,
    131002, 131068, 131070, 131073, 131074, 131075, 131081, 131083, 131093, 131215, 181000, 181001, 181002,
    181003, 181004, 181005, 181006, 181007, 181009, 181010, 181011, 182202, 148015, 148017, 148039, 148040,
    3777006, 3500402, 3500406, 180014, 110305, 110306, 110308, 110309, 110310, 110311, 110318, 60061, 60084,
    60086, 60089, 60091, 60093, 60094, 60095, 61001, 61007,
  ],
  'rate-limit': [429, 30035],
  unavailable: [10019, 170031, 170234, 131001, 131200],
  'clock-skew': [10002],
  'account-restricted': [
    110065, 110123, 110125, 110132, 182100, 170209, 170219, 170224, 170241, 170348, 176002, 176024, 176201,
    131067, 131071, 131080, 131091, 131092, 131098, 131217, 131226, 131227, 141004, 403001, 409011, 180011,
    180017, 81007, 3500153, 110312, 34022053, 61010,
  ],
  unsupported: [
    10028, 100028, 110036, 110038, 110060, 110070, 110076, 110088, 110097, 110100, 110101, 110111, 110115,
    110117, 170346, 170360, 3200403, 3401010, 170036, 170037, 170217, 176008, 176009, 176011, 176013, 176022,
    176023, 176037, 176038, 176134, 176139, 182021, 131072, 131097, 140001, 141019, 141020, 141027, 182200,
    700002, 700010, 177006, 177008, 3777004, 3777007, 3777030, 3500415, 180024, 3500002, 110302, 110323,
    111008, 34022036, 61000,
  ],
  'order-rejected': [
    30228, 110005, 110008, 110010, 110015, 110022, 110023, 110024, 110025, 110026, 110027, 110028, 110033,
    110035, 110042, 110043, 110054, 110055, 110056, 110058, 110059, 110063, 110066, 110074, 110075, 110079,
    110082, 110085, 110095, 110098, 110099, 110103, 110114, 110118, 110137, 182102, 182011, 3200419, 3200425,
    3200641, 3400208, 3400209, 3400212, 3400052, 3400053, 3400054, 170139, 170142, 170144, 170151, 170159,
    170190, 170191, 170206, 176014, 176016, 176018, 176021, 176039, 176040, 176138, 182105, 131082, 131084,
    131099, 131206, 131214, 131239, 141025, 700012, 400003, 700008, 700016, 700021, 148013, 148021, 148032,
    148033, 148041, 148048, 3777002, 3777003, 3777005, 3777027, 3777029, 3777043, 400101, 400102, 400103,
    404011, 180015, 180026, 180029, 180030, 110304, 34022035, 34022038, 34022041, 34022050, 34022051,
    34022107, 34022108, 60062, 60068, 60074, 60076, 60081,
  ],
  'insufficient-funds': [
    30256, 110006, 110011, 110039, 110040, 110046, 110051, 110053, 110131, 182108, 3400210, 3400211, 3400213,
    3400071, 170034, 176028, 176029, 176133, 182104, 182107, 131085, 131086, 131087, 131213, 140005, 400006,
    400007, 148009, 177014, 400105, 34022030, 34022031, 60070,
  ],
  'execution-unknown': [40004, 170035, 170212, 3777012],
  filter: [
    110017, 110020, 110021, 110061, 110092, 110093, 110107, 170134, 170137, 170148, 170192, 170193, 170195,
    170196, 170203, 176026, 176027, 176034, 131088, 131210, 60066, 60092, 61003, 61004, 61005, 61008,
  ],
  'not-found': [110031, 110034, 110037, 110062, 170143, 176010, 176020, 400004, 148027],
  unknown: [
    110073, 182110, 170149, 170150, 170311, 176005, 176006, 176135, 176136, 176137, 177021, 60072, 60073,
    60080,
  ],
};
const byCode = new Map<number, ErrorCategory>();
for (const [category, codes] of Object.entries(CODES))
  for (const code of codes) byCode.set(code, category as ErrorCategory);

// Fields the text's words do not name, or name wrongly; `null`: a rule with no single field.
const FIELDS: Readonly<Record<number, string | null>> = {
  3400139: null,
  148047: 'amount',
  110021: 'quantity',
  110061: null,
  110078: 'amount',
  170010: null,
  170124: 'quantity',
  170137: 'quantity',
  170148: 'quantity',
  170197: 'quantity',
  170198: 'quantity',
  170199: 'quantity',
  170200: 'quantity',
  170228: 'quantity',
  170810: null,
  148003: 'amount',
  148005: 'amount',
  148042: 'amount',
  177004: 'amount',
  180013: 'amount',
  110303: 'notional',
  110314: 'quantity',
  110319: 'quantity',
  34022033: 'amount',
  34022014: 'amount',
  61004: 'stopPrice',
  61005: 'stopPrice',
  61008: 'stopPrice',
  60200: null,
  60201: null,
};

// Texts of a code that mean something else than the code's other texts: tables of the document
// that give one code two uses (429 is also the trading service's load, 10003 also the WebSocket
// order entry's session cap, 7000xx also Prediction markets).
const TEXTS: readonly (readonly [number, RegExp, ErrorCategory])[] = [
  [429, /server load/i, 'unavailable'],
  [10003, /too many sessions/i, 'rate-limit'],
  [700002, /insufficient liquidity/i, 'order-rejected'],
  [700010, /insufficient usdc/i, 'insufficient-funds'],
];

// Bybit's wording the language's vocabulary reads otherwise, whatever the code (or none, as in
// pybit's messages and WebSocket answers).
const WORDS: readonly (readonly [RegExp, ErrorCategory])[] = [
  // A request signed outside recv_window: the clock, not the request.
  [/server timestamp|recv_window(?!=)|req_timestamp/i, 'clock-skew'],
  // Breaching the IP limit bans the IP for at least ten minutes (HTTP 403), unlike a UID's limit.
  [/breached the ip rate limit|access too frequent/i, 'ip-banned'],
  // The matching engine's reasons: the order's cost, or the equity a mode needs, is not there.
  [/cannot ?afford|\bequity\b/i, 'insufficient-funds'],
  // The order's position index against the account's position mode (hedge or one-way), as Binance's
  // "Order's position side does not match user's setting.".
  [/position ?idx not match/i, 'order-rejected'],
  // An endpoint that sends callers to another ("Please use the repay and no-convert-repay API.").
  [/please use the [\w-]+(?: and [\w-]+)* api\b/i, 'unsupported'],
];

// "Request parameter error" covers every request Bybit refuses: where it says more (pybit's
// "The number of contracts exceeds maximum limit allowed: too large, order_qty:… > max_qty:…"),
// its own words decide. So does the asset service's "openapi svc error", which also answers a
// withdrawal with "Account available balance insufficient".
const UMBRELLA = new Map([
  [10001, /^(?:request )?param(?:eter)?s? error\.?$/i],
  [131001, /^openapi svc error\.?$/i],
]);
const umbrellaCodes = [...UMBRELLA.keys()];

function classify({ code, message }: ClassifyInput): Classification | undefined {
  for (const [words, category] of WORDS) if (words.test(message)) return { category };
  if (code === null) return undefined;
  const umbrella = UMBRELLA.get(code);
  if (umbrella && message && !umbrella.test(message)) return undefined;
  for (const [known, text, category] of TEXTS) if (code === known && text.test(message)) return { category };
  return classified(byCode.get(code), FIELDS[code]);
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** `retCode` (v5), or `ret_code` (the older API and public WebSocket frames). */
const retCodeOf = (body: object) => toCode(field(body, 'retCode') ?? field(body, 'ret_code'));
const retMsgOf = (body: object) => text(field(body, 'retMsg') ?? field(body, 'ret_msg'));

/**
 * Bybit's answers, REST and WebSocket: `{"retCode":110007,"retMsg":"…","result":{},"retExtInfo":{}}`
 * (errors arrive in HTTP 200; `retCode: 0` is success); batch answers `retCode: 0` with
 * `retExtInfo.list` giving `{"code":…,"msg":…}` per order, the first failing one deciding, with the
 * positions of the failing orders; the trade WebSocket's `{"retCode":…,"retMsg":…,"op":
 * "order.create"}`; public WebSocket answers `{"success":false,"ret_msg":"…","op":"subscribe"}`.
 */
function readBybit(body: object): WireError | undefined {
  const code = retCodeOf(body);
  if (code !== null) {
    if (code !== 0) {
      // Some answers give their reasons apart (`set-margin-mode`: `result.reasons[].reasonMsg`).
      const reasons = field(field(body, 'result'), 'reasons');
      const why = Array.isArray(reasons) ? reasons.slice(0, 5).map((r) => text(field(r, 'reasonMsg'))) : [];
      const message = [retMsgOf(body), ...why.filter(Boolean)].join(': ');
      return { code, message };
    }
    const list = field(field(body, 'retExtInfo'), 'list');
    if (Array.isArray(list)) {
      const items = list.slice(0, 100);
      const failed = items.flatMap((item, i) => {
        const itemCode = toCode(field(item, 'code'));
        return itemCode !== null && itemCode !== 0 ? [i] : [];
      });
      const first = failed[0] === undefined ? undefined : items[failed[0]];
      if (first !== undefined)
        return {
          code: toCode(field(first, 'code')),
          message: text(field(first, 'msg')),
          failed,
          total: list.length,
        };
    }
    return { code: null, message: '', success: true };
  }
  const success = field(body, 'success');
  if (typeof success !== 'boolean') return undefined;
  return success ? { code: null, message: '', success: true } : { code: null, message: retMsgOf(body) };
}

/** Bybit's envelope: a `retCode` (or `ret_code`), or a WebSocket `success` flag beside `ret_msg`. */
function claimsBybit(body: object): boolean {
  if (retCodeOf(body) !== null) return true;
  return typeof field(body, 'success') === 'boolean' && typeof field(body, 'ret_msg') === 'string';
}

// REST endpoints that place, amend or cancel orders (one, a batch, all), or set a position's
// take-profit and stop-loss orders (not `pre-check`, which only checks).
const REST_WRITES =
  /^\/v5\/(?:order\/(?:create|amend|cancel|cancel-all|create-batch|amend-batch|cancel-batch)|position\/trading-stop)$/i;
// Trade WebSocket ops that do so.
const WS_WRITES = /^order\.(?:create|amend|cancel)(?:-batch)?$/i;

function writesOrder({ method, path }: WireRequest): boolean {
  if (WS_WRITES.test(method)) return true;
  return method.toUpperCase() === 'POST' && REST_WRITES.test(path.replace(/\/+$/, ''));
}

/**
 * Bybit (API v5): every code of its error-code document; its envelopes, where errors arrive in
 * HTTP 200 (`retCode`) and batch answers say per order what failed (`retExtInfo.list`); its API
 * hosts and ccxt ids; the order endpoints and trade WebSocket ops whose lost answers leave an
 * order's outcome unknown; and the `X-Bapi-Limit-Reset-Timestamp` header that says when a rate
 * limit resets.
 *
 * @example
 * ```ts
 * import { resolveExchangeError } from 'exchange-error-kit';
 * import { bybit } from 'exchange-error-kit/exchanges/bybit';
 *
 * const error = resolveExchangeError(
 *   { retCode: 10006, retMsg: 'Too many visits. Exceeded the API Rate Limit.', result: {} },
 *   { exchanges: [bybit], headers: { 'X-Bapi-Limit-Reset-Timestamp': '1700000002000' }, now: 1700000000000 },
 * );
 * error?.category; // 'rate-limit'
 * error?.retry; // { strategy: 'after', retryAt: 1700000002000 }
 * ```
 */
export const bybit: ExchangeProfile<BybitErrors, 'bybit'> = {
  id: 'bybit',
  name: 'Bybit',
  catalog: bybitData,
  detect: {
    paths: /^\/v5\//,
    // Each domain and its subdomains (`api.`, `api-testnet.`, `api-demo.`, `stream.` …): the global
    // site, its alternative `bytick.com`, and the regional sites (EEA, Netherlands, Turkey,
    // Kazakhstan, Georgia, UAE, Indonesia).
    hosts: [
      'bybit.com',
      'bytick.com',
      'bybit.eu',
      'bybit.nl',
      'bybit-tr.com',
      'bybit.kz',
      'bybitgeorgia.ge',
      'bybit.ae',
      'bybit.id',
    ],
    ccxt: ['bybit', 'bybiteu', 'bybitid'],
    // pybit's exceptions and logs, and its way of writing the code: `… (ErrCode: 10001) (ErrTime: …)`.
    texts: /\bpybit\b|\(ErrCode: -?\d+\)/,
    claims: claimsBybit,
  },
  read: readBybit,
  writesOrder,
  resetHeaders: ['X-Bapi-Limit-Reset-Timestamp'],
  // "403, access too frequent": "terminate all HTTP sessions and wait for at least 10 minutes"
  // (Bybit's rate-limit page); the answer itself says nothing of the ban's end.
  banWait: 10 * 60_000,
  umbrellaCodes,
  classify,
};
