import type { ActionResult } from '../../core/types';
import type { TelegramConfig } from '../../messengers/types';
import { isObject } from '../http';
import type { ConnectorContext, ProviderConnector, ProviderResponse } from '../types';
import { ConnectorStop, failure, httpFailure, sameName, success, warning } from '../results';

/** Base URL of the Telegram Bot API. */
const TELEGRAM_API = 'https://api.telegram.org';

/** The ports Telegram delivers webhooks to, as the message lists them. */
const TELEGRAM_WEBHOOK_PORTS = '443, 80, 88, 8443';

/** The parts of a Bot API answer the connector reads. */
interface TelegramAnswer {
  ok?: unknown;
  result?: unknown;
  error_code?: unknown;
  description?: unknown;
  parameters?: { retry_after?: unknown };
}

/** The parts of `getMe`'s `User` the connector reads. */
interface TelegramUser {
  id: number;
  first_name?: string;
  username: string;
}

/** The parts of `getWebhookInfo`'s `WebhookInfo` the connector reads. */
interface TelegramWebhookInfo {
  url: string;
  pending_update_count?: number;
  last_error_message?: string;
}

type Failure = Extract<ActionResult, { ok: false }>;

/** Maps a failed Bot API answer (`ok: false`, or not the expected shape) to a result. */
function telegramFailure(provider: string, response: ProviderResponse): Failure {
  const body: TelegramAnswer = isObject(response.body) ? response.body : {};
  const description = typeof body.description === 'string' ? body.description : '';
  const status = response.status;
  // 401 Unauthorized: unknown or revoked token; 404 Not Found: a token the API cannot even parse.
  if (status === 401 || status === 404) return failure('invalid_token', { provider }, 'token');
  if (status === 429) {
    const retryAfter = Number(body.parameters?.retry_after);
    return httpFailure(
      provider,
      429,
      Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : response.retryAfter,
    );
  }
  if (status === 400 && /bad webhook/i.test(description)) {
    if (/https url must be provided/i.test(description))
      return failure('webhook_https_required', { provider }, 'webhookUrl');
    if (/only on ports/i.test(description))
      return failure(
        'webhook_port_not_allowed',
        { provider, ports: TELEGRAM_WEBHOOK_PORTS },
        'webhookUrl',
      );
    return failure('webhook_rejected', { provider }, 'webhookUrl');
  }
  return httpFailure(provider, status, response.retryAfter);
}

/** Calls a Bot API method; resolves with its `result` or ends the operation with the mapped failure. */
async function callBotApi(
  ctx: ConnectorContext,
  token: string,
  method: string,
  json?: Record<string, unknown>,
): Promise<unknown> {
  const response = await ctx.request(`${TELEGRAM_API}/bot${token}/${method}`, {
    method: json === undefined ? 'GET' : 'POST',
    json,
  });
  const body = response.body;
  if (response.status === 200 && isObject(body) && body.ok === true && 'result' in body)
    return body.result;
  throw new ConnectorStop(telegramFailure(ctx.provider, response));
}

/** `getWebhookInfo`, or undefined when it fails with an HTTP answer (network errors still stop). */
async function webhookInfoOf(
  ctx: ConnectorContext,
  token: string,
): Promise<TelegramWebhookInfo | undefined> {
  try {
    const info = await callBotApi(ctx, token, 'getWebhookInfo');
    return isObject(info) && typeof info.url === 'string'
      ? (info as unknown as TelegramWebhookInfo)
      : undefined;
  } catch (error) {
    if (error instanceof ConnectorStop && isHttpStop(error)) return undefined;
    throw error;
  }
}

/** Whether a stop came from the provider's answer rather than the network, a timeout or an abort. */
function isHttpStop(error: ConnectorStop): boolean {
  return !['network_error', 'timeout', 'aborted'].includes(error.result.code ?? '');
}

/** Details of a webhook: URL, pending updates, last delivery error. */
function webhookDetails(info: TelegramWebhookInfo | undefined) {
  return {
    webhookUrl: info?.url,
    pendingUpdates: info?.pending_update_count,
    lastError: info?.last_error_message,
  };
}

/**
 * Telegram Bot API connector. Test Connection: `getMe` (bot name, username,
 * ID, and a warning when the bot is not the one typed in Bot Username), then
 * `getWebhookInfo` for the current webhook. Set Webhook: `setWebhook` with
 * `{ url }`, then `getWebhookInfo` to report what Telegram registered.
 * @internal
 */
export const telegramConnector: ProviderConnector<TelegramConfig> = {
  provider: 'Telegram',

  async testConnection(config, ctx) {
    const me = await callBotApi(ctx, config.token, 'getMe');
    if (!isObject(me) || typeof me.username !== 'string' || typeof me.id !== 'number')
      return failure('unexpected_response', { provider: ctx.provider });
    const user = me as unknown as TelegramUser;
    const info = await webhookInfoOf(ctx, config.token);
    const mismatch =
      config.botUsername && !sameName(user.username, config.botUsername)
        ? warning('botUsername', 'identity_mismatch_bot', { actual: user.username })
        : undefined;
    return success(
      'connected',
      { account: `@${user.username}` },
      {
        botName: user.first_name,
        username: `@${user.username}`,
        botId: user.id,
        ...webhookDetails(info),
      },
      [mismatch],
    );
  },

  async setWebhook(config, webhookUrl, ctx) {
    const url = webhookUrl.trim();
    // An empty url would delete the bot's webhook: never send one.
    if (!url) return failure('invalid_config', {}, 'webhookUrl');
    const done = await callBotApi(ctx, config.token, 'setWebhook', { url });
    if (done !== true) return failure('unexpected_response', { provider: ctx.provider });
    const info = await webhookInfoOf(ctx, config.token);
    const registered = info?.url || url;
    return {
      ...success('webhook_set', { url: registered }, webhookDetails(info ?? { url })),
      webhookUrl: registered,
    };
  },
};
