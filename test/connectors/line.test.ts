import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { testConnection } from '../../src/connectors';
import type { LineConfig } from '../../src/messengers/types';
import { describeConnectorBasics } from './connectorConformance';
import { expectFailure, expectNoSecret, spyFetch } from './helpers';
import { setupProviderMocks } from './providerMocks';

// Not a React hook: registers the msw server's beforeAll/afterAll (the name trips the lint rule).
const mocks = setupProviderMocks();

const TOKEN = 'FAKE-line-channel-access-token-storybook-not-real-000000';
const BOT_INFO = 'https://api.line.me/v2/bot/info';
const WEBHOOK_ENDPOINT = 'https://api.line.me/v2/bot/channel/webhook/endpoint';

function config(overrides: Partial<LineConfig> = {}): LineConfig {
  return { type: 'line', name: 'Support desk', token: TOKEN, ...overrides };
}

describe('LINE testConnection', () => {
  it('connects and reports the bot name, basic ID and chat mode', async () => {
    const result = await testConnection(config());
    expect(result).toEqual({
      ok: true,
      code: 'connected',
      message: 'Connected to ACME Support.',
      params: { account: 'ACME Support' },
      details: { botName: 'ACME Support', basicId: '@000fake', chatMode: 'bot' },
    });
    expectNoSecret(result, TOKEN);
  });

  it('reports the webhook endpoint when one is set', async () => {
    mocks.state().line[0].webhookUrl = 'https://cc.example.com/line/hook';
    const result = await testConnection(config());
    expect(result.ok).toBe(true);
    expect(result.ok && result.details?.webhookUrl).toBe('https://cc.example.com/line/hook');
  });

  it('still connects when the webhook endpoint lookup fails', async () => {
    mocks.server.use(
      http.get(WEBHOOK_ENDPOINT, () =>
        HttpResponse.json({ message: 'Internal Server Error' }, { status: 500 }),
      ),
    );
    const result = await testConnection(config());
    expect(result).toMatchObject({ ok: true, code: 'connected' });
    expect(result.ok && result.details).toEqual({
      botName: 'ACME Support',
      basicId: '@000fake',
      chatMode: 'bot',
    });
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
  setWebhook: false,
});
