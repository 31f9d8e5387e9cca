import type { HttpHandler } from 'msw';
import type { ProviderMockState } from './state';

/**
 * Mock of the viber API. TODO(helper): implement.
 * @internal
 */
export function viberHandlers(_state: ProviderMockState): HttpHandler[] {
  return [];
}
