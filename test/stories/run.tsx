import { composeStories } from '@storybook/react-vite';
import { describe, it } from 'vitest';
import { storiesOfShard } from './shards';

/**
 * Every story of every stories file runs in jsdom: render, loaders (MSW), play
 * and axe — here the stories of shard `shard` of `of` (see `en.*.test.tsx`).
 * The same stories run in real Chromium with `npm run test:browser`.
 */
export function runStories(shard: number, of: number): void {
  for (const { file, module, names } of storiesOfShard(shard, of)) {
    if (names.length === 0) continue;
    describe(file, () => {
      const composed = composeStories(module) as Record<string, { run: () => Promise<void> }>;
      for (const name of names) {
        it(name, async () => {
          await composed[name]!.run();
        });
      }
    });
  }
}
