import { object } from 'yup';
import type { MessengerDescriptor } from '../../core/descriptor';
import { MESSENGER_DISPLAY_NAMES } from '../../core/messengerTypes';
import { normalizeTelegramToken, normalizeUsername } from '../../core/normalize';
import { patterned } from '../../core/rules';
import type { TelegramConfig } from '../../core/types';

const TOKEN = /^[0-9]{1,16}:[A-Za-z0-9_-]{20,}$/;

/** Descriptor of the Telegram form. */
export const telegramDescriptor: MessengerDescriptor<TelegramConfig> = {
  type: 'telegram',
  displayName: MESSENGER_DISPLAY_NAMES.telegram,
  fields: [
    {
      key: 'botUsername',
      kind: 'text',
      label: 'telegram.botUsername.label',
      helper: 'telegram.botUsername.helper',
      normalize: normalizeUsername,
    },
    {
      key: 'token',
      kind: 'secret',
      label: 'telegram.token.label',
      helper: 'telegram.token.helper',
      normalize: normalizeTelegramToken,
    },
  ],
  schema: object({
    botUsername: patterned(/^[A-Za-z][A-Za-z0-9_]{1,28}[Bb][Oo][Tt]$/, 'error.telegramUsername'),
    token: patterned(TOKEN, 'error.telegramToken'),
  }),
  warnings: (config) =>
    TOKEN.test(config.token) && config.token.split(':')[1].length !== 35
      ? { token: 'warning.telegramToken' }
      : {},
  actions: { testConnection: true, setWebhook: { askUrl: false } },
};
