import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installConsoleGuard } from './support/consoleGuard';

// A React, Radix or kit warning in a test fails it (test/support/consoleGuard.ts). Installed first,
// so that its check runs after the unmount below: warnings logged while unmounting count too.
installConsoleGuard();
afterEach(() => {
  cleanup();
});

// `waitFor` and `findBy*` wait for their condition up to this long (the default is one second): a
// ceiling, not a pause; on a loaded machine a render can take longer than a second.
configure({ asyncUtilTimeout: 5_000 });
