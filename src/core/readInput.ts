import { type CcxtClass, ccxtClassNamed, ccxtClassOf } from './ccxtClasses';
import { type ParsedErrorText, parseErrorText } from './parseErrorText';
import type { RequestContext } from './types';
import { read, toCode } from './wireValues';

/** What the resolver finds in any input before it knows the exchange: answers, text, transport. */
export interface FoundInput {
  /** The answer bodies and frames found (parsed JSON objects and arrays), outermost first. */
  bodies: object[];
  /** Free text found (exception messages, log lines, bodies that were not JSON), outermost first. */
  texts: ParsedErrorText[];
  httpStatus?: number;
  headers?: object;
  /** The request an axios error carries in its `config`, or a ccxt message names. */
  request?: RequestContext;
  /** The body was an HTML page (a CDN or proxy error), not the exchange's answer. */
  html?: boolean;
  /** What the page says: its title, then its text, tags stripped, on one line and bounded. */
  page?: string;
  /** The exchange id a ccxt message starts with. */
  exchangeId?: string;
  /** The exception's ccxt class, when it is one ccxt raised. */
  ccxt?: CcxtClass;
  /** The class was read from a text's words (a log line), not from an exception. */
  ccxtPrinted?: boolean;
  /** The texts read as they came (an exception's message, a log line), for the words SDKs write. */
  said?: string[];
}

// Nesting followed at most: axios error → response → data → WebSocket frame → error is five.
const MAX_DEPTH = 6;
// JSON text longer than this is scanned as text instead of parsed.
const MAX_JSON = 262_144;
// How a JSON object or array begins: a text that does not (`[ServerError] …`, a range `{1,20}` in a
// message) is never handed to JSON.parse, whose failure costs more than the rest of a reading.
const MAY_BE_JSON = /^\s*(?:\{\s*["}]|\[\s*[[{"\d\-tfn\]])/;

// Objects looked at in one input at most: wide arrays and deep wrappers cost a bounded amount.
const MAX_BODIES = 24;

const toStatus = (value: unknown): number | undefined => {
  const n = typeof value === 'string' && /^\s*\d{3}\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 100 && n < 600 ? n : undefined;
};
const toText = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The transport fields of an object, read once each (a getter may throw; a Proxy may trap). */
interface Transport {
  status?: unknown;
  statusCode?: unknown;
  headers?: unknown;
  config?: unknown;
  response?: unknown;
  body?: unknown;
  data?: unknown;
  error?: unknown;
  message?: unknown;
  isAxiosError?: unknown;
}
export const TRANSPORT_KEYS =
  'status statusCode headers config response body data error message isAxiosError'.split(
    ' ',
  ) as (keyof Transport)[];

function transportOf(value: object): Transport {
  const fields: Transport = {};
  for (const key of TRANSPORT_KEYS) fields[key] = read(value, key);
  return fields;
}

/**
 * An exception rather than an answer: an `Error`, or an object shaped like one (a stack, or an
 * axios error). Its own `message` is the client's words, read only after what it wraps.
 */
function isException(value: object, fields: Transport): boolean {
  try {
    if (value instanceof Error) return true;
  } catch {
    // A Proxy whose prototype trap throws.
  }
  // An Error's stack is built when first read: it is read only for objects that are not Errors.
  return fields.isAxiosError === true || typeof read(value, 'stack') === 'string';
}

// The tags an HTML page starts with, and one that starts a page after other words.
const PAGE_TAG = /<(?:!doctype|html|head|body|title)\b/i;
const PAGE_START = /<(?:!doctype\s+html|html)\b/i;
// Of a page, what is read: the start (a CDN's error page says it all there) and its words.
const PAGE_READ = 16_384;
const PAGE_WORDS = 1_024;

/** Markup as words: tags dropped, scripts and styles with their content, on one line. */
function pageText(html: string): string {
  const lower = html.toLowerCase();
  let words = '';
  let at = 0;
  // One pass, each part looked at once: a page with tags left open costs no more than its length.
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) {
      words += html.slice(at);
      break;
    }
    words += `${html.slice(at, open)} `;
    const close = html.indexOf('>', open);
    if (close < 0) break;
    const hidden = /^<(script|style)\b/.exec(lower.slice(open, open + 8))?.[1];
    at = close + 1;
    if (hidden) {
      const end = lower.indexOf(`</${hidden}`, at);
      at = end < 0 ? html.length : end;
    }
  }
  return words
    .replace(/&(?:nbsp|#160);/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A page's title (or first heading) and its words. */
function pageWords(html: string): { title: string; words: string } {
  const head = html.slice(0, PAGE_READ);
  const title = /<title\b[^>]*>([^<]*)/i.exec(head)?.[1] ?? /<h1\b[^>]*>([^<]*)/i.exec(head)?.[1] ?? '';
  return { title: pageText(title), words: pageText(head).slice(0, PAGE_WORDS) };
}

class Walker {
  readonly found: FoundInput = { bodies: [], texts: [] };
  /** The status a page's title gives. */
  pageStatus: number | undefined;
  private readonly seen = new Set<object>();

  constructor(private readonly exchangeIds: ReadonlySet<string> | undefined) {}

  visit(value: unknown, depth: number): void {
    if (depth > MAX_DEPTH) return;
    try {
      if (typeof value === 'string') this.text(value, depth);
      else if (typeof value === 'number') this.found.texts.push({ code: toCode(value), message: '' });
      else if (typeof value === 'object' && value !== null) this.object(value, depth);
    } catch {
      // A revoked Proxy or similar: keep what was read so far.
    }
  }

  private text(text: string, depth: number, anyId = false): void {
    if (text.length > 0) {
      this.found.said ??= [];
      this.found.said.push(text);
    }
    const head = text.trimStart().slice(0, 2048);
    // A page as the whole text, or after a wrapper's words (`Invalid Response: <html>…`).
    const page = head.startsWith('<') && PAGE_TAG.test(head) ? 0 : text.slice(0, 2048).search(PAGE_START);
    if (page >= 0) {
      this.page(text, page);
      return;
    }
    if (MAY_BE_JSON.test(head) && text.length <= MAX_JSON) {
      try {
        this.visit(JSON.parse(text), depth + 1);
        return;
      } catch {
        // Cut off, pretty-printed python, a JS literal: read it as text below.
      }
    }
    // A ccxt exception as a log prints it: `ccxt.base.errors.InsufficientFunds: bybit {…}`,
    // `[InvalidOrder] bitmex {…}`: its class says what an exception object's would.
    const printed = this.found.ccxt ? undefined : printedCcxtClass(head, this.exchangeIds);
    if (printed) {
      this.found.ccxt = printed;
      this.found.ccxtPrinted = true;
    }
    // An answer inside a longer text: `… orders: bybit {"retCode":10006,…}`, a python dict as
    // printed, JSON with escaped or curly quotes.
    const inner = embeddedBody(text);
    if (inner) {
      const before = /([a-z][a-z0-9]{1,24})\s*$/.exec(text.slice(0, inner.at))?.[1];
      if (before && (anyId || this.exchangeIds?.has(before))) this.found.exchangeId ??= before;
      this.visit(inner.body, depth + 1);
    }
    const parsed = parseErrorText(text, anyId ? 'any' : this.exchangeIds);
    this.found.exchangeId ??= parsed.exchangeId;
    this.found.request ??= parsed.request;
    if (parsed.httpStatus !== undefined) this.found.httpStatus ??= parsed.httpStatus;
    // The body the parse found is the one already read above: read once.
    if (inner && parsed.body === inner.slice) return;
    if (parsed.body !== undefined) {
      const before = this.found.bodies.length;
      this.text(parsed.body, depth);
      // A body that did not parse as JSON is still the exchange's text.
      if (this.found.bodies.length > before) return;
    }
    this.found.texts.push(parsed);
  }

  /**
   * An HTML page (a CDN's, a proxy's) is the answer, not the exchange's: what it says, and a
   * status its title gives when nothing else did (`410 Gone`). A wrapper's words before it may
   * name the request; its code is the wrapper's (`APIError(code=0)`), not the exchange's.
   */
  private page(text: string, at: number): void {
    this.found.html = true;
    if (this.found.page !== undefined) return;
    const { title, words } = pageWords(text.slice(at));
    this.found.page = words;
    if (at > 0) {
      const wrapper = parseErrorText(text.slice(0, at), this.exchangeIds);
      this.found.request ??= wrapper.request;
      if (wrapper.httpStatus !== undefined) this.found.httpStatus ??= wrapper.httpStatus;
    }
    const titled = toStatus(/^(?:error\s+)?(\d{3})\b/i.exec(title)?.[1]);
    if (titled !== undefined && titled >= 400) this.pageStatus = titled;
  }

  private object(value: object, depth: number): void {
    if (this.seen.has(value) || this.seen.size >= MAX_BODIES) return;
    this.seen.add(value);
    if (Array.isArray(value)) {
      this.found.bodies.push(value);
      return;
    }
    const fields = transportOf(value);
    const status = toStatus(fields.status) ?? toStatus(fields.statusCode);
    if (status !== undefined) this.found.httpStatus ??= status;
    if (typeof fields.headers === 'object' && fields.headers !== null) this.found.headers ??= fields.headers;
    const method = toText(read(fields.config, 'method'));
    if (method && !this.found.request) {
      this.found.request = {
        method: method.toUpperCase(),
        url: `${toText(read(fields.config, 'baseURL')) ?? ''}${toText(read(fields.config, 'url')) ?? ''}`,
      };
    }
    const exception = isException(value, fields);
    const ccxt = exception ? ccxtClassOf(value) : undefined;
    this.found.ccxt ??= ccxt;
    if (!exception) this.found.bodies.push(value);
    // What the object wraps: axios `response` and its `data`, an SDK error's `body` (object or
    // JSON text), a WebSocket frame's `error`. A string `error` is a message, read by the readers.
    for (const inner of [fields.response, fields.body, fields.data, fields.error]) {
      if (inner === value || inner === undefined || inner === null) continue;
      if (typeof inner === 'object' || (typeof inner === 'string' && inner !== fields.error)) {
        this.visit(inner, depth + 1);
      }
    }
    // An exception's own words, after what it wraps: ccxt's `okx {"code":"1",…}`, an SDK's
    // `APIError(code=-1013): …`, a network failure's `connect ECONNREFUSED`.
    // ccxt's begin with the exchange id, whichever exchanges are registered.
    if (exception && typeof fields.message === 'string') {
      if (ccxt) this.text(fields.message, depth + 1, true);
      else this.visit(fields.message, depth + 1);
    }
  }
}

const PRINTED_CCXT = /^(ccxt\.base\.errors\.|\[)?([A-Z][A-Za-z]{3,40})\]? ?:?\s+([a-z][a-z\d]{1,24})\s/;

/**
 * The ccxt class a text opens with, followed by its exchange's id: Python's full name
 * (`ccxt.base.errors.InsufficientFunds: bybit …`), or the class alone before an id of a registered
 * exchange (`InvalidOrder: gemini …`, `[InvalidOrder] bitmex …`).
 */
function printedCcxtClass(head: string, exchangeIds: ReadonlySet<string> | undefined): CcxtClass | undefined {
  const match = PRINTED_CCXT.exec(head);
  if (!match) return undefined;
  const [, prefix, name = '', id = ''] = match;
  if (prefix !== 'ccxt.base.errors.' && !exchangeIds?.has(id)) return undefined;
  return name === 'BaseError' ? undefined : ccxtClassNamed(name);
}

// Python's literals, and quotes that are not JSON's: what stands between a printed answer and JSON.
const PYTHON = /\b(True|False|None)\b/g;
const PYTHON_JSON: Record<string, string> = { True: 'true', False: 'false', None: 'null' };
const BARE_KEY = /[{,]\s*[A-Za-z_$][\w$]*:/;
const BARE_KEYS = /([{,]\s*)([A-Za-z_$][\w$]*):/g;

/** The first `{…}` of a text that parses as JSON, or does once its quotes are JSON's. */
function embeddedBody(text: string): { body: object; at: number; slice: string } | undefined {
  const at = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (at < 0 || end <= at || end - at > MAX_JSON) return undefined;
  const slice = text.slice(at, end + 1);
  const candidates = [slice];
  if (/[“”‘’]|\\"/.test(slice))
    candidates.push(slice.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\\"/g, '"'));
  const singleQuoted = slice.includes("'") && !slice.includes('"');
  if (singleQuoted) {
    candidates.push(slice.replace(/'/g, '"').replace(PYTHON, (word) => PYTHON_JSON[word] ?? word));
  }
  // An object as Node prints it (`console.log(error.response)`): bare keys, single quotes.
  if (BARE_KEY.test(slice)) {
    candidates.push((singleQuoted ? slice.replace(/'/g, '"') : slice).replace(BARE_KEYS, '$1"$2":'));
  }
  for (const candidate of at === 0 && end === text.length - 1 ? candidates.slice(1) : candidates) {
    if (!MAY_BE_JSON.test(candidate)) continue;
    try {
      const body: unknown = JSON.parse(candidate);
      if (typeof body === 'object' && body !== null) return { body, at, slice };
    } catch {
      // Not JSON even so: the text is read as text.
    }
  }
  return undefined;
}

/**
 * Finds what any input holds before the exchange is known: the answer bodies and frames (to be
 * read by the exchange's profile), free text (parsed for a code and message), the HTTP status,
 * headers and request. Takes bodies and their JSON text, WebSocket frames, axios and fetch-client
 * errors, SDK and ccxt exceptions, log lines. Never throws; reads only the properties it looks for.
 *
 * @example
 * ```ts
 * readInput({ response: { status: 400, data: { code: -1013, msg: 'Filter failure: LOT_SIZE' } }, isAxiosError: true });
 * // { bodies: [{ status: 400, data: … }, { code: -1013, msg: … }], texts: [], httpStatus: 400 }
 * ```
 */
export function readInput(input: unknown, exchangeIds?: ReadonlySet<string>): FoundInput {
  const walker = new Walker(exchangeIds);
  walker.visit(input, 0);
  const { found, pageStatus } = walker;
  // A page's title gives the status last: the transport's, or a wrapper's, says it first.
  if (pageStatus !== undefined) found.httpStatus ??= pageStatus;
  return found;
}
