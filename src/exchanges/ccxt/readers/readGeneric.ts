import type { WireError } from '../../../core/profile';
import { readDetail } from '../../../core/wireValues';

// Envelope codes that mean success on many exchanges, when no error text comes with them.
const SUCCESS_CODES = new Set(['0', '00000', '200', '200000']);
const SUCCESS_TEXT = /^(?:|ok|success|succeeded)$/i;

/** `-1013`, `"51008"` → a number; `"01001"` or `"INVALID_KEY"` → `null` (a key, not a number). */
export function numericCode(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value !== 'string' || !/^-?(?:0|[1-9]\d{0,15})$/.test(value)) return null;
  const code = Number(value);
  return Number.isSafeInteger(code) ? code : null;
}

/** A code as the exchange sent it: numeric ones as `code`, the rest (and `"01001"`) also as `key`. */
export function codeFields(value: unknown): Pick<WireError, 'code' | 'key'> {
  const code = numericCode(value);
  if (typeof value === 'string' && value !== '' && (code === null || String(code) !== value)) {
    return { code, key: value };
  }
  return { code };
}

/**
 * A WebSocket error event `{"event":"error","code":30003,"msg":"…"}`, as Bitget and Bitfinex
 * both send them (their catalogs tell the two apart); `failed` says what marks one, when more
 * than `event: "error"` does.
 */
export function isErrorEvent(
  body: object,
  failed = (body as { event?: unknown }).event === 'error',
): boolean {
  const { code, msg } = body as Record<string, unknown>;
  return failed && typeof code === 'number' && typeof msg === 'string';
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Reads the envelope most exchanges share: a `code` (number, numeric string or name; or
 * `error_code`) and a text in `msg`, `message`, `error` (a string, or an object holding `code` and
 * `message`) or `error_msg`.
 * `success: true`, or a success code (`0`, `"00000"`, `200`, `"200000"`) with no error text,
 * reads as success. `undefined` when the body has none of these.
 *
 * @example
 * ```ts
 * readGeneric({ code: 10001, msg: 'Invalid parameter' }); // { code: 10001, message: 'Invalid parameter' }
 * readGeneric({ error: 'INVALID_KEY' }); // { code: null, key: 'INVALID_KEY', message: 'INVALID_KEY' }
 * ```
 */
export function readGeneric(body: object): WireError | undefined {
  if (Array.isArray(body)) return undefined;
  const b = body as Record<string, unknown>;
  if (b.success === true) return { code: null, message: '', success: true };
  const nested =
    typeof b.error === 'object' && b.error !== null ? (b.error as Record<string, unknown>) : undefined;
  const rawCode = b.code ?? nested?.code ?? b.error_code;
  const said = text(b.msg) ?? text(b.message) ?? text(nested?.message) ?? text(b.error) ?? text(b.error_msg);
  // A reason or errors by field beside the message; a label (`InvalidNonce`) when no code is sent.
  const { message, label } = readDetail(body, said);
  if (rawCode === undefined && message === undefined && label === undefined) return undefined;
  if (rawCode !== undefined && SUCCESS_CODES.has(String(rawCode)) && SUCCESS_TEXT.test(message ?? '')) {
    return { code: numericCode(rawCode), message: message ?? '', success: true };
  }
  const fields: Pick<WireError, 'code' | 'key'> =
    rawCode === undefined ? { code: null } : codeFields(rawCode);
  // `{ "error": "INVALID_KEY" }`: the error's name is the only code there is.
  const key = fields.key ?? (rawCode === undefined ? (text(b.error) ?? label) : undefined);
  return { code: fields.code, ...(key === undefined ? {} : { key }), message: message ?? '' };
}
