import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { setWebhook, testConnection } from '../../src/connectors';
import type { ActionResult } from '../../src/core/types';
import type { LineConfig } from '../../src/messengers/types';
import { describeConnectorBasics } from './connectorConformance';
import { expectFailure, expectNoSecret, spyFetch } from './helpers';
import { setupProviderMocks } from './providerMocks';

// Not a React hook: registers the msw server's beforeAll/afterAll (the name trips the lint rule).
const mocks = setupProviderMocks();

const TOKEN = 'FAKE-line-channel-access-token-storybook-not-real-000000';
const BOT_INFO = 'https://api.line.me/v2/bot/info';
const WEBHOOK_ENDPOINT = 'https://api.line.me/v2/bot/channel/webhook/endpoint';
const EXPECTED = 'https://contact-center.example/webhooks/line/acme_support';

function config(overrides: Partial<LineConfig> = {}): LineConfig {
  return { type: 'line', name: 'Support desk', token: TOKEN, ...overrides };
}

describe('LINE testConnection', () => {
  it('connects and reports the bot name, basic ID and chat mode', async () => {
    const result = await testConnection(config());
    expect(result).toMatchObject({
      ok: true,
      code: 'connected',
      message: 'Connected to ACME Support.',
      params: { account: 'ACME Support' },
      details: {
        botName: 'ACME Support',
        basicId: '@000fake',
        chatMode: 'bot',
        webhookUrl: EXPECTED,
      },
    });
    expectNoSecret(result, TOKEN);
  });

  it('reports the webhook endpoint when one is set', async () => {
    mocks.state().line[0].webhookUrl = 'https://cc.example.com/line/hook';
    const result = await testConnection(config());
    expect(result.ok).toBe(true);
    expect(result.ok && result.details?.webhookUrl).toBe('https://cc.example.com/line/hook');
  });

  it('fails with provider_unavailable when the webhook endpoint lookup fails, keeping the token check', async () => {
    mocks.server.use(
      http.get(WEBHOOK_ENDPOINT, () =>
        HttpResponse.json({ message: 'Internal Server Error' }, { status: 500 }),
      ),
    );
    const result = await testConnection(config());
    expect(result).toMatchObject({ ok: false, code: 'provider_unavailable' });
    expect(summary(result)).toEqual(['token:pass:token_valid']);
  });

  it('sends the token in an Authorization header, never in the URL', async () => {
    const { calls, fetch } = spyFetch();
    const result = await testConnection(config(), { fetch });
    expect(result.ok).toBe(true);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `GET ${BOT_INFO}`,
      `GET ${WEBHOOK_ENDPOINT}`,
    ]);
    for (const call of calls) {
      expect(call.url).not.toContain(TOKEN);
      expect(call.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    }
  });

  it.each([
    {
      name: 'an unknown token (401)',
      token: 'FAKE-line-unknown-token-not-real-000000',
      code: 'invalid_token',
      field: 'token',
      message:
        'LINE rejected this token. Copy it again in full; it may have been revoked or regenerated.',
    },
    {
      name: 'a rate limit (429 without Retry-After)',
      token: 'FAKE-line-ratelimit-token-not-real-000000',
      code: 'rate_limited_unknown',
      field: undefined,
      message: 'Too many requests to LINE. Wait a minute and try again.',
    },
    {
      name: 'an outage (503)',
      token: 'FAKE-line-outage-token-not-real-000000',
      code: 'provider_unavailable',
      field: undefined,
      message: 'LINE is not available right now. Try again later.',
    },
    {
      name: 'a network error',
      token: 'FAKE-line-netfail-token-not-real-000000',
      code: 'network_error',
      field: undefined,
      message: "Could not reach LINE. Check the server's internet connection and proxy settings.",
    },
  ])('fails on $name', async ({ token, code, field, message }) => {
    const result = await testConnection(config({ token }));
    expectFailure(result, code, field, token);
    expect(result.message).toBe(message);
  });

  it('fails with permission_denied on the token on a 403', async () => {
    mocks.server.use(
      http.get(BOT_INFO, () =>
        HttpResponse.json({ message: 'Not authorized to use this endpoint.' }, { status: 403 }),
      ),
    );
    const result = await testConnection(config());
    expect(result).toMatchObject({ ok: false, code: 'permission_denied', field: 'token' });
    expect(result.message).toBe(
      'LINE accepted the token but refused the request: it lacks a permission the account needs.',
    );
    expectNoSecret(result, TOKEN);
  });

  it('uses Retry-After when LINE sends one with a 429', async () => {
    mocks.server.use(
      http.get(BOT_INFO, () =>
        HttpResponse.json(
          { message: 'The API rate limit has been exceeded. Try again later.' },
          { status: 429, headers: { 'retry-after': '12' } },
        ),
      ),
    );
    const result = await testConnection(config());
    expect(result).toMatchObject({
      ok: false,
      code: 'rate_limited',
      params: { provider: 'LINE', seconds: 12 },
      message: 'Too many requests to LINE. Wait 12 s and try again.',
    });
  });

  it('fails with unexpected_response on a 200 that is not bot info', async () => {
    mocks.server.use(http.get(BOT_INFO, () => HttpResponse.json({ userId: 'U0' })));
    const result = await testConnection(config());
    expect(result).toMatchObject({ ok: false, code: 'unexpected_response' });
  });

  it('fails with unexpected_response on a 404', async () => {
    mocks.server.use(
      http.get(BOT_INFO, () => HttpResponse.json({ message: 'Not found' }, { status: 404 })),
    );
    const result = await testConnection(config());
    expect(result).toMatchObject({ ok: false, code: 'unexpected_response' });
  });
});

describeConnectorBasics({
  type: 'line',
  provider: 'LINE',
  config,
  slowConfig: config({ token: 'FAKE-line-slow-token-not-real-000000' }),
  secrets: (cfg) => [cfg.token],
  invalidCases: [
    { field: 'token', over: { token: '' } },
    { field: 'name', over: { name: '' }, why: 'empty' },
    { field: 'name', over: { name: 'x'.repeat(101) }, why: 'too long' },
  ],
  setWebhook: { webhookUrl: EXPECTED },
});

/** The checks of a result as `id:status:code[:field]`. */
function summary(result: ActionResult): string[] {
  return (result.checks ?? []).map((c) =>
    [c.id, c.status, c.code, ...(c.field ? [c.field] : [])].join(':'),
  );
}

describe('LINE delivery checks', () => {
  it('pass in order when the endpoint is ours and Use webhook is on', async () => {
    const result = await testConnection(config(), { expectedWebhookUrl: EXPECTED });
    expect(result.ok).toBe(true);
    expect(summary(result)).toEqual([
      'token:pass:token_valid',
      'webhook_set:pass:webhook_present',
      'webhook_ours:pass:webhook_ours',
      'webhook_active:pass:webhook_active',
    ]);
  });

  it('fail on the token for an unknown token', async () => {
    const token = 'FAKE-line-unknown-token-not-real-000000';
    const result = await testConnection(config({ token }));
    expect(summary(result)).toEqual(['token:fail:invalid_token:token']);
  });

  it('fail "press Set Webhook" without an endpoint', async () => {
    mocks.state().line[0].webhookUrl = '';
    const result = await testConnection(config(), { expectedWebhookUrl: EXPECTED });
    expect(result).toMatchObject({ ok: false, code: 'webhook_not_set' });
    expect(summary(result)).toEqual(['token:pass:token_valid', 'webhook_set:fail:webhook_not_set']);
  });

  it('fail naming the endpoint when it is not ours; skip the check without expectedWebhookUrl', async () => {
    mocks.state().line[0].webhookUrl = 'https://old-vendor.example/line';
    const result = await testConnection(config(), { expectedWebhookUrl: EXPECTED });
    expect(result).toMatchObject({
      ok: false,
      code: 'webhook_elsewhere',
      params: { url: 'https://old-vendor.example/line' },
    });
    const skipped = await testConnection(config());
    expect(skipped.ok).toBe(true);
    expect(skipped.checks?.map((c) => c.id)).not.toContain('webhook_ours');
  });

  it('fail when Use webhook is off (active: false)', async () => {
    mocks.state().line[0].webhookActive = false;
    const result = await testConnection(config(), { expectedWebhookUrl: EXPECTED });
    expect(result).toMatchObject({ ok: false, code: 'webhook_inactive' });
    expect(result.message).toContain('Turn on Use webhook in the LINE Official Account Manager');
    expect(summary(result).slice(-1)).toEqual(['webhook_active:fail:webhook_inactive']);
  });
});

describe('LINE Set Webhook', () => {
  const URL = 'https://cc.example.com/webhooks/line/7';

  it('sets the endpoint, runs the webhook test and reports it', async () => {
    mocks.state().line[0].webhookUrl = '';
    const { calls, fetch } = spyFetch();
    const result = await setWebhook(config(), { webhookUrl: URL, fetch });
    expect(result).toMatchObject({ ok: true, code: 'webhook_set', webhookUrl: URL });
    expect(summary(result)).toEqual([
      'webhook_set:pass:webhook_registered',
      'webhook_test:pass:webhook_test_ok',
      'webhook_active:pass:webhook_active',
    ]);
    expect(result.checks?.[1].params).toEqual({ statusCode: 200 });
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      `PUT ${WEBHOOK_ENDPOINT}`,
      'POST https://api.line.me/v2/bot/channel/webhook/test',
      `GET ${WEBHOOK_ENDPOINT}`,
    ]);
    expect(mocks.state().line[0].webhookUrl).toBe(URL);
    expect((await testConnection(config(), { expectedWebhookUrl: URL })).ok).toBe(true);
  });

  it('reports a failing webhook test with LINE’s reason and status', async () => {
    mocks.state().line[0].webhookStatusCode = 500;
    const result = await setWebhook(config(), { webhookUrl: URL });
    expect(result).toMatchObject({
      ok: false,
      code: 'webhook_test_failed',
      params: { statusCode: 500, reason: 'ERROR_STATUS_CODE', detail: '500' },
    });
    expect(summary(result)).toContain('webhook_test:fail:webhook_test_failed');
  });

  it('reports an endpoint LINE cannot reach (status 0, COULD_NOT_CONNECT)', async () => {
    const result = await setWebhook(config(), { webhookUrl: 'https://unreachable.example/line' });
    expect(result).toMatchObject({
      ok: false,
      code: 'webhook_test_failed',
      params: { statusCode: 0, reason: 'COULD_NOT_CONNECT' },
    });
  });

  it('still fails on active when Use webhook is off after setting', async () => {
    mocks.state().line[0].webhookActive = false;
    const result = await setWebhook(config(), { webhookUrl: URL });
    expect(result).toMatchObject({ ok: false, code: 'webhook_inactive' });
  });

  it('maps LINE refusing the URL (400) to webhook_rejected', async () => {
    const result = await setWebhook(config(), { webhookUrl: 'http://cc.example.com/line' });
    expect(result).toMatchObject({ ok: false, code: 'webhook_rejected' });
    expect(summary(result)).toEqual(['webhook_set:fail:webhook_rejected']);
  });
});
