import { fillTemplate } from './fillTemplate';
import { formatter } from './formatter';
import type { ExchangeProfile } from './profile';
import { redactSecrets } from './redactSecrets';
import type { CopyOverrides, CopyText, ErrorCategory, ResolvedExchangeError } from './types';

const UNITS = /^(\d+) (second|minute|hour|day)s?$/i;

function formatDate(epochMs: number, locale: string | undefined): string {
  const format = formatter(
    `date ${locale ?? ''}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }),
  );
  return format ? format.format(epochMs) : new Date(epochMs).toISOString();
}

/**
 * `10 SECOND` in the locale's words: `10 seconds`, `10 secondes`, `10 Sekunden`. English without a
 * locale, written here: the first `Intl.NumberFormat` with units costs tens of milliseconds (it
 * loads its unit data), which would land on the first rate limit a page meets.
 */
function formatSpan(count: string, unit: string, locale: string | undefined): string {
  const format =
    locale === undefined
      ? undefined
      : formatter(
          `${unit} ${locale}`,
          () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }),
        );
  if (format) return format.format(Number(count));
  const digits = String(Number(count)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${digits} ${unit}${digits === '1' ? '' : 's'}`;
}

/** Template values as a person reads them: `10 SECOND` → `10 seconds`, epoch ms → a local time. */
function humanise(value: string, locale: string | undefined): string {
  const first = value.charCodeAt(0);
  if (first < 48 || first > 57) return value;
  const span = UNITS.exec(value);
  if (span) return formatSpan(span[1]!, span[2]!.toLowerCase(), locale);
  return /^\d{13}$/.test(value) ? formatDate(Number(value), locale) : value;
}

const fill = (text: string | undefined, vars: ReadonlyMap<string, string>) =>
  text === undefined ? undefined : fillTemplate(text, vars);

/**
 * The title and description for a resolved error. Per text, the first that can be filled wins:
 * the app's copy for the code (`"source:code"`), the app's copy for the category, the profile's
 * copy for the code, the language's copy for the category; then the app's `format` has the last word.
 * App copy comes before the catalog's so a translated category is never mixed with English.
 * Values come from the already redacted message; only `format`'s result is redacted again.
 */
export function composeCopy(
  error: ResolvedExchangeError,
  profile: Pick<ExchangeProfile, 'copy'> | undefined,
  overrides: CopyOverrides | undefined,
  locale: string | undefined,
  categories: Readonly<Record<ErrorCategory, CopyText>>,
): CopyText {
  // A Map: a template's `{constructor}` finds nothing.
  const vars = new Map([['message', error.message]]);
  for (const name in error.params) vars.set(name, humanise(error.params[name] ?? '', locale));
  if (error.field)
    vars.set(
      'field',
      error.field.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`).replace(/\bqty\b/, 'quantity'),
    );
  if (error.filter) vars.set('filter', error.filter);
  const catalog = error.code === null ? undefined : profile?.copy?.[error.code];
  const app = overrides?.codes?.[`${error.source}:${error.code}`];
  const appCategory = overrides?.categories?.[error.category];
  const fallback = categories[error.category];
  const copy: CopyText = {
    title:
      fill(app?.title, vars) ??
      fill(appCategory?.title, vars) ??
      fill(catalog?.title, vars) ??
      fill(fallback.title, vars) ??
      '',
    description:
      fill(app?.description, vars) ??
      fill(appCategory?.description, vars) ??
      fill(catalog?.description, vars) ??
      fill(fallback.description, vars) ??
      '',
  };
  const formatted = overrides?.format?.({ ...error, ...copy }, copy);
  if (!formatted) return copy;
  return {
    title: redactSecrets(formatted.title ?? copy.title),
    description: redactSecrets(formatted.description ?? copy.description),
  };
}
