// @vitest-environment node
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateMessengerConfig } from '../../src';
import { createHttpCallbacks, createMockHandlers, MOCK_STORED_SECRETS } from '../../src/mocks';

const server = setupServer(...createMockHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const { onTestConnection, onSetWebhook } = createHttpCallbacks({
  baseUrl: 'http://localhost/api',
});
const ctx = () => ({ signal: new AbortController().signal });

describe('mocks: edit scenario (stored secrets)', () => {
  it('the stored secrets of the mock account are valid configs', () => {
    for (const [type, secrets] of Object.entries(MOCK_STORED_SECRETS)) {
      const base = {
        facebook: { pageUsername: 'acme.support.demo', pageId: '123' },
        line: { name: 'ACME' },
        nexmo: { name: 'ACME', key: 'FAKEKEY0' },
        telegram: { botUsername: 'acme_support_bot' },
        viber: { botUsername: 'acme_support' },
      }[type];
      expect(validateMessengerConfig({ type, ...base, ...secrets }).ok).toBe(true);
    }
  });

  it('a request without the token is answered with the stored one', async () => {
    const result = await onTestConnection(
      { type: 'telegram', botUsername: 'acme_support_bot' },
      ctx(),
    );
    // The contract mock answers with the passing delivery checks, which the adapter keeps.
    const { checks, ...rest } = result;
    expect(rest).toEqual({
      ok: true,
      message: 'Connected to @acme_support_bot (Telegram bot), using the stored token',
      details: { username: '@acme_support_bot' },
    });
    expect(checks?.map((c) => `${c.id}:${c.status}`)).toEqual([
      'token:pass',
      'identity:pass',
      'webhook_set:pass',
      'webhook_ours:pass',
      'updates:pass',
      'delivery_errors:pass',
      'pending_updates:pass',
    ]);
    const webhook = await onSetWebhook(
      { type: 'telegram', botUsername: 'acme_support_bot' },
      ctx(),
    );
    expect(webhook.ok).toBe(true);
  });

  it('a Facebook Page without a username, its stored secrets kept (App Secret included)', async () => {
    expect(MOCK_STORED_SECRETS.facebook.appSecret).toBeTruthy();
    expect(MOCK_STORED_SECRETS.line.channelSecret).toBeTruthy();
    const result = await onTestConnection({ type: 'facebook', pageId: '104523878912345' }, ctx());
    expect(result).toMatchObject({ ok: true, details: { pageId: '104523878912345' } });
    expect(result.ok && result.details).not.toHaveProperty('username');
    expect(result.ok && result.message).toMatch(/104523878912345/);
    expect(result.ok && result.message).not.toMatch(/@undefined/);
  });

  it('a replaced token is the one checked', async () => {
    const ok = await onTestConnection(
      {
        type: 'telegram',
        botUsername: 'acme_support_bot',
        token: '987654321:AAnew-rotated-token-not-real-00000000',
      },
      ctx(),
    );
    expect(ok).toMatchObject({
      ok: true,
      message: 'Connected to @acme_support_bot (Telegram bot)',
    });
    const invalid = await onTestConnection(
      {
        type: 'telegram',
        botUsername: 'acme_support_bot',
        token: '987654321:AAinvalid-rotated-token-000',
      },
      ctx(),
    );
    expect(invalid).toMatchObject({ ok: false, field: 'token', code: 'invalid_token' });
  });

  it('an empty token is still an invalid config (only an absent one means "stored")', async () => {
    const result = await onTestConnection(
      { type: 'telegram', botUsername: 'acme_support_bot', token: '' },
      ctx(),
    );
    expect(result).toMatchObject({ ok: false, field: 'token' });
  });
});
