// Stories shard 1 of 6 in jsdom (English); see run.tsx.
import { runStories } from './run';

runStories(0, 6);
