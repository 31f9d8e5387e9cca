// Mocks of messenger-integration-forms: MSW handlers and scenarios answering the
// REST contract. May import `msw`; never imports React.
// The HTTP adapter and the REST contract have their own entry (`./http`, no
// msw, no React); re-exported here for compatibility.
export * from '../http';
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
export type { MockHandlersOptions, MockScenarios } from './handlers';
