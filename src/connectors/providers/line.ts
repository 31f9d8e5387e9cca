import type { ActionResult } from '../../core/types';
import type { LineConfig } from '../../messengers/types';
import { isObject } from '../http';
import type { ConnectorContext, ProviderConnector, ProviderResponse } from '../types';
import { Checklist, ConnectorStop, failure, httpFailure, sameUrl, success } from '../results';

// LINE Messaging API reference: https://developers.line.biz/en/reference/messaging-api/
// - Get bot info: https://developers.line.biz/en/reference/messaging-api/#get-bot-info
// - Get webhook endpoint information (`endpoint`, `active`):
//   https://developers.line.biz/en/reference/messaging-api/#get-webhook-endpoint-information
// - Set webhook endpoint URL (PUT, `{ endpoint }`):
//   https://developers.line.biz/en/reference/messaging-api/#set-webhook-endpoint-url
// - Test webhook endpoint (POST, answers `success`, `timestamp`, `statusCode`, `reason`, `detail`):
//   https://developers.line.biz/en/reference/messaging-api/#test-webhook-endpoint
// - Status codes (400, 401, 403, 429): https://developers.line.biz/en/reference/messaging-api/#status-codes

/** Base URL of the LINE Messaging API. */
export const LINE_API_BASE = 'https://api.line.me';

const ENDPOINT = `${LINE_API_BASE}/v2/bot/channel/webhook/endpoint`;
const ENDPOINT_TEST = `${LINE_API_BASE}/v2/bot/channel/webhook/test`;

/** The fields of `GET /v2/bot/info` the connector shows. */
interface LineBotInfo {
  displayName: string;
  basicId?: string;
  chatMode?: string;
}

type Failure = Extract<ActionResult, { ok: false }>;

function botInfoOf(body: unknown): LineBotInfo | undefined {
  if (!isObject(body) || typeof body.displayName !== 'string') return undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    displayName: body.displayName,
    basicId: text(body.basicId),
    chatMode: text(body.chatMode),
  };
}

/** Maps a LINE error answer: 401 bad token, 403 not allowed, 400 on a webhook call, else by status. */
function lineFailure(provider: string, response: ProviderResponse, webhook = false): Failure {
  if (response.status === 401) return failure('invalid_token', { provider }, 'token');
  if (response.status === 403) return failure('permission_denied', { provider }, 'token');
  if (webhook && response.status === 400) return failure('webhook_rejected', { provider });
  return httpFailure(provider, response.status, response.retryAfter);
}

/** A Messaging API call with the channel access token as a Bearer header; stops on an error answer. */
async function callLine(
  ctx: ConnectorContext,
  token: string,
  url: string,
  init: { method?: string; json?: unknown } = {},
): Promise<Record<string, unknown>> {
  const response = await ctx.request(url, {
    ...init,
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status === 200) return isObject(response.body) ? response.body : {};
  throw new ConnectorStop(
    lineFailure(ctx.provider, response, url !== `${LINE_API_BASE}/v2/bot/info`),
  );
}

/** `GET /v2/bot/channel/webhook/endpoint`: the URL (`''` when none) and whether "Use webhook" is on. */
async function endpointOf(ctx: ConnectorContext, token: string) {
  const body = await callLine(ctx, token, ENDPOINT);
  return {
    endpoint: typeof body.endpoint === 'string' ? body.endpoint : '',
    active: body.active === true,
  };
}

/**
 * LINE connector (channel access token as a Bearer header).
 *
 * Test Connection checks, in order: `token` (`GET /v2/bot/info`),
 * `webhook_set` (`GET /v2/bot/channel/webhook/endpoint` has an endpoint),
 * `webhook_ours` (equals `expectedWebhookUrl`; skipped without it),
 * `webhook_active` (`active: false` fails: "Use webhook" is off).
 *
 * Set Webhook: `PUT /v2/bot/channel/webhook/endpoint` with the host's URL,
 * then `POST /v2/bot/channel/webhook/test` (its outcome is a check), then
 * the endpoint information again for `active`.
 * @internal
 */
export const lineConnector: ProviderConnector<LineConfig> = {
  provider: 'LINE',
  async testConnection(config, ctx, options) {
    const { provider } = ctx;
    const list = new Checklist();
    const body = await list.step('token', () =>
      callLine(ctx, config.token, `${LINE_API_BASE}/v2/bot/info`),
    );
    const info = botInfoOf(body);
    if (!info) return failure('unexpected_response', { provider });
    list.pass('token', 'token_valid', { provider });

    const webhook = await list.step('webhook_set', () => endpointOf(ctx, config.token));
    const connected = success(
      'connected',
      { account: info.displayName },
      {
        botName: info.displayName,
        basicId: info.basicId,
        chatMode: info.chatMode,
        webhookUrl: webhook.endpoint || undefined,
      },
    );
    if (!webhook.endpoint) list.stop('webhook_set', 'webhook_not_set', { provider });
    list.pass('webhook_set', 'webhook_present', { url: webhook.endpoint });
    if (options.expectedWebhookUrl !== undefined) {
      if (!sameUrl(webhook.endpoint, options.expectedWebhookUrl))
        list.stop('webhook_ours', 'webhook_elsewhere', { url: webhook.endpoint });
      list.pass('webhook_ours', 'webhook_ours');
    }
    if (webhook.active) list.pass('webhook_active', 'webhook_active');
    else list.fail('webhook_active', 'webhook_inactive');
    return list.result(connected);
  },

  async setWebhook(config, target, ctx) {
    const { provider } = ctx;
    const url = target.webhookUrl;
    if (!url) return failure('invalid_config', {}, 'webhookUrl');
    const list = new Checklist();
    await list.step('webhook_set', () =>
      callLine(ctx, config.token, ENDPOINT, { method: 'PUT', json: { endpoint: url } }),
    );
    list.pass('webhook_set', 'webhook_registered', { provider, url });

    const test = await list.step('webhook_test', () =>
      callLine(ctx, config.token, ENDPOINT_TEST, { method: 'POST', json: { endpoint: url } }),
    );
    const statusCode = typeof test.statusCode === 'number' ? test.statusCode : 0;
    const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 300) : '');
    if (test.success === true) list.pass('webhook_test', 'webhook_test_ok', { statusCode });
    else
      list.fail('webhook_test', 'webhook_test_failed', {
        statusCode,
        reason: text(test.reason),
        detail: text(test.detail),
      });

    const webhook = await list.step('webhook_active', () => endpointOf(ctx, config.token));
    if (webhook.active) list.pass('webhook_active', 'webhook_active');
    else list.fail('webhook_active', 'webhook_inactive');
    const result = list.result(success('webhook_set', { url }, { webhookUrl: url }));
    return { ...result, webhookUrl: url };
  },
};
