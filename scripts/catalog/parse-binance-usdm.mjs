// @ts-check
import { DESCRIPTION_RULES, entryOf, plainText } from './parse-binance-spot.mjs';
import { CatalogSourceError } from './source-error.mjs';

/**
 * @typedef {import('../../src/catalog/types').CatalogData} CatalogData
 * @typedef {import('../../src/catalog/types').CatalogEntry} CatalogEntry
 * @typedef {{ code: number, name?: string, heading?: string, messages: string[], section: string,
 *   notes: string[], paragraph: string[], line: number }} EntryDraft
 * @typedef {{ line: number, parts: string[] }} PendingBullet
 */

/**
 * Symbolic names: UPPER_SNAKE, or words joined by underscores in mixed case as some futures
 * headings have them (`Exceed_Maximum_Modify_Order_Limit`); anything else is a phrase
 * (`-1008 Request Throttled`).
 */
const SYMBOLIC_NAME = /^(?:[A-Z][A-Z0-9_]*|[A-Z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)$/;
/** A list item: `*`, `-` or `+` and a space, indented by at most three spaces (CommonMark). */
const BULLET = /^( {0,3})([*+-])(?:\s+(.*))?$/;
/** A list item indented by four or more spaces would be nested under the one before it. */
const NESTED_BULLET = /^ {4,}[*+-]\s/;
const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const FENCE = /^\s{0,3}(```|~~~)/;
const ANCHOR = /<a\s[^>]*>\s*<\/a>/gi;
const COMMENT = /<!--.*?-->/g;
/** The server message a description quotes at its end: `…: "Unknown order sent".` */
const QUOTED_MESSAGE = /:\s*"([^"]+)"\.?$/;
/** A code heading's text: the code, then its name or a phrase. */
const CODE_HEADING = /^(-\d+)(?:\s+(.*))?$/;

/**
 * When a bullet under a code heading describes the code rather than quoting the server: the
 * rules of the Spot document, and two the futures document adds: a bullet that explains what the
 * code indicates ("This indicates the new reduce-only order conflicts with existing open
 * orders; …", -2022, -4118), and one that quotes the message the server sends inside its own
 * sentence (`Cancel request failure as open order not found in the orderbook: "Unknown order
 * sent".`, -2011).
 *
 * @example
 * USDM_DESCRIPTION_RULES.find((rule) => rule.test('', 'This indicates the new reduce-only order conflicts …'))?.why;
 * // 'says what the code indicates'
 * @type {readonly { readonly why: string, readonly test: (raw: string, text: string) => boolean }[]}
 */
export const USDM_DESCRIPTION_RULES = [
  ...DESCRIPTION_RULES,
  { why: 'says what the code indicates', test: (_, text) => /^This indicates\b/.test(text) },
  { why: 'quotes the server message inside a sentence', test: (_, text) => QUOTED_MESSAGE.test(text) },
];

/**
 * Why a futures bullet is a description rather than a server message, or undefined for a message.
 *
 * @example
 * usdmDescriptionReason('Cancel request failure as open order not found in the orderbook: "Unknown order sent".');
 * // 'quotes the server message inside a sentence'
 * usdmDescriptionReason('Price not increased by tick size.'); // undefined
 * @param {string} raw the bullet's markdown
 * @returns {string | undefined}
 */
export function usdmDescriptionReason(raw) {
  const text = plainText(raw);
  return USDM_DESCRIPTION_RULES.find((rule) => rule.test(raw, text))?.why;
}

/**
 * A message as a template the resolver's matcher compiles (`%s` and `{0}` only): the Java-style
 * `%d` and `%b` (`reduceOnly '%b'`, -4020) become `%s`.
 *
 * @example
 * usdmTemplate("duplicate options id %d for user %d"); // 'duplicate options id %s for user %s'
 * @param {string} markdown
 */
export function usdmTemplate(markdown) {
  return plainText(markdown).replace(/%[db]/g, '%s');
}

/**
 * Parses Binance's USDⓈ-M futures "Error Codes" page (markdown, as scraped from the derivatives
 * documentation).
 *
 * The page is a title, an introduction (prose, a quoted JSON example in a code block), then
 * sections (`### 10xx - General Server or Network issues`) whose `#### -NNNN NAME` headings are
 * the codes. A heading that starts with a code (`\-1000`, the minus escaped) is one entry; any
 * other heading below the title names the section of the entries under it. Bullets under a code
 * heading are message templates, continued on indented lines, except those
 * {@link USDM_DESCRIPTION_RULES} marks as descriptions, kept in `notes` with any prose; the server
 * message such a description quotes (`…: "Unknown order sent".`) is a template as well. Code
 * blocks and block quotes (`> Source: …`) are the page's commentary, not entries. Unlike the Spot
 * document there are no filter or rejection tables: the futures filter failures have codes of
 * their own (-4014 PRICE_NOT_INCREASED_BY_TICK_SIZE).
 *
 * Anything the parser does not understand is an error naming the line: a bullet before any code
 * heading, a nested bullet, a non-numeric code, a code heading with nothing under it.
 *
 * @example
 * const data = parseBinanceUsdm(readFileSync('catalog/sources/binance-usdm-futures-error-codes.md', 'utf8'), 'error-code.md');
 * data.entries.find((entry) => entry.code === -4014)?.messages; // ['Price not increased by tick size.']
 *
 * @param {string} text the document
 * @param {string} fileName used in error messages
 * @returns {CatalogData}
 */
export function parseBinanceUsdm(text, fileName) {
  const lines = text.split(/\r?\n/);
  /** @type {(line: number, problem: string) => never} */
  const fail = (line, problem) => {
    throw new CatalogSourceError(fileName, line, problem);
  };
  /** @type {EntryDraft[]} */
  const drafts = [];
  /** @type {EntryDraft | undefined} */
  let entry;
  /** @type {PendingBullet | undefined} */
  let bullet;
  let section = '';
  let fence = -1;

  const endParagraph = () => {
    if (entry && entry.paragraph.length > 0) {
      entry.notes.push(plainText(entry.paragraph.join(' ')));
      entry.paragraph = [];
    }
  };
  const endBullet = () => {
    if (!bullet || !entry) return;
    const raw = bullet.parts.join(' ');
    bullet = undefined;
    if (usdmDescriptionReason(raw) === undefined) {
      entry.messages.push(usdmTemplate(raw));
      return;
    }
    entry.notes.push(plainText(raw));
    // A description that quotes what the server sends names a message of the code all the same.
    const quoted = QUOTED_MESSAGE.exec(plainText(raw))?.[1];
    if (quoted !== undefined && !entry.messages.includes(quoted)) entry.messages.push(usdmTemplate(quoted));
  };
  const closeEntry = () => {
    endBullet();
    if (!entry) return;
    endParagraph();
    if (entry.messages.length === 0 && entry.notes.length === 0)
      fail(entry.line, `heading for code ${entry.code} has no messages (bullets) and no prose under it`);
    drafts.push(entry);
    entry = undefined;
  };

  lines.forEach((original, index) => {
    const lineNo = index + 1;
    const raw = original.trimEnd();
    if (FENCE.test(raw)) {
      endBullet();
      endParagraph();
      fence = fence === -1 ? lineNo : -1;
      return;
    }
    if (fence !== -1) return;
    const line = raw.replace(ANCHOR, '').replace(COMMENT, '').trimEnd();
    if (line.trim() === '') {
      endBullet();
      endParagraph();
      return;
    }
    // Block quotes are the page's asides: the JSON example's caption, the source link.
    if (/^\s{0,3}>/.test(line)) {
      endBullet();
      endParagraph();
      return;
    }

    const heading = HEADING.exec(line);
    if (heading) {
      const level = /** @type {string} */ (heading[1]).length;
      const headingText = plainText(/** @type {string} */ (heading[2]));
      const coded = CODE_HEADING.exec(headingText);
      if (!coded) {
        if (/^-\S/.test(headingText))
          fail(lineNo, `code heading has a non-numeric code ${JSON.stringify(headingText.split(/\s+/)[0])}`);
        closeEntry();
        // The page title names no section.
        if (level > 1) section = headingText;
        return;
      }
      closeEntry();
      if (section === '')
        fail(lineNo, `code heading ${JSON.stringify(headingText)} before any section heading`);
      const label = coded[2] ?? '';
      entry = { code: Number(coded[1]), messages: [], section, notes: [], paragraph: [], line: lineNo };
      if (SYMBOLIC_NAME.test(label)) entry.name = label;
      else if (label !== '') entry.heading = label;
      return;
    }

    if (NESTED_BULLET.test(line))
      fail(
        lineNo,
        'nested list: a bullet indented by four or more spaces; only one level of bullets is supported',
      );
    const item = BULLET.exec(line);
    if (item) {
      const content = (item[3] ?? '').trim();
      if (content === '') fail(lineNo, 'empty bullet');
      if (!entry)
        fail(lineNo, `message bullet before any code heading in section "${section || 'the introduction'}"`);
      endBullet();
      endParagraph();
      bullet = { line: lineNo, parts: [content] };
      return;
    }
    // A line right under a bullet, with no blank line between, continues it.
    if (bullet) {
      bullet.parts.push(line.trim());
      return;
    }
    if (line.trimStart().startsWith('|'))
      fail(lineNo, 'unexpected table row: the futures document has no tables');
    // Prose: an entry's notes, or the introduction before the first code.
    if (entry) entry.paragraph.push(line.trim());
    else if (drafts.length > 0)
      fail(
        lineNo,
        `text ${JSON.stringify(line.trim().slice(0, 60))} between code entries belongs to no code`,
      );
  });

  if (fence !== -1) fail(fence, 'code block is never closed');
  closeEntry();
  if (drafts.length === 0) fail(1, 'no `#### -NNNN NAME` code headings found');

  /** @type {CatalogEntry[]} */
  const entries = drafts.map(entryOf);
  return {
    id: 'binance-usdm',
    document: 'Binance USDⓈ-M futures error codes',
    entries,
    filters: [],
    rejections: [],
    rejectionCodes: [],
    successCodes: [],
  };
}
