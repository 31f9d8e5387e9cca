// In-memory state of the provider mocks. Every secret here is obviously fake
// (FAKE, "not-real", sequential digits). The registered accounts match the
// sample values of the stories, so a form filled with them connects.

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
}

/** A Facebook page known to the mock Graph API. */
export interface MockFacebookPage {
  /** Page Access Token that can read this page. */
  token: string;
  id: string;
  name: string;
  username: string;
  followers: number;
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
  line: MockLineBot[];
  viber: MockViberAccount[];
  nexmo: MockNexmoAccount[];
}

/**
 * A fresh provider state holding one registered account per provider,
 * matching the stories' sample values (e.g. the bot `acme_support_bot`).
 * Pass `overrides` to replace a provider's accounts.
 */
export function createProviderState(overrides: Partial<ProviderMockState> = {}): ProviderMockState {
  return {
    telegram: [
      {
        token: '123456789:AAFAKE-storybook-token-not-real-000',
        id: 123456789,
        username: 'acme_support_bot',
        firstName: 'ACME Support',
        webhookUrl: '',
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
      },
    ],
    viber: [
      {
        token: '0123456789abcdef-0123456789abcdef-0123456789abcdef',
        id: 'pa:0000000000000000001',
        name: 'ACME Support',
        uri: 'acme_support',
        subscribersCount: 57,
        webhookUrl: '',
      },
    ],
    nexmo: [{ key: 'FAKEKEY0', secret: 'FAKE-nexmo-secret-not-real-0000', balance: 10.28 }],
    ...structuredClone(overrides),
  };
}
