import type { Meta } from '@storybook/react-vite';
import { TelegramAccountForm, type TelegramConfig } from '../../src';
import { messengerStories } from '../support/messengerStories';
import { sampleValues, sampleWith } from '../support/sampleValues';

const sample = sampleValues.telegram;

const s = messengerStories<TelegramConfig>({
  type: 'telegram',
  Form: TelegramAccountForm,
  sample,
  rejectedValues: sampleWith('telegram', 'invalid'),
  description:
    'Links a Telegram bot: **Bot Username**, **Type** and **Token** (from @BotFather). ' +
    '**Set Webhook** registers the contact center as the bot’s webhook (no URL to enter: the host knows its own endpoint); ' +
    '**Test Connection** checks the token. In these stories both call the reference HTTP adapter ' +
    '(`createHttpCallbacks`) answered by the MSW handlers of `messenger-integration-forms/mocks`.',
});

const meta = {
  title: 'Messengers/Telegram',
  component: TelegramAccountForm,
  ...s.meta,
} satisfies Meta<typeof TelegramAccountForm>;
export default meta;

export const Default = s.Default;
export const Prefilled = s.Prefilled;
export const ValidationErrors = s.validationErrors(
  { botUsername: 'acme_support', token: '' },
  { botUsername: 'error.telegramUsername', token: 'error.required' },
  'Save with a username that does not end in "bot" and no token: both fields explain what to fix.',
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
export const Japanese = s.Japanese;
export const Dark = s.Dark;
