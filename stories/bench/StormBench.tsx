import { type RefObject, useEffect, useRef, useState } from 'react';
import { ExchangeErrorToaster, useExchangeError } from '../../src/react';
import { StoryKit, useStoryStore } from '../support/StoryKit';

/** What one storm measured; `npm run bench` reads it from `window.__stormResult`. */
export interface StormResult {
  reports: number;
  toastsInDom: number;
  maxVisible: number;
  liveEntries: number;
  rateLimitCount: number;
  reactCommits: number;
  longestTaskMs: number;
  longestTaskAtMs: number;
  stormMs: number;
  heapBeforeBytes?: number;
  heapAfterBytes?: number;
}

declare global {
  interface Window {
    __stormResult?: StormResult;
    gc?: () => void;
  }
}

/**
 * The toaster, counting the commits in which the error state it renders changed. (React's Profiler
 * reports nothing in a production build, which is what the benchmark opens.)
 */
function CountedToaster({ commits, maxVisible }: { commits: RefObject<number>; maxVisible: number }) {
  const { errors } = useExchangeError();
  useEffect(() => {
    if (errors.length) commits.current++;
  }, [errors, commits]);
  return <ExchangeErrorToaster maxVisible={maxVisible} duration={600_000} />;
}

const rateLimited = { code: -1015, msg: 'Too many new orders; current limit is 50 orders per 10 SECOND.' };
const heap = () =>
  (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;

/**
 * 1,000 reports within one second: 900 identical rate-limit errors and 100 distinct ones, as an
 * outage sends them. Counts React commits of the toaster, the longest main-thread task, and the heap
 * before and after (once the errors are dismissed).
 */
export function StormBench({ total = 1000, distinct = 100, maxVisible = 3 }) {
  const store = useStoryStore('binance-spot');
  const commits = useRef(0);
  const [result, setResult] = useState<StormResult>();

  useEffect(() => {
    let longest = 0;
    // When the longest task began, from the first report.
    let longestAt = 0;
    let observer: PerformanceObserver | undefined;
    if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
      observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          // The task that mounts the story (Storybook's render, ending in this effect) is not the storm's.
          if (entry.startTime < started || entry.duration <= longest) continue;
          longest = entry.duration;
          longestAt = entry.startTime - started;
        }
      });
      observer.observe({ type: 'longtask', buffered: false });
    }
    window.gc?.();
    const heapBefore = heap();
    const started = performance.now();
    const ticks = 100;
    const perTick = total / ticks;
    let sent = 0;
    let tick = 0;
    const timer = setInterval(() => {
      for (let i = 0; i < perTick; i++, sent++) {
        // Every tenth report is a different error; the rest are one storm.
        if (sent % (total / distinct) === 0)
          store.report({ code: -30000 - sent, msg: `Distinct error ${sent}.` });
        else store.report(rateLimited, { httpStatus: 429, headers: { 'Retry-After': '30' } });
      }
      if (++tick < ticks) return;
      clearInterval(timer);
      const stormMs = performance.now() - started;
      // Let React settle and the longtask observer deliver.
      setTimeout(() => {
        const snapshot = store.getSnapshot();
        const measured: StormResult = {
          reports: snapshot.totals.reported,
          toastsInDom: document.querySelectorAll('li.eek-toast').length,
          maxVisible,
          liveEntries: snapshot.entries.length,
          rateLimitCount: snapshot.entries.find((e) => e.error.category === 'rate-limit')?.count ?? 0,
          reactCommits: commits.current,
          longestTaskMs: longest,
          longestTaskAtMs: longestAt,
          stormMs,
          heapBeforeBytes: heapBefore,
        };
        store.clear();
        setTimeout(() => {
          window.gc?.();
          measured.heapAfterBytes = heap();
          observer?.disconnect();
          window.__stormResult = measured;
          setResult(measured);
        }, 300);
      }, 300);
    }, 10);
    return () => clearInterval(timer);
  }, [store, total, distinct, maxVisible]);

  return (
    <StoryKit store={store}>
      <p role="status">{result ? `Storm done: ${result.reports} reports` : 'Storm running…'}</p>
      {result ? (
        <dl className="story-fields" data-testid="storm-result">
          {Object.entries(result).map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{typeof v === 'number' ? Math.round(v * 10) / 10 : String(v)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <CountedToaster commits={commits} maxVisible={maxVisible} />
    </StoryKit>
  );
}
