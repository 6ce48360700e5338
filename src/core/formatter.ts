// Building an Intl formatter costs far more than formatting with one: each is kept, per locale
// and options, up to a bound. Formatters hold no data of a request, so one set serves them all.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** The cached formatter for `key`, or `undefined` when `make` throws (an invalid BCP 47 tag). */
export function formatter<F extends Intl.DateTimeFormat | Intl.NumberFormat>(
  key: string,
  make: () => F,
): F | undefined {
  let format = formatters.get(key) as F | undefined;
  if (!format) {
    try {
      format = make();
    } catch {
      return undefined;
    }
    if (formatters.size < 96) formatters.set(key, format);
  }
  return format;
}
