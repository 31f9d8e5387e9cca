// A reference back end for the forms' REST contract and the providers'
// inbound webhooks, built on the connectors. Not part of the library: copy it
// into your server and adapt the marked parts (accounts, authorize, events).
// In your application, import from 'messenger-integration-forms/connectors'
// and 'messenger-integration-forms'.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  answerVerificationChallenge,
  isVerifiableMessengerType,
  localeOf,
  setWebhook,
  testConnection,
  verifyWebhook,
  type ConnectorFetch,
  type VerifiableMessengerType,
} from '../../src/connectors';
import { generateVerifyToken, type ActionResult, type MessengerConfig } from '../../src';

/** An account as your back end stores it. */
export interface StoredAccount {
  /** Your id of the account: the last segment of its webhook URL `/webhooks/:type/:id`. */
  id: string;
  /**
   * The stored config, secrets included (`token`, Facebook `appSecret` and
   * `webhookVerifyToken`, LINE `channelSecret`). Its secrets are merged into
   * form requests that keep them stored, and verify inbound webhooks.
   */
  config: Readonly<Record<string, string | undefined>> & { type: MessengerConfig['type'] };
  /** Telegram: the `secret_token` given to `setWebhook` (generated once, then kept). */
  telegramSecretToken?: string;
}

/** Where the server finds accounts: implement it on your database. */
export interface AccountStore {
  /**
   * The stored account a form request is about (the account being edited),
   * or `undefined` for one not saved yet. Only return accounts the
   * authorized user may manage. `body` is the config the form sent.
   */
  find(
    body: Readonly<Record<string, unknown>>,
    request: IncomingMessage,
  ): StoredAccount | undefined | Promise<StoredAccount | undefined>;
  /** The account behind an inbound webhook URL, or `undefined`. */
  get(type: string, id: string): StoredAccount | undefined | Promise<StoredAccount | undefined>;
  /** Keeps the Telegram secret token generated for an account. */
  saveTelegramSecretToken(id: string, secretToken: string): void | Promise<void>;
}

/**
 * What {@link ContactCenterServerOptions.authorize} answers: `true` lets the
 * request through; `false` or `'unauthenticated'` answers 401 (no or bad
 * session), `'forbidden'` answers 403 (signed in, but may not manage accounts).
 */
export type AuthorizeResult = boolean | 'unauthenticated' | 'forbidden';

/** A verified inbound webhook request, handed to {@link ContactCenterServerOptions.onWebhookEvent}. */
export interface InboundWebhookEvent {
  /** The messenger type from the URL. */
  type: VerifiableMessengerType;
  /** The account id from the URL. */
  accountId: string;
  /** The request body parsed as JSON (from the verified raw bytes). */
  payload: unknown;
}

/** Options of {@link createContactCenterServer}. */
export interface ContactCenterServerOptions {
  /** Path prefix of the API, as the forms' `createHttpCallbacks({ baseUrl })`. @default '/api' */
  basePath?: string;
  /**
   * The public origin (and optional path prefix) providers reach this server
   * at, e.g. `'https://cc.example.com'`. Webhook URLs are
   * `{publicBaseUrl}/webhooks/{type}/{id}`.
   */
  publicBaseUrl: string;
  /** Your accounts. */
  accounts: AccountStore;
  /**
   * Decides whether a request to the API may run: check your session cookie
   * or bearer token and the user's right to manage messenger accounts. Must
   * be implemented: the API uses stored secrets. Throwing answers 500.
   */
  authorize: (request: IncomingMessage) => AuthorizeResult | Promise<AuthorizeResult>;
  /**
   * Origins (`scheme://host[:port]`) whose pages may call the API; a request
   * with another `Origin` header answers 403. Requests without `Origin`
   * (server to server) pass on to `authorize`.
   * @default [origin of publicBaseUrl]
   */
  allowedOrigins?: readonly string[];
  /**
   * Callback fired with each inbound webhook request whose signature is
   * valid. Throwing (or rejecting) answers 500, so the provider retries.
   */
  onWebhookEvent: (event: InboundWebhookEvent) => void | Promise<void>;
  /** Passed to the connectors, e.g. a `fetch` that goes through your proxy. */
  fetch?: ConnectorFetch;
  /** Time allowed per provider operation, in milliseconds. @default 10000 */
  timeoutMs?: number;
  /** The connector functions (to wrap them, or in tests). @default the connectors' own */
  connectors?: { testConnection: typeof testConnection; setWebhook: typeof setWebhook };
}

/** Largest form request body (a config). */
const MAX_API_BODY_BYTES = 64 * 1024;
/** Largest inbound webhook body. */
const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

/**
 * An HTTP server answering
 * - `POST {basePath}/messenger-accounts/test-connection` and
 *   `POST {basePath}/messenger-accounts/set-webhook` with the connectors
 *   (provider answers, failures included, are HTTP 200 `ActionResult`s);
 *   only `Content-Type: application/json` (415), from an allowed `Origin`
 *   (403), once `authorize` agrees (401/403);
 * - `POST /webhooks/{type}/{id}` (Telegram, Facebook, LINE, Viber): verifies
 *   the provider's signature on the raw body with the account's stored
 *   secret, then hands the parsed event to `onWebhookEvent`; 401 otherwise;
 * - `GET /webhooks/facebook/{id}`: Facebook's subscription handshake.
 *
 * A request that fails in any way (a dropped upload, a throwing hook) ends
 * that request only. Nothing is logged: configs and webhooks hold secrets.
 */
export function createContactCenterServer(options: ContactCenterServerOptions): Server {
  const settings = resolve(options);
  return createServer((request, response) => {
    // Errors after the handler gave up (a client gone mid-upload) end here.
    request.on('error', () => undefined);
    response.on('error', () => undefined);
    handle(request, response, settings).catch(() => {
      if (!response.headersSent)
        send(response, 500, fail('server_error', 'The server could not handle the request.'));
      else response.destroy();
    });
  });
}

interface Settings extends ContactCenterServerOptions {
  basePath: string;
  publicBaseUrl: string;
  allowedOrigins: readonly string[];
}

function resolve(options: ContactCenterServerOptions): Settings {
  return {
    ...options,
    basePath: (options.basePath ?? '/api').replace(/\/+$/, ''),
    publicBaseUrl: options.publicBaseUrl.replace(/\/+$/, ''),
    allowedOrigins: options.allowedOrigins ?? [new URL(options.publicBaseUrl).origin],
  };
}

/** This server's webhook URL for an account. */
export function webhookUrlOf(publicBaseUrl: string, type: string, id: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/webhooks/${type}/${encodeURIComponent(id)}`;
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  settings: Settings,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const inbound = /^\/webhooks\/([^/]+)\/([^/]+)$/.exec(url.pathname);
  if (inbound) return handleWebhook(request, response, settings, inbound[1], inbound[2], url);

  const action =
    url.pathname === `${settings.basePath}/messenger-accounts/test-connection`
      ? 'test'
      : url.pathname === `${settings.basePath}/messenger-accounts/set-webhook`
        ? 'webhook'
        : undefined;
  if (!action) return send(response, 404, fail('not_found', 'No such endpoint.'));
  if (request.method !== 'POST') return send(response, 405, fail('method', 'Use POST.'));

  // Cross-site requests: a page elsewhere can POST text/plain or a form
  // without a preflight; only JSON from an allowed origin goes on.
  const origin = request.headers.origin;
  if (origin !== undefined && !settings.allowedOrigins.includes(origin))
    return send(response, 403, fail('forbidden_origin', 'This origin may not call the API.'));
  if (!isJson(request.headers['content-type']))
    return send(
      response,
      415,
      fail('unsupported_media_type', 'Send the config as application/json.'),
    );
  const allowed = await settings.authorize(request);
  if (allowed === 'forbidden')
    return send(response, 403, fail('forbidden', 'You may not manage messenger accounts.'));
  if (allowed !== true)
    return send(response, 401, fail('unauthenticated', 'Sign in to manage messenger accounts.'));

  const raw = await readBody(request, MAX_API_BODY_BYTES);
  if (raw === undefined)
    return send(response, 413, fail('too_large', 'The body is too large.'), true);
  const body = parseObject(raw);
  if (!body) return send(response, 400, fail('bad_request', 'The body must be a JSON config.'));

  // Abort the provider requests when the browser gives up (timeout, unmount).
  const controller = new AbortController();
  response.on('close', () => {
    if (!response.writableFinished) controller.abort();
  });
  const account = await settings.accounts.find(body, request);
  const stored = account && account.config.type === body.type ? account.config : undefined;
  const config = { ...stored, ...dropEmpty(body) } as unknown as MessengerConfig; // the connectors validate it
  const type = String(config.type);
  const ownUrl =
    account && isVerifiableMessengerType(type)
      ? webhookUrlOf(settings.publicBaseUrl, type, account.id)
      : undefined;
  const common = {
    signal: controller.signal,
    // The form's language (createHttpCallbacks sends it): messages come back in it.
    locale: localeOf(request.headers['accept-language']),
    ...(settings.fetch ? { fetch: settings.fetch } : {}),
    ...(settings.timeoutMs ? { timeoutMs: settings.timeoutMs } : {}),
  };
  const connectors = settings.connectors ?? { testConnection, setWebhook };

  let result: ActionResult;
  if (action === 'test') {
    result = await connectors.testConnection(config, {
      ...common,
      ...(ownUrl ? { expectedWebhookUrl: ownUrl } : {}),
    });
  } else if (type === 'viber') {
    // Viber: the URL the administrator typed in the Set Webhook dialog.
    result = await connectors.setWebhook(config, {
      ...common,
      webhookUrl: String(body.webhookUrl ?? ''),
    });
  } else if (account && ownUrl) {
    const secretToken = type === 'telegram' ? await telegramSecretToken(settings, account) : '';
    result = await connectors.setWebhook(config, {
      ...common,
      webhookUrl: ownUrl,
      ...(secretToken ? { secretToken } : {}),
    });
  } else if (isVerifiableMessengerType(type)) {
    result = fail(
      'account_not_saved',
      'Save the account first: its webhook address is known once it is saved.',
    );
  } else {
    result = await connectors.setWebhook(config, { ...common, webhookUrl: '' });
  }
  if (!controller.signal.aborted) send(response, 200, result);
}

/** The account's Telegram secret token; generated and stored the first time. */
async function telegramSecretToken(settings: Settings, account: StoredAccount): Promise<string> {
  if (account.telegramSecretToken) return account.telegramSecretToken;
  const secretToken = generateVerifyToken(); // 43 of A-Za-z0-9_-: what Telegram accepts
  await settings.accounts.saveTelegramSecretToken(account.id, secretToken);
  return secretToken;
}

/** The secret that verifies an account's inbound requests (empty: none stored, so none pass). */
function webhookSecret(type: VerifiableMessengerType, account: StoredAccount | undefined): string {
  if (!account || account.config.type !== type) return '';
  if (type === 'telegram') return account.telegramSecretToken ?? '';
  if (type === 'facebook') return account.config.appSecret ?? '';
  if (type === 'line') return account.config.channelSecret ?? '';
  return account.config.token ?? '';
}

async function handleWebhook(
  request: IncomingMessage,
  response: ServerResponse,
  settings: Settings,
  type: string,
  rawId: string,
  url: URL,
): Promise<void> {
  if (!isVerifiableMessengerType(type))
    return send(response, 404, fail('not_found', 'No such endpoint.'));
  let id: string;
  try {
    id = decodeURIComponent(rawId);
  } catch {
    return send(response, 404, fail('not_found', 'No such endpoint.'));
  }
  const account = await settings.accounts.get(type, id);

  if (request.method === 'GET' && type === 'facebook') {
    // https://developers.facebook.com/docs/graph-api/webhooks/getting-started/ (Verification Requests)
    const verifyToken =
      account?.config.type === 'facebook' ? (account.config.webhookVerifyToken ?? '') : '';
    const challenge = answerVerificationChallenge(url.searchParams, verifyToken);
    if (challenge === null) return send(response, 403, fail('forbidden', 'Verification failed.'));
    response.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
    response.end(challenge);
    return;
  }
  if (request.method !== 'POST') return send(response, 405, fail('method', 'Use POST.'));

  // The raw bytes, exactly as signed: never re-serialize parsed JSON.
  const raw = await readBody(request, MAX_WEBHOOK_BODY_BYTES);
  if (raw === undefined)
    return send(response, 413, fail('too_large', 'The body is too large.'), true);
  const check = verifyWebhook(type, {
    headers: request.headers,
    rawBody: raw,
    secret: webhookSecret(type, account),
  });
  // Same answer for an unknown account and a bad signature; nothing logged.
  if (!check.ok || !account)
    return send(response, 401, fail('bad_signature', 'The request is not signed.'));
  let payload: unknown;
  try {
    payload = JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    return send(response, 400, fail('bad_request', 'The body is not JSON.'));
  }
  await settings.onWebhookEvent({ type, accountId: account.id, payload });
  send(response, 200, { ok: true, message: 'Received.' });
}

function fail(code: string, message: string): ActionResult {
  return { ok: false, code, message };
}

function send(response: ServerResponse, status: number, result: ActionResult, close = false): void {
  if (response.headersSent || response.destroyed) return;
  response.writeHead(status, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    ...(close ? { connection: 'close' } : {}),
  });
  response.end(JSON.stringify(result));
}

/** Whether a `Content-Type` is JSON (`application/json`, any parameters). */
function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** Keys with a value: an absent secret (kept stored) does not override the stored one. */
function dropEmpty(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined && v !== ''));
}

/**
 * The request body as bytes, or `undefined` past `limit` (reading stops).
 * Rejects when the client goes away mid-upload (the caller ends the request).
 */
async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseObject(raw: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(raw.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An in-memory {@link AccountStore} for the demo and tests: a form request
 * is matched to a stored account by its type and username / Page ID / name.
 * Use your database (and your own account ids) instead.
 */
export function createMemoryAccountStore(accounts: StoredAccount[] = []): AccountStore & {
  accounts: StoredAccount[];
} {
  const identity = (config: Readonly<Record<string, unknown>>) =>
    String(config.botUsername ?? config.pageId ?? config.name ?? '').toLowerCase();
  return {
    accounts,
    find: (body) =>
      accounts.find(
        (a) =>
          a.config.type === body.type && identity(a.config) === identity(body) && identity(body),
      ),
    get: (type, id) => accounts.find((a) => a.config.type === type && a.id === id),
    saveTelegramSecretToken: (id, secretToken) => {
      const account = accounts.find((a) => a.id === id);
      if (account) account.telegramSecretToken = secretToken;
    },
  };
}
