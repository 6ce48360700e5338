// @ts-check
import { CatalogSourceError, unescapeMarkdown } from './source-error.mjs';

/**
 * @typedef {import('../../src/catalog/types').CatalogData} CatalogData
 * @typedef {import('../../src/catalog/types').CatalogEntry} CatalogEntry
 * @typedef {{ kind: 'heading', line: number, level: number, raw: string, text: string }} HeadingBlock
 * @typedef {{ line: number, raw: string, cells: string[] }} TableRow
 * @typedef {{ kind: 'table', line: number, header: string[], rows: TableRow[] }} TableBlock
 * @typedef {HeadingBlock | TableBlock} MarkdownBlock
 * @typedef {CatalogEntry & { readonly status?: number }} OkxEntry
 * @typedef {Omit<CatalogData, 'id' | 'entries'> & { id: 'okx', entries: OkxEntry[] }} OkxCatalogData
 */

// ---------------------------------------------------------------------------------------------
// Markdown reading shared with parse-bybit.mjs: headings and pipe tables, nothing else.
// ---------------------------------------------------------------------------------------------

const DELIMITER_ROW = /^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/;
const FENCE = /^\s{0,3}(```|~~~)/;
const HEADING = /^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;

/**
 * Splits one table line into its raw cells: outer pipes are optional, `\|` is a pipe inside a cell.
 * @param {string} line
 * @returns {string[]}
 */
export function splitRow(line) {
  let inner = line.trim();
  if (inner.startsWith('|')) inner = inner.slice(1);
  if (/(?<!\\)\|$/.test(inner)) inner = inner.slice(0, -1);
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim());
}

/** @param {string} line */
const hasPipe = (line) => /(?<!\\)\|/.test(line);

/**
 * Reads the headings and pipe tables of a markdown (or MDX) document, in order, with 1-based
 * line numbers. HTML comments, a front-matter block at the top, fenced code, MDX `import` /
 * `export` lines, thematic breaks and prose are skipped. A table is a header line with pipes, a
 * `| --- |` delimiter row with as many cells, then rows up to a blank line, a heading or a break.
 * Structural breakage is a {@link CatalogSourceError}, never a skipped line: a pipe line with no
 * header and delimiter above it, a delimiter row whose cell count differs from the header's,
 * prose glued to the end of a table, an unclosed comment or code fence. Trailing empty header
 * cells (`|Code |Description | |`) are dropped before the count is compared, as renderers do.
 *
 * @param {string} text
 * @param {string} fileName used in error messages
 * @returns {MarkdownBlock[]}
 */
export function readMarkdownBlocks(text, fileName) {
  const lines = text.split(/\r?\n/);
  /** @type {(line: number, problem: string) => never} */
  const fail = (line, problem) => {
    throw new CatalogSourceError(fileName, line, problem);
  };
  /** @type {MarkdownBlock[]} */
  const blocks = [];
  /** @type {TableBlock | undefined} */
  let table;
  let index = 0;

  // Front matter: `---` as the first line that is not an HTML comment, up to the next `---`.
  const firstContent = lines.findIndex((line) => line.trim() !== '' && !/^\s*<!--.*-->\s*$/.test(line));
  /** @type {number} */
  let frontMatterEnd = -1;
  if (firstContent !== -1 && (lines[firstContent] ?? '').trim() === '---') {
    frontMatterEnd = lines.findIndex((line, i) => i > firstContent && line.trim() === '---');
    if (frontMatterEnd === -1) fail(firstContent + 1, 'front matter `---` is never closed');
  }

  while (index < lines.length) {
    const lineNo = index + 1;
    const raw = lines[index] ?? '';
    const line = raw.trim();

    if (index <= frontMatterEnd) {
      index += 1;
      continue;
    }
    if (line.startsWith('<!--')) {
      table = undefined;
      let end = index;
      while (end < lines.length && !(lines[end] ?? '').includes('-->')) end += 1;
      if (end === lines.length) fail(lineNo, 'HTML comment is never closed');
      index = end + 1;
      continue;
    }
    if (FENCE.test(raw)) {
      table = undefined;
      const marker = /** @type {string} */ (FENCE.exec(raw)?.[1]);
      let end = index + 1;
      while (end < lines.length && !(lines[end] ?? '').trim().startsWith(marker)) end += 1;
      if (end === lines.length) fail(lineNo, 'code block is never closed');
      index = end + 1;
      continue;
    }
    if (line === '') {
      table = undefined;
      index += 1;
      continue;
    }
    const heading = HEADING.exec(raw);
    if (heading) {
      table = undefined;
      const headingRaw = heading[2] ?? '';
      blocks.push({
        kind: 'heading',
        line: lineNo,
        level: /** @type {string} */ (heading[1]).length,
        raw: headingRaw,
        text: cleanText(headingRaw),
      });
      index += 1;
      continue;
    }
    if (THEMATIC_BREAK.test(raw) && !hasPipe(raw)) {
      table = undefined;
      index += 1;
      continue;
    }

    if (table) {
      if (!hasPipe(raw)) {
        fail(
          lineNo,
          `line ${JSON.stringify(line.slice(0, 60))} continues the table that starts on line ${table.line} but has no \`|\`; leave a blank line after a table`,
        );
      }
      table.rows.push({ line: lineNo, raw, cells: splitRow(raw) });
      index += 1;
      continue;
    }

    const next = (lines[index + 1] ?? '').trim();
    if (hasPipe(raw) && DELIMITER_ROW.test(next) && hasPipe(next)) {
      const header = splitRow(raw);
      while (header.length > 1 && header[header.length - 1] === '') header.pop();
      const columns = splitRow(next).length;
      if (columns !== header.length) {
        fail(
          lineNo,
          `table header has ${header.length} cells (${header.map((h) => JSON.stringify(h)).join(', ')}) but its delimiter row has ${columns}`,
        );
      }
      table = { kind: 'table', line: lineNo, header: header.map(cleanText), rows: [] };
      blocks.push(table);
      index += 2;
      continue;
    }
    // A line that starts like a table row (`| …`, or `50013 | …` without outer pipes) but has no
    // header and delimiter above it would otherwise be read as prose and its code lost.
    if (line.startsWith('|') || /^`?-?\d+`?\s*\|/.test(line)) {
      fail(
        lineNo,
        `table row outside a table: no header line with a \`| --- |\` delimiter row under it above ${JSON.stringify(line.slice(0, 60))}`,
      );
    }
    // MDX `import` / `export` statements, prose, intro text: nothing to read.
    index += 1;
  }
  return blocks;
}

const ENTITIES = /** @type {Record<string, string>} */ ({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
});

/**
 * Decodes HTML character references (`&lt;`, `&amp;`, `&#8217;`, `&#x2019;`) in one pass,
 * so `&amp;lt;` becomes `&lt;`, as a browser shows it. Unknown names stay as written.
 * @param {string} text
 */
export function decodeEntities(text) {
  return text.replace(/&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z]+));/g, (whole, dec, hex, name) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * The text a reader sees in a heading or table cell: links and images keep their text (a link
 * whose text is only a symbol, like the `[🔗](…)` anchors, goes), HTML tags go (`<br>` is a line
 * break, `\n`), character references and markdown escapes are decoded, `**bold**` loses its
 * stars, and runs of spaces become one. Backticks and quotes stay: servers send them.
 * @param {string} raw
 */
export function cleanText(raw) {
  const text = raw
    .replace(/<!--.*?-->/g, '')
    .replace(/!\[((?:\\.|[^\]\\])*)\]\([^)]*\)/g, '$1')
    .replace(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\s*\)/g, (_, label) =>
      /[\p{L}\p{N}]/u.test(label) ? label : '',
    )
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/(?<!\\)\*\*(.+?)(?<!\\)\*\*/g, '$1');
  return unescapeMarkdown(decodeEntities(text))
    .split('\n')
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .join('\n');
}

/**
 * Rewrites a document's named placeholders into the `{N}` form the resolver's template matcher
 * captures (`%s` and `{N}` only): `{param0}` → `{0}`, `{parameter2}` → `{2}`, and every other
 * name (`{ccy}`, `{{coin}}`, `{{.replaceKey0}}`, `${ccy}`, `{%min}`, `{}`) the next index not
 * used in the message, the same name getting the same index. The resolver names a captured value
 * after the words before it, so the document's names are not needed to match.
 * @param {string} message
 */
export function indexPlaceholders(message) {
  /** @type {Set<number>} */
  const used = new Set();
  const NUMBERED = /\$?\{\{?\s*(?:param(?:eter)?)?(\d+)\s*\}?\}/g;
  for (const match of message.matchAll(NUMBERED)) used.add(Number(match[1]));
  /** @type {Map<string, number>} */
  const named = new Map();
  let next = 0;
  return message
    .replace(NUMBERED, (_, digits) => `{${Number(digits)}}`)
    .replace(/\$?\{\{\s*\.?([A-Za-z_]\w*)?\s*\}\}|\$?\{%?([A-Za-z_]\w*)?\}/g, (_, double, single) => {
      const name = double ?? single;
      const known = name === undefined ? undefined : named.get(name);
      if (known !== undefined) return `{${known}}`;
      while (used.has(next)) next += 1;
      used.add(next);
      if (name !== undefined) named.set(name, next);
      return `{${next}}`;
    });
}

/**
 * Finds the columns of a code table by their header names.
 * @param {TableBlock} table
 * @param {{ code: RegExp, message: RegExp, status?: RegExp }} names
 * @param {(line: number, problem: string) => never} fail
 */
export function tableColumns(table, names, fail) {
  const find = /** @param {RegExp} pattern */ (pattern) => table.header.findIndex((h) => pattern.test(h));
  const code = find(names.code);
  const message = find(names.message);
  const status = names.status ? find(names.status) : -1;
  const shown = table.header.map((h) => JSON.stringify(h)).join(', ');
  if (code === -1) fail(table.line, `table header (${shown}) has no code column`);
  if (message === -1) fail(table.line, `table header (${shown}) has no message column`);
  const known = [code, message, status].filter((i) => i !== -1);
  const extra = table.header.findIndex((_, i) => !known.includes(i));
  if (extra !== -1)
    fail(table.line, `table header has an unexpected column ${JSON.stringify(table.header[extra])}`);
  return { code, message, status: status === -1 ? undefined : status };
}

/**
 * The section an entry sits in: the headings above it below the title, joined with ` / `.
 * @param {(HeadingBlock | undefined)[]} stack headings by level
 */
export const sectionOf = (stack) =>
  stack
    .slice(2)
    .filter((h) => h !== undefined)
    .map((h) => h.text)
    .join(' / ');

// ---------------------------------------------------------------------------------------------
// OKX
// ---------------------------------------------------------------------------------------------

const OKX_COLUMNS = {
  code: /^(?:error |status )?code$/i,
  message: /^(?:error message|reason text|message)$/i,
  status: /^http status code$/i,
};
/** A code cell: digits, optionally in backticks. */
const CODE_CELL = /^`?(-?\d+)`?$/;
/** OKX lists its success code as a row with no message. */
const SUCCESS_CODE = 0;

/**
 * Parses OKX's API v5 "Error Code" page (markdown scraped from the website).
 *
 * Every table row with a code column is a code. A table has the error code, the HTTP status
 * (REST tables only) and the message; WebSocket close frames have a status code and reason
 * text. A code listed in several rows or sections is one entry with every distinct message, in
 * the first section it appears in; its `status` is the first row's, and a different status on a
 * later row is written into `notes`. Sections are the `###` / `####` headings, prefixed with
 * `REST API` or `WebSocket` when the heading's anchor link says which half of the page it is in
 * (the scrape lost those `##` headings, and both halves have a `Public` section).
 *
 * Messages are the cell text with links, HTML (`<code>`, `&lt;`) and markdown escapes undone;
 * placeholders are rewritten to `{N}` (see {@link indexPlaceholders}); an `<br>e.g. …` example
 * after a message goes to `notes`. The row `| 0 | 200 |`, with no message cell, is the success
 * code; any other short or long row is an error naming its line.
 *
 * @param {string} text the document
 * @param {string} fileName used in error messages
 * @returns {OkxCatalogData}
 */
export function parseOkx(text, fileName) {
  /** @type {(line: number, problem: string) => never} */
  const fail = (line, problem) => {
    throw new CatalogSourceError(fileName, line, problem);
  };
  /** @type {Map<number, { entry: { code: number, messages: string[], section: string, status?: number, notes: string[] }, line: number }>} */
  const byCode = new Map();
  /** @type {(HeadingBlock | undefined)[]} */
  const stack = [];
  let group = '';
  let success = false;
  let tables = 0;

  for (const block of readMarkdownBlocks(text, fileName)) {
    if (block.kind === 'heading') {
      stack.length = block.level;
      stack[block.level] = block;
      const anchor = /#error-code-(rest-api|websocket)-/.exec(block.raw)?.[1];
      if (block.level <= 3)
        group = anchor === 'rest-api' ? 'REST API' : anchor === 'websocket' ? 'WebSocket' : '';
      continue;
    }
    const columns = tableColumns(block, OKX_COLUMNS, fail);
    const headings = sectionOf(stack);
    if (headings === '') fail(block.line, 'table before any section heading');
    const section = group ? `${group} / ${headings}` : headings;
    tables += 1;
    if (block.rows.length === 0) fail(block.line, `table in section "${section}" has no rows`);

    for (const row of block.rows) {
      const codeCell = cleanText(row.cells[columns.code] ?? '');
      const codeMatch = CODE_CELL.exec(codeCell);
      if (!codeMatch) fail(row.line, `code ${JSON.stringify(codeCell)} is not a number`);
      const code = Number(codeMatch?.[1]);
      const short =
        row.cells.length === block.header.length - 1 && columns.message === block.header.length - 1;
      if (code === SUCCESS_CODE && short) {
        success = true;
        continue;
      }
      if (row.cells.length !== block.header.length) {
        fail(
          row.line,
          `table row has ${row.cells.length} cells, expected ${block.header.length} (${block.header.join(', ')})`,
        );
      }
      /** @type {number | undefined} */
      let status;
      if (columns.status !== undefined) {
        const statusCell = cleanText(row.cells[columns.status] ?? '');
        if (!/^[1-5]\d\d$/.test(statusCell)) {
          fail(row.line, `code ${code} has HTTP status ${JSON.stringify(statusCell)}, not a 3-digit number`);
        }
        status = Number(statusCell);
      }
      const [first = '', ...rest] = cleanText(row.cells[columns.message] ?? '').split('\n');
      if (first === '') fail(row.line, `code ${code} has no message`);
      const examples = rest.filter((part) => /^e\.g\.\s/i.test(part));
      const message = indexPlaceholders(
        [first, ...rest.filter((part) => !examples.includes(part))].join(' '),
      );

      const known = byCode.get(code);
      if (!known) {
        byCode.set(code, {
          entry: {
            code,
            messages: [message],
            section,
            ...(status !== undefined ? { status } : {}),
            notes: examples.map((e) => `${e.replace(/^e\.g\.\s*/i, 'For example: ')}`),
          },
          line: row.line,
        });
        continue;
      }
      const { entry } = known;
      if (!entry.messages.includes(message)) entry.messages.push(message);
      if (status !== undefined && status !== entry.status) {
        const note = `Also sent with HTTP status ${status}: ${message}`;
        if (!entry.notes.includes(note)) entry.notes.push(note);
      }
      for (const e of examples) {
        const note = e.replace(/^e\.g\.\s*/i, 'For example: ');
        if (!entry.notes.includes(note)) entry.notes.push(note);
      }
    }
  }

  if (tables === 0) fail(1, 'no error-code tables found (a header with a code and a message column)');
  if (!success) fail(1, `no success row (\`| ${SUCCESS_CODE} | 200 |\` with no message) found`);

  /** @type {OkxEntry[]} */
  const entries = [...byCode.values()].map(({ entry }) => ({
    code: entry.code,
    messages: entry.messages,
    section: entry.section,
    ...(entry.status !== undefined ? { status: entry.status } : {}),
    ...(entry.notes.length > 0 ? { notes: entry.notes.join('\n') } : {}),
  }));

  return {
    id: 'okx',
    document: 'OKX API v5 error codes',
    entries,
    filters: [],
    rejections: [],
    rejectionCodes: [],
    successCodes: [SUCCESS_CODE],
  };
}
