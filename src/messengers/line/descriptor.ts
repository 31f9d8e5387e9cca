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
  hint: 'line.hint',
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
    {
      // Verifies X-Line-Signature of inbound webhooks (verifyWebhook):
      // https://developers.line.biz/en/docs/messaging-api/verify-webhook-signature/
      key: 'channelSecret',
      kind: 'secret',
      label: 'line.channelSecret.label',
      helper: 'line.channelSecret.helper',
      rule: credential(),
      optional: true,
    },
  ],
  warnings: (config) =>
    config.channelSecret ? {} : { channelSecret: 'warning.lineChannelSecret' },
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
  /**
   * Channel secret of the Messaging API channel, which signs inbound webhooks
   * (`X-Line-Signature`); absent when not given. Secret.
   */
  channelSecret?: string;
}

/** Descriptor of the LINE form. */
export const lineDescriptor: DefinedMessengerDescriptor<
  LineConfig,
  SecretKeyOfDescriptor<typeof lineSpec>
> = lineSpec;
