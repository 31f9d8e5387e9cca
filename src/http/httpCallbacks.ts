import { parseActionResult } from '../core/actionResult';
import { secretValuesOf } from '../core/defineMessenger';
import type { AnyMessengerDescriptor } from '../core/descriptor';
import { isObject } from '../core/isObject';
import { redactResult } from '../core/redact';
import type {
  ActionResult,
  SetWebhookContext,
  TestConnectionContext,
  WebhookResult,
} from '../core/types';
import { messengerDescriptors } from '../messengers/registry';
import { isMessengerType } from '../messengers/builtIns';
import type { ConfigUpdate, MessengerConfig } from '../messengers/types';
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
  /**
   * Custom messenger types (from `defineMessenger`) the callbacks are used
   * with: their secret fields (`kind` other than `"text"`) are redacted from
   * answers like the built-in ones'. For a type neither built in nor given
   * here, every value of the config is treated as secret.
   */
  messengers?: ReadonlyArray<AnyMessengerDescriptor>;
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

const MESSAGES = {
  network: 'Could not reach the server. Check your network connection and try again.',
  noFetch: 'Cannot contact the server: fetch is not available in this environment.',
  badRequest: 'Could not send the request: the values cannot be converted to JSON.',
  httpError: (status: number) =>
    `The server could not complete the request (HTTP ${status}). Try again later.`,
  notJson: (status: number) =>
    `The server sent an answer that is not JSON (HTTP ${status}). Check the API address.`,
  unexpected: (status: number) =>
    `The server sent an unexpected answer (HTTP ${status}). Check that it implements the messenger-accounts API.`,
};

/**
 * The secret values of a config: the values of its descriptor's secret fields
 * (by `kind`, the one answer) and their secret parts; for an unknown type,
 * every value but `type`.
 */
function secretsOf(config: unknown, options: HttpCallbacksOptions): string[] {
  if (!isObject(config)) return [];
  const { type } = config;
  const descriptor = isMessengerType(type)
    ? messengerDescriptors[type]
    : options.messengers?.find((candidate) => candidate.type === type);
  if (descriptor) return secretValuesOf(descriptor, config);
  return Object.keys(config).flatMap((key) =>
    key !== 'type' && typeof config[key] === 'string' ? [config[key]] : [],
  );
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
  const secrets = secretsOf(config, options);
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
  const result = isJson ? (parseActionResult(json) ?? undefined) : undefined;
  const { status } = response;
  if (!response.ok) {
    if (result && !result.ok) return redactResult(result, secrets);
    return { ok: false, code: 'http_error', message: MESSAGES.httpError(status) };
  }
  if (!isJson) return { ok: false, code: 'invalid_response', message: MESSAGES.notJson(status) };
  if (!result) return { ok: false, code: 'invalid_response', message: MESSAGES.unexpected(status) };
  return redactResult(result, secrets);
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
 * Messages never contain the config's secret values (the fields whose `kind`
 * is secret: `token`, `secret`, `webhookVerifyToken`): a server message that
 * echoes one shows `•••` in its place, as the forms do.
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
