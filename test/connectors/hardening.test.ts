// @vitest-environment node
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { testConnection, type ConnectorFetch } from '../../src/connectors';
import type { TelegramConfig, ViberConfig } from '../../src/messengers/types';
import { expectNoSecret } from './helpers';

// Hostile peers against the connectors' request layer (src/connectors/http.ts).
// Only loopback servers are contacted: a `fetch` option sends the provider's
// URL to a server on 127.0.0.1, and a second "other host" on 127.0.0.2 stands
// for where a redirect points.

const TELEGRAM: TelegramConfig = {
  type: 'telegram',
  botUsername: 'acme_support_bot',
  token: '123456789:AAFAKE-hardening-token-not-real-0000',
};
const VIBER: ViberConfig = {
  type: 'viber',
  botUsername: 'acmesupport',
  token: '445da6az1s345z78-dazcczb2542zv51a-FAKE',
};

interface Loopback {
  server: Server;
  origin: string;
  requests: { url: string; headers: IncomingMessage['headers'] }[];
}

async function listen(
  host: string,
  answer: (request: IncomingMessage, res: import('node:http').ServerResponse) => void,
): Promise<Loopback> {
  const requests: Loopback['requests'] = [];
  const server = createServer((request, res) => {
    requests.push({ url: request.url ?? '', headers: request.headers });
    request.resume();
    answer(request, res);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://${host}:${port}`, requests };
}

let proxy: Loopback;
let other: Loopback;
let redirectStatus = 307;

beforeAll(async () => {
  other = await listen('127.0.0.2', (_request, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, result: { id: 1, is_bot: true, username: 'x_bot' } }));
  });
  proxy = await listen('127.0.0.1', (request, res) => {
    res.writeHead(redirectStatus, { location: `${other.origin}${request.url ?? '/'}` });
    res.end();
  });
});
afterEach(() => {
  proxy.requests.length = 0;
  other.requests.length = 0;
});
afterAll(async () => {
  await Promise.all(
    [proxy, other].map(({ server }) => new Promise((resolve) => server.close(resolve))),
  );
});

/** A fetch that sends every provider request to the loopback "proxy", keeping the connector's init. */
const viaProxy: ConnectorFetch = (url, init) =>
  globalThis.fetch(`${proxy.origin}${new URL(url).pathname}`, init);

describe('redirects (a proxy or tampered DNS answering 3xx)', () => {
  for (const status of [301, 302, 303, 307, 308])
    it(`never follows a ${status}: no second request carries the Telegram token`, async () => {
      redirectStatus = status;
      const result = await testConnection(TELEGRAM, { fetch: viaProxy });
      expect(proxy.requests).toHaveLength(1);
      expect(other.requests).toHaveLength(0);
      expect(result).toMatchObject({ ok: false, code: 'unexpected_response' });
      expectNoSecret(result, [TELEGRAM.token]);
    });

  it('never sends the Viber auth token header to the redirect target', async () => {
    redirectStatus = 307;
    const result = await testConnection(VIBER, { fetch: viaProxy });
    expect(other.requests).toHaveLength(0);
    expect(proxy.requests[0]?.headers['x-viber-auth-token']).toBe(VIBER.token);
    expect(result).toMatchObject({ ok: false, code: 'unexpected_response' });
  });

  it('refuses an answer a host fetch got by following a redirect anyway', async () => {
    const following: ConnectorFetch = async (url, init) => {
      const response = await globalThis.fetch(`${proxy.origin}${new URL(url).pathname}`, {
        ...init,
        redirect: 'follow',
      });
      return response;
    };
    redirectStatus = 307;
    const result = await testConnection(TELEGRAM, { fetch: following });
    expect(other.requests).toHaveLength(1); // the host's fetch followed it…
    expect(result).toMatchObject({ ok: false, code: 'unexpected_response' }); // …the answer is not trusted
  });

  it('treats an opaque-redirect answer (browser fetch) as unexpected', async () => {
    const opaque: ConnectorFetch = () => {
      const response = new Response(null, { status: 200 });
      Object.defineProperty(response, 'type', { value: 'opaqueredirect' });
      Object.defineProperty(response, 'status', { value: 0 });
      return Promise.resolve(response);
    };
    const result = await testConnection(TELEGRAM, { fetch: opaque });
    expect(result).toMatchObject({ ok: false, code: 'unexpected_response' });
  });
});

describe('deadlines hold when the host fetch ignores the signal', () => {
  it('times out a fetch that never settles', async () => {
    const never: ConnectorFetch = () => new Promise<Response>(() => {});
    const started = Date.now();
    const result = await testConnection(TELEGRAM, { fetch: never, timeoutMs: 50 });
    expect(result).toMatchObject({ ok: false, code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('times out a body that never ends', async () => {
    const stalled: ConnectorFetch = () =>
      Promise.resolve(
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"ok":tr'));
            },
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        ),
      );
    const result = await testConnection(TELEGRAM, { fetch: stalled, timeoutMs: 50 });
    expect(result).toMatchObject({ ok: false, code: 'timeout' });
  });

  it('answers aborted when the caller aborts a fetch that ignores the signal', async () => {
    const never: ConnectorFetch = () => new Promise<Response>(() => {});
    const controller = new AbortController();
    const pending = testConnection(TELEGRAM, { fetch: never, signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    expect(await pending).toMatchObject({ ok: false, code: 'aborted' });
  });
});

describe('provider bodies are read with a cap (1 MiB)', () => {
  it('stops reading an endless body and cancels it', async () => {
    let cancelled = false;
    let sent = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const endless: ConnectorFetch = () =>
      Promise.resolve(
        new Response(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              sent += chunk.length;
              controller.enqueue(chunk);
            },
            cancel() {
              cancelled = true;
            },
          }),
          { status: 200, headers: { 'content-type': 'application/json' } },
        ),
      );
    const result = await testConnection(TELEGRAM, { fetch: endless, timeoutMs: 5_000 });
    expect(result).toMatchObject({ ok: false, code: 'unexpected_response' });
    expect(cancelled).toBe(true);
    expect(sent).toBeLessThan(2 * 1024 * 1024);
  });

  it('refuses a body just over 1 MiB, even if it is valid JSON', async () => {
    const big = JSON.stringify({
      ok: true,
      result: { id: 1, is_bot: true, username: 'acme_support_bot', pad: 'x'.repeat(1024 * 1024) },
    });
    const answer: ConnectorFetch = () =>
      Promise.resolve(
        new Response(big, { status: 200, headers: { 'content-type': 'application/json' } }),
      );
    const result = await testConnection(TELEGRAM, { fetch: answer });
    expect(result).toMatchObject({ ok: false, code: 'unexpected_response' });
  });

  it('refuses up front a Content-Length over the cap', async () => {
    let pulled = 0;
    const declared: ConnectorFetch = () =>
      Promise.resolve(
        new Response(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              pulled += 1;
              controller.enqueue(new TextEncoder().encode(' '));
            },
          }),
          { status: 200, headers: { 'content-length': String(50 * 1024 * 1024) } },
        ),
      );
    const result = await testConnection(TELEGRAM, { fetch: declared });
    expect(result).toMatchObject({ ok: false, code: 'unexpected_response' });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('still reads an answer under the cap in many small chunks', async () => {
    const text = JSON.stringify({
      ok: true,
      result: { id: 123456789, is_bot: true, first_name: 'ACME', username: 'acme_support_bot' },
    });
    const bytes = new TextEncoder().encode(text);
    const webhookUrl = 'https://contact-center.example/webhooks/telegram/acme';
    const chunked = (url: string): Promise<Response> => {
      // Both answers come in 3-byte chunks: getMe, then a webhook that is set
      // (an empty url fails the delivery check webhook_set, not the reading).
      const body = url.endsWith('/getMe')
        ? bytes
        : new TextEncoder().encode(
            JSON.stringify({
              ok: true,
              result: {
                url: webhookUrl,
                pending_update_count: 0,
              },
            }),
          );
      let i = 0;
      return Promise.resolve(
        new Response(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              if (i >= body.length) controller.close();
              else controller.enqueue(body.subarray(i, (i += 3)));
            },
          }),
          { status: 200 },
        ),
      );
    };
    const result = await testConnection(TELEGRAM, { fetch: chunked });
    expect(result).toMatchObject({ ok: true, code: 'connected' });
    // Both chunked bodies were read whole: the name from getMe, the URL from getWebhookInfo.
    expect(result.ok && result.details).toMatchObject({
      username: '@acme_support_bot',
      webhookUrl,
    });
  });
});
