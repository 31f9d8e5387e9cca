import type { FacebookConfig } from '../../core/types';
import type { ProviderConnector } from '../types';
import { failure } from '../results';

/**
 * Facebook connector. TODO(helper): implement against the real API.
 * @internal
 */
export const facebookConnector: ProviderConnector<FacebookConfig> = {
  provider: 'Facebook',
  testConnection: (_config, ctx) =>
    Promise.resolve(failure('unexpected_response', { provider: ctx.provider })),
};
