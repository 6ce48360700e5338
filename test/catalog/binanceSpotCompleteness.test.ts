import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../scripts/catalog/build.mjs';
import { catalogs } from '../../scripts/catalog/catalogs.mjs';
import { binanceSpotData } from '../../src/exchanges/binance-spot/binance-spot.data';
import { binanceDocuments, binanceEditions, type LoadedDocument } from './documents';
import {
  asText,
  expectedMessages,
  looksLikeDescription,
  type ReadDocument,
  readBinanceDocument,
} from './simpleBinanceReader';

// Every expectation here is computed from the documents by the simple reader, never written down:
// a newer edition changes the numbers, not the tests.

const spec = catalogs.find((catalog) => catalog.id === 'binance-spot')!;
const build = (documents: readonly LoadedDocument[]) =>
  buildCatalog(
    spec,
    documents.map((doc) => ({ text: doc.text, shown: doc.shown })),
  ).data;

/** What the merge tests read of a catalog, the committed one or one built here. */
interface Merged {
  readonly entries: readonly Entry[];
  readonly filters: readonly { readonly filter: string }[];
  readonly rejections: readonly { readonly message: string }[];
  readonly rejectionCodes: readonly number[];
  readonly documents: readonly string[];
}
interface Entry {
  readonly code: number;
  readonly name?: string;
  readonly messages: readonly string[];
  readonly sources: readonly string[];
}
type Read = { readonly file: string; readonly read: ReadDocument };
const readAll = (documents: readonly LoadedDocument[]): Read[] =>
  documents.map((doc) => ({ file: doc.file, read: readBinanceDocument(doc.text) }));

/** Codes some document lists twice (Binance -5012): their entries are told apart by name. */
const listedTwice = (reads: readonly Read[]) =>
  new Set(
    reads.flatMap(({ read }) => read.headings.map((h) => h.code).filter((c, i, all) => all.indexOf(c) !== i)),
  );

/** The headings, newest document first, that make up `entry`. */
function headingsOf(entry: Pick<Entry, 'code' | 'name'>, reads: readonly Read[]) {
  const twice = listedTwice(reads);
  return reads.flatMap(({ file, read }) =>
    read.headings
      .filter((h) => h.code === entry.code && (!twice.has(entry.code) || h.name === entry.name))
      .map((heading) => ({ file, heading })),
  );
}

const orderedUnion = <T>(lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())];

/** Checks a catalog merged from `documents` (newest first) against what the reader finds in each. */
function expectMergedFrom(data: Merged, documents: readonly LoadedDocument[]) {
  const reads = readAll(documents);
  const { entries } = data;
  const allCodes = new Set(reads.flatMap(({ read }) => read.headings.map((h) => h.code)));
  expect(new Set(entries.map((entry) => entry.code))).toEqual(allCodes);
  // One entry per code, two where a document names one code twice.
  const twice = listedTwice(reads);
  for (const code of allCodes) {
    const same = entries.filter((entry) => entry.code === code);
    expect(same.map((entry) => entry.name)).toHaveLength(
      twice.has(code) ? new Set(same.map((e) => e.name)).size : 1,
    );
  }
  // The newest document's codes come first, in its order.
  const newest = reads[0]!.read.headings.map((h) => h.code);
  expect(entries.slice(0, newest.length).map((entry) => entry.code)).toEqual(newest);

  for (const entry of entries) {
    const parts = headingsOf(entry, reads);
    expect(entry.sources, `sources of ${entry.code}`).toEqual(orderedUnion([parts.map((p) => p.file)]));
    // Newest edition's messages first, every older variant after them, each once.
    expect(entry.messages, `messages of ${entry.code}`).toEqual(
      orderedUnion(parts.map((p) => expectedMessages(p.heading))),
    );
    expect(entry.name, `name of ${entry.code}`).toBe(parts.find((p) => p.heading.name)?.heading.name);
  }
  expect(data.filters.map((f) => f.filter)).toEqual(orderedUnion(reads.map(({ read }) => read.filters)));
  expect(data.rejections.map((r) => r.message)).toEqual(
    orderedUnion(reads.map(({ read }) => read.rejectionMessages)),
  );
  expect([...data.rejectionCodes].sort()).toEqual(
    orderedUnion(reads.map(({ read }) => read.rejectionCodes)).sort(),
  );
  expect(data.documents).toEqual(documents.map((doc) => doc.file));
}

const everyDocument = [...binanceDocuments, ...binanceEditions];

describe('the documents and fixtures the tests read', () => {
  it('are several editions of the Binance Spot document, each with codes, filters and rejections', () => {
    expect(binanceDocuments.length).toBeGreaterThan(1);
    expect(binanceEditions.length).toBeGreaterThanOrEqual(8);
    for (const doc of everyDocument) {
      const read = readBinanceDocument(doc.text);
      expect(read.headings.length, doc.shown).toBeGreaterThan(0);
      expect(read.filters.length, doc.shown).toBeGreaterThan(0);
      expect(read.rejectionMessages.length, doc.shown).toBeGreaterThan(0);
      expect(read.rejectionCodes.length, doc.shown).toBeGreaterThan(0);
    }
  });
});

describe.each(everyDocument.map((doc) => [doc.shown, doc] as const))('%s, built on its own', (_, doc) => {
  const read = readBinanceDocument(doc.text);
  const data = build([doc]);
  const entries = data.entries;

  it('has one entry per code heading, in document order, with its name or heading', () => {
    expect(entries.map((entry) => entry.code)).toEqual(read.headings.map((h) => h.code));
    expect(entries.map((entry) => entry.name)).toEqual(read.headings.map((h) => h.name));
    for (const entry of entries) {
      if (entry.name !== undefined) expect(entry.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
      if (entry.heading !== undefined) expect(entry.heading).not.toMatch(/^[A-Z][A-Z0-9_]*$/);
    }
  });

  it('keeps every bullet: server messages as templates, descriptions as notes', () => {
    read.headings.forEach((heading, i) => {
      const entry = entries[i]!;
      expect(entry.messages, `messages of ${heading.code}`).toEqual(expectedMessages(heading));
      for (const bullet of heading.bullets.filter(looksLikeDescription)) {
        expect(entry.notes, `notes of ${heading.code}`).toContain(asText(bullet));
      }
      if (heading.prose) expect(entry.notes, `prose of ${heading.code}`).toBeDefined();
      expect(entry.messages.length > 0 || entry.notes !== undefined).toBe(true);
    });
    const text = JSON.stringify(entries);
    expect(text).not.toContain('\\\\_');
    expect(text).not.toContain('](');
  });

  it('has every filter row, every rejection message and the codes they arrive under', () => {
    expect(data.filters.map((filter) => filter.filter)).toEqual(read.filters);
    for (const filter of data.filters) expect(filter.message).toBe(`Filter failure: ${filter.filter}`);
    expect(data.rejections.map((rejection) => rejection.message)).toEqual(read.rejectionMessages);
    expect(data.rejectionCodes).toEqual(read.rejectionCodes);
    // The rejection codes are not invented as entries: only a heading makes an entry.
    for (const code of data.rejectionCodes) {
      expect(entries.some((entry) => entry.code === code)).toBe(read.headings.some((h) => h.code === code));
    }
  });

  it('names this document as the source of every entry', () => {
    expect(data.documents).toEqual([doc.file]);
    for (const entry of entries) expect(entry.sources).toEqual([doc.file]);
  });
});

describe('the committed Binance Spot catalog', () => {
  it('merges every vendored document per code, newest first', () => {
    expectMergedFrom(binanceSpotData, binanceDocuments);
  });

  it('keeps codes that only one edition lists, with only that edition as their source', () => {
    const reads = readAll(binanceDocuments);
    for (const { file, read } of reads) {
      const others = new Set(
        reads.filter((r) => r.file !== file).flatMap(({ read: other }) => other.headings.map((h) => h.code)),
      );
      for (const { code } of read.headings.filter((h) => !others.has(h.code))) {
        expect(binanceSpotData.entries.find((entry) => entry.code === code)?.sources).toEqual([file]);
      }
    }
  });

  it('describes itself as the Binance Spot document with no success codes', () => {
    expect(binanceSpotData.id).toBe('binance-spot');
    expect(binanceSpotData.document).toBe('Binance Spot API error codes');
    expect(binanceSpotData.successCodes).toEqual([]);
  });
});

describe('every edition of errors.md merged, newest first', () => {
  // The dated documents: the vendored current edition and the fixtures, by date.
  const dated = everyDocument
    .filter((doc) => doc.date !== undefined)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));

  it('merges per code like the committed catalog does', () => {
    expect(dated.length).toBeGreaterThan(binanceEditions.length);
    expectMergedFrom(build(dated), dated);
  });
});
