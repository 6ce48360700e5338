'use client';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { ErrorActionState } from '../react/useErrorAction';
import { withClassName } from './withClassName';

/** Props of {@link ActionButton}. */
export interface ActionButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'children'> {
  state: ErrorActionState;
}

/** The button for an entry's action; disabled with its countdown while retrying is held back. */
export const ActionButton = forwardRef<HTMLButtonElement, ActionButtonProps>(function ActionButton(
  { state, onClick, className, ...props },
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
      onClick={(event) => {
        // Radix closes a toast when its action is clicked unless the event is default-prevented;
        // the store closes it instead, once the action has resolved the error.
        event.preventDefault();
        void state.run();
        onClick?.(event);
      }}
    >
      {state.label}
    </button>
  );
});
