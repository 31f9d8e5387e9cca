import type { Meta, StoryObj } from '@storybook/react-vite';
import { translator } from '../support/i18n';
import { expect, fn, within } from 'storybook/test';
import {
  MESSENGER_DISPLAY_NAMES,
  MESSENGER_TYPES,
  MessengerAccountForm,
  type MessengerConfig,
  type MessengerFormState,
  type MessengerType,
} from '../../src';
import { formArgTypes } from '../support/argTypes';
import { baselineMocks, setWebhookCallback, testConnectionCallback } from '../support/mocks';
import { inputNames } from '../support/play';

const meta = {
  title: 'Components/MessengerAccountForm',
  component: MessengerAccountForm<MessengerType>,
  args: {
    type: 'telegram',
    onSubmit: fn(async (_config: MessengerConfig) => {}),
    onCancel: fn(),
    onChange: fn((_state: MessengerFormState<MessengerConfig>) => {}),
    onTestConnection: testConnectionCallback<MessengerConfig>(),
    onSetWebhook: setWebhookCallback<MessengerConfig>(),
  },
  argTypes: {
    type: {
      control: 'inline-radio',
      options: MESSENGER_TYPES,
      labels: MESSENGER_DISPLAY_NAMES,
      table: { category: 'Messenger' },
    },
    ...formArgTypes,
  },
  parameters: {
    // Play functions read their texts from the active locale (test/stories/sweepJapanese.tsx).
    localeAware: true,
    ...baselineMocks(),
    docs: {
      description: {
        component:
          'Renders the form of any messenger type: `<MessengerAccountForm type="viber" …/>` is ' +
          '`<ViberAccountForm …/>`, and `type` types the config the callbacks receive. Changing `type` ' +
          'starts a fresh form. Use the **type** control to switch; the buttons follow what each ' +
          'messenger supports (Nexmo has none).',
      },
    },
  },
} satisfies Meta<typeof MessengerAccountForm<MessengerType>>;
export default meta;
type Story = StoryObj<typeof meta>;

/** `type="telegram"`: Bot Username, Type and Token, with Set Webhook and Test Connection. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('form', { name: t('form.label', { name: 'Telegram' }) }),
    ).toBeVisible();
    await expect(inputNames(canvasElement)).toEqual(['botUsername', 'type', 'token']);
    await expect(canvas.getByRole('button', { name: t('action.setWebhook') })).toBeVisible();
  },
};

/** `type="facebook"`: the Facebook fields (App Secret optional), Generate random token and Set Webhook (subscribes the Page). */
export const FacebookMessenger: Story = {
  args: { type: 'facebook' },
  play: async ({ canvasElement, globals }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('form', { name: t('form.label', { name: 'Facebook Messenger' }) }),
    ).toBeVisible();
    await expect(inputNames(canvasElement)).toEqual([
      'pageUsername',
      'type',
      'pageId',
      'token',
      'webhookVerifyToken',
      'appSecret',
    ]);
    await expect(canvas.getByRole('button', { name: t('generate.button') })).toBeVisible();
    await expect(canvas.getByRole('button', { name: t('action.setWebhook') })).toBeVisible();
  },
};

/** `type="line"`: Name, Type and Token, with Test Connection. */
export const Line: Story = {
  args: { type: 'line' },
  play: async ({ canvasElement, globals }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('form', { name: t('form.label', { name: 'LINE' }) }),
    ).toBeVisible();
    await expect(inputNames(canvasElement)).toEqual(['name', 'type', 'token', 'channelSecret']);
    await expect(canvas.getByRole('button', { name: t('action.testConnection') })).toBeVisible();
  },
};

/** `type="nexmo"`: no actions, even though the callbacks are given. */
export const Nexmo: Story = {
  args: { type: 'nexmo' },
  play: async ({ canvasElement, globals }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('form', { name: t('form.label', { name: 'Nexmo' }) }),
    ).toBeVisible();
    await expect(inputNames(canvasElement)).toEqual(['name', 'type', 'key', 'secret']);
    for (const name of [t('action.testConnection'), t('action.setWebhook')]) {
      await expect(canvas.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  },
};

/** `type="viber"`: Bot Username, Type and Token, with Set Webhook (asks for a URL) and Test Connection. */
export const Viber: Story = {
  args: { type: 'viber' },
  play: async ({ canvasElement, globals }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('form', { name: t('form.label', { name: 'Viber' }) }),
    ).toBeVisible();
    await expect(inputNames(canvasElement)).toEqual(['botUsername', 'type', 'token']);
    await expect(canvas.getByRole('button', { name: t('action.setWebhook') })).toBeVisible();
  },
};
