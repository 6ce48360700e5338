// @ts-check
import { entryOf } from './parse-binance-spot.mjs';

/**
 * @typedef {import('../../src/catalog/types').CatalogData} CatalogData
 * @typedef {import('../../src/catalog/types').CatalogEntry} CatalogEntry
 * @typedef {CatalogEntry & { readonly sources: readonly string[] }} SourcedEntry
 * @typedef {Omit<CatalogData, 'entries'> & { readonly entries: readonly SourcedEntry[],
 *   readonly documents: readonly string[] }} MergedCatalog
 * @typedef {{ id: string, data: CatalogData }} ParsedDocument
 * @typedef {{ code: number, name?: string, heading?: string, messages: string[], section: string,
 *   notes: string[], sources: string[] }} Draft
 */

/** @template T @param {T[]} list @param {T} item */
const addOnce = (list, item) => {
  if (!list.includes(item)) list.push(item);
};

/**
 * Merges several editions of one exchange's document into one catalog, `documents` newest first.
 *
 * Entries are merged per code. The newest edition's messages come first and every older
 * variant is kept after them; the name, heading and section come from the newest edition that
 * has one; notes are the distinct notes of every edition; `sources` lists the ids of the documents
 * the entry appears in, newest first. A code one edition lists twice under different names
 * (Binance -5012) stays two entries, and an older entry joins the one with its name. Filters and
 * rejection messages are the union by message (the newest description wins), rejection and success
 * codes the union. Order: the newest edition's, then what only older ones have, in their order.
 *
 * @param {readonly ParsedDocument[]} documents newest first
 * @returns {MergedCatalog}
 */
export function mergeEditions(documents) {
  const newest = documents[0];
  if (!newest) throw new Error('mergeEditions needs at least one document');
  /** @type {Draft[]} */
  const drafts = [];
  /** @type {Map<number, Draft[]>} */
  const byCode = new Map();
  /** @type {Map<string, import('../../src/catalog/types').CatalogFilter>} */
  const filters = new Map();
  /** @type {Map<string, import('../../src/catalog/types').CatalogRejection>} */
  const rejections = new Map();
  /** @type {number[]} */
  const rejectionCodes = [];
  /** @type {number[]} */
  const successCodes = [];

  for (const { id, data } of documents) {
    for (const entry of data.entries) {
      const sameCode = byCode.get(entry.code) ?? [];
      // Not one this document already filled: a code listed twice in one edition stays two entries.
      const open = sameCode.filter((draft) => !draft.sources.includes(id));
      const match =
        open.find((draft) => entry.name !== undefined && draft.name === entry.name) ??
        open.find((draft) => draft.name === undefined || entry.name === undefined);
      if (match) {
        for (const message of entry.messages) addOnce(match.messages, message);
        match.name ??= entry.name;
        match.heading ??= entry.heading;
        if (entry.notes !== undefined)
          for (const note of entry.notes.split('\n\n')) addOnce(match.notes, note);
        match.sources.push(id);
        continue;
      }
      /** @type {Draft} */
      const draft = {
        code: entry.code,
        ...(entry.name !== undefined ? { name: entry.name } : {}),
        ...(entry.heading !== undefined ? { heading: entry.heading } : {}),
        messages: [...entry.messages],
        section: entry.section,
        notes: entry.notes !== undefined ? entry.notes.split('\n\n') : [],
        sources: [id],
      };
      drafts.push(draft);
      byCode.set(entry.code, [...sameCode, draft]);
    }
    for (const filter of data.filters) if (!filters.has(filter.message)) filters.set(filter.message, filter);
    for (const rejection of data.rejections)
      if (!rejections.has(rejection.message)) rejections.set(rejection.message, rejection);
    for (const code of data.rejectionCodes) addOnce(rejectionCodes, code);
    for (const code of data.successCodes) addOnce(successCodes, code);
  }

  return {
    id: newest.data.id,
    document: newest.data.document,
    documents: documents.map(({ id }) => id),
    entries: drafts.map((draft) => ({ ...entryOf(draft), sources: draft.sources })),
    filters: [...filters.values()],
    rejections: [...rejections.values()],
    rejectionCodes,
    successCodes,
  };
}
