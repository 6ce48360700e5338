// @ts-check
import { CatalogSourceError, unescapeMarkdown } from './source-error.mjs';

/**
 * @typedef {import('../../src/catalog/types').CatalogData} CatalogData
 * @typedef {import('../../src/catalog/types').CatalogEntry} CatalogEntry
 * @typedef {import('../../src/catalog/types').CatalogFilter} CatalogFilter
 * @typedef {import('../../src/catalog/types').CatalogRejection} CatalogRejection
 * @typedef {{ code: number, name?: string, heading?: string, messages: string[], section: string,
 *   notes: string[], paragraph: string[], line: number }} EntryDraft
 * @typedef {{ kind: 'codes' | 'filters' | 'rejections', title: string, line: number, rows: number,
 *   table: 'none' | 'header' | 'separator' | 'rows' | 'done' }} SectionState
 */

const FILTER_SECTION = /^filter failures$/i;
const REJECTION_SECTION = /^order rejection issues$/i;
/** Symbolic names are UPPER_SNAKE; anything else in a heading is a phrase (-1099, -2021, -2022, -12014). */
const SYMBOLIC_NAME = /^[A-Z][A-Z0-9_]*$/;
/** -1099's only bullet documents the code's history; the server never sends it as a message. */
const HISTORY_BULLET = /^This replaces error code -\d+\.?$/;

/**
 * Parses the Binance Spot "Error Codes" markdown document.
 *
 * Every `### -NNNN NAME` / `#### -NNNN NAME` heading is one entry, its `* ` bullets are the
 * message variants and any prose under it is kept as notes. The "Filter failures" and
 * "Order Rejection Issues" sections are tables matched by message rather than by code.
 * Anything the parser does not understand is an error naming the line, never a skipped line.
 *
 * @param {string} text the document
 * @param {string} fileName used in error messages
 * @returns {CatalogData}
 */
export function parseBinanceSpot(text, fileName) {
  const lines = text.split(/\r?\n/);
  /** @type {EntryDraft[]} */
  const drafts = [];
  /** @type {CatalogFilter[]} */
  const filters = [];
  /** @type {CatalogRejection[]} */
  const rejections = [];
  /** @type {number[]} */
  const rejectionCodes = [];
  /** @type {SectionState[]} */
  const sections = [];
  /** @type {SectionState | undefined} */
  let section;
  /** @type {EntryDraft | undefined} */
  let entry;
  let inFence = false;

  // Annotated as a whole so TypeScript narrows after a call, as it does for a throw.
  /** @type {(line: number, problem: string) => never} */
  const fail = (line, problem) => {
    throw new CatalogSourceError(fileName, line, problem);
  };

  const endParagraph = () => {
    if (entry && entry.paragraph.length > 0) {
      entry.notes.push(entry.paragraph.join(' '));
      entry.paragraph = [];
    }
  };

  const closeEntry = () => {
    if (!entry) return;
    endParagraph();
    if (entry.messages.length === 0 && entry.notes.length === 0) {
      fail(
        entry.line,
        `heading for code ${entry.code} has no messages (\`* \` bullets) and no prose under it`,
      );
    }
    drafts.push(entry);
    entry = undefined;
  };

  const closeSection = () => {
    closeEntry();
    if (!section) return;
    if (section.rows === 0) {
      const what =
        section.kind === 'codes' ? 'no `### -NNNN NAME` code headings' : 'no table rows with messages';
      fail(section.line, `section "${section.title}" has ${what}`);
    }
    if (section.kind === 'rejections' && rejectionCodes.length === 0) {
      fail(section.line, `section "${section.title}" lists no error codes (\`* \`-NNNN NAME\`\` bullets)`);
    }
  };

  /**
   * Reads one `| a | b |` row of a two-column table into its unescaped cells.
   * @param {string} raw @param {number} lineNo @returns {[string, string]}
   */
  const tableCells = (raw, lineNo) => {
    const inner = raw
      .trim()
      .replace(/^\|/, '')
      .replace(/(?<!\\)\|$/, '');
    const cells = inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
    if (cells.length !== 2)
      fail(lineNo, `table row has ${cells.length} cells, expected 2 (message, description)`);
    return /** @type {[string, string]} */ (cells);
  };

  /**
   * A message cell is the exact server text in double quotes.
   * @param {string} cell @param {number} lineNo
   */
  const quotedMessage = (cell, lineNo) => {
    const match = /^"(.*)"$/.exec(cell);
    if (!match || match[1] === undefined || match[1].trim() === '') {
      fail(
        lineNo,
        `table row has no message: expected "message text" in double quotes, found ${JSON.stringify(cell)}`,
      );
    }
    return unescapeMarkdown(/** @type {string} */ (match?.[1]));
  };

  /** @param {SectionState} current @param {string} raw @param {number} lineNo */
  const tableLine = (current, raw, lineNo) => {
    switch (current.table) {
      case 'none':
        current.table = 'header';
        tableCells(raw, lineNo);
        return;
      case 'header':
        if (!/^\|(\s*:?-{3,}:?\s*\|)+\s*$/.test(raw.trim()))
          fail(lineNo, 'expected the table separator row `| --- | --- |`');
        current.table = 'separator';
        return;
      case 'done':
        return fail(lineNo, `section "${current.title}" has a second table; only one is expected`);
      default: {
        current.table = 'rows';
        const [messageCell, descriptionCell] = tableCells(raw, lineNo);
        const message = quotedMessage(messageCell, lineNo);
        const description = unescapeMarkdown(descriptionCell);
        if (description === '') fail(lineNo, `table row for ${JSON.stringify(message)} has no description`);
        if (current.kind === 'filters') {
          const filter = /^Filter failure: ([A-Z][A-Z0-9_]*)$/.exec(message)?.[1];
          if (!filter)
            fail(lineNo, `filter row message ${JSON.stringify(message)} is not "Filter failure: NAME"`);
          filters.push({ filter: /** @type {string} */ (filter), message, description });
        } else {
          rejections.push({ message, description });
        }
        current.rows += 1;
      }
    }
  };

  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    const line = raw.trimEnd();

    if (/^\s*(```|~~~)/.test(line)) {
      if (section) fail(lineNo, `unexpected code block inside section "${section.title}"`);
      inFence = !inFence;
      return;
    }
    // The introduction before the first `## ` section (title, JSON example) carries no codes.
    if (inFence) return;

    const sectionHeading = /^##\s+(.+)$/.exec(line);
    if (sectionHeading) {
      closeSection();
      const title = unescapeMarkdown(/** @type {string} */ (sectionHeading[1]).trim());
      const kind = FILTER_SECTION.test(title)
        ? 'filters'
        : REJECTION_SECTION.test(title)
          ? 'rejections'
          : 'codes';
      section = { kind, title, line: lineNo, rows: 0, table: 'none' };
      sections.push(section);
      return;
    }
    if (!section) return;

    if (line.trim() === '') {
      endParagraph();
      if (section.table === 'rows' || section.table === 'separator') section.table = 'done';
      return;
    }

    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = /** @type {string} */ (heading[1]).length;
      const headingText = /** @type {string} */ (heading[2]).trim();
      if (section.kind !== 'codes' || (level !== 3 && level !== 4)) {
        fail(lineNo, `unexpected heading ${JSON.stringify(line)} in section "${section.title}"`);
      }
      const match = /^(-\d+)(?:\s+(.*))?$/.exec(headingText);
      if (!match) {
        const code = headingText.split(/\s+/)[0] ?? '';
        fail(
          lineNo,
          code.startsWith('-')
            ? `code heading has a non-numeric code ${JSON.stringify(code)}; expected "${heading[1]} -NNNN NAME"`
            : `heading ${JSON.stringify(headingText)} does not start with a code; expected "${heading[1]} -NNNN NAME"`,
        );
      }
      closeEntry();
      const code = Number(match?.[1]);
      const label = unescapeMarkdown((match?.[2] ?? '').trim());
      entry = { code, messages: [], section: section.title, notes: [], paragraph: [], line: lineNo };
      if (SYMBOLIC_NAME.test(label)) entry.name = label;
      else if (label !== '') entry.heading = label;
      section.rows += 1;
      return;
    }

    if (line.trimStart().startsWith('|')) {
      if (section.kind === 'codes') fail(lineNo, `unexpected table row in section "${section.title}"`);
      tableLine(section, line, lineNo);
      return;
    }

    if (/^\s/.test(line)) {
      fail(lineNo, 'unexpected indented line; nested lists and continued bullets are not supported');
    }

    const bullet = /^[*+-](\s+(.*))?$/.exec(line);
    if (bullet) {
      const content = unescapeMarkdown((bullet[2] ?? '').trim());
      if (content === '') fail(lineNo, 'empty bullet');
      if (section.kind === 'filters') fail(lineNo, `unexpected bullet in section "${section.title}"`);
      if (section.kind === 'rejections') {
        const code = /^`?(-\d+)(?:\s+[A-Z][A-Z0-9_]*)?`?$/.exec(content)?.[1];
        if (!code)
          fail(
            lineNo,
            `bullet ${JSON.stringify(content)} is not an error code like \`-2010 NEW_ORDER_REJECTED\``,
          );
        rejectionCodes.push(Number(code));
        return;
      }
      if (!line.startsWith('* ')) fail(lineNo, 'message bullets must start with "* "');
      if (!entry) fail(lineNo, `message bullet before any code heading in section "${section.title}"`);
      const current = /** @type {EntryDraft} */ (entry);
      endParagraph();
      if (HISTORY_BULLET.test(content)) current.notes.push(content);
      else current.messages.push(content);
      return;
    }

    // Prose: notes under a code heading; explanatory text in the table sections.
    if (section.kind !== 'codes') return;
    if (!entry) fail(lineNo, `text before any code heading in section "${section.title}"`);
    /** @type {EntryDraft} */ (entry).paragraph.push(unescapeMarkdown(line.trim()));
  });

  if (inFence) fail(lines.length, 'code block is never closed');
  closeSection();

  if (!sections.some((s) => s.kind === 'codes')) fail(1, 'no `## ` sections with error codes found');
  if (!sections.some((s) => s.kind === 'filters')) fail(1, 'no "## Filter failures" section found');
  if (!sections.some((s) => s.kind === 'rejections')) fail(1, 'no "## Order Rejection Issues" section found');

  /** @type {CatalogEntry[]} */
  const entries = drafts.map((draft) => ({
    code: draft.code,
    ...(draft.name !== undefined ? { name: draft.name } : {}),
    ...(draft.heading !== undefined ? { heading: draft.heading } : {}),
    messages: draft.messages,
    section: draft.section,
    ...(draft.notes.length > 0 ? { notes: draft.notes.join('\n\n') } : {}),
  }));

  return {
    id: 'binance-spot',
    document: 'Binance Spot API error codes',
    entries,
    filters,
    rejections,
    rejectionCodes,
    successCodes: [],
  };
}
