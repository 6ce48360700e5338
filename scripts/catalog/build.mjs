// @ts-check
import path from 'node:path';
import { emitCatalogModule } from './emit.mjs';
import { mergeEditions } from './merge.mjs';

/**
 * @typedef {import('./catalogs.mjs').CatalogSpec} CatalogSpec
 * @typedef {import('./merge.mjs').MergedCatalog} MergedCatalog
 * @typedef {object} SourceDocument
 * @property {string} text the document
 * @property {string} shown its path as error messages name it
 * @property {string} [header] its path as the generated header names it; `shown` by default
 * @property {string} [id] what entries list in `sources`; the file name of `shown` by default
 */

/**
 * Builds one catalog from its documents, newest first: parses each (a broken one throws a
 * `file:line` error), merges them per code and renders the module.
 * @param {CatalogSpec} spec
 * @param {readonly SourceDocument[]} documents newest first
 * @returns {{ data: MergedCatalog, code: string }}
 */
export function buildCatalog(spec, documents) {
  const ids = documents.map((doc) => doc.id ?? path.basename(doc.shown));
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) throw new Error(`two ${spec.id} documents are both called ${twice}`);
  const data = mergeEditions(
    documents.map((doc, i) => ({
      id: /** @type {string} */ (ids[i]),
      data: spec.parse(doc.text, doc.shown),
    })),
  );
  const code = emitCatalogModule(data, {
    exportName: spec.exportName,
    typeName: spec.typeName,
    sourcePaths: documents.map((doc) => doc.header ?? doc.shown),
    layout: spec.layout,
  });
  return { data, code };
}

/**
 * The line the CLI prints for a catalog:
 * `binance-spot: 293 codes, 488 messages, 19 filters, 42 rejection messages` or `ltp: 252 codes, 252 messages`.
 * @param {CatalogSpec} spec @param {MergedCatalog} data
 */
export function summaryLine(spec, data) {
  const codes = new Set(data.entries.map((entry) => entry.code)).size;
  const messages = data.entries.reduce((sum, entry) => sum + entry.messages.length, 0);
  const tables = spec.tables
    ? `, ${data.filters.length} filters, ${data.rejections.length} rejection messages`
    : '';
  return `${spec.id}: ${codes} codes, ${messages} messages${tables}`;
}
