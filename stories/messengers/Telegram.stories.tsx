import type { Meta, StoryObj } from '@storybook/react-vite';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { TelegramAccountForm, type MessengerFormState, type TelegramConfig } from '../../src';
import { scenarios } from '../../src/mocks';
import { formArgTypes } from '../support/argTypes';
import { disabledContrastExemption } from '../support/a11y';
import {
  baselineMocks,
  setWebhookCallback,
  testConnectionCallback,
  withMocks,
} from '../support/mocks';
import {
  expectAllDisabled,
  expectAllReadOnly,
  expectFieldError,
  expectFieldValid,
  inputNames,
} from '../support/play';
import { sampleValues, sampleWith } from '../support/sampleValues';

const sample = sampleValues.telegram;

const meta = {
  title: 'Messengers/Telegram',
  component: TelegramAccountForm,
  args: {
    onSubmit: fn(async (_config: TelegramConfig) => {}),
    onCancel: fn(),
    onChange: fn((_state: MessengerFormState<TelegramConfig>) => {}),
    onTestConnection: testConnectionCallback<TelegramConfig>(),
    onSetWebhook: setWebhookCallback<TelegramConfig>(),
  },
  argTypes: formArgTypes,
  parameters: {
    ...baselineMocks(),
    docs: {
      description: {
        component:
          'Links a Telegram bot: **Bot Username**, **Type** and **Token** (from @BotFather). ' +
          '**Set Webhook** registers the contact center as the bot’s webhook (no URL to enter: the host knows its own endpoint); ' +
          '**Test Connection** checks the token. In these stories both call the reference HTTP adapter ' +
          '(`createHttpCallbacks`) answered by the MSW handlers of `messenger-integration-forms/mocks`.',
      },
    },
  },
} satisfies Meta<typeof TelegramAccountForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** An empty form, as after choosing Telegram from the "+" menu. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(inputNames(canvasElement)).toEqual(['botUsername', 'type', 'token']);
    await expect(canvas.getByLabelText('Bot Username')).toHaveValue('');
    await expect(canvas.getByLabelText('Type')).toHaveValue('Telegram');
    await expect(canvas.getByLabelText('Type')).toHaveAttribute('readonly');
    await expect(canvas.getByLabelText('Token')).toHaveAttribute('type', 'password');
    for (const name of ['Set Webhook', 'Test Connection', 'Cancel', 'Save']) {
      await expect(canvas.getByRole('button', { name })).toBeEnabled();
    }
  },
};

/** A stored account: the token is masked until "Show Token" is pressed. Save emits the config. */
export const Prefilled: Story = {
  args: { initialValues: sample },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText('Bot Username')).toHaveValue(sample.botUsername);
    const token = canvas.getByLabelText('Token');
    await expect(token).toHaveValue(sample.token);
    await expect(token).toHaveAttribute('type', 'password');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(args.onSubmit).toHaveBeenCalledWith({ type: 'telegram', ...sample }),
    );
  },
};

/** Save with a username that does not end in "bot" and no token: both fields explain what to fix. */
export const ValidationErrors: Story = {
  args: { initialValues: { botUsername: 'acme_support', token: '' } },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    const username = canvas.getByLabelText('Bot Username');
    await expectFieldError(
      username,
      'Use 5 to 32 letters, digits or underscores, ending in "bot" (e.g. acme_support_bot).',
    );
    await expectFieldError(canvas.getByLabelText('Token'), 'This field is required.');
    await waitFor(() => expect(username).toHaveFocus());
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/** While Telegram has not answered, the button shows progress and is disabled (one call at a time). */
export const TestConnectionInProgress: Story = {
  args: { initialValues: sample },
  parameters: withMocks(scenarios.slow),
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Test Connection' }));
    const busy = await canvas.findByRole('button', { name: /Testing the connection…/ });
    await expect(busy).toBeDisabled();
    await expect(args.onTestConnection).toHaveBeenCalledTimes(1);
    await expect(args.onTestConnection).toHaveBeenCalledWith(
      { type: 'telegram', ...sample },
      { signal: expect.objectContaining({ aborted: false }) },
    );
  },
};

/** The mock server recognizes the token and names the bot. */
export const TestConnectionSucceeds: Story = {
  args: { initialValues: sample },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Test Connection' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Connected to @acme_support_bot (Telegram bot)');
    await expectFieldValid(canvas.getByLabelText('Token'));
  },
};

/** Telegram rejects the token (it contains "invalid"): the message appears on the Token field. */
export const TestConnectionFails: Story = {
  args: { initialValues: sampleWith('telegram', 'invalid') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Test Connection' }));
    const message = 'Telegram rejected the token. Copy the token again from @BotFather.';
    await expect(await canvas.findByRole('alert')).toHaveTextContent(message);
    await expectFieldError(canvas.getByLabelText('Token'), message);
  },
};

/** The server answers HTTP 500: a general error, no field is blamed. */
export const ServerError: Story = {
  args: { initialValues: sample },
  parameters: withMocks(scenarios.serverError),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Test Connection' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Telegram did not answer correctly (server error). Try again in a few minutes.',
    );
    await expectFieldValid(canvas.getByLabelText('Token'));
  },
};

/** No answer within `actionTimeoutMs` (2 s here): the call is aborted and a timeout message shown. */
export const Timeout: Story = {
  args: { initialValues: sample, actionTimeoutMs: 2000 },
  parameters: withMocks(scenarios.slow),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Test Connection' }));
    const alert = await canvas.findByRole('alert', {}, { timeout: 6000 });
    await expect(alert).toHaveTextContent(
      'No answer within 2 s. Check the connection and try again.',
    );
    await expect(canvas.getByRole('button', { name: 'Test Connection' })).toBeEnabled();
  },
};

/** Values can be read and copied but not edited; actions and Save are hidden. */
export const ReadOnly: Story = {
  args: { initialValues: sample, readOnly: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectAllReadOnly(canvas.getByRole('form', { name: 'Telegram account' }));
    await expect(canvas.getByLabelText('Bot Username')).toHaveValue(sample.botUsername);
    for (const name of ['Save', 'Test Connection', 'Set Webhook']) {
      await expect(canvas.queryByRole('button', { name })).not.toBeInTheDocument();
    }
  },
};

/** Every control is disabled, e.g. while the host loads or lacks permission. */
export const Disabled: Story = {
  args: { initialValues: sample, disabled: true },
  parameters: disabledContrastExemption,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectAllDisabled(canvas.getByRole('form', { name: 'Telegram account' }));
    await expect(canvas.getByRole('button', { name: 'Save' })).toBeDisabled();
  },
};

/**
 * The host renders its own submit button: `hideActions` removes Save/Cancel and
 * `id` lets a MUI `<Button type="submit" form={id}>` outside the form submit it.
 */
export const HostOwnedButtons: Story = {
  args: { initialValues: sample, id: 'telegram-account-form', hideActions: true },
  render: (args) => (
    <Stack spacing={2}>
      <TelegramAccountForm {...args} />
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button type="submit" form={args.id} variant="contained">
          Save Telegram account
        </Button>
      </Stack>
    </Stack>
  ),
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const form = canvas.getByRole('form', { name: 'Telegram account' });
    await expect(within(form).queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    await expect(within(form).queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Save Telegram account' }));
    await waitFor(() =>
      expect(args.onSubmit).toHaveBeenCalledWith({ type: 'telegram', ...sample }),
    );
  },
};

/** Set Webhook: the mock registers the contact center's endpoint for the bot and says where. */
export const WebhookSet: Story = {
  args: { initialValues: sample },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Set Webhook' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Webhook set for @acme_support_bot: Telegram will send messages to ' +
        'https://contact-center.example/webhooks/telegram/acme_support_bot',
    );
    // Telegram takes no URL: the callback gets the config and the signal only.
    await expect(args.onSetWebhook).toHaveBeenCalledWith(
      { type: 'telegram', ...sample },
      { signal: expect.objectContaining({ aborted: false }) },
    );
  },
};
