import type { ErrorCategory } from '../types';
import { ccxtCategory } from './ccxtCategory';
import { documentedCategory } from './documentedCategory';
import type { Facts } from './facts';
import { lostAnswer, readTimeout, statedOutcome } from './orderOutcome';
import { statusCategory } from './statusCategory';
import { wordsCategory } from './wordsCategory';

type Step = (facts: Facts, decided: ErrorCategory | undefined) => ErrorCategory | undefined;
const unknown: Step = (_, decided) => decided ?? 'unknown';

/**
 * The order in which the decisions are made. Each step sees the category so far and keeps it,
 * changes it, or decides it; the reasons are written beside each, once.
 */
export const CATEGORY_STEPS: readonly Step[] = [
  // The exchange's reviewed classification of its own code is the most specific knowledge.
  documentedCategory,
  // Else the words of the message, read against what the document says the code means.
  wordsCategory,
  // A ccxt exception's class: a specific one outranks the words; an answer is never an unknown outcome.
  ccxtCategory,
  // The HTTP status imposes what the transport enforces (418, 429, 451) and suggests 401/403/5xx.
  statusCategory,
  // Nothing decided: unknown, shown with the exchange's own message.
  unknown,
  // Order safety: words saying the execution status is unknown outrank the code.
  statedOutcome,
  // Order safety: an order request whose answer was lost, or failed on the server, may have gone through.
  lostAnswer,
  // A timeout on a read changed nothing, unless the exchange itself called it unknown.
  readTimeout,
];

/**
 * The category of an error: {@link CATEGORY_STEPS} in order.
 *
 * @example
 * ```ts
 * categoryFor(facts); // 'filter'
 * ```
 */
export function categoryFor(facts: Facts): ErrorCategory {
  let category: ErrorCategory | undefined;
  for (const step of CATEGORY_STEPS) category = step(facts, category);
  return category ?? 'unknown';
}
