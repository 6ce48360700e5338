import type { ResolvedExchangeError } from '../../src/core/types';

/** The resolved fields an app would read, as a definition list. */
export function ResolvedFields({ error }: { error: ResolvedExchangeError }) {
  const rows: Array<[string, string]> = [
    ['source', error.source],
    ['code', error.code === null ? '—' : String(error.code)],
    ['name', error.name ?? '—'],
    ['category', error.category],
    ['severity', error.severity],
    ['field', error.field ?? '—'],
    ['filter', error.filter ?? '—'],
    [
      'retry',
      error.retry.retryAt
        ? `${error.retry.strategy} at ${new Date(error.retry.retryAt).toISOString()}`
        : error.retry.strategy,
    ],
    ['known', String(error.known)],
    // A batch answer: which orders failed (positions from 0), out of how many.
    ['items', error.items ? `${error.items.failed.join(', ')} of ${error.items.total} failed` : '—'],
    ['params', Object.keys(error.params).length ? JSON.stringify(error.params) : '—'],
    ['message', error.message || '—'],
  ];
  return (
    <dl className="story-fields" data-testid="resolved" data-category={error.category}>
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd data-field={term}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
