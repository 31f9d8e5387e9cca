import type { ActionResult } from '../../core/types';
import type { TelegramConfig } from '../../messengers/types';
import { isObject } from '../http';
import type { ConnectorContext, ProviderConnector, ProviderResponse } from '../types';
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

// Telegram Bot API reference: https://core.telegram.org/bots/api
// getMe: https://core.telegram.org/bots/api#getme
// setWebhook (url, secret_token, allowed_updates, drop_pending_updates):
//   https://core.telegram.org/bots/api#setwebhook
// getWebhookInfo / WebhookInfo (url, pending_update_count, last_error_date,
//   last_error_message, allowed_updates): https://core.telegram.org/bots/api#getwebhookinfo

/** Base URL of the Telegram Bot API. */
const TELEGRAM_API = 'https://api.telegram.org';

/** The ports Telegram delivers webhooks to, as the message lists them. */
const TELEGRAM_WEBHOOK_PORTS = '443, 80, 88, 8443';

/**
 * The update types Set Webhook asks for, always explicitly: an omitted
 * `allowed_updates` keeps the previous setting, so a filter left by an
 * earlier integration would keep dropping messages.
 */
export const TELEGRAM_ALLOWED_UPDATES = ['message', 'edited_message', 'callback_query'] as const;

/** `secret_token`: "1-256 characters. Only characters A-Z, a-z, 0-9, _ and - are allowed." */
const SECRET_TOKEN = /^[A-Za-z0-9_-]{1,256}$/;

/** `pending_update_count` from which the delivery check warns. */
export const TELEGRAM_PENDING_WARNING = 100;

/** How recent a `last_error_date` must be to warn, in seconds. */
const LAST_ERROR_WINDOW_S = 24 * 60 * 60;

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
  last_error_date?: number;
  last_error_message?: string;
  allowed_updates?: string[];
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

/** The `WebhookInfo` of an answer, keeping only well-typed fields; undefined when it has no `url`. */
function webhookInfoOf(result: unknown): TelegramWebhookInfo | undefined {
  if (!isObject(result) || typeof result.url !== 'string') return undefined;
  const number = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  return {
    url: result.url,
    pending_update_count: number(result.pending_update_count),
    last_error_date: number(result.last_error_date),
    last_error_message:
      typeof result.last_error_message === 'string'
        ? result.last_error_message.slice(0, 300)
        : undefined,
    allowed_updates: Array.isArray(result.allowed_updates)
      ? result.allowed_updates.filter((u): u is string => typeof u === 'string')
      : undefined,
  };
}

/** `getWebhookInfo`; an answer without a `url` is an unexpected response. */
async function getWebhookInfo(ctx: ConnectorContext, token: string): Promise<TelegramWebhookInfo> {
  const info = webhookInfoOf(await callBotApi(ctx, token, 'getWebhookInfo'));
  if (!info) throw new ConnectorStop(failure('unexpected_response', { provider: ctx.provider }));
  return info;
}

/** Details of a webhook: URL, pending updates, last delivery error. */
function webhookDetails(info: TelegramWebhookInfo | undefined) {
  return {
    webhookUrl: info?.url,
    pendingUpdates: info?.pending_update_count,
    lastError: info?.last_error_message,
  };
}

/** Whether Telegram sends `message` updates: an empty or absent list means all types. */
function receivesMessages(updates: string[] | undefined): boolean {
  return !updates || updates.length === 0 || updates.includes('message');
}

/**
 * Telegram Bot API connector.
 *
 * Test Connection checks, in order: `token` (`getMe`), `identity` (username
 * vs Bot Username, warn), `webhook_set` (`getWebhookInfo.url`, fail when
 * empty), `webhook_ours` (equals `expectedWebhookUrl`; skipped without it),
 * `updates` (`allowed_updates` must include `message`), `delivery_errors`
 * (`last_error_date` within 24 h → warn with `last_error_message`),
 * `pending_updates` (≥ 100 → warn).
 *
 * Set Webhook: refuses a missing or malformed `secretToken`, then
 * `setWebhook` with `url`, `secret_token`, explicit `allowed_updates` and
 * `drop_pending_updates`, then `getWebhookInfo` to report what Telegram
 * registered.
 * @internal
 */
export const telegramConnector: ProviderConnector<TelegramConfig> = {
  provider: 'Telegram',

  async testConnection(config, ctx, options) {
    const { provider } = ctx;
    const list = new Checklist();
    const me = await list.step('token', () => callBotApi(ctx, config.token, 'getMe'));
    if (!isObject(me) || typeof me.username !== 'string' || typeof me.id !== 'number')
      return failure('unexpected_response', { provider });
    const user = me as unknown as TelegramUser;
    const account = `@${user.username}`;
    list.pass('token', 'token_valid', { provider });

    const mismatch =
      config.botUsername && !sameName(user.username, config.botUsername)
        ? warning('botUsername', 'identity_mismatch_bot', { actual: user.username })
        : undefined;
    if (mismatch) list.warn('identity', 'identity_mismatch_bot', mismatch.params, 'botUsername');
    else list.pass('identity', 'identity_confirmed', { account });

    const info = await list.step('webhook_set', () => getWebhookInfo(ctx, config.token));
    const details = {
      botName: user.first_name,
      username: account,
      botId: user.id,
      ...webhookDetails(info),
    };
    const connected = success('connected', { account }, details, [mismatch]);

    if (!info.url) list.stop('webhook_set', 'webhook_not_set', { provider });
    list.pass('webhook_set', 'webhook_present', { url: info.url });
    if (options.expectedWebhookUrl !== undefined) {
      if (!sameUrl(info.url, options.expectedWebhookUrl))
        list.stop('webhook_ours', 'webhook_elsewhere', { url: info.url });
      list.pass('webhook_ours', 'webhook_ours');
    }
    if (receivesMessages(info.allowed_updates)) {
      list.pass('updates', 'updates_include_messages', { provider });
    } else {
      list.fail('updates', 'updates_filtered', {
        provider,
        updates: (info.allowed_updates ?? []).join(', '),
      });
    }
    const now = Math.floor(Date.now() / 1000);
    if (
      info.last_error_date !== undefined &&
      now - info.last_error_date < LAST_ERROR_WINDOW_S &&
      info.last_error_message
    ) {
      list.warn('delivery_errors', 'webhook_last_error', {
        provider,
        error: info.last_error_message,
      });
    } else {
      list.pass('delivery_errors', 'delivery_ok', { provider });
    }
    const pending = info.pending_update_count ?? 0;
    if (pending >= TELEGRAM_PENDING_WARNING)
      list.warn('pending_updates', 'updates_pending', { count: pending });
    else list.pass('pending_updates', 'updates_pending_ok', { count: pending });
    return list.result(connected);
  },

  async setWebhook(config, target, ctx) {
    const { provider } = ctx;
    const url = target.webhookUrl;
    // An empty url would delete the bot's webhook: never send one.
    if (!url) return failure('invalid_config', {}, 'webhookUrl');
    const list = new Checklist();
    if (target.secretToken === undefined || !SECRET_TOKEN.test(target.secretToken))
      list.stop('secret_token', 'secret_token_required');
    const done = await callBotApi(ctx, config.token, 'setWebhook', {
      url,
      secret_token: target.secretToken,
      allowed_updates: [...TELEGRAM_ALLOWED_UPDATES],
      ...(target.dropPendingUpdates ? { drop_pending_updates: true } : {}),
    });
    if (done !== true) return failure('unexpected_response', { provider });

    // What Telegram registered; the webhook is set even if this read fails.
    let info: TelegramWebhookInfo | undefined;
    try {
      info = await getWebhookInfo(ctx, config.token);
    } catch (error) {
      if (!(error instanceof ConnectorStop) || !isHttpStop(error)) throw error;
    }
    const registered = info?.url || url;
    list.pass('webhook_set', 'webhook_registered', { provider, url: registered });
    list.pass('secret_token', 'secret_token_set');
    const updates = info?.allowed_updates?.length
      ? info.allowed_updates
      : [...TELEGRAM_ALLOWED_UPDATES];
    if (receivesMessages(updates))
      list.pass('updates', 'updates_requested', { updates: updates.join(', ') });
    else list.fail('updates', 'updates_filtered', { provider, updates: updates.join(', ') });
    if (target.dropPendingUpdates) list.pass('pending_updates', 'pending_dropped');
    const result = list.result(
      success('webhook_set', { url: registered }, webhookDetails(info ?? { url })),
    );
    return { ...result, webhookUrl: registered };
  },
};

/** Whether a stop came from the provider's answer rather than the network, a timeout or an abort. */
function isHttpStop(error: ConnectorStop): boolean {
  return !['network_error', 'timeout', 'aborted'].includes(error.result.code ?? '');
}
