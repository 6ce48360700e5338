import type { ExchangeProfile, WireError } from './profile';
import type { FoundInput } from './readInput';
import { read, readDetail, toCode } from './wireValues';

const toText = (value: unknown) => (typeof value === 'string' ? value : undefined);
const isHttpOk = (code: number) => code >= 200 && code < 300;

/**
 * Reads a body no registered profile claims, by the keys most APIs use: `code` (`Code`,
 * `errorCode`, `error_code`) with `msg`, `message`, `error`, `errorMessage`, `error_message`,
 * `error_msg` or `Message`; a `reason` that details a message or is a label; errors by field; a
 * JSON-RPC `error` object; `success: true`. For an answer whose exchange is unknown, so the words
 * and status can still decide.
 *
 * @example
 * ```ts
 * readGeneric({ code: 10001, message: 'Invalid parameter' }); // { code: 10001, message: 'Invalid parameter' }
 * readGeneric({ jsonrpc: '2.0', error: { code: -32602, message: 'Invalid params' } }); // { code: -32602, … }
 * ```
 */
export function readGeneric(body: object, depth = 0): WireError | undefined {
  if (Array.isArray(body)) {
    // A batch answer: the first item that is an error.
    for (const item of body.slice(0, 10)) {
      const wire = typeof item === 'object' && item !== null ? readGeneric(item, depth + 1) : undefined;
      if (wire && wire.code !== null) return wire;
    }
    return undefined;
  }
  const success = read(body, 'success');
  // Clients that re-serialise an answer capitalise its keys (`{"Code":-1003,"Message":"…"}`).
  const code = toCode(
    read(body, 'code') ?? read(body, 'Code') ?? read(body, 'errorCode') ?? read(body, 'error_code'),
  );
  const error = read(body, 'error');
  const said =
    toText(read(body, 'msg')) ??
    toText(read(body, 'message')) ??
    toText(error) ??
    toText(read(body, 'errorMessage')) ??
    toText(read(body, 'error_message')) ??
    toText(read(body, 'error_msg')) ??
    toText(read(body, 'Message'));
  const { message, label: key } = readDetail(body, said);
  if (success === true) return { code, message: message ?? '', success: true };
  // An error object, or in a frame with nothing else, its `data` (`[{data: {error_code: …}}]`).
  const nested = typeof error === 'object' ? error : message === undefined ? read(body, 'data') : undefined;
  if (code === null && typeof nested === 'object' && nested !== null && depth < 3) {
    const inner = readGeneric(nested, depth + 1);
    if (inner) return inner;
  }
  const retryAfter = read(body, 'retryAfter');
  if (code === null && message === undefined && key === undefined) return undefined;
  const wire: WireError = { code, message: message ?? '' };
  if (key !== undefined) wire.key = key;
  if (typeof retryAfter === 'number' && retryAfter > 0) wire.retryAfter = retryAfter;
  return wire;
}

function readWith(profile: ExchangeProfile | undefined, body: object): WireError | undefined {
  if (profile) {
    try {
      const wire = profile.read(body);
      if (wire) return wire;
    } catch {
      // A profile's reader that throws on an odd body reads nothing from it.
    }
  }
  return readGeneric(body);
}

/**
 * What the exchange said, read by its profile from the bodies found (the generic reader for an
 * exchange no profile recognised), else from free text. The first answer with a code or a
 * success flag wins, outermost first; failing that, the innermost message: the exchange's own
 * words rather than a client's wrapper ("Request failed with status code 401").
 */
export function readWire(found: FoundInput, profile: ExchangeProfile | undefined): WireError {
  let worded: WireError | undefined;
  let carried: WireError | undefined;
  for (const body of found.bodies) {
    const wire = readWith(profile, body);
    if (!wire) continue;
    // An SDK's response `{code: 200, message: 'OK', body: {…}}` carries the exchange's answer:
    // an error in it outranks the transport's status.
    if (carried && !wire.success && wire.code !== null && !isHttpOk(wire.code)) return wire;
    if (carried) continue;
    if (wire.code !== null && isHttpOk(wire.code)) {
      carried = wire;
      continue;
    }
    if (wire.success || wire.code !== null || wire.key !== undefined) return wire;
    if (wire.message) worded = wire;
  }
  if (carried) return carried;
  for (const text of found.texts) {
    if (text.code !== null) return { code: text.code, message: text.message };
    if (text.message && !worded) worded = { code: null, message: text.message };
  }
  return worded ?? { code: null, message: '' };
}
