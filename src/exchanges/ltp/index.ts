import type { ExchangeProfile, WireError } from '../../core/profile';
import type { ErrorCategory } from '../../core/types';
import { read as field } from '../../core/wireValues';
import { type LtpErrors, ltpData } from './ltp.data';

// Codes whose message alone reads wrongly ("Page size exceeds the allowed limit" is a request
// problem, not a trading limit). Every other code is classified from its message by the
// language's vocabulary; the test `ltpCatalog.test.ts` holds the expected category of every entry.
const CODES: Partial<Record<ErrorCategory, readonly number[]>> = {
  'invalid-request': [501, 400002, 400003, 400008, 401108, 403008, 406004, 406007, 601005, 601015],
  'account-restricted': [100002, 100003],
  // "Exchange account not initialized — transfer funds to this portfolio first".
  'insufficient-funds': [401046],
  'order-rejected': [401047, 401111, 401222],
  filter: [401114, 401239],
  unknown: [401444],
  unavailable: [401230, 406013],
  unsupported: [406000, 406010],
};
const byCode = new Map<number, ErrorCategory>();
for (const [category, codes] of Object.entries(CODES))
  for (const code of codes) byCode.set(code, category as ErrorCategory);

/** The envelope of every answer, REST or WebSocket: `{"code":401017,"message":"…","data":…}`. */
function readLtp(body: object): WireError | undefined {
  const code = field(body, 'code');
  const numeric =
    typeof code === 'number' && Number.isSafeInteger(code)
      ? code
      : typeof code === 'string' && /^\d{1,9}$/.test(code)
        ? Number(code)
        : null;
  if (numeric === null) return undefined;
  const message = field(body, 'message');
  return { code: numeric, message: typeof message === 'string' ? message : '' };
}

const documented = new Set<number>(ltpData.entries.map((entry) => entry.code));
const ENVELOPE = new Set(['code', 'message', 'data']);

/**
 * A numeric code of three digits or more beside a `message` (not Binance's `msg`): the whole
 * envelope `{code, message, data}` and nothing else, or a code LTP documents. `{code, message}` is
 * many exchanges' answer (Poloniex's `{"code":21351,"message":"User trade freeze"}`, Crypto.com's),
 * and BitMart's adds a `trace`.
 */
function claimsLtp(body: object): boolean {
  const code = field(body, 'code');
  return (
    typeof code === 'number' &&
    code >= 100 &&
    typeof field(body, 'message') === 'string' &&
    field(body, 'msg') === undefined &&
    (documented.has(code) || ('data' in body && Object.keys(body).every((key) => ENVELOPE.has(key))))
  );
}

/**
 * The LTP (RapidX) portfolio API: its error catalog, its envelope (errors arrive in HTTP 200
 * bodies; codes 200 and 200000 are success, so the resolver returns `null` for them), and the rules
 * that classify its codes.
 *
 * @example
 * ```ts
 * import { resolveExchangeError } from 'exchange-error-kit';
 * import { ltp } from 'exchange-error-kit/exchanges/ltp';
 *
 * resolveExchangeError({ code: 401017, message: 'Order amount should be greater than the min notional', data: null }, { exchanges: [ltp] })?.field; // 'notional'
 * resolveExchangeError({ code: 200000, message: 'Success', data: {} }, { exchanges: [ltp] }); // null
 * ```
 */
export const ltp: ExchangeProfile<LtpErrors, 'ltp'> = {
  id: 'ltp',
  name: 'LTP',
  catalog: ltpData,
  detect: { claims: claimsLtp },
  read: readLtp,
  classify: ({ code }) => {
    const category = code === null ? undefined : byCode.get(code);
    return category && { category };
  },
  // "The maximum leverage for this symbol is %s" would otherwise name its value `symbol`.
  params: {
    401112: ['maxLeverage'],
    401239: ['maxLeverage'],
    401246: ['currentPrice'],
    401247: ['currentPrice'],
  },
  copy: {
    401009: {
      title: 'Duplicate client order ID',
      description: 'An order with this clientOrderId already exists. Use a new ID for each order.',
    },
    401018: {
      title: 'Order not found',
      description: 'The order may have been filled or cancelled; refresh your orders.',
    },
    2001: {
      title: 'IP address not whitelisted',
      description: "This IP address is not on the API key's whitelist. Add it in the key's settings.",
    },
  },
};
