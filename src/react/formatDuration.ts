/** `m:ss` (or `h:mm:ss`) for a countdown, rounded up so it never shows 0:00 while time is left. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Clock time of an epoch-ms instant in the user's locale, e.g. `14:05:09`. */
export function formatClockTime(epochMs: number, locale?: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(epochMs);
  } catch {
    return new Date(epochMs).toISOString();
  }
}
