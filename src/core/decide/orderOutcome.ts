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
 * inside an answer (an envelope's code 500, or "internal server error", in an HTTP 200), or an
 * error nothing could read. Only a 4xx, or a body that says what went wrong, is a definite no; a
 * ccxt exception's class says which it was.
 */
export function lostAnswer(facts: Facts, decided: ErrorCategory | undefined): ErrorCategory | undefined {
  if (facts.kind !== 'writes-orders' || decided === undefined) return decided;
  const status = facts.httpStatus;
  // ccxt's fallback classes say neither a definite no nor a lost answer: ExchangeError for codes its
  // maps lack, ExchangeNotAvailable for a 5xx (and many a 4xx, and a busy server). When nothing
  // decided more than "unavailable" or "unknown", no 4xx came, and the answer's own words say the
  // server failed or timed out while handling the order, it may have gone through.
  if (
    (facts.ccxt?.name === 'ExchangeError' || facts.ccxt?.name === 'ExchangeNotAvailable') &&
    (decided === 'unavailable' || decided === 'unknown') &&
    !(status !== undefined && status >= 400 && status < 500) &&
    facts.language.saysServerFailed?.(facts.message) === true
  )
    return 'execution-unknown';
  // Otherwise ccxt says whether the exchange answered: an answer is a definite no, a silence may be a yes.
  if (facts.ccxt?.family === 'answered') return decided;
  if (facts.ccxt?.lost) return 'execution-unknown';
  // A ccxt failure that proves the request never left (DNS, a refused connection), or one whose
  // status does not say the server failed: nothing reached the exchange, or it refused.
  if (facts.ccxt && (status ?? 0) < 500 && status !== 408) return decided;
  const lost = (status ?? 0) >= 500 || status === 408;
  // An envelope in a 2xx that reports a server failure (`{"code":500,"message":"Server error"}`)
  // lost the answer; one that says the service refuses orders now (maintenance, post-only mode)
  // is a definite no.
  // So does one whose words say the server failed while handling it (Bybit's 10016 "internal
  // server error" in an HTTP 200).
  const code = facts.wire.code ?? 0;
  const serverFailed =
    status !== undefined &&
    status < 400 &&
    ((code >= 500 && code < 600) || facts.language.saysServerFailed?.(facts.message) === true);
  const unknown =
    decided === 'unavailable'
      ? lost || status === undefined || serverFailed
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
