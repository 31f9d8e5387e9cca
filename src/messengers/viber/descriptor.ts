import type { ConfigOfDescriptor } from '../../core/descriptor';
import {
  defineBuiltInMessenger,
  type DefinedMessengerDescriptor,
  type SecretKeyOfDescriptor,
} from '../../core/defineMessenger';
import { accountName, credential } from '../../core/rules';
import { normalizeUsername } from '../normalize';
import { viberMessages } from './messages';

const viberSpec = /* @__PURE__ */ defineBuiltInMessenger({
  type: 'viber',
  displayName: 'Viber',
  hint: 'viber.hint',
  fields: [
    {
      key: 'botUsername',
      kind: 'text',
      label: 'viber.botUsername.label',
      helper: 'viber.botUsername.helper',
      normalize: normalizeUsername,
      rule: accountName(),
    },
    {
      key: 'token',
      kind: 'secret',
      label: 'viber.token.label',
      helper: 'viber.token.helper',
      rule: credential(),
    },
  ],
  warnings: (config) =>
    config.token && !/^[0-9a-z]{16}-[0-9a-z]{16}-[0-9a-z]{16}$/i.test(config.token)
      ? { token: 'warning.viberToken' }
      : {},
  messages: viberMessages,
  actions: { testConnection: true, setWebhook: { askUrl: true } },
});

/** Config of a Viber Public Account / bot. */
export interface ViberConfig extends ConfigOfDescriptor<typeof viberSpec> {
  type: 'viber';
  /** Username of the Viber Public Account. */
  botUsername: string;
  /** Public Account authentication token. Secret. */
  token: string;
}

/** Descriptor of the Viber form; Set Webhook asks for the webhook URL. */
export const viberDescriptor: DefinedMessengerDescriptor<
  ViberConfig,
  SecretKeyOfDescriptor<typeof viberSpec>
> = viberSpec;
