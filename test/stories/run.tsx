import { composeStories } from '@storybook/react-vite';
import { describe, it } from 'vitest';
import { withStyles } from '../setup-emotion';
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
      const composed = composeStories(module) as Record<
        string,
        { run: () => Promise<void>; parameters: { jsdomStyles?: boolean } }
      >;
      for (const name of names) {
        it(name, async () => {
          // Style rules only for stories that assert computed styles (see setup-emotion.ts).
          if (composed[name]!.parameters.jsdomStyles) withStyles();
          await composed[name]!.run();
        });
      }
    });
  }
}
