/** FNV-1a, 32 bit: short, fast, and stable across runs and platforms. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * A stable key for "the same error": `source:code:category:hash`, where the hash is of the matched
 * catalog template, or of the message with its numbers blanked when no template matched. So
 * "limit is 50 per 10 SECOND" and "limit is 160000 per 1 DAY" share a fingerprint, and "notional
 * must be no smaller than 5" and "… than 20" do too, while LOT_SIZE and MIN_NOTIONAL differ.
 *
 * @example
 * ```ts
 * fingerprint('binance-spot', -1015, 'rate-limit', 'Too many new orders; current limit is %s orders per %s.');
 * // 'binance-spot:-1015:rate-limit:decale'
 * ```
 */
export function fingerprint(source: string, code: number | null, category: string, text: string): string {
  const hash = fnv1a(text.toLowerCase().replace(/\d+(?:\.\d+)?/g, '#'));
  return `${source}:${code ?? ''}:${category}:${hash}`;
}
