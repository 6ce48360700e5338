/**
 * One header's value from a fetch `Headers`, an axios `AxiosHeaders`, or a plain object in any
 * letter case. Never throws: a header bag whose getters throw reads as empty.
 */
export function readHeader(headers: unknown, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) return undefined;
  try {
    const get = (headers as { get?: unknown }).get;
    if (typeof get === 'function') {
      const value: unknown = get.call(headers, name);
      if (value !== null && value !== undefined) return String(value);
    }
    const wanted = name.toLowerCase();
    for (const key of Object.keys(headers).slice(0, 200)) {
      if (key.toLowerCase() === wanted) {
        const value: unknown = (headers as Record<string, unknown>)[key];
        return Array.isArray(value) ? String(value[0]) : value == null ? undefined : String(value);
      }
    }
  } catch {
    // A Proxy or a getter that throws: no header.
  }
  return undefined;
}
