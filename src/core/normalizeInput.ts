import type { CatalogId } from '../catalog/types';
import { parseErrorText } from './parseErrorText';
import type { RequestContext } from './types';

/** What the resolver needs from any input, before it is matched against a catalog. */
export interface NormalizedInput {
  code: number | null;
  /** The exchange's text, unredacted and uncapped: the resolver does both. */
  message: string;
  httpStatus?: number;
  /** Epoch ms from a WebSocket API frame's `error.data.retryAfter`. */
  retryAfter?: number;
  /** The server's clock when it answered (`error.data.serverTime`), which `retryAfter` is read by. */
  serverTime?: number;
  /** The longest `rateLimits` window (ms) of a WebSocket API frame that is used up. */
  window?: number;
  /** The exchange the payload's shape points to. */
  shape?: CatalogId;
  headers?: object;
  /** The request an axios error carries in its `config`. */
  request?: RequestContext;
  /** The body was an HTML page (a CDN or proxy error), not the exchange's answer. */
  html?: boolean;
  /** The body says `success: true` (Binance SAPI's `{"code":"000000","message":"success"}`). */
  success?: boolean;
}

// Nesting followed at most: axios error → response → data is three.
const MAX_DEPTH = 5;
// JSON text longer than this is scanned as text instead of parsed.
const MAX_JSON = 262_144;
const INTERVAL_MS: Record<string, number> = { SECOND: 1e3, MINUTE: 6e4, HOUR: 36e5, DAY: 864e5 };

/** A property read that survives getters that throw and hostile Proxies. */
function read(value: unknown, key: string): unknown {
  try {
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

const toCode = (value: unknown): number | null =>
  typeof value === 'number'
    ? Number.isSafeInteger(value) && Math.abs(value) < 1e9
      ? value
      : null
    : typeof value === 'string' && /^\s*-?\d{1,9}\s*$/.test(value)
      ? Number(value)
      : null;
const toText = (value: unknown) => (typeof value === 'string' ? value : undefined);
const toPositive = (value: unknown) => {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
};

function readText(text: string, depth: number): NormalizedInput {
  const out: NormalizedInput = { code: null, message: '' };
  const head = text.trimStart().slice(0, 2048);
  if (head.startsWith('<') && /<(?:!doctype|html|head|body|title)\b/i.test(head)) {
    out.html = true;
    return out;
  }
  if ((head.startsWith('{') || head.startsWith('[')) && text.length <= MAX_JSON) {
    try {
      visit(JSON.parse(text), out, depth + 1);
      if (out.code !== null || out.message) return out;
    } catch {
      // Cut off, pretty-printed python, a JS literal: read it as text below.
    }
  }
  const parsed = parseErrorText(text);
  if (out.code === null) out.code = parsed.code;
  out.message ||= parsed.message;
  out.httpStatus ??= parsed.httpStatus;
  out.shape ??= parsed.shape;
  out.request ??= parsed.request;
  return out;
}

// Texts read recently: the same exception message or body text parses the same way every time.
const texts = new Map<string, NormalizedInput>();

function visitText(text: string, out: NormalizedInput, depth: number): void {
  let read = texts.get(text);
  if (!read) {
    read = readText(text, depth);
    if (text.length <= 2_048) {
      if (texts.size >= 512) texts.delete(texts.keys().next().value ?? '');
      texts.set(text, read);
    }
  }
  if (out.code === null) out.code = read.code;
  out.message ||= read.message;
  out.httpStatus ??= read.httpStatus;
  out.shape ??= read.shape;
  out.html ||= read.html;
  out.success ||= read.success;
  out.headers ??= read.headers;
  out.request ??= read.request;
  out.retryAfter ??= read.retryAfter;
  out.serverTime ??= read.serverTime;
  out.window ??= read.window;
}

/** WebSocket API frames list every rate limit with its usage; a used-up one bounds the wait. */
function exhaustedWindow(limits: unknown): number | undefined {
  if (!Array.isArray(limits)) return undefined;
  let window: number | undefined;
  for (const limit of limits.slice(0, 10)) {
    const max = toPositive(read(limit, 'limit'));
    const count = toPositive(read(limit, 'count'));
    const ms =
      (INTERVAL_MS[String(read(limit, 'interval'))] ?? 0) * (toPositive(read(limit, 'intervalNum')) ?? 1);
    if (max && count && count >= max && ms > (window ?? 0)) window = ms;
  }
  return window;
}

/** The properties of an error object the reader looks at. */
interface Fields {
  status?: unknown;
  statusCode?: unknown;
  headers?: unknown;
  config?: unknown;
  data?: unknown;
  retryAfter?: unknown;
  rateLimits?: unknown;
  success?: unknown;
  code?: unknown;
  msg?: unknown;
  message?: unknown;
  error?: unknown;
  errorMessage?: unknown;
  response?: unknown;
  body?: unknown;
}
const FIELDS =
  'status statusCode headers config data retryAfter rateLimits success code msg message error errorMessage response body'.split(
    ' ',
  ) as (keyof Fields)[];

/**
 * Reads an object's fields by name in one go: fast for the plain bodies and errors that are the
 * rule. A getter that throws or a revoked Proxy falls back to one read per field, so one bad
 * property hides only itself.
 */
function fieldsOf(value: object): Fields {
  try {
    const { status, statusCode, headers, config, data, retryAfter, rateLimits, success } = value as Fields;
    const { code, msg, message, error, errorMessage, response, body } = value as Fields;
    return {
      status,
      statusCode,
      headers,
      config,
      data,
      retryAfter,
      rateLimits,
      success,
      code,
      msg,
      message,
      error,
      errorMessage,
      response,
      body,
    };
  } catch {
    const fields: Fields = {};
    for (const key of FIELDS) fields[key] = read(value, key);
    return fields;
  }
}

function visitObject(value: object, out: NormalizedInput, depth: number): void {
  const fields = fieldsOf(value);
  const status = toCode(fields.status) ?? toCode(fields.statusCode);
  if (status !== null && status >= 100 && status < 600) out.httpStatus ??= status;
  const { headers, config, data } = fields;
  if (typeof headers === 'object' && headers !== null) out.headers ??= headers;
  const method = toText(read(config, 'method'));
  if (method && !out.request) {
    out.request = {
      method: method.toUpperCase(),
      url: `${toText(read(config, 'baseURL')) ?? ''}${toText(read(config, 'url')) ?? ''}`,
    };
  }
  // WebSocket API: `error.data.retryAfter` is epoch ms (REST sends Retry-After seconds instead).
  if (typeof data === 'object' && data !== null) {
    out.retryAfter ??= toPositive(read(data, 'retryAfter'));
    out.serverTime ??= toPositive(read(data, 'serverTime'));
  }
  out.retryAfter ??= toPositive(fields.retryAfter);
  out.window ??= exhaustedWindow(fields.rateLimits);

  // `success: true`, or Binance SAPI's success code, which is the string "000000" (code 0 alone is
  // not success: a 451 geo-block carries it).
  if (fields.success === true || fields.code === '000000') out.success = true;
  const code = toCode(fields.code);
  const msg = toText(fields.msg);
  const message = msg ?? toText(fields.message) ?? toText(fields.error) ?? toText(fields.errorMessage);
  if (code !== null) {
    out.code = code;
    out.message = message ?? '';
    // Binance: `{code, msg}` with negative codes (and 0 for a geo-block); LTP: `{code, message, data}`.
    out.shape ??=
      msg !== undefined || code <= 0
        ? 'binance-spot'
        : message !== undefined && code >= 100
          ? 'ltp'
          : undefined;
    return;
  }
  // The error inside a wrapper: axios `response.data`, a WebSocket API frame's `error`,
  // an SDK error's `body` (object or JSON text).
  for (const key of ['response', 'error', 'body', 'data'] as const) {
    const inner = fields[key];
    if (inner === value || (typeof inner !== 'object' && (typeof inner !== 'string' || key === 'error')))
      continue;
    visit(inner, out, depth + 1);
    if (out.code !== null) return;
  }
  // An exception whose message embeds the exchange's answer (ccxt: `binance {"code":…}`).
  if (message !== undefined && !out.message && !out.html) visitText(message, out, depth);
}

function visit(value: unknown, out: NormalizedInput, depth: number): void {
  if (depth > MAX_DEPTH) return;
  try {
    if (typeof value === 'string') visitText(value, out, depth);
    else if (typeof value === 'number') out.code = toCode(value);
    else if (Array.isArray(value)) {
      // Batch answers and python's `[{'code': …}, {order}]`: the first element that is an error.
      for (const item of value.slice(0, 10)) {
        visit(item, out, depth + 1);
        if (out.code !== null) return;
      }
    } else if (typeof value === 'object' && value !== null) visitObject(value, out, depth);
  } catch {
    // A revoked Proxy or similar: keep what was read so far.
  }
}

/**
 * Reads the code, message, HTTP status and retry hints out of anything an exchange client may
 * hand over: a body object or its JSON text, a WebSocket API frame, an axios error, an SDK or
 * ccxt exception, a log line. Never throws; reads only the properties it looks for.
 *
 * @example
 * ```ts
 * normalizeInput({ id: 1, status: 429, error: { code: -1003, msg: 'Too many requests.', data: { retryAfter: 1700000000000 } } });
 * // { code: -1003, message: 'Too many requests.', httpStatus: 429, retryAfter: 1700000000000, shape: 'binance-spot' }
 * ```
 */
export function normalizeInput(input: unknown): NormalizedInput {
  const out: NormalizedInput = { code: null, message: '' };
  visit(input, out, 0);
  return out;
}
