import type { HttpHandler } from 'msw';
import type { ProviderMockState } from './state';

/**
 * Mock of the facebook API. TODO(helper): implement.
 * @internal
 */
export function facebookHandlers(_state: ProviderMockState): HttpHandler[] {
  return [];
}
