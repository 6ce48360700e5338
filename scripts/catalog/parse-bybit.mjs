// @ts-check
import { cleanText, indexPlaceholders, readMarkdownBlocks, sectionOf, tableColumns } from './parse-okx.mjs';
import { CatalogSourceError } from './source-error.mjs';

/**
 * @typedef {import('../../src/catalog/types').CatalogData} CatalogData
 * @typedef {import('../../src/catalog/types').CatalogEntry} CatalogEntry
 * @typedef {import('./parse-okx.mjs').HeadingBlock} HeadingBlock
 * @typedef {CatalogEntry & { readonly retired?: true, readonly described?: true }} BybitEntry
 * @typedef {Omit<CatalogData, 'id' | 'entries'> & { id: 'bybit', entries: BybitEntry[] }} BybitCatalogData
 */

const BYBIT_COLUMNS = { code: /^code$/i, message: /^(?:description|message)$/i };
const CODE_CELL = /^`?(-?\d+)`?$/;
const STRUCK = /^~~(.*)~~$/s;
/** Bybit answers `retCode: 0` with `retMsg: "OK"` on success; the document lists it in a code table. */
const SUCCESS_CODE = 0;

/**
 * How a cell is told to be the document's description of a code rather than the text the server
 * sends. The document never says which it is; these are the marks of a writer explaining, and
 * only they set `described`. Anything else is taken as the server's text, even when it reads
 * like a summary ("Request parameter error"): nothing in the document tells those apart.
 * @type {readonly { reason: string, test: (message: string, section: string) => boolean }[]}
 */
export const DESCRIPTION_MARKS = [
  // HTTP statuses, explained; a Bybit body carries a retCode, never one of these texts.
  { reason: 'the HTTP status table', test: (_, section) => /^HTTP Code$/i.test(section) },
  // `1. op type is not found; 2. category is not correct`
  { reason: 'numbered causes', test: (m) => /(?:^|\s)1\.\s.*\s2\.\s/.test(m) },
  // `Strategy creation failed / webhook strategy name is empty`: several messages in one cell.
  { reason: 'alternatives joined with " / "', test: (m) => /\s\/\s/.test(m) },
  // The writer's voice: who gets it, what it indicates, what to do when you see it.
  {
    reason: 'explanatory wording',
    test: (m) =>
      /\b(?:Indicates|Possible causes?|encounter this|Travel rule for|may encounter|etc)\b|\bkyc=|\?\?/i.test(
        m,
      ),
  },
  // `(Spot) Your api key has expired`, `… under current LTV constraints (Perps)`, `(For all coin repayment)`:
  // a tag saying which product or case a shared text belongs to.
  {
    reason: 'a product or case tag',
    test: (m) =>
      /^\((?:Spot|Derivatives|Perps)\)/.test(m) ||
      /\((?:Spot|Perps|For [^)]+|margin mode [^)]+|trade\/[^)]+|the [^)]+ is triggered)\)$/.test(m),
  },
  // An unbalanced `"`: a message split over two rows (170011 / 170019) or a stray quote.
  { reason: 'an unbalanced double quote', test: (m) => (m.match(/"/g)?.length ?? 0) % 2 === 1 },
];

/**
 * Parses Bybit's API v5 "Error Codes" page (`docs/v5/error.mdx` of Bybit's documentation).
 *
 * Every row of a `Code | Description` table is a code; its section is the `##` / `###` headings
 * above it (`Asset / Fiat Convert`). A code listed in several rows or sections is one entry with
 * every distinct text, in the first section it appears in. The row for code 0 (`OK`) is the
 * success code, not an entry.
 *
 * - A row whose code is struck through (`~~10018~~`) is kept with `retired: true`; the
 *   strike-through comes off the code and the text. A code is retired only when every row of it
 *   is. Strike-through over part of a text is an error: what is retired would be a guess.
 * - The cell text is the message either way. Where it is the document's explanation rather than
 *   the server's text (see {@link DESCRIPTION_MARKS}), the entry has `described: true`; one such
 *   text among several marks the entry.
 * - Placeholders: `%s` stays; `{{key0}}`, `{minSize}`, `{}` and the letter runs `xxxx` / `XXXXX`
 *   that stand for a value become `{N}` (see `indexPlaceholders` in parse-okx.mjs).
 * - Links (`[401](../pilot-feature…)`), HTML (`<a href>`), `**bold**` and escapes are undone;
 *   backticks and quotes stay.
 *
 * @param {string} text the document
 * @param {string} fileName used in error messages
 * @returns {BybitCatalogData}
 */
export function parseBybit(text, fileName) {
  /** @type {(line: number, problem: string) => never} */
  const fail = (line, problem) => {
    throw new CatalogSourceError(fileName, line, problem);
  };
  /** @type {Map<number, { code: number, messages: string[], section: string, retired: boolean, described: boolean }>} */
  const byCode = new Map();
  /** @type {(HeadingBlock | undefined)[]} */
  const stack = [];
  let success = false;
  let tables = 0;

  for (const block of readMarkdownBlocks(text, fileName)) {
    if (block.kind === 'heading') {
      stack.length = block.level;
      stack[block.level] = block;
      continue;
    }
    const columns = tableColumns(block, BYBIT_COLUMNS, fail);
    const section = sectionOf(stack);
    if (section === '') fail(block.line, 'table before any section heading');
    tables += 1;
    if (block.rows.length === 0) fail(block.line, `table in section "${section}" has no rows`);

    for (const row of block.rows) {
      if (row.cells.length !== block.header.length) {
        fail(
          row.line,
          `table row has ${row.cells.length} cells, expected ${block.header.length} (${block.header.join(', ')})`,
        );
      }
      const rawCode = row.cells[columns.code] ?? '';
      const struckCode = STRUCK.exec(rawCode);
      const codeCell = cleanText(struckCode ? (struckCode[1] ?? '') : rawCode);
      const codeMatch = CODE_CELL.exec(codeCell);
      if (!codeMatch) fail(row.line, `code ${JSON.stringify(codeCell)} is not a number`);
      const code = Number(codeMatch?.[1]);

      const rawMessage = row.cells[columns.message] ?? '';
      const struckMessage = STRUCK.exec(rawMessage);
      const messageCell = struckMessage ? (struckMessage[1] ?? '') : rawMessage;
      if (messageCell.includes('~~')) {
        fail(row.line, `code ${code} has part of its text struck through; strike the whole row to retire it`);
      }
      const cleaned = cleanText(messageCell).replace(/\n/g, ' ');
      if (cleaned === '') fail(row.line, `code ${code} has no text`);
      if (code === SUCCESS_CODE) {
        success = true;
        continue;
      }
      // Braces first, so `{{xxx}}` is one placeholder; then the letter runs, numbered after them.
      const message = indexPlaceholders(indexPlaceholders(cleaned).replace(/\b(?:x{3,}|X{3,})\b/g, '{}'));
      const described = DESCRIPTION_MARKS.some((mark) => mark.test(cleaned, section));
      const retired = struckCode !== null || struckMessage !== null;

      const known = byCode.get(code);
      if (!known) {
        byCode.set(code, { code, messages: [message], section, retired, described });
        continue;
      }
      if (!known.messages.includes(message)) known.messages.push(message);
      known.retired &&= retired;
      known.described ||= described;
    }
  }

  if (tables === 0) fail(1, 'no error-code tables found (a `Code | Description` header)');
  if (!success) fail(1, `no row for the success code ${SUCCESS_CODE} found`);

  /** @type {BybitEntry[]} */
  const entries = [...byCode.values()].map((entry) => ({
    code: entry.code,
    messages: entry.messages,
    section: entry.section,
    ...(entry.retired ? { retired: /** @type {const} */ (true) } : {}),
    ...(entry.described ? { described: /** @type {const} */ (true) } : {}),
  }));

  return {
    id: 'bybit',
    document: 'Bybit API v5 error codes',
    entries,
    filters: [],
    rejections: [],
    rejectionCodes: [],
    successCodes: [SUCCESS_CODE],
  };
}
