import { http, HttpResponse, type HttpHandler } from 'msw';
import { applyKeyword, MOCK_RETRY_AFTER_SECONDS } from './behaviour';
import type { MockTelegramBot, ProviderMockState } from './state';

/** Where the mock Bot API answers: `https://api.telegram.org/bot<token>/<method>`. */
const TELEGRAM_API = 'https://api.telegram.org/:bot/:method';

/** The ports Telegram delivers webhooks to. */
const WEBHOOK_PORTS = ['443', '80', '88', '8443'];

/** A host the mock pretends cannot be resolved. */
const UNREACHABLE_HOST = 'unreachable.example';

type TelegramError = {
  ok: false;
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
};

function telegramError(status: number, description: string, extra: Partial<TelegramError> = {}) {
  return HttpResponse.json<TelegramError>(
    { ok: false, error_code: status, description, ...extra },
    { status },
  );
}

function telegramOk(result: unknown, description?: string) {
  return HttpResponse.json({ ok: true, result, ...(description ? { description } : {}) });
}

/** The Bot API's parameters: query string, then a JSON or form body (like the real API). */
async function readParams(request: Request): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = Object.fromEntries(new URL(request.url).searchParams);
  if (request.method !== 'POST') return params;
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.includes('application/json')) {
      const body = (await request.json()) as unknown;
      if (body && typeof body === 'object') Object.assign(params, body);
    } else if (type.includes('application/x-www-form-urlencoded')) {
      Object.assign(params, Object.fromEntries(new URLSearchParams(await request.text())));
    }
  } catch {
    // An unreadable body is treated as no parameters, as the Bot API does.
  }
  return params;
}

/** The Bot API's `WebhookInfo` of a bot (https://core.telegram.org/bots/api#webhookinfo). */
function webhookInfo(bot: MockTelegramBot) {
  return {
    url: bot.webhookUrl,
    has_custom_certificate: false,
    pending_update_count: bot.pendingUpdateCount,
    ...(bot.webhookUrl ? { max_connections: 40, ip_address: '203.0.113.10' } : {}),
    ...(bot.lastErrorMessage
      ? {
          last_error_date: bot.lastErrorDate ?? Math.floor(Date.now() / 1000) - 60,
          last_error_message: bot.lastErrorMessage,
        }
      : {}),
    ...(bot.webhookUrl && bot.allowedUpdates?.length
      ? { allowed_updates: [...bot.allowedUpdates] }
      : {}),
  };
}

/** `allowed_updates` as sent: a JSON array, or a JSON-serialized one in a query or form value. */
function updatesOf(value: unknown): string[] | undefined {
  let list = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value) as unknown;
    } catch {
      return undefined;
    }
  }
  return Array.isArray(list) ? list.map(String) : undefined;
}

/** Removes a bot's webhook, as `deleteWebhook` and `setWebhook` with an empty url do. */
function deleteWebhook(bot: MockTelegramBot, drop: unknown) {
  const had = bot.webhookUrl !== '';
  bot.webhookUrl = '';
  bot.lastErrorMessage = undefined;
  bot.lastErrorDate = undefined;
  bot.secretToken = undefined;
  if (drop === true || drop === 'true') bot.pendingUpdateCount = 0;
  return telegramOk(true, had ? 'Webhook was deleted' : 'Webhook is already deleted');
}

/** Checks a webhook URL like Telegram does; returns the `Bad Request` description or undefined. */
function webhookProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook';
  }
  if (parsed.protocol !== 'https:')
    return 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook';
  if (!WEBHOOK_PORTS.includes(parsed.port || '443'))
    return 'Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443';
  if (parsed.hostname === UNREACHABLE_HOST)
    return 'Bad Request: bad webhook: Failed to resolve host: Name or service not known';
  return undefined;
}

/**
 * Mock of the Telegram Bot API (`getMe`, `setWebhook`, `getWebhookInfo`,
 * `deleteWebhook`) over the bots of `state.telegram`, with the real API's
 * answers: `{ ok: true, result }`, or `{ ok: false, error_code, description }`
 * with the same HTTP status (401 for an unknown token, 404 for a malformed
 * one or an unknown method, 400 `bad webhook: …` for URLs Telegram refuses,
 * 400 for a `secret_token` outside `A-Za-z0-9_-`). `setWebhook` keeps
 * `secret_token` and `allowed_updates` (an omitted one keeps the previous
 * setting, as documented) in the bot's state, and `drop_pending_updates`
 * empties `pendingUpdateCount`; `getWebhookInfo` answers `allowed_updates`,
 * `last_error_date` and `last_error_message` from the state.
 * @see https://core.telegram.org/bots/api#setwebhook
 * @internal
 */
export function telegramHandlers(state: ProviderMockState): HttpHandler[] {
  const answer = async ({
    request,
    params,
  }: {
    request: Request;
    params: Record<string, unknown>;
  }) => {
    const segment = String(params.bot);
    const method = String(params.method);
    const token = segment.startsWith('bot') ? segment.slice(3) : '';
    const { keyword, networkError } = await applyKeyword(token);
    if (networkError) return networkError;
    if (keyword === 'outage')
      return new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', {
        status: 502,
        headers: { 'content-type': 'text/html' },
      });
    if (keyword === 'ratelimit')
      return telegramError(429, `Too Many Requests: retry after ${MOCK_RETRY_AFTER_SECONDS}`, {
        parameters: { retry_after: MOCK_RETRY_AFTER_SECONDS },
      });
    if (!/^[0-9]+:.+$/.test(token)) return telegramError(404, 'Not Found');
    const bot = state.telegram.find((b) => b.token === token);
    if (!bot) return telegramError(401, 'Unauthorized');

    const input = await readParams(request);
    switch (method.toLowerCase()) {
      case 'getme':
        return telegramOk({
          id: bot.id,
          is_bot: true,
          first_name: bot.firstName,
          username: bot.username,
          can_join_groups: true,
          can_read_all_group_messages: false,
          supports_inline_queries: false,
          can_connect_to_business: false,
          has_main_web_app: false,
        });
      case 'getwebhookinfo':
        return telegramOk(webhookInfo(bot));
      case 'deletewebhook':
        return deleteWebhook(bot, input.drop_pending_updates);
      case 'setwebhook': {
        const url = typeof input.url === 'string' ? input.url : '';
        if (url === '') return deleteWebhook(bot, input.drop_pending_updates);
        const problem = webhookProblem(url);
        if (problem) return telegramError(400, problem);
        const secret = input.secret_token;
        if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(String(secret)))
          return telegramError(400, 'Bad Request: secret token contains unallowed characters');
        const same = bot.webhookUrl === url;
        if (!same) {
          bot.webhookUrl = url;
          bot.lastErrorMessage = undefined;
          bot.lastErrorDate = undefined;
        }
        bot.secretToken = secret === undefined ? undefined : String(secret);
        // "If not specified, the previous setting will be used."
        const updates = updatesOf(input.allowed_updates);
        if (updates) bot.allowedUpdates = updates;
        if (input.drop_pending_updates === true || input.drop_pending_updates === 'true')
          bot.pendingUpdateCount = 0;
        return telegramOk(true, same ? 'Webhook is already set' : 'Webhook was set');
      }
      default:
        return telegramError(404, 'Not Found');
    }
  };
  return [http.get(TELEGRAM_API, answer), http.post(TELEGRAM_API, answer)];
}
