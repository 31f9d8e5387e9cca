// Japanese sweep, shard 2 of 3; see sweepJapanese.tsx.
import { sweepJapanese } from './sweepJapanese';

sweepJapanese(1, 3);
