import type { CatalogData, CatalogEntry } from '../catalog/types';
import { type CompiledTemplate, matchTemplate } from './matchTemplate';
import type { ExchangeProfile } from './profile';

/** Which catalog message a code and message matched, and the values its placeholders held. */
export interface CatalogMatch {
  /** The entry for the code (or, without a code, the entry whose message matched). */
  entry?: CatalogEntry;
  /** The template that matched; absent when only the code is documented. */
  template?: string;
  /** Whether the whole template matched, not only its first sentence. */
  whole?: boolean;
  params: Record<string, string>;
  /** The message, cut after the matched sentence when what followed was wrapper noise. */
  message: string;
}

interface Candidate {
  readonly template: string;
  readonly entry?: CatalogEntry;
  /** The template's lowercase start, up to its first placeholder or quote: a cheap pre-check. Made on first use. */
  prefix?: string;
  /** Compiled on first use. */
  compiled?: CompiledTemplate;
}

/** Candidates by the first letter of their prefix; those whose prefix is empty are tried for every message. */
type Buckets = ReadonlyMap<string, readonly Candidate[]>;

interface CatalogIndex {
  /** Per code: its entries and their templates. */
  readonly byCode: Map<
    number,
    { readonly entries: readonly CatalogEntry[]; readonly own: readonly Candidate[] }
  >;
  /** Every template, for a message without a code: bucketed on first need. */
  all?: Buckets;
  /** Messages documented apart from any code (filter failures and order rejections), on first need. */
  loose?: Buckets;
  /** The loose messages' candidates, shared by both bucketings so each compiles once. */
  looseCandidates?: readonly Candidate[];
}

// Built on first use per catalog, so importing an exchange costs nothing until an error arrives, and
// in parts: the codes first, a template's prefix when it is first tried, the buckets of templates
// when a message needs them (the first error a page meets pays for its own code only). Derived
// from the catalog alone (no input is kept), so one index serves every resolver.
const indexes = new WeakMap<CatalogData, CatalogIndex>();

// Every field set from the start: one object shape for all, however far each was filled in.
const candidate = (template: string, entry?: CatalogEntry): Candidate => ({
  template,
  entry,
  prefix: undefined,
  compiled: undefined,
});

/** A template's start, up to the first placeholder or quote, without a final period: servers often drop it. */
const prefixOf = (c: Candidate): string =>
  (c.prefix ??= (c.template.split(/%s|\{\d+\}|[`'"\u2018\u2019]/)[0] ?? '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, ''));

function bucket(candidates: readonly Candidate[]): Buckets {
  const buckets = new Map<string, Candidate[]>();
  const anywhere: Candidate[] = [];
  for (const c of candidates) {
    const prefix = prefixOf(c);
    if (!prefix) {
      anywhere.push(c);
      for (const list of buckets.values()) list.push(c);
      continue;
    }
    const key = prefix[0] ?? '';
    const list = buckets.get(key) ?? [...anywhere];
    buckets.set(key, list);
    list.push(c);
  }
  buckets.set('', anywhere);
  return buckets;
}

function indexOf(catalog: CatalogData): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    const byCode = new Map<number, { entries: CatalogEntry[]; own: Candidate[] }>();
    for (const entry of catalog.entries) {
      const slot = byCode.get(entry.code) ?? { entries: [], own: [] };
      byCode.set(entry.code, slot);
      slot.entries.push(entry);
      for (const template of entry.messages) slot.own.push(candidate(template, entry));
      // A heading that is a phrase (`Order cancel-replace failed.`) is what the server sends too.
      if (entry.heading && !entry.messages.includes(entry.heading))
        slot.own.push(candidate(entry.heading, entry));
    }
    index = { byCode };
    indexes.set(catalog, index);
  }
  return index;
}

const everyOwn = (index: CatalogIndex) => [...index.byCode.values()].flatMap((slot) => slot.own);
const looseOf = (index: CatalogIndex, catalog: CatalogData) =>
  (index.looseCandidates ??= [...catalog.filters, ...catalog.rejections].map(({ message }) =>
    candidate(message),
  ));

/** Every template (for a message without a code), or the loose ones only: bucketed on first need. */
function bucketsOf(index: CatalogIndex, catalog: CatalogData, every: boolean): Buckets {
  if (every) {
    index.all ??= bucket([...everyOwn(index), ...looseOf(index, catalog)]);
    return index.all;
  }
  index.loose ??= bucket(looseOf(index, catalog));
  return index.loose;
}

function find(
  candidates: readonly Candidate[],
  message: string,
  lower: string,
  rename: ExchangeProfile['params'],
): CatalogMatch | undefined {
  // The templates whose start the message has: whole-template matches first, then first-sentence ones.
  const hits: Candidate[] = [];
  for (const candidate of candidates) if (lower.startsWith(prefixOf(candidate))) hits.push(candidate);
  for (const key of ['full', 'head'] as const) {
    for (const candidate of hits) {
      candidate.compiled ??= matchTemplate(candidate.template);
      const { compiled } = candidate;
      const match = compiled[key].exec(message);
      if (!match) continue;
      const names = candidate.entry ? rename?.[candidate.entry.code] : undefined;
      const params: Record<string, string> = {};
      compiled.names.forEach((name, i) => {
        params[names?.[i] ?? name] = match[i + 1] ?? '';
      });
      const rest = message.slice(match[0].length);
      return {
        entry: candidate.entry,
        template: candidate.template,
        whole: key === 'full',
        params,
        message: /^\s*[,;)\]}]/.test(rest) ? match[0] : message,
      };
    }
  }
  return undefined;
}

/**
 * Finds the catalog entry and template for a code and message. With a code, that code's
 * templates are tried, then the messages documented apart from codes (a filter failure under
 * -1013, a rejection under -2010); without one, every template. A documented code whose message
 * is worded differently still matches its entry, without a template.
 *
 * @example
 * ```ts
 * matchCatalog(binanceSpot, -1015, 'Too many new orders; current limit is 50 orders per 10 SECOND.');
 * // { entry: { code: -1015, name: 'TOO_MANY_ORDERS', … }, params: { limit: '50', interval: '10 SECOND' }, … }
 * ```
 */
export function matchCatalog(
  profile: Pick<ExchangeProfile, 'catalog' | 'params'>,
  code: number | null,
  message: string,
): CatalogMatch | undefined {
  const index = indexOf(profile.catalog);
  const slot = code === null ? undefined : index.byCode.get(code);
  const lower = message.toLowerCase();
  const rename = profile.params;
  const buckets = bucketsOf(index, profile.catalog, code === null);
  const found =
    (slot && find(slot.own, message, lower, rename)) ??
    find(buckets.get(lower[0] ?? '') ?? buckets.get('') ?? [], message, lower, rename);
  if (found) {
    found.entry ??= slot?.entries[0];
    return found;
  }
  return slot ? { entry: slot.entries[0], params: {}, message } : undefined;
}
