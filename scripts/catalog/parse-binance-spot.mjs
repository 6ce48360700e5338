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
 *   codes: number[], table: 'none' | 'header' | 'separator' | 'rows' | 'done' }} SectionState
 * @typedef {{ line: number, parts: string[] }} PendingBullet
 */

/** "Filter failures" (2022 on) and "-9xxx Filter failures" (before). */
const FILTER_SECTION = /(?:^|\s)filter failures$/i;
/**
 * The matching engine's messages: "Order Rejection Issues" (the website edition, codes as bullets)
 * or "Messages for -1010 ERROR_MSG_RECEIVED, -2010 …" (`errors.md`, codes only in the title).
 */
const REJECTION_SECTION = /^(?:order rejection issues$|messages for\s+-\d+)/i;
/** Symbolic names are UPPER_SNAKE; anything else in a heading is a phrase (-1099, -2021, -2022, -12014). */
const SYMBOLIC_NAME = /^[A-Z][A-Z0-9_]*$/;
/** A list item: `*`, `-` or `+` and a space, indented by at most three spaces (CommonMark). */
const BULLET = /^( {0,3})([*+-])(?:\s+(.*))?$/;
/** A list item indented by four or more spaces would be nested under the one before it. */
const NESTED_BULLET = /^ {4,}[*+-]\s/;
/** `<a id="other-errors"></a>` and `<!-- … -->` lines carry no text; they are dropped. */
const ANCHOR = /<a\s[^>]*>\s*<\/a>/gi;
const COMMENT = /<!--.*?-->/g;
/** `[label](target)`: a markdown link. */
const LINK = /\[([^\]]*)\]\(([^()\s]*)\)/g;
/** `<br>`, `<br/>` and `<br></br>` line breaks inside table cells. */
const LINE_BREAK = /\s*<br\s*\/?>(?:\s*<\/br>)?\s*/gi;

/**
 * A catalog entry from a code's draft, with only the fields the document gave.
 * @param {{ code: number, name?: string, heading?: string, messages: string[], section: string, notes: string[] }} draft
 * @returns {CatalogEntry}
 */
export function entryOf(draft) {
  return {
    code: draft.code,
    ...(draft.name !== undefined ? { name: draft.name } : {}),
    ...(draft.heading !== undefined ? { heading: draft.heading } : {}),
    messages: draft.messages,
    section: draft.section,
    ...(draft.notes.length > 0 ? { notes: draft.notes.join('\n\n') } : {}),
  };
}

/**
 * When a bullet under a code heading describes the code instead of quoting what the server sends.
 * The editions mix the two, so a bullet is a description, kept in `notes`, when it
 *
 *  1. links to another part of this document, e.g. "Potential error messages can be found in
 *     [Filter Failures](#filter-failures) …" (-1013): it points the reader to where the messages
 *     are. A link to another document (``[Logon`<A>`](fix-api.md#logon-main) should only be sent
 *     once.``) names a FIX message inside a real message, so it is replaced by its text instead;
 *  2. talks about the code itself: "This code is sent when …" (-2021, -2022), "This replaces error
 *     code -1999" (-1099);
 *  3. states the condition under which the code is sent: "If the order type provided in the
 *     `aboveType` and/or `belowType` is not supported." (-1158, -1160); or
 *  4. explains itself to the reader with "(i.e. …)" or "(e.g. …)": "The request is rejected by the
 *     API. (i.e. The request didn't reach the Matching Engine.)" (-1013).
 *
 * Every other bullet is a message template. Each rule names why it applies, for the tests.
 * @type {readonly { readonly why: string, readonly test: (raw: string, text: string) => boolean }[]}
 */
export const DESCRIPTION_RULES = [
  { why: 'links to another part of the document', test: (raw) => /\]\(#[^)]*\)/.test(raw) },
  {
    why: 'talks about the code itself',
    test: (_, text) => /^This (?:code|error code|replaces)\b/i.test(text),
  },
  { why: 'states a condition', test: (_, text) => /^If\b/.test(text) },
  { why: 'explains itself to the reader', test: (_, text) => /\((?:i\.e\.|e\.g\.)/i.test(text) },
];

/**
 * Why a bullet is a description rather than a server message, or undefined for a message.
 * @param {string} raw the bullet's markdown, links and escapes still in it
 * @returns {string | undefined}
 */
export function descriptionReason(raw) {
  const text = plainText(raw);
  return DESCRIPTION_RULES.find((rule) => rule.test(raw, text))?.why;
}

/**
 * Markdown to the text it shows: links become their label, backslash escapes are removed and
 * whitespace runs become one space. Backticks and quotes stay: servers send names quoted.
 * @param {string} markdown
 */
export function plainText(markdown) {
  return unescapeMarkdown(markdown.replace(LINK, '$1')).replace(/\s+/g, ' ').trim();
}

/**
 * A message as a template the resolver's matcher compiles (`src/core/matchTemplate.ts` knows `%s`
 * and `{0}`): `%d` and named placeholders such as `'{param}'` (-1224) become `%s`, which the matcher
 * names after the words before it. Quotes around a placeholder (`'%s'`) stay, as the server sends them.
 * @param {string} markdown
 */
export function messageTemplate(markdown) {
  return plainText(markdown)
    .replace(/%d/g, '%s')
    .replace(/\{[A-Za-z_][A-Za-z0-9_]*\}/g, '%s');
}

/** A table cell's description: its text, with HTML line breaks as spaces. @param {string} cell */
const descriptionText = (cell) => plainText(cell.replace(LINE_BREAK, ' '));

/**
 * Parses one edition of Binance Spot's error-code document (`errors.md` in
 * binance/binance-spot-api-docs, or the older website page with the SAPI codes).
 *
 * Every `### -NNNN NAME` / `#### -NNNN NAME` heading is one entry. Its bullets (`*`, `-` or `+`,
 * indented by up to three spaces, lines that continue a bullet joined to it) are message templates,
 * except those {@link DESCRIPTION_RULES} marks as descriptions; descriptions and prose under the
 * heading are kept as notes. The filter-failure and matching-engine sections are two-column tables,
 * with or without outer pipes; a message cell may lack its closing quote, have its full stop outside
 * the quotes, hold two quoted messages separated by `/`, or have no quotes at all. The codes the
 * matching-engine messages arrive under are its `* \`-2010 NAME\`` bullets or, when it has none,
 * the codes in its title. Anchor lines are dropped, links become their text.
 *
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
  /** @type {PendingBullet | undefined} */
  let bullet;
  let inFence = false;

  // Annotated as a whole so TypeScript narrows after a call, as it does for a throw.
  /** @type {(line: number, problem: string) => never} */
  const fail = (line, problem) => {
    throw new CatalogSourceError(fileName, line, problem);
  };

  const endParagraph = () => {
    if (entry && entry.paragraph.length > 0) {
      entry.notes.push(plainText(entry.paragraph.join(' ')));
      entry.paragraph = [];
    }
  };

  /** Files the bullet read so far, now that no further line continues it. */
  const endBullet = () => {
    if (!bullet || !section) return;
    const { line, parts } = bullet;
    bullet = undefined;
    const raw = parts.join(' ');
    if (section.kind === 'rejections') {
      const code = /^`?(-\d+)(?:\s+[A-Z][A-Z0-9_]*)?`?$/.exec(plainText(raw))?.[1];
      if (!code)
        fail(
          line,
          `bullet ${JSON.stringify(plainText(raw))} is not an error code like \`-2010 NEW_ORDER_REJECTED\``,
        );
      section.codes.push(Number(code));
      return;
    }
    if (!entry) return fail(line, `message bullet before any code heading in section "${section.title}"`);
    if (descriptionReason(raw) !== undefined) entry.notes.push(plainText(raw));
    else entry.messages.push(messageTemplate(raw));
  };

  const closeEntry = () => {
    endBullet();
    if (!entry) return;
    endParagraph();
    if (entry.messages.length === 0 && entry.notes.length === 0) {
      fail(entry.line, `heading for code ${entry.code} has no messages (bullets) and no prose under it`);
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
    if (section.kind === 'rejections') {
      // The codes are bullets in the website edition and only the title in `errors.md`.
      const codes =
        section.codes.length > 0 ? section.codes : (section.title.match(/-\d+/g) ?? []).map(Number);
      if (codes.length === 0) {
        fail(
          section.line,
          `section "${section.title}" names no error codes, neither as \`* \`-NNNN NAME\`\` bullets nor in its title`,
        );
      }
      for (const code of codes) if (!rejectionCodes.includes(code)) rejectionCodes.push(code);
    }
  };

  /**
   * Splits a table row into its cells, with or without the outer pipes.
   * @param {string} raw @param {number} lineNo @returns {string[]}
   */
  const cellsOf = (raw, lineNo) => {
    const trimmed = raw.trim();
    if (!trimmed.includes('|'))
      fail(lineNo, `table row ${JSON.stringify(trimmed)} has no \`|\` between its cells`);
    const inner = trimmed.replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
    return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
  };

  /** @param {string} raw @param {number} lineNo @returns {[string, string]} */
  const twoCells = (raw, lineNo) => {
    const cells = cellsOf(raw, lineNo);
    if (cells.length !== 2)
      fail(lineNo, `table row has ${cells.length} cells, expected 2 (message, description)`);
    return /** @type {[string, string]} */ (cells);
  };

  /**
   * The server messages in a message cell. The editions quote them loosely: `"text"`,
   * `"text".` (full stop outside), `"text` (no closing quote), `text` (no quotes) and
   * `"one" / "two"` (two messages for one description).
   * @param {string} cell @param {number} lineNo @returns {string[]}
   */
  const cellMessages = (cell, lineNo) => {
    const pair = /^"([^"]*)"\s*\/\s*"([^"]*)"$/.exec(cell);
    const quoted = /^"([^"]*)(?:"(\.?))?$/.exec(cell);
    /** @type {string[] | undefined} */
    let texts;
    if (pair) texts = [pair[1] ?? '', pair[2] ?? ''];
    else if (quoted) texts = [`${quoted[1] ?? ''}${quoted[2] ?? ''}`];
    else if (!cell.includes('"')) texts = [cell];
    else fail(lineNo, `cannot read the message in ${JSON.stringify(cell)}: its double quotes do not pair up`);
    const messages = /** @type {string[]} */ (texts).map(messageTemplate);
    if (messages.length === 0 || messages.some((message) => message === '')) {
      fail(
        lineNo,
        `table row has no message: expected "message text" in double quotes, found ${JSON.stringify(cell)}`,
      );
    }
    return messages;
  };

  /** @param {SectionState} current @param {string} raw @param {number} lineNo */
  const tableLine = (current, raw, lineNo) => {
    switch (current.table) {
      case 'none':
        twoCells(raw, lineNo);
        current.table = 'header';
        return;
      case 'header': {
        const separator = raw.includes('|') && cellsOf(raw, lineNo).every((cell) => /^:?-{3,}:?$/.test(cell));
        if (!separator) fail(lineNo, 'expected the table separator row `--- | ---`');
        current.table = 'separator';
        return;
      }
      case 'done':
        return fail(lineNo, `section "${current.title}" has a second table; only one is expected`);
      default: {
        current.table = 'rows';
        const [messageCell, descriptionCell] = twoCells(raw, lineNo);
        const messages = cellMessages(messageCell, lineNo);
        const description = descriptionText(descriptionCell);
        if (current.kind === 'filters') {
          const message = /** @type {string} */ (messages[0]);
          const filter = /^Filter failure: ([A-Z][A-Z0-9_]*)$/.exec(message)?.[1];
          if (messages.length !== 1 || !filter)
            fail(
              lineNo,
              `filter row message ${JSON.stringify(messages.join(' / '))} is not "Filter failure: NAME"`,
            );
          filters.push({ filter: /** @type {string} */ (filter), message, description });
        } else {
          for (const message of messages) rejections.push({ message, description });
        }
        current.rows += 1;
      }
    }
  };

  lines.forEach((original, index) => {
    const lineNo = index + 1;
    const raw = original.trimEnd();
    // Anchors and comments are markup for the website; a line of nothing else is no line at all.
    const line = raw.replace(ANCHOR, '').replace(COMMENT, '').trimEnd();
    if (line.trim() === '' && raw.trim() !== '') return;

    if (/^\s{0,3}(```|~~~)/.test(line)) {
      if (section) fail(lineNo, `unexpected code block inside section "${section.title}"`);
      inFence = !inFence;
      return;
    }
    // The introduction before the first `## ` section (title, JSON example) carries no codes.
    if (inFence) return;

    const sectionHeading = /^##\s+(.+)$/.exec(line);
    if (sectionHeading) {
      closeSection();
      const title = plainText(/** @type {string} */ (sectionHeading[1]).replace(/\s#+$/, ''));
      const kind = FILTER_SECTION.test(title)
        ? 'filters'
        : REJECTION_SECTION.test(title)
          ? 'rejections'
          : 'codes';
      section = { kind, title, line: lineNo, rows: 0, codes: [], table: 'none' };
      sections.push(section);
      return;
    }
    if (!section) return;

    if (line.trim() === '') {
      endBullet();
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
      const label = plainText(match?.[2] ?? '');
      entry = { code, messages: [], section: section.title, notes: [], paragraph: [], line: lineNo };
      if (SYMBOLIC_NAME.test(label)) entry.name = label;
      else if (label !== '') entry.heading = label;
      section.rows += 1;
      return;
    }

    if (NESTED_BULLET.test(line)) {
      fail(
        lineNo,
        'nested list: a bullet indented by four or more spaces; only one level of bullets is supported',
      );
    }

    const item = BULLET.exec(line);
    // A bullet in a table section is a code (`* \`-2010 NEW_ORDER_REJECTED\``); a table row is not a bullet.
    if (item && !(section.kind !== 'codes' && section.table !== 'none')) {
      const content = (item[3] ?? '').trim();
      if (content === '') fail(lineNo, 'empty bullet');
      if (section.kind === 'filters') fail(lineNo, `unexpected bullet in section "${section.title}"`);
      endBullet();
      endParagraph();
      if (section.kind === 'codes' && !entry)
        fail(lineNo, `message bullet before any code heading in section "${section.title}"`);
      bullet = { line: lineNo, parts: [content] };
      return;
    }

    // A line right under a bullet, with no blank line between, continues it (lazy continuation).
    if (bullet) {
      bullet.parts.push(line.trim());
      return;
    }

    if (section.kind !== 'codes') {
      const inTable = section.table === 'header' || section.table === 'separator' || section.table === 'rows';
      if (inTable || line.includes('|')) tableLine(section, line, lineNo);
      // Otherwise explanatory prose around the table ("The following messages which will
      // indicate the specific error:"), which the catalog does not need.
      return;
    }

    if (line.trimStart().startsWith('|')) fail(lineNo, `unexpected table row in section "${section.title}"`);
    if (/^ {4,}\S/.test(line)) {
      fail(
        lineNo,
        'unexpected indented code block (a line indented by four or more spaces) under a code heading',
      );
    }
    // Prose: notes under a code heading.
    if (!entry) fail(lineNo, `text before any code heading in section "${section.title}"`);
    /** @type {EntryDraft} */ (entry).paragraph.push(line.trim());
  });

  if (inFence) fail(lines.length, 'code block is never closed');
  closeSection();

  if (!sections.some((s) => s.kind === 'codes')) fail(1, 'no `## ` sections with error codes found');
  if (!sections.some((s) => s.kind === 'filters')) fail(1, 'no "## Filter failures" section found');
  if (!sections.some((s) => s.kind === 'rejections'))
    fail(1, 'no "## Order Rejection Issues" or "## Messages for -1010 …" section found');

  /** @type {CatalogEntry[]} */
  const entries = drafts.map(entryOf);

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
