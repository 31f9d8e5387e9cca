import type { HttpHandler } from 'msw';
import type { ProviderMockState } from './state';

/**
 * Mock of the nexmo API. TODO(helper): implement.
 * @internal
 */
export function nexmoHandlers(_state: ProviderMockState): HttpHandler[] {
  return [];
}
