// Story callbacks wired to the real chain: createHttpCallbacks → fetch → MSW handlers.
import type { HttpHandler } from 'msw';
import { fn } from 'storybook/test';
import type {
  ActionResult,
  MessengerConfig,
  SetWebhookContext,
  TestConnectionContext,
  WebhookResult,
} from '../../src';
import { createHttpCallbacks, createMockHandlers } from '../../src/mocks';

/**
 * Base URL of the mock API, built at call time. Node's `fetch` (jsdom story
 * tests) needs an absolute URL, so it is `<page origin>/api` both there and in
 * the browser, where the MSW service worker answers it.
 */
export function apiBaseUrl(): string {
  const origin = globalThis.location?.origin;
  return `${origin && origin !== 'null' ? origin : 'http://localhost'}/api`;
}

/** Name of the MSW handler group every story file uses, so one story can override it. */
export const MOCK_GROUP = 'messengerAccounts';

/**
 * Story parameters that answer the messenger-accounts API with `handlers`
 * (a `scenarios.*` array or `createMockHandlers(...)`). Spread into `parameters`.
 * @example
 * export const ServerError: Story = { parameters: withMocks(scenarios.serverError) };
 */
export function withMocks(handlers: HttpHandler[]) {
  return { msw: { handlers: { [MOCK_GROUP]: handlers } } };
}

/** The baseline: realistic answers without delay (keywords in the token still apply). */
export const baselineMocks = () => withMocks(createMockHandlers({ delayMs: 0 }));

/**
 * `onTestConnection` as a spy that calls the reference HTTP adapter, so the
 * request goes through `fetch` to the MSW handlers and shows in the Actions panel.
 */
export function testConnectionCallback<C extends MessengerConfig>() {
  return fn((config: C, ctx: TestConnectionContext): Promise<ActionResult> =>
    createHttpCallbacks({ baseUrl: apiBaseUrl() }).onTestConnection(config, ctx),
  ).mockName('onTestConnection');
}

/** `onSetWebhook` as a spy that calls the reference HTTP adapter (see {@link testConnectionCallback}). */
export function setWebhookCallback<C extends MessengerConfig>() {
  return fn((config: C, ctx: SetWebhookContext): Promise<WebhookResult> =>
    createHttpCallbacks({ baseUrl: apiBaseUrl() }).onSetWebhook(config, ctx),
  ).mockName('onSetWebhook');
}
