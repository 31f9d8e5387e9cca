import { http, HttpResponse, type HttpHandler } from 'msw';
import { applyKeyword } from './behaviour';
import type { MockLineBot, ProviderMockState } from './state';

/** A mock bot; `webhookUrl` (optional, may be seeded) is its webhook endpoint. */
type MockLineBotWithWebhook = MockLineBot & { webhookUrl?: string };

const LINE_API = 'https://api.line.me';

let requests = 0;

/** LINE puts an `x-line-request-id` on every answer. */
function lineHeaders(): Record<string, string> {
  requests += 1;
  return {
    'x-line-request-id': `00000000-0000-4000-8000-${requests.toString(16).padStart(12, '0')}`,
  };
}

/** A LINE Messaging API error answer: `{ message }`. */
function lineError(status: number, message: string, headers: Record<string, string> = {}) {
  return HttpResponse.json({ message }, { status, headers: { ...lineHeaders(), ...headers } });
}

/**
 * Authenticates a Messaging API request like LINE does (`Authorization:
 * Bearer <channel access token>`), applying the test keywords. Returns the
 * bot or the error answer.
 */
async function authenticate(
  state: ProviderMockState,
  request: Request,
): Promise<{ bot: MockLineBotWithWebhook } | { response: Response }> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization')?.trim() ?? '');
  if (!match) {
    return {
      response: lineError(
        401,
        "Authorization header required. Must follow the scheme, 'Authorization: Bearer <ACCESS TOKEN>'",
      ),
    };
  }
  const token = match[1];
  const { keyword, networkError } = await applyKeyword(token);
  if (networkError) return { response: networkError };
  if (keyword === 'ratelimit')
    return { response: lineError(429, 'The API rate limit has been exceeded. Try again later.') };
  if (keyword === 'outage') return { response: lineError(503, 'Service Unavailable') };
  const bot = state.line.find((b) => b.token === token);
  if (!bot) {
    return {
      response: lineError(
        401,
        'Authentication failed. Confirm that the access token in the authorization header is valid.',
      ),
    };
  }
  return { bot };
}

/**
 * Mock of the LINE Messaging API: `GET /v2/bot/info` (bot info of the
 * channel access token) and `GET /v2/bot/channel/webhook/endpoint`, with
 * LINE's `{ message }` error bodies (401 no or unknown token, 429 rate
 * limit, 503 outage).
 * @internal
 */
export function lineHandlers(state: ProviderMockState): HttpHandler[] {
  return [
    http.get(`${LINE_API}/v2/bot/info`, async ({ request }) => {
      const auth = await authenticate(state, request);
      if ('response' in auth) return auth.response;
      const { bot } = auth;
      return HttpResponse.json(
        {
          userId: bot.userId,
          basicId: bot.basicId,
          displayName: bot.displayName,
          chatMode: bot.chatMode,
          // LINE: "auto" when chat is off (bot mode), "manual" when chat is on.
          markAsReadMode: bot.chatMode === 'bot' ? 'auto' : 'manual',
        },
        { headers: lineHeaders() },
      );
    }),
    http.get(`${LINE_API}/v2/bot/channel/webhook/endpoint`, async ({ request }) => {
      const auth = await authenticate(state, request);
      if ('response' in auth) return auth.response;
      const endpoint = auth.bot.webhookUrl ?? '';
      return HttpResponse.json({ endpoint, active: endpoint !== '' }, { headers: lineHeaders() });
    }),
  ];
}
