// A reference back end for the forms' REST contract, built on the connectors.
// Not part of the library: copy it into your server and adapt the marked parts.
// In your application, import from 'messenger-integration-forms/connectors'.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { localeOf, setWebhook, testConnection, type ConnectorFetch } from '../../src/connectors';
import type { ActionResult, MessengerConfig } from '../../src';

/** Options of {@link createContactCenterServer}. */
export interface ContactCenterServerOptions {
  /** Path prefix of the API, as the forms' `createHttpCallbacks({ baseUrl })`. @default '/api' */
  basePath?: string;
  /**
   * Telegram only: this server's webhook endpoint for the bot (Telegram is
   * told to post updates there). Viber's URL comes from the form.
   */
  webhookUrlFor: (config: MessengerConfig) => string;
  /**
   * Edit forms leave a kept stored secret out of the request (`storedSecrets`):
   * return what you have on file for this account so it is merged in. Here the
   * account is identified by its type and username/ID; use your own account id.
   */
  storedSecretsFor?: (
    body: Readonly<Record<string, unknown>>,
  ) => Record<string, string> | undefined;
  /** Passed to the connectors, e.g. a `fetch` that goes through your proxy. */
  fetch?: ConnectorFetch;
  /** Time allowed per provider operation, in milliseconds. @default 10000 */
  timeoutMs?: number;
}

const MAX_BODY_BYTES = 64 * 1024;

/**
 * An HTTP server answering `POST {basePath}/messenger-accounts/test-connection`
 * and `POST {basePath}/messenger-accounts/set-webhook` with the connectors.
 * Provider answers (including failures such as an invalid token) are HTTP 200
 * `ActionResult`s; a body that is not JSON is HTTP 400. A client that goes
 * away aborts the provider requests. Nothing is logged: configs hold secrets.
 */
export function createContactCenterServer(options: ContactCenterServerOptions): Server {
  const basePath = (options.basePath ?? '/api').replace(/\/+$/, '');
  return createServer((request, response) => {
    void handle(request, response, basePath, options);
  });
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  basePath: string,
  options: ContactCenterServerOptions,
): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const action =
    path === `${basePath}/messenger-accounts/test-connection`
      ? 'test'
      : path === `${basePath}/messenger-accounts/set-webhook`
        ? 'webhook'
        : undefined;
  if (!action) return send(response, 404, fail('not_found', 'No such endpoint.'));
  if (request.method !== 'POST') return send(response, 405, fail('method', 'Use POST.'));

  const body = await readJson(request);
  if (!body) return send(response, 400, fail('bad_request', 'The body must be a JSON config.'));

  // Abort the provider requests when the browser gives up (timeout, unmount).
  const controller = new AbortController();
  response.on('close', () => {
    if (!response.writableFinished) controller.abort();
  });
  const merged = { ...options.storedSecretsFor?.(body), ...dropEmpty(body) };
  const config = merged as unknown as MessengerConfig; // the connectors validate it
  const common = {
    signal: controller.signal,
    // The form's language (createHttpCallbacks sends it): messages come back in it.
    locale: localeOf(request.headers['accept-language']),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  };
  const result =
    action === 'test'
      ? await testConnection(config, common)
      : await setWebhook(config, {
          ...common,
          webhookUrl:
            config.type === 'viber' ? String(body.webhookUrl ?? '') : options.webhookUrlFor(config),
        });
  if (!controller.signal.aborted) send(response, 200, result);
}

function fail(code: string, message: string): ActionResult {
  return { ok: false, code, message };
}

function send(response: ServerResponse, status: number, result: ActionResult): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(result));
}

/** Keys with a value: an absent secret (kept stored) does not override the stored one. */
function dropEmpty(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined && v !== ''));
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
