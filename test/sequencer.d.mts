import { BaseSequencer } from 'vitest/node';

/** The story shards first (see sequencer.mjs). */
export default class StoriesFirst extends BaseSequencer {}
