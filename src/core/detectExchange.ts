import { matchCatalog } from './matchCatalog';
import type { ExchangeProfile } from './profile';
import type { FoundInput } from './readInput';
import { readWire } from './readWire';

/** The host name of a URL, lower case; `undefined` for a relative URL or none. */
export function hostOf(url: string | undefined): string | undefined {
  const host = url ? /^[a-z][a-z\d+.-]*:\/\/([^/?#:@]+(?:@[^/?#:]+)?)/i.exec(url)?.[1] : undefined;
  return host?.replace(/^.*@/, '').toLowerCase();
}

// Runs of white space, or a single one that is not a plain space: most messages have neither.
const ODD_SPACE = /\s{2,}|[^\S ]|^ | $/;

/** A message on one line, its first 64 KiB: what templates are matched against. */
export function plainText(text: string): string {
  const head = text.length > 65_536 ? text.slice(0, 65_536) : text;
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

/**
 * How strongly a profile recognises what it reads in the input: 2 when a documented message
 * matched, 1 when only the code is documented or its own rules know the message ("Filter
 * failure: X" of a filter no document lists yet), 0 otherwise.
 */
function evidence(profile: ExchangeProfile, found: FoundInput): number {
  const wire = readWire(found, profile);
  const message = plainText(wire.message).slice(0, 500);
  const match = matchCatalog(profile, wire.code, message);
  if (match) return match.template !== undefined ? 2 : 1;
  try {
    return profile.classify?.({ code: wire.code, key: wire.key, message }) ? 1 : 0;
  } catch {
    return 0;
  }
}

/** The one candidate the catalogs recognise best; none on a tie, since a wrong exchange is worse. */
function byEvidence(candidates: readonly ExchangeProfile[], found: FoundInput): ExchangeProfile | undefined {
  let best: ExchangeProfile | undefined;
  let bestScore = 0;
  let tied = false;
  for (const profile of candidates) {
    const score = evidence(profile, found);
    if (score > bestScore) [best, bestScore, tied] = [profile, score, false];
    else if (score === bestScore && score > 0) tied = true;
  }
  return tied ? undefined : best;
}

/**
 * Which registered exchange an error came from, picked among `profiles` only: the app's `source`;
 * else the request's host; else the ccxt exchange id of an exception; else the answer's envelope,
 * when exactly one profile claims it (among several, the one whose catalog recognises the code
 * and message best), a code and message parsed out of text counting as the body they came from;
 * else, for free text no profile claims, the one whose catalog alone recognises it. Otherwise none: a wrong exchange is worse than `unknown`.
 */
export function detectExchange(
  found: FoundInput,
  profiles: readonly ExchangeProfile[],
  source: string | undefined,
  url: string | undefined,
): ExchangeProfile | undefined {
  if (profiles.length === 0) return undefined;
  if (source !== undefined) return profiles.find((p) => p.id === source);
  const host = hostOf(url);
  if (host) {
    const hosted = profiles.find((p) => onHost(p, host));
    if (hosted) return hosted;
  }
  const { exchangeId } = found;
  if (exchangeId) {
    const named = profiles.find((p) => p.detect.ccxt?.includes(exchangeId));
    if (named) return named;
  }
  // A code and message parsed out of text (`APIError(code=-1013): …`) is claimed as the body it was.
  const bodies = [
    ...found.bodies,
    ...found.texts.flatMap((t) => (t.code === null ? [] : [{ code: t.code, msg: t.message }])),
  ];
  const claimants = profiles.filter((p) => bodies.some((body) => claims(p, body)));
  if (claimants.length === 1) return claimants[0];
  if (claimants.length > 1) return byEvidence(claimants, found);
  return found.bodies.length === 0 || found.texts.length > 0 ? byEvidence(profiles, found) : undefined;
}
