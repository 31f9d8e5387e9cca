import type { HttpHandler } from 'msw';
import type { ProviderMockState } from './state';

/**
 * Mock of the line API. TODO(helper): implement.
 * @internal
 */
export function lineHandlers(_state: ProviderMockState): HttpHandler[] {
  return [];
}
