import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { testConnection } from '../../src/connectors';
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
    expect(result).toEqual({
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
    expect(calls).toHaveLength(1);
    expect(calls[0].method).toBe('GET');
    expect(calls[0].url).toBe(
      `https://graph.facebook.com/v21.0/${PAGE_ID}?fields=id,name,username,followers_count`,
    );
    expect(calls[0].url).not.toContain(TOKEN);
    expect(calls[0].url).not.toContain('access_token');
    expect(calls[0].headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
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

  it('warns on the Page ID when Graph resolves an alias to another id', async () => {
    // Graph accepts a page's username (alias) in place of its id.
    mocks.state().facebook[0].username = '88880000';
    const result = await testConnection(config({ pageId: '88880000', pageUsername: '88880000' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.details?.pageId).toBe(PAGE_ID);
    expect(result.warnings).toEqual([
      {
        field: 'pageId',
        code: 'identity_mismatch_page_id',
        message: `This token belongs to the page with ID ${PAGE_ID}.`,
        params: { actual: PAGE_ID },
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
      name: 'a page id that does not exist (Graph 100/33)',
      over: { pageId: '999999999999999' },
      code: 'unknown_page',
      field: 'pageId',
      message:
        'No page with this ID can be read with this token. Check the Page ID and that the token belongs to this page.',
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

  it("fails with permission_denied on the token for another page's token (Graph 10)", async () => {
    const other = 'EAAFAKEotherPageAccessTokenNotReal000000';
    mocks.state().facebook.push({
      token: other,
      id: '543210987654321',
      name: 'Other Page',
      username: 'other.page.demo',
      followers: 3,
    });
    const result = await testConnection(config({ token: other }));
    expect(result).toMatchObject({ ok: false, code: 'permission_denied', field: 'token' });
    expect(result.message).toBe(
      'Facebook accepted the token but refused the request: it lacks a permission the account needs.',
    );
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
        code: 'invalid_token',
        field: 'token',
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
        code: 'unexpected_response',
        field: undefined,
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
  setWebhook: false,
});
