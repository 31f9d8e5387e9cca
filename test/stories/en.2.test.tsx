// Stories shard 2 of 6 in jsdom (English); see run.tsx.
import { runStories } from './run';

runStories(1, 6);
