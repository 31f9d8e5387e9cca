import { object } from 'yup';
import type { MessengerDescriptor } from '../../core/descriptor';
import { MESSENGER_DISPLAY_NAMES } from '../../core/messengerTypes';
import { normalizeCompact, normalizeUsername } from '../../core/normalize';
import { credential, requiredString } from '../../core/rules';
import type { ViberConfig } from '../../core/types';

/** Descriptor of the Viber form; Set Webhook asks for the webhook URL. */
export const viberDescriptor: MessengerDescriptor<ViberConfig> = {
  type: 'viber',
  displayName: MESSENGER_DISPLAY_NAMES.viber,
  fields: [
    {
      key: 'botUsername',
      kind: 'text',
      label: 'viber.botUsername.label',
      helper: 'viber.botUsername.helper',
      normalize: normalizeUsername,
    },
    {
      key: 'token',
      kind: 'secret',
      label: 'viber.token.label',
      helper: 'viber.token.helper',
      normalize: normalizeCompact,
    },
  ],
  schema: object({
    botUsername: requiredString().max(100, 'error.nameTooLong'),
    token: credential(),
  }),
  warnings: (config) =>
    config.token && !/^[0-9a-z]{16}-[0-9a-z]{16}-[0-9a-z]{16}$/i.test(config.token)
      ? { token: 'warning.viberToken' }
      : {},
  actions: { testConnection: true, setWebhook: { askUrl: true } },
};
