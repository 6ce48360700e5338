import type { StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import type { ErrorCategory } from '../../src/core/types';
import { type GalleryCase, type GalleryExchange, galleryCases } from './cases';
import type { GalleryCaseView } from './GalleryCaseView';

/**
 * The story of one gallery case: the exchange's payload and what the kit renders for it. Its play
 * checks that the kit gave the payload the category it must have and named the exchange that sent
 * it (told from the request and the envelope when the case does not name it).
 */
export function galleryStory(
  exchange: GalleryExchange,
  category: ErrorCategory,
): StoryObj<typeof GalleryCaseView> & { args: { galleryCase: GalleryCase } } {
  const galleryCase = galleryCases.find((c) => c.exchange === exchange && c.category === category);
  if (!galleryCase) throw new Error(`no gallery case for ${exchange} ${category}`);
  return {
    args: { galleryCase },
    parameters: { docs: { description: { story: galleryCase.note } } },
    play: async ({ canvasElement }) => {
      await waitFor(() => expect(canvasElement.querySelector('[data-testid="resolved"]')).not.toBeNull());
      const resolved = canvasElement.querySelector('[data-testid="resolved"]')!;
      await expect(resolved.getAttribute('data-category')).toBe(category);
      await expect(resolved.querySelector('[data-field="source"]')?.textContent).toBe(exchange);
      const prompt = canvasElement.querySelector('.eek-retry-prompt');
      await expect(prompt?.getAttribute('data-category')).toBe(category);
    },
  };
}
