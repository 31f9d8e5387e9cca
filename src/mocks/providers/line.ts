import { http, HttpResponse, type HttpHandler } from 'msw';
import { applyKeyword } from './behaviour';
import type { MockLineBot, ProviderMockState } from './state';

type MockLineBotWithWebhook = MockLineBot;

/** A host the mock pretends cannot be reached by LINE's test event. */
const UNREACHABLE_HOST = 'unreachable.example';

/** Reads a JSON body; undefined when it is not JSON. */
async function jsonOf(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const body = (await request.json()) as unknown;
    return body && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Whether LINE accepts `url` as a webhook endpoint: an https URL of at most 500 characters. */
function validEndpoint(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > 500) return false;
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

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
 * channel access token); `GET /v2/bot/channel/webhook/endpoint`
 * (`{ endpoint, active }` from `webhookUrl` and `webhookActive`);
 * `PUT /v2/bot/channel/webhook/endpoint` (`{ endpoint }`, an https URL of at
 * most 500 characters, else 400); `POST /v2/bot/channel/webhook/test`
 * (`{ success, timestamp, statusCode, reason, detail }`: the webhook answers
 * `webhookStatusCode`, 200 by default; the host `unreachable.example` is
 * `COULD_NOT_CONNECT` with status 0). LINE's `{ message }` error bodies: 401
 * no or unknown token, 429 rate limit, 503 outage.
 * @see https://developers.line.biz/en/reference/messaging-api/#test-webhook-endpoint
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
      const active = endpoint !== '' && auth.bot.webhookActive !== false;
      return HttpResponse.json({ endpoint, active }, { headers: lineHeaders() });
    }),
    http.put(`${LINE_API}/v2/bot/channel/webhook/endpoint`, async ({ request }) => {
      const auth = await authenticate(state, request);
      if ('response' in auth) return auth.response;
      const body = await jsonOf(request);
      if (!body) return lineError(400, 'The request body has 1 error(s)');
      if (!validEndpoint(body.endpoint)) return lineError(400, 'Invalid webhook endpoint URL');
      auth.bot.webhookUrl = body.endpoint;
      return HttpResponse.json({}, { headers: lineHeaders() });
    }),
    http.post(`${LINE_API}/v2/bot/channel/webhook/test`, async ({ request }) => {
      const auth = await authenticate(state, request);
      if ('response' in auth) return auth.response;
      const body = (await jsonOf(request)) ?? {};
      const endpoint = body.endpoint === undefined ? (auth.bot.webhookUrl ?? '') : body.endpoint;
      if (!validEndpoint(endpoint)) return lineError(400, 'Invalid webhook endpoint URL');
      const timestamp = new Date().toISOString();
      if (new URL(endpoint).hostname === UNREACHABLE_HOST) {
        return HttpResponse.json(
          {
            success: false,
            timestamp,
            statusCode: 0,
            reason: 'COULD_NOT_CONNECT',
            detail: 'Connection refused',
          },
          { headers: lineHeaders() },
        );
      }
      const statusCode = auth.bot.webhookStatusCode ?? 200;
      const success = statusCode >= 200 && statusCode < 300;
      return HttpResponse.json(
        {
          success,
          timestamp,
          statusCode,
          reason: success ? 'OK' : 'ERROR_STATUS_CODE',
          detail: String(statusCode),
        },
        { headers: lineHeaders() },
      );
    }),
  ];
}
