/** What a free-text error (an SDK exception message, a log line) says, as far as patterns can tell. */
export interface ParsedErrorText {
  code: number | null;
  /** The exchange's text with the wrapper around it removed. */
  message: string;
  httpStatus?: number;
  /** The request the text names (ccxt: `binance POST https://…/api/v3/order 503 …`). */
  request?: { method: string; url: string };
  /** The exchange id the text starts with, as ccxt writes it (`okx {"code":"1",…}`). */
  exchangeId?: string;
  /** The JSON answer the text carries after the exchange id, to be read as the exchange's body. */
  body?: string;
}

// Only this much of a text is scanned, so a 10 MB string costs what 64 KiB does.
const MAX_SCAN = 65_536;

// `"code":-1013`, `'code': -2019`, `code=-1003` (python-binance `APIError(code=…)`), `code: -1022`.
// Exchanges' own keys too: `retCode=10003` (a Java toString), `"sCode":"51000"`, `(ErrCode: 10006)`,
// `err-code`; never an HTTP `statusCode`.
const KEY_CODE =
  /\\?["'“]?(?<!status[ _])\b(?!status|http|response)(?:[a-z]{1,5}[_-]?)?code\\?["'”]?\s*[:=]\s*\\?["'“]?(-?\d{1,9})(?![\d.])/gi;
// The same, its key in quotes: the exchange's JSON rather than a client's `Code: 400` around it.
const QUOTED_CODE = /\\?["“](?:[a-z]{1,5}[_-]?)?code\\?["”]\s*:\s*\\?["“]?(-?\d{1,9})(?![\d.])/i;
// `"msg":"…"` (JSON, possibly cut off before its closing quote), `'msg': "…"` (python repr), `msg=…` (Go).
// Exchanges' own keys too: `retMsg=…`, `sMsg=…`, `ret_msg`, `err-msg`.
const KEY_MSG =
  /["']?\b(?:[a-z]{1,5}[_-]?)?(msg|message)["']?\s*[:=]\s*(?:"((?:[^"\\]|\\[\s\S])*)"?|'((?:[^'\\]|\\[\s\S])*)'?|([^\n]*))/gi;

// A key of JSON quoted inside a string: `\"code\":`.
const ESCAPED_KEY = /\\"\w+\\"\s*:/;

/**
 * `pattern`'s first match in `text`, its scan started a little before the first `word`: every
 * match holds one, after at most `lead` characters. An unanchored pattern that begins with
 * optional parts is tried at every position of a text; a plain word is found much faster.
 */
function scanFrom(pattern: RegExp, word: RegExp, lead: number, text: string): RegExpExecArray | null {
  const at = word.exec(text)?.index;
  if (at === undefined) return null;
  pattern.lastIndex = Math.max(0, at - lead);
  return pattern.exec(text);
}
// KEY_CODE's and KEY_MSG's words, and the most their matches hold before them (`\"`, a quote,
// a prefix of five letters and a separator).
const CODE_WORD = /code/i;
const MSG_WORD = /m(?:sg|essage)/i;
const keyCode = (text: string) => scanFrom(KEY_CODE, CODE_WORD, 8, text);
const keyMsg = (text: string) => scanFrom(KEY_MSG, MSG_WORD, 7, text);
// binance-connector-python's `ClientError: (400, -2011, 'Unknown order sent.', {headers})`.
const TUPLE =
  /\(\s*([1-5]\d\d)\s*,\s*(-?\d{1,9})\s*,\s*(?:'((?:[^'\\]|\\[\s\S]){0,2000})'|"((?:[^"\\]|\\[\s\S]){0,2000})")/;
// A code standing alone before the message: `Error -1013: …`, `API Error [-4164]: …`, or after it
// in brackets (Binance.Net's `… Rest API trading is not enabled. (-2010)`),
// `ERROR: -1013, …`, `[ServerError] -2010: …`, `Caused by: 50113:Invalid Sign`, and any code in
// .NET clients' `Error : 1: All operations failed`.
// Positive codes only when 5 or 6 digits long (3-digit ones are HTTP statuses); a negative one
// also before its message without a colon (`Error: -4120 Order type not supported …`).
const BARE =
  /(?:^|[\s[({:])(?:(-\d{3,6}|\d{5,6})\]?\s*[:,]\s*|(-\d{3,6})\s+(?=[A-Z]))|^error : (\d{1,9}): |\s\((-\d{3,6})\)\s*\.?\s*$/i;
// An HTTP status in wrapper text: `(HTTP status code: 418)`, `'status': 400`, `Response code 400`,
// ccxt's `binance GET https://… 451` (and `binance 418 I'm a teapot`, read with the exchange id).
const STATUS =
  /(?:\bstatus(?:[ _]?code)?["']?(?:\s*[:=]\s*|\s+)|\bresponse code\s+|\b(?:GET|POST|PUT|DELETE|PATCH)\s+\S+\s+)([1-5]\d\d)(?!\d)/i;
// ccxt's messages: the exchange id, maybe the method, URL and status, then the answer or its text.
const CCXT =
  /^([a-z][a-z0-9]{1,24})\s+(?:(?:GET|POST|PUT|DELETE|PATCH)\s+\S+\s+)?(?:([1-5]\d\d)(?!\d)[^{[]*?\s+(?=[{[])|([1-5]\d\d)\s+(?=\D))?/;
// Wrapper prefixes, removed one after another: Java/Python/JS exception class names,
// ccxt class names, python logging, an exchange id before a request and status (ccxt's
// `binance GET https://… 503 …`, `binance 418 I'm a teapot`), `<APIError>` and `[ServerError]` tags.
const PREFIX =
  /^(?:Exception in thread "[^"]*"\s*|(?:raise\s+)?(?:[\w$]+\.)*[\w$]*(?:Exception|Error|Warning):\s*|(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*:\s*|(?:[A-Z][a-z]+){2,}:\s+|(?:ERROR|WARN(?:ING)?|INFO|DEBUG|CRITICAL|FATAL)(?::[\w.]*)?:\s*|[\w.]+ - (?:ERROR|WARNING|INFO|DEBUG|CRITICAL) - |[a-z][a-z0-9]{1,24}\s+(?:GET|POST|PUT|DELETE|PATCH)\s+\S+\s+(?:[1-5]\d\d\s+)?|[a-z][a-z0-9]{1,24}\s+[1-5]\d\d\s+(?=[A-Z])|<\w+>\s*|\[\w+\]:\s*'[^']*'\s*-\s*|\[\w+\]\s*)/;
// A method and URL in the text, as ccxt writes them: `binance POST https://api.binance.com/api/v3/order …`.
const REQUEST = /\b(GET|POST|PUT|DELETE|PATCH)\s+((?:https?:\/\/|\/)[^\s"'<>]+)/;
// XChange appends the status: `… (HTTP status code: 418)`.
// No leading `\s*`: unanchored, it would make a long run of spaces cost O(n²).
const SUFFIX = /\(HTTP status code:?\s*\d{3}\)\s*$/i;

const unescapeString = (text: string) =>
  text.replace(/\\(u[\da-fA-F]{4}|[\s\S])/g, (_, c: string) =>
    c.length > 1
      ? String.fromCharCode(Number.parseInt(c.slice(1), 16))
      : c === 'n'
        ? '\n'
        : c === 't'
          ? '\t'
          : c,
  );

const PAIRS: Record<string, string> = { '}': '{', ']': '[', ')': '(' };

/** Drops closing brackets the text never opened (the end of a wrapper around the message). */
function trimUnbalanced(text: string): string {
  const out = text.trimEnd();
  if (!/[)\]}]$/.test(out)) return dropUnpairedQuote(out);
  const excess: Record<string, number> = {};
  for (const char of out) {
    if (char in PAIRS) excess[char] = (excess[char] ?? 0) + 1;
    else if (char === '{' || char === '[' || char === '(') {
      const close = char === '{' ? '}' : char === '[' ? ']' : ')';
      excess[close] = (excess[close] ?? 0) - 1;
    }
  }
  let end = out.length;
  for (
    let last = out[end - 1];
    last !== undefined && (/\s/.test(last) || (excess[last] ?? 0) > 0);
    last = out[--end - 1]
  ) {
    if (last in PAIRS) excess[last] = (excess[last] ?? 0) - 1;
  }
  return dropUnpairedQuote(out.slice(0, end).trimEnd());
}

/** A closing quote the text never opened (`…less than zero.'` of a python tuple around it). */
function dropUnpairedQuote(text: string): string {
  const last = text[text.length - 1];
  if (last !== "'" && last !== '"') return text;
  const count = text.split(last).length - 1;
  return count % 2 === 1 ? text.slice(0, -1).trimEnd() : text;
}

function stripWrapper(text: string): string {
  let out = text.trim();
  for (let i = 0; i < 6; i++) {
    const next = out.replace(PREFIX, '');
    if (next === out) break;
    out = next;
  }
  return trimUnbalanced(out.replace(SUFFIX, ''));
}

/**
 * Pulls an exchange code, message and HTTP status out of free text: an SDK's exception message,
 * a log line, JSON that will not parse (cut off, python repr, JS object literal). A text that
 * starts with one of `exchangeIds` (any word, for a ccxt exception's own message) is read as ccxt
 * writes its messages: the id, maybe the method, URL and status, then the exchange's answer
 * (`body`, to be read as JSON) or its text.
 *
 * @example
 * ```ts
 * parseErrorText('binance.exceptions.BinanceAPIException: APIError(code=-2010): Account has insufficient balance for requested action.');
 * // { code: -2010, message: 'Account has insufficient balance for requested action.' }
 * parseErrorText('okx {"code":"1","msg":"","data":[]}', new Set(['okx']));
 * // { code: null, message: '', exchangeId: 'okx', body: '{"code":"1","msg":"","data":[]}' }
 * ```
 */
export function parseErrorText(text: string, exchangeIds?: ReadonlySet<string> | 'any'): ParsedErrorText {
  const scan = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  const out: ParsedErrorText = { code: null, message: '' };
  const status = STATUS.exec(scan);
  if (status) out.httpStatus = Number(status[1]);
  const request = REQUEST.exec(scan);
  if (request) out.request = { method: request[1]!, url: request[2]! };
  let body = scan;
  const ccxt = exchangeIds === 'any' || exchangeIds?.size ? CCXT.exec(scan) : null;
  if (ccxt && (exchangeIds === 'any' || exchangeIds?.has(ccxt[1]!))) {
    out.exchangeId = ccxt[1]!;
    const answerStatus = ccxt[2] ?? ccxt[3];
    if (answerStatus) out.httpStatus ??= Number(answerStatus);
    body = scan.slice(ccxt[0].length);
    if (/^\s*[{[]/.test(body)) {
      out.body = body.trim();
      return out;
    }
  }
  // JSON quoted inside a string (`body: "{\"msg\":\"Too Many Requests\",\"code\":\"50011\"`, cut
  // off so it never parsed): its keys and values read as they would unquoted.
  if (body.includes('\\"') && ESCAPED_KEY.test(body)) body = body.replace(/\\"/g, '"');
  let after = body;
  let codeAt: number | undefined;
  // A quoted key (the exchange's JSON) before a bare one (a client's `Code: 400` around it).
  let match = QUOTED_CODE.exec(body) ?? keyCode(body);
  const tuple = match ? null : TUPLE.exec(body);
  match ??= tuple ? null : BARE.exec(body);
  if (tuple) {
    out.httpStatus ??= Number(tuple[1]);
    out.code = Number(tuple[2]);
    out.message = unescapeString(tuple[3] ?? tuple[4] ?? '');
  } else if (match) {
    codeAt = match.index;
    out.code = Number(match[1] ?? match[2] ?? match[3] ?? match[4]);
    // After `APIError(code=-2010` comes `): message`; but a code in brackets after a sentence
    // (`… max_qty:360000000000 (ErrCode: 10001) (ErrTime: …)`) ends its message.
    const lead = body.slice(0, match.index);
    const rest = body.slice(match.index + match[0].length);
    const ended =
      /[([]\s*$/.test(lead) &&
      !/^\s*[)\]]\s*:/.test(rest) &&
      stripWrapper(lead.replace(/[\s([{,;:-]+$/, '')).split(/\s+/).length >= 3;
    after = ended ? '' : rest.replace(/^[\s)\]>:,]+/, '');
  }
  match = out.message ? null : keyMsg(body);
  if (match) {
    const quoted = match[2] ?? match[3];
    let bare = (match[4] ?? '').trim();
    // A record printed as `key=value, …` (Java's `{retCode=10003, retMsg=API key is invalid., result={}}`)
    // ends its value at the next key.
    if (quoted === undefined && /=\s*$/.test(match[0].slice(0, match[0].length - (match[4]?.length ?? 0))))
      bare = bare.replace(/,\s*\w+=[\s\S]*$/, '');
    out.message = trimUnbalanced(quoted === undefined ? bare : unescapeString(quoted));
  } else if (!out.message) {
    out.message = stripWrapper(after);
    // A code that ends the text (`… Exceeded the API Rate Limit. (ErrCode: 10006)`) follows its message.
    // A wrapper's name alone before it (`APIError(code=-1015): `) is no message.
    if (!out.message && codeAt !== undefined) {
      const before = stripWrapper(body.slice(0, codeAt).replace(/[\s([{,;:-]+$/, ''));
      if (/\s/.test(before)) out.message = before;
    }
  }
  return out;
}
