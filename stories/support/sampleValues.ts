// Sample values for stories. Every secret here is obviously fake (FAKE, "not-real",
// sequential digits): never paste a real-looking token into a story.
import type {
  FacebookConfig,
  LineConfig,
  MessengerConfig,
  MessengerType,
  NexmoConfig,
  TelegramConfig,
  ViberConfig,
} from '../../src';

type Values<C extends MessengerConfig> = Omit<C, 'type'>;

/** Valid, normalized values for each messenger: no warnings, no mock keywords. */
export const sampleValues = {
  facebook: {
    pageUsername: 'acme.support.demo',
    pageId: '123456789012345',
    token: 'EAAFAKEstorybookPageAccessTokenNotReal000000',
    webhookVerifyToken: 'FAKE-verify-token-storybook-not-real-000000',
    appSecret: 'FAKE0storybook0app0secret0000000',
  } satisfies Values<FacebookConfig>,
  line: {
    name: 'ACME Support (demo)',
    token: 'FAKE-line-channel-access-token-storybook-not-real-000000',
    channelSecret: 'FAKE0storybook0channel0secret000',
  } satisfies Values<LineConfig>,
  nexmo: {
    name: 'ACME SMS (demo)',
    key: 'FAKEKEY0',
    secret: 'FAKE-nexmo-secret-not-real-0000',
  } satisfies Values<NexmoConfig>,
  telegram: {
    botUsername: 'acme_support_bot',
    // The part after the colon is 35 characters, as real tokens are (no warning).
    token: '123456789:AAFAKE-storybook-token-not-real-000',
  } satisfies Values<TelegramConfig>,
  viber: {
    botUsername: 'acme_support',
    // Three groups of 16 hex characters, as real tokens are (no warning).
    token: '0123456789abcdef-0123456789abcdef-0123456789abcdef',
  } satisfies Values<ViberConfig>,
};

/**
 * Keywords the mock server reacts to when they occur in the token (`secret`
 * for Nexmo): `invalid` rejects the token, `slow` waits 60 s, `error` answers 500.
 */
export type MockKeyword = 'invalid' | 'slow' | 'error';

/** A fake token for `type` that makes the mock server behave as `keyword` says. */
export function tokenWith(type: Exclude<MessengerType, 'nexmo'>, keyword: MockKeyword): string {
  switch (type) {
    case 'telegram':
      return `123456789:AAFAKE-${keyword}-token-not-real-000000`;
    case 'facebook':
      return `EAAFAKE-${keyword}-page-token-not-real-000000`;
    case 'line':
      return `FAKE-${keyword}-line-channel-token-not-real-000000`;
    case 'viber':
      return `FAKE-${keyword}-viber-token-not-real-000000`;
  }
}

/** The sample values of `type` with a token that triggers `keyword` on the mock server. */
export function sampleWith<T extends Exclude<MessengerType, 'nexmo'>>(
  type: T,
  keyword: MockKeyword,
): (typeof sampleValues)[T] {
  return { ...sampleValues[type], token: tokenWith(type, keyword) } as (typeof sampleValues)[T];
}
