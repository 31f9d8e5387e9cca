// Stories shard 6 of 6 in jsdom (English); see run.tsx.
import { runStories } from './run';

runStories(5, 6);
