import type { ErrorCategory, Severity } from '../types';
import type { Facts } from './facts';

const SEVERITY: Partial<Record<ErrorCategory, Severity>> = {
  'ip-banned': 'critical',
  'execution-unknown': 'critical',
  'rate-limit': 'warning',
  unavailable: 'warning',
  'order-rejected': 'warning',
  'not-found': 'info',
};

/**
 * How loudly to speak: the profile's severity when its category stood, else the category's: a
 * ban and an unknown outcome are critical; limits, outages and rejections warnings; not-found info.
 */
export function severityFor(facts: Facts, category: ErrorCategory): Severity {
  const { ruled } = facts;
  return (ruled?.category === category ? ruled.severity : undefined) ?? SEVERITY[category] ?? 'error';
}
