import type { ErrorCategory } from '../types';
import type { Facts } from './facts';

/**
 * The category the exchange's profile gives the code or message: its hand-written, reviewed
 * classification ("Filter failure: X" is a filter failure whatever code carries it; -1021 is a
 * clock out of sync). `undefined` lets the words decide.
 *
 * @example
 * ```ts
 * documentedCategory({ ruled: { category: 'clock-skew' }, … }, undefined); // 'clock-skew'
 * ```
 */
export function documentedCategory(
  facts: Facts,
  decided: ErrorCategory | undefined,
): ErrorCategory | undefined {
  return decided ?? facts.ruled?.category;
}
