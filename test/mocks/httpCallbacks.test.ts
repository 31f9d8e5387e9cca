// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { describe, expect, it, vi } from 'vitest';
import type { MessengerConfig } from '../../src';
import {
  createHttpCallbacks,
  SET_WEBHOOK_PATH,
  TEST_CONNECTION_PATH,
  type FetchLike,
} from '../../src/mocks';
import { expectNoSecrets, facebook, line, nexmo, telegram, viber } from './fixtures';

const signal = () => new AbortController().signal;

/** A fetch stub answering `body` with `status` and recording its calls. */
function stubFetch(body: string, status = 200, contentType = 'application/json') {
  return vi.fn<FetchLike>(
    async () => new Response(body, { status, headers: { 'content-type': contentType } }),
  );
}

describe('createHttpCallbacks: requests', () => {
  it('POSTs the config as JSON to test-connection, passing the signal', async () => {
    const fetch = stubFetch('{"ok":true,"message":"fine"}');
    const controller = new AbortController();
    const api = createHttpCallbacks({ baseUrl: 'https://cc.example/api/', fetch });
    expect(await api.onTestConnection(line, { signal: controller.signal })).toEqual({
      ok: true,
      message: 'fine',
    });
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('https://cc.example/api/messenger-accounts/test-connection');
    expect(init.method).toBe('POST');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(init.body as string)).toEqual(line);
    expect(init.signal).toBe(controller.signal);
  });

  it('POSTs the config plus webhookUrl to set-webhook', async () => {
    const fetch = stubFetch('{"ok":true,"webhookUrl":"https://h.example:8443"}');
    const api = createHttpCallbacks({ baseUrl: '/api', fetch });
    const webhookUrl = 'https://h.example:8443';
    expect(await api.onSetWebhook(viber, { signal: signal(), webhookUrl })).toEqual({
      ok: true,
      webhookUrl,
    });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`/api${SET_WEBHOOK_PATH}`);
    expect(JSON.parse(init.body as string)).toEqual({ ...viber, webhookUrl });

    await api.onSetWebhook(telegram, { signal: signal() });
    expect(JSON.parse(fetch.mock.calls[1][1].body as string)).toEqual(telegram);
  });

  it('looks globalThis.fetch up at call time', async () => {
    const api = createHttpCallbacks({ baseUrl: 'http://x.example/api' });
    const fetch = stubFetch('{"ok":true,"message":"late stub"}');
    vi.stubGlobal('fetch', fetch);
    try {
      expect(await api.onTestConnection(telegram, { signal: signal() })).toMatchObject({
        message: 'late stub',
      });
      expect(fetch).toHaveBeenCalledWith(
        `http://x.example/api${TEST_CONNECTION_PATH}`,
        expect.anything(),
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('keeps only the known keys of a result', async () => {
    const fetch = stubFetch(
      JSON.stringify({ ok: false, message: 'No.', field: 'token', code: 'x', extra: 1 }),
    );
    const api = createHttpCallbacks({ baseUrl: '/api', fetch });
    expect(await api.onTestConnection(line, { signal: signal() })).toEqual({
      ok: false,
      message: 'No.',
      field: 'token',
      code: 'x',
    });
  });
});

describe('createHttpCallbacks: failures become { ok: false, message }', () => {
  it('maps a network error', async () => {
    const fetch = vi.fn<FetchLike>(async () => {
      throw new TypeError('fetch failed');
    });
    const result = await createHttpCallbacks({ baseUrl: '/api', fetch }).onTestConnection(line, {
      signal: signal(),
    });
    expect(result).toEqual({
      ok: false,
      code: 'network_error',
      message: 'Could not reach the server. Check your network connection and try again.',
    });
  });

  it('maps a fetch that throws synchronously (e.g. a relative URL in Node)', async () => {
    const fetch: FetchLike = () => {
      throw new TypeError('Failed to parse URL');
    };
    const result = await createHttpCallbacks({ baseUrl: '/api', fetch }).onSetWebhook(telegram, {
      signal: signal(),
    });
    expect(result).toMatchObject({ ok: false, code: 'network_error' });
  });

  it('maps a body that is not JSON, with the HTTP status', async () => {
    const fetch = stubFetch('<!doctype html><title>Login</title>', 200, 'text/html');
    const result = await createHttpCallbacks({ baseUrl: '/api', fetch }).onTestConnection(line, {
      signal: signal(),
    });
    expect(result).toMatchObject({ ok: false, code: 'invalid_response' });
    expect(result.message).toMatch(/not JSON \(HTTP 200\)/);
  });

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['no ok', '{"message":"hi"}'],
    ['ok as a string', '{"ok":"true"}'],
    ['ok false without message', '{"ok":false}'],
    ['ok false with empty message', '{"ok":false,"message":"  "}'],
    ['a numeric message', '{"ok":true,"message":42}'],
  ])('maps a malformed shape: %s', async (_name, body) => {
    const fetch = stubFetch(body);
    const result = await createHttpCallbacks({ baseUrl: '/api', fetch }).onTestConnection(line, {
      signal: signal(),
    });
    expect(result).toMatchObject({ ok: false, code: 'invalid_response' });
    expect(result.message).toMatch(/unexpected answer \(HTTP 200\)/);
  });

  it("parses an answer with the forms' parser: numeric details become text, a malformed field or webhookUrl is left out", async () => {
    const ok = await createHttpCallbacks({
      baseUrl: '/api',
      fetch: stubFetch('{"ok":true,"details":{"subscribers":1200,"bad":{}},"webhookUrl":3}'),
    }).onTestConnection(line, { signal: signal() });
    expect(ok).toEqual({ ok: true, details: { subscribers: '1200' } });
    const failed = await createHttpCallbacks({
      baseUrl: '/api',
      fetch: stubFetch('{"ok":false,"message":"x","field":3}'),
    }).onTestConnection(line, { signal: signal() });
    expect(failed).toEqual({ ok: false, message: 'x' });
  });

  it("uses a non-2xx answer's own ActionResult", async () => {
    const fetch = stubFetch('{"ok":false,"message":"Bot is blocked.","field":"token"}', 403);
    const result = await createHttpCallbacks({ baseUrl: '/api', fetch }).onTestConnection(
      telegram,
      { signal: signal() },
    );
    expect(result).toEqual({ ok: false, message: 'Bot is blocked.', field: 'token' });
  });

  it.each([
    ['a non-JSON 500', '<h1>Internal Server Error</h1>', 500],
    ['a 502 with another JSON shape', '{"error":"bad gateway"}', 502],
    ['a 404 claiming ok: true', '{"ok":true}', 404],
  ])('maps %s to a generic message with the status', async (_name, body, status) => {
    const fetch = stubFetch(body, status);
    const result = await createHttpCallbacks({ baseUrl: '/api', fetch }).onTestConnection(line, {
      signal: signal(),
    });
    expect(result).toEqual({
      ok: false,
      code: 'http_error',
      message: `The server could not complete the request (HTTP ${status}). Try again later.`,
    });
  });
});

describe('createHttpCallbacks: abort', () => {
  it('rethrows when the signal aborts during fetch', async () => {
    const controller = new AbortController();
    const fetch = vi.fn<FetchLike>(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );
    const pending = createHttpCallbacks({ baseUrl: '/api', fetch }).onTestConnection(line, {
      signal: controller.signal,
    });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects when the signal was aborted, even if fetch ignores it', async () => {
    const controller = new AbortController();
    const fetch = vi.fn<FetchLike>(async () => {
      controller.abort();
      return new Response('{"ok":true}');
    });
    await expect(
      createHttpCallbacks({ baseUrl: '/api', fetch }).onTestConnection(line, {
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('does not call fetch with an already aborted signal', async () => {
    const fetch = stubFetch('{"ok":true}');
    const reason = new DOMException('gone', 'AbortError');
    await expect(
      createHttpCallbacks({ baseUrl: '/api', fetch }).onSetWebhook(telegram, {
        signal: AbortSignal.abort(reason),
      }),
    ).rejects.toBe(reason);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('createHttpCallbacks: secrets', () => {
  const echo = (template: (config: Record<string, string>) => unknown, status = 200) =>
    vi.fn<FetchLike>(async (_url, init) => {
      const config = JSON.parse(init.body as string) as Record<string, string>;
      return Response.json(template(config), { status });
    });

  const cases: Array<[string, MessengerConfig]> = [
    ['facebook token', facebook],
    ['line token', line],
    ['nexmo secret', nexmo],
    ['telegram token', telegram],
    ['viber token', viber],
  ];

  it.each(cases)('redacts an echoed %s from messages', async (_name, config) => {
    const fetch = echo((c) => ({
      ok: false,
      message: `Rejected ${c.token ?? ''} ${c.secret ?? ''} ${c.key ?? ''} ${c.webhookVerifyToken ?? ''} ${encodeURIComponent(c.token ?? c.secret)}`,
    }));
    const result = await createHttpCallbacks({ baseUrl: '/api', fetch }).onTestConnection(config, {
      signal: signal(),
    });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Rejected .*•••/);
    expectNoSecrets(result, config);
  });

  it('leaves the Nexmo API key in clear: only fields of a secret kind are redacted', async () => {
    const fetch = echo((c) => ({
      ok: false,
      message: `Key ${c.key} rejected, secret ${c.secret}`,
    }));
    const result = await createHttpCallbacks({ baseUrl: '/api', fetch }).onTestConnection(nexmo, {
      signal: signal(),
    });
    expect(result).toEqual({ ok: false, message: `Key ${nexmo.key} rejected, secret •••` });
  });

  it('redacts secrets in a non-2xx body and in success details', async () => {
    const failing = echo((c) => ({ ok: false, message: `token ${c.token} is revoked` }), 401);
    const api = createHttpCallbacks({ baseUrl: '/api', fetch: failing });
    const failed = await api.onTestConnection(telegram, { signal: signal() });
    expect(failed).toEqual({ ok: false, message: 'token ••• is revoked' });

    const succeeding = echo((c) => ({
      ok: true,
      message: `Using ${c.token}`,
      details: { token: c.token, [`k-${c.token}`]: 'v', bot: c.botUsername },
    }));
    const ok = await createHttpCallbacks({ baseUrl: '/api', fetch: succeeding }).onTestConnection(
      telegram,
      { signal: signal() },
    );
    expect(ok).toEqual({
      ok: true,
      message: 'Using •••',
      details: { token: '•••', 'k-•••': 'v', bot: 'acme_support_bot' },
    });
  });

  it('redacts the secret part of a Telegram token echoed alone (after the bot id)', async () => {
    const [botId, secretPart] = telegram.token.split(':');
    const fetch = echo(() => ({
      ok: false,
      message: `Bot ${botId} refused key ${secretPart}`,
      checks: [{ id: 'token', status: 'fail', message: `key ${secretPart} revoked` }],
    }));
    const result = await createHttpCallbacks({ baseUrl: '/api', fetch }).onTestConnection(
      telegram,
      { signal: signal() },
    );
    expect(result).toEqual({
      ok: false,
      message: `Bot ${botId} refused key •••`,
      checks: [{ id: 'token', status: 'fail', message: 'key ••• revoked' }],
    });
  });

  it('hides a message containing a secret too short to cut out, and drops such field/code', async () => {
    const short = { ...line, token: 'abc' };
    const fetch = echo(() => ({
      ok: false,
      message: 'Token abc is wrong',
      field: 'abc',
      code: 'xabc',
    }));
    const result = await createHttpCallbacks({ baseUrl: '/api', fetch }).onTestConnection(short, {
      signal: signal(),
    });
    expect(result).toEqual({
      ok: false,
      message: 'The server answered with a message that contained a secret value, so it is hidden.',
    });
  });

  it('redacts a token echoed through MSW', async () => {
    const server = setupServer(
      http.post<never, MessengerConfig>(`*/api${TEST_CONNECTION_PATH}`, async ({ request }) => {
        const config = (await request.json()) as { token: string };
        return HttpResponse.json(
          { ok: false, message: `Invalid token "${config.token}"` },
          { status: 401 },
        );
      }),
    );
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const api = createHttpCallbacks({ baseUrl: 'http://localhost/api' });
      const result = await api.onTestConnection(viber, { signal: signal() });
      expect(result).toEqual({ ok: false, message: 'Invalid token "•••"' });
    } finally {
      server.close();
    }
  });
});
