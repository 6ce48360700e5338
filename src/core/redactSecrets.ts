// Credentials by name, in query strings (`signature=…`), JSON (`"apiKey":"…"`), header dumps
// (`'<PREFIX>-APIKEY': '…'`, `…-ACCESS-KEY`, `…-SIGN`, `Authorization: <scheme> …` of any scheme, a
// header's values as a list `["…"]`), URL-encoded query strings (`signature%3D…`) and key=value
// logs. A header's prefix stays outside the match: the name starts after its last dash.
const NAMED =
  /(?:(?<=%[\dA-Fa-f]{2})|\b)(api[-_]?(?:key|secret)|apikey|access[-_]?(?:key|sign|passphrase)|secret(?:[-_]?key)?|signature|sign|listen[-_]?key|passphrase|password|(?:access[-_]?|refresh[-_]?)?token|authorization)(["']?\s*(?:[:=]|%3[dD])\s*\[?\s*["']?(?:(?<=authorization\W*)[A-Za-z][\w-]*\s+(?=[^\s"'&,;}\]]))?)([^\s"'&,;}\]]+)/gi;
// A cheap pre-check: most messages name no credential at all.
const NAMES = /key|secret|sign|pass|token|auth/i;
// API keys, HMAC signatures and listen keys (in `/ws/<listenKey>` stream URLs) run to 60-64
// letters and digits; nothing else in an error message is that long without a break.
const LONG_TOKEN = /\b[A-Za-z0-9]{48,}\b/g;

// A plain word after a credential's name is the exchange speaking (`apikey: invalid`,
// `signature: mismatch.`), not a credential: keys, signatures and tokens are machine strings.
// People choose passwords and passphrases, so theirs go whatever they look like.
const WORD = /^(?:[a-z]{1,20}|[A-Z][a-z]{0,19}|[A-Z]{1,20})[.!]?$/;
const CHOSEN = /pass/i;

// A value already redacted stays as it is: redacting twice must not add brackets each time.
const redactValue = (match: string, name: string, separator: string, value: string) =>
  `${separator}${value}`.includes('[redacted') || (WORD.test(value) && !CHOSEN.test(name))
    ? match
    : `${name}${separator}[redacted]`;

function hasLongToken(text: string): boolean {
  for (let i = 0, run = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    run = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) ? run + 1 : 0;
    if (run === 48) return true;
  }
  return false;
}

/**
 * Replaces API keys, signatures, listen keys, tokens and passwords in a text with `[redacted]`.
 * The resolver applies it to every string it outputs; use it for your own logs too.
 *
 * @example
 * ```ts
 * redactSecrets('GET /api/v3/order?symbol=BTCUSDT&signature=9f86d0818…');
 * // 'GET /api/v3/order?symbol=BTCUSDT&signature=[redacted]'
 * ```
 */
export function redactSecrets(text: string): string {
  const named = NAMES.test(text) ? text.replace(NAMED, redactValue) : text;
  return hasLongToken(named) ? named.replace(LONG_TOKEN, '[redacted]') : named;
}
