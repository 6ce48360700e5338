// @ts-check
/**
 * Reads ccxt's error maps, offline: for every id in `ccxt.exchanges`, `new ccxt[id]()` (no network,
 * no loadMarkets) and its `exceptions`, `name`, `hostname` and `urls.api`.
 *
 * ccxt keeps the maps in `describe().exceptions` in three shapes (ccxt 4.5.84):
 * - `{ exact: { key: Class }, broad: { substring: Class } }`: most exchanges;
 * - the same per market, beside or instead of the top-level maps:
 *   `{ spot: { exact }, linear: { exact }, inverse: { exact }, option: { exact }, portfolioMargin: { exact } }`
 *   (the binance family); any object that is neither `exact` nor `broad` is read as such a market map;
 * - flat, `{ key: Class }` at the top (bithumb, bitso, btcbox, coinone, deribit): their `handleErrors`
 *   call `throwExactlyMatchedException(this.exceptions, …)`, so these are exact keys.
 * A value is a class, or `[Class, message]` (digifinex); anything else (apex maps two codes to plain
 * strings, which ccxt could not throw) is left out and reported.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
// ccxt's `exports` map hides its source tree; the hierarchy is a plain module beside its ESM entry.
const ccxtRoot = path.resolve(path.dirname(require.resolve('ccxt')), '..');
/** @type {Record<string, any>} */
const errorHierarchy = (
  await import(pathToFileURL(path.join(ccxtRoot, 'js/src/base/errorHierarchy.js')).href)
).default;

/**
 * @typedef {object} ExchangeMaps
 * @property {string} id ccxt id
 * @property {string} name `exchange.name`
 * @property {string | undefined} parent the ccxt id whose class this one extends, if any
 * @property {string[]} hosts host names of every URL under `urls.api`, in ccxt's order, deduplicated
 * @property {[string, string][]} exact key → ccxt class name, merged over the top-level and market maps
 * @property {[string, string][]} broad substring → ccxt class name, in ccxt's order (the first match wins)
 * @property {{ key: string, classes: { map: string, className: string }[] }[]} conflicts keys that
 *   different maps of the exchange send to different classes (both are kept in `exact`)
 * @property {{ map: string, key: string, value: string }[]} skipped entries whose value is not a class
 * @property {string} signature the maps as JSON with class names, to compare exchanges
 */

/**
 * The ccxt error class names, each with its chain up to `BaseError`, from ccxt's `errorHierarchy`.
 * @type {Map<string, string[]>}
 */
const chains = new Map();
/** @param {Record<string, any>} tree @param {string[]} above */
function walkHierarchy(tree, above) {
  for (const [name, children] of Object.entries(tree)) {
    chains.set(name, [name, ...above]);
    walkHierarchy(children, [name, ...above]);
  }
}
walkHierarchy(errorHierarchy, []);

/** Every ccxt error class name in `errorHierarchy`, parents before children. */
export const CCXT_ERROR_CLASSES = [...chains.keys()];

/**
 * A ccxt error class and its ancestors, most specific first:
 * `classChain('InsufficientFunds')` → `['InsufficientFunds', 'ExchangeError', 'BaseError']`.
 * @param {string} className
 * @returns {string[]}
 */
export function classChain(className) {
  const chain = chains.get(className);
  if (!chain) throw new Error(`ccxt's errorHierarchy has no class "${className}"`);
  return [...chain];
}

/**
 * The ccxt class a map value stands for, or `undefined` when it is not one ccxt can throw.
 * @param {unknown} value
 * @returns {string | undefined}
 */
function classOf(value) {
  const cls = Array.isArray(value) ? value[0] : value;
  if (typeof cls !== 'function') return undefined;
  return chains.has(cls.name) ? cls.name : undefined;
}

/** @param {unknown} value */
const isPlainObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Walks one exchange's `exceptions` and collects its entries in ccxt's order.
 * @param {Record<string, unknown>} exceptions
 */
function readMaps(exceptions) {
  /** @type {{ map: string, key: string, className: string }[]} */
  const exact = [];
  /** @type {{ map: string, key: string, className: string }[]} */
  const broad = [];
  /** @type {{ map: string, key: string, value: string }[]} */
  const skipped = [];

  /**
   * @param {Record<string, unknown>} entries
   * @param {string} map
   * @param {typeof exact} into
   */
  const take = (entries, map, into) => {
    for (const [key, value] of Object.entries(entries)) {
      const className = classOf(value);
      if (className) into.push({ map, key, className });
      else skipped.push({ map, key, value: describeValue(value) });
    }
  };

  /** @param {Record<string, unknown>} node @param {string} where */
  const walk = (node, where) => {
    /** @type {Record<string, unknown>} */
    const flat = {};
    for (const [key, value] of Object.entries(node)) {
      const map = where ? `${where}.${key}` : key;
      if (key === 'exact' && isPlainObject(value)) take(/** @type {any} */ (value), map, exact);
      else if (key === 'broad' && isPlainObject(value)) take(/** @type {any} */ (value), map, broad);
      else if (isPlainObject(value)) walk(/** @type {any} */ (value), map);
      else flat[key] = value;
    }
    // Entries beside the maps are a flat exact map (deribit's `exceptions` is one).
    take(flat, where || '(flat)', exact);
  };
  walk(exceptions, '');
  return { exact, broad, skipped };
}

/** @param {unknown} value */
function describeValue(value) {
  if (typeof value === 'function') return `function ${value.name}`;
  return JSON.stringify(value) ?? String(value);
}

/**
 * Merges entries from several maps: one pair per distinct (key, class), in first-seen order, and the
 * keys whose classes differ between maps.
 * @param {{ map: string, key: string, className: string }[]} entries
 */
function merge(entries) {
  /** @type {Map<string, { map: string, className: string }[]>} */
  const byKey = new Map();
  /** @type {[string, string][]} */
  const pairs = [];
  for (const { map, key, className } of entries) {
    const seen = byKey.get(key) ?? [];
    if (!seen.some((s) => s.className === className)) pairs.push([key, className]);
    seen.push({ map, className });
    byKey.set(key, seen);
  }
  const conflicts = [...byKey]
    .filter(([, seen]) => new Set(seen.map((s) => s.className)).size > 1)
    .map(([key, classes]) => ({ key, classes }));
  return { pairs, conflicts };
}

/**
 * Host names of every URL string under `urls.api`, with ccxt's `{hostname}` placeholder filled in
 * the way `implodeHostname` does at request time.
 * @param {unknown} api
 * @param {string | undefined} hostname
 * @returns {string[]}
 */
function hostsOf(api, hostname) {
  /** @type {string[]} */
  const urls = [];
  /** @param {unknown} node */
  const collect = (node) => {
    if (typeof node === 'string') urls.push(node);
    else if (node && typeof node === 'object') for (const value of Object.values(node)) collect(value);
  };
  collect(api);
  /** @type {string[]} */
  const hosts = [];
  for (const url of urls) {
    const filled = hostname === undefined ? url : url.replaceAll('{hostname}', hostname);
    let host;
    try {
      host = new URL(filled).hostname.toLowerCase();
    } catch {
      continue;
    }
    if (host && !/[{}]/.test(host) && !hosts.includes(host)) hosts.push(host);
  }
  return hosts;
}

/**
 * Everything the kit takes from one ccxt exchange.
 * @param {Record<string, any>} ccxt the `ccxt` module's default export
 * @param {string} id
 * @returns {ExchangeMaps}
 */
export function extractExchange(ccxt, id) {
  const ExchangeClass = ccxt[id];
  if (typeof ExchangeClass !== 'function') throw new Error(`ccxt has no exchange "${id}"`);
  const exchange = new ExchangeClass();
  const exceptions = isPlainObject(exchange.exceptions) ? exchange.exceptions : {};
  const maps = readMaps(exceptions);
  const exact = merge(maps.exact);
  const broad = merge(maps.broad);
  const parentClass = Object.getPrototypeOf(ExchangeClass);
  const parent = /** @type {string[]} */ (ccxt.exchanges).find((other) => ccxt[other] === parentClass);
  return {
    id,
    name: String(exchange.name ?? id),
    parent,
    hosts: hostsOf(exchange.urls?.api, exchange.hostname),
    exact: exact.pairs,
    broad: broad.pairs,
    conflicts: [...exact.conflicts, ...broad.conflicts],
    skipped: maps.skipped,
    signature: JSON.stringify(exceptions, (_key, value) =>
      typeof value === 'function' ? `class ${value.name}` : value,
    ),
  };
}

/**
 * @typedef {object} Extraction
 * @property {string} version ccxt's version
 * @property {ExchangeMaps[]} exchanges one per id in `ccxt.exchanges`, in its order
 * @property {Record<string, string>} aliasOf alias id → the id it is an alias of
 */

/**
 * Reads every exchange and finds the aliases: an id whose class extends another id's class and
 * inherits its exceptions unchanged (`gateeu` → `gate`, `kucoinfutures` → `kucoin`, `bequant` →
 * `hitbtc`) is the same API under another brand or host, raising the same codes.
 * @param {Record<string, any>} ccxt the `ccxt` module's default export
 * @returns {Extraction}
 */
export function extractAll(ccxt) {
  const exchanges = /** @type {string[]} */ (ccxt.exchanges).map((id) => extractExchange(ccxt, id));
  const byId = new Map(exchanges.map((e) => [e.id, e]));
  /** @type {Record<string, string>} */
  const aliasOf = {};
  for (const e of exchanges) {
    let root = e;
    for (;;) {
      const parent = root.parent === undefined ? undefined : byId.get(root.parent);
      if (!parent || parent.signature !== root.signature) break;
      root = parent;
    }
    if (root !== e) aliasOf[e.id] = root.id;
  }
  return { version: String(ccxt.version), exchanges, aliasOf };
}
