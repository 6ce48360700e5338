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

/** The parts of a reading a resolution depends on, as one key. */
function keyOf(reading: Reading, options: ResolveOptions): string | undefined {
  const { wire, profile, httpStatus, kind, found } = reading;
  if (wire.message.length > MAX_REMEMBERED) return undefined;
  return [
    'r',
    profile?.id ?? '',
    options.source ?? '',
    wire.code ?? '',
    wire.key ?? '',
    wire.success ? 1 : 0,
    found.html ? 1 : 0,
    httpStatus ?? '',
    kind,
    wire.failed?.join(',') ?? '',
    wire.total ?? '',
    found.ccxt?.name ?? '',
    found.exchangeId ?? '',
    wire.message,
  ].join('\u0000');
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
  const memo = new Memo<Resolution | null | ParsedErrorText>(MEMO_SIZE);
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
      const reading = readError(
        input,
        merged,
        remember ? registered : profilesOf(merged),
        remember ? parse : undefined,
      );
      const key = remember ? keyOf(reading, merged) : undefined;
      let resolved = key === undefined ? undefined : (memo.get(key) as Resolution | null | undefined);
      if (resolved === undefined) {
        resolved = resolution(reading, merged, language, key === undefined ? input : undefined);
        if (key !== undefined) memo.set(key, resolved);
      }
      return (
        resolved &&
        (complete(resolved, reading, input, merged, language) as ResolvedExchangeError<Profile['id']>)
      );
    } catch {
      return unreadable(input, language);
    }
  };
}
