import type { CatalogEntry, CatalogId } from '../catalog/types';
import { classifyMessage, STATUS_UNKNOWN } from './classifyMessage';
import { composeCopy } from './composeCopy';
import { defaultCopy } from './defaultCopy';
import { fingerprint } from './fingerprint';
import { inferField } from './inferField';
import { matchCatalog } from './matchCatalog';
import { type NormalizedInput, normalizeInput } from './normalizeInput';
import { redactSecrets } from './redactSecrets';
import { retryAdvice } from './retryAdvice';
import type {
  CopyOverrides,
  ErrorCategory,
  ExchangeCatalog,
  ExchangeSource,
  RequestContext,
  ResolvedExchangeError,
  ResolveOptions,
  Severity,
} from './types';

// Envelope codes that mean success when no catalog for the source says otherwise (LTP: 200, 200000).
// Binance's `code: 0` (a 451 geo-block, stream errors) is not among them.
const SUCCESS: readonly number[] = [200, 200000];
const MAX_MESSAGE = 500;
const SEVERITY: Partial<Record<ErrorCategory, Severity>> = {
  'ip-banned': 'critical',
  'execution-unknown': 'critical',
  'rate-limit': 'warning',
  unavailable: 'warning',
  'order-rejected': 'warning',
  'not-found': 'info',
};

// Runs of white space, or a single one that is not a plain space: most messages have neither.
const ODD_SPACE = /\s{2,}|[^\S ]|^ | $/;
const collapseSpace = (text: string) => (ODD_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text);

/** Whether the request placed, cancelled or replaced an order: its outcome matters if the answer is lost. */
function writesOrders(request: RequestContext | undefined): boolean {
  if (!request) return false;
  if (request.intent) return /-order$/.test(request.intent);
  const method = request.method ?? '';
  // REST: POST/DELETE/PUT on an order path. WebSocket API: the methods that place, cancel, replace
  // or amend (`order.place`, `orderList.place.oco`, `sor.order.place`, `openOrders.cancelAll`,
  // `order.amend.keepPriority`), not the reads beside them (`order.status`, `order.amendments`).
  return (
    WS_WRITES.test(method) ||
    (/^(?:POST|PUT|PATCH|DELETE)$/i.test(method) && /order|oco|\/sor\b/i.test(request.url ?? ''))
  );
}
const WS_WRITES =
  /^(?:sor\.)?(?:order|orderList|openOrders|openOrderLists)\.(?:place|cancel|replace|amend\b)/i;

/**
 * Whether an answer to an order request leaves the order's outcome unknown. Binance: "HTTP 5XX …
 * the execution status is UNKNOWN and could have been a success." A lost answer (network error,
 * 408, timeout) is the same, and so is a server failure reported inside an answer (LTP's
 * `500 Server error` arrives in an HTTP 200); only a 4xx is a definite no.
 */
function outcomeUnknown(category: ErrorCategory, status: number | undefined, code: number | null): boolean {
  const lost = (status ?? 0) >= 500 || status === 408;
  if (category === 'unavailable') return lost || status === undefined || status < 400;
  return category === 'unknown' && (lost || (code === null && status === undefined));
}

const readsOnly = (request: RequestContext | undefined) =>
  request?.intent === 'read' || (!request?.intent && /^(?:GET|HEAD)$/i.test(request?.method ?? ''));

/** The category an HTTP status imposes (418, 429, 451), or suggests when nothing else decided. */
function byStatus(
  status: number | undefined,
  category: ErrorCategory | undefined,
): ErrorCategory | undefined {
  if (status === 418) return 'ip-banned';
  if (status === 429 && category !== 'ip-banned') return 'rate-limit';
  if (status === 451) return 'account-restricted';
  if (category || status === undefined) return category;
  return status === 401 || status === 403 ? 'auth' : status >= 500 ? 'unavailable' : undefined;
}

function detectSource(code: number | null): ExchangeSource {
  if (code === null) return 'unknown';
  return code < 0 ? 'binance-spot' : code >= 100 && code < 1e6 ? 'ltp' : 'unknown';
}

// What each documented entry's own messages say, per entry: the categories they classify to.
const documented = new WeakMap<CatalogEntry, readonly ErrorCategory[]>();

function documentedCategories(entry: CatalogEntry): readonly ErrorCategory[] {
  const known = documented.get(entry);
  if (known) return known;
  const categories: ErrorCategory[] = [];
  for (const text of entry.messages) {
    const category = classifyMessage(text);
    if (category && !categories.includes(category)) categories.push(category);
  }
  documented.set(entry, categories);
  return categories;
}

/**
 * The category a message gives, checked against the document when the message did not match the
 * code's own texts (empty, cut off, reworded): the server's words decide only among what the
 * document says the code means (-1003 is a rate limit or a ban), else the document does
 * (-1022 "Invalid HMAC" is still a bad signature, an empty -1003 still a rate limit).
 */
function classifyText(
  message: string,
  unmatched: CatalogEntry | undefined,
  httpStatus: number | undefined,
): ErrorCategory | undefined {
  const said = classifyMessage(message);
  // A lost answer outranks the document: words saying it timed out, or a 5xx or 408 whose
  // status decides below, may mean an order went through.
  if (said === 'execution-unknown' || (httpStatus ?? 0) >= 500 || httpStatus === 408) return said;
  const meant = unmatched ? documentedCategories(unmatched) : [];
  return meant.length === 0 || (said && meant.includes(said)) ? said : meant[0];
}

/** A resolution without what differs per call: `raw`, and `retry` (it depends on "now"). */
type Resolution = Omit<ResolvedExchangeError, 'raw' | 'retry'>;

function retryFor(category: ErrorCategory, message: string, found: NormalizedInput, options: ResolveOptions) {
  return retryAdvice(category, {
    now: options.now ?? Date.now(),
    message,
    headers: options.headers ?? found.headers,
    retryAfter: found.retryAfter,
    serverTime: found.serverTime,
    window: found.window,
  });
}

function resolution(
  input: unknown,
  found: NormalizedInput,
  options: ResolveOptions,
  httpStatus: number | undefined,
  request: RequestContext | undefined,
): Resolution | null {
  const { code } = found;
  const catalogs = options.catalogs ?? [];
  let source = options.source ?? found.shape ?? detectSource(code);
  let catalog = catalogs.find((candidate) => candidate.id === source);
  if (!catalog && source === 'unknown' && catalogs.length === 1) {
    catalog = catalogs[0];
    source = catalog?.id ?? source;
  }
  const success = catalog?.successCodes ?? SUCCESS;
  // A success envelope: LTP's code 200 or 200000, or any body that says `success: true` (Binance's
  // SAPI answers `{"code":"000000","message":"success",…,"success":true}`, a gift card bought).
  if (
    ((code !== null && success.includes(code)) || found.success) &&
    (httpStatus === undefined || httpStatus < 400)
  )
    return null;

  let message = found.html
    ? `The server returned an HTML page${httpStatus ? ` (HTTP ${httpStatus})` : ''}`
    : redactSecrets(collapseSpace(found.message.slice(0, 65_536)));
  if (!message && code === null && httpStatus) message = `HTTP ${httpStatus}`;
  if (message.length > MAX_MESSAGE) message = `${message.slice(0, MAX_MESSAGE - 1)}…`;

  let match = catalog && !found.html ? matchCatalog(catalog, code, message) : undefined;
  if (!catalog && code === null && !found.html) {
    // A bare message ("Filter failure: LOT_SIZE") tells its exchange by matching its catalog.
    for (const candidate of catalogs) {
      match = matchCatalog(candidate, null, message);
      if (match) {
        catalog = candidate;
        source = candidate.id;
        break;
      }
    }
  }
  if (match) message = match.message;
  const entry = match?.entry;
  const ruled = catalog?.rules.classify(code, message, entry?.name);
  let category =
    byStatus(
      httpStatus,
      ruled?.category ??
        (found.html
          ? undefined
          : classifyText(
              message,
              // Under the umbrella codes of rejections (-2010 NEW_ORDER_REJECTED) the message is the news.
              match?.template || (code !== null && catalog?.rejectionCodes.includes(code))
                ? undefined
                : entry,
              httpStatus,
            )),
    ) ?? 'unknown';
  const saysUnknown = !found.html && STATUS_UNKNOWN.test(message);
  const writes = writesOrders(request);
  if (saysUnknown && category !== 'ip-banned' && category !== 'rate-limit') {
    // Text that says the execution status is unknown wins over what its code usually means
    // (-1000 carrying -1007's text): resending could place the order twice.
    category = 'execution-unknown';
  } else if (writes && outcomeUnknown(category, httpStatus, code)) {
    category = 'execution-unknown';
  } else if (
    category === 'execution-unknown' &&
    ruled?.category !== category &&
    readsOnly(request) &&
    !saysUnknown
  ) {
    // A timeout on a read changed nothing. What the exchange calls unknown (-1006, -1007,
    // "execution status unknown") stays so, read or not.
    category = 'unavailable';
  }
  const field = ruled?.filter === undefined ? (ruled?.field ?? inferField(category, message)) : ruled.field;

  const resolved: ResolvedExchangeError = {
    source,
    code,
    message,
    category,
    severity: (ruled?.category === category ? ruled.severity : undefined) ?? SEVERITY[category] ?? 'error',
    title: '',
    description: '',
    params: match?.params ?? {},
    retry: retryFor(category, message, found, options),
    known: match !== undefined,
    fingerprint: fingerprint(source, code ?? entry?.code ?? null, category, match?.template ?? message),
    raw: input,
  };
  if (entry?.name) resolved.name = entry.name;
  if (field) resolved.field = field;
  if (ruled?.filter) resolved.filter = ruled.filter;
  if (httpStatus !== undefined) resolved.httpStatus = httpStatus;
  const copy = composeCopy(resolved, catalog?.rules, options.copy, options.locale);
  resolved.title = copy.title;
  resolved.description = copy.description;
  // What is remembered must not keep the first input alive; `resolve` sets each call's own.
  resolved.raw = undefined;
  return resolved;
}

/** A resolution remembered with everything besides its message that it depends on. */
interface Remembered {
  readonly code: number | null;
  readonly httpStatus: number | undefined;
  readonly kind: 0 | 1 | 2;
  readonly html: boolean | undefined;
  readonly success: boolean | undefined;
  readonly shape: CatalogId | undefined;
  readonly source: CatalogId | undefined;
  readonly copy: CopyOverrides | undefined;
  readonly locale: string | undefined;
  readonly resolution: Resolution | null;
}

// Resolutions of recent errors, per list of catalogs, by message: a storm of one error, or a
// polling loop meeting the same one, costs a lookup. The message comes first because the same
// message arrives as the same string, whose hash is then already known. Bounded; oldest first out.
// Keyed by the catalog objects, not the array holding them, so `{ catalogs: [binanceSpot] }`
// written inline at each call still finds what the last call remembered.
interface Memo {
  readonly next: WeakMap<ExchangeCatalog, Memo>;
  readonly messages: Map<string, Remembered[]>;
}
const memo: Memo = { next: new WeakMap(), messages: new Map() };
const MAX_MESSAGES = 256;

function memoFor(catalogs: readonly ExchangeCatalog[]): Memo {
  let node = memo;
  for (const catalog of catalogs) {
    let next = node.next.get(catalog);
    if (!next) {
      next = { next: new WeakMap(), messages: new Map() };
      node.next.set(catalog, next);
    }
    node = next;
  }
  return node;
}

function resolve(input: unknown, options: ResolveOptions): ResolvedExchangeError | null {
  const found = normalizeInput(input);
  const httpStatus = options.httpStatus ?? found.httpStatus;
  const request = options.request ?? found.request;
  const kind = writesOrders(request) ? 1 : readsOnly(request) ? 2 : 0;
  const { code, html, shape, success } = found;
  const { source, copy, locale } = options;
  // A `format` function may read anything, `raw` included: its results are not reused.
  const messages =
    copy?.format || found.message.length > 2_048 ? undefined : memoFor(options.catalogs ?? []).messages;
  const seen = messages?.get(found.message);
  let resolved = seen?.find(
    (r) =>
      r.code === code &&
      r.httpStatus === httpStatus &&
      r.kind === kind &&
      r.html === html &&
      r.success === success &&
      r.shape === shape &&
      r.source === source &&
      r.copy === copy &&
      r.locale === locale,
  )?.resolution;
  if (resolved === undefined) {
    resolved = resolution(input, found, options, httpStatus, request);
    if (messages) {
      if (messages.size >= MAX_MESSAGES) messages.delete(messages.keys().next().value ?? '');
      const remembered = {
        code,
        httpStatus,
        kind,
        html,
        success,
        shape,
        source,
        copy,
        locale,
        resolution: resolved,
      } as const;
      if (!seen) messages.set(found.message, [remembered]);
      else if (seen.length < 8) seen.push(remembered);
    }
  }
  if (resolved === null) return null;
  // Spelled out rather than spread: one object shape for every result, built fast.
  const error: ResolvedExchangeError = {
    source: resolved.source,
    code: resolved.code,
    message: resolved.message,
    category: resolved.category,
    severity: resolved.severity,
    title: resolved.title,
    description: resolved.description,
    params: { ...resolved.params },
    retry: retryFor(resolved.category, resolved.message, found, options),
    known: resolved.known,
    fingerprint: resolved.fingerprint,
    raw: input,
  };
  if (resolved.name !== undefined) error.name = resolved.name;
  if (resolved.field !== undefined) error.field = resolved.field;
  if (resolved.filter !== undefined) error.filter = resolved.filter;
  if (resolved.httpStatus !== undefined) error.httpStatus = resolved.httpStatus;
  return error;
}

/**
 * Resolves any raw exchange error into one typed {@link ResolvedExchangeError}, or `null` for a
 * success envelope (LTP `code` 200 or 200000). Takes Binance REST bodies (objects or JSON text,
 * cut off or pretty-printed), WebSocket API frames, LTP envelopes, axios errors, ccxt and other
 * SDK exceptions, `Error`s and log lines. Never throws: input it cannot read resolves to the
 * `unknown` category with whatever message it had.
 *
 * Pass the catalogs you use (`exchange-error-kit/catalogs/*`); without them the category still
 * comes from the message, the HTTP status and the code, with `known: false`.
 *
 * @example
 * ```ts
 * import { resolveExchangeError } from 'exchange-error-kit';
 * import { binanceSpot } from 'exchange-error-kit/catalogs/binance-spot';
 *
 * const error = resolveExchangeError({ code: -1013, msg: 'Filter failure: LOT_SIZE' }, { catalogs: [binanceSpot] });
 * error?.category; // 'filter'
 * error?.field; // 'quantity'
 * ```
 */
export function resolveExchangeError(
  input: unknown,
  options: ResolveOptions = {},
): ResolvedExchangeError | null {
  try {
    return resolve(input, options ?? {});
  } catch {
    // Only hostile options (a throwing copy formatter, a catalog whose rules throw) get here.
    return {
      source: 'unknown',
      code: null,
      message: '',
      category: 'unknown',
      severity: 'error',
      ...defaultCopy.unknown,
      params: {},
      retry: { strategy: 'none' },
      known: false,
      fingerprint: 'unknown::unknown:',
      raw: input,
    };
  }
}
