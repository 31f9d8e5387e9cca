import type { ActionResult } from '../../core/types';
import type { ViberConfig } from '../../messengers/types';
import { isObject } from '../http';
import type { ConnectorContext, ProviderConnector } from '../types';
import {
  Checklist,
  ConnectorStop,
  failure,
  httpFailure,
  sameName,
  sameUrl,
  success,
  warning,
} from '../results';

// Viber REST bot API: https://developers.viber.com/docs/api/rest-bot-api/
// - Setting a webhook (`url`, `event_types`: delivered, seen, failed, subscribed, unsubscribed,
//   conversation_started; omitted means all; messages cannot be filtered out; the answer lists
//   `event_types`): https://developers.viber.com/docs/api/rest-bot-api/#setting-a-webhook
// - Get account info (`name`, `uri`, `webhook`, `subscribers_count`):
//   https://developers.viber.com/docs/api/rest-bot-api/#get-account-info
// - Error codes (`status`): https://developers.viber.com/docs/api/rest-bot-api/#error-codes

/** Base URL of the Viber REST bot API. */
const VIBER_API = 'https://chatapi.viber.com/pa';

/**
 * Every event type Viber documents (what `set_webhook` subscribes to when
 * `event_types` is omitted): the contact center asks for all of them. The
 * provider mock answers with the same list.
 */
export const VIBER_EVENT_TYPES: ReadonlyArray<string> = [
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
 * with a `status` even on errors).
 *
 * Test Connection checks, in order: `token` (`get_account_info`), `identity`
 * (`uri` vs Bot Username, warn), `webhook_set` (account info `webhook` not
 * empty), `webhook_ours` (equals `expectedWebhookUrl`; skipped without it).
 *
 * Set Webhook: `set_webhook` with every documented event type; Viber only
 * accepts https URLs, so others fail before any call. The checks report the
 * URL and the event types Viber answered.
 * @internal
 */
export const viberConnector: ProviderConnector<ViberConfig> = {
  provider: 'Viber',

  async testConnection(config, ctx, options) {
    const { provider } = ctx;
    const list = new Checklist();
    const info = await list.step('token', () =>
      callViber(ctx, config.token, 'get_account_info', {}),
    );
    const name = text(info.name);
    const uri = text(info.uri);
    if (name === undefined) return failure('unexpected_response', { provider: ctx.provider });
    list.pass('token', 'token_valid', { provider });
    const mismatch =
      uri && config.botUsername && !sameName(uri, config.botUsername)
        ? warning('botUsername', 'identity_mismatch_bot', { actual: uri })
        : undefined;
    if (mismatch) list.warn('identity', 'identity_mismatch_bot', mismatch.params, 'botUsername');
    else list.pass('identity', 'identity_confirmed', { account: uri || name });

    const webhook = text(info.webhook) ?? '';
    if (!webhook) list.fail('webhook_set', 'webhook_not_set', { provider });
    else {
      list.pass('webhook_set', 'webhook_present', { url: webhook });
      if (options.expectedWebhookUrl !== undefined) {
        if (sameUrl(webhook, options.expectedWebhookUrl)) list.pass('webhook_ours', 'webhook_ours');
        else list.fail('webhook_ours', 'webhook_elsewhere', { url: webhook });
      }
    }
    const connected = success(
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
    return list.result(connected);
  },

  async setWebhook(config, target, ctx) {
    const { provider } = ctx;
    const url = target.webhookUrl;
    if (!url) return failure('invalid_config', {}, 'webhookUrl');
    if (!isHttpsUrl(url)) return failure('webhook_https_required', { provider }, 'webhookUrl');
    const list = new Checklist();
    const answer = await list.step('webhook_set', () =>
      callViber(ctx, config.token, 'set_webhook', {
        url,
        event_types: VIBER_EVENT_TYPES,
        send_name: true,
        send_photo: true,
      }),
    );
    list.pass('webhook_set', 'webhook_registered', { provider, url });
    // Viber answers the event types it subscribed the webhook to.
    const answered = Array.isArray(answer.event_types)
      ? answer.event_types.filter((e): e is string => typeof e === 'string')
      : [...VIBER_EVENT_TYPES];
    const missing = VIBER_EVENT_TYPES.filter((e) => !answered.includes(e));
    if (missing.length > 0) list.warn('events', 'events_missing', { events: missing.join(', ') });
    else list.pass('events', 'events_all', { events: answered.join(', ') });
    const result = list.result(success('webhook_set', { url }, { webhookUrl: url }));
    return { ...result, webhookUrl: url };
  },
};
