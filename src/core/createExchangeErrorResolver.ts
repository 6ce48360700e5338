import { en } from '../locale/en';
import type { Language } from '../locale/types';
import { ccxtClassOf } from './ccxtClasses';
import { Memo } from './memo';
import type { ExchangeProfile } from './profile';
import { profilesOf } from './profilesOf';
import { TRANSPORT_KEYS } from './readInput';
import {
  complete,
  type Reading,
  type Resolution,
  readError,
  resolution,
  unreadable,
} from './resolveExchangeError';
import type { ResolvedExchangeError, ResolveOptions } from './types';
import { read } from './wireValues';

const KEYS = [
  'exchanges',
  'catalogs',
  'source',
  'httpStatus',
  'headers',
  'now',
  'locale',
  'language',
  'request',
  'copy',
  'rules',
  'order',
] as const satisfies readonly (keyof ResolveOptions)[];

/** Options that change a resolution beyond what the reading holds: with them given per call, nothing is remembered. */
const PER_CALL_WORDS = ['exchanges', 'catalogs', 'locale', 'language', 'copy'] as const;

// Leads remembered per memory and generation (see `Memo` and `Recall`): inputs in one memory,
// resolutions in another, the objects met again in a third.
const MEMO_SIZE = 256;
// Longer texts and messages are resolved afresh each time: memory for the common, short ones.
const MAX_REMEMBERED = 2_048;

/** A resolver bound to its defaults; see {@link createExchangeErrorResolver}. */
export type ExchangeErrorResolver<Source extends string = string> = (
  input: unknown,
  options?: ResolveOptions,
) => ResolvedExchangeError<Source> | null;

/** An input's reading and resolution, remembered together. */
interface Remembered {
  readonly reading: Reading;
  readonly resolved: Resolution | null;
  /** The object whose content this was found by last. */
  last?: object;
}

/** What an object's remembered reading was taken from: the call's hints and its content's tokens. */
interface Seen {
  readonly hints: string;
  readonly tokens: unknown[];
}

/** What a value is remembered under (see {@link Recall}). */
interface Key {
  readonly lead: string;
  readonly facts: readonly unknown[];
}

// Values remembered under one lead at most: a message met with as many codes, statuses or sources.
const PER_LEAD = 8;

/**
 * A bounded memory of values under a string lead (a text, a message), each kept with the other
 * facts it holds for (a code, a status, an object's content). A lookup hashes the lead, a string
 * the input already holds, and compares the facts one by one: no key is built.
 */
class Recall<V> {
  private readonly leads = new Memo<string, { facts: readonly unknown[]; value: V }[]>(MEMO_SIZE);

  get({ lead, facts }: Key): V | undefined {
    const held = this.leads.get(lead);
    if (held === undefined) return undefined;
    next: for (const entry of held) {
      if (entry.facts.length !== facts.length) continue;
      for (let i = 0; i < facts.length; i++) if (entry.facts[i] !== facts[i]) continue next;
      return entry.value;
    }
    return undefined;
  }

  set({ lead, facts }: Key, value: V): void {
    const held = this.leads.get(lead);
    if (held === undefined) this.leads.set(lead, [{ facts, value }]);
    else {
      if (held.length >= PER_LEAD) held.shift();
      held.push({ facts, value });
    }
  }
}

// A plain body is keyed by its content when it is small: a few dozen values at most.
const MAX_TOKENS = 160;

// Tokens that mark an object's or an array's start and end in an input's content (see `walk`).
const OBJECT = Symbol('{');
const ARRAY = Symbol('[');
const END = Symbol('}');

/** Writes `token` at `at`, or with `check`, compares it with the one there: the index after, or -1. */
const put = (tokens: unknown[], at: number, token: unknown, check: boolean): number => {
  if (at < 0 || at >= MAX_TOKENS) return -1;
  if (!check) tokens[at] = token;
  else if (tokens[at] !== token) return -1;
  return at + 1;
};

/**
 * Writes `value`'s content as tokens from `at` (a value as itself; an object as `OBJECT`, then
 * each key and its value, then `END`), or with `check`, compares it with the tokens there. The
 * index after it, or -1 when it holds anything but strings, finite numbers, booleans, `null`,
 * `undefined` and plain objects and arrays of them (a `Date`, a class instance, a function), is
 * too big, or differs. A getter that throws, throws: the caller then reads such an input afresh.
 */
function walk(value: unknown, tokens: unknown[], at: number, check: boolean): number {
  if (typeof value === 'number' && !Number.isFinite(value)) return -1;
  if (typeof value !== 'object' || value === null) {
    return typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint'
      ? -1
      : put(tokens, at, value, check);
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return -1;
  const array = Array.isArray(value);
  // An array's length is read (a batch's `total`), and its holes leave no key behind.
  at = array
    ? put(tokens, put(tokens, at, ARRAY, check), value.length, check)
    : put(tokens, at, OBJECT, check);
  let keys = 0;
  for (const key in value) {
    at = walk((value as Record<string, unknown>)[key], tokens, put(tokens, at, key, check), check);
    if (at < 0) return -1;
    keys++;
  }
  // A property the walk cannot see (not enumerable) may still be read: such a body is read afresh.
  // Looked for when the tokens are written, not at each later check of the same object.
  if (!check && Object.getOwnPropertyNames(value).length !== keys + (array ? 1 : 0)) return -1;
  return put(tokens, at, END, check);
}

/**
 * An input's content as tokens, written or (with `check`) compared: a plain body's (see `walk`),
 * or an exception's prototype and what an app or a wrapper attached to it (`status`, `body` …),
 * which its reading reads. The tokens' length, or -1 (not plain, too big, or it differs).
 */
function content(input: object, tokens: unknown[], check: boolean): number {
  if (!(input instanceof Error)) return walk(input, tokens, 0, check);
  // Its class chain begins with its `name`, which may pick another ccxt class than its prototype.
  const name = read(input, 'name');
  let at = put(
    tokens,
    put(tokens, 0, Object.getPrototypeOf(input), check),
    typeof name === 'string' ? name : undefined,
    check,
  );
  for (const key of TRANSPORT_KEYS) {
    const value = read(input, key);
    if (key === 'message' ? typeof value !== 'string' : value === undefined) continue;
    at = walk(value, tokens, put(tokens, at, key, check), check);
    if (at < 0) return -1;
  }
  return at;
}

/** The call's hints that change a reading (a status or a request; headers are read per call). */
function hintsOf({ request, source, httpStatus }: ResolveOptions): string {
  return source === undefined && httpStatus === undefined && request === undefined
    ? ''
    : `${source ?? ''}\u0000${httpStatus ?? ''}\u0000${request?.method ?? ''}\u0000${request?.url ?? ''}\u0000${request?.intent ?? ''}`;
}

/**
 * What an input is remembered under: its lead (a text itself; for an object, its longest string,
 * as a body's message) and the facts besides it that its reading depends on (the call's hints;
 * an object's kind and content tokens). A string, a plain `Error` or a ccxt exception (its class,
 * message and what is attached), which carry nothing else, or a small plain body (an exchange's
 * `{"code":-1013,"msg":"…"}` met again). Other objects (an axios error with its response, a class
 * instance, a body with a `Date` in it) are read afresh: `undefined`. An object's content tokens
 * are written to `tokens` on the way.
 */
function inputKey(input: unknown, hints: string, tokens: unknown[]): Key | undefined {
  if (typeof input === 'string') {
    return input.length > MAX_REMEMBERED ? undefined : { lead: input, facts: [String, hints] };
  }
  if (typeof input !== 'object' || input === null || content(input, tokens, false) < 0) return undefined;
  // An exception is its ccxt class and the tokens after its prototype and name; a body, its tokens.
  // The first fact tells the kinds apart: `String` for a text, `Object` for a body, `Error` or
  // the ccxt class for an exception.
  const error = input instanceof Error;
  const ccxt = error ? ccxtClassOf(input) : undefined;
  if (error && !ccxt && Object.getPrototypeOf(input) !== Error.prototype) return undefined;
  const facts: unknown[] = [error ? (ccxt ?? Error) : Object, hints];
  let lead = '';
  let length = 0;
  for (let i = error ? 2 : 0; i < tokens.length; i++) {
    const token = tokens[i];
    facts.push(token);
    if (typeof token !== 'string') continue;
    length += token.length;
    if (token.length > lead.length) lead = token;
  }
  return length > MAX_REMEMBERED ? undefined : { lead, facts };
}

/** {@link inputKey}, or `undefined` when reading the input for it throws (it is read afresh then). */
function safeInputKey(input: unknown, hints: string, tokens: unknown[]): Key | undefined {
  try {
    return inputKey(input, hints, tokens);
  } catch {
    return undefined;
  }
}

/** Whether `input` still holds the content `tokens` were written from; false when reading it throws. */
function holds(tokens: unknown[], input: object): boolean {
  try {
    return content(input, tokens, true) === tokens.length;
  } catch {
    return false;
  }
}

/** The parts of a reading a resolution depends on: its message, and the facts besides it. */
function keyOf(reading: Reading, options: ResolveOptions): Key | undefined {
  const { wire, profile, httpStatus, kind, found, tied } = reading;
  if (wire.message.length > MAX_REMEMBERED) return undefined;
  const facts = [
    profile,
    options.source,
    wire.code,
    wire.key,
    wire.success === true,
    found.html === true,
    httpStatus,
    kind,
    wire.total,
    found.ccxt?.name,
    found.ccxtPrinted,
    found.exchangeId,
    found.page,
    tied?.length,
  ];
  if (tied) facts.push(...tied);
  if (wire.failed) facts.push(...wire.failed);
  return { lead: wire.message, facts };
}

/**
 * A {@link resolveExchangeError} bound to defaults (exchanges, source, copy, locale, language), as
 * the error store and the React provider take it. Options given per call win over the defaults;
 * one given as `undefined` keeps the default. Each resolver remembers the errors it met recently
 * (bounded), so a storm of one error or a polling loop meeting the same one costs a lookup; the
 * memory is its own, never shared with another resolver (or another server request's).
 *
 * @example
 * ```ts
 * import { createExchangeErrorResolver } from 'exchange-error-kit';
 * import { binanceSpot } from 'exchange-error-kit/exchanges/binance-spot';
 *
 * const resolve = createExchangeErrorResolver({ exchanges: [binanceSpot], locale: 'en-GB' });
 * resolve('APIError(code=-2015): Invalid API-key, IP, or permissions for action.')?.category; // 'auth'
 * ```
 */
export function createExchangeErrorResolver<Profile extends ExchangeProfile = ExchangeProfile>(
  defaults: ResolveOptions<Profile> = {},
): ExchangeErrorResolver<Profile['id']> {
  const registered = profilesOf(defaults);
  // The memory of this resolver: inputs by their content, and resolutions by what they depend on
  // (a message met again under a new timestamp or in another form reuses its resolution).
  const inputs = new Recall<Remembered>();
  const readings = new Recall<Resolution | null>();

  /** A reading's resolution, from memory when one with the same key was met. */
  const remembered = (reading: Reading, options: ResolveOptions, language: Language) => {
    const key = keyOf(reading, options);
    if (key === undefined) return resolution(reading, options, language);
    let resolved = readings.get(key);
    if (resolved === undefined) {
      resolved = resolution(reading, options, language);
      readings.set(key, resolved);
    }
    return resolved;
  };
  // The objects met again, by identity, with the content their reading was taken from: held no
  // longer than the app holds them, and only the recent ones.
  const lastSeen = new Memo<object, Remembered & Seen>(MEMO_SIZE, () => new WeakMap());

  return (input, options) => {
    let merged: ResolveOptions = defaults;
    let remember = true;
    if (options) {
      const given: Record<string, unknown> = { ...defaults };
      for (const key of KEYS) {
        if (options[key] === undefined) continue;
        given[key] = options[key];
        if ((PER_CALL_WORDS as readonly string[]).includes(key) && options[key] !== defaults[key])
          remember = false;
      }
      merged = given as ResolveOptions;
    }
    const language = merged.language ?? en;
    try {
      // A `format` function may read anything, `raw` included: its results are not reused.
      if (merged.copy?.format) remember = false;
      // A text, an exception or a small body read before with the same hints reads the same: its
      // reading and resolution are remembered together, so a storm of one costs a lookup.
      // The same object met again (an app re-rendering the error it holds) is found by identity,
      // once its content is seen to be unchanged.
      const hints = remember ? hintsOf(merged) : '';
      const object = remember && typeof input === 'object' && input !== null ? input : undefined;
      const last = object && lastSeen.get(object);
      let known: Remembered | undefined =
        last && last.hints === hints && holds(last.tokens, input as object) ? last : undefined;
      // Otherwise its content's key, the tokens written on the way.
      const tokens: unknown[] | undefined = known || !remember ? undefined : [];
      const seen = tokens && safeInputKey(input, hints, tokens);
      if (seen !== undefined) known = inputs.get(seen);
      // An object is known by identity from its second meeting on: one met once (a new error, or
      // a new copy of one met before) costs the collector no weak entry.
      const again = object !== undefined && known?.last === object;
      if (known && object) known.last = object;
      if (!known) {
        const reading = readError(input, merged, remember ? registered : profilesOf(merged));
        const resolved = remember
          ? remembered(reading, merged, language)
          : resolution(reading, merged, language, input);
        known = object ? { reading, resolved, last: object } : { reading, resolved };
        if (seen !== undefined) inputs.set(seen, known);
      }
      if (object && tokens && again) lastSeen.set(object, { ...known, hints, tokens });
      const { reading, resolved } = known;
      return (
        (resolved ?? null) &&
        (complete(resolved as Resolution, reading, input, merged) as ResolvedExchangeError<Profile['id']>)
      );
    } catch {
      return unreadable(input, language);
    }
  };
}
