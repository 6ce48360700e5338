import { ExchangeErrorBanner, ExchangeErrorToaster, RetryPrompt, useExchangeError } from '../../src/react';
import type { GalleryCase } from './cases';
import { MiniOrderForm } from './MiniOrderForm';
import { ResolvedFields } from './ResolvedFields';
import { StoryKit, useStoryStore } from './StoryKit';

function Rendering() {
  const { latest } = useExchangeError();
  return (
    <>
      <ExchangeErrorBanner />
      {latest ? (
        <>
          <ResolvedFields error={latest.error} />
          <RetryPrompt entry={latest} headingLevel={4} />
        </>
      ) : null}
      {latest?.error.field ? <MiniOrderForm /> : null}
    </>
  );
}

/** A real payload beside everything the kit renders for it. */
export function GalleryCaseView({ galleryCase }: { galleryCase: GalleryCase }) {
  const { payload, hints, exchange } = galleryCase;
  const raw = typeof payload === 'function' ? payload() : payload;
  const store = useStoryStore(exchange, (store) => store.report(raw, hints));
  return (
    <StoryKit store={store}>
      <div className="story-gallery">
        <section aria-labelledby="sent">
          <h3 id="sent">What the exchange sent</h3>
          {hints?.httpStatus ? <p>HTTP {hints.httpStatus}</p> : null}
          {hints?.headers ? <p>Headers: {JSON.stringify(hints.headers)}</p> : null}
          {hints?.request ? (
            <p>
              Request: {hints.request.method} {hints.request.url}
            </p>
          ) : null}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (axe scrollable-region-focusable) */}
          <section aria-label="Raw payload" tabIndex={0} className="story-raw">
            <pre>{typeof raw === 'string' ? raw || '(empty body)' : JSON.stringify(raw, null, 2)}</pre>
          </section>
          <p className="story-note">{galleryCase.note}</p>
        </section>
        <section aria-labelledby="rendered" className="story-inline">
          <h3 id="rendered">What the kit renders</h3>
          <Rendering />
          <ExchangeErrorToaster />
        </section>
      </div>
    </StoryKit>
  );
}
