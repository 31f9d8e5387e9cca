import type { HttpHandler } from 'msw';
import { facebookHandlers } from './facebook';
import { lineHandlers } from './line';
import { nexmoHandlers } from './nexmo';
import { createProviderState, type ProviderMockState } from './state';
import { telegramHandlers } from './telegram';
import { viberHandlers } from './viber';

export { createProviderState, MOCK_WEBHOOK_ORIGIN } from './state';
export type {
  ProviderMockState,
  MockTelegramBot,
  MockFacebookPage,
  MockFacebookUser,
  MockLineBot,
  MockViberAccount,
  MockNexmoAccount,
} from './state';
export {
  PROVIDER_SLOW_DELAY_MS,
  MOCK_RETRY_AFTER_SECONDS,
  type ProviderKeyword,
} from './behaviour';

/** Options of {@link createProviderHandlers}. */
export interface ProviderHandlersOptions {
  /**
   * The accounts the mock providers know, mutated by Set Webhook. Pass your
   * own (from {@link createProviderState}) to inspect or seed it.
   * @default createProviderState()
   */
  state?: ProviderMockState;
}

/**
 * MSW handlers that answer like the providers' real HTTP APIs — same URLs,
 * methods, headers and bodies, success and documented error shapes:
 * Telegram Bot API (`getMe`, `setWebhook`, `getWebhookInfo`, `deleteWebhook`),
 * Facebook Graph API (`/me`, Page lookup, `conversations`, `subscribed_apps`
 * GET and POST), LINE Messaging API (`/v2/bot/info`, webhook endpoint GET and
 * PUT, webhook test), Viber REST API (`get_account_info`, `set_webhook`) and
 * Vonage (`account/get-balance`). A small in-memory state
 * ({@link createProviderState}) makes Set Webhook then Test Connection report
 * the new webhook, and reaches every delivery check by its fields
 * (`webhookUrl`, `allowedUpdates`, `lastErrorMessage`, `pendingUpdateCount`,
 * `subscribedFields`, `permissions`, `expired`, `facebookUsers`,
 * `webhookActive`, `webhookStatusCode`, `balance`) without handler
 * overrides. Tokens containing `ratelimit`, `outage`, `netfail` or `slow`
 * reach the failure paths; a Graph token containing `graph<code>` answers
 * that Graph error code (3, 17, 32, 341, 368, 613, 80001).
 * @example
 * const server = setupServer(...createProviderHandlers());
 */
export function createProviderHandlers(options: ProviderHandlersOptions = {}): HttpHandler[] {
  const state = options.state ?? createProviderState();
  return [
    ...telegramHandlers(state),
    ...facebookHandlers(state),
    ...lineHandlers(state),
    ...viberHandlers(state),
    ...nexmoHandlers(state),
  ];
}
