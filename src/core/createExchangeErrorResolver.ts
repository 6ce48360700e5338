import { resolveExchangeError } from './resolveExchangeError';
import type { ResolvedExchangeError, ResolveOptions } from './types';

const KEYS = [
  'source',
  'httpStatus',
  'headers',
  'now',
  'locale',
  'request',
  'catalogs',
  'copy',
] as const satisfies readonly (keyof ResolveOptions)[];

/**
 * A {@link resolveExchangeError} bound to defaults (catalogs, source, copy, locale), as the
 * error store and the React provider take it. Options given per call win over the defaults;
 * an option given as `undefined` keeps the default.
 *
 * @example
 * ```ts
 * import { createExchangeErrorResolver } from 'exchange-error-kit';
 * import { binanceSpot } from 'exchange-error-kit/catalogs/binance-spot';
 *
 * const resolve = createExchangeErrorResolver({ catalogs: [binanceSpot], locale: 'en-GB' });
 * resolve('APIError(code=-2015): Invalid API-key, IP, or permissions for action.')?.category; // 'auth'
 * ```
 */
export function createExchangeErrorResolver(
  defaults: ResolveOptions = {},
): (input: unknown, options?: ResolveOptions) => ResolvedExchangeError | null {
  return (input, options) => {
    if (!options) return resolveExchangeError(input, defaults);
    const merged: Record<string, unknown> = { ...defaults };
    for (const key of KEYS) if (options[key] !== undefined) merged[key] = options[key];
    return resolveExchangeError(input, merged as ResolveOptions);
  };
}
