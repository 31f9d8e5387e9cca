// Stories shard 3 of 3 in jsdom (English); see run.tsx.
import { runStories } from './run';

runStories(2, 3);
