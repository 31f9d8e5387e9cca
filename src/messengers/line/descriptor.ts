import type { ConfigOfDescriptor } from '../../core/descriptor';
import {
  defineBuiltInMessenger,
  type DefinedMessengerDescriptor,
  type SecretKeyOfDescriptor,
} from '../../core/defineMessenger';
import { accountName, credential } from '../../core/rules';
import { lineMessages } from './messages';

const lineSpec = /* @__PURE__ */ defineBuiltInMessenger({
  type: 'line',
  displayName: 'LINE',
  fields: [
    {
      key: 'name',
      kind: 'text',
      label: 'line.name.label',
      helper: 'line.name.helper',
      rule: accountName(),
    },
    {
      key: 'token',
      kind: 'secret',
      label: 'line.token.label',
      helper: 'line.token.helper',
      rule: credential(),
    },
  ],
  messages: lineMessages,
  actions: { testConnection: true, setWebhook: { askUrl: false } },
});

/** Config of a LINE account. */
export interface LineConfig extends ConfigOfDescriptor<typeof lineSpec> {
  type: 'line';
  /** Name of the integration account (free text). */
  name: string;
  /** Channel access token of the LINE@ account. Secret. */
  token: string;
}

/** Descriptor of the LINE form. */
export const lineDescriptor: DefinedMessengerDescriptor<
  LineConfig,
  SecretKeyOfDescriptor<typeof lineSpec>
> = lineSpec;
