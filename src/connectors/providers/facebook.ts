import type { ActionResult } from '../../core/types';
import type { FacebookConfig } from '../../messengers/types';
import { isObject } from '../http';
import type { ConnectorContext, ProviderConnector, ProviderResponse } from '../types';
import {
  Checklist,
  ConnectorStop,
  failure,
  httpFailure,
  sameName,
  success,
  warning,
} from '../results';

// Graph API references:
// - Error handling (codes 190 + error_subcode 463 expired, 3, 10, 200–299, 368, 4, 17, 32, 341,
//   613, 80001–80099): https://developers.facebook.com/docs/graph-api/guides/error-handling
// - `/me` answers the node of the access token (the Page for a Page access token):
//   https://developers.facebook.com/docs/graph-api/overview#me
// - Page fields: https://developers.facebook.com/docs/graph-api/reference/page
// - Page conversations (Messenger: Page token with the MESSAGING task and `pages_messaging`):
//   https://developers.facebook.com/docs/graph-api/reference/page/conversations
// - Page subscribed apps (GET lists the app subscriptions and their `subscribed_fields`; POST
//   with `subscribed_fields` subscribes the Page to the app):
//   https://developers.facebook.com/docs/graph-api/reference/page/subscribed_apps
// - Messenger webhook fields `messages`, `messaging_postbacks`:
//   https://developers.facebook.com/docs/messenger-platform/webhooks

/** Graph API version the connector is written and tested against. */
export const GRAPH_API_VERSION = 'v21.0';

/** Base URL of the Graph API, with the pinned version. */
export const GRAPH_API_BASE = `https://graph.facebook.com/${GRAPH_API_VERSION}`;

/** Page fields read by Test Connection. */
const PAGE_FIELDS = 'id,name,username,followers_count';

/** The webhook fields Set Webhook subscribes the Page to. */
export const FACEBOOK_SUBSCRIBED_FIELDS = ['messages', 'messaging_postbacks'] as const;

/** Graph error codes meaning "too many calls" (app, user, page, custom and business limits). */
function isRateLimit(code: number): boolean {
  return [4, 17, 32, 341, 613].includes(code) || (code >= 80001 && code <= 80099);
}

/** Graph error codes meaning "a permission is missing". */
function isPermission(code: number): boolean {
  return code === 3 || code === 10 || code === 230 || (code >= 200 && code <= 299);
}

/** The `error` object of a Graph API error body. */
interface GraphError {
  message?: string;
  type?: string;
  code?: number;
  error_subcode?: number;
  fbtrace_id?: string;
}

/** The Page fields Test Connection asks for. */
interface GraphPage {
  id: string;
  name?: string;
  username?: string;
  followers_count?: number;
}

type Failure = Extract<ActionResult, { ok: false }>;

function graphErrorOf(body: unknown): GraphError | undefined {
  if (!isObject(body)) return undefined;
  const error = body.error;
  return isObject(error) ? (error as GraphError) : undefined;
}

function pageOf(body: unknown): GraphPage | undefined {
  if (!isObject(body)) return undefined;
  if (typeof body.id !== 'string' || !body.id) return undefined;
  return {
    id: body.id,
    name: typeof body.name === 'string' ? body.name : undefined,
    username: typeof body.username === 'string' ? body.username : undefined,
    followers_count: typeof body.followers_count === 'number' ? body.followers_count : undefined,
  };
}

/** Maps a Graph API error (by its `code`, then the HTTP status) to a result. */
function graphFailure(provider: string, response: ProviderResponse): Failure {
  const error = graphErrorOf(response.body);
  const code = error?.code;
  // 190 with subcode 463: the token expired.
  if (code === 190 && error?.error_subcode === 463)
    return failure('token_expired', { provider }, 'token');
  // 190: invalid access token; 102: session key invalid; 104: no token.
  if (code === 190 || code === 102 || code === 104)
    return failure('invalid_token', { provider }, 'token');
  if (code === 100 && error?.error_subcode === 33)
    return failure('unknown_page', { provider }, 'pageId');
  if (code !== undefined && isPermission(code))
    return failure('permission_denied', { provider }, 'token');
  if (code === 368) return failure('account_blocked', { provider }, 'token');
  if (code !== undefined && isRateLimit(code))
    return httpFailure(provider, 429, response.retryAfter);
  // 1: unknown error, 2: service temporarily unavailable.
  if (code === 1 || code === 2 || response.status >= 500)
    return failure('provider_unavailable', { provider });
  if (response.status === 429) return httpFailure(provider, 429, response.retryAfter);
  return failure('unexpected_response', { provider });
}

/** A Graph request with the token as a Bearer header (never in the URL); stops on an error answer. */
async function callGraph(
  ctx: ConnectorContext,
  token: string,
  path: string,
  method: 'GET' | 'POST' = 'GET',
): Promise<Record<string, unknown>> {
  const response = await ctx.request(`${GRAPH_API_BASE}/${path}`, {
    method,
    headers: { authorization: `Bearer ${token}` },
  });
  const error = graphErrorOf(response.body);
  if (response.status === 200 && !error && isObject(response.body)) return response.body;
  throw new ConnectorStop(graphFailure(ctx.provider, response));
}

/** Whether a Graph error answer is a missing permission or "needs a Page access token" (#190 on an edge). */
function permissionStop(error: unknown): boolean {
  return (
    error instanceof ConnectorStop &&
    (error.result.code === 'permission_denied' || error.result.code === 'invalid_token')
  );
}

/** The `subscribed_fields` of the apps in a `subscribed_apps` answer. */
function subscribedFieldsOf(body: Record<string, unknown>): string[][] {
  const data = Array.isArray(body.data) ? body.data : [];
  return data
    .filter(isObject)
    .map((app) =>
      Array.isArray(app.subscribed_fields)
        ? app.subscribed_fields.filter((f): f is string => typeof f === 'string')
        : [],
    );
}

/**
 * Facebook connector (Graph API, Page Access Token as a Bearer header).
 *
 * Test Connection checks, in order: `token` (`GET /me`), `page_token`
 * (`/me` answers this Page's id: a user token or another Page's token fails
 * on `token`), `messaging` (`GET /{page-id}/conversations?platform=messenger`,
 * which needs `pages_messaging`), `subscribed` (`GET /{page-id}/subscribed_apps`
 * lists an app with `messages`), `identity` (Page username, warn).
 *
 * Set Webhook subscribes the Page to the app: `POST /{page-id}/subscribed_apps`
 * with `subscribed_fields=messages,messaging_postbacks` (the webhook URL is
 * the app's, set in the Meta dashboard), then reads the subscription back.
 * @internal
 */
export const facebookConnector: ProviderConnector<FacebookConfig> = {
  provider: 'Facebook',
  async testConnection(config, ctx) {
    const { provider } = ctx;
    const list = new Checklist();
    const pageId = encodeURIComponent(config.pageId);
    const me = await list.step('token', () => callGraph(ctx, config.token, 'me?fields=id,name'));
    const owner = pageOf(me);
    if (!owner) return failure('unexpected_response', { provider });
    list.pass('token', 'token_valid', { provider });

    if (owner.id !== config.pageId) {
      const actual = owner.name ? `${owner.name} (ID ${owner.id})` : `ID ${owner.id}`;
      list.stop('page_token', 'token_not_page', { actual }, 'token');
    }
    list.pass('page_token', 'page_token_ok');

    const read = await list.step('page_token', () =>
      callGraph(ctx, config.token, `${pageId}?fields=${PAGE_FIELDS}`),
    );
    const page = pageOf(read);
    if (!page) return failure('unexpected_response', { provider });

    await list.step('messaging', async () => {
      try {
        await callGraph(ctx, config.token, `${pageId}/conversations?platform=messenger&limit=1`);
      } catch (error) {
        if (!permissionStop(error)) throw error;
        throw new ConnectorStop(failure('messaging_not_allowed', {}, 'token'));
      }
    });
    list.pass('messaging', 'messaging_allowed');

    const apps = await list.step('subscribed', () =>
      callGraph(ctx, config.token, `${pageId}/subscribed_apps`),
    );
    if (!subscribedFieldsOf(apps).some((fields) => fields.includes('messages')))
      list.fail('subscribed', 'page_not_subscribed');
    else list.pass('subscribed', 'page_subscribed');

    const mismatch =
      page.username && config.pageUsername && !sameName(page.username, config.pageUsername)
        ? warning('pageUsername', 'identity_mismatch_page_username', { actual: page.username })
        : undefined;
    const name = page.name ?? page.username ?? page.id;
    if (mismatch)
      list.warn('identity', 'identity_mismatch_page_username', mismatch.params, 'pageUsername');
    else list.pass('identity', 'identity_confirmed', { account: name });

    return list.result(
      success(
        'connected',
        { account: name },
        {
          pageName: page.name,
          pageId: page.id,
          username: page.username,
          followers: page.followers_count,
        },
        [mismatch],
      ),
    );
  },

  async setWebhook(config, _target, ctx) {
    const { provider } = ctx;
    const list = new Checklist();
    const pageId = encodeURIComponent(config.pageId);
    const fields = FACEBOOK_SUBSCRIBED_FIELDS.join(',');
    const answer = await list.step('subscribed', () =>
      callGraph(ctx, config.token, `${pageId}/subscribed_apps?subscribed_fields=${fields}`, 'POST'),
    );
    if (answer.success !== true) return failure('unexpected_response', { provider });
    const apps = await list.step('subscribed', () =>
      callGraph(ctx, config.token, `${pageId}/subscribed_apps`),
    );
    if (subscribedFieldsOf(apps).some((f) => f.includes('messages')))
      list.pass('subscribed', 'page_subscribed');
    else list.fail('subscribed', 'page_not_subscribed');
    return list.result(success('page_subscribed', {}));
  },
};
