import { expect, waitFor } from 'storybook/test';

/**
 * The toasts shown once the toaster has rendered every report: it renders them deferred, after
 * the app's own updates, and its list is `aria-busy` until then. What a test asserts is absent
 * is absent only after this.
 */
export async function settledToasts(root: ParentNode): Promise<HTMLElement[]> {
  await waitFor(() => expect(root.querySelector('.eek-toaster')).not.toHaveAttribute('aria-busy'));
  return [...root.querySelectorAll<HTMLElement>('li.eek-toast')];
}
