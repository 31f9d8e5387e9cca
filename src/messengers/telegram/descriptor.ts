import type { ConfigOfDescriptor } from '../../core/descriptor';
import {
  defineBuiltInMessenger,
  type DefinedMessengerDescriptor,
  type SecretKeyOfDescriptor,
} from '../../core/defineMessenger';
import { patterned } from '../../core/rules';
import { normalizeUsername } from '../normalize';
import { normalizeTelegramToken, telegramTokenSecretParts } from './token';
import { telegramMessages } from './messages';

const TOKEN = /^[0-9]{1,16}:[A-Za-z0-9_-]{20,}$/;

const telegramSpec = /* @__PURE__ */ defineBuiltInMessenger({
  type: 'telegram',
  displayName: 'Telegram',
  hint: 'telegram.hint',
  fields: [
    {
      key: 'botUsername',
      kind: 'text',
      label: 'telegram.botUsername.label',
      helper: 'telegram.botUsername.helper',
      normalize: normalizeUsername,
      rule: patterned(/^[A-Za-z][A-Za-z0-9_]{1,28}[Bb][Oo][Tt]$/, 'error.telegramUsername'),
    },
    {
      key: 'token',
      kind: 'secret',
      label: 'telegram.token.label',
      helper: 'telegram.token.helper',
      normalize: normalizeTelegramToken,
      secretParts: telegramTokenSecretParts,
      rule: patterned(TOKEN, 'error.telegramToken'),
    },
  ],
  warnings: (config) =>
    TOKEN.test(config.token) && config.token.split(':')[1].length !== 35
      ? { token: 'warning.telegramToken' }
      : {},
  messages: telegramMessages,
  actions: { testConnection: true, setWebhook: { askUrl: false } },
});

/** Config of a Telegram bot. */
export interface TelegramConfig extends ConfigOfDescriptor<typeof telegramSpec> {
  type: 'telegram';
  /** Username of the bot, without `@`; ends with `bot`. */
  botUsername: string;
  /** Bot API token from @BotFather. Secret. */
  token: string;
}

/** Descriptor of the Telegram form. */
export const telegramDescriptor: DefinedMessengerDescriptor<
  TelegramConfig,
  SecretKeyOfDescriptor<typeof telegramSpec>
> = telegramSpec;
