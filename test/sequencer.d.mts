import { BaseSequencer } from 'vitest/node';

/** The test files in a fixed order, heaviest first (see sequencer.mjs). */
export default class HeaviestFirst extends BaseSequencer {}
