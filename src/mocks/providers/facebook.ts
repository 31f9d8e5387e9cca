import { http, HttpResponse, type HttpHandler } from 'msw';
import { applyKeyword } from './behaviour';
import type { MockFacebookPage, ProviderMockState } from './state';

/** Fields of a Page node the mock Graph API can return. */
const PAGE_FIELDS: Record<string, (page: MockFacebookPage) => string | number> = {
  id: (page) => page.id,
  name: (page) => page.name,
  username: (page) => page.username,
  followers_count: (page) => page.followers,
  fan_count: (page) => page.followers,
  link: (page) => `https://www.facebook.com/${page.username}`,
};

let traces = 0;

/** A made-up `fbtrace_id` (Graph puts one in every error for support requests). */
function fbtraceId(): string {
  traces += 1;
  return `AfakeTrace${traces.toString(36).padStart(6, '0')}`;
}

/** A Graph API error answer: `{ error: { message, type, code, error_subcode?, fbtrace_id } }`. */
function graphError(
  status: number,
  error: { message: string; type: string; code: number; error_subcode?: number },
  headers: Record<string, string> = {},
) {
  return HttpResponse.json({ error: { ...error, fbtrace_id: fbtraceId() } }, { status, headers });
}

/** The access token of a Graph request: `Authorization: Bearer|OAuth …` or `?access_token=`. */
function accessTokenOf(request: Request, url: URL): string | undefined {
  const header = request.headers.get('authorization');
  const match = header ? /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(header.trim()) : null;
  if (match) return match[1];
  return url.searchParams.get('access_token') ?? undefined;
}

/**
 * Mock of the Facebook Graph API page lookup, `GET https://graph.facebook.com/<version>/<page id or username>?fields=…`,
 * answering like the real API: the requested fields of a Page whose Page
 * Access Token was sent, or the Graph error shapes (190 bad token, 104 no
 * token, 100/33 no such readable object, 10 another page's token, 4 rate
 * limit, 2 outage). The page's username is accepted in place of its id.
 * @internal
 */
export function facebookHandlers(state: ProviderMockState): HttpHandler[] {
  return [
    http.get('https://graph.facebook.com/:version/:id', async ({ request, params }) => {
      const url = new URL(request.url);
      const version = String(params.version);
      const id = decodeURIComponent(String(params.id));
      const headers = { 'facebook-api-version': version };
      if (!/^v\d+\.\d+$/.test(version)) {
        return graphError(400, {
          message: `Unknown path components: /${id}`,
          type: 'OAuthException',
          code: 2500,
        });
      }
      const token = accessTokenOf(request, url);
      if (!token) {
        return graphError(400, {
          message: 'An access token is required to request this resource.',
          type: 'OAuthException',
          code: 104,
        });
      }
      const { keyword, networkError } = await applyKeyword(token);
      if (networkError) return networkError;
      if (keyword === 'ratelimit') {
        return graphError(
          400,
          { message: '(#4) Application request limit reached', type: 'OAuthException', code: 4 },
          { 'x-app-usage': '{"call_count":100,"total_cputime":4,"total_time":9}' },
        );
      }
      if (keyword === 'outage') {
        return graphError(502, {
          message: 'An unexpected error has occurred. Please retry your request later.',
          type: 'OAuthException',
          code: 2,
        });
      }
      if (!state.facebook.some((p) => p.token === token)) {
        return graphError(
          400,
          {
            message: 'Invalid OAuth access token - Cannot parse access token',
            type: 'OAuthException',
            code: 190,
          },
          {
            'www-authenticate':
              'OAuth "Facebook Platform" "invalid_token" "Invalid OAuth access token - Cannot parse access token"',
          },
        );
      }
      const page = state.facebook.find(
        (p) => p.id === id || p.username.toLowerCase() === id.toLowerCase(),
      );
      if (!page) {
        return graphError(400, {
          message: `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
          type: 'GraphMethodException',
          code: 100,
          error_subcode: 33,
        });
      }
      if (page.token !== token) {
        return graphError(400, {
          message:
            "(#10) This endpoint requires the 'pages_read_engagement' permission or the 'Page Public Content Access' feature.",
          type: 'OAuthException',
          code: 10,
        });
      }
      const fields = (url.searchParams.get('fields') || 'name,id')
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean);
      const unknown = fields.find((f) => !(f in PAGE_FIELDS));
      if (unknown) {
        return graphError(400, {
          message: `(#100) Tried accessing nonexisting field (${unknown}) on node type (Page)`,
          type: 'OAuthException',
          code: 100,
        });
      }
      const body: Record<string, string | number> = {};
      for (const field of fields) body[field] = PAGE_FIELDS[field](page);
      body.id = page.id;
      return HttpResponse.json(body, { headers });
    }),
  ];
}
