import type { ErrorCategory, ExchangeCatalog } from '../core/types';
import { type LtpErrors, ltpData } from './ltp.data';

// Codes whose message alone reads wrongly ("Page size exceeds the allowed limit" is a request
// problem, not a trading limit). Every other code is classified from its message by the core's
// patterns; the test `ltpCatalog.test.ts` holds the expected category of every entry.
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

/**
 * The LTP (RapidX) portfolio API error catalog, with the rules that classify it. Its envelope
 * codes 200 and 200000 are success: the resolver returns `null` for them.
 *
 * @example
 * ```ts
 * import { resolveExchangeError } from 'exchange-error-kit';
 * import { ltp } from 'exchange-error-kit/catalogs/ltp';
 *
 * resolveExchangeError({ code: 401017, message: 'Order amount should be greater than the min notional', data: null }, { catalogs: [ltp] })?.field; // 'notional'
 * resolveExchangeError({ code: 200000, message: 'Success', data: {} }, { catalogs: [ltp] }); // null
 * ```
 */
export const ltp: ExchangeCatalog<LtpErrors, 'ltp'> = {
  ...ltpData,
  rules: {
    classify: (code) => {
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
  },
};
