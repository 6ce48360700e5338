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

// The registrations worked out lately, by their items: an app that writes
// `{ exchanges: [binanceSpot] }` in every call passes a new array each time, with the same profiles.
const recent: { readonly items: readonly unknown[]; readonly result: Registered }[] = [];
const RECENT = 8;

const sameItems = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * The profiles of `exchanges`, then those of the deprecated `catalogs` (profiles themselves, or
 * catalogs of the older shape), each once. Worked out once per list of profiles.
 */
export function profilesOf(options: Pick<ResolveOptions, 'exchanges' | 'catalogs'>): Registered {
  const { exchanges = [], catalogs = [] } = options;
  const items = catalogs.length === 0 ? exchanges : [...exchanges, ...catalogs];
  const known = recent.find((r) => sameItems(r.items, items));
  if (known) return known.result;
  const profiles: ExchangeProfile[] = [];
  for (const item of items) {
    const profile = isProfile(item) ? item : fromCatalog(item);
    if (!profiles.some((p) => p.id === profile.id)) profiles.push(profile);
  }
  const result = { profiles, ccxtIds: new Set(profiles.flatMap((p) => p.detect.ccxt ?? [])) };
  // A copy: the caller may change its array later.
  if (recent.unshift({ items: [...items], result }) > RECENT) recent.pop();
  return result;
}
