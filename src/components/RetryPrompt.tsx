'use client';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { ExchangeErrorEntry } from '../core/createExchangeErrorStore';
import type { ExchangeErrorHandlers } from '../react/ExchangeErrorContext';
import { useErrorAction } from '../react/useErrorAction';
import { ActionButton } from './ActionButton';
import { BanClock } from './BanClock';
import { withClassName } from './withClassName';

/** Props of {@link RetryPrompt}. */
export interface RetryPromptProps
  extends Omit<ComponentPropsWithoutRef<'section'>, 'children'>,
    ExchangeErrorHandlers {
  /** A live entry from `useExchangeError().errors`. */
  entry: ExchangeErrorEntry;
  /** Heading level of the title. @defaultValue 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * The category's prompt on its own, for a panel or dialog: a countdown then Retry for a rate limit,
 * the ban clock for an IP ban, Sync clock & retry for clock skew, Check order status (and no retry)
 * when execution is unknown, Retry with the attempt count while a service backs off.
 * Handlers given as props override the provider's.
 *
 * @example
 * ```tsx
 * const { latest } = useExchangeError();
 * {latest && <RetryPrompt entry={latest} onRetry={() => submitAgain()} />}
 * ```
 */
export const RetryPrompt = forwardRef<HTMLElement, RetryPromptProps>(function RetryPrompt(
  { entry, headingLevel = 3, onRetry, syncClock, checkOrderStatus, onRefresh, className, ...props },
  ref,
) {
  const action = useErrorAction(entry, { onRetry, syncClock, checkOrderStatus, onRefresh });
  const { error } = entry;
  const Heading = `h${headingLevel}` as const;
  const titleId = `${entry.id}-prompt-title`;
  return (
    <section
      ref={ref}
      aria-labelledby={titleId}
      className={withClassName('eek-retry-prompt', className)}
      data-category={error.category}
      data-severity={error.severity}
      data-strategy={error.retry.strategy}
      {...props}
    >
      <Heading id={titleId} className="eek-retry-prompt__title" dir="auto">
        {error.title}
      </Heading>
      <p className="eek-retry-prompt__description" dir="auto">
        {error.description}
      </p>
      {error.category === 'ip-banned' && error.retry.retryAt ? (
        <BanClock until={error.retry.retryAt} />
      ) : null}
      {action.available ? <ActionButton state={action} /> : null}
    </section>
  );
});
