import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import {
  createProviderHandlers,
  createProviderState,
  type ProviderMockState,
} from '../../src/mocks';

/**
 * Serves the provider mocks (`createProviderHandlers`) in Node for the tests
 * of one file, with a fresh provider state per test. Any request that no mock
 * answers fails the test: nothing beyond the mocks is contacted.
 * @returns `state()`: the current test's provider state (seed or inspect it);
 * `server`: to add one-off handlers with `server.use(...)`.
 */
export function setupProviderMocks() {
  let state: ProviderMockState = createProviderState();
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    state = createProviderState();
    server.resetHandlers(...createProviderHandlers({ state }));
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return { state: () => state, server };
}
