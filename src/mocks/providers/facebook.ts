import { http, HttpResponse, type HttpHandler } from 'msw';
import { applyKeyword } from './behaviour';
import type { MockFacebookPage, MockFacebookUser, ProviderMockState } from './state';

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

/** Graph error codes a token can ask for with the `graph<code>` keyword, and their messages. */
const KEYWORD_ERRORS: Record<number, string> = {
  3: '(#3) Application does not have the capability to make this API call.',
  17: '(#17) User request limit reached',
  32: '(#32) Page request limit reached',
  341: '(#341) Application limit reached',
  368: '(#368) The action attempted has been deemed abusive or is otherwise disallowed',
  613: '(#613) Calls to this api have exceeded the rate limit.',
  80001: '(#80001) There have been too many calls to this Page account. Wait a bit and try again.',
};

const invalidToken = () =>
  graphError(
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

type Owner = { page: MockFacebookPage; user?: never } | { user: MockFacebookUser; page?: never };

/**
 * Authenticates a Graph request like Graph does: the keywords, then the
 * token's owner (a Page or a user), or the error answer.
 */
async function authenticate(
  state: ProviderMockState,
  request: Request,
  version: string,
  path: string,
): Promise<{ owner: Owner } | { response: Response }> {
  const url = new URL(request.url);
  if (!/^v\d+\.\d+$/.test(version)) {
    return {
      response: graphError(400, {
        message: `Unknown path components: /${path}`,
        type: 'OAuthException',
        code: 2500,
      }),
    };
  }
  const token = accessTokenOf(request, url);
  if (!token) {
    return {
      response: graphError(400, {
        message: 'An access token is required to request this resource.',
        type: 'OAuthException',
        code: 104,
      }),
    };
  }
  const { keyword, networkError } = await applyKeyword(token);
  if (networkError) return { response: networkError };
  if (keyword === 'ratelimit') {
    return {
      response: graphError(
        400,
        { message: '(#4) Application request limit reached', type: 'OAuthException', code: 4 },
        { 'x-app-usage': '{"call_count":100,"total_cputime":4,"total_time":9}' },
      ),
    };
  }
  if (keyword === 'outage') {
    return {
      response: graphError(502, {
        message: 'An unexpected error has occurred. Please retry your request later.',
        type: 'OAuthException',
        code: 2,
      }),
    };
  }
  const asked = /graph(\d+)/.exec(token);
  if (asked && KEYWORD_ERRORS[Number(asked[1])]) {
    const code = Number(asked[1]);
    return {
      response: graphError(400, {
        message: KEYWORD_ERRORS[code],
        type: 'OAuthException',
        code,
      }),
    };
  }
  const page = state.facebook.find((p) => p.token === token);
  if (page?.expired) {
    return {
      response: graphError(400, {
        message:
          'Error validating access token: Session has expired on Tuesday, 01-Dec-26 09:00:00 PST.',
        type: 'OAuthException',
        code: 190,
        error_subcode: 463,
      }),
    };
  }
  if (page) return { owner: { page } };
  const user = state.facebookUsers.find((u) => u.token === token);
  if (user) return { owner: { user } };
  return { response: invalidToken() };
}

/** The Page `id` (or username) names, or undefined. */
function pageNamed(state: ProviderMockState, id: string): MockFacebookPage | undefined {
  return state.facebook.find((p) => p.id === id || p.username.toLowerCase() === id.toLowerCase());
}

const noSuchObject = (id: string) =>
  graphError(400, {
    message: `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
    type: 'GraphMethodException',
    code: 100,
    error_subcode: 33,
  });

/** "(#190) This method must be called with a Page Access Token" (a user token on a Page edge). */
const needsPageToken = () =>
  graphError(400, {
    message: '(#190) This method must be called with a Page Access Token',
    type: 'OAuthException',
    code: 190,
  });

/** The Page an edge request may act on with this owner's token, or the Graph error answer. */
function pageForEdge(
  state: ProviderMockState,
  owner: Owner,
  id: string,
): { page: MockFacebookPage } | { response: Response } {
  const page = pageNamed(state, id);
  if (!page) return { response: noSuchObject(id) };
  if (owner.user) return { response: needsPageToken() };
  if (owner.page !== page) {
    return {
      response: graphError(400, {
        message: '(#200) Permissions error',
        type: 'OAuthException',
        code: 200,
      }),
    };
  }
  return { page };
}

/**
 * An edge request on a Page (`/{page-id}/<edge>`) authenticated and allowed for
 * its token: the Graph version and the Page, or the Graph error answer.
 */
async function pageEdge(
  state: ProviderMockState,
  request: Request,
  params: Readonly<Record<string, unknown>>,
  edge: string,
): Promise<{ version: string; page: MockFacebookPage } | { response: Response }> {
  const version = String(params.version);
  const id = decodeURIComponent(String(params.id));
  const auth = await authenticate(state, request, version, `${id}/${edge}`);
  if ('response' in auth) return { response: auth.response };
  const target = pageForEdge(state, auth.owner, id);
  return 'response' in target ? target : { version, page: target.page };
}

/** The mock's own app, the one the Page tokens were generated for. */
const MOCK_APP = {
  category: 'Business',
  link: 'https://contact-center.example/',
  name: 'ACME Contact Center',
  id: '987654321098765',
};

/**
 * Mock of the Facebook Graph API, answering like the real API:
 * - `GET /<version>/me?fields=…`: the Page of a Page Access Token, or the
 *   user of a user access token (`state.facebookUsers`);
 * - `GET /<version>/<page id or username>?fields=…`: the requested Page
 *   fields (a user token reads any Page; a Page token only its own Page,
 *   else `(#10)`);
 * - `GET /<version>/<page-id>/conversations?platform=messenger`: needs a Page
 *   token of this Page with `pages_messaging` (`(#230)` without it; a user
 *   token gets `(#190) This method must be called with a Page Access Token`);
 * - `GET /<version>/<page-id>/subscribed_apps`: the app with the Page's
 *   `subscribedFields` (none when empty); `POST …?subscribed_fields=…`
 *   subscribes it and answers `{ success: true }`.
 * Errors have Graph's shape: 190 bad token (`error_subcode` 463 for a Page
 * with `expired: true`), 104 no token, 100/33 no such object, 4 for a
 * `ratelimit` token, 2 for `outage`; a token containing `graph<code>`
 * answers that code (3, 17, 32, 341, 368, 613, 80001).
 * @see https://developers.facebook.com/docs/graph-api/guides/error-handling
 * @see https://developers.facebook.com/docs/graph-api/reference/page/subscribed_apps
 * @internal
 */
export function facebookHandlers(state: ProviderMockState): HttpHandler[] {
  const headersOf = (version: string) => ({ 'facebook-api-version': version });
  return [
    http.get('https://graph.facebook.com/:version/:id', async ({ request, params }) => {
      const url = new URL(request.url);
      const version = String(params.version);
      const id = decodeURIComponent(String(params.id));
      const auth = await authenticate(state, request, version, id);
      if ('response' in auth) return auth.response;
      const { owner } = auth;
      const fields = (url.searchParams.get('fields') || 'name,id')
        .split(',')
        .map((f) => f.trim())
        .filter(Boolean);
      if (id === 'me' && owner.user) {
        const unknown = fields.find((f) => f !== 'id' && f !== 'name');
        if (unknown) {
          return graphError(400, {
            message: `(#100) Tried accessing nonexisting field (${unknown}) on node type (User)`,
            type: 'OAuthException',
            code: 100,
          });
        }
        return HttpResponse.json(
          { ...(fields.includes('name') ? { name: owner.user.name } : {}), id: owner.user.id },
          { headers: headersOf(version) },
        );
      }
      const page = id === 'me' ? owner.page : pageNamed(state, id);
      if (!page) return noSuchObject(id);
      if (owner.page && owner.page !== page) {
        return graphError(400, {
          message:
            "(#10) This endpoint requires the 'pages_read_engagement' permission or the 'Page Public Content Access' feature.",
          type: 'OAuthException',
          code: 10,
        });
      }
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
      return HttpResponse.json(body, { headers: headersOf(version) });
    }),
    http.get(
      'https://graph.facebook.com/:version/:id/conversations',
      async ({ request, params }) => {
        const target = await pageEdge(state, request, params, 'conversations');
        if ('response' in target) return target.response;
        const { version } = target;
        const permissions = target.page.permissions ?? [
          'pages_messaging',
          'pages_manage_metadata',
          'pages_read_engagement',
        ];
        if (!permissions.includes('pages_messaging')) {
          return graphError(403, {
            message: '(#230) Requires pages_messaging permission to manage the object',
            type: 'OAuthException',
            code: 230,
          });
        }
        return HttpResponse.json({ data: [] }, { headers: headersOf(version) });
      },
    ),
    http.get(
      'https://graph.facebook.com/:version/:id/subscribed_apps',
      async ({ request, params }) => {
        const target = await pageEdge(state, request, params, 'subscribed_apps');
        if ('response' in target) return target.response;
        const { version } = target;
        const fields = target.page.subscribedFields ?? ['messages', 'messaging_postbacks'];
        return HttpResponse.json(
          { data: fields.length > 0 ? [{ ...MOCK_APP, subscribed_fields: [...fields] }] : [] },
          { headers: headersOf(version) },
        );
      },
    ),
    http.post(
      'https://graph.facebook.com/:version/:id/subscribed_apps',
      async ({ request, params }) => {
        const target = await pageEdge(state, request, params, 'subscribed_apps');
        if ('response' in target) return target.response;
        const { version } = target;
        const url = new URL(request.url);
        let raw = url.searchParams.get('subscribed_fields');
        if (raw === null && request.headers.get('content-type')?.includes('form-urlencoded'))
          raw = new URLSearchParams(await request.text()).get('subscribed_fields');
        const fields = (raw ?? '')
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean);
        if (fields.length === 0) {
          return graphError(400, {
            message: '(#100) The parameter subscribed_fields is required',
            type: 'OAuthException',
            code: 100,
          });
        }
        target.page.subscribedFields = fields;
        return HttpResponse.json({ success: true }, { headers: headersOf(version) });
      },
    ),
  ];
}
