import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { setWebhook, testConnection } from '../../src/connectors';
import type { ActionResult } from '../../src/core/types';
import type { ViberConfig } from '../../src/messengers/types';
import { describeConnectorBasics } from './connectorConformance';
import { expectFailure } from './helpers';
import { setupProviderMocks } from './providerMocks';

const { state, server } = setupProviderMocks();

const TOKEN = '0123456789abcdef-0123456789abcdef-0123456789abcdef';
const config = (overrides: Partial<ViberConfig> = {}): ViberConfig => ({
  type: 'viber',
  botUsername: 'acme_support',
  token: TOKEN,
  ...overrides,
});
const WEBHOOK = 'https://office.example.com:1234/viber';
const VIBER = 'https://chatapi.viber.com/pa';
const EXPECTED = 'https://contact-center.example/webhooks/viber/acme_support';

/** Makes both Viber endpoints answer `{ status, status_message }` with HTTP 200. */
function viberAnswers(status: number, statusMessage: string) {
  server.use(
    http.post(`${VIBER}/:endpoint`, () =>
      HttpResponse.json({ status, status_message: statusMessage }),
    ),
  );
}

describe('viber testConnection', () => {
  it('connects with get_account_info and reports the account', async () => {
    state().viber[0].webhookUrl = WEBHOOK;
    const result = await testConnection(config());
    expect(result).toMatchObject({
      ok: true,
      code: 'connected',
      message: 'Connected to ACME Support.',
      params: { account: 'ACME Support' },
      details: {
        botName: 'ACME Support',
        username: 'acme_support',
        subscribers: '57',
        webhookUrl: WEBHOOK,
      },
    });
  });

  it('sends a POST with X-Viber-Auth-Token and a JSON body through a custom fetch', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>((input, init) => globalThis.fetch(input, init));
    const result = await testConnection(config(), { fetch });
    expect(result).toMatchObject({ ok: true, code: 'connected' });
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`${VIBER}/get_account_info`);
    expect(init?.method).toBe('POST');
    const headers = new Headers(init?.headers);
    expect(headers.get('x-viber-auth-token')).toBe(TOKEN);
    expect(headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({});
  });

  it('accepts the URI in another case or with @', async () => {
    const result = await testConnection(config({ botUsername: '@ACME_Support' }));
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toBeFalsy();
  });

  it('warns on Bot Username when the token belongs to another account', async () => {
    state().viber[0].uri = 'other_shop';
    const result = await testConnection(config());
    expect(result).toMatchObject({
      ok: true,
      code: 'connected',
      warnings: [
        {
          field: 'botUsername',
          code: 'identity_mismatch_bot',
          params: { actual: 'other_shop' },
        },
      ],
    });
  });

  it('maps status 2 invalidAuthToken (HTTP 200) to invalid_token on the token field', async () => {
    const token = 'ffffffffffffffff-ffffffffffffffff-ffffffffffffffff';
    expectFailure(await testConnection(config({ token })), 'invalid_token', 'token', token);
  });

  it('maps status 12 tooManyRequests to rate_limited_unknown', async () => {
    const token = 'ratelimit-0123456789abcdef-0123456789abcdef';
    const result = await testConnection(config({ token }));
    expectFailure(result, 'rate_limited_unknown', undefined, token);
    expect(result.ok || result.message).toBe(
      'Too many requests to Viber. Wait a minute and try again.',
    );
  });

  it('maps status 3 badData to unexpected_response', async () => {
    viberAnswers(3, 'badData');
    expectFailure(await testConnection(config()), 'unexpected_response', undefined, TOKEN);
  });

  it('maps status 8 publicAccountNotFound to invalid_token', async () => {
    viberAnswers(8, 'publicAccountNotFound');
    expectFailure(await testConnection(config()), 'invalid_token', 'token', TOKEN);
  });

  it.each([
    [7, 'publicAccountBlocked'],
    [9, 'publicAccountSuspended'],
  ])('maps status %i %s to account_blocked on the token', async (status, message) => {
    viberAnswers(status, message);
    expectFailure(await testConnection(config()), 'account_blocked', 'token', TOKEN);
  });

  it('maps status 15 publicAccountNotAuthorized to permission_denied on the token', async () => {
    viberAnswers(15, 'publicAccountNotAuthorized');
    expectFailure(await testConnection(config()), 'permission_denied', 'token', TOKEN);
  });

  it('maps an unknown status to unexpected_response', async () => {
    viberAnswers(99, 'somethingNew');
    expectFailure(await testConnection(config()), 'unexpected_response', undefined, TOKEN);
  });

  it('maps an HTML 503 to provider_unavailable', async () => {
    const token = 'outage-0123456789abcdef-0123456789abcdef';
    expectFailure(
      await testConnection(config({ token })),
      'provider_unavailable',
      undefined,
      token,
    );
  });

  it('maps an HTTP 200 that is not JSON to unexpected_response', async () => {
    server.use(http.post(`${VIBER}/get_account_info`, () => HttpResponse.text('<html></html>')));
    expectFailure(await testConnection(config()), 'unexpected_response', undefined, TOKEN);
  });

  it('maps a network error to network_error', async () => {
    const token = 'netfail-0123456789abcdef-0123456789abcdef';
    expectFailure(await testConnection(config({ token })), 'network_error', undefined, token);
  });
});

describe('viber setWebhook', () => {
  it('sets the webhook, then Test Connection reports it', async () => {
    const result = await setWebhook(config(), { webhookUrl: WEBHOOK });
    expect(result).toMatchObject({
      ok: true,
      code: 'webhook_set',
      message: `The webhook is set to ${WEBHOOK}.`,
      params: { url: WEBHOOK },
      details: { webhookUrl: WEBHOOK },
      webhookUrl: WEBHOOK,
    });
    expect(state().viber[0].webhookUrl).toBe(WEBHOOK);
    const tested = await testConnection(config());
    expect(tested.ok && tested.details?.webhookUrl).toBe(WEBHOOK);
  });

  it('sends the url, the event types and send_name / send_photo', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>((input, init) => globalThis.fetch(input, init));
    await setWebhook(config(), { webhookUrl: WEBHOOK, fetch });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`${VIBER}/set_webhook`);
    expect(new Headers(init?.headers).get('x-viber-auth-token')).toBe(TOKEN);
    expect(JSON.parse(String(init?.body))).toEqual({
      url: WEBHOOK,
      event_types: [
        'delivered',
        'seen',
        'failed',
        'subscribed',
        'unsubscribed',
        'conversation_started',
      ],
      send_name: true,
      send_photo: true,
    });
  });

  it('refuses an http:// URL without calling Viber', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>();
    const result = await setWebhook(config(), {
      webhookUrl: 'http://office.example.com:1234',
      fetch,
    });
    expectFailure(result, 'webhook_https_required', 'webhookUrl', TOKEN);
    expect(result).toMatchObject({ params: { provider: 'Viber' } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('maps status 1 invalidUrl to webhook_rejected on webhookUrl', async () => {
    const result = await setWebhook(config(), {
      webhookUrl: 'https://unreachable.example:1234/viber',
    });
    expectFailure(result, 'webhook_rejected', 'webhookUrl', TOKEN);
    expect(state().viber[0].webhookUrl).toBe(EXPECTED);
  });

  it('maps an unknown token to invalid_token', async () => {
    const token = 'ffffffffffffffff-ffffffffffffffff-ffffffffffffffff';
    expectFailure(
      await setWebhook(config({ token }), { webhookUrl: WEBHOOK }),
      'invalid_token',
      'token',
      token,
    );
  });

  it('maps a rate limit to rate_limited_unknown', async () => {
    const token = 'ratelimit-0123456789abcdef-0123456789abcdef';
    const result = await setWebhook(config({ token }), { webhookUrl: WEBHOOK });
    expect(result).toMatchObject({ ok: false, code: 'rate_limited_unknown' });
  });

  it('refuses an empty URL (which would remove the webhook)', async () => {
    state().viber[0].webhookUrl = WEBHOOK;
    const result = await setWebhook(config(), { webhookUrl: '' });
    expect(result).toMatchObject({ ok: false, code: 'invalid_config', field: 'webhookUrl' });
    expect(state().viber[0].webhookUrl).toBe(WEBHOOK);
  });
});

describe('viber mock', () => {
  it('answers HTTP 200 with status 2 without a valid X-Viber-Auth-Token', async () => {
    const response = await fetch(`${VIBER}/get_account_info`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 2, status_message: 'invalidAuthToken' });
  });

  it('returns the documented get_account_info fields', async () => {
    const response = await fetch(`${VIBER}/get_account_info`, {
      method: 'POST',
      headers: { 'X-Viber-Auth-Token': TOKEN, 'content-type': 'application/json' },
      body: '{}',
    });
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(
      [
        'status',
        'status_message',
        'id',
        'name',
        'uri',
        'icon',
        'background',
        'category',
        'subcategory',
        'location',
        'country',
        'webhook',
        'event_types',
        'subscribers_count',
        'members',
      ].sort(),
    );
    expect(body).toMatchObject({ status: 0, status_message: 'ok', uri: 'acme_support' });
  });
});

describeConnectorBasics({
  type: 'viber',
  provider: 'Viber',
  config,
  slowConfig: config({ token: 'slow-0123456789abcdef-0123456789abcdef' }),
  secrets: (cfg) => [cfg.token],
  invalidCases: [
    { field: 'token', over: { token: '' } },
    { field: 'botUsername', over: { botUsername: '' } },
  ],
  setWebhook: { webhookUrl: WEBHOOK },
});

/** The checks of a result as `id:status:code[:field]`. */
function summary(result: ActionResult): string[] {
  return (result.checks ?? []).map((c) =>
    [c.id, c.status, c.code, ...(c.field ? [c.field] : [])].join(':'),
  );
}

describe('viber delivery checks', () => {
  it('pass in order when the webhook is ours', async () => {
    const result = await testConnection(config(), { expectedWebhookUrl: EXPECTED });
    expect(result.ok).toBe(true);
    expect(summary(result)).toEqual([
      'token:pass:token_valid',
      'identity:pass:identity_confirmed',
      'webhook_set:pass:webhook_present',
      'webhook_ours:pass:webhook_ours',
    ]);
  });

  it('fail on the token for an unknown token', async () => {
    const token = 'ffffffffffffffff-ffffffffffffffff-ffffffffffffffff';
    expect(summary(await testConnection(config({ token })))).toEqual([
      'token:fail:invalid_token:token',
    ]);
  });

  it('warn on Bot Username for another account', async () => {
    const result = await testConnection(config({ botUsername: 'other_shop' }));
    expect(result.ok).toBe(true);
    expect(summary(result)[1]).toBe('identity:warn:identity_mismatch_bot:botUsername');
  });

  it('fail "press Set Webhook" without a webhook', async () => {
    state().viber[0].webhookUrl = '';
    const result = await testConnection(config(), { expectedWebhookUrl: EXPECTED });
    expect(result).toMatchObject({ ok: false, code: 'webhook_not_set' });
    expect(summary(result).slice(-1)).toEqual(['webhook_set:fail:webhook_not_set']);
  });

  it('fail naming where the webhook points when it is elsewhere; skipped without expectedWebhookUrl', async () => {
    state().viber[0].webhookUrl = 'https://old-vendor.example/viber';
    const result = await testConnection(config(), { expectedWebhookUrl: EXPECTED });
    expect(result).toMatchObject({
      ok: false,
      code: 'webhook_elsewhere',
      params: { url: 'https://old-vendor.example/viber' },
    });
    const skipped = await testConnection(config());
    expect(skipped.ok).toBe(true);
    expect(skipped.checks?.map((c) => c.id)).not.toContain('webhook_ours');
  });

  it('Set Webhook reports the URL and every event type Viber answered', async () => {
    const result = await setWebhook(config(), { webhookUrl: WEBHOOK });
    expect(summary(result)).toEqual([
      'webhook_set:pass:webhook_registered',
      'events:pass:events_all',
    ]);
  });

  it('Set Webhook warns when Viber answers fewer event types', async () => {
    server.use(
      http.post(`${VIBER}/set_webhook`, () =>
        HttpResponse.json({ status: 0, status_message: 'ok', event_types: ['delivered'] }),
      ),
    );
    const result = await setWebhook(config(), { webhookUrl: WEBHOOK });
    expect(result.ok).toBe(true);
    expect(result.checks?.[1]).toMatchObject({
      status: 'warn',
      code: 'events_missing',
      params: { events: 'seen, failed, subscribed, unsubscribed, conversation_started' },
    });
  });
});
