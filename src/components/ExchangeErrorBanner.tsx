'use client';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { ExchangeErrorEntry, ExchangeErrorSnapshot } from '../core/createExchangeErrorStore';
import type { ErrorCategory } from '../core/types';
import { useErrorAction } from '../react/useErrorAction';
import { useExchangeErrorContext } from '../react/useExchangeErrorContext';
import { useStoreSelector } from '../react/useStoreSelector';
import { ActionButton } from './ActionButton';
import { BanClock } from './BanClock';
import { withClassName } from './withClassName';

/** States that block everything, most blocking first. */
const selectEntries = (snapshot: ExchangeErrorSnapshot) => snapshot.entries;

const BLOCKING: readonly ErrorCategory[] = ['ip-banned', 'auth', 'account-restricted', 'unavailable'];

/** Props of {@link ExchangeErrorBanner}. */
export interface ExchangeErrorBannerProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** Categories the banner shows. @defaultValue ['ip-banned', 'auth', 'account-restricted', 'unavailable'] */
  categories?: readonly ErrorCategory[];
}

/**
 * One app-wide strip for states that block everything: an IP ban with its clock, an auth failure,
 * a restricted account, or an exchange that is unavailable. Renders nothing when none is live.
 *
 * @example
 * ```tsx
 * <header><ExchangeErrorBanner /></header>
 * ```
 */
export const ExchangeErrorBanner = forwardRef<HTMLDivElement, ExchangeErrorBannerProps>(
  function ExchangeErrorBanner({ categories = BLOCKING, className, ...props }, ref) {
    const { store } = useExchangeErrorContext('ExchangeErrorBanner');
    const entries = useStoreSelector(store, selectEntries);
    let shown: ExchangeErrorEntry | undefined;
    for (const category of categories) {
      shown = entries.findLast((e) => e.error.category === category);
      if (shown) break;
    }
    if (!shown) return null;
    return <BannerContent ref={ref} entry={shown} className={className} {...props} />;
  },
);

const BannerContent = forwardRef<
  HTMLDivElement,
  ComponentPropsWithoutRef<'div'> & { entry: ExchangeErrorEntry }
>(function BannerContent({ entry, className, ...props }, ref) {
  const { store, labels } = useExchangeErrorContext('ExchangeErrorBanner');
  const action = useErrorAction(entry);
  const { error } = entry;
  return (
    <div
      ref={ref}
      className={withClassName('eek-banner', className)}
      data-category={error.category}
      data-severity={error.severity}
      {...props}
    >
      <div className="eek-banner__body" dir="auto">
        {/* Only what does not change is live: a ticking clock or countdown inside a live region
            would be read out again every second. A ban interrupts; the rest is announced politely. */}
        <span className="eek-banner__text" role={error.severity === 'critical' ? 'alert' : 'status'}>
          <strong className="eek-banner__title">{error.title}</strong> <span>{error.description}</span>
        </span>
        {error.category === 'ip-banned' && error.retry.retryAt ? (
          <BanClock until={error.retry.retryAt} />
        ) : null}
      </div>
      {action.available ? <ActionButton state={action} /> : null}
      <button
        type="button"
        className="eek-banner__dismiss"
        aria-label={labels.dismiss}
        onClick={() => store.dismiss(entry.id)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
});
