import type { HttpHandler } from 'msw';
import type { ProviderMockState } from './state';

/**
 * Mock of the telegram API. TODO(helper): implement.
 * @internal
 */
export function telegramHandlers(_state: ProviderMockState): HttpHandler[] {
  return [];
}
