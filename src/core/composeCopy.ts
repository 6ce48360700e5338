import { defaultCopy } from './defaultCopy';
import { redactSecrets } from './redactSecrets';
import type { CopyOverrides, CopyText, ExchangeRules, ResolvedExchangeError } from './types';

type Vars = Readonly<Record<string, string>>;

const UNITS = /^(\d+) (second|minute|hour|day)s?$/i;

/** Template values as a person reads them: `10 SECOND` → `10 seconds`, epoch ms → a local time. */
function humanise(value: string, locale: string | undefined): string {
  const span = UNITS.exec(value);
  if (span) return `${span[1]} ${span[2]!.toLowerCase()}${span[1] === '1' ? '' : 's'}`;
  if (/^\d{13}$/.test(value)) {
    const date = new Date(Number(value));
    try {
      return date.toLocaleString(locale);
    } catch {
      // An invalid BCP 47 tag throws a RangeError.
      return date.toISOString();
    }
  }
  return value;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` from `vars`, or `undefined` when a value is missing. */
function substitute(text: string, vars: Vars): string | undefined {
  const names = Array.from(text.matchAll(PLACEHOLDER), (m) => m[1] ?? '');
  if (names.some((name) => !Object.hasOwn(vars, name) || !vars[name])) return undefined;
  return text.replace(PLACEHOLDER, (_, name: string) => vars[name] ?? '');
}

/**
 * Fills `{name}` from `vars`; a `[part]` whose values are missing is dropped. `undefined` when a
 * value outside any part is missing, so the next, more general text is used instead.
 */
function fill(text: string | undefined, vars: Vars): string | undefined {
  if (text === undefined || substitute(text.replace(/\[[^\]]*\]/g, ''), vars) === undefined) return undefined;
  // One pass, so a value that itself holds braces ("{1,3}" in a regex) is never filled again.
  return text.replace(/\[([^\]]*)\]|\{(\w+)\}/g, (_, part: string | undefined, name: string | undefined) =>
    name === undefined ? (substitute(part ?? '', vars) ?? '') : (vars[name] ?? ''),
  );
}

/**
 * The title and description for a resolved error. Per text, the first that can be filled wins:
 * the app's copy for the code (`"source:code"`), the app's copy for the category, the catalog's
 * copy for the code, the kit's {@link defaultCopy}; then the app's `format` has the last word.
 * App copy comes before the catalog's so a translated category is never mixed with English.
 */
export function composeCopy(
  error: ResolvedExchangeError,
  rules: ExchangeRules | undefined,
  overrides: CopyOverrides | undefined,
  locale: string | undefined,
): CopyText {
  const vars: Record<string, string> = { message: error.message };
  for (const [name, value] of Object.entries(error.params)) vars[name] = humanise(value, locale);
  if (error.field)
    vars.field = error.field.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`).replace(/\bqty\b/, 'quantity');
  if (error.filter) vars.filter = error.filter;
  const candidates: (Partial<CopyText> | undefined)[] = [
    overrides?.codes?.[`${error.source}:${error.code}`],
    overrides?.categories?.[error.category],
    error.code === null ? undefined : rules?.copy?.[error.code],
    defaultCopy[error.category],
  ];
  const pick = (key: keyof CopyText) => {
    for (const candidate of candidates) {
      const text = fill(candidate?.[key], vars);
      if (text !== undefined) return text;
    }
    return '';
  };
  const copy = { title: pick('title'), description: pick('description') };
  const final = { ...copy, ...overrides?.format?.({ ...error, ...copy }, copy) };
  return { title: redactSecrets(final.title), description: redactSecrets(final.description) };
}
