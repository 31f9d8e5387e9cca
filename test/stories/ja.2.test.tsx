// Japanese sweep, shard 2 of 2; see sweepJapanese.tsx.
import { sweepJapanese } from './sweepJapanese';

sweepJapanese(1, 2);
