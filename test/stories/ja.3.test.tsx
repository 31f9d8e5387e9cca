// Japanese sweep, shard 3 of 3; see sweepJapanese.tsx.
import { sweepJapanese } from './sweepJapanese';

sweepJapanese(2, 3);
