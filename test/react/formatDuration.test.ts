import { describe, expect, it } from 'vitest';
import { formatClockTime, formatDuration } from '../../src/react/formatDuration';

describe('formatDuration', () => {
  it('counts down in m:ss or h:mm:ss, rounding up so it never shows 0:00 while time is left', () => {
    expect(formatDuration(59_001)).toBe('1:00');
    expect(formatDuration(1)).toBe('0:01');
    expect(formatDuration(3_600_000 + 61_000)).toBe('1:01:01');
    expect(formatDuration(-5)).toBe('0:00');
    expect(formatDuration(Number.NaN)).toBe('0:00');
  });
});

describe('formatClockTime', () => {
  const at = Date.UTC(2026, 0, 1, 14, 5, 9);

  it('writes the time in the locale given, the same each call', () => {
    const { timeZone } = Intl.DateTimeFormat().resolvedOptions();
    const expected = new Intl.DateTimeFormat('de-DE', { timeStyle: 'medium', timeZone }).format(at);
    expect(formatClockTime(at, 'de-DE')).toBe(expected);
    expect(formatClockTime(at, 'de-DE')).toBe(expected);
    expect(formatClockTime(at + 1_000, 'de-DE')).not.toBe(expected);
  });

  it('falls back to ISO 8601 for a locale that is no valid tag, and to nothing for an instant that is no time', () => {
    expect(formatClockTime(at, 'not a locale!')).toBe('2026-01-01T14:05:09.000Z');
    expect(formatClockTime(Number.NaN)).toBe('');
    expect(formatClockTime(Number.POSITIVE_INFINITY, 'en-GB')).toBe('');
    expect(formatClockTime(1e17)).toBe('');
  });
});
