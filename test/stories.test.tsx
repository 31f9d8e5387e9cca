import { composeStories } from '@storybook/react-vite';
import { describe, it } from 'vitest';

// Every story of every stories file runs in jsdom: render, loaders (MSW), play and axe.
const modules = import.meta.glob<Record<string, unknown>>('../stories/**/*.stories.tsx', {
  eager: true,
});

for (const [file, module] of Object.entries(modules)) {
  describe(file.replace('../stories/', ''), () => {
    const composed = composeStories(module as Parameters<typeof composeStories>[0]);
    for (const [name, Story] of Object.entries(composed)) {
      it(name, async () => {
        await Story.run();
      });
    }
  });
}
