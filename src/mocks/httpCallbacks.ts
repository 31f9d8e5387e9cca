import type {
  ActionResult,
  SetWebhookContext,
  TestConnectionContext,
  ResultParams,
  WebhookResult,
} from '../core/types';
import type { ConfigUpdate, MessengerConfig } from '../messengers/types';
import { toWebhookResult } from '../core/actionResult';
import { joinUrl, SET_WEBHOOK_PATH, TEST_CONNECTION_PATH } from './contract';

/**
 * The part of `fetch` the adapter uses. `globalThis.fetch` fits, and so does
 * any wrapper (e.g. one adding an `Authorization` header).
 */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Options of {@link createHttpCallbacks}. */
export interface HttpCallbacksOptions {
  /**
   * Base URL of the API, e.g. `'/api'` in a browser or `'https://cc.example/api'`.
   * A trailing slash is ignored. In Node (tests, SSR) `fetch` needs an
   * absolute URL.
   */
  baseUrl: string;
  /**
   * The `fetch` to use. When omitted, `globalThis.fetch` is looked up at call
   * time (not at import time), so MSW or test stubs installed later are used.
   */
  fetch?: FetchLike;
}

/** The callbacks returned by {@link createHttpCallbacks}; pass them to any form. */
export interface HttpCallbacks {
  /**
   * Calls `POST {baseUrl}/messenger-accounts/test-connection` with the config as JSON.
   * @param config The validated, normalized config; without the secrets kept on file when
   *   the form has `storedSecrets` (the server merges them).
   * @param ctx `signal` is passed to `fetch`; `locale` is sent as `Accept-Language`.
   * @returns The server's `ActionResult`, or `{ ok: false, message }` for any
   *   failure (network, HTTP error, unexpected answer). Rejects only when
   *   `ctx.signal` aborts, with `signal.reason`.
   */
  onTestConnection: (
    config: MessengerConfig | ConfigUpdate<MessengerConfig>,
    ctx: TestConnectionContext,
  ) => Promise<ActionResult>;
  /**
   * Calls `POST {baseUrl}/messenger-accounts/set-webhook` with the config (and
   * `webhookUrl` when given) as JSON.
   * @param config The validated, normalized config; without the secrets kept on file when
   *   the form has `storedSecrets` (the server merges them).
   * @param ctx `signal` is passed to `fetch`; `locale` is sent as `Accept-Language`;
   *   `webhookUrl` (Viber) is added to the body.
   * @returns The server's `WebhookResult`, or `{ ok: false, message }` for any
   *   failure. Rejects only when `ctx.signal` aborts, with `signal.reason`.
   */
  onSetWebhook: (
    config: MessengerConfig | ConfigUpdate<MessengerConfig>,
    ctx: SetWebhookContext,
  ) => Promise<WebhookResult>;
}

/** Config keys whose values are secret and must never appear in a message. */
const SECRET_KEYS = ['token', 'secret', 'key', 'webhookVerifyToken'] as const;

/** Secrets shorter than this are not cut out of a message; the message is replaced instead. */
const MIN_REDACTABLE_LENGTH = 6;

const REDACTED = '[redacted]';

const MESSAGES = {
  network: 'Could not reach the server. Check your network connection and try again.',
  noFetch: 'Cannot contact the server: fetch is not available in this environment.',
  badRequest: 'Could not send the request: the values cannot be converted to JSON.',
  hidden: 'The server answered with a message that contained a secret value, so it is hidden.',
  httpError: (status: number) =>
    `The server could not complete the request (HTTP ${status}). Try again later.`,
  notJson: (status: number) =>
    `The server sent an answer that is not JSON (HTTP ${status}). Check the API address.`,
  unexpected: (status: number) =>
    `The server sent an unexpected answer (HTTP ${status}). Check that it implements the messenger-accounts API.`,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOptionalString(value: unknown): value is string | undefined {
  return value === undefined || typeof value === 'string';
}

/**
 * Checks that `value` is a well-formed `WebhookResult` (which includes every
 * `ActionResult`) and copies only its known keys.
 * @returns the result, or `undefined` when the shape is wrong.
 */
function parseResult(value: unknown): WebhookResult | undefined {
  if (!isRecord(value)) return undefined;
  const { ok, message, webhookUrl } = value;
  if (!isOptionalString(webhookUrl)) return undefined;
  const withUrl = webhookUrl === undefined ? {} : { webhookUrl };
  // Codes, params and warnings: the core check keeps their well-formed parts.
  const checked = toWebhookResult(value);
  if (ok === true) {
    if (!isOptionalString(message)) return undefined;
    const { details } = value;
    if (details !== undefined) {
      if (!isRecord(details) || !Object.values(details).every((v) => typeof v === 'string'))
        return undefined;
    }
    return {
      ok: true,
      ...(message === undefined ? {} : { message }),
      ...coded(checked),
      ...(details === undefined ? {} : { details: { ...(details as Record<string, string>) } }),
      ...(checked?.ok && checked.warnings ? { warnings: checked.warnings } : {}),
      ...withUrl,
    };
  }
  if (ok === false) {
    const { field, code } = value;
    if (typeof message !== 'string' || message.trim() === '') return undefined;
    if (!isOptionalString(field) || !isOptionalString(code)) return undefined;
    const { params } = coded(checked);
    return {
      ok: false,
      message,
      ...(field === undefined ? {} : { field }),
      ...(code === undefined ? {} : { code }),
      ...(params ? { params } : {}),
      ...withUrl,
    };
  }
  return undefined;
}

/** The `code` and `params` of a checked result. */
function coded(result: WebhookResult | null): { code?: string; params?: ResultParams } {
  if (!result) return {};
  return {
    ...(result.code === undefined ? {} : { code: result.code }),
    ...(result.params === undefined ? {} : { params: result.params }),
  };
}

/** The secret values of a config (and their URL-encoded forms), longest first. */
function secretsOf(config: unknown): string[] {
  if (!isRecord(config)) return [];
  const values = new Set<string>();
  for (const key of SECRET_KEYS) {
    const value = config[key];
    if (typeof value !== 'string' || value === '') continue;
    values.add(value);
    values.add(encodeURIComponent(value));
  }
  return [...values].sort((a, b) => b.length - a.length);
}

/**
 * Cuts every secret out of `text`.
 * @returns the cleaned text, or `undefined` when a secret too short to cut
 *   out cleanly occurs in it (the caller then drops the text).
 */
function redact(text: string, secrets: readonly string[]): string | undefined {
  let out = text;
  for (const secret of secrets) {
    if (!out.includes(secret)) continue;
    if (secret.length < MIN_REDACTABLE_LENGTH) return undefined;
    out = out.split(secret).join(REDACTED);
  }
  return out;
}

/** Removes secret values from every text of a result shown to the administrator. */
function sanitize(result: WebhookResult, secrets: readonly string[]): WebhookResult {
  if (secrets.length === 0) return result;
  const clean = (text: string | undefined) =>
    text === undefined ? undefined : redact(text, secrets);
  if (result.ok) {
    const out: WebhookResult = { ok: true };
    if (result.message !== undefined) out.message = clean(result.message) ?? MESSAGES.hidden;
    if (result.details) {
      const details: Record<string, string> = {};
      for (const [key, value] of Object.entries(result.details)) {
        const cleanKey = clean(key);
        if (cleanKey !== undefined) details[cleanKey] = clean(value) ?? REDACTED;
      }
      out.details = details;
    }
    const code = result.code === undefined ? undefined : clean(result.code);
    if (code !== undefined && code === result.code) out.code = code;
    const params = sanitizeParams(result.params, clean);
    if (params) out.params = params;
    if (result.warnings) {
      out.warnings = result.warnings.flatMap((w) => {
        const message = clean(w.message);
        if (message === undefined || clean(w.field) !== w.field) return [];
        const p = sanitizeParams(w.params, clean);
        const c = w.code === undefined ? undefined : clean(w.code);
        return [
          {
            field: w.field,
            message,
            ...(c !== undefined && c === w.code ? { code: c } : {}),
            ...(p ? { params: p } : {}),
          },
        ];
      });
    }
    if (result.webhookUrl !== undefined) out.webhookUrl = result.webhookUrl;
    return out;
  }
  const out: WebhookResult = { ok: false, message: clean(result.message) ?? MESSAGES.hidden };
  const field = clean(result.field);
  if (field !== undefined && field === result.field) out.field = field;
  const code = clean(result.code);
  if (code !== undefined && code === result.code) out.code = code;
  const params = sanitizeParams(result.params, clean);
  if (params) out.params = params;
  if (result.webhookUrl !== undefined) out.webhookUrl = result.webhookUrl;
  return out;
}

/** Params with every secret cut out; a value that cannot be cleaned is dropped. */
function sanitizeParams(
  params: ResultParams | undefined,
  clean: (text: string | undefined) => string | undefined,
): ResultParams | undefined {
  if (!params) return undefined;
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    const cleaned = typeof value === 'number' ? value : clean(value);
    if (cleaned !== undefined) out[key] = cleaned;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Throws the abort reason if `signal` has aborted. */
function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
  }
}

async function post(
  options: HttpCallbacksOptions,
  path: string,
  config: MessengerConfig | ConfigUpdate<MessengerConfig>,
  extra: Record<string, unknown>,
  ctx: { signal?: AbortSignal; locale?: string } | undefined,
): Promise<WebhookResult> {
  const signal = ctx?.signal;
  const secrets = secretsOf(config);
  throwIfAborted(signal);
  // Looked up per call so that MSW / stubs installed after import are used.
  const doFetch = options.fetch ?? globalThis.fetch;
  if (typeof doFetch !== 'function')
    return { ok: false, code: 'network_error', message: MESSAGES.noFetch };
  let body: string;
  try {
    body = JSON.stringify({ ...config, ...extra });
  } catch {
    return { ok: false, code: 'bad_request', message: MESSAGES.badRequest };
  }

  let response: Response;
  let text: string;
  try {
    response = await doFetch(joinUrl(options.baseUrl, path), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        // The form's language, so the server can answer in it.
        ...(ctx?.locale ? { 'accept-language': ctx.locale } : {}),
      },
      body,
      signal,
    });
    text = await response.text();
  } catch {
    throwIfAborted(signal);
    return { ok: false, code: 'network_error', message: MESSAGES.network };
  }
  // A fetch that ignores the signal must not resolve an aborted call either.
  throwIfAborted(signal);

  let json: unknown;
  let isJson = true;
  try {
    json = JSON.parse(text);
  } catch {
    isJson = false;
  }
  const result = isJson ? parseResult(json) : undefined;
  const { status } = response;
  if (!response.ok) {
    if (result && !result.ok) return sanitize(result, secrets);
    return { ok: false, code: 'http_error', message: MESSAGES.httpError(status) };
  }
  if (!isJson) return { ok: false, code: 'invalid_response', message: MESSAGES.notJson(status) };
  if (!result) return { ok: false, code: 'invalid_response', message: MESSAGES.unexpected(status) };
  return sanitize(result, secrets);
}

/**
 * Reference HTTP adapter: builds `onTestConnection` and `onSetWebhook` callbacks
 * that call the REST contract answered by {@link createMockHandlers}
 * (`POST {baseUrl}/messenger-accounts/test-connection` and
 * `POST {baseUrl}/messenger-accounts/set-webhook`, JSON body = config).
 *
 * Failures never throw: a network error, a non-2xx status, a body that is not
 * JSON or not an `ActionResult` becomes `{ ok: false, message }` (a non-2xx
 * answer's own `{ ok: false, message }` body is used when it has one). The
 * only rejection is an abort: when `ctx.signal` aborts, the promise rejects
 * with `signal.reason` (an `AbortError` `DOMException` by default), because
 * the form handles unmount and timeout itself.
 *
 * Messages never contain the config's secret values (`token`, `secret`, `key`,
 * `webhookVerifyToken`): a server message that echoes one is redacted.
 *
 * @param options `baseUrl` of the API and an optional `fetch`.
 * @returns Callbacks to pass as `onTestConnection` / `onSetWebhook` to any form.
 * @example
 * const callbacks = createHttpCallbacks({ baseUrl: '/api' });
 * <TelegramAccountForm onSubmit={save} {...callbacks} />
 */
export function createHttpCallbacks(options: HttpCallbacksOptions): HttpCallbacks {
  return {
    onTestConnection: (config, ctx) => post(options, TEST_CONNECTION_PATH, config, {}, ctx),
    onSetWebhook: (config, ctx) =>
      post(
        options,
        SET_WEBHOOK_PATH,
        config,
        ctx?.webhookUrl === undefined ? {} : { webhookUrl: ctx.webhookUrl },
        ctx,
      ),
  };
}
