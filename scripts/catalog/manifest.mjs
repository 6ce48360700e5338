// @ts-check
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CatalogSourceError } from './source-error.mjs';

/**
 * Where one document comes from. `file` is its name in the manifest's folder and, without the
 * folder, the id that generated entries list in `sources`. A document taken from a repository
 * names it (`repo`, `path`, `commit`, `date`, `url`); one that is not says where it comes from in
 * `from`.
 * @typedef {object} DocumentRecord
 * @property {string} file
 * @property {string} [repo] owner/name
 * @property {string} [path] the file's path in `repo`
 * @property {string} [commit] the 40-hex commit the text was taken at
 * @property {string} [date] that commit's date, YYYY-MM-DD
 * @property {string} [url] where the exact text can be read
 * @property {string} [from] where the document comes from, in words
 */

/** The manifest's file name, beside the documents it lists. */
export const MANIFEST = 'sources.json';
/** Files in a documents folder that are not documents. */
const NOT_DOCUMENTS = new Set([MANIFEST, 'README.md']);
const FIELDS = new Set(['file', 'repo', 'path', 'commit', 'date', 'url', 'from']);

/**
 * Reads `sources.json` in `dir`: for each catalog id, its documents newest first. Fails with the
 * manifest's file and line when a record is malformed, a listed file is missing, or a file in the
 * folder is listed by no catalog (so a document dropped in is never silently left out).
 *
 * @param {string} dir absolute path of the folder
 * @param {string} shownDir the folder as messages name it
 * @param {readonly string[]} catalogIds the catalogs a manifest may list
 * @returns {Promise<Map<string, DocumentRecord[]>>}
 */
export async function readManifest(dir, shownDir, catalogIds) {
  const shown = path.posix.join(shownDir, MANIFEST);
  let text;
  try {
    text = await readFile(path.join(dir, MANIFEST), 'utf8');
  } catch {
    throw new CatalogSourceError(shown, 1, `no ${MANIFEST} listing the documents of ${shownDir}`);
  }
  /** @type {(needle: string) => number} */
  const lineOf = (needle) => {
    const at = text.indexOf(needle);
    return at === -1 ? 1 : text.slice(0, at).split('\n').length;
  };
  /** @type {(needle: string, problem: string) => never} */
  const fail = (needle, problem) => {
    throw new CatalogSourceError(shown, lineOf(needle), problem);
  };

  /** @type {unknown} */
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CatalogSourceError(
      shown,
      1,
      `not valid JSON: ${error instanceof Error ? error.message : error}`,
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    fail('{', 'expected an object of catalog ids, each with its documents newest first');
  }

  /** @type {Map<string, DocumentRecord[]>} */
  const manifest = new Map();
  /** @type {Map<string, string>} file → catalog */
  const listed = new Map();
  for (const [catalog, records] of Object.entries(/** @type {Record<string, unknown>} */ (json))) {
    if (!catalogIds.includes(catalog))
      fail(`"${catalog}"`, `unknown catalog "${catalog}"; expected one of ${catalogIds.join(', ')}`);
    if (!Array.isArray(records) || records.length === 0)
      fail(`"${catalog}"`, `"${catalog}" lists no documents`);
    /** @type {DocumentRecord[]} */
    const documents = [];
    for (const record of /** @type {unknown[]} */ (records)) {
      if (
        typeof record !== 'object' ||
        record === null ||
        typeof (/** @type {any} */ (record).file) !== 'string'
      ) {
        fail(`"${catalog}"`, `every document of "${catalog}" needs a "file"`);
      }
      const doc = /** @type {Record<string, unknown>} */ (record);
      const file = /** @type {string} */ (doc.file);
      const at = `"${file}"`;
      for (const [key, value] of Object.entries(doc)) {
        if (!FIELDS.has(key)) fail(at, `"${file}" has an unknown field "${key}"`);
        if (typeof value !== 'string' || value === '')
          fail(at, `"${file}": "${key}" must be a non-empty string`);
      }
      if (file.includes('/') || NOT_DOCUMENTS.has(file)) fail(at, `"${file}" is not a document file name`);
      if (doc.commit !== undefined && !/^[0-9a-f]{40}$/.test(/** @type {string} */ (doc.commit)))
        fail(at, `"${file}": "commit" must be 40 hex digits`);
      if (doc.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(/** @type {string} */ (doc.date)))
        fail(at, `"${file}": "date" must be YYYY-MM-DD`);
      if (doc.repo === undefined && doc.from === undefined)
        fail(at, `"${file}" says neither which repository ("repo") nor where ("from") it comes from`);
      const twice = listed.get(file);
      if (twice !== undefined) fail(at, `"${file}" is listed twice (under "${twice}" and "${catalog}")`);
      listed.set(file, catalog);
      documents.push(/** @type {DocumentRecord} */ (doc));
    }
    manifest.set(catalog, documents);
  }

  const present = (await readdir(dir, { withFileTypes: true }))
    .filter((dirent) => dirent.isFile() && !NOT_DOCUMENTS.has(dirent.name))
    .map((dirent) => dirent.name);
  for (const file of listed.keys())
    if (!present.includes(file))
      fail(`"${file}"`, `"${file}" is listed but ${shownDir}/${file} does not exist`);
  for (const file of present.sort())
    if (!listed.has(file))
      throw new CatalogSourceError(shown, 1, `${shownDir}/${file} is in no catalog's list of documents`);
  return manifest;
}
