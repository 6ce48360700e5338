// @ts-check
import { quote } from '../emit.mjs';

/**
 * Turns ccxt's extracted maps into the data the kit ships: each key's ccxt class becomes the
 * category a trader needs (src/core/ccxtClasses.ts), the reviewed overrides
 * (src/exchanges/ccxt/ccxtOverrides.ts) replace or add entries, aliases fold into the id they
 * alias, and one compact module is rendered per exchange.
 */

/**
 * @typedef {import('./extract.mjs').Extraction} Extraction
 * @typedef {import('./extract.mjs').ExchangeMaps} ExchangeMaps
 * @typedef {import('../../../src/core/types').ErrorCategory} ErrorCategory
 * @typedef {import('../../../src/exchanges/ccxt/ccxtOverrides').CcxtOverride} CcxtOverride
 * @typedef {Record<string, { category: ErrorCategory }>} ClassTable
 */

/**
 * The ccxt ids that have a profile of their own, from the exchange's documents: ccxt's maps for
 * them (and for their aliases) are not generated, since the documents win.
 * @type {Readonly<Record<string, string>>}
 */
export const DOCUMENT_PROFILES = {
  binance: 'binance-spot',
  binanceusdm: 'binance-usdm',
  okx: 'okx',
  bybit: 'bybit',
};

/**
 * @typedef {object} ExchangeData
 * @property {string} id
 * @property {string} name
 * @property {string[]} hosts
 * @property {string[]} ccxt the id, then its aliases
 * @property {[string, ErrorCategory][]} exact
 * @property {[string, ErrorCategory][]} broad
 * @property {string[]} notes what the summary should mention: conflicts, skipped values, overrides
 */

/**
 * @typedef {object} Build
 * @property {ExchangeData[]} generated one per exchange to emit, in ccxt's order
 * @property {ExchangeData[]} documented the exchanges with a document profile, built the same way
 *   (for comparisons only, never emitted)
 * @property {string[]} empty ids whose ccxt maps are empty (nothing to generate)
 * @property {Record<string, string[]>} sharedHosts host → the ids listing it (dropped from all of them)
 */

/**
 * @param {Extraction} extraction
 * @param {ClassTable} classes every ccxt class → its category
 * @param {readonly CcxtOverride[]} overrides
 * @returns {Build}
 */
export function buildData(extraction, classes, overrides) {
  const byId = new Map(extraction.exchanges.map((e) => [e.id, e]));
  /** @type {Map<string, string[]>} root → [root, ...aliases] */
  const groups = new Map();
  for (const e of extraction.exchanges) {
    const root = extraction.aliasOf[e.id] ?? e.id;
    groups.set(root, [...(groups.get(root) ?? []), e.id]);
  }
  // The id first, then its aliases in ccxt's order.
  for (const [root, ids] of groups) groups.set(root, [root, ...ids.filter((id) => id !== root)]);

  // A host listed by two groups would send one group's answers to the other: drop it from both
  // (their ccxt ids still identify them).
  /** @type {Map<string, Set<string>>} */
  const hostGroups = new Map();
  for (const [root, ids] of groups) {
    for (const id of ids) {
      for (const host of byId.get(id)?.hosts ?? [])
        hostGroups.set(host, (hostGroups.get(host) ?? new Set()).add(root));
    }
  }
  /** @type {Record<string, string[]>} */
  const sharedHosts = {};
  for (const [host, roots] of hostGroups) if (roots.size > 1) sharedHosts[host] = [...roots];

  /** @type {ExchangeData[]} */
  const generated = [];
  /** @type {ExchangeData[]} */
  const documented = [];
  /** @type {string[]} */
  const empty = [];
  for (const [root, ids] of groups) {
    const maps = /** @type {ExchangeMaps} */ (byId.get(root));
    if (maps.exact.length === 0 && maps.broad.length === 0) {
      empty.push(...ids);
      continue;
    }
    const hosts = [...new Set(ids.flatMap((id) => byId.get(id)?.hosts ?? []))].filter(
      (host) => !(host in sharedHosts),
    );
    const data = categorise(maps, classes, overrides);
    const entry = { id: root, name: maps.name, hosts, ccxt: ids, ...data };
    if (ids.some((id) => id in DOCUMENT_PROFILES)) documented.push(entry);
    else generated.push(entry);
  }
  const known = new Set(extraction.exchanges.map((e) => e.id));
  for (const o of overrides) {
    if (!known.has(o.exchange)) throw new Error(`override for unknown ccxt id "${o.exchange}"`);
    if (extraction.aliasOf[o.exchange]) {
      throw new Error(
        `override for "${o.exchange}", an alias of "${extraction.aliasOf[o.exchange]}": key it there`,
      );
    }
  }
  return { generated, documented, empty, sharedHosts };
}

/**
 * @param {ExchangeMaps} maps
 * @param {ClassTable} classes
 * @param {readonly CcxtOverride[]} overrides
 */
function categorise(maps, classes, overrides) {
  /** @param {string} className */
  const categoryOf = (className) => {
    const row = classes[className];
    if (!row) throw new Error(`${maps.id}: ccxt class "${className}" has no category`);
    return row.category;
  };
  /** @type {string[]} */
  const notes = [];
  /** @type {Map<string, ErrorCategory>} */
  const exact = new Map();
  for (const [key, className] of maps.exact) {
    const category = categoryOf(className);
    const before = exact.get(key);
    // A key two market maps send to different classes: the first map (ccxt's order) wins.
    if (before === undefined) exact.set(key, category);
    else if (before !== category) notes.push(`"${key}" is ${before} in one map, ${category} in another`);
  }
  /** @type {[string, ErrorCategory][]} */
  let broad = maps.broad.map(([key, className]) => [key, categoryOf(className)]);
  for (const s of maps.skipped) notes.push(`skipped ${s.map} "${s.key}": ${s.value} is not a class`);

  const mine = overrides.filter((o) => o.exchange === maps.id);
  /** @type {[string, ErrorCategory][]} */
  const added = [];
  for (const o of mine) {
    if (o.match === 'exact') {
      exact.set(o.key, o.category);
    } else {
      const at = broad.findIndex(([key]) => key === o.key);
      if (at >= 0) broad[at] = [o.key, o.category];
      else added.push([o.key, o.category]);
    }
  }
  // Added substrings come first: each is more specific than the ccxt rules it must beat.
  broad = [...added, ...broad];
  if (mine.length) notes.push(`${mine.length} override${mine.length === 1 ? '' : 's'}`);
  return { exact: [...exact], broad, notes };
}

/** An object-literal key: bare when it is a plain identifier or a canonical non-negative integer. */
function propertyKey(/** @type {string} */ key) {
  // `__proto__: …` in a literal would set the prototype instead of a key.
  if (key === '__proto__') return `[${quote(key)}]`;
  if (/^(?:0|[1-9]\d{0,14})$/.test(key) || /^[A-Za-z_$][\w$]*$/.test(key)) return key;
  return quote(key);
}

/** The name of an exchange's export: `kucoinData`. */
export function exportName(/** @type {string} */ id) {
  if (!/^[a-z][a-z0-9]*$/.test(id)) throw new Error(`ccxt id "${id}" is not a plain identifier`);
  return `${id}Data`;
}

/**
 * Renders one exchange's data as a TypeScript module. Output depends only on its arguments.
 * @param {ExchangeData} data
 * @param {{ version: string, categories: readonly string[] }} options `categories`: the index order
 * @returns {string}
 */
export function emitModule(data, { version, categories }) {
  /** @param {ErrorCategory} category */
  const index = (category) => {
    const i = categories.indexOf(category);
    if (i < 0) throw new Error(`no index for category "${category}"`);
    return i;
  };
  const exact = data.exact.map(([key, category]) => `${propertyKey(key)}:${index(category)}`);
  const broad = data.broad.map(([key, category]) => `[${quote(key)},${index(category)}]`);
  return [
    `// Generated by scripts/catalog/ccxt/generate.mjs from ccxt ${version}. Do not edit by hand.`,
    "import type { CcxtExchangeData } from '../ccxtExchangeData';",
    '',
    `/** ${data.name}: ccxt ${version}'s error maps as categories (indexes into CCXT_CATEGORIES). */`,
    `export const ${exportName(data.id)}: CcxtExchangeData<${quote(data.id)}> = {`,
    `  id: ${quote(data.id)},`,
    `  name: ${quote(data.name)},`,
    `  hosts: [${data.hosts.map(quote).join(', ')}],`,
    `  ccxt: [${data.ccxt.map(quote).join(', ')}],`,
    `  exact: {${wrap(exact)}},`,
    `  broad: [${wrap(broad)}],`,
    '};',
    '',
  ].join('\n');
}

/**
 * The entry module of one exchange, `exchange-error-kit/exchanges/<id>`: its profile, built from its
 * data and, where the kit has one, the reader of its raw answers.
 * @param {{ id: string, name: string, ccxt: readonly string[] }} data
 * @param {{ version: string, reader: boolean }} options
 */
export function emitEntry(data, { version, reader }) {
  const ids = data.ccxt.map((id) => `\`${id}\``).join(', ');
  return [
    `// Generated by scripts/catalog/ccxt/generate.mjs from ccxt ${version}. Do not edit by hand.`,
    "import { ccxtProfile } from '../ccxtProfile';",
    ...(reader ? [`import { ${data.id}Reader } from '../readers/${data.id}';`] : []),
    `import { ${exportName(data.id)} } from './${data.id}.data';`,
    '',
    '/**',
    ` * ${data.name}, from ccxt ${version}'s error maps: its codes and messages as categories, its API hosts`,
    ` * and ccxt ids (${ids}) for detection${reader ? ', and a reader for its raw answers' : ''}.`,
    ' *',
    ' * @example',
    ' * ```ts',
    ` * import { ${data.id} } from 'exchange-error-kit/exchanges/${data.id}';`,
    ' *',
    ` * resolveExchangeError(error, { exchanges: [${data.id}] })?.category;`,
    ' * ```',
    ' */',
    `export const ${data.id} = ccxtProfile(${exportName(data.id)}${reader ? `, ${data.id}Reader` : ''});`,
    '',
  ].join('\n');
}

/** Items joined with commas, a line of at most ~100 characters each, or nothing when empty. */
function wrap(/** @type {string[]} */ items) {
  if (items.length === 0) return '';
  /** @type {string[]} */
  const lines = [];
  let line = '';
  for (const item of items) {
    if (line && line.length + item.length + 1 > 100) {
      lines.push(line);
      line = '';
    }
    line += `${item},`;
  }
  lines.push(line);
  return `\n${lines.map((l) => `    ${l}`).join('\n')}\n  `;
}
