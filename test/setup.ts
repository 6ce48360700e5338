import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installConsoleGuard } from './support/consoleGuard';

// A React, Radix or kit warning in a test fails it (test/support/consoleGuard.ts). Installed first,
// so that its check runs after the unmount below: warnings logged while unmounting count too.
installConsoleGuard();
afterEach(() => {
  cleanup();
});
