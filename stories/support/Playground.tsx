import { useId, useMemo, useState } from 'react';
import type { CatalogId } from '../../src/catalog/types';
import { createExchangeErrorResolver } from '../../src/core/createExchangeErrorResolver';
import {
  ExchangeErrorBanner,
  ExchangeErrorToaster,
  FieldError,
  RetryPrompt,
  useExchangeError,
} from '../../src/react';
import { ResolvedFields } from './ResolvedFields';
import { catalogs, StoryKit, useStoryStore } from './StoryKit';

/** Payloads as apps receive them, to start from. */
export const samples: Record<string, string> = {
  'REST body': '{"code":-1013,"msg":"Filter failure: LOT_SIZE"}',
  'WebSocket frame': JSON.stringify(
    {
      id: 'f3a0',
      status: 429,
      error: {
        code: -1003,
        msg: 'Too many requests; please use the websocket for live updates.',
        data: { retryAfter: 1_900_000_000_000 },
      },
    },
    null,
    2,
  ),
  'ccxt message':
    'ccxt.base.errors.InsufficientFunds: binance {"code":-2010,"msg":"Account has insufficient balance for requested action."}',
  'Log line': "APIError(code=-1021): Timestamp for this request was 1000ms ahead of the server's time.",
  'LTP envelope':
    '{"code":401017,"message":"Order amount should be greater than the min notional","data":null}',
  'HTML page':
    '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>',
};

function Preview() {
  const { latest } = useExchangeError();
  if (!latest) return null;
  return (
    <>
      <RetryPrompt entry={latest} headingLevel={3} />
      {latest.error.field ? (
        <p>
          Inline on <code>{latest.error.field}</code>: <FieldError name={latest.error.field} />
        </p>
      ) : null}
    </>
  );
}

/** Paste any raw error and see what the kit makes of it. */
export function Playground({ initial = samples['REST body'] ?? '' }: { initial?: string }) {
  const [text, setText] = useState(initial);
  const [source, setSource] = useState<'auto' | CatalogId>('auto');
  const [status, setStatus] = useState('');
  const store = useStoryStore();
  const resolve = useMemo(() => createExchangeErrorResolver({ exchanges: catalogs }), []);
  const ids = { text: useId(), source: useId(), status: useId() };
  const hints = {
    source: source === 'auto' ? undefined : source,
    httpStatus: /^\d{3}$/.test(status) ? Number(status) : undefined,
  };
  const result = text.trim() ? resolve(text, hints) : undefined;
  const unreadable = result && !result.known && result.code === null && result.category === 'unknown';

  return (
    <StoryKit store={store}>
      <ExchangeErrorBanner />
      <div className="story-gallery">
        <section aria-labelledby="paste">
          <h3 id="paste">Paste what you received</h3>
          <fieldset className="story-samples">
            <legend className="eek-visually-hidden">Samples</legend>
            {Object.entries(samples).map(([name, sample]) => (
              <button key={name} type="button" onClick={() => setText(sample)}>
                {name}
              </button>
            ))}
          </fieldset>
          <div className="story-field">
            <label htmlFor={ids.text}>Raw error</label>
            <textarea
              id={ids.text}
              rows={10}
              value={text}
              onChange={(e) => setText(e.target.value)}
              spellCheck={false}
            />
          </div>
          <div className="story-order-form">
            <div className="story-field">
              <label htmlFor={ids.source}>Exchange</label>
              <select
                id={ids.source}
                value={source}
                onChange={(e) => setSource(e.target.value as typeof source)}
              >
                <option value="auto">Detect</option>
                <option value="binance-spot">Binance Spot</option>
                <option value="ltp">LTP</option>
              </select>
            </div>
            <div className="story-field">
              <label htmlFor={ids.status}>HTTP status</label>
              <input
                id={ids.status}
                inputMode="numeric"
                value={status}
                onChange={(e) => setStatus(e.target.value)}
              />
            </div>
          </div>
          <button
            type="button"
            className="eek-action"
            disabled={!result}
            onClick={() => store.report(text, hints)}
          >
            Show it in the app
          </button>
        </section>
        <section aria-labelledby="resolved-heading" className="story-inline">
          <h3 id="resolved-heading">What the kit makes of it</h3>
          <div role="status" className="story-verdict">
            {result === undefined
              ? 'Paste an error to see how it resolves.'
              : result === null
                ? 'This is a success envelope: there is no error to show.'
                : unreadable
                  ? 'Could not read an exchange error in this. It will be shown as an unknown error with its text.'
                  : `Resolved as ${result.category}${result.known ? '' : ' (not in the catalog)'}.`}
          </div>
          {result ? <ResolvedFields error={result} /> : null}
          {result ? (
            <p>
              <strong>{result.title}</strong> {result.description}
            </p>
          ) : null}
          <Preview />
          <ExchangeErrorToaster />
        </section>
      </div>
    </StoryKit>
  );
}
