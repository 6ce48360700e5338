import { useState } from 'react';
import { ExchangeErrorBanner, ExchangeErrorToaster, RetryPrompt, useExchangeError } from '../../src/react';
import type { GalleryCase } from './cases';
import { MiniOrderForm } from './MiniOrderForm';
import { ResolvedFields } from './ResolvedFields';
import { allExchanges, StoryKit, useStoryStore } from './StoryKit';

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
  const { exchange, detect, from } = galleryCase;
  // Times relative to now (a ban's end, a limit's reset) are taken once: what is shown is what was reported.
  const [{ raw, hints }] = useState(() => ({
    raw: typeof galleryCase.payload === 'function' ? galleryCase.payload() : galleryCase.payload,
    hints: typeof galleryCase.hints === 'function' ? galleryCase.hints() : galleryCase.hints,
  }));
  // A case that names no exchange is resolved as an app trading on all five would: the resolver
  // must tell the exchange from the request and the payload.
  const store = useStoryStore(
    detect ? undefined : exchange,
    (store) => store.report(raw, hints),
    detect ? allExchanges : undefined,
  );
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
          {from ? (
            <p className="story-note">
              Seen in: <a href={from}>{from.replace(/^https:\/\/(?:www\.)?/, '')}</a>
            </p>
          ) : null}
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
