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

/** The Bot API's `WebhookInfo` of a bot. */
function webhookInfo(bot: MockTelegramBot) {
  return {
    url: bot.webhookUrl,
    has_custom_certificate: false,
    pending_update_count: bot.pendingUpdateCount,
    ...(bot.webhookUrl ? { max_connections: 40, ip_address: '203.0.113.10' } : {}),
    ...(bot.lastErrorMessage
      ? { last_error_date: 1_767_225_600, last_error_message: bot.lastErrorMessage }
      : {}),
  };
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
 * one or an unknown method, 400 `bad webhook: …` for URLs Telegram refuses).
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
      case 'deletewebhook': {
        const had = bot.webhookUrl !== '';
        bot.webhookUrl = '';
        bot.lastErrorMessage = undefined;
        return telegramOk(true, had ? 'Webhook was deleted' : 'Webhook is already deleted');
      }
      case 'setwebhook': {
        const url = typeof input.url === 'string' ? input.url : '';
        if (url === '') {
          const had = bot.webhookUrl !== '';
          bot.webhookUrl = '';
          bot.lastErrorMessage = undefined;
          return telegramOk(true, had ? 'Webhook was deleted' : 'Webhook is already deleted');
        }
        const problem = webhookProblem(url);
        if (problem) return telegramError(400, problem);
        const same = bot.webhookUrl === url;
        if (!same) {
          bot.webhookUrl = url;
          bot.lastErrorMessage = undefined;
        }
        return telegramOk(true, same ? 'Webhook is already set' : 'Webhook was set');
      }
      default:
        return telegramError(404, 'Not Found');
    }
  };
  return [http.get(TELEGRAM_API, answer), http.post(TELEGRAM_API, answer)];
}
