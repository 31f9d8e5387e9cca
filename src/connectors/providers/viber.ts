import type { ActionResult } from '../../core/types';
import type { ViberConfig } from '../../messengers/types';
import { isObject } from '../http';
import type { ConnectorContext, ProviderConnector } from '../types';
import { ConnectorStop, failure, httpFailure, sameName, success, warning } from '../results';

/** Base URL of the Viber REST bot API. */
const VIBER_API = 'https://chatapi.viber.com/pa';

/** The callbacks the contact center needs from Viber. */
const VIBER_EVENT_TYPES = [
  'delivered',
  'seen',
  'failed',
  'subscribed',
  'unsubscribed',
  'conversation_started',
];

type Failure = Extract<ActionResult, { ok: false }>;

/**
 * Maps a Viber `status` (answered with HTTP 200) to a result:
 * 1 invalidUrl, 2 invalidAuthToken, 8 publicAccountNotFound (the token is
 * not a bot's), 7 / 9 / 15 blocked, suspended or not authorized accounts,
 * 12 tooManyRequests; anything else (3 badData, 4 missingData…) is not
 * something the administrator can fix.
 */
function viberFailure(provider: string, status: number): Failure {
  switch (status) {
    case 1:
      return failure('webhook_rejected', { provider }, 'webhookUrl');
    case 2:
    case 8:
      return failure('invalid_token', { provider }, 'token');
    case 7:
    case 9:
      return failure('account_blocked', { provider }, 'token');
    case 15:
      return failure('permission_denied', { provider }, 'token');
    case 12:
      return failure('rate_limited_unknown', { provider });
    default:
      return failure('unexpected_response', { provider });
  }
}

/** POSTs to a Viber endpoint; resolves with the body when `status` is 0, else ends with the mapped failure. */
async function callViber(
  ctx: ConnectorContext,
  token: string,
  endpoint: string,
  json: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const response = await ctx.request(`${VIBER_API}/${endpoint}`, {
    method: 'POST',
    headers: { 'X-Viber-Auth-Token': token },
    json,
  });
  const body = response.body;
  if (response.status !== 200)
    throw new ConnectorStop(httpFailure(ctx.provider, response.status, response.retryAfter));
  if (!isObject(body) || typeof body.status !== 'number')
    throw new ConnectorStop(failure('unexpected_response', { provider: ctx.provider }));
  if (body.status !== 0) throw new ConnectorStop(viberFailure(ctx.provider, body.status));
  return body;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Whether `url` is an absolute https:// URL. */
function isHttpsUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Viber REST bot API connector (`X-Viber-Auth-Token`, JSON bodies, HTTP 200
 * with a `status` even on errors). Test Connection: `get_account_info` (name,
 * URI, subscribers, current webhook, and a warning when the URI is not the
 * Bot Username typed). Set Webhook: `set_webhook` with the contact center's
 * event types; Viber only accepts https URLs, so others fail before any call.
 * @internal
 */
export const viberConnector: ProviderConnector<ViberConfig> = {
  provider: 'Viber',

  async testConnection(config, ctx) {
    const info = await callViber(ctx, config.token, 'get_account_info', {});
    const name = text(info.name);
    const uri = text(info.uri);
    if (name === undefined) return failure('unexpected_response', { provider: ctx.provider });
    const mismatch =
      uri && config.botUsername && !sameName(uri, config.botUsername)
        ? warning('botUsername', 'identity_mismatch_bot', { actual: uri })
        : undefined;
    return success(
      'connected',
      { account: name },
      {
        botName: name,
        username: uri,
        subscribers:
          typeof info.subscribers_count === 'number' ? info.subscribers_count : undefined,
        webhookUrl: text(info.webhook),
      },
      [mismatch],
    );
  },

  async setWebhook(config, webhookUrl, ctx) {
    const url = webhookUrl.trim();
    if (!url) return failure('invalid_config', {}, 'webhookUrl');
    if (!isHttpsUrl(url))
      return failure('webhook_https_required', { provider: ctx.provider }, 'webhookUrl');
    await callViber(ctx, config.token, 'set_webhook', {
      url,
      event_types: VIBER_EVENT_TYPES,
      send_name: true,
      send_photo: true,
    });
    return { ...success('webhook_set', { url }, { webhookUrl: url }), webhookUrl: url };
  },
};
