import type { ExchangeProfile } from './profile';
import { readGeneric } from './readWire';
import type { ExchangeCatalog, ResolveOptions } from './types';

/** The registered exchanges, and the ccxt ids they answer to. */
export interface Registered {
  readonly profiles: readonly ExchangeProfile[];
  readonly ccxtIds: ReadonlySet<string>;
}

const legacy = new WeakMap<ExchangeCatalog, ExchangeProfile>();

/** A catalog of the shape before profiles (`rules` beside the data), as a profile. */
function fromCatalog(catalog: ExchangeCatalog): ExchangeProfile {
  let profile = legacy.get(catalog);
  if (!profile) {
    const { rules } = catalog;
    profile = {
      id: catalog.id,
      name: catalog.id,
      catalog,
      detect: {},
      read: (body) => readGeneric(body),
      classify: ({ code, message, name }) => rules.classify(code, message, name),
      copy: rules.copy,
      params: rules.params,
    };
    legacy.set(catalog, profile);
  }
  return profile;
}

const isProfile = (value: ExchangeProfile | ExchangeCatalog): value is ExchangeProfile =>
  typeof (value as ExchangeProfile).read === 'function' &&
  typeof (value as ExchangeProfile).catalog === 'object';

const registered = new WeakMap<readonly unknown[], Registered>();

/**
 * The profiles of `exchanges`, then those of the deprecated `catalogs` (profiles themselves, or
 * catalogs of the older shape), each once. Worked out once per array.
 */
export function profilesOf(options: Pick<ResolveOptions, 'exchanges' | 'catalogs'>): Registered {
  const { exchanges = [], catalogs = [] } = options;
  const key = catalogs.length === 0 ? exchanges : exchanges.length === 0 ? catalogs : undefined;
  const known = key && registered.get(key);
  if (known) return known;
  const profiles: ExchangeProfile[] = [];
  for (const item of [...exchanges, ...catalogs]) {
    const profile = isProfile(item) ? item : fromCatalog(item);
    if (!profiles.some((p) => p.id === profile.id)) profiles.push(profile);
  }
  const result = { profiles, ccxtIds: new Set(profiles.flatMap((p) => p.detect.ccxt ?? [])) };
  if (key) registered.set(key, result);
  return result;
}
