import { http, HttpResponse, type HttpHandler } from 'msw';
import { VIBER_EVENT_TYPES } from '../../connectors/providers/viber';
import { applyKeyword } from './behaviour';
import type { MockViberAccount, ProviderMockState } from './state';

/** Base URL of the Viber REST bot API. */
const VIBER_API = 'https://chatapi.viber.com/pa';

/** A host the mock pretends cannot be reached (Viber answers `invalidUrl`). */
const UNREACHABLE_HOST = 'unreachable.example';

/** Event types Viber subscribes a webhook to when the request names none: every documented one. */
const DEFAULT_EVENT_TYPES = VIBER_EVENT_TYPES;

/** A Viber answer: always HTTP 200, the outcome is in `status` / `status_message`. */
function viberStatus(status: number, statusMessage: string, extra: Record<string, unknown> = {}) {
  return HttpResponse.json({ status, status_message: statusMessage, ...extra });
}

/** Viber's `get_account_info` body of an account. */
function accountInfo(account: MockViberAccount) {
  return {
    status: 0,
    status_message: 'ok',
    id: account.id,
    name: account.name,
    uri: account.uri,
    icon: 'https://media-direct.cdn.viber.com/pg_download?id=FAKE-icon',
    background: 'https://media-direct.cdn.viber.com/pg_download?id=FAKE-background',
    category: 'Companies, Brands & Products',
    subcategory: 'Customer Service',
    location: { lon: 139.6917, lat: 35.6895 },
    country: 'JP',
    webhook: account.webhookUrl,
    event_types: account.webhookUrl ? DEFAULT_EVENT_TYPES : [],
    subscribers_count: account.subscribersCount,
    members: [
      {
        id: '01234567890A=',
        name: 'ACME Admin',
        avatar: 'https://media-direct.cdn.viber.com/download_photo?dlid=FAKE-avatar',
        role: 'admin',
      },
    ],
  };
}

/** Whether Viber would accept `url` as a webhook (https, a resolvable host). */
function acceptableWebhook(url: unknown): url is string {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname !== UNREACHABLE_HOST;
  } catch {
    return false;
  }
}

/**
 * Mock of the Viber REST bot API (`POST /pa/get_account_info`,
 * `POST /pa/set_webhook`) over the accounts of `state.viber`. Like the real
 * API it reads the token from `X-Viber-Auth-Token`, answers HTTP 200 with
 * `status` / `status_message` (2 `invalidAuthToken` for an unknown token,
 * 1 `invalidUrl` for a webhook it cannot reach, 3 `badData` for a body that
 * is not JSON, 12 `tooManyRequests` for a `ratelimit` token) and an HTML 503
 * for an `outage` token.
 * @internal
 */
export function viberHandlers(state: ProviderMockState): HttpHandler[] {
  /** Common part of both endpoints: keywords, token, JSON body. */
  const authenticate = async (request: Request) => {
    const token = request.headers.get('x-viber-auth-token') ?? '';
    const { keyword, networkError } = await applyKeyword(token);
    if (networkError) return { response: networkError };
    if (keyword === 'outage')
      return {
        response: new HttpResponse(
          '<html><head><title>503 Service Unavailable</title></head><body>Service Unavailable</body></html>',
          { status: 503, headers: { 'content-type': 'text/html' } },
        ),
      };
    if (keyword === 'ratelimit') return { response: viberStatus(12, 'tooManyRequests') };
    const account = state.viber.find((a) => a.token === token);
    if (!account) return { response: viberStatus(2, 'invalidAuthToken') };
    let body: unknown;
    try {
      const text = await request.text();
      body = text ? (JSON.parse(text) as unknown) : {};
    } catch {
      return { response: viberStatus(3, 'badData') };
    }
    if (!body || typeof body !== 'object') return { response: viberStatus(3, 'badData') };
    return { account, body: body as Record<string, unknown> };
  };

  return [
    http.post(`${VIBER_API}/get_account_info`, async ({ request }) => {
      const checked = await authenticate(request);
      if (checked.response) return checked.response;
      return HttpResponse.json(accountInfo(checked.account));
    }),
    http.post(`${VIBER_API}/set_webhook`, async ({ request }) => {
      const checked = await authenticate(request);
      if (checked.response) return checked.response;
      const { account, body } = checked;
      if (body.url === undefined) return viberStatus(4, 'missingData');
      if (body.url === '') {
        // An empty URL removes the webhook.
        account.webhookUrl = '';
        return viberStatus(0, 'ok');
      }
      if (!acceptableWebhook(body.url)) return viberStatus(1, 'invalidUrl');
      account.webhookUrl = body.url;
      const eventTypes = Array.isArray(body.event_types)
        ? body.event_types.filter((e) => DEFAULT_EVENT_TYPES.includes(String(e)))
        : DEFAULT_EVENT_TYPES;
      return viberStatus(0, 'ok', { event_types: eventTypes });
    }),
  ];
}
