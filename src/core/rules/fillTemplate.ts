// The kit's copy syntax (see `fill` in ../composeCopy.ts), kept local until the two are unified.
const FILL = /\[([^\]]*)\]|\{(\w+)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills `{name}` placeholders from `values` (a record, or a function that looks a name up); a
 * `[part]` with a missing value is dropped. Returns `undefined` when a value outside any part is
 * missing, so the caller can fall back. One pass: a value holding braces is never filled again.
 *
 * @example
 * ```ts
 * fillTemplate('Price must be a multiple of {tickSize}[: use {suggestion}]', { tickSize: '0.01' });
 * // 'Price must be a multiple of 0.01'
 * ```
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | undefined>> | ((name: string) => string | undefined),
): string | undefined {
  const get =
    typeof values === 'function'
      ? values
      : (name: string) => (Object.hasOwn(values, name) ? values[name] : undefined);
  let missing = false;
  const text = template.replace(FILL, (_, part: string | undefined, name: string | undefined) => {
    if (name !== undefined) {
      const value = get(name);
      if (value) return value;
      missing = true;
      return '';
    }
    let partMissing = false;
    const filled = (part ?? '').replace(PLACEHOLDER, (__, inner: string) => {
      const value = get(inner);
      if (value) return value;
      partMissing = true;
      return '';
    });
    return partMissing ? '' : filled;
  });
  return missing ? undefined : text;
}
