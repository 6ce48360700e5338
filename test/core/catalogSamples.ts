import type { CatalogEntry } from '../../src/catalog/types';

// One word each, so a template like LTP's "order to %s %s %s at %s" stays unambiguous.
const VALUES = ['1200', 'BTCUSDT', '0.5', 'ETH', '20'];

/** A message as a server would send it for a template: placeholders filled, backticks as quotes. */
export function sample(template: string): { message: string; values: string[] } {
  const values: string[] = [];
  const message = template
    .replace(/%s|\{\d+\}/g, () => {
      const value = VALUES[values.length] ?? 'X';
      values.push(value);
      return value;
    })
    .replace(/`/g, "'");
  return { message, values };
}

/** Every message an entry documents; an entry with none (a heading only) is sent with its heading. */
export const messagesOf = (entry: CatalogEntry): readonly string[] =>
  entry.messages.length > 0 ? entry.messages : [entry.heading ?? entry.name ?? ''];
