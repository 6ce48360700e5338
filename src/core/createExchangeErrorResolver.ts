import { en } from '../locale/en';
import { ccxtClassOf } from './ccxtClasses';
import { Memo } from './memo';
import type { ParsedErrorText } from './parseErrorText';
import { parseErrorText } from './parseErrorText';
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

// Entries remembered per resolver: resolutions, and the free texts parsed on the way.
const MEMO_SIZE = 512;
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
}

// A plain body is keyed by its content when it is small: a few dozen values at most.
const MAX_VALUES = 48;

/**
 * How many of {@link MAX_VALUES} values are left once `value` is counted, or -1 when it holds
 * anything but strings, finite numbers, booleans, `null`, `undefined` and plain objects and
 * arrays of them (a `Date`, a class instance, a function), or too many values.
 */
function plainLeft(value: unknown, left: number): number {
  if (--left < 0) return -1;
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return left;
    case 'number':
      return Number.isFinite(value) ? left : -1;
    case 'object': {
      if (value === null) return left;
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return -1;
      for (const key in value) {
        left = plainLeft((value as Record<string, unknown>)[key], left);
        if (left < 0) return -1;
      }
      return left;
    }
    default:
      return -1;
  }
}

/**
 * A plain body's content as JSON (`{"code":-1013,"msg":"…"}`), or `undefined` when it is not a
 * small plain value (see {@link plainLeft}). A getter that throws, throws: the caller then reads
 * such an input afresh, without memory.
 */
const contentOf = (value: unknown): string | undefined =>
  plainLeft(value, MAX_VALUES) < 0 ? undefined : JSON.stringify(value);

/**
 * The key of an input whose reading is a function of its content and the call's hints: a string,
 * a plain `Error` or a ccxt exception (its class and message), which carry nothing else, or a small
 * plain body (an exchange's `{"code":-1013,"msg":"…"}` met again). Other objects (an axios error
 * with its response, a class instance, a body with a `Date` in it) are read afresh.
 */
function inputKey(input: unknown, options: ResolveOptions): string | undefined {
  // Headers are read per call (a new Retry-After), but a status or a request changes the reading.
  const { request, source, httpStatus } = options;
  const hints =
    source === undefined && httpStatus === undefined && request === undefined
      ? ''
      : `${source ?? ''}\u0000${httpStatus ?? ''}\u0000${request?.method ?? ''}\u0000${request?.url ?? ''}\u0000${request?.intent ?? ''}`;
  let text: string | undefined;
  if (typeof input === 'string') {
    if (input.length > MAX_REMEMBERED) return undefined;
    // A text met with no hints is its own key, with no copy of it to build and hash: every other
    // key starts with U+0000, and a text that does too takes the long form.
    if (hints === '' && input.charCodeAt(0) !== 0) return input;
    text = `s${input}`;
  } else if (input instanceof Error) {
    const ccxt = ccxtClassOf(input);
    if (!ccxt && Object.getPrototypeOf(input) !== Error.prototype) return undefined;
    // What an app or a wrapper attached (`status`, `body` …) is read too: part of the key.
    text = `e${ccxt?.name ?? ''}`;
    for (const key of TRANSPORT_KEYS) {
      const value = read(input, key);
      if (key === 'message' ? typeof value !== 'string' : value === undefined) continue;
      const content = contentOf(value);
      if (content === undefined) return undefined;
      text += `\u0000${key}${content}`;
    }
  } else if (typeof input === 'object' && input !== null) {
    const content = contentOf(input);
    if (content === undefined) return undefined;
    text = `o${content}`;
  } else return undefined;
  return text.length > MAX_REMEMBERED ? undefined : `\u0000i${hints}\u0000${text}`;
}

/** {@link inputKey}, or `undefined` when reading the input for it throws (it is read afresh then). */
function safeInputKey(input: unknown, options: ResolveOptions): string | undefined {
  try {
    return inputKey(input, options);
  } catch {
    return undefined;
  }
}

/** The parts of a reading a resolution depends on, as one key. */
function keyOf(reading: Reading, options: ResolveOptions): string | undefined {
  const { wire, profile, httpStatus, kind, found } = reading;
  if (wire.message.length > MAX_REMEMBERED) return undefined;
  const tied = reading.tied?.map((p) => p.id).join(',') ?? '';
  return `\u0000r${profile?.id ?? ''}\u0000${tied}\u0000${options.source ?? ''}\u0000${wire.code ?? ''}\u0000${wire.key ?? ''}\u0000${wire.success ? 1 : 0}${found.html ? 1 : 0}\u0000${httpStatus ?? ''}\u0000${kind}\u0000${wire.failed?.join(',') ?? ''}\u0000${wire.total ?? ''}\u0000${found.ccxt?.name ?? ''}\u0000${found.exchangeId ?? ''}\u0000${wire.message}`;
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
  // The one memory of this resolver: resolutions by what they depend on (`r`), and the free texts
  // parsed on the way (`t`), under one bound.
  const memo = new Memo<Resolution | null | ParsedErrorText | Remembered>(MEMO_SIZE);
  const parse = (text: string, ids?: ReadonlySet<string> | 'any') => {
    if (text.length > MAX_REMEMBERED) return parseErrorText(text, ids);
    const key = `\u0000t${ids === 'any' ? 'a' : ''}\u0000${text}`;
    const known = memo.get(key) as ParsedErrorText | undefined;
    if (known) return known;
    const parsed = parseErrorText(text, ids);
    memo.set(key, parsed);
    return parsed;
  };

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
      // reading and resolution are remembered together (`i`), so a storm of one costs a lookup.
      const seen = remember ? safeInputKey(input, merged) : undefined;
      const known = seen === undefined ? undefined : (memo.get(seen) as Remembered | undefined);
      let reading = known?.reading;
      let resolved = known?.resolved;
      if (!reading) {
        reading = readError(
          input,
          merged,
          remember ? registered : profilesOf(merged),
          remember ? parse : undefined,
        );
        const key = remember ? keyOf(reading, merged) : undefined;
        resolved = key === undefined ? undefined : (memo.get(key) as Resolution | null | undefined);
        if (resolved === undefined) {
          resolved = resolution(reading, merged, language, key === undefined ? input : undefined);
          if (key !== undefined) memo.set(key, resolved);
        }
        if (seen !== undefined) memo.set(seen, { reading, resolved });
      }
      return (
        (resolved ?? null) &&
        (complete(resolved as Resolution, reading, input, merged, language) as ResolvedExchangeError<
          Profile['id']
        >)
      );
    } catch {
      return unreadable(input, language);
    }
  };
}
