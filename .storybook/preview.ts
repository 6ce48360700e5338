import type { Preview } from '@storybook/react-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import '../src/styles.css';
import './preview.css';

const preview: Preview = {
  loaders: [
    // The simulated exchange of the demo stories answers real fetch calls through Mock Service Worker.
    mswLoader(async () => {
      const worker = setupWorker();
      // Relative, so a static Storybook works from any path of any static server.
      await worker.start({
        serviceWorker: { url: './mockServiceWorker.js' },
        onUnhandledRequest: 'bypass',
        quiet: true,
      });
      return worker;
    }),
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Every story is an accessibility test: an axe violation fails the run.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};
export default preview;
