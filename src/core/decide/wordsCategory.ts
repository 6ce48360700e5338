import type { ErrorCategory } from '../types';
import type { Facts } from './facts';

/**
 * The category the message's words give, in the resolver's language, checked against the
 * document when the message did not match the code's own texts (empty, cut off, reworded): the
 * words decide only among what the document says the code means (-1003 is a rate limit or a
 * ban), else the document does (-1022 "Invalid HMAC" is still a bad signature, an empty -1003
 * still a rate limit). A lost answer outranks the document: words saying it timed out, or a 5xx
 * or 408 whose status decides next, may mean an order went through. An HTML page is no message:
 * only the few words that say why a CDN sent it count (a blocked country, a rate limit).
 */
export function wordsCategory(facts: Facts, decided: ErrorCategory | undefined): ErrorCategory | undefined {
  if (decided) return decided;
  if (facts.html) return facts.page ? facts.language.classifyPage?.(facts.page) : undefined;
  // A label sent beside a message in another language (`coin_address_not_found`) says it too.
  const { key } = facts.wire;
  const said = facts.language.classify(facts.message) ?? (key ? facts.language.classify(key) : undefined);
  const status = facts.httpStatus ?? 0;
  if (said === 'execution-unknown' || status >= 500 || status === 408) return said;
  const meant = facts.documented;
  // Under an umbrella code the words decide; when they say nothing, the document does.
  if (facts.umbrella) return said ?? meant[0];
  return meant.length === 0 || (said && meant.includes(said)) ? said : meant[0];
}
