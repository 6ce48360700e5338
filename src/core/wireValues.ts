/**
 * A property read that survives getters that throw, hostile Proxies and values that are not
 * objects: what a profile's `read` uses on a body it does not trust. Exported as `readField`.
 *
 * @example
 * ```ts
 * readField({ err: { id: 7 } }, 'err'); // { id: 7 }
 * readField('text', 'err'); // undefined
 * ```
 */
export function read(value: unknown, key: string): unknown {
  try {
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An error code as a number: `-1013`, `"51008"`, `" 10006 "` (nine digits at most); anything else
 * (`"INVALID_KEY"`, `1.5`, `undefined`) is `null`. Exported as `readCode`.
 */
export const toCode = (value: unknown): number | null =>
  typeof value === 'number'
    ? Number.isSafeInteger(value) && Math.abs(value) < 1e9
      ? value
      : null
    : typeof value === 'string' && /^\s*-?\d{1,9}\s*$/.test(value)
      ? Number(value)
      : null;
