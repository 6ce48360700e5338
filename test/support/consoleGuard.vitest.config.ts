import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Runs only the console guard's fixture (test/boundary/consoleGuard.test.ts starts it).
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export default defineConfig({
  root,
  plugins: [react()],
  test: {
    environment: 'jsdom',
    include: ['test/support/consoleGuard.fixture.tsx'],
    setupFiles: ['test/setup.ts'],
  },
});
