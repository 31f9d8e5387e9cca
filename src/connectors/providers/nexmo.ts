import type { NexmoConfig } from '../../core/types';
import type { ProviderConnector } from '../types';
import { failure } from '../results';

/**
 * Nexmo connector. TODO(helper): implement against the real API.
 * @internal
 */
export const nexmoConnector: ProviderConnector<NexmoConfig> = {
  provider: 'Nexmo',
  testConnection: (_config, ctx) =>
    Promise.resolve(failure('unexpected_response', { provider: ctx.provider })),
};
