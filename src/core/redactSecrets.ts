// Credentials by name, in query strings (`signature=…`), JSON (`"apiKey":"…"`), header dumps
// (`'X-MBX-APIKEY': '…'`, `Authorization: Bearer …`) and key=value logs. LTP signs with `sign`.
const NAMED =
  /\b((?:x-mbx-)?api[-_]?(?:key|secret)|apikey|secret(?:[-_]?key)?|signature|sign|listen[-_]?key|passphrase|password|(?:access[-_]?|refresh[-_]?)?token|authorization)(["']?\s*[:=]\s*["']?(?:bearer\s+)?)[^\s"'&,;}\]]+/gi;
// Binance API keys, HMAC signatures and listen keys (in `/ws/<listenKey>` stream URLs) are 60-64
// letters and digits; nothing else in an error message is that long without a break.
const LONG_TOKEN = /\b[A-Za-z0-9]{48,}\b/g;

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
  return text.replace(NAMED, '$1$2[redacted]').replace(LONG_TOKEN, '[redacted]');
}
