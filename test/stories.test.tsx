/// <reference types="vite/client" />
import { composeStories } from '@storybook/react-vite';
import { describe, it } from 'vitest';

type StoriesModule = Parameters<typeof composeStories>[0];

// Every story of every stories file runs in jsdom: render, loaders (MSW), play and axe.
// The same stories run in real Chromium with `npm run test:browser`.
const modules = import.meta.glob<StoriesModule>('../stories/**/*.stories.tsx', { eager: true });

for (const [file, module] of Object.entries(modules)) {
  describe(file.replace('../stories/', ''), () => {
    const composed = composeStories(module) as Record<string, { run: () => Promise<void> }>;
    for (const [name, Story] of Object.entries(composed)) {
      it(name, async () => {
        await Story.run();
      });
    }
  });
}
