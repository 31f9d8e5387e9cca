import type { TelegramConfig } from '../../core/types';
import type { ProviderConnector } from '../types';
import { failure } from '../results';

/**
 * Telegram connector. TODO(helper): implement against the real API.
 * @internal
 */
export const telegramConnector: ProviderConnector<TelegramConfig> = {
  provider: 'Telegram',
  testConnection: (_config, ctx) =>
    Promise.resolve(failure('unexpected_response', { provider: ctx.provider })),
};
