// Stories shard 2 of 3 in jsdom (English); see run.tsx.
import { runStories } from './run';

runStories(1, 3);
