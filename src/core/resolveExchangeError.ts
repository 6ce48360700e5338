import { en } from '../locale/en';
import type { Language, WaitHint } from '../locale/types';
import { ccxtNeverSent } from './ccxtClasses';
import { composeCopy } from './composeCopy';
import { categoryFor } from './decide/categoryFor';
import type { Facts, RequestKind } from './decide/facts';
import { fieldFor } from './decide/fieldFor';
import { retryAdvice } from './decide/retryAdvice';
import { severityFor } from './decide/severityFor';
import { detectExchange, plainText } from './detectExchange';
import { fingerprint } from './fingerprint';
import { matchCatalog } from './matchCatalog';
import type { ClassifyInput, ExchangeProfile, WireError } from './profile';
import { profilesOf, type Registered } from './profilesOf';
import { type FoundInput, readInput } from './readInput';
import { readWire } from './readWire';
import { redactSecrets } from './redactSecrets';
import { requestKind } from './requestKind';
import type {
  Classification,
  ErrorCategory,
  RequestContext,
  ResolvedExchangeError,
  ResolveOptions,
} from './types';

const MAX_MESSAGE = 500;

/** A resolution without what differs per call: `raw`, and `retry` (it depends on "now"). */
export type Resolution = Omit<ResolvedExchangeError, 'raw' | 'retry'> & {
  /** What the message says of waiting, for a category whose retry waits (read once, not per call). */
  readonly said?: WaitHint;
};

/** What one call works from: the input read, the exchange picked, what it said. */
export interface Reading {
  readonly found: FoundInput;
  readonly profile: ExchangeProfile | undefined;
  /** Registered profiles that recognise the error equally well, when none could be picked. */
  readonly tied: readonly ExchangeProfile[] | undefined;
  readonly wire: WireError;
  readonly httpStatus: number | undefined;
  readonly request: RequestContext | undefined;
  readonly kind: RequestKind;
}

/** Reads the input and picks its exchange among the registered ones. */
export function readError(input: unknown, options: ResolveOptions, registered: Registered): Reading {
  const found = readInput(input, registered.ccxtIds);
  const request = options.request ?? found.request;
  const { profile, tied } = detectExchange(found, registered.profiles, options.source, request?.url);
  return {
    found,
    profile,
    tied,
    wire: codeAhead(readWire(found, profile), profile),
    httpStatus: options.httpStatus ?? found.httpStatus,
    request,
    kind: requestKind(request, profile),
  };
}

// A code written ahead of the message, as SDKs log them (`-4014: Price not increased by tick size.`).
const AHEAD = /^\s*(-?\d{1,9}):\s+(?=\S)/;

/**
 * A text read with no code whose message starts with one that lost its sign (`4014: Price not
 * increased by tick size.`): the code is taken, signed as the exchange documents it, when the rest
 * is one of that code's own messages; otherwise the wire stays as read.
 */
function codeAhead(wire: WireError, profile: ExchangeProfile | undefined): WireError {
  const ahead = wire.code === null && profile ? AHEAD.exec(wire.message) : null;
  if (!ahead || !profile) return wire;
  const message = wire.message.slice(ahead[0].length);
  const written = Number(ahead[1]);
  for (const code of [written, -written]) {
    const match = matchCatalog(profile, code, message);
    if (match?.template !== undefined && match.entry?.code === code) return { ...wire, code, message };
  }
  return wire;
}

// ccxt's classes for no answer: a timeout, a reset or closed connection, an answer it could not
// read. A DNS failure or a refused connection proves the request never left.
const SILENT = new Set([
  'NetworkError',
  'RequestTimeout',
  'ExchangeClosedByUser',
  'BadResponse',
  'NullResponse',
  'OperationFailed',
]);
const lostByClass = (name: string, message: string) => SILENT.has(name) && !ccxtNeverSent(message);

/**
 * The classification every tied profile gives, when they all give the same: Spot and USD-M both
 * read `{"code":-1013,"msg":"Invalid quantity."}` as a filter failure on the quantity, though
 * neither can be told to be the exchange. Profiles whose documents say in words what the code
 * means know it better than a list of codes (ccxt's maps of Binance's look-alikes): when some
 * do, theirs is the agreement asked for.
 */
function agreed(
  tied: readonly ExchangeProfile[] | undefined,
  input: ClassifyInput,
): Classification | undefined {
  if (!tied) return undefined;
  const worded = tied.filter((profile) =>
    profile.catalog.entries.some((entry) => entry.code === input.code && entry.messages.length > 0),
  );
  let first: Classification | undefined;
  for (const profile of worded.length > 0 ? worded : tied) {
    const ruled = profile.classify?.(input);
    if (!ruled) return undefined;
    first ??= ruled;
    if (ruled.category !== first.category || ruled.field !== first.field || ruled.filter !== first.filter)
      return undefined;
  }
  return first;
}

/** Whether the profile's catalog lists the code as an error. */
const documents = (profile: ExchangeProfile | undefined, code: number | null) =>
  code !== null && (profile?.catalog.entries.some((entry) => entry.code === code) ?? false);

/** The message as shown: the exchange's words, redacted, on one line, bounded. */
function shownMessage(reading: Reading): string {
  const { found, wire, httpStatus } = reading;
  if (found.html) return `The server returned an HTML page${httpStatus ? ` (HTTP ${httpStatus})` : ''}`;
  let message = redactSecrets(plainText(wire.message));
  if (!message && wire.code === null && httpStatus) message = `HTTP ${httpStatus}`;
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE - 1)}…` : message;
}

/** What the documented entry's own messages read as, for a message that matched none of them. */
function documentedCategories(facts: Pick<Facts, 'match' | 'umbrella'>, language: Language): ErrorCategory[] {
  const entry = facts.match?.entry;
  if (!entry || facts.match?.template !== undefined) return [];
  const categories: ErrorCategory[] = [];
  for (const text of entry.messages) {
    const category = language.classify(text);
    if (category && !categories.includes(category)) categories.push(category);
  }
  return categories;
}

/**
 * The resolution of a reading: the decisions of `decide/` in their order, then the copy. `null`
 * for a success. Independent of the time, so a resolver may remember it.
 */
export function resolution(
  reading: Reading,
  options: ResolveOptions,
  language: Language,
  input?: unknown,
): Resolution | null {
  const { profile, wire, httpStatus, found } = reading;
  // A success envelope, or a body whose words say only that it succeeded (`{"code":200000,
  // "message":"Success"}` with no profile to know the code); never under an error status.
  const succeeded =
    wire.success ||
    (wire.code !== null && profile?.catalog.successCodes.includes(wire.code)) ||
    (wire.key === undefined && language.saysSuccess(wire.message) && !documents(profile, wire.code));
  if (succeeded && (httpStatus === undefined || httpStatus < 400)) return null;

  let message = shownMessage(reading);
  const match = profile && !found.html ? matchCatalog(profile, wire.code, message) : undefined;
  if (match) message = match.message;
  const entry = match?.entry;
  const ruled = profile
    ? profile.classify?.({ code: wire.code, key: wire.key, message, name: entry?.name })
    : agreed(reading.tied, { code: wire.code, key: wire.key, message });
  const umbrella =
    wire.code !== null &&
    profile !== undefined &&
    (profile.catalog.rejectionCodes.includes(wire.code) ||
      profile.umbrellaCodes?.includes(wire.code) === true);
  const base = { match, umbrella };
  const facts: Facts = {
    profile,
    wire,
    message,
    html: found.html === true,
    page: found.page,
    httpStatus,
    request: reading.request,
    kind: reading.kind,
    match,
    ruled,
    documented: documentedCategories(base, language),
    umbrella,
    language,
    ccxt: found.ccxt && { ...found.ccxt, lost: lostByClass(found.ccxt.name, message) },
  };
  const category = categoryFor(facts);
  const field = fieldFor(facts, category);
  // Without a registered profile, a ccxt exception still names its exchange.
  // A ccxt exception names its exchange even when no profile for it is registered; a log line's
  // words do not vouch for it.
  const named = found.ccxt && !found.ccxtPrinted ? found.exchangeId : undefined;
  const source = profile?.id ?? options.source ?? named ?? 'unknown';
  const code = wire.code;
  const resolved: ResolvedExchangeError = {
    source,
    code,
    message,
    category,
    severity: severityFor(facts, category),
    title: '',
    description: '',
    params: match?.params ?? {},
    retry: { strategy: 'none' },
    known: match !== undefined,
    fingerprint: fingerprint(
      source,
      code ?? entry?.code ?? null,
      category,
      match?.template ?? wire.key ?? message,
    ),
    // For the app's copy formatter, which may read it; not remembered.
    raw: input,
  };
  if (entry?.name) resolved.name = entry.name;
  if (field) resolved.field = field;
  if (ruled?.filter) resolved.filter = ruled.filter;
  if (httpStatus !== undefined) resolved.httpStatus = httpStatus;
  if (wire.failed?.length && wire.total) resolved.items = { failed: wire.failed, total: wire.total };
  const copy = composeCopy(resolved, profile, options.copy, options.locale, language.copy);
  resolved.title = copy.title;
  resolved.description = copy.description;
  const { raw: _raw, retry: _retry, ...rest } = resolved;
  const said = WAITING.has(category) && !found.html ? language.wait(message) : undefined;
  return said ? { ...rest, said } : rest;
}

// The categories whose retry waits: only they read what the message says of waiting.
const WAITING = new Set<ErrorCategory>(['rate-limit', 'ip-banned', 'unavailable']);
const NOT_WAITING = { now: 0 } as const;

/** A resolution completed for one call: its own `raw`, and `retry` worked out for "now". */
export function complete(
  resolved: Resolution,
  reading: Reading,
  input: unknown,
  options: ResolveOptions,
): ResolvedExchangeError {
  const { wire, found } = reading;
  const { category } = resolved;
  // Spelled out rather than spread: one object shape for every result, built fast.
  const error: ResolvedExchangeError = {
    source: resolved.source,
    code: resolved.code,
    message: resolved.message,
    category,
    severity: resolved.severity,
    title: resolved.title,
    description: resolved.description,
    params: { ...resolved.params },
    retry: WAITING.has(category)
      ? retryAdvice(category, {
          now: options.now ?? Date.now(),
          said: resolved.said,
          headers: options.headers ?? found.headers,
          resetHeaders: reading.profile?.resetHeaders,
          banWait: reading.profile?.banWait,
          retryAfter: wire.retryAfter,
          serverTime: wire.serverTime,
          window: wire.window,
        })
      : retryAdvice(category, NOT_WAITING),
    known: resolved.known,
    fingerprint: resolved.fingerprint,
    raw: input,
  };
  if (resolved.name !== undefined) error.name = resolved.name;
  if (resolved.field !== undefined) error.field = resolved.field;
  if (resolved.filter !== undefined) error.filter = resolved.filter;
  if (resolved.httpStatus !== undefined) error.httpStatus = resolved.httpStatus;
  if (resolved.items) error.items = { failed: [...resolved.items.failed], total: resolved.items.total };
  // The symbol's rules say exactly which rule and value a filter failure broke.
  if (category === 'filter' && options.rules) {
    const explained = options.rules.explain(error, options.order);
    if (explained) Object.assign(error, explained, { params: { ...error.params, ...explained.params } });
  }
  return error;
}

/** What the resolver returns when a hostile option (a throwing copy formatter) breaks it. */
export function unreadable(input: unknown, language: Language = en): ResolvedExchangeError {
  return {
    source: 'unknown',
    code: null,
    message: '',
    category: 'unknown',
    severity: 'error',
    ...language.copy.unknown,
    params: {},
    retry: { strategy: 'none' },
    known: false,
    fingerprint: 'unknown::unknown:',
    raw: input,
  };
}

/**
 * Resolves any raw exchange error into one typed {@link ResolvedExchangeError}, or `null` for a
 * success envelope. Takes REST bodies (objects or JSON text, cut off or pretty-printed),
 * WebSocket frames, batch answers, axios errors, ccxt and other SDK exceptions, `Error`s and log
 * lines. Never throws: input it cannot read resolves to the `unknown` category with whatever
 * message it had.
 *
 * Pass the exchanges you use (`exchange-error-kit/exchanges/*`): the exchange of an error is
 * picked among them only, and without one the category still comes from the message, the HTTP
 * status and the request, with `source: 'unknown'`. For many errors, a resolver from
 * {@link createExchangeErrorResolver} remembers recent ones.
 *
 * @example
 * ```ts
 * import { resolveExchangeError } from 'exchange-error-kit';
 * import { binanceSpot } from 'exchange-error-kit/exchanges/binance-spot';
 *
 * const error = resolveExchangeError({ code: -1013, msg: 'Filter failure: LOT_SIZE' }, { exchanges: [binanceSpot] });
 * error?.category; // 'filter'
 * error?.field; // 'quantity'
 * ```
 */
export function resolveExchangeError<Profile extends ExchangeProfile = ExchangeProfile>(
  input: unknown,
  options: ResolveOptions<Profile> = {},
): ResolvedExchangeError<Profile['id']> | null {
  const language = options?.language ?? en;
  try {
    const opts = options ?? {};
    const reading = readError(input, opts, profilesOf(opts));
    const resolved = resolution(reading, opts, language, input);
    return resolved && complete(resolved, reading, input, opts);
  } catch {
    // Only hostile options (a throwing copy formatter, a profile whose rules throw) get here.
    return unreadable(input, language);
  }
}
