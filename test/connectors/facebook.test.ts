import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { setWebhook, testConnection } from '../../src/connectors';
import type { ActionResult } from '../../src/core/types';
import type { FacebookConfig } from '../../src/messengers/types';
import { describeConnectorBasics } from './connectorConformance';
import { expectFailure, expectNoSecret, spyFetch } from './helpers';
import { setupProviderMocks } from './providerMocks';

// Not a React hook: registers the msw server's beforeAll/afterAll (the name trips the lint rule).
const mocks = setupProviderMocks();

const TOKEN = 'EAAFAKEstorybookPageAccessTokenNotReal000000';
const PAGE_ID = '123456789012345';
const GRAPH_PAGE = 'https://graph.facebook.com/:version/:id';

function config(overrides: Partial<FacebookConfig> = {}): FacebookConfig {
  return {
    type: 'facebook',
    pageUsername: 'acme.support.demo',
    pageId: PAGE_ID,
    token: TOKEN,
    webhookVerifyToken: 'FAKE-verify-token-not-real-0000000000',
    ...overrides,
  };
}

/** A one-off Graph answer for the page lookup. */
function graphAnswers(status: number, body: JsonBodyType, headers: Record<string, string> = {}) {
  mocks.server.use(http.get(GRAPH_PAGE, () => HttpResponse.json(body, { status, headers })));
}

describe('Facebook testConnection', () => {
  it('connects and reports the page name, id, username and followers', async () => {
    const result = await testConnection(config());
    expect(result).toMatchObject({
      ok: true,
      code: 'connected',
      message: 'Connected to ACME Support.',
      params: { account: 'ACME Support' },
      details: {
        pageName: 'ACME Support',
        pageId: PAGE_ID,
        username: 'acme.support.demo',
        followers: '1280',
      },
    });
    expectNoSecret(result, TOKEN);
  });

  it('sends the token in an Authorization header, never in the URL', async () => {
    const { calls, fetch } = spyFetch();
    const result = await testConnection(config(), { fetch });
    expect(result.ok).toBe(true);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET https://graph.facebook.com/v21.0/me?fields=id,name',
      `GET https://graph.facebook.com/v21.0/${PAGE_ID}?fields=id,name,username,followers_count`,
      `GET https://graph.facebook.com/v21.0/${PAGE_ID}/conversations?platform=messenger&limit=1`,
      `GET https://graph.facebook.com/v21.0/${PAGE_ID}/subscribed_apps`,
    ]);
    for (const call of calls) {
      expect(call.url).not.toContain(TOKEN);
      expect(call.url).not.toContain('access_token');
      expect(call.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    }
  });

  it('accepts the username in any case without a warning', async () => {
    const result = await testConnection(config({ pageUsername: 'ACME.Support.Demo' }));
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toBeFalsy();
  });

  it('warns on the Page Username when the page has another username', async () => {
    const result = await testConnection(config({ pageUsername: 'acme.sales.demo' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      {
        field: 'pageUsername',
        code: 'identity_mismatch_page_username',
        message: "The page's username is acme.support.demo.",
        params: { actual: 'acme.support.demo' },
      },
    ]);
  });

  it.each([
    {
      name: 'an unknown token (Graph 190)',
      over: { token: 'EAAFAKEunknownTokenNotReal0000000000' },
      code: 'invalid_token',
      field: 'token',
      message:
        'Facebook rejected this token. Copy it again in full; it may have been revoked or regenerated.',
    },
    {
      name: 'a Page ID that is not the token’s Page',
      over: { pageId: '999999999999999' },
      code: 'token_not_page',
      field: 'token',
      message:
        'This token belongs to ACME Support (ID 123456789012345), not to this Page (a user token or the token of another Page). Paste the Page Access Token of this Page.',
    },
    {
      name: 'a rate limit (Graph 4, no Retry-After)',
      over: { token: 'EAAFAKEratelimitTokenNotReal0000000' },
      code: 'rate_limited_unknown',
      field: undefined,
      message: 'Too many requests to Facebook. Wait a minute and try again.',
    },
    {
      name: 'an outage (Graph 2, HTTP 502)',
      over: { token: 'EAAFAKEoutageTokenNotReal0000000000' },
      code: 'provider_unavailable',
      field: undefined,
      message: 'Facebook is not available right now. Try again later.',
    },
    {
      name: 'a network error',
      over: { token: 'EAAFAKEnetfailTokenNotReal000000000' },
      code: 'network_error',
      field: undefined,
      message:
        "Could not reach Facebook. Check the server's internet connection and proxy settings.",
    },
  ])('fails on $name', async ({ over, code, field, message }) => {
    const cfg = config(over);
    const result = await testConnection(cfg);
    expectFailure(result, code, field, cfg.token);
    expect(result.message).toBe(message);
  });

  it("fails on the token with another Page's token (`/me` is the other Page)", async () => {
    const other = 'EAAFAKEotherPageAccessTokenNotReal000000';
    mocks.state().facebook.push({
      token: other,
      id: '543210987654321',
      name: 'Other Page',
      username: 'other.page.demo',
      followers: 3,
    });
    const result = await testConnection(config({ token: other }));
    expect(result).toMatchObject({
      ok: false,
      code: 'token_not_page',
      field: 'token',
      params: { actual: 'Other Page (ID 543210987654321)' },
    });
    expect(result.message).toContain('Paste the Page Access Token of this Page.');
    expect(summary(result)).toEqual([
      'token:pass:token_valid',
      'page_token:fail:token_not_page:token',
    ]);
    expectNoSecret(result, other);
  });

  describe('maps the other Graph error codes', () => {
    const trace = { fbtrace_id: 'AfakeTraceOverride' };
    it.each([
      {
        status: 403,
        error: { code: 200, type: 'OAuthException' },
        code: 'permission_denied',
        field: 'token',
      },
      {
        status: 403,
        error: { code: 299, type: 'OAuthException' },
        code: 'permission_denied',
        field: 'token',
      },
      {
        status: 400,
        error: { code: 17, type: 'OAuthException' },
        code: 'rate_limited_unknown',
        field: undefined,
      },
      {
        status: 400,
        error: { code: 32, type: 'OAuthException' },
        code: 'rate_limited_unknown',
        field: undefined,
      },
      {
        status: 400,
        error: { code: 613, type: 'OAuthException' },
        code: 'rate_limited_unknown',
        field: undefined,
      },
      {
        status: 500,
        error: { code: 1, type: 'OAuthException' },
        code: 'provider_unavailable',
        field: undefined,
      },
      {
        status: 401,
        error: { code: 190, error_subcode: 463, type: 'OAuthException' },
        code: 'token_expired',
        field: 'token',
      },
      {
        status: 403,
        error: { code: 230, type: 'OAuthException' },
        code: 'permission_denied',
        field: 'token',
      },
      {
        status: 400,
        error: { code: 3, type: 'OAuthException' },
        code: 'permission_denied',
        field: 'token',
      },
      {
        status: 400,
        error: { code: 341, type: 'OAuthException' },
        code: 'rate_limited_unknown',
        field: undefined,
      },
      {
        status: 400,
        error: { code: 80042, type: 'OAuthException' },
        code: 'rate_limited_unknown',
        field: undefined,
      },
      {
        status: 400,
        error: { code: 100, type: 'OAuthException' },
        code: 'unexpected_response',
        field: undefined,
      },
      {
        status: 400,
        error: { code: 368, type: 'OAuthException' },
        code: 'account_blocked',
        field: 'token',
      },
    ])('Graph $error.code (HTTP $status) → $code', async ({ status, error, code, field }) => {
      graphAnswers(status, { error: { message: `(#${error.code}) ${TOKEN}`, ...error, ...trace } });
      const result = await testConnection(config());
      expectFailure(result, code, field, TOKEN);
    });

    it('uses Retry-After when Graph sends one with a rate limit', async () => {
      graphAnswers(
        400,
        {
          error: {
            message: '(#4) Application request limit reached',
            type: 'OAuthException',
            code: 4,
            ...trace,
          },
        },
        { 'retry-after': '30' },
      );
      const result = await testConnection(config());
      expect(result).toMatchObject({
        ok: false,
        code: 'rate_limited',
        params: { provider: 'Facebook', seconds: 30 },
        message: 'Too many requests to Facebook. Wait 30 s and try again.',
      });
    });

    it('fails with provider_unavailable on an HTML 503', async () => {
      mocks.server.use(
        http.get(
          GRAPH_PAGE,
          () => new HttpResponse('<html>Service Unavailable</html>', { status: 503 }),
        ),
      );
      const result = await testConnection(config());
      expect(result).toMatchObject({ ok: false, code: 'provider_unavailable' });
    });

    it('fails with unexpected_response on a 200 without a page id', async () => {
      graphAnswers(200, { name: 'ACME Support' });
      const result = await testConnection(config());
      expect(result).toMatchObject({ ok: false, code: 'unexpected_response' });
    });
  });
});

describeConnectorBasics({
  type: 'facebook',
  provider: 'Facebook',
  config,
  slowConfig: config({ token: 'EAAFAKEslowTokenNotReal000000000000' }),
  secrets: (cfg) => [cfg.token, cfg.webhookVerifyToken],
  invalidCases: [
    { field: 'pageId', over: { pageId: 'acme-page' } },
    { field: 'pageUsername', over: { pageUsername: 'a b' } },
    { field: 'token', over: { token: '' } },
  ],
  setWebhook: { webhookUrl: '' },
});

/** The checks of a result as `id:status:code[:field]`. */
function summary(result: ActionResult): string[] {
  return (result.checks ?? []).map((c) =>
    [c.id, c.status, c.code, ...(c.field ? [c.field] : [])].join(':'),
  );
}

describe('Facebook delivery checks', () => {
  it('pass in order for a Page token of this Page, subscribed for messages', async () => {
    const result = await testConnection(config());
    expect(result.ok).toBe(true);
    expect(summary(result)).toEqual([
      'token:pass:token_valid',
      'page_token:pass:page_token_ok',
      'messaging:pass:messaging_allowed',
      'subscribed:pass:page_subscribed',
      'identity:pass:identity_confirmed',
    ]);
  });

  it('fail on the token with a user access token (Graph API Explorer)', async () => {
    const user = mocks.state().facebookUsers[0];
    const result = await testConnection(config({ token: user.token }));
    expect(result).toMatchObject({
      ok: false,
      code: 'token_not_page',
      field: 'token',
      params: { actual: 'ACME Admin (ID 100000000000001)' },
    });
    expect(summary(result)).toEqual([
      'token:pass:token_valid',
      'page_token:fail:token_not_page:token',
    ]);
    expectNoSecret(result, user.token);
  });

  it('fail on the token without pages_messaging (#230)', async () => {
    mocks.state().facebook[0].permissions = ['pages_read_engagement'];
    const result = await testConnection(config());
    expectFailure(result, 'messaging_not_allowed', 'token', TOKEN);
    expect(result.message).toContain('pages_messaging');
    expect(summary(result).slice(-1)).toEqual(['messaging:fail:messaging_not_allowed:token']);
  });

  it('keep the checks made so far when the messaging call answers a policy block (#368)', async () => {
    mocks.server.use(
      http.get('https://graph.facebook.com/:version/:id/conversations', () =>
        HttpResponse.json(
          { error: { message: '(#368) blocked', type: 'OAuthException', code: 368 } },
          { status: 400 },
        ),
      ),
    );
    const result = await testConnection(config());
    expectFailure(result, 'account_blocked', 'token', TOKEN);
    expect(summary(result)).toEqual([
      'token:pass:token_valid',
      'page_token:pass:page_token_ok',
      'messaging:fail:account_blocked:token',
    ]);
  });

  it('say "expired" for an expired token (190 / 463)', async () => {
    mocks.state().facebook[0].expired = true;
    const result = await testConnection(config());
    expectFailure(result, 'token_expired', 'token', TOKEN);
    expect(result.message).toContain('expired');
    expect(summary(result)).toEqual(['token:fail:token_expired:token']);
  });

  it.each([
    { keyword: 'graph368', code: 'account_blocked', field: 'token' },
    { keyword: 'graph3', code: 'permission_denied', field: 'token' },
    { keyword: 'graph613', code: 'rate_limited_unknown', field: undefined },
    { keyword: 'graph80001', code: 'rate_limited_unknown', field: undefined },
    { keyword: 'graph32', code: 'rate_limited_unknown', field: undefined },
  ])('map the mock keyword $keyword to $code', async ({ keyword, code, field }) => {
    const token = `EAAFAKE${keyword}TokenNotReal0000000000`;
    expectFailure(await testConnection(config({ token })), code, field, token);
  });

  it('fail "press Set Webhook" while the Page is not subscribed, then pass after Set Webhook', async () => {
    mocks.state().facebook[0].subscribedFields = [];
    const before = await testConnection(config());
    expect(before).toMatchObject({ ok: false, code: 'page_not_subscribed' });
    expect(before.message).toContain('Press Set Webhook');
    expect(summary(before)).toContain('subscribed:fail:page_not_subscribed');

    const set = await setWebhook(config(), { webhookUrl: '' });
    expect(set).toMatchObject({ ok: true, code: 'page_subscribed' });
    expect(summary(set)).toEqual(['subscribed:pass:page_subscribed']);
    expect(mocks.state().facebook[0].subscribedFields).toEqual(['messages', 'messaging_postbacks']);

    const after = await testConnection(config());
    expect(after.ok).toBe(true);
  });

  it('Set Webhook posts subscribed_fields with the token in a header', async () => {
    const { calls, fetch } = spyFetch();
    await setWebhook(config(), { webhookUrl: '', fetch });
    expect(calls[0].method).toBe('POST');
    expect(calls[0].url).toBe(
      `https://graph.facebook.com/v21.0/${PAGE_ID}/subscribed_apps?subscribed_fields=messages,messaging_postbacks`,
    );
    expect(calls[0].headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  it('Set Webhook with a user token fails on the token (#190 needs a Page token)', async () => {
    const user = mocks.state().facebookUsers[0];
    const result = await setWebhook(config({ token: user.token }), { webhookUrl: '' });
    expect(result).toMatchObject({ ok: false, code: 'invalid_token', field: 'token' });
    expect(summary(result)).toEqual(['subscribed:fail:invalid_token:token']);
  });
});
