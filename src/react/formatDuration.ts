import { formatter } from '../core/formatter';

/** `m:ss` (or `h:mm:ss`) for a countdown, rounded up so it never shows 0:00 while time is left. */
export function formatDuration(ms: number): string {
  const total = Number.isFinite(ms) ? Math.max(0, Math.ceil(ms / 1000)) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/**
 * Clock time of an epoch-ms instant in the user's locale, e.g. `14:05:09`; ISO 8601 when the
 * locale is not a valid tag, and empty for an instant that is not a time.
 */
export function formatClockTime(epochMs: number, locale?: string): string {
  if (!Number.isFinite(epochMs) || Math.abs(epochMs) > 8.64e15) return '';
  // The ban clock formats each second: its formatter is built once per locale.
  const format = formatter(
    `time ${locale ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }),
  );
  return format ? format.format(epochMs) : new Date(epochMs).toISOString();
}
