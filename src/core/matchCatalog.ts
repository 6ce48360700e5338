import type { CatalogEntry } from '../catalog/types';
import { matchTemplate } from './matchTemplate';
import type { ExchangeCatalog } from './types';

/** Which catalog message a code and message matched, and the values its placeholders held. */
export interface CatalogMatch {
  /** The entry for the code (or, without a code, the entry whose message matched). */
  entry?: CatalogEntry;
  /** The template that matched; absent when only the code is documented. */
  template?: string;
  params: Record<string, string>;
  /** The message, cut after the matched sentence when what followed was wrapper noise. */
  message: string;
}

interface Candidate {
  readonly template: string;
  readonly entry?: CatalogEntry;
}

interface CatalogIndex {
  readonly byCode: Map<number, readonly CatalogEntry[]>;
  /** Every template, for a message without a code. */
  readonly all: readonly Candidate[];
  /** Messages documented apart from any code (Binance filter failures and order rejections). */
  readonly loose: readonly Candidate[];
}

// Built on first use per catalog object, so importing a catalog costs nothing until an error arrives.
const indexes = new WeakMap<ExchangeCatalog, CatalogIndex>();

function indexOf(catalog: ExchangeCatalog): CatalogIndex {
  let index = indexes.get(catalog);
  if (!index) {
    const byCode = new Map<number, CatalogEntry[]>();
    const all: Candidate[] = [];
    for (const entry of catalog.entries) {
      byCode.set(entry.code, [...(byCode.get(entry.code) ?? []), entry]);
      for (const template of entry.messages) all.push({ template, entry });
    }
    const loose = [...catalog.filters, ...catalog.rejections].map(({ message }) => ({ template: message }));
    index = { byCode, all: [...all, ...loose], loose };
    indexes.set(catalog, index);
  }
  return index;
}

function find(
  candidates: readonly Candidate[],
  message: string,
  rename: ExchangeCatalog['rules']['params'],
): CatalogMatch | undefined {
  const lower = message.toLowerCase();
  // Whole-template matches first, then first-sentence matches.
  for (const key of ['full', 'head'] as const) {
    for (const candidate of candidates) {
      const compiled = matchTemplate(candidate.template);
      if (!lower.startsWith(compiled.prefix)) continue;
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
  catalog: ExchangeCatalog,
  code: number | null,
  message: string,
): CatalogMatch | undefined {
  const index = indexOf(catalog);
  const entries = code === null ? undefined : index.byCode.get(code);
  const own = entries?.flatMap((entry) => entry.messages.map((template) => ({ template, entry })));
  const rename = catalog.rules.params;
  const found =
    (own && find(own, message, rename)) ?? find(code === null ? index.all : index.loose, message, rename);
  if (found) return { ...found, entry: found.entry ?? entries?.[0] };
  return entries ? { entry: entries[0], params: {}, message } : undefined;
}
