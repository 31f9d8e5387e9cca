import type { Meta } from '@storybook/react-vite';
import { ViberAccountForm, type ViberConfig } from '../../src';
import { messengerStories } from '../support/messengerStories';
import { sampleValues, sampleWith } from '../support/sampleValues';

const s = messengerStories<ViberConfig>({
  type: 'viber',
  Form: ViberAccountForm,
  sample: sampleValues.viber,
  rejectedValues: sampleWith('viber', 'invalid'),
  description:
    'Links a Viber Public Account: **Bot Username**, **Type** and **Token** (given by Viber once the ' +
    'Public Account is approved). **Set Webhook** opens a dialog asking for the **Webhook url (host and ' +
    'port)** — `host:port` or `https://host:port[/path]`, never `http://` — and passes it as ' +
    '`https://host:port[/path]`. **Test Connection** checks the token. In these stories both call the ' +
    'reference HTTP adapter (`createHttpCallbacks`) answered by the MSW handlers of ' +
    '`messenger-integration-forms/mocks`.',
});

const meta = {
  title: 'Messengers/Viber',
  component: ViberAccountForm,
  ...s.meta,
} satisfies Meta<typeof ViberAccountForm>;
export default meta;

export const Default = s.Default;
export const Prefilled = s.Prefilled;
export const ValidationErrors = s.validationErrors(
  {},
  { botUsername: 'error.required', token: 'error.required' },
  'Save with both fields empty: both are required, and the first one gets the focus.',
);
export const TestConnectionInProgress = s.TestConnectionInProgress;
export const TestConnectionSucceeds = s.TestConnectionSucceeds;
export const TestConnectionFails = s.TestConnectionFails;
export const ServerError = s.ServerError;
export const Timeout = s.Timeout;
export const ReadOnly = s.ReadOnly;
export const Disabled = s.Disabled;
export const HostOwnedButtons = s.HostOwnedButtons;
export const WebhookSet = s.WebhookSet;
export const WebhookRejected = s.WebhookRejected;
export const Japanese = s.Japanese;
export const Dark = s.Dark;
