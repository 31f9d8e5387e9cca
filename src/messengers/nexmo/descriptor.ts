import type { ConfigOfDescriptor } from '../../core/descriptor';
import {
  defineBuiltInMessenger,
  type DefinedMessengerDescriptor,
  type SecretKeyOfDescriptor,
} from '../../core/defineMessenger';
import { normalizeCompact } from '../../core/normalize';
import { accountName, credential, patterned } from '../../core/rules';
import { nexmoMessages } from './messages';

const nexmoSpec = /* @__PURE__ */ defineBuiltInMessenger({
  type: 'nexmo',
  displayName: 'Nexmo',
  hint: 'nexmo.hint',
  fields: [
    {
      key: 'name',
      kind: 'text',
      label: 'nexmo.name.label',
      helper: 'nexmo.name.helper',
      rule: accountName(),
    },
    {
      key: 'key',
      kind: 'text',
      label: 'nexmo.key.label',
      helper: 'nexmo.key.helper',
      // The API key is an identifier, not a secret: compacted like one, shown in clear.
      normalize: normalizeCompact,
      rule: patterned(/^[A-Za-z0-9]+$/, 'error.nexmoKey'),
    },
    {
      key: 'secret',
      kind: 'secret',
      label: 'nexmo.secret.label',
      helper: 'nexmo.secret.helper',
      rule: credential(),
    },
  ],
  warnings: (config) => (config.key && config.key.length !== 8 ? { key: 'warning.nexmoKey' } : {}),
  messages: nexmoMessages,
  actions: { testConnection: false },
});

/** Config of a Nexmo account. */
export interface NexmoConfig extends ConfigOfDescriptor<typeof nexmoSpec> {
  type: 'nexmo';
  /** Name of the integration account (free text). */
  name: string;
  /** Nexmo API key. */
  key: string;
  /** Nexmo API secret. Secret. */
  secret: string;
}

/** Descriptor of the Nexmo form (no actions, per the product). */
export const nexmoDescriptor: DefinedMessengerDescriptor<
  NexmoConfig,
  SecretKeyOfDescriptor<typeof nexmoSpec>
> = nexmoSpec;
