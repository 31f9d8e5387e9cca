// Japanese sweep, shard 1 of 3; see sweepJapanese.tsx.
import { sweepJapanese } from './sweepJapanese';

sweepJapanese(0, 3);
