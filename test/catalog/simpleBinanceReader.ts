/**
 * A deliberately simple reader of Binance Spot error-code documents, written apart from the
 * generator's parser so that the tests can hold the parser's output against it: one regex per
 * kind of line, no table state, no error handling. Whatever the parser drops, merges or invents
 * shows up as a difference from what this reader counts.
 */

export interface ReadHeading {
  readonly code: number;
  /** The heading's UPPER_SNAKE name; absent for phrase headings (-2021) and bare codes (-20121). */
  readonly name?: string;
  /** The bullets under the heading, as written after the `* `. */
  readonly bullets: readonly string[];
  /** Whether any prose line (not a bullet) stands under the heading. */
  readonly prose: boolean;
}

export interface ReadDocument {
  readonly headings: readonly ReadHeading[];
  /** Filter names of the "Filter failures" table, in order. */
  readonly filters: readonly string[];
  /** The matching-engine messages, in order, two for a row that lists two. */
  readonly rejectionMessages: readonly string[];
  /** The codes those messages arrive under: the section's bullets, or else its title's codes. */
  readonly rejectionCodes: readonly number[];
}

const withoutEscapes = (text: string) => text.replace(/\\([^A-Za-z0-9\s])/g, '$1');
const withoutLinks = (text: string) => text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
const oneSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A bullet as the reader expects it in notes: links as their text, escapes removed. */
export const asText = (bullet: string) => oneSpace(withoutEscapes(withoutLinks(bullet)));

/** A bullet as the reader expects it among messages: also `%d` and `{name}` written as `%s`. */
export const asTemplate = (bullet: string) =>
  asText(bullet)
    .replace(/%d/g, '%s')
    .replace(/\{[A-Za-z_]\w*\}/g, '%s');

/**
 * The description rule, stated independently of the generator: a bullet that links into the
 * document, talks about the code ("This code …", "This replaces …"), states a condition ("If …")
 * or explains itself ("(i.e. …)", "(e.g. …)") describes the code instead of quoting the server.
 */
export const looksLikeDescription = (bullet: string) =>
  /\]\(#/.test(bullet) ||
  /^(This code|This error code|This replaces|If )/.test(asText(bullet)) ||
  /\((i\.e\.|e\.g\.)/.test(bullet);

/** A rejection message cell: its quotes removed, the full stop outside them kept. */
const unquote = (cell: string) => oneSpace(withoutEscapes(cell.replace(/^"/, '').replace(/"(\.?)$/, '$1')));

export function readBinanceDocument(text: string): ReadDocument {
  let mode: 'intro' | 'codes' | 'filters' | 'rejections' = 'intro';
  let fence = false;
  const headings: { code: number; name?: string; bullets: string[]; prose: boolean }[] = [];
  const filters: string[] = [];
  const rejectionMessages: string[] = [];
  const codeBullets: number[] = [];
  const titleCodes: number[] = [];

  for (const line of text.split(/\r?\n/)) {
    if (/^\s*```/.test(line)) fence = !fence;
    if (fence || /^\s*```/.test(line)) continue;
    const section = /^## (.*)$/.exec(line);
    if (section) {
      const title = section[1] ?? '';
      mode = /filter failures/i.test(title)
        ? 'filters'
        : /rejection issues|^messages for/i.test(title)
          ? 'rejections'
          : 'codes';
      if (mode === 'rejections') titleCodes.push(...(title.match(/-\d+/g) ?? []).map(Number));
      continue;
    }
    if (mode === 'codes') {
      const heading = /^#{3,4} (-\d+)(.*)$/.exec(line);
      if (heading) {
        const label = withoutEscapes((heading[2] ?? '').trim());
        headings.push({
          code: Number(heading[1]),
          ...(/^[A-Z][A-Z0-9_]*$/.test(label) ? { name: label } : {}),
          bullets: [],
          prose: false,
        });
        continue;
      }
      const current = headings.at(-1);
      const bullet = /^\s*[*+-] (.*)$/.exec(line);
      if (current && bullet) current.bullets.push((bullet[1] ?? '').trim());
      else if (current && line.trim() !== '' && !line.trim().startsWith('<')) current.prose = true;
    } else if (mode === 'filters') {
      const filter = /"Filter failure: ([A-Z_\\]+)"/.exec(line);
      if (filter) filters.push(withoutEscapes(filter[1] ?? ''));
    } else if (mode === 'rejections') {
      const code = /^\s*[*+-] `?(-\d+)/.exec(line);
      if (code) {
        codeBullets.push(Number(code[1]));
        continue;
      }
      if (!line.includes('|') || /error message/i.test(line) || /^[\s|:-]+$/.test(line)) continue;
      const cell = (line.replace(/^\s*\|/, '').split('|')[0] ?? '').trim();
      for (const part of cell.split(/"\s*\/\s*"/)) rejectionMessages.push(unquote(part));
    }
  }
  return {
    headings,
    filters,
    rejectionMessages,
    rejectionCodes: codeBullets.length > 0 ? codeBullets : titleCodes,
  };
}

/** The messages the reader expects under a heading: its bullets that are not descriptions. */
export const expectedMessages = (heading: ReadHeading) =>
  heading.bullets.filter((bullet) => !looksLikeDescription(bullet)).map(asTemplate);

/**
 * The headings of several documents that make one catalog entry: those with the same code, or,
 * for a code some document lists twice under different names (-5012), the same code and name.
 * Each group lists its headings in document order (newest document first).
 */
export function headingGroups(documents: readonly ReadDocument[]): ReadHeading[][] {
  const twice = new Set(
    documents.flatMap((doc) => doc.headings.map((h) => h.code).filter((c, i, all) => all.indexOf(c) !== i)),
  );
  const groups = new Map<string, ReadHeading[]>();
  for (const doc of documents) {
    for (const heading of doc.headings) {
      const key = twice.has(heading.code) ? `${heading.code} ${heading.name ?? ''}` : `${heading.code}`;
      groups.set(key, [...(groups.get(key) ?? []), heading]);
    }
  }
  return [...groups.values()];
}

/** The summary line the CLI should print for a catalog built from exactly these documents. */
export function expectedSummary(documents: readonly ReadDocument[]): string {
  const codes = new Set(documents.flatMap((doc) => doc.headings.map((h) => h.code)));
  const union = <T>(lists: readonly (readonly T[])[]) => new Set(lists.flat()).size;
  let messages = 0;
  for (const group of headingGroups(documents)) messages += union(group.map(expectedMessages));
  return `binance-spot: ${codes.size} codes, ${messages} messages, ${union(documents.map((d) => d.filters))} filters, ${union(documents.map((d) => d.rejectionMessages))} rejection messages`;
}
