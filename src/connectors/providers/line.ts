import type { LineConfig } from '../../core/types';
import type { ProviderConnector } from '../types';
import { failure } from '../results';

/**
 * LINE connector. TODO(helper): implement against the real API.
 * @internal
 */
export const lineConnector: ProviderConnector<LineConfig> = {
  provider: 'LINE',
  testConnection: (_config, ctx) =>
    Promise.resolve(failure('unexpected_response', { provider: ctx.provider })),
};
