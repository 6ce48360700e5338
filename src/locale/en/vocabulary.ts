import type { ErrorCategory, OrderField } from '../../core/types';
import type { WaitHint } from '../types';

// The English words exchanges use, for messages no catalog documents. Ordered: the first pattern
// that matches decides. Earlier ones are the unambiguous or the safer verdicts ("execution status
// unknown" before "failed", "restricted location" before "unavailable").

/**
 * Text that says outright that the execution status is unknown, however it is worded: "execution
 * status unknown", "The execution status is UNKNOWN", "unknown execution status", "Operation may
 * or may not have succeeded".
 */
const STATUS_UNKNOWN =
  /status:? (?:is )?unknown|unknown (?:execution |send |order )?status|may or may not have (?:succeeded|been)/i;
/** The same, or a timeout: either may mean the request went through. */
const OUTCOME_UNKNOWN = new RegExp(`${STATUS_UNKNOWN.source}|time[ds]?[ -]?out\\b`, 'i');

const PATTERNS: readonly (readonly [ErrorCategory, RegExp])[] = [
  ['execution-unknown', OUTCOME_UNKNOWN],
  ['ip-banned', /banned until|\bip\b[^.]*\bbanned|way too much request weight/i],
  [
    'clock-skew',
    /timestamp for this request|ahead of the server|invalid nonce|nonce is invalid|nonce\b.{0,40}\b(?:small|low|less|too|used)|timestamp (?:request )?(?:is )?expired|request (?:has )?expired|recv_?window(?!=)|(?:expired|invalid) timestamp|timestamp (?:is )?(?:out of|outside)|out of (?:the )?time window|nonce\b.{0,40}\bnot (?:increas|within)|nonce must be (?:greater|larger|higher)|not within \d+ seconds of (?:the )?server time|timestamp mismatch|acceptable window/i,
  ],
  [
    'rate-limit',
    /too many (?:re|new|inv|codes|visits|calls)|request weight|rate.?limit|frequen|request limit|throttl|slow down|more than \d+ requests?|try again in (?:\d+|an?|one) (?:second|minute|hour)|\bin (?:the last )?\d+ (?:second|minute|hour|day)s?\b|\d+-hour limit|daily\b.*\blimit|times exceed|max permits|\bper (?:\d+ )?seconds?\b/i,
  ],
  [
    'auth',
    /api[- ]?key|signature|authori[sz]|authentication (?:fail|error|required)|requires? authentication|permissions? for|log ?in\b|\bauth\b|verification failed|unauthenticated|permission denied|\blog ?on\b|invalid credentials/i,
  ],
  [
    'order-rejected',
    /rejected|\bnot accepted\b|would (?:immediately|trigger|cause)|will affect|post only|as maker|position side|duplicat(?!e values)|already (?:exists?|set|completed|been)|cancel restrictions|cannot be cancel|cancellation failed|pending|cancelling|in process|market is closed|not in \w+ (?:status|time)|order state|does not allow|order exists|positionqty is 0|position (?:size|quantity) |position is (?:zero|empty)|positions? first|better price|worse price|no open position|must be set before|does not match/i,
  ],
  // Before the request-shape words: "Invalid order: not enough tradable balance".
  [
    'insufficient-funds',
    /insufficient|not enough|no enough|have enough|margin is|margin level|less than zero|you don.t have (?:this|enough)|temporarily locked|you have only [\d.]+|check your (?:account )?balance|low (?:available )?balance|balance (?:is )?too low/i,
  ],
  // A value the symbol's rules refuse ("Invalid quantity for symbol BTCUSD: 0.000853…"), before
  // "Invalid …" reads as a parameter.
  [
    'filter',
    /invalid (?:price|quantity|qty|amount|size|volume) for (?:the )?(?:symbol|market|pair|instrument)/i,
  ],
  // Request-shape problems whose wording would otherwise read as a limit ("Invalid limit value")
  // or as the server failing ("Failed to decode incoming data", "Failed to subscribe").
  [
    'invalid-request',
    /^invalid\b|characters|same as|not consistent|too long|validation|verification|failed to (?:(?:decode|parse|deseriali[sz]e|unmarshal) (?:incoming|(?:the )?(?:request|json body))|subscribe)|check your (?:arguments|param)|\bno \w+ (?:provided|given|specified)|syntax error|(?:request entity|payload) too large|method (?:is )?not allowed|parameters? (?:are|is) forbidden in/i,
  ],
  [
    'account-restricted',
    /restrict|not permitted|travel rule|risk control|liquidat|\bbann?ed\b|forbid|disabled|not allowed|may not|don.t allow|blacklist|white ?list|2fa|agreement|invited|frozen|\bfreeze\b|suspended|suspect|prohibit|is limited|your location|not opened|account (?:is )?locked|compliance|\bkyc\b|jurisdiction|(?:country|region) (?:is )?not supported|terms of (?:use|service)|verify (?:your|their) identity|identity verification|account has not (?:yet )?been (?:authenticated|verified)/i,
  ],
  [
    'not-found',
    /\bnot[ _]?(?:exists?|found)|no such|unknown[ _]order|no records|no relation|can ?not find|no account found|(?:don|doesn).t have|not belong|not charged|archived|\bno \w+ found\b/i,
  ],
  [
    'unsupported',
    /not (?:currently )?supported|unsupported|n.t support|not support|no longer available|only support|support .*only|not available|not enabled|not open for|cannot be replaced|only available|can.t change|not loanable|can ?not be used|inactive|\b(?:limit|post|cancel|reduce)[ -]only mode|nonsupport/i,
  ],
  [
    'filter',
    /notional|lot.?size|tick.?size|\btick\b|precision|too (?:small|large|low|high|much|big|little|accurate)|smallest unit|decimals? too long|decimal places|minimum|maximum|min |max |exceed|below|multiple of|greater than|less than|lower than|smaller|limit|quota|price \* qty|filter|(?:qty|quantity|amount|size|total|price|notional|value|volume) (?:must|should) (?:be )?(?:at least|between)|\d+% (?:away|above|below)|away from the (?:reference|mark|market|index|last) price/i,
  ],
  [
    'unavailable',
    /internal|server error|busy|overload|maintenance|unavailable|try again|fail|unexpected|clearing|exchange error|not been processed|network|socket|econn|etimedout|enotfound|technical (?:issue|problem|difficult)|service return(?:ed)? an error|connection (?:reset|refused|closed|aborted)|hang up|broken pipe/i,
  ],
  [
    'invalid-request',
    /invalid|illegal|mandatory|malformed|param|required|must|should|empty|not valid|not an? valid|cannot|can not|unknown|missing|mismatch|either|identical|only contain|fewer than/i,
  ],
];

/**
 * Classifies an exchange message by broad English patterns ("insufficient", "not exist", "too
 * many" …), for codes no catalog documents. `undefined` when nothing matches.
 *
 * @example
 * ```ts
 * classifyMessage('Margin is insufficient.'); // 'insufficient-funds'
 * classifyMessage("Order's notional must be no smaller than 5.0 (unless you choose reduce only)"); // 'filter'
 * ```
 */
export function classifyMessage(message: string): ErrorCategory | undefined {
  // An address is no words: `…/klines?limit=500` says nothing of a limit.
  const words = asWords(message.includes('://') ? message.replace(ADDRESS, ' ') : message);
  if (words === undefined) return undefined;
  for (const [category, pattern] of PATTERNS) if (pattern.test(words)) return category;
  return undefined;
}

// What the error pages of CDNs and proxies say of why they were sent, first match wins. A page
// also holds boilerplate ("There might be too much traffic … Try again later" on every CloudFront
// error), so only words that name the reason count.
const PAGE_PATTERNS: readonly (readonly [ErrorCategory, RegExp])[] = [
  [
    'account-restricted',
    /\b(?:block(?:s|ed)?|restrict(?:s|ed)?|den(?:y|ies|ied)|prohibit(?:s|ed)?) access from your (?:country|region|location)|\b(?:not|isn.t) available (?:in|from|to (?:users|residents) (?:in|of)) your (?:country|region|location|jurisdiction)|\brestricted (?:location|jurisdiction|region|country)/i,
  ],
  ['rate-limit', /\byou are being rate.?limited|\btoo many requests\b|\brate limit(?:ed| exceeded)/i],
  [
    'unavailable',
    /\bmaintenance\b|\bbad gateway\b|\bservice (?:temporarily )?unavailable\b|\bgateway time-?out\b|\borigin is unreachable\b|\bweb server is down\b/i,
  ],
];

/**
 * Classifies an HTML error page by the words that say why it was sent: a blocked country, a rate
 * limit, a gateway or maintenance page. `undefined` for any other page (its status decides).
 *
 * @example
 * ```ts
 * classifyPage('ERROR: The request could not be satisfied 403 ERROR … configured to block access from your country.'); // 'account-restricted'
 * ```
 */
export function classifyPage(words: string): ErrorCategory | undefined {
  for (const [category, pattern] of PAGE_PATTERNS) if (pattern.test(words)) return category;
  return undefined;
}

const ADDRESS = /\b[a-z][a-z\d+.-]*:\/\/\S+/gi;

// Scripts of languages other than English: such a message is not read for English words.
const OTHER_SCRIPT = /[\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/**
 * A message as English words: a code-like `not_enough_funds` or `priceWrongTick` split into
 * words; `undefined` for a message in another language (mostly in another script), which the
 * code and the exception's class must decide instead of English words found in passing.
 */
function asWords(message: string): string | undefined {
  const foreign = message.match(OTHER_SCRIPT)?.length ?? 0;
  if (foreign > 0 && foreign * 2 >= message.replace(/[\s\d\p{P}]/gu, '').length) return undefined;
  if (/\s/.test(message.trim()) || !/[_a-z][A-Z]|_/.test(message)) return message;
  return message.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2');
}

/** Whether a message says outright that the execution status is unknown (not a mere timeout). */
export const saysOutcomeUnknown = (message: string): boolean => STATUS_UNKNOWN.test(message);

// The server failed while handling the request: what it did before failing is not said.
const SERVER_FAILED =
  /\binternal (?:server |system )?error|^\s*(?:server|system) error\b|\bunexpected error\b|\b(?:server|system|service|gateway|request) time(?:d? ?|-)?out\b|\bservice return(?:ed)? an error/i;

/**
 * Whether a message says the server itself failed while handling the request ("internal server
 * error", "System error"): on an order, not a definite no.
 */
export const saysServerFailed = (message: string): boolean => SERVER_FAILED.test(message);

/** A body whose whole message is a word of success: `{"code":0,"msg":"success"}`. */
export const saysSuccess = (message: string): boolean =>
  /^\s*(?:ok|success(?:ful)?|succeeded|done)\s*[.!]?\s*$/i.test(message);

// Words in a rule message, first match wins: "notional" before "price" ("min notional (price *
// quantity)"), TP/SL and trigger prices before the order price, an order's value before its size
// ("Your order size 0.0037 USDT is too small" is about the total, in the quote currency).
const WORDS: readonly (readonly [OrderField, RegExp])[] = [
  ['leverage', /leverage/i],
  ['notional', /notional|price \* qty|order (?:value|total)|trade value|\bfunds?\b|\bcost\b/i],
  ['icebergQty', /iceberg/i],
  ['trailingDelta', /trailing/i],
  ['quoteOrderQty', /quote ?order ?qty/i],
  ['stopPrice', /tp\/?sl|trigger|stop ?price/i],
  ['price', /price/i],
  ['notional', /\d\s*(?:usdt|usdc|busd|fdusd|usd|eur|try|brl)\b/i],
  ['quantity', /quantity|qty|lot.?size|\bsize\b|order minimum|contracts?\b|volume/i],
  ['amount', /amount/i],
];
// Request parameters named in a message that are order-form fields, as exchanges spell them.
const PARAMS: Readonly<Record<string, OrderField>> = {
  quantity: 'quantity',
  qty: 'quantity',
  orderqty: 'quantity',
  origqty: 'quantity',
  price: 'price',
  limitprice: 'price',
  stopprice: 'stopPrice',
  icebergqty: 'icebergQty',
  trailingdelta: 'trailingDelta',
  quoteorderqty: 'quoteOrderQty',
  leverage: 'leverage',
  amount: 'amount',
  notional: 'notional',
};
// ``parameter 'price'``, ``Mandatory parameter `quantity` …``, `Invalid orderQty`, `Price is invalid`,
// `amount: invalid`.
const NAMED = /param(?:eter)?\s*[`'"]?(\w+)|^invalid\s+(\w+)\.?$|^(\w+)(?: is|:) invalid/i;

/**
 * The order-form field a message is about: for a trading-rule failure, the quantity the rule
 * names; for an invalid request, the parameter it names when that is an order field (`symbol`
 * or `ip` is not). `undefined` when no single field can be marked.
 *
 * @example
 * ```ts
 * fieldOf('filter', "Order's notional must be no smaller than 5.0"); // 'notional'
 * fieldOf('invalid-request', "Illegal characters found in parameter 'quantity'"); // 'quantity'
 * ```
 */
export function fieldOf(category: ErrorCategory, message: string): OrderField | undefined {
  if (category === 'filter') {
    const words = asWords(message) ?? message;
    return WORDS.find(([, pattern]) => pattern.test(words))?.[0];
  }
  if (category !== 'invalid-request') return undefined;
  const named = NAMED.exec(message);
  const param = (named?.[1] ?? named?.[2] ?? named?.[3])?.toLowerCase();
  return param && Object.hasOwn(PARAMS, param) ? PARAMS[param] : undefined;
}

const UNIT_MS: Record<string, number> = { second: 1e3, minute: 6e4, hour: 36e5, day: 864e5 };

/**
 * What a message says about waiting: "IP banned until 1659146400000" (epoch ms, or seconds when
 * ten digits long); "current limit is 50 orders per 10 SECOND", "1 request in 2 seconds", "try
 * again in one minute" (one whole window is an upper bound on the wait).
 */
export function waitOf(message: string): WaitHint | undefined {
  const until = /banned until (\d{10,13})(?!\d)/i.exec(message);
  if (until) return { until: Number(until[1]) * (until[1]!.length < 13 ? 1000 : 1) };
  const span = /\b(?:per|in) (\d+|an?|one) (second|minute|hour|day)s?\b/i.exec(message);
  return span ? { spanMs: (Number(span[1]) || 1) * (UNIT_MS[span[2]!.toLowerCase()] ?? 0) } : undefined;
}
