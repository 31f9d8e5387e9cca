// Stories shard 5 of 6 in jsdom (English); see run.tsx.
import { runStories } from './run';

runStories(4, 6);
