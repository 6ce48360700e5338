'use client';
import { Component, type ReactNode } from 'react';
import { isProduction } from '../react/warnOnce';

interface RenderBoundaryProps {
  /** Rendered instead of `children` when they throw. */
  fallback: ReactNode;
  children?: ReactNode;
}

/**
 * Keeps an app's custom renderer from taking the toaster (and the app) down: when it throws, the
 * kit's default rendering is shown instead. The error itself stays recorded in the store.
 */
export class RenderBoundary extends Component<RenderBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    if (!isProduction()) {
      console.error(
        'exchange-error-kit: a custom renderer threw; showing the default rendering instead.',
        error,
      );
    }
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
