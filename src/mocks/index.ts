// Mocks of messenger-integration-forms: MSW handlers, scenarios and a reference
// HTTP adapter for the REST contract. May import `msw`; never imports React.
export { TEST_CONNECTION_PATH, SET_WEBHOOK_PATH, DEFAULT_BASE_URL } from './contract';
export { createHttpCallbacks } from './httpCallbacks';
export {
  createMockHandlers,
  createScenarios,
  scenarios,
  SLOW_DELAY_MS,
  MOCK_WEBHOOK_ORIGIN,
  MOCK_STORED_SECRETS,
  MOCK_TELEGRAM_SECRET_TOKEN,
  mockWebhookUrl,
} from './handlers';

export {
  createProviderHandlers,
  createProviderState,
  PROVIDER_SLOW_DELAY_MS,
  MOCK_RETRY_AFTER_SECONDS,
} from './providers';

export type {
  ProviderHandlersOptions,
  ProviderMockState,
  ProviderKeyword,
  MockTelegramBot,
  MockFacebookPage,
  MockFacebookUser,
  MockLineBot,
  MockViberAccount,
  MockNexmoAccount,
} from './providers';
export type {
  TestConnectionRequestBody,
  SetWebhookRequestBody,
  TestConnectionResponseBody,
  SetWebhookResponseBody,
} from './contract';
export type { FetchLike, HttpCallbacksOptions, HttpCallbacks } from './httpCallbacks';
export type { MockHandlersOptions, MockScenarios } from './handlers';
