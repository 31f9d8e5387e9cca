import type { ActionResult, WebhookResult } from '../core/types';
import type { MessengerConfig } from '../messengers/types';

/** Path of the Test Connection endpoint, relative to the API base URL. */
export const TEST_CONNECTION_PATH = '/messenger-accounts/test-connection';

/** Path of the Set Webhook endpoint, relative to the API base URL. */
export const SET_WEBHOOK_PATH = '/messenger-accounts/set-webhook';

/** Base URL the mock handlers answer on when none is given. */
export const DEFAULT_BASE_URL = '/api';

/** JSON body of `POST {baseUrl}/messenger-accounts/test-connection`: the config itself. */
export type TestConnectionRequestBody = MessengerConfig;

/**
 * JSON body of `POST {baseUrl}/messenger-accounts/set-webhook`: the config,
 * plus `webhookUrl` (`https://host:port[/path]`) for Viber.
 */
export type SetWebhookRequestBody = MessengerConfig & { webhookUrl?: string };

/** JSON answer of the Test Connection endpoint. */
export type TestConnectionResponseBody = ActionResult;

/** JSON answer of the Set Webhook endpoint. */
export type SetWebhookResponseBody = WebhookResult;

/**
 * Joins a base URL and an endpoint path, dropping trailing slashes of the base.
 * @internal
 */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}
