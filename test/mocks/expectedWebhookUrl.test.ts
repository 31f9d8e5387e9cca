// @vitest-environment node
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ActionResult, MessengerConfig, TelegramConfig } from '../../src';
import {
  createHttpCallbacks,
  createMockHandlers,
  createProviderState,
  MOCK_WEBHOOK_ORIGIN,
  mockWebhookUrl,
  type MockHandlersOptions,
} from '../../src/mocks';

// `createMockHandlers({ connectors: { expectedWebhookUrl } })`: what Test Connection passes
// to the connectors as the contact center's endpoint, reaching the `webhook_ours` check.
const state = createProviderState();
const bot = state.telegram[0]!;
const telegram: TelegramConfig = { type: 'telegram', botUsername: bot.username, token: bot.token };
const seen: MessengerConfig[] = [];

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  Object.assign(state, createProviderState());
  seen.length = 0;
});
afterAll(() => server.close());

async function testConnection(connectors: MockHandlersOptions['connectors']) {
  server.resetHandlers(...createMockHandlers({ connectors }));
  const api = createHttpCallbacks({ baseUrl: 'http://localhost/api' });
  return api.onTestConnection(telegram, { signal: new AbortController().signal });
}

const oursCheck = (result: ActionResult) => result.checks?.find((c) => c.id === 'webhook_ours');

describe('createMockHandlers({ connectors: { expectedWebhookUrl } })', () => {
  it('skips the "is ours" check without it, as the connectors do', async () => {
    state.telegram[0]!.webhookUrl = 'https://old-integration.example/bot';
    const result = await testConnection({ state });
    expect(result.ok).toBe(true);
    expect(oursCheck(result)).toBeUndefined();
  });

  it('true expects the URL the mock Set Webhook registers: passes on it, fails elsewhere', async () => {
    expect(mockWebhookUrl(telegram)).toBe(
      `${MOCK_WEBHOOK_ORIGIN}/webhooks/telegram/${bot.username}`,
    );
    expect(oursCheck(await testConnection({ state, expectedWebhookUrl: true }))).toMatchObject({
      status: 'pass',
      code: 'webhook_ours',
    });
    state.telegram[0]!.webhookUrl = 'https://old-integration.example/bot';
    const result = await testConnection({ state, expectedWebhookUrl: true });
    expect(result).toMatchObject({ ok: false, code: 'webhook_elsewhere' });
    expect(oursCheck(result)).toMatchObject({
      status: 'fail',
      params: { url: 'https://old-integration.example/bot' },
    });
  });

  it('a function chooses the URL from the config; undefined skips the check', async () => {
    const host = 'https://old-integration.example/bot';
    state.telegram[0]!.webhookUrl = host;
    const chosen = await testConnection({
      state,
      expectedWebhookUrl: (config) => {
        seen.push(config);
        return host;
      },
    });
    expect(seen).toEqual([telegram]);
    expect(oursCheck(chosen)).toMatchObject({ status: 'pass' });
    const skipped = await testConnection({ state, expectedWebhookUrl: () => undefined });
    expect(oursCheck(skipped)).toBeUndefined();
  });
});
