import type { ActionResult } from '../../core/types';
import type { FacebookConfig } from '../../messengers/types';
import type { ProviderConnector, ProviderResponse } from '../types';
import { failure, httpFailure, sameName, success, warning } from '../results';

/** Graph API version the connector is written and tested against. */
export const GRAPH_API_VERSION = 'v21.0';

/** Base URL of the Graph API, with the pinned version. */
export const GRAPH_API_BASE = `https://graph.facebook.com/${GRAPH_API_VERSION}`;

/** Page fields read by Test Connection. */
const PAGE_FIELDS = 'id,name,username,followers_count';

/** Graph error codes meaning "too many calls" (app, user, page and custom limits). */
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);

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

function graphErrorOf(body: unknown): GraphError | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const error = (body as { error?: unknown }).error;
  return typeof error === 'object' && error !== null ? (error as GraphError) : undefined;
}

function pageOf(body: unknown): GraphPage | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const page = body as Record<string, unknown>;
  if (typeof page.id !== 'string' || !page.id) return undefined;
  return {
    id: page.id,
    name: typeof page.name === 'string' ? page.name : undefined,
    username: typeof page.username === 'string' ? page.username : undefined,
    followers_count: typeof page.followers_count === 'number' ? page.followers_count : undefined,
  };
}

/**
 * Maps a Graph API error (by its `code`, then the HTTP status) to a result.
 * @see https://developers.facebook.com/docs/graph-api/guides/error-handling
 */
function graphFailure(
  provider: string,
  response: ProviderResponse,
): Extract<ActionResult, { ok: false }> {
  const error = graphErrorOf(response.body);
  const code = error?.code;
  // 190: invalid or expired access token; 102: session key invalid; 104: no token.
  if (code === 190 || code === 102 || code === 104)
    return failure('invalid_token', { provider }, 'token');
  if (code === 100 && error?.error_subcode === 33)
    return failure('unknown_page', { provider }, 'pageId');
  if (code === 10 || (code !== undefined && code >= 200 && code <= 299))
    return failure('permission_denied', { provider }, 'token');
  if (code !== undefined && RATE_LIMIT_CODES.has(code))
    return httpFailure(provider, 429, response.retryAfter);
  // 1: unknown error, 2: service temporarily unavailable.
  if (code === 1 || code === 2 || response.status >= 500)
    return failure('provider_unavailable', { provider });
  if (response.status === 429) return httpFailure(provider, 429, response.retryAfter);
  return failure('unexpected_response', { provider });
}

/**
 * Facebook connector: Test Connection reads the Page through the Graph API
 * (`GET /<pageId>?fields=id,name,username,followers_count`) with the Page
 * Access Token as a Bearer header (never in the URL). The Page's real id and
 * username are compared with what was typed. No Set Webhook (Messenger
 * webhooks are set in the Meta app dashboard).
 * @internal
 */
export const facebookConnector: ProviderConnector<FacebookConfig> = {
  provider: 'Facebook',
  async testConnection(config, ctx) {
    const { provider } = ctx;
    const url = `${GRAPH_API_BASE}/${encodeURIComponent(config.pageId)}?fields=${PAGE_FIELDS}`;
    const response = await ctx.request(url, {
      headers: { authorization: `Bearer ${config.token}` },
    });
    if (response.status !== 200 || graphErrorOf(response.body))
      return graphFailure(provider, response);
    const page = pageOf(response.body);
    if (!page) return failure('unexpected_response', { provider });

    const name = page.name ?? page.username ?? page.id;
    return success(
      'connected',
      { account: name },
      {
        pageName: page.name,
        pageId: page.id,
        username: page.username,
        followers: page.followers_count,
      },
      [
        page.id !== config.pageId
          ? warning('pageId', 'identity_mismatch_page_id', { actual: page.id })
          : undefined,
        page.username && config.pageUsername && !sameName(page.username, config.pageUsername)
          ? warning('pageUsername', 'identity_mismatch_page_username', { actual: page.username })
          : undefined,
      ],
    );
  },
};
