import { object } from 'yup';
import type { MessengerDescriptor } from '../../core/descriptor';
import { MESSENGER_DISPLAY_NAMES } from '../../core/messengerTypes';
import { normalizeCompact, normalizeText } from '../../core/normalize';
import { accountName, credential, patterned } from '../../core/rules';
import type { NexmoConfig } from '../../core/types';

/** Descriptor of the Nexmo form (no actions, per the product). */
export const nexmoDescriptor: MessengerDescriptor<NexmoConfig> = {
  type: 'nexmo',
  displayName: MESSENGER_DISPLAY_NAMES.nexmo,
  fields: [
    {
      key: 'name',
      kind: 'text',
      label: 'nexmo.name.label',
      helper: 'nexmo.name.helper',
      normalize: normalizeText,
    },
    {
      key: 'key',
      kind: 'text',
      label: 'nexmo.key.label',
      helper: 'nexmo.key.helper',
      normalize: normalizeCompact,
    },
    {
      key: 'secret',
      kind: 'secret',
      label: 'nexmo.secret.label',
      helper: 'nexmo.secret.helper',
      normalize: normalizeCompact,
    },
  ],
  schema: object({
    name: accountName(),
    key: patterned(/^[A-Za-z0-9]+$/, 'error.nexmoKey'),
    secret: credential(),
  }),
  warnings: (config) => (config.key && config.key.length !== 8 ? { key: 'warning.nexmoKey' } : {}),
  actions: { testConnection: false },
};
