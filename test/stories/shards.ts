/// <reference types="vite/client" />
import { composeStories } from '@storybook/react-vite';

export type StoriesModule = Parameters<typeof composeStories>[0];

// Every stories file; each shard file runs a slice of its stories.
const modules = import.meta.glob<StoriesModule>('../../stories/**/*.stories.tsx', { eager: true });

/**
 * The stories files with the names of the stories shard `shard` (0-based) of
 * `of` runs: stories are dealt out in turn, so the slow ones (the editing
 * flows) spread over the shards and vitest runs the shards in parallel.
 */
export function storiesOfShard(shard: number, of: number) {
  let index = 0;
  return Object.entries(modules).map(([file, module]) => {
    const names = Object.keys(composeStories(module)).filter(() => index++ % of === shard);
    return { file: file.replace('../../stories/', ''), module, names };
  });
}
