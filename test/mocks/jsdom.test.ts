// Runs in the default jsdom environment, where component tests use the mocks:
// MSW resolves plain relative paths against `location` there, so the handlers
// must still match any origin.
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHttpCallbacks, createMockHandlers } from '../../src/mocks';
import { telegram } from './fixtures';

const server = setupServer(...createMockHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it.each(['/api', 'http://localhost/api', 'https://other.example/api/'])(
  'answers requests to %s in jsdom',
  async (baseUrl) => {
    const result = await createHttpCallbacks({ baseUrl }).onTestConnection(telegram, {
      signal: new AbortController().signal,
    });
    expect(result).toMatchObject({
      ok: true,
      message: 'Connected to @acme_support_bot (Telegram bot)',
    });
  },
);
