// Stories shard 4 of 6 in jsdom (English); see run.tsx.
import { runStories } from './run';

runStories(3, 6);
