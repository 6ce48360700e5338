import type { Preview } from '@storybook/react-vite';
import '../src/styles.css';
import './preview.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Every story is an accessibility test: an axe violation fails the run.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};
export default preview;
