import type { MessengerType } from '../messengers/builtIns';
import type { MessengerFormsLocale } from '../i18n/locale';
import type { ActionResult, WebhookResult } from '../core/types';
import type { MessengerConfig } from '../messengers/types';

/** A `fetch` implementation (the global one by default). */
export type ConnectorFetch = (input: string, init?: RequestInit) => Promise<Response>;

/** Options shared by {@link testConnection} and {@link setWebhook}. */
export interface ConnectorOptions {
  /**
   * The `fetch` to call the provider with, e.g. one that goes through a proxy.
   * @default globalThis.fetch
   */
  fetch?: ConnectorFetch;
  /** Aborts the provider requests; the result is then `{ ok: false, code: 'aborted' }`. */
  signal?: AbortSignal;
  /**
   * Time allowed for the whole operation (all provider requests), in milliseconds.
   * @default 10000
   */
  timeoutMs?: number;
  /**
   * Language of the result messages: `'en'` or `'ja'`, e.g. from the request's
   * `Accept-Language` (which `createHttpCallbacks` sets to the form's locale).
   * Codes, fields and params do not change.
   * @default 'en'
   */
  locale?: MessengerFormsLocale;
}

/** Options of {@link testConnection}. */
export interface TestConnectionOptions extends ConnectorOptions {
  /**
   * The host application's own webhook endpoint for this account. When
   * given, the "webhook is ours" checks (Telegram, LINE, Viber) compare the
   * provider's webhook with it and fail when it points elsewhere; when
   * absent they are skipped (left out of `checks`, not passed).
   */
  expectedWebhookUrl?: string;
}

/** Options of {@link setWebhook}. */
export interface SetWebhookOptions extends ConnectorOptions {
  /**
   * The URL the provider should send messages to: for Viber what the
   * administrator typed (`https://host:port[/path]`), for Telegram and LINE
   * the host application's own webhook endpoint for this account. Ignored
   * for Facebook (the Page is subscribed to the app, whose webhook URL is set
   * in the Meta dashboard): pass your endpoint or `''`.
   */
  webhookUrl: string;
  /**
   * Telegram only, required there: the secret Telegram sends in the
   * `X-Telegram-Bot-Api-Secret-Token` header of every update, 1–256
   * characters of `A-Za-z0-9_-` (e.g. from `generateVerifyToken()`). The
   * host stores it to verify inbound webhooks. Without a valid one Set
   * Webhook is refused (`secret_token_required`) before any request.
   */
  secretToken?: string;
  /**
   * Telegram only: if `true`, updates waiting for delivery are dropped
   * (`drop_pending_updates`).
   * @default false
   */
  dropPendingUpdates?: boolean;
}

/**
 * What a provider module's Set Webhook gets: the URL (trimmed, may be
 * empty) and the Telegram options.
 * @internal
 */
export interface WebhookTarget {
  webhookUrl: string;
  secretToken?: string;
  dropPendingUpdates: boolean;
}

/**
 * The answer of a provider API: HTTP status, parsed JSON body (`undefined`
 * when the body is not JSON) and the `Retry-After` header in seconds.
 * @internal
 */
export interface ProviderResponse {
  status: number;
  body: unknown;
  retryAfter?: number;
}

/**
 * What a provider module gets to talk to its API. `request` never returns a
 * network error, timeout or abort: those end the operation with the matching
 * result (thrown internally and caught by the entry points).
 * @internal
 */
export interface ConnectorContext {
  /** Display name of the provider, e.g. `'Telegram'`, for messages. */
  provider: string;
  /** Sends a request; `json` is sent as a JSON body. */
  request(
    url: string,
    init?: { method?: string; headers?: Record<string, string>; json?: unknown },
  ): Promise<ProviderResponse>;
}

/**
 * One provider's implementation of the actions.
 * @internal
 */
export interface ProviderConnector<C extends MessengerConfig> {
  /** Display name used in messages, e.g. `'Telegram'`. */
  provider: string;
  testConnection(
    config: C,
    ctx: ConnectorContext,
    options: { expectedWebhookUrl?: string },
  ): Promise<ActionResult>;
  setWebhook?(config: C, target: WebhookTarget, ctx: ConnectorContext): Promise<WebhookResult>;
}

/** @internal */
export type ProviderConnectors = {
  [T in MessengerType]: ProviderConnector<Extract<MessengerConfig, { type: T }>>;
};
