import { object } from 'yup';
import type { MessengerDescriptor } from '../../core/descriptor';
import { MESSENGER_DISPLAY_NAMES } from '../../core/messengerTypes';
import { normalizeCompact, normalizeText } from '../../core/normalize';
import { accountName, credential } from '../../core/rules';
import type { LineConfig } from '../../core/types';

/** Descriptor of the LINE form. */
export const lineDescriptor: MessengerDescriptor<LineConfig> = {
  type: 'line',
  displayName: MESSENGER_DISPLAY_NAMES.line,
  fields: [
    {
      key: 'name',
      kind: 'text',
      label: 'line.name.label',
      helper: 'line.name.helper',
      normalize: normalizeText,
    },
    {
      key: 'token',
      kind: 'secret',
      label: 'line.token.label',
      helper: 'line.token.helper',
      normalize: normalizeCompact,
    },
  ],
  schema: object({ name: accountName(), token: credential() }),
  actions: { testConnection: true, setWebhook: { askUrl: false } },
};
