// Stories shard 1 of 3 in jsdom (English); see run.tsx.
import { runStories } from './run';

runStories(0, 3);
