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

/** A `snake_case` label (Upbit's `{"name":"coin_address_not_found"}`), not a person's name. */
const snakeLabel = (value: unknown) =>
  typeof value === 'string' && /^[a-z]+(?:_[a-z]+)+$/.test(value) ? value : undefined;

/**
 * A form's errors by field, as web frameworks answer them (`{"price":["Ensure that there are no
 * more than 2 decimal places."]}`, `{"__all__":["Minimum order size is $5"]}`): the first, after
 * its field's name when it names one.
 */
function fieldErrors(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  try {
    for (const [name, said] of Object.entries(value).slice(0, 10)) {
      const text = Array.isArray(said) ? said.find((item) => typeof item === 'string') : undefined;
      if (typeof text !== 'string' || !text) continue;
      return /^(?:__all__|non_field_errors|message|errors?)$/.test(name) ? text : `${name}: ${text}`;
    }
  } catch {
    // A getter that throws: no field errors read.
  }
  return undefined;
}

/**
 * What an answer says besides its `said` message, where many APIs put it: a `reason` (Bitstamp's
 * `{"status":"error","reason":"…"}`, a socket's `{"message":"Failed to subscribe","reason":"No
 * channels provided"}`) or errors by field (`{"errors":{"amount":["Should be a multiple of
 * 100000."]}}`), joined to the message; and a label, a code that is not a number (a one-word
 * `reason` such as Gemini's `InvalidNonce`, Upbit's `name`). Exported as `readErrorDetail`, for a
 * profile's `read`.
 *
 * @example
 * ```ts
 * readErrorDetail({ message: 'Failed to subscribe', reason: 'No channels provided' }, 'Failed to subscribe');
 * // { message: 'Failed to subscribe: No channels provided', label: undefined }
 * ```
 */
export function readDetail(
  body: object,
  said: string | undefined,
): { message: string | undefined; label: string | undefined } {
  const reason = read(body, 'reason');
  const worded = typeof reason === 'string' && /\S\s+\S/.test(reason) ? reason : undefined;
  const label =
    worded || typeof reason !== 'string' || !reason
      ? (snakeLabel(read(body, 'name')) ?? snakeLabel(read(read(body, 'error'), 'name')))
      : reason;
  const detail = worded ?? fieldErrors(read(body, 'errors') ?? read(body, 'error'));
  const message = said && detail && !said.includes(detail) ? `${said}: ${detail}` : (said ?? detail);
  return { message, label };
}
