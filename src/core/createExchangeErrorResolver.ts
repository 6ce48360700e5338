import { en } from '../locale/en';
import { Memo } from './memo';
import type { ParsedErrorText } from './parseErrorText';
import { parseErrorText } from './parseErrorText';
import type { ExchangeProfile } from './profile';
import { profilesOf } from './profilesOf';
import {
  complete,
  type Reading,
  type Resolution,
  readError,
  resolution,
  unreadable,
} from './resolveExchangeError';
import type { ResolvedExchangeError, ResolveOptions } from './types';

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

/**
 * The key of an input whose reading is a function of its text and the call's hints: a string, a
 * plain `Error` or a ccxt exception (its class and message), which carry nothing else. Bodies and
 * other errors (an axios error's response) are objects whose fields may change: read afresh.
 */
function inputKey(input: unknown, options: ResolveOptions): string | undefined {
  let text: string;
  if (typeof input === 'string') text = `s${input}`;
  else if (input instanceof Error && Object.getPrototypeOf(input) === Error.prototype)
    text = `e${input.message}`;
  else return undefined;
  if (text.length > MAX_REMEMBERED) return undefined;
  const { request, source, httpStatus, headers } = options;
  // Headers are read per call (a new Retry-After), but a status or a request changes the reading.
  void headers;
  return [
    'i',
    source ?? '',
    httpStatus ?? '',
    request?.method ?? '',
    request?.url ?? '',
    request?.intent ?? '',
    text,
  ].join('\u0000');
}

/** The parts of a reading a resolution depends on, as one key. */
function keyOf(reading: Reading, options: ResolveOptions): string | undefined {
  const { wire, profile, httpStatus, kind, found } = reading;
  if (wire.message.length > MAX_REMEMBERED) return undefined;
  const tied = reading.tied?.map((p) => p.id).join(',') ?? '';
  return `r\u0000${profile?.id ?? ''}\u0000${tied}\u0000${options.source ?? ''}\u0000${wire.code ?? ''}\u0000${wire.key ?? ''}\u0000${wire.success ? 1 : 0}${found.html ? 1 : 0}\u0000${httpStatus ?? ''}\u0000${kind}\u0000${wire.failed?.join(',') ?? ''}\u0000${wire.total ?? ''}\u0000${found.ccxt?.name ?? ''}\u0000${found.exchangeId ?? ''}\u0000${wire.message}`;
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
    const key = `t${ids === 'any' ? 'a' : ''}\u0000${text}`;
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
      // A text, or an exception's message, read before with the same hints reads the same: its
      // reading and resolution are remembered together (`i`), so a storm of one costs a lookup.
      const seen = remember ? inputKey(input, merged) : undefined;
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
