import { matchCatalog } from './matchCatalog';
import type { ExchangeProfile } from './profile';
import type { FoundInput } from './readInput';
import { readWire } from './readWire';
import { read } from './wireValues';

/** The host name of a URL, lower case; `undefined` for a relative URL or none. */
export function hostOf(url: string | undefined): string | undefined {
  const host = url ? /^[a-z][a-z\d+.-]*:\/\/([^/?#:@]+(?:@[^/?#:]+)?)/i.exec(url)?.[1] : undefined;
  return host?.replace(/^.*@/, '').toLowerCase();
}

// Runs of white space, or a single one that is not a plain space: most messages have neither.
const ODD_SPACE = /\s{2,}|[^\S ]|^ | $/;

/** The first 64 KiB of a text: as much as detection and matching read. */
const headOf = (text: string) => (text.length > 65_536 ? text.slice(0, 65_536) : text);

/** A message on one line, its first 64 KiB: what templates are matched against. */
export function plainText(text: string): string {
  const head = headOf(text);
  return ODD_SPACE.test(head) ? head.replace(/\s+/g, ' ').trim() : head;
}

const onHost = (profile: ExchangeProfile, host: string) =>
  profile.detect.hosts?.some((known) => host === known || host.endsWith(`.${known}`)) ?? false;

function claims(profile: ExchangeProfile, body: object): boolean {
  try {
    return profile.detect.claims?.(body) ?? false;
  } catch {
    return false;
  }
}

// Words that say what a message is about: four letters or more.
const WORD = /[a-z]{4,}/g;

/** Whether a message shares a word with one of a code's documented messages (or has none to share). */
function shareWords(message: string, documented: readonly string[]): boolean {
  const words = message.toLowerCase().match(WORD);
  if (!words || documented.length === 0) return true;
  const known = documented.join(' ').toLowerCase();
  return words.some((word) => known.includes(word));
}

/**
 * How strongly a profile recognises what it reads in the input: 2 when a documented message
 * matched, 1 when only the code is documented or its own rules know the message ("Filter
 * failure: X" of a filter no document lists yet), 0 otherwise.
 */
function evidence(profile: ExchangeProfile, found: FoundInput): number {
  const wire = readWire(found, profile);
  const message = plainText(wire.message).slice(0, 500);
  const match = matchCatalog(profile, wire.code, message);
  // Only a whole template is strong evidence: the first sentence of one may begin anybody's
  // message, the more so when short ("Invalid request").
  if (match?.template !== undefined) return match.whole ? 2 : match.template.split(' ').length >= 4 ? 1 : 0.5;
  // A documented code whose message the catalog documents under another code (a neighbour's
  // wording), or that is one of the code's own texts cut off (`Price not increased …`), says more
  // than the code alone.
  if (match && wire.code !== null) {
    const cut = message.replace(/\s*(?:…|\.\.\.|[.!。])$/, '').toLowerCase();
    const own = match.entry?.messages.some((m) => cut.length >= 10 && m.toLowerCase().startsWith(cut));
    if (own || matchCatalog(profile, null, message)?.whole) return 1.5;
  }
  // The code alone, unless the message is about something else altogether: Spot's withdrawal
  // answer -4104 "… withdrawals are not permitted due to travel rule restrictions …" shares no
  // word with USD-M's -4104 "Invalid contract type". A code the exchange sends with any message
  // (Bybit's 10001 "Request parameter error") is the code alone. A code documented with no words
  // (a ccxt map's) is evidence only when it is distinctive: 0, 1, 429 or 500 is anybody's code.
  if (match) {
    if (match.entry?.messages.length === 0 && wire.code !== null && Math.abs(wire.code) < 1000) return 0;
    const umbrella = wire.code !== null && profile.umbrellaCodes?.includes(wire.code);
    return match.entry && !umbrella && !shareWords(message, match.entry.messages) ? 0 : 1;
  }
  try {
    const classified = profile.classify?.({ code: wire.code, key: wire.key, message });
    return classified && !classified.generic ? 1 : 0;
  } catch {
    return 0;
  }
}

/** What detection found: the exchange, or the ones its evidence could not tell apart. */
export interface Detected {
  profile?: ExchangeProfile;
  /** Profiles that recognise the error equally well: none is picked, a wrong exchange being worse. */
  tied?: readonly ExchangeProfile[];
}

/** The one candidate the catalogs recognise best; on a tie, the tied ones. */
function byEvidence(candidates: readonly ExchangeProfile[], found: FoundInput): Detected {
  let best: ExchangeProfile[] = [];
  let bestScore = 0;
  for (const profile of candidates) {
    const score = evidence(profile, found);
    if (score > bestScore) [best, bestScore] = [[profile], score];
    else if (score === bestScore && score > 0) best.push(profile);
  }
  return best.length === 1 ? { profile: best[0] } : best.length > 1 ? { tied: best } : {};
}

/**
 * Which registered exchange an error came from, picked among `profiles` only: the app's `source`;
 * else the request's host or path; else the ccxt exchange id of an exception; else the words an
 * SDK wrote that name its exchange; else the answer's envelope, when exactly one profile claims it
 * (among several, the one whose catalog recognises the code and message best); else, for free
 * text, the one whose catalog alone recognises it (a code and message read out of text have lost
 * their envelope, so no profile claims them). Otherwise none: a wrong exchange is worse than
 * `unknown`.
 */
export function detectExchange(
  found: FoundInput,
  profiles: readonly ExchangeProfile[],
  source: string | undefined,
  url: string | undefined,
): Detected {
  if (profiles.length === 0) return {};
  if (source !== undefined) return { profile: profiles.find((p) => p.id === source) };
  const host = hostOf(url);
  if (host) {
    const hosted = profiles.find((p) => onHost(p, host));
    if (hosted) return { profile: hosted };
  }
  // A path without its host: the request's, through the app's own proxy, or one a gateway's
  // answer names (`{"path":"/fapi/v1/order","msg":"Unknown error…"}`).
  const paths: string[] = url && !host ? [url] : [];
  for (const body of found.bodies) {
    const path = read(body, 'path');
    if (typeof path === 'string') paths.push(path);
  }
  if (paths.length) {
    const pathed = profiles.filter((p) => paths.some((path) => p.detect.paths?.test(path)));
    if (pathed.length === 1) return { profile: pathed[0] };
  }
  const { exchangeId } = found;
  if (exchangeId) {
    // ccxt's older `binance` also served futures: several profiles may answer to one id.
    const named = profiles.filter((p) => p.detect.ccxt?.includes(exchangeId));
    if (named.length === 1) return { profile: named[0] };
    const best = named.length > 1 ? byEvidence(named, found) : {};
    if (best.profile) return best;
  }
  // Words an SDK writes that name its exchange (`pybit.exceptions`, `OkexAPIException`), in the
  // first 64 KiB of each text.
  const { said } = found;
  if (said) {
    const heads = said.map(headOf);
    const worded = profiles.filter((p) => {
      const words = p.detect.texts;
      return words !== undefined && heads.some((text) => text.search(words) >= 0);
    });
    if (worded.length === 1) return { profile: worded[0] };
    const best = worded.length > 1 ? byEvidence(worded, found) : {};
    if (best.profile) return best;
  }
  // Only an answer's own envelope is claimed: a code and message parsed out of text
  // (`APIError(code=-1013): …`, `(ErrCode: 10001)`) has lost its keys, and would read as the
  // envelope of whichever exchange sends bare `{code, msg}`. Such text goes by evidence below.
  const claimants = profiles.filter((p) => found.bodies.some((body) => claims(p, body)));
  if (claimants.length === 1) return { profile: claimants[0] };
  if (claimants.length > 1) return byEvidence(claimants, found);
  if (found.bodies.length > 0 && found.texts.length === 0) return {};
  return namesOtherSite(found.said, profiles) ? {} : byEvidence(profiles, found);
}

const URL_HOST = /\bhttps?:\/\/([a-z\d.-]+)/i;
/** A host's site: its last two labels (`api-cloud.bitmart.com` → `bitmart.com`). */
const siteOf = (host: string) => host.toLowerCase().split('.').slice(-2).join('.');

/**
 * Whether the first address a text names (`Error calling https://api-cloud.bitmart.com/…`) is on
 * a site no registered exchange is on: the text then comes from another exchange, whatever a
 * catalog finds in its words ("order not exist").
 */
function namesOtherSite(texts: readonly string[] | undefined, profiles: readonly ExchangeProfile[]): boolean {
  for (const text of texts ?? []) {
    const host = URL_HOST.exec(headOf(text))?.[1];
    if (!host) continue;
    const site = siteOf(host);
    return !profiles.some((p) => p.detect.hosts?.some((known) => siteOf(known) === site));
  }
  return false;
}
