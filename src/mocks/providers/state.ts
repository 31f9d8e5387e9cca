// In-memory state of the provider mocks. Every secret here is obviously fake
// (FAKE, "not-real", sequential digits). The registered accounts match the
// sample values of the stories, so a form filled with them connects.

/** Origin of the contact center's webhook endpoints in the mocks (`MOCK_WEBHOOK_ORIGIN`). */
export const MOCK_WEBHOOK_ORIGIN = 'https://contact-center.example';

/** A Telegram bot known to the mock Bot API. */
export interface MockTelegramBot {
  token: string;
  id: number;
  username: string;
  firstName: string;
  /** Current webhook URL (`''` when none). */
  webhookUrl: string;
  pendingUpdateCount: number;
  /** Telegram's `last_error_message` of the webhook, if any. */
  lastErrorMessage?: string;
  /**
   * Unix time (seconds) of `last_error_date`; when `lastErrorMessage` is set
   * without it, the mock answers one minute ago.
   */
  lastErrorDate?: number;
  /** The `secret_token` of the last `setWebhook` (Telegram never reveals it; the mock keeps it for tests). */
  secretToken?: string;
  /** `allowed_updates` of the webhook; absent or empty means every update type. */
  allowedUpdates?: string[];
}

/** A Facebook page known to the mock Graph API. */
export interface MockFacebookPage {
  /** Page Access Token that can read this page. */
  token: string;
  id: string;
  name: string;
  username: string;
  followers: number;
  /**
   * Webhook fields the Page is subscribed to for the app
   * (`/{page-id}/subscribed_apps`); `[]` when not subscribed.
   * @default ['messages', 'messaging_postbacks']
   */
  subscribedFields?: string[];
  /**
   * Permissions of the Page token. Without `pages_messaging`, the Messenger
   * conversations answer `(#230) Requires pages_messaging permission`.
   * @default ['pages_messaging', 'pages_manage_metadata', 'pages_read_engagement']
   */
  permissions?: string[];
  /** If `true`, the token is expired: Graph answers code 190 with `error_subcode` 463. */
  expired?: boolean;
}

/**
 * A Facebook user access token (e.g. from the Graph API Explorer): it reads
 * public Pages, and `/me` answers the user, not a Page.
 */
export interface MockFacebookUser {
  token: string;
  id: string;
  name: string;
}

/** A LINE Official Account known to the mock Messaging API. */
export interface MockLineBot {
  token: string;
  userId: string;
  basicId: string;
  displayName: string;
  chatMode: 'chat' | 'bot';
  followers: number;
  /** Webhook endpoint set in the LINE Developers console (`''` or absent when none). */
  webhookUrl?: string;
  /**
   * "Use webhook" (the endpoint's `active`).
   * @default true when `webhookUrl` is set
   */
  webhookActive?: boolean;
  /**
   * The HTTP status the webhook answers LINE's test event with
   * (`POST /v2/bot/channel/webhook/test`); the host `unreachable.example`
   * never answers (status 0, `COULD_NOT_CONNECT`).
   * @default 200
   */
  webhookStatusCode?: number;
}

/** A Viber bot (Public Account) known to the mock Viber REST API. */
export interface MockViberAccount {
  token: string;
  id: string;
  name: string;
  uri: string;
  subscribersCount: number;
  webhookUrl: string;
}

/** A Vonage (Nexmo) account known to the mock account API. */
export interface MockNexmoAccount {
  key: string;
  secret: string;
  balance: number;
}

/** What the provider mocks know; mutated by Set Webhook. */
export interface ProviderMockState {
  telegram: MockTelegramBot[];
  facebook: MockFacebookPage[];
  /** User access tokens known to the mock Graph API. */
  facebookUsers: MockFacebookUser[];
  line: MockLineBot[];
  viber: MockViberAccount[];
  nexmo: MockNexmoAccount[];
}

/**
 * A fresh provider state holding one registered account per provider,
 * matching the stories' sample values (e.g. the bot `acme_support_bot`),
 * each set up to deliver: Telegram, LINE and Viber webhooks point at
 * `https://contact-center.example/webhooks/<type>/<name>`, the Facebook Page
 * is subscribed to the app with `messages`, LINE's "Use webhook" is on. Plus
 * one Facebook user token (`facebookUsers`). Change a field to reach a
 * failing check, e.g. `webhookUrl: ''`, `subscribedFields: []`,
 * `webhookActive: false`, `allowedUpdates: ['callback_query']`,
 * `lastErrorMessage`, `pendingUpdateCount: 150`, `balance: 0`. Pass
 * `overrides` to replace a provider's accounts.
 */
export function createProviderState(overrides: Partial<ProviderMockState> = {}): ProviderMockState {
  return {
    telegram: [
      {
        token: '123456789:AAFAKE-storybook-token-not-real-000',
        id: 123456789,
        username: 'acme_support_bot',
        firstName: 'ACME Support',
        webhookUrl: `${MOCK_WEBHOOK_ORIGIN}/webhooks/telegram/acme_support_bot`,
        secretToken: 'FAKE_mock_secret_token_not_real_0000',
        allowedUpdates: ['message', 'edited_message', 'callback_query'],
        pendingUpdateCount: 0,
      },
    ],
    facebook: [
      {
        token: 'EAAFAKEstorybookPageAccessTokenNotReal000000',
        id: '123456789012345',
        name: 'ACME Support',
        username: 'acme.support.demo',
        followers: 1280,
        subscribedFields: ['messages', 'messaging_postbacks'],
      },
    ],
    facebookUsers: [
      {
        token: 'EAAFAKEstorybookUserAccessTokenNotReal00000',
        id: '100000000000001',
        name: 'ACME Admin',
      },
    ],
    line: [
      {
        token: 'FAKE-line-channel-access-token-storybook-not-real-000000',
        userId: 'U0000000000000000000000000000fake',
        basicId: '@000fake',
        displayName: 'ACME Support',
        chatMode: 'bot',
        followers: 342,
        webhookUrl: `${MOCK_WEBHOOK_ORIGIN}/webhooks/line/acme_support`,
        webhookActive: true,
      },
    ],
    viber: [
      {
        token: '0123456789abcdef-0123456789abcdef-0123456789abcdef',
        id: 'pa:0000000000000000001',
        name: 'ACME Support',
        uri: 'acme_support',
        subscribersCount: 57,
        webhookUrl: `${MOCK_WEBHOOK_ORIGIN}/webhooks/viber/acme_support`,
      },
    ],
    nexmo: [{ key: 'FAKEKEY0', secret: 'FAKE-nexmo-secret-not-real-0000', balance: 10.28 }],
    ...structuredClone(overrides),
  };
}
