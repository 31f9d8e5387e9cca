// Type tests of the config model and the ./mocks and ./http entries.
import {
  MESSENGER_TYPES,
  validateMessengerConfig,
  type FacebookConfig,
  type LineConfig,
  type MessengerConfig,
  type MessengerType,
} from 'messenger-integration-forms';
import {
  createHttpCallbacks,
  createMockHandlers,
  type HttpCallbacks,
  type TestConnectionRequestBody,
} from 'messenger-integration-forms/mocks';
import type { HttpHandler } from 'msw';
import type { Equal } from './assert.js';
import { expectType } from './assert.js';

expectType<Equal<(typeof MESSENGER_TYPES)[number], MessengerType>>();
expectType<Equal<MessengerType, 'facebook' | 'line' | 'nexmo' | 'telegram' | 'viber'>>();

const result = validateMessengerConfig({ type: 'telegram' });
if (result.ok) {
  const config: MessengerConfig = result.config;
  if (config.type === 'nexmo') expectType<Equal<typeof config.secret, string>>();
}

// Optional keys: Facebook Page Username and App Secret, LINE Channel Secret.
export const facebookWithout: FacebookConfig = {
  type: 'facebook',
  pageId: '1',
  token: 'FAKE-token',
  webhookVerifyToken: 'FAKE-verify',
};
export const lineWith: LineConfig = {
  type: 'line',
  name: 'Support',
  token: 'FAKE-token',
  channelSecret: 'FAKE-channel-secret',
};
expectType<Equal<FacebookConfig['appSecret'], string | undefined>>();
// @ts-expect-error -- the LINE token stays required
export const lineNoToken: LineConfig = { type: 'line', name: 'Support' };

export const handlers: HttpHandler[] = createMockHandlers({ baseUrl: '/api', delayMs: 0 });
export const api: HttpCallbacks = createHttpCallbacks({ baseUrl: '/api' });
expectType<Equal<TestConnectionRequestBody, MessengerConfig>>();

// @ts-expect-error -- baseUrl is required
createHttpCallbacks({});

// ./http: the same adapter without msw (./mocks re-exports it).
import * as http from 'messenger-integration-forms/http';
expectType<Equal<typeof http.createHttpCallbacks, typeof createHttpCallbacks>>();
export const ownApi: http.HttpCallbacks = http.createHttpCallbacks({ baseUrl: '/api' });
expectType<Equal<http.TestConnectionRequestBody, TestConnectionRequestBody>>();

// ./connectors: server-side Test Connection / Set Webhook, typed results.
import {
  setWebhook,
  testConnection,
  type ConnectorOptions,
} from 'messenger-integration-forms/connectors';
import type { ActionResult, WebhookResult } from 'messenger-integration-forms';

const connectorOptions: ConnectorOptions = { timeoutMs: 5_000 };
export const tested: Promise<ActionResult> = testConnection(
  { type: 'line', name: 'Support', token: 'FAKE-token' },
  connectorOptions,
);
export const webhook: Promise<WebhookResult> = setWebhook(
  { type: 'viber', botUsername: 'acme', token: 'FAKE-token' },
  { webhookUrl: 'https://cc.example:8443' },
);
// @ts-expect-error setWebhook needs the webhook URL
void setWebhook({ type: 'viber', botUsername: 'acme', token: 'FAKE-token' }, {});
