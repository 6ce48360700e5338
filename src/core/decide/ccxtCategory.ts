import type { ErrorCategory } from '../types';
import type { Facts } from './facts';

// ccxt's broad classes: they say which family, not what went wrong; the words say more.
const BROAD = new Set([
  'BaseError',
  'ExchangeError',
  'OperationFailed',
  'NetworkError',
  'BadRequest',
  'InvalidOrder',
  'ExchangeNotAvailable',
]);

/**
 * What a ccxt exception's class says, once the exchange's own code has had its say: the class
 * gives the family (the exchange answered, or no answer came) and, when the profile did not
 * classify the code, the category. A specific class (`InsufficientFunds`, `InvalidNonce`)
 * outranks the message's words; a broad one (`ExchangeError`, `InvalidOrder`) only fills in when
 * the words say nothing. An answer is never made an unknown outcome by its words alone.
 *
 * @example
 * ```ts
 * ccxtCategory({ ccxt: { name: 'InvalidNonce', category: 'clock-skew', family: 'answered' }, … }, 'invalid-request'); // 'clock-skew'
 * ```
 */
export function ccxtCategory(facts: Facts, decided: ErrorCategory | undefined): ErrorCategory | undefined {
  const ccxt = facts.ccxt;
  if (!ccxt || facts.ruled) return decided;
  const own = ccxt.category === 'unknown' ? undefined : ccxt.category;
  if (decided === undefined) return own;
  if (ccxt.family === 'answered' && decided === 'execution-unknown') return own;
  // ccxt raises AuthenticationError for many exchanges' timestamp windows (Bitvavo 304): words
  // that say the clock keep it, since resyncing is what fixes it.
  if (decided === 'clock-skew' && own === 'auth') return decided;
  return BROAD.has(ccxt.name) ? decided : (own ?? decided);
}
