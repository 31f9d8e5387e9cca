// Japanese sweep, shard 1 of 2; see sweepJapanese.tsx.
import { sweepJapanese } from './sweepJapanese';

sweepJapanese(0, 2);
