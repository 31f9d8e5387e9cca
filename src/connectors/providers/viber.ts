import type { ViberConfig } from '../../core/types';
import type { ProviderConnector } from '../types';
import { failure } from '../results';

/**
 * Viber connector. TODO(helper): implement against the real API.
 * @internal
 */
export const viberConnector: ProviderConnector<ViberConfig> = {
  provider: 'Viber',
  testConnection: (_config, ctx) =>
    Promise.resolve(failure('unexpected_response', { provider: ctx.provider })),
};
