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
 * The order in which the decisions are made, each with its reason. Each step sees the category
 * so far and keeps it, changes it, or decides it.
 */
export const CATEGORY_STEPS: readonly (readonly [Step, string])[] = [
  [
    documentedCategory,
    "the exchange's reviewed classification of its own code is the most specific knowledge",
  ],
  [wordsCategory, 'else the words of the message, read against what the document says the code means'],
  [
    ccxtCategory,
    "a ccxt exception's class: a specific one outranks the words, and an answer is never an unknown outcome",
  ],
  [
    statusCategory,
    'the HTTP status imposes what the transport enforces (418, 429, 451), and suggests 401/403/5xx',
  ],
  [unknown, 'nothing decided: unknown, with the exchange’s own message'],
  [statedOutcome, 'order safety: words saying the execution status is unknown outrank the code'],
  [lostAnswer, 'order safety: an order request whose answer was lost or failed may have gone through'],
  [readTimeout, 'a timeout on a read changed nothing, unless the exchange itself called it unknown'],
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
  for (const [step] of CATEGORY_STEPS) category = step(facts, category);
  return category ?? 'unknown';
}
