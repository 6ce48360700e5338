const FILL = /\[([^\]]*)\]|\{(\w+)\}/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The one template filler of the kit's copy, labels and rule messages: fills `{name}` from
 * `values`; a `[part]` whose values are missing is dropped. `undefined` when a value outside any
 * part is missing, so a caller can fall back to a more general text. One pass, so a value that
 * itself holds braces ("{1,3}" in a regex) is never filled again.
 *
 * @example
 * ```ts
 * fillTemplate('Retry in {time}', { time: '0:04' }); // 'Retry in 0:04'
 * fillTemplate('Too many orders[: {limit} per {interval}].', { limit: '50' }); // 'Too many orders.'
 * fillTemplate('Wait {time}', {}); // undefined
 * ```
 */
export function fillTemplate(
  text: string,
  values:
    | ReadonlyMap<string, string>
    | Readonly<Record<string, string | number | undefined>>
    | ((name: string) => string | undefined),
): string | undefined {
  if (!/[[{]/.test(text)) return text;
  const get =
    typeof values === 'function'
      ? values
      : values instanceof Map
        ? (name: string) => values.get(name)
        : (name: string) => {
            const value = Object.hasOwn(values, name) ? (values as Record<string, unknown>)[name] : undefined;
            return value === undefined || value === null ? undefined : String(value);
          };
  let missing = false;
  const out = text.replace(FILL, (_, part: string | undefined, name: string | undefined) => {
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
  return missing ? undefined : out;
}
