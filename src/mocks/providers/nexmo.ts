import { http, HttpResponse, type HttpHandler } from 'msw';
import { applyKeyword, MOCK_RETRY_AFTER_SECONDS } from './behaviour';
import type { ProviderMockState } from './state';

let instances = 0;

/** A Vonage API error answer (RFC 7807 shape: `type`, `title`, `detail`, `instance`). */
function vonageError(
  status: number,
  kind: string,
  title: string,
  detail: string,
  headers: Record<string, string> = {},
) {
  instances += 1;
  return HttpResponse.json(
    {
      type: `https://developer.nexmo.com/api-errors#${kind}`,
      title,
      detail,
      instance: `00000000-0000-4000-8000-${instances.toString(16).padStart(12, '0')}`,
    },
    { status, headers },
  );
}

/** Key and secret of a request: HTTP Basic auth, or the legacy `api_key` / `api_secret` query parameters. */
function credentialsOf(request: Request): { key: string; secret: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(request.headers.get('authorization')?.trim() ?? '');
  if (match) {
    let decoded: string;
    try {
      const binary = atob(match[1]);
      decoded = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    } catch {
      return undefined;
    }
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    return { key: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
  }
  const url = new URL(request.url);
  const key = url.searchParams.get('api_key');
  const secret = url.searchParams.get('api_secret');
  return key && secret ? { key, secret } : undefined;
}

const unauthorized = () =>
  vonageError(401, 'unauthorized', 'Unauthorized', 'You did not provide correct credentials.');

/**
 * Mock of the Vonage (Nexmo) account API, `GET https://rest.nexmo.com/account/get-balance`:
 * `{ value, autoReload }` for a known key and secret, Vonage's problem-details
 * errors otherwise (401 bad credentials, 429 with `Retry-After`, 503 outage).
 * The test keywords are read from the secret.
 * @internal
 */
export function nexmoHandlers(state: ProviderMockState): HttpHandler[] {
  return [
    http.get('https://rest.nexmo.com/account/get-balance', async ({ request }) => {
      const credentials = credentialsOf(request);
      if (!credentials) return unauthorized();
      const { keyword, networkError } = await applyKeyword(credentials.secret);
      if (networkError) return networkError;
      if (keyword === 'ratelimit') {
        return vonageError(429, 'throttled', 'Throttled', 'Please wait, then retry your request', {
          'retry-after': String(MOCK_RETRY_AFTER_SECONDS),
        });
      }
      if (keyword === 'outage') {
        return vonageError(
          503,
          'internal-error',
          'Service Unavailable',
          'The service is temporarily unavailable. Please try again later.',
        );
      }
      const account = state.nexmo.find(
        (a) => a.key === credentials.key && a.secret === credentials.secret,
      );
      if (!account) return unauthorized();
      return HttpResponse.json({ value: account.balance, autoReload: false });
    }),
  ];
}
