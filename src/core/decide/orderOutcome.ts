import type { ErrorCategory } from '../types';
import type { Facts } from './facts';

/**
 * Text that says the execution status is unknown wins over what its code usually means (-1000
 * carrying -1007's text): resending could place the order twice. A ban or a rate limit stays:
 * nothing was executed.
 */
export function statedOutcome(facts: Facts, decided: ErrorCategory | undefined): ErrorCategory | undefined {
  if (decided === 'ip-banned' || decided === 'rate-limit' || facts.html) return decided;
  return facts.language.saysOutcomeUnknown(facts.message) ? 'execution-unknown' : decided;
}

/**
 * An order request whose answer may not say no: a lost answer (network error, 408, timeout), a
 * 5xx ("the execution status is UNKNOWN and could have been a success"), a server failure reported
 * inside an answer (an envelope's `500 Server error` in an HTTP 200), or an error nothing could
 * read. Only a 4xx, or a body that says what went wrong, is a definite no.
 */
export function lostAnswer(facts: Facts, decided: ErrorCategory | undefined): ErrorCategory | undefined {
  if (facts.kind !== 'writes-orders' || decided === undefined) return decided;
  const status = facts.httpStatus;
  const lost = (status ?? 0) >= 500 || status === 408;
  const unknown =
    decided === 'unavailable'
      ? lost || status === undefined || status < 400
      : decided === 'unknown' && (lost || (facts.wire.code === null && status === undefined));
  return unknown ? 'execution-unknown' : decided;
}

/**
 * A timeout on a read changed nothing: the read may simply be made again. What the exchange
 * itself calls unknown (its documented code, or words saying so) stays unknown, read or not.
 */
export function readTimeout(facts: Facts, decided: ErrorCategory | undefined): ErrorCategory | undefined {
  if (decided !== 'execution-unknown' || facts.kind !== 'reads') return decided;
  if (facts.ruled?.category === 'execution-unknown') return decided;
  return facts.language.saysOutcomeUnknown(facts.message) ? decided : 'unavailable';
}
