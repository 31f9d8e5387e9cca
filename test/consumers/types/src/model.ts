// Type tests of the config model and the ./mocks entry.
import {
  MESSENGER_TYPES,
  validateMessengerConfig,
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

export const handlers: HttpHandler[] = createMockHandlers({ baseUrl: '/api', delayMs: 0 });
export const api: HttpCallbacks = createHttpCallbacks({ baseUrl: '/api' });
expectType<Equal<TestConnectionRequestBody, MessengerConfig>>();

// @ts-expect-error -- baseUrl is required
createHttpCallbacks({});
