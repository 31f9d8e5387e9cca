// Stories shard 3 of 6 in jsdom (English); see run.tsx.
import { runStories } from './run';

runStories(2, 6);
