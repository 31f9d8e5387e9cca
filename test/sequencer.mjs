import { BaseSequencer } from 'vitest/node';

/**
 * The story shards first. vitest orders files by their last durations, else (a
 * fresh clone, CI) by size: the shard files are three lines long, so they came
 * last although each runs a fifth of every story — the run then ended with a
 * long tail of one or two workers busy.
 */
export default class StoriesFirst extends BaseSequencer {
  /** @param {import('vitest/node').TestSpecification[]} files */
  async sort(files) {
    const sorted = await super.sort(files);
    const isShard = (file) => file.moduleId.includes('/test/stories/');
    return [...sorted.filter(isShard), ...sorted.filter((file) => !isShard(file))];
  }
}
