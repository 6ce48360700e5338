/** A catalog message template compiled for matching. */
export interface CompiledTemplate {
  /** The whole template; its trailing period is optional. */
  readonly full: RegExp;
  /**
   * Only the first sentence, for servers that reword the advice after it ("Please use the
   * websocket …" where the document says "Please use WebSocket Streams …") or append noise.
   */
  readonly head: RegExp;
  /** One name per placeholder, see {@link matchTemplate}. */
  readonly names: readonly string[];
}

const PLACEHOLDER = /%s|\{\d+\}/;
// Documents quote names with backticks, servers with single or double quotes.
const QUOTE = `[\`'"\u2018\u2019]`;
const STOP = new Set(
  'a an the of to at in on for from by with and or as is are be was than this that when below above'.split(
    ' ',
  ),
);

const literal = (text: string) =>
  text
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/[`'"\u2018\u2019]/g, QUOTE)
    .replace(/\s+/g, '\\s+');

/**
 * Names a placeholder after the words before it: `limit is %s` → `limit`, `per %s` → `interval`,
 * `banned until %s` → `bannedUntil`, ``parameter `%s` `` → `param`, `price: %s` → `price`;
 * otherwise, or when the word is a filler (`of`, `to` …), `p1`, `p2` … by position.
 */
function nameFor(before: string, index: number, taken: readonly string[]): string {
  const words = /(?:(\w+)\s+)?(\w+)[\s`'":]*$/.exec(before);
  const [, previous = '', last = ''] = words ?? [];
  const word = last.toLowerCase();
  let name =
    word === 'per'
      ? 'interval'
      : word === 'until'
        ? `${previous.toLowerCase()}Until`
        : word === 'is' && previous && !STOP.has(previous.toLowerCase())
          ? previous.toLowerCase()
          : word === 'parameter' || word === 'param'
            ? 'param'
            : /^[a-z]\w*$/i.test(word) && !STOP.has(word) && !/[,;.]\s*$/.test(before)
              ? last
              : `p${index + 1}`;
  if (!/^[a-z]\w*$/i.test(name)) name = `p${index + 1}`;
  return taken.includes(name) ? `${name}${index + 1}` : name;
}

function pattern(template: string): { source: string; names: string[] } {
  const parts = template.trim().replace(/\.$/, '').split(PLACEHOLDER);
  const names: string[] = [];
  let source = '';
  parts.forEach((part, i) => {
    if (i > 0) {
      // `%s %s`: a value followed by another one is a single word, so matching stays linear.
      source += /^\s+$/.test(part) && i < parts.length - 1 ? '(\\S+)' : '(.+?)';
      names.push(nameFor(parts[i - 1] ?? '', i - 1, names));
    }
    source += literal(part);
  });
  return { source, names };
}

function compile(template: string): CompiledTemplate {
  const { source, names } = pattern(template);
  const first = template.trim().split(/(?<=\.)\s+(?=\S)/)[0] ?? '';
  return {
    full: new RegExp(`^${source}\\.?$`, 'i'),
    // The first sentence with its period, then anything (reworded advice, wrapper noise); a
    // template without a period, then wrapper punctuation (`Filter failure: LOT_SIZE , 62 bytes…`).
    head: new RegExp(
      `^${pattern(first).source}${first.endsWith('.') ? '\\.(?=\\s|$)' : '(?=\\s*[,;)\\]}])'}`,
      'i',
    ),
    names,
  };
}

/**
 * Compiles a catalog message template: `%s` and `{0}` capture a value; backticks and
 * quotes match each other; case, runs of spaces and the trailing period do not matter.
 *
 * Captured values are named after the words before each placeholder: `limit is %s` → `limit`,
 * `per %s` → `interval`, `banned until %s` → `bannedUntil`, ``parameter `%s` `` → `param`,
 * `price: %s` → `price`; a filler word (`of`, `to` …) or punctuation before it gives `p1`, `p2` …
 * by position. A repeated name gets its position appended (`param`, `param2`).
 *
 * @example
 * ```ts
 * const t = matchTemplate('Too many new orders; current limit is %s orders per %s.');
 * t.names; // ['limit', 'interval']
 * t.full.exec('Too many new orders; current limit is 50 orders per 10 SECOND.')?.slice(1); // ['50', '10 SECOND']
 * ```
 */
export function matchTemplate(template: string): CompiledTemplate {
  return compile(template);
}
