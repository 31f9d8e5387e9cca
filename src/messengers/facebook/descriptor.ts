import type { ConfigOfDescriptor } from '../../core/descriptor';
import {
  defineBuiltInMessenger,
  type DefinedMessengerDescriptor,
  type SecretKeyOfDescriptor,
} from '../../core/defineMessenger';
import { credential, patterned } from '../../core/rules';
import { normalizeUsername } from '../normalize';
import { facebookMessages } from './messages';
import { normalizeFacebookPageId } from './pageId';

const facebookSpec = /* @__PURE__ */ defineBuiltInMessenger({
  type: 'facebook',
  displayName: 'Facebook Messenger',
  hint: 'facebook.hint',
  fields: [
    {
      key: 'pageUsername',
      kind: 'text',
      label: 'facebook.pageUsername.label',
      helper: 'facebook.pageUsername.helper',
      normalize: normalizeUsername,
      rule: patterned(/^[A-Za-z0-9.]{5,50}$/, 'error.facebookUsername'),
      // Many Pages have no username.
      optional: true,
    },
    {
      key: 'pageId',
      kind: 'text',
      label: 'facebook.pageId.label',
      helper: 'facebook.pageId.helper',
      normalize: normalizeFacebookPageId,
      rule: patterned(/^[0-9]+$/, 'error.facebookPageId'),
    },
    {
      key: 'token',
      kind: 'secret',
      label: 'facebook.token.label',
      helper: 'facebook.token.helper',
      rule: credential(),
    },
    {
      key: 'webhookVerifyToken',
      kind: 'generated-token',
      label: 'facebook.webhookVerifyToken.label',
      helper: 'facebook.webhookVerifyToken.helper',
      rule: credential(),
    },
    {
      // Verifies X-Hub-Signature-256 of inbound webhooks (verifyWebhook):
      // https://developers.facebook.com/docs/graph-api/webhooks/getting-started/ (Validating Payloads)
      key: 'appSecret',
      kind: 'secret',
      label: 'facebook.appSecret.label',
      helper: 'facebook.appSecret.helper',
      rule: credential(),
      optional: true,
    },
  ],
  warnings: (config) => ({
    ...(config.token && !config.token.startsWith('EAA') ? { token: 'warning.facebookToken' } : {}),
    ...(config.appSecret ? {} : { appSecret: 'warning.facebookAppSecret' }),
  }),
  messages: facebookMessages,
  actions: { testConnection: true, setWebhook: { askUrl: false } },
});

/** Config of a Facebook Messenger account (all values normalized). */
export interface FacebookConfig extends ConfigOfDescriptor<typeof facebookSpec> {
  type: 'facebook';
  /** Username of the Facebook Page, without `@` or URL; absent when the Page has none. */
  pageUsername?: string;
  /** Numeric id of the Facebook Page. */
  pageId: string;
  /** Page Access Token. Secret. */
  token: string;
  /** Token Facebook echoes back when it verifies the webhook. Secret. */
  webhookVerifyToken: string;
  /**
   * App Secret of the Facebook App, which signs inbound webhooks
   * (`X-Hub-Signature-256`); absent when not given. Secret.
   */
  appSecret?: string;
}

/** Descriptor of the Facebook Messenger form. */
export const facebookDescriptor: DefinedMessengerDescriptor<
  FacebookConfig,
  SecretKeyOfDescriptor<typeof facebookSpec>
> = facebookSpec;
