// @ts-check
import { CatalogSourceError } from './source-error.mjs';

/**
 * @typedef {import('../../src/catalog/types').CatalogData} CatalogData
 * @typedef {import('../../src/catalog/types').CatalogEntry} CatalogEntry
 */

const TABLE_HEADER = /^Code\s*Message$/;
const SUCCESS_SENTENCE = /\bA code of (\d+(?:(?:\s*,\s*|\s*,?\s+or\s+)\d+)*) indicates? success\b/;
/**
 * The text export glues each code to its message (`400000Invalid parameter`). No documented code
 * is longer than six digits, so a longer run of digits means a message starting with a digit,
 * which cannot be split safely.
 */
const MAX_CODE_DIGITS = 6;

/**
 * Parses the LTP (RapidX) portfolio API error-code page exported as plain text.
 *
 * Each section is a title line (`Trading (4010xx)`), a `CodeMessage` header and rows whose
 * digits are the code and whose rest is the message. The section is named by the title's
 * first word (`Authentication & API Key (…)` → `Authentication`). Success codes come from
 * the introduction's "A code of 200 or 200000 indicates success" sentence.
 *
 * @param {string} text the document
 * @param {string} fileName used in error messages
 * @returns {CatalogData}
 */
export function parseLtp(text, fileName) {
  const lines = text.split(/\r?\n/);
  // Annotated as a whole so TypeScript narrows after a call, as it does for a throw.
  /** @type {(line: number, problem: string) => never} */
  const fail = (line, problem) => {
    throw new CatalogSourceError(fileName, line, problem);
  };
  /** @param {number} from index to start at @returns {number} index of the next non-blank line, or -1 */
  const nextNonBlank = (from) => {
    for (let i = from; i < lines.length; i += 1) if ((lines[i] ?? '').trim() !== '') return i;
    return -1;
  };

  /** @type {number[] | undefined} */
  let successCodes;
  /** @type {CatalogEntry[]} */
  const entries = [];
  /** @type {Map<number, number>} code → line it was first seen on */
  const seen = new Map();
  /** @type {{ name: string, line: number, rows: number } | undefined} */
  let section;
  let sectionCount = 0;

  const closeSection = () => {
    if (section && section.rows === 0) fail(section.line, `section "${section.name}" has no code rows`);
  };

  for (let index = 0; index < lines.length; index += 1) {
    const lineNo = index + 1;
    const line = (lines[index] ?? '').trim();
    if (line === '') continue;

    if (!section) {
      const success = SUCCESS_SENTENCE.exec(line);
      if (success && !successCodes) successCodes = (success[1]?.match(/\d+/g) ?? []).map(Number);
    }

    // A section title is whatever line stands right before a `CodeMessage` header.
    const following = nextNonBlank(index + 1);
    if (following !== -1 && TABLE_HEADER.test((lines[following] ?? '').trim())) {
      if (TABLE_HEADER.test(line))
        fail(lineNo, 'two `CodeMessage` header lines in a row, with no section title');
      closeSection();
      const name = line.split(/\s+/)[0] ?? '';
      if (!/^[A-Za-z]/.test(name))
        fail(lineNo, `section title ${JSON.stringify(line)} does not start with a word`);
      section = { name, line: lineNo, rows: 0 };
      sectionCount += 1;
      index = following;
      continue;
    }
    // Everything before the first section is the introduction.
    if (!section) {
      if (TABLE_HEADER.test(line)) fail(lineNo, '`CodeMessage` header with no section title before it');
      continue;
    }

    if (TABLE_HEADER.test(line)) fail(lineNo, '`CodeMessage` header with no section title before it');
    const row = /^(\d+)(.*)$/.exec(line);
    if (!row) {
      fail(lineNo, `table row without a code in section "${section.name}": ${JSON.stringify(line)}`);
    }
    const digits = /** @type {string} */ (row[1]);
    const message = /** @type {string} */ (row[2]).trim();
    if (digits.length > MAX_CODE_DIGITS) {
      fail(
        lineNo,
        `row starts with ${digits.length} digits (${digits}); codes have at most ${MAX_CODE_DIGITS}, so the message may start with a digit and the code cannot be split from it`,
      );
    }
    if (message === '') fail(lineNo, `code ${digits} has no message`);
    const code = Number(digits);
    const first = seen.get(code);
    if (first !== undefined) fail(lineNo, `code ${code} is listed twice (first on line ${first})`);
    seen.set(code, lineNo);
    entries.push({ code, messages: [message], section: section.name });
    section.rows += 1;
  }
  closeSection();

  if (sectionCount === 0) fail(1, 'no sections found (a title line followed by a `CodeMessage` header)');
  if (!successCodes || successCodes.length === 0) {
    fail(1, 'the introduction has no "A code of … indicates success" sentence naming the success codes');
  }

  return {
    id: 'ltp',
    document: 'LTP (RapidX) portfolio API error codes',
    entries,
    filters: [],
    rejections: [],
    rejectionCodes: [],
    successCodes,
  };
}
