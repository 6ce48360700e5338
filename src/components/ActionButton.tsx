'use client';
import { type ComponentPropsWithoutRef, forwardRef, type MouseEvent } from 'react';
import type { ErrorActionState } from '../react/useErrorAction';
import { withClassName } from './withClassName';

/** Props of {@link ActionButton}. */
export interface ActionButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children'> {
  state: ErrorActionState;
}

/**
 * Runs the entry's action. The event is default-prevented first: Radix closes a toast whose action
 * is clicked unless it is, and the store closes it instead, once the action has resolved the error.
 */
export function runAction(event: MouseEvent<HTMLButtonElement>, state: ErrorActionState): void {
  event.preventDefault();
  void state.run();
}

/** The button with the state's label and data attributes; `onClick` decides what a click does. */
export const ActionButtonBase = forwardRef<HTMLButtonElement, ActionButtonProps>(function ActionButtonBase(
  { state, className, ...props },
  ref,
) {
  return (
    <button
      ref={ref}
      type="button"
      className={withClassName('eek-action', className)}
      data-action={state.action ?? undefined}
      data-state={state.busy ? 'busy' : state.blockedUntil ? 'waiting' : 'ready'}
      disabled={state.disabled}
      aria-disabled={state.disabled || undefined}
      {...props}
    >
      {state.label}
    </button>
  );
});

/**
 * The button for an entry's action; disabled with its countdown while retrying is held back. An
 * `onClick` of yours runs first, as with Radix's `composeEventHandlers`: call
 * `event.preventDefault()` in it to skip the kit's action.
 *
 * @example
 * ```tsx
 * <ExchangeErrorToaster
 *   renderToast={(entry, action) => (
 *     <ActionButton state={action} onClick={() => analytics.track('retry', entry.error.code)} />
 *   )}
 * />
 * ```
 */
export const ActionButton = forwardRef<HTMLButtonElement, ActionButtonProps>(function ActionButton(
  { state, onClick, ...props },
  ref,
) {
  return (
    <ActionButtonBase
      ref={ref}
      state={state}
      {...props}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) runAction(event, state);
      }}
    />
  );
});
