import type { ErrorCategory } from './types';

/**
 * Text that says the request may or may not have executed, however it is worded: "execution
 * status unknown" (-1006, -1007), "The execution status is UNKNOWN" (Binance on HTTP 5xx),
 * "unknown execution status", and timeouts.
 */
export const EXECUTION_UNKNOWN =
  /status:? (?:is )?unknown|unknown (?:execution |send |order )?status|time[ds]?[ -]?out\b/i;
/** Text that says outright that the execution status is unknown (not a mere timeout). */
export const STATUS_UNKNOWN = /status:? (?:is )?unknown|unknown (?:execution |send |order )?status/i;

// Ordered: the first pattern that matches decides. Earlier ones are the unambiguous or the safer
// verdicts ("execution status unknown" before "failed", "restricted location" before "unavailable").
const PATTERNS: readonly (readonly [ErrorCategory, RegExp])[] = [
  ['execution-unknown', EXECUTION_UNKNOWN],
  ['ip-banned', /banned until|\bip\b[^.]*\bbanned|way too much request weight/i],
  ['clock-skew', /timestamp for this request|ahead of the server|invalid nonce|nonce is invalid/i],
  [
    'rate-limit',
    /too many (?:re|new|inv|codes)|request weight|rate.?limit|frequen|more than \d+ requests?|try again in (?:\d+|an?|one) (?:second|minute|hour)|\bin (?:the last )?\d+ (?:second|minute|hour|day)s?\b|\d+-hour limit|daily\b.*\blimit|times exceed/i,
  ],
  [
    'auth',
    /api[- ]?key|signature|authori[sz]|permissions? for|log ?in\b|\bauth\b|verification failed|unauthenticated/i,
  ],
  [
    'order-rejected',
    /rejected|would (?:immediately|trigger|cause)|will affect|post only|as maker|position side|duplicat(?!e values)|already (?:exists?|set|completed|been)|cancel restrictions|cannot be cancel|cancellation failed|pending|cancelling|in process|market is closed|not in \w+ (?:status|time)|order state|does not allow|order exists|positionqty is 0|position (?:size|quantity) |positions? first|better price|worse price|no open position|must be set before|does not match/i,
  ],
  // Request-shape problems whose wording would otherwise read as a limit ("Invalid limit value").
  ['invalid-request', /^invalid\b|characters|same as|not consistent|too long|validation|verification/i],
  [
    'insufficient-funds',
    /insufficient|not enough|no enough|have enough|margin is|margin level|less than zero|you don.t have (?:this|enough)|temporarily locked/i,
  ],
  [
    'account-restricted',
    /restrict|not permitted|travel rule|risk control|liquidat|\bbann?ed\b|forbid|disabled|not allowed|may not|don.t allow|blacklist|white ?list|2fa|agreement|invited|frozen|suspended|suspect|prohibit|is limited|your location|not opened/i,
  ],
  [
    'not-found',
    /not[ _]?(?:exists?|found)|no such|unknown[ _]order|no records|no relation|can ?not find|no account found|(?:don|doesn).t have|not belong|not charged|archived/i,
  ],
  [
    'unsupported',
    /not (?:currently )?supported|unsupported|n.t support|not support|no longer available|only support|support .*only|not available|not enabled|not open for|cannot be replaced|only available|can.t change|not loanable|can ?not be used|inactive/i,
  ],
  [
    'filter',
    /notional|lot.?size|tick.?size|precision|too (?:small|large|low|high|much|big)|minimum|maximum|min |max |exceed|below|multiple of|greater than|less than|smaller|limit|quota|price \* qty|filter/i,
  ],
  [
    'unavailable',
    /internal|server error|busy|overload|maintenance|unavailable|try again|fail|unexpected|clearing|exchange error|not been processed|network|socket|econn|etimedout|enotfound/i,
  ],
  [
    'invalid-request',
    /invalid|illegal|mandatory|malformed|param|required|must|should|empty|not valid|not an? valid|cannot|can not|unknown|missing|mismatch|either|identical|only contain|fewer than/i,
  ],
];

/**
 * Classifies an exchange message by broad patterns ("insufficient", "not exist", "too many" …),
 * for codes the catalog lacks and exchanges without one. `undefined` when nothing matches.
 *
 * @example
 * ```ts
 * classifyMessage('Margin is insufficient.'); // 'insufficient-funds'
 * classifyMessage("Order's notional must be no smaller than 5.0 (unless you choose reduce only)"); // 'filter'
 * ```
 */
export function classifyMessage(message: string): ErrorCategory | undefined {
  for (const [category, pattern] of PATTERNS) if (pattern.test(message)) return category;
  return undefined;
}
