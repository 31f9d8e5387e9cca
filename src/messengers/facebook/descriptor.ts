import { object } from 'yup';
import type { MessengerDescriptor } from '../../core/descriptor';
import { MESSENGER_DISPLAY_NAMES } from '../../core/messengerTypes';
import { normalizeCompact, normalizeUsername } from '../../core/normalize';
import { credential, patterned } from '../../core/rules';
import type { FacebookConfig } from '../../core/types';

/** Descriptor of the Facebook Messenger form. */
export const facebookDescriptor: MessengerDescriptor<FacebookConfig> = {
  type: 'facebook',
  displayName: MESSENGER_DISPLAY_NAMES.facebook,
  fields: [
    {
      key: 'pageUsername',
      kind: 'text',
      label: 'facebook.pageUsername.label',
      helper: 'facebook.pageUsername.helper',
      normalize: normalizeUsername,
    },
    {
      key: 'pageId',
      kind: 'text',
      label: 'facebook.pageId.label',
      helper: 'facebook.pageId.helper',
      normalize: normalizeCompact,
    },
    {
      key: 'token',
      kind: 'secret',
      label: 'facebook.token.label',
      helper: 'facebook.token.helper',
      normalize: normalizeCompact,
    },
    {
      key: 'webhookVerifyToken',
      kind: 'generated-token',
      label: 'facebook.webhookVerifyToken.label',
      helper: 'facebook.webhookVerifyToken.helper',
      normalize: normalizeCompact,
    },
  ],
  schema: object({
    pageUsername: patterned(/^[A-Za-z0-9.]{5,50}$/, 'error.facebookUsername'),
    pageId: patterned(/^[0-9]+$/, 'error.facebookPageId'),
    token: credential(),
    webhookVerifyToken: credential(),
  }),
  warnings: (config) =>
    config.token && !config.token.startsWith('EAA') ? { token: 'warning.facebookToken' } : {},
  actions: { testConnection: true, setWebhook: { askUrl: false } },
};
