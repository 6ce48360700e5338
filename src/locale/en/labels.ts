import { fillTemplate } from '../../core/fillTemplate';

/** Words the components render around the resolver's copy; override any of them per app or locale. */
export interface UiLabels {
  retry: string;
  /** `{time}` is the countdown, e.g. `0:12`. */
  retryIn: string;
  /** `{attempt}` is the next attempt number. */
  retryAttempt: string;
  retrying: string;
  syncClockAndRetry: string;
  checkOrderStatus: string;
  refresh: string;
  dismiss: string;
  /** `{time}` is the clock time the ban ends, `{left}` the time left. */
  bannedUntil: string;
  /** `{count}` is how many times the error came. */
  repeated: string;
  /** Accessible name of the toast region; `{hotkey}` is filled in by Radix (and dropped with no hotkey). */
  region: string;
  /** What each toast is announced as, before its text. */
  toast: string;
  /** Shown when more errors wait than fit; `{count}` is how many wait. */
  queued: string;
  /** A fix button under a field error; `{value}` is the valid value it puts in the field. */
  fixValue: string;
  /**
   * The fix button's accessible name; `{field}` is the field it sets (`price`). Start it with the
   * button's visible text, so speech users can say what they see (WCAG 2.5.3, label in name).
   */
  fixValueFor: string;
}

/** The kit's English UI words. */
export const defaultLabels: UiLabels = {
  retry: 'Retry',
  retryIn: 'Retry in {time}',
  retryAttempt: 'Retry (attempt {attempt})',
  retrying: 'Retrying…',
  syncClockAndRetry: 'Sync clock & retry',
  checkOrderStatus: 'Check order status',
  refresh: 'Refresh',
  dismiss: 'Dismiss',
  bannedUntil: 'Blocked until {time} ({left} left)',
  repeated: '{count} times',
  region: 'Exchange errors ({hotkey})',
  toast: 'Exchange error',
  queued: '{count} more',
  fixValue: 'Use {value}',
  fixValueFor: 'Use {value} for {field}',
};

/**
 * Fills a label's `{name}` placeholders (the kit's one template filler); a label whose value is
 * missing keeps its placeholder rather than vanish.
 */
export function fillLabel(template: string, values: Record<string, string | number>): string {
  return fillTemplate(template, values) ?? template;
}
