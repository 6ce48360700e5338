import { type CSSProperties, useId, useMemo, useState } from 'react';
import type { CatalogEntry } from '../../src/catalog/types';
import type { ExchangeProfile } from '../../src/core/profile';
import { binanceSpot } from '../../src/exchanges/binance-spot';
import { binanceUsdm } from '../../src/exchanges/binance-usdm';
import { bybit } from '../../src/exchanges/bybit';
import { ltp } from '../../src/exchanges/ltp';
import { okx } from '../../src/exchanges/okx';

/** The exchanges whose documents the kit carries, in the browser's order. */
export const BROWSED: readonly ExchangeProfile[] = [binanceSpot, binanceUsdm, okx, bybit, ltp];

/** Which catalogs the browser shows: all, or one exchange's id. */
export type ExchangeFilter = string;

const NAMES = new Map(BROWSED.map((p) => [p.id, p.name]));
const EXCHANGES: readonly { id: ExchangeFilter; label: string }[] = [
  { id: 'all', label: 'All' },
  ...BROWSED.map((p) => ({ id: p.id, label: p.name })),
];

/** Rows shown at most: a search narrows a document of a thousand codes to what is asked. */
export const MAX_ROWS = 200;

interface Row {
  /** Index-based: Binance -5012 appears twice, so the code alone is not a key. */
  key: string;
  exchange: string;
  entry: CatalogEntry;
  /** Lower-cased code, name, heading and messages, searched as one string. */
  haystack: string;
}

function rowsOf(profile: ExchangeProfile): Row[] {
  return profile.catalog.entries.map((entry, index) => ({
    key: `${profile.id}:${index}`,
    exchange: profile.id,
    entry,
    haystack: [String(entry.code), entry.name ?? '', entry.heading ?? '', ...entry.messages]
      .join('\n')
      .toLowerCase(),
  }));
}

const ALL_ROWS: readonly Row[] = BROWSED.flatMap(rowsOf);

export interface CatalogBrowserProps {
  /** Exchange selected on first render. @defaultValue 'all' */
  initialExchange?: ExchangeFilter;
  /** Search text on first render. @defaultValue '' */
  initialQuery?: string;
}

// Colours are chosen for at least 4.5:1 contrast on white and on the header grey.
const styles = {
  root: { color: '#1a1a1a', background: '#ffffff', maxWidth: 1200 },
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: '1rem 2rem',
    alignItems: 'flex-end',
    marginBottom: '0.75rem',
  },
  label: { display: 'flex', flexDirection: 'column', gap: 4, fontWeight: 600 },
  search: {
    font: 'inherit',
    padding: '0.4rem 0.5rem',
    minWidth: 320,
    border: '1px solid #5c5c5c',
    borderRadius: 4,
  },
  fieldset: { border: '1px solid #5c5c5c', borderRadius: 4, padding: '0.25rem 0.75rem 0.5rem', margin: 0 },
  legend: { fontWeight: 600, padding: '0 0.25rem' },
  radio: { marginRight: '1rem', display: 'inline-flex', gap: 4, alignItems: 'center' },
  status: { margin: '0 0 0.5rem', color: '#3d3d3d' },
  scroller: { maxHeight: 520, overflow: 'auto', border: '1px solid #5c5c5c', borderRadius: 4 },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: 14 },
  caption: { textAlign: 'left', padding: '0.5rem', fontWeight: 600 },
  th: {
    position: 'sticky',
    top: 0,
    background: '#ececec',
    textAlign: 'left',
    padding: '0.4rem 0.5rem',
    borderBottom: '2px solid #5c5c5c',
  },
  td: { padding: '0.35rem 0.5rem', borderBottom: '1px solid #d0d0d0', verticalAlign: 'top' },
  code: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', textAlign: 'right' },
  messages: { margin: 0, paddingLeft: '1.1rem' },
  note: { fontStyle: 'italic', color: '#3d3d3d' },
} satisfies Record<string, CSSProperties>;

/**
 * Every documented code of the exchanges the kit carries documents for, in one searchable table,
 * to check what a code means and which message templates the resolver matches against.
 */
export function CatalogBrowser({ initialExchange = 'all', initialQuery = '' }: CatalogBrowserProps) {
  const [query, setQuery] = useState(initialQuery);
  const [exchange, setExchange] = useState<ExchangeFilter>(initialExchange);
  const searchId = useId();

  const visible = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return ALL_ROWS.filter(
      (row) =>
        (exchange === 'all' || row.exchange === exchange) && (needle === '' || row.haystack.includes(needle)),
    );
  }, [query, exchange]);

  return (
    <div style={styles.root}>
      <div style={styles.controls}>
        <label htmlFor={searchId} style={styles.label}>
          Search by code, name or message
          <input
            id={searchId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder="-1021, TOO_MANY_REQUESTS, recvWindow…"
            style={styles.search}
          />
        </label>
        <fieldset style={styles.fieldset}>
          <legend style={styles.legend}>Exchange</legend>
          {EXCHANGES.map((option) => (
            <label key={option.id} style={styles.radio}>
              <input
                type="radio"
                name="catalog-exchange"
                value={option.id}
                checked={exchange === option.id}
                onChange={() => setExchange(option.id)}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      </div>
      <p role="status" style={styles.status}>
        {visible.length} of {ALL_ROWS.length} entries
        {visible.length > MAX_ROWS ? `; the first ${MAX_ROWS} shown, search to narrow them` : ''}
      </p>
      {/* Scrollable regions must be reachable by keyboard (axe: scrollable-region-focusable). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the scroll container has to take focus so keyboard users can scroll it */}
      <section aria-label="Catalog entries, scrollable" tabIndex={0} style={styles.scroller}>
        <table style={styles.table}>
          <caption style={styles.caption}>Documented error codes</caption>
          <thead>
            <tr>
              <th scope="col" style={styles.th}>
                Exchange
              </th>
              <th scope="col" style={{ ...styles.th, textAlign: 'right' }}>
                Code
              </th>
              <th scope="col" style={styles.th}>
                Name
              </th>
              <th scope="col" style={styles.th}>
                Message templates
              </th>
              <th scope="col" style={styles.th}>
                Section
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.slice(0, MAX_ROWS).map(({ key, exchange: id, entry }) => (
              <tr key={key}>
                <td style={styles.td}>{NAMES.get(id)}</td>
                <td style={{ ...styles.td, ...styles.code }}>{entry.code}</td>
                <td style={styles.td}>{entry.name ?? entry.heading ?? ''}</td>
                <td style={styles.td}>
                  {entry.messages.length > 0 ? (
                    <ul style={styles.messages}>
                      {entry.messages.map((message, index) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the templates never reorder, and a document may repeat one
                        <li key={index}>{message}</li>
                      ))}
                    </ul>
                  ) : (
                    <span style={styles.note}>{entry.notes ?? 'No message documented'}</span>
                  )}
                </td>
                <td style={styles.td}>{entry.section}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
