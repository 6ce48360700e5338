'use client';
import * as Toast from '@radix-ui/react-toast';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  memo,
  type ReactNode,
  useCallback,
  useDeferredValue,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { createPortal } from 'react-dom';
import type { ExchangeErrorEntry, ExchangeErrorSnapshot } from '../core/createExchangeErrorStore';
import { fillLabel } from '../locale/en/labels';
import { type ErrorActionState, useErrorAction } from '../react/useErrorAction';
import { useExchangeErrorContext } from '../react/useExchangeErrorContext';
import { INLINE_ONLY_CATEGORIES } from '../react/useFieldError';
import { useStoreSelector } from '../react/useStoreSelector';
import { ActionButtonBase, runAction } from './ActionButton';
import { BanClock } from './BanClock';
import { RenderBoundary } from './RenderBoundary';
import { withClassName } from './withClassName';

/** Props of {@link ExchangeErrorToaster}. */
export interface ExchangeErrorToasterProps
  extends Omit<ComponentPropsWithoutRef<typeof Toast.Viewport>, 'hotkey' | 'label'> {
  /** Toasts shown at once; the rest wait their turn. @defaultValue 3 */
  maxVisible?: number;
  /**
   * How long a non-critical toast stays, in ms. Critical toasts stay until dismissed. A toast that
   * times out only leaves the screen: the error stays live for the banner, the field and the retry
   * prompt, and toasts again if it happens again. Closing it (×, Escape, a swipe) dismisses the error.
   * @defaultValue 8000
   */
  duration?: number;
  /** Keys that move focus to the toasts; `false` turns the hotkey off. @defaultValue ['F8'] */
  hotkey?: readonly string[] | false;
  /**
   * The way a toast is swiped off: towards the edge it sits at, so `'right'`, or `'left'` when the
   * toaster is laid out right to left (toasts then sit at the left edge).
   */
  swipeDirection?: 'right' | 'left' | 'up' | 'down';
  /** Which live entries become toasts (after the kit's own rule that inline-shown errors do not). */
  filter?: (entry: ExchangeErrorEntry) => boolean;
  /**
   * Your own toast body. A renderer that throws falls back to the default body; the error stays recorded.
   */
  renderToast?: (entry: ExchangeErrorEntry, action: ErrorActionState) => ReactNode;
  /**
   * Element to render the toasts into instead of in place. Point it at an open modal `<dialog>`:
   * everything outside a modal is inert, so toasts outside it could be neither read nor clicked.
   */
  container?: Element | null;
}

/**
 * One toast per live exchange error, on Radix Toast: repeats collapse into one toast with a count,
 * each category gets its action (retry with countdown, sync clock, check order status, refresh),
 * critical errors are announced assertively and stay until dismissed.
 *
 * @example
 * ```tsx
 * <ExchangeErrorProvider exchanges={[binanceSpot]} onRetry={retry}>
 *   <App />
 *   <ExchangeErrorToaster maxVisible={3} />
 * </ExchangeErrorProvider>
 * ```
 */
export const ExchangeErrorToaster = forwardRef<HTMLOListElement, ExchangeErrorToasterProps>(
  function ExchangeErrorToaster(
    {
      maxVisible = 3,
      duration = 8000,
      hotkey = ['F8'],
      swipeDirection,
      filter,
      renderToast,
      container,
      className,
      ...viewportProps
    },
    ref,
  ) {
    const { store, labels } = useExchangeErrorContext('ExchangeErrorToaster');
    // The live list and the mounted fields: not the totals, the history or the cooldown.
    const liveEntries = useStoreSelector(store, selectEntries);
    const liveFields = useStoreSelector(store, selectFields);
    // Deferred: a storm of reports never blocks what the user is doing (typing an order); React
    // renders the toasts after the app's own updates, in slices it can interrupt. Until it has,
    // the list says it is being updated (`aria-busy`).
    const entries = useDeferredValue(liveEntries);
    const fields = useDeferredValue(liveFields);
    const updating = entries !== liveEntries || fields !== liveFields;
    // Toasts that timed out, by entry id, with the report they showed: a new report shows it again.
    const [timedOut, setTimedOut] = useState<ReadonlyMap<string, number>>(() => new Map());
    const onTimeout = useCallback(
      (entry: ExchangeErrorEntry) => {
        setTimedOut((hidden) => {
          // Entries that have ended since are forgotten, so the map stays as small as the live list.
          const next = new Map([...hidden].filter(([id]) => store.get(id)));
          return next.set(entry.id, entry.lastSeen);
        });
      },
      [store],
    );
    // An error a mounted form field shows inline is not toasted as well.
    const toastable = entries.filter(
      (e) =>
        timedOut.get(e.id) !== e.lastSeen &&
        !(e.error.field && fields.has(e.error.field) && INLINE_ONLY_CATEGORIES.has(e.error.category)) &&
        (!filter || filter(e)),
    );
    // Critical errors jump the queue; the rest keep their order of arrival, so toasts don't reshuffle.
    const visible = [...toastable]
      .sort((a, b) => critical(b) - critical(a) || a.firstSeen - b.firstSeen)
      .slice(0, Math.max(1, maxVisible));
    const queued = toastable.length - visible.length;

    const viewport = useRef<HTMLOListElement>(null);
    useImperativeHandle(ref, () => viewport.current as HTMLOListElement);
    // Right to left puts the toasts at the left edge, so they are swiped off to the left. Read
    // again when the toasts move into another container, whose direction may differ.
    const [rightToLeft, setRightToLeft] = useState(false);
    // biome-ignore lint/correctness/useExhaustiveDependencies: the container decides where the list is
    useLayoutEffect(() => {
      const list = viewport.current;
      setRightToLeft(list ? getComputedStyle(list).direction === 'rtl' : false);
    }, [container]);

    const toaster = (
      <Toast.Provider
        swipeDirection={swipeDirection ?? (rightToLeft ? 'left' : 'right')}
        duration={duration}
        // What each toast is announced as; the region's own name carries the hotkey.
        label={labels.toast}
      >
        {visible.map((entry) => (
          <ExchangeErrorToast
            key={entry.id}
            entry={entry}
            duration={duration}
            renderToast={renderToast}
            onTimeout={onTimeout}
          />
        ))}
        <Toast.Viewport
          ref={viewport}
          className={withClassName('eek-toaster', className)}
          hotkey={hotkey ? [...hotkey] : []}
          // Radix fills in {hotkey}; without one, the brackets go too.
          label={hotkey ? labels.region : labels.region.replace(/\s*\(\{hotkey\}\)/, '')}
          data-queued={queued || undefined}
          aria-busy={updating || undefined}
          {...viewportProps}
        >
          {queued > 0 ? (
            // Inside the list, after the toasts (CSS `order`), so it sits where the next one will
            // show. Not a live region: each toast is announced when it shows, the count need not be.
            <li className="eek-toaster__queued">{fillLabel(labels.queued, { count: queued })}</li>
          ) : null}
        </Toast.Viewport>
      </Toast.Provider>
    );
    return container ? createPortal(toaster, container) : toaster;
  },
);

const selectEntries = (snapshot: ExchangeErrorSnapshot) => snapshot.entries;
const selectFields = (snapshot: ExchangeErrorSnapshot) => snapshot.fields;

const critical = (entry: ExchangeErrorEntry) => (entry.error.severity === 'critical' ? 1 : 0);

interface ExchangeErrorToastProps {
  entry: ExchangeErrorEntry;
  duration: number;
  renderToast?: ExchangeErrorToasterProps['renderToast'];
  onTimeout: (entry: ExchangeErrorEntry) => void;
}

// Memoised: a toast re-renders for its own entry (a new count, a new status), not for the others.
const ExchangeErrorToast = memo(function ExchangeErrorToast({
  entry,
  duration,
  renderToast,
  onTimeout,
}: ExchangeErrorToastProps) {
  const { store, labels } = useExchangeErrorContext('ExchangeErrorToaster');
  const root = useRef<HTMLLIElement>(null);
  // Radix closes a toast the same way whether its timer ran out or the user closed it; the user's
  // ways (×, Escape, a swipe) mark it first.
  const closedByUser = useRef(false);
  // Keyboard focus in a toast that goes away (an action done, Escape, the error dismissed
  // elsewhere) would fall to the page's body: it moves to another toast, or the list, first. The
  // cleanup of a layout effect runs while the toast is still in the document.
  useLayoutEffect(
    () => () => {
      const toast = root.current;
      if (!toast?.contains(document.activeElement)) return;
      const list = toast.parentElement;
      const others = [...(list?.querySelectorAll<HTMLElement>('li.eek-toast') ?? [])];
      (others.find((other) => other !== toast) ?? list)?.focus();
    },
    [],
  );
  const action = useErrorAction(entry);
  const { error } = entry;
  const critical = error.severity === 'critical';
  // A rate-limit toast stays while its countdown runs, so the user sees when they may retry.
  const persistent = critical || action.blockedUntil !== undefined;
  const body = <DefaultToastBody entry={entry} action={action} />;

  return (
    <Toast.Root
      className="eek-toast"
      // Critical errors interrupt (assertive); the rest wait for a pause (polite).
      type={critical ? 'foreground' : 'background'}
      duration={persistent ? Number.POSITIVE_INFINITY : duration}
      ref={root}
      onOpenChange={(open) => {
        if (open) return;
        if (closedByUser.current) store.dismiss(entry.id);
        else onTimeout(entry);
      }}
      onEscapeKeyDown={(event) => {
        closedByUser.current = true;
        // Escape pressed in the toast is for the toast alone: not also for a modal <dialog> around
        // it, which would close on the same key. Radix leaves a prevented key to us to close.
        if (event.target instanceof Node && root.current?.contains(event.target)) {
          event.preventDefault();
          store.dismiss(entry.id);
        }
      }}
      onSwipeEnd={() => {
        closedByUser.current = true;
      }}
      data-category={error.category}
      data-severity={error.severity}
      data-source={error.source}
    >
      {renderToast ? (
        <RenderBoundary fallback={body}>
          <CustomToastBody render={renderToast} entry={entry} action={action} />
        </RenderBoundary>
      ) : (
        body
      )}
      <Toast.Close
        className="eek-toast__close"
        aria-label={labels.dismiss}
        onClick={() => {
          closedByUser.current = true;
        }}
      >
        <span aria-hidden="true">×</span>
      </Toast.Close>
    </Toast.Root>
  );
});

/** Calls the app's renderer inside the boundary, so a throw there is caught there. */
function CustomToastBody({
  render,
  entry,
  action,
}: {
  render: NonNullable<ExchangeErrorToasterProps['renderToast']>;
  entry: ExchangeErrorEntry;
  action: ErrorActionState;
}) {
  return <>{render(entry, action)}</>;
}

function DefaultToastBody({ entry, action }: { entry: ExchangeErrorEntry; action: ErrorActionState }) {
  const { labels } = useExchangeErrorContext('ExchangeErrorToaster');
  const { error, count } = entry;
  const showMessage = error.message && error.message !== error.description;
  return (
    <>
      <div className="eek-toast__body">
        <Toast.Title className="eek-toast__title" dir="auto">
          {error.title}
          {count > 1 ? (
            <span className="eek-badge" data-count={count}>
              <span aria-hidden="true">×{count}</span>
              <span className="eek-visually-hidden">, {fillLabel(labels.repeated, { count })}</span>
            </span>
          ) : null}
        </Toast.Title>
        <Toast.Description className="eek-toast__description" dir="auto">
          {error.description}
          {showMessage ? (
            // The exchange's own text keeps its direction inside a right-to-left app (`dir="auto"`),
            // so "-1007" and the closing full stop are not flipped by the bidi algorithm.
            <span className="eek-toast__message" dir="auto">
              {error.code !== null ? <code dir="ltr">{error.code}</code> : null} {error.message}
            </span>
          ) : null}
        </Toast.Description>
        {error.category === 'ip-banned' && error.retry.retryAt ? (
          <BanClock until={error.retry.retryAt} />
        ) : null}
      </div>
      {action.available && action.action ? (
        // The kit's own handler, not the composing ActionButton: Radix's close handler, which the
        // Slot passes down as `onClick`, must run after the action has default-prevented it.
        <Toast.Action asChild altText={action.altText}>
          <ActionButtonBase state={action} onClick={(event) => runAction(event, action)} />
        </Toast.Action>
      ) : null}
    </>
  );
}
