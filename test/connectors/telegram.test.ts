import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { checkMessages, setWebhook, testConnection } from '../../src/connectors';
import type { ActionResult } from '../../src/core/types';
import type { TelegramConfig } from '../../src/messengers/types';
import { describeConnectorBasics } from './connectorConformance';
import { expectFailure, expectNoSecret, spyFetch } from './helpers';
import { setupProviderMocks } from './providerMocks';

const { state, server } = setupProviderMocks();

const TOKEN = '123456789:AAFAKE-storybook-token-not-real-000';
const config = (overrides: Partial<TelegramConfig> = {}): TelegramConfig => ({
  type: 'telegram',
  botUsername: 'acme_support_bot',
  token: TOKEN,
  ...overrides,
});
const WEBHOOK = 'https://cc.example.com/hooks/telegram/42';
const SECRET = 'FAKE_secret_token_for_tests_0000';
/** A bot token and its secret part (after the colon): neither may appear in a result. */
const secrets = (token: string) => [token, token.split(':')[1] ?? ''];

describe('telegram testConnection', () => {
  it('connects with getMe and reports the bot and its webhook', async () => {
    state().telegram[0].webhookUrl = WEBHOOK;
    state().telegram[0].pendingUpdateCount = 3;
    const result = await testConnection(config());
    expect(result).toMatchObject({
      ok: true,
      code: 'connected',
      message: 'Connected to @acme_support_bot.',
      params: { account: '@acme_support_bot' },
      details: {
        botName: 'ACME Support',
        username: '@acme_support_bot',
        botId: '123456789',
        webhookUrl: WEBHOOK,
        pendingUpdates: '3',
      },
    });
  });

  it('accepts the bot username in another case or with @', async () => {
    const result = await testConnection(config({ botUsername: 'ACME_Support_Bot' }));
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toBeFalsy();
  });

  it('warns on Bot Username when the token belongs to another bot', async () => {
    state().telegram[0].username = 'other_helpdesk_bot';
    const result = await testConnection(config());
    expect(result).toMatchObject({
      ok: true,
      code: 'connected',
      params: { account: '@other_helpdesk_bot' },
      warnings: [
        {
          field: 'botUsername',
          code: 'identity_mismatch_bot',
          params: { actual: 'other_helpdesk_bot' },
          message: 'This token belongs to @other_helpdesk_bot, not to this bot.',
        },
      ],
    });
  });

  it('shows the last webhook delivery error in details', async () => {
    state().telegram[0].webhookUrl = WEBHOOK;
    state().telegram[0].lastErrorMessage = 'Wrong response from the webhook: 502 Bad Gateway';
    const result = await testConnection(config());
    expect(result.ok && result.details).toMatchObject({
      webhookUrl: WEBHOOK,
      lastError: 'Wrong response from the webhook: 502 Bad Gateway',
    });
  });

  it('maps 401 Unauthorized (unknown token) to invalid_token on the token field', async () => {
    const token = '987654321:AAunknown-token-for-this-test-0000000';
    expectFailure(
      await testConnection(config({ token })),
      'invalid_token',
      'token',
      secrets(token),
    );
  });

  it('maps 404 Not Found (a token the API cannot parse) to invalid_token', async () => {
    server.use(
      http.get('https://api.telegram.org/:bot/getMe', () =>
        HttpResponse.json(
          { ok: false, error_code: 404, description: 'Not Found' },
          { status: 404 },
        ),
      ),
    );
    expectFailure(await testConnection(config()), 'invalid_token', 'token', secrets(TOKEN));
  });

  it('maps 429 to rate_limited with parameters.retry_after', async () => {
    const token = '123456789:AAratelimit-token-for-this-test-00000';
    const result = await testConnection(config({ token }));
    expectFailure(result, 'rate_limited', undefined, secrets(token));
    expect(result).toMatchObject({
      params: { provider: 'Telegram', seconds: 7 },
      message: 'Too many requests to Telegram. Wait 7 s and try again.',
    });
  });

  it('falls back to the Retry-After header when the body has no retry_after', async () => {
    server.use(
      http.get('https://api.telegram.org/:bot/getMe', () =>
        HttpResponse.json(
          { ok: false, error_code: 429, description: 'Too Many Requests' },
          { status: 429, headers: { 'Retry-After': '12' } },
        ),
      ),
    );
    const result = await testConnection(config());
    expect(result).toMatchObject({ ok: false, code: 'rate_limited', params: { seconds: 12 } });
  });

  it('maps a 5xx (HTML body) to provider_unavailable', async () => {
    const token = '123456789:AAoutage-token-for-this-test-0000000';
    const result = await testConnection(config({ token }));
    expectFailure(result, 'provider_unavailable', undefined, secrets(token));
    expect(result.ok || result.message).toBe(
      'Telegram is not available right now. Try again later.',
    );
  });

  it('maps an answer that is not the Bot API shape to unexpected_response', async () => {
    server.use(
      http.get('https://api.telegram.org/:bot/getMe', () =>
        HttpResponse.json({ ok: true, result: { id: 'not-a-number' } }),
      ),
    );
    expectFailure(await testConnection(config()), 'unexpected_response', undefined, secrets(TOKEN));
  });

  it('maps a network error to network_error', async () => {
    const token = '123456789:AAnetfail-token-for-this-test-000000';
    expectFailure(
      await testConnection(config({ token })),
      'network_error',
      undefined,
      secrets(token),
    );
  });

  it('calls the Bot API through a custom fetch', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>((input, init) => globalThis.fetch(input, init));
    const result = await testConnection(config(), { fetch });
    expect(result).toMatchObject({ ok: true, code: 'connected' });
    expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([
      `https://api.telegram.org/bot${TOKEN}/getMe`,
      `https://api.telegram.org/bot${TOKEN}/getWebhookInfo`,
    ]);
  });
});

describe('telegram setWebhook', () => {
  it('sets the webhook, then reports it from getWebhookInfo and in Test Connection', async () => {
    const result = await setWebhook(config(), { webhookUrl: WEBHOOK, secretToken: SECRET });
    expect(result).toMatchObject({
      ok: true,
      code: 'webhook_set',
      message: `The webhook is set to ${WEBHOOK}.`,
      params: { url: WEBHOOK },
      details: { webhookUrl: WEBHOOK, pendingUpdates: '0' },
      webhookUrl: WEBHOOK,
    });
    expect(state().telegram[0].webhookUrl).toBe(WEBHOOK);
    const tested = await testConnection(config());
    expect(tested.ok && tested.details?.webhookUrl).toBe(WEBHOOK);
  });

  it('sends setWebhook as a JSON POST with the url, secret_token and allowed_updates', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>((input, init) => globalThis.fetch(input, init));
    await setWebhook(config(), { webhookUrl: WEBHOOK, secretToken: SECRET, fetch });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`https://api.telegram.org/bot${TOKEN}/setWebhook`);
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({
      url: WEBHOOK,
      secret_token: SECRET,
      allowed_updates: ['message', 'edited_message', 'callback_query'],
    });
    expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
  });

  it('maps an http:// URL to webhook_https_required on webhookUrl', async () => {
    const result = await setWebhook(config(), {
      webhookUrl: 'http://cc.example.com/hook',
      secretToken: SECRET,
    });
    expectFailure(result, 'webhook_https_required', 'webhookUrl', secrets(TOKEN));
    expect(state().telegram[0].webhookUrl).toBe(EXPECTED);
  });

  it('maps a port Telegram does not deliver to to webhook_port_not_allowed', async () => {
    const result = await setWebhook(config(), {
      webhookUrl: 'https://cc.example.com:1234/hook',
      secretToken: SECRET,
    });
    expectFailure(result, 'webhook_port_not_allowed', 'webhookUrl', secrets(TOKEN));
    expect(result).toMatchObject({ params: { provider: 'Telegram', ports: '443, 80, 88, 8443' } });
  });

  it('maps other bad webhook errors to webhook_rejected', async () => {
    const result = await setWebhook(config(), {
      webhookUrl: 'https://unreachable.example/hook',
      secretToken: SECRET,
    });
    expectFailure(result, 'webhook_rejected', 'webhookUrl', secrets(TOKEN));
  });

  it('maps an unknown token to invalid_token', async () => {
    const token = '555555555:AAunknown-token-for-this-test-0000000';
    expectFailure(
      await setWebhook(config({ token }), { webhookUrl: WEBHOOK, secretToken: SECRET }),
      'invalid_token',
      'token',
      secrets(token),
    );
  });

  it('maps a rate limit to rate_limited', async () => {
    const token = '123456789:AAratelimit-token-for-this-test-00000';
    const result = await setWebhook(config({ token }), {
      webhookUrl: WEBHOOK,
      secretToken: SECRET,
    });
    expect(result).toMatchObject({ ok: false, code: 'rate_limited', params: { seconds: 7 } });
  });

  it('never sends an empty URL (which would delete the webhook)', async () => {
    state().telegram[0].webhookUrl = WEBHOOK;
    const result = await setWebhook(config(), { webhookUrl: '  ', secretToken: SECRET });
    expect(result).toMatchObject({ ok: false, code: 'invalid_config', field: 'webhookUrl' });
    expect(state().telegram[0].webhookUrl).toBe(WEBHOOK);
  });

  it('still succeeds when getWebhookInfo fails after the webhook was set', async () => {
    server.use(
      http.get('https://api.telegram.org/:bot/getWebhookInfo', () =>
        HttpResponse.text('Bad Gateway', { status: 502 }),
      ),
    );
    const result = await setWebhook(config(), { webhookUrl: WEBHOOK, secretToken: SECRET });
    expect(result).toMatchObject({
      ok: true,
      code: 'webhook_set',
      webhookUrl: WEBHOOK,
      details: { webhookUrl: WEBHOOK },
    });
  });
});

describe('telegram mock', () => {
  it('answers like the Bot API for malformed and unknown tokens and unknown methods', async () => {
    const malformed = await fetch('https://api.telegram.org/botnot-a-token/getMe');
    expect(malformed.status).toBe(404);
    expect(await malformed.json()).toEqual({
      ok: false,
      error_code: 404,
      description: 'Not Found',
    });
    const unknown = await fetch('https://api.telegram.org/bot1:AAunknown/getMe');
    expect(unknown.status).toBe(401);
    expect(await unknown.json()).toEqual({
      ok: false,
      error_code: 401,
      description: 'Unauthorized',
    });
    const method = await fetch(`https://api.telegram.org/bot${TOKEN}/noSuchMethod`);
    expect(method.status).toBe(404);
  });

  it('returns the full getMe and getWebhookInfo objects', async () => {
    const me = (await (await fetch(`https://api.telegram.org/bot${TOKEN}/getMe`)).json()) as {
      result: Record<string, unknown>;
    };
    expect(me.result).toMatchObject({
      id: 123456789,
      is_bot: true,
      first_name: 'ACME Support',
      username: 'acme_support_bot',
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
    });
    state().telegram[0].webhookUrl = '';
    const info = await fetch(`https://api.telegram.org/bot${TOKEN}/getWebhookInfo`);
    expect(await info.json()).toEqual({
      ok: true,
      result: { url: '', has_custom_certificate: false, pending_update_count: 0 },
    });
  });
});

describeConnectorBasics({
  type: 'telegram',
  provider: 'Telegram',
  config,
  slowConfig: config({ token: '123456789:AAslow-token-for-this-test-000000000' }),
  secrets: (cfg) => secrets(cfg.token),
  invalidCases: [
    { field: 'token', over: { token: 'not a token' } },
    { field: 'botUsername', over: { botUsername: 'acme' } },
  ],
  setWebhook: { webhookUrl: WEBHOOK, secretToken: SECRET },
});

const EXPECTED = 'https://contact-center.example/webhooks/telegram/acme_support_bot';

/** The checks of a result as `id:status:code[:field]`, for compact assertions. */
function summary(result: ActionResult): string[] {
  return (result.checks ?? []).map((c) =>
    [c.id, c.status, c.code, ...(c.field ? [c.field] : [])].join(':'),
  );
}

describe('telegram delivery checks', () => {
  it('pass in order for a bot whose webhook points here and delivers', async () => {
    const result = await testConnection(config(), { expectedWebhookUrl: EXPECTED });
    expect(result).toMatchObject({ ok: true, code: 'connected' });
    expect(summary(result)).toEqual([
      'token:pass:token_valid',
      'identity:pass:identity_confirmed',
      'webhook_set:pass:webhook_present',
      'webhook_ours:pass:webhook_ours',
      'updates:pass:updates_include_messages',
      'delivery_errors:pass:delivery_ok',
      'pending_updates:pass:updates_pending_ok',
    ]);
    expect(result.checks?.[2].message).toBe(`A webhook is set: ${EXPECTED}.`);
  });

  it('skip "webhook is ours" without expectedWebhookUrl (not passed)', async () => {
    const result = await testConnection(config());
    expect(result.ok).toBe(true);
    expect(result.checks?.map((c) => c.id)).not.toContain('webhook_ours');
  });

  it('fail on the token and stop when getMe is refused', async () => {
    const token = '987654321:AAunknown-token-for-this-test-0000000';
    const result = await testConnection(config({ token }), { expectedWebhookUrl: EXPECTED });
    expectFailure(result, 'invalid_token', 'token', secrets(token));
    expect(summary(result)).toEqual(['token:fail:invalid_token:token']);
  });

  it('warn on Bot Username when the token is another bot’s, and still pass', async () => {
    const result = await testConnection(config({ botUsername: 'acme_sales_bot' }));
    expect(result.ok).toBe(true);
    expect(summary(result)[1]).toBe('identity:warn:identity_mismatch_bot:botUsername');
  });

  it('fail "press Set Webhook" when no webhook is set, and stop there', async () => {
    state().telegram[0].webhookUrl = '';
    const result = await testConnection(config(), { expectedWebhookUrl: EXPECTED });
    expect(result).toMatchObject({ ok: false, code: 'webhook_not_set' });
    expect(result.ok || result.field).toBeUndefined();
    expect(result.message).toContain('Press Set Webhook');
    expect(summary(result).slice(2)).toEqual(['webhook_set:fail:webhook_not_set']);
  });

  it('fail naming where the webhook points when it is not ours', async () => {
    state().telegram[0].webhookUrl = 'https://old-vendor.example/tg';
    const result = await testConnection(config(), { expectedWebhookUrl: EXPECTED });
    expect(result).toMatchObject({
      ok: false,
      code: 'webhook_elsewhere',
      params: { url: 'https://old-vendor.example/tg' },
    });
    expect(result.message).toContain('https://old-vendor.example/tg');
    expect(summary(result).slice(-1)).toEqual(['webhook_ours:fail:webhook_elsewhere']);
  });

  it('fail when allowed_updates filter messages out', async () => {
    state().telegram[0].allowedUpdates = ['callback_query', 'poll'];
    const result = await testConnection(config(), { expectedWebhookUrl: EXPECTED });
    expect(result).toMatchObject({
      ok: false,
      code: 'updates_filtered',
      params: { provider: 'Telegram', updates: 'callback_query, poll' },
    });
    expect(summary(result)).toContain('updates:fail:updates_filtered');
  });

  it('warn with the last delivery error of the last 24 hours', async () => {
    state().telegram[0].lastErrorMessage = 'Wrong response from the webhook: 502 Bad Gateway';
    const result = await testConnection(config(), { expectedWebhookUrl: EXPECTED });
    expect(result.ok).toBe(true);
    const check = result.checks?.find((c) => c.id === 'delivery_errors');
    expect(check).toMatchObject({
      status: 'warn',
      code: 'webhook_last_error',
      params: { error: 'Wrong response from the webhook: 502 Bad Gateway' },
    });
  });

  it('pass when the last delivery error is older than 24 hours', async () => {
    state().telegram[0].lastErrorMessage = 'Connection timed out';
    state().telegram[0].lastErrorDate = Math.floor(Date.now() / 1000) - 25 * 3600;
    const result = await testConnection(config());
    expect(result.checks?.find((c) => c.id === 'delivery_errors')?.status).toBe('pass');
  });

  it('redact the token from a last_error_message that echoes it', async () => {
    state().telegram[0].lastErrorMessage = `Bad answer for bot${TOKEN}`;
    const result = await testConnection(config());
    expectNoSecret(result, secrets(TOKEN));
  });

  it('warn from 100 pending updates', async () => {
    state().telegram[0].pendingUpdateCount = 100;
    const result = await testConnection(config());
    expect(result.ok).toBe(true);
    expect(summary(result)).toContain('pending_updates:warn:updates_pending');
    state().telegram[0].pendingUpdateCount = 99;
    expect(summary(await testConnection(config()))).toContain(
      'pending_updates:pass:updates_pending_ok',
    );
  });

  it('answer in Japanese with locale ja', async () => {
    state().telegram[0].webhookUrl = '';
    const result = await testConnection(config(), { locale: 'ja' });
    expect(result.message).toBe(
      checkMessages.ja['result.webhook_not_set'].replace('{provider}', 'Telegram'),
    );
    expect(result.checks?.[0].message).toBe('Telegram がトークンを受け付けました。');
  });
});

describe('telegram Set Webhook with a secret token', () => {
  it('is refused without secretToken, before any request', async () => {
    const { calls, fetch } = spyFetch();
    const result = await setWebhook(config(), { webhookUrl: WEBHOOK, fetch });
    expect(result).toMatchObject({ ok: false, code: 'secret_token_required' });
    expect(summary(result)).toEqual(['secret_token:fail:secret_token_required']);
    expect(calls).toHaveLength(0);
    expect(state().telegram[0].webhookUrl).toBe(EXPECTED);
  });

  it.each(['', 'has space', 'x'.repeat(257), 'ünïcode'])(
    'is refused with the malformed secret %j',
    async (secretToken) => {
      const result = await setWebhook(config(), { webhookUrl: WEBHOOK, secretToken });
      expect(result).toMatchObject({ ok: false, code: 'secret_token_required' });
    },
  );

  it('the mock records the secret and allowed_updates; checks say what was set', async () => {
    state().telegram[0].allowedUpdates = ['callback_query'];
    const result = await setWebhook(config(), { webhookUrl: WEBHOOK, secretToken: SECRET });
    expect(state().telegram[0]).toMatchObject({
      webhookUrl: WEBHOOK,
      secretToken: SECRET,
      allowedUpdates: ['message', 'edited_message', 'callback_query'],
    });
    expect(summary(result)).toEqual([
      'webhook_set:pass:webhook_registered',
      'secret_token:pass:secret_token_set',
      'updates:pass:updates_requested',
    ]);
    expectNoSecret(result, SECRET);
    const tested = await testConnection(config(), { expectedWebhookUrl: WEBHOOK });
    expect(tested.ok).toBe(true);
  });

  it('drops pending updates only when dropPendingUpdates is true', async () => {
    state().telegram[0].pendingUpdateCount = 150;
    const fetch = vi.fn<typeof globalThis.fetch>((input, init) => globalThis.fetch(input, init));
    await setWebhook(config(), { webhookUrl: WEBHOOK, secretToken: SECRET, fetch });
    expect(state().telegram[0].pendingUpdateCount).toBe(150);
    expect(JSON.parse(String(fetch.mock.calls[0][1]?.body))).not.toHaveProperty(
      'drop_pending_updates',
    );
    const result = await setWebhook(config(), {
      webhookUrl: WEBHOOK,
      secretToken: SECRET,
      dropPendingUpdates: true,
    });
    expect(state().telegram[0].pendingUpdateCount).toBe(0);
    expect(summary(result)).toContain('pending_updates:pass:pending_dropped');
  });
});
