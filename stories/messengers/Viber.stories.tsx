import type { Meta, StoryObj } from '@storybook/react-vite';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ViberAccountForm, type MessengerFormState, type ViberConfig } from '../../src';
import { scenarios } from '../../src/mocks';
import { disabledContrastExemption } from '../support/a11y';
import { formArgTypes } from '../support/argTypes';
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
  findDialog,
} from '../support/play';
import { sampleValues, sampleWith } from '../support/sampleValues';

const sample = sampleValues.viber;

const meta = {
  title: 'Messengers/Viber',
  component: ViberAccountForm,
  args: {
    onSubmit: fn(async (_config: ViberConfig) => {}),
    onCancel: fn(),
    onChange: fn((_state: MessengerFormState<ViberConfig>) => {}),
    onTestConnection: testConnectionCallback<ViberConfig>(),
    onSetWebhook: setWebhookCallback<ViberConfig>(),
  },
  argTypes: formArgTypes,
  parameters: {
    ...baselineMocks(),
    docs: {
      description: {
        component:
          'Links a Viber Public Account: **Bot Username**, **Type** and **Token** (given by Viber once the ' +
          'Public Account is approved). **Set Webhook** opens a dialog asking for the **Webhook url (host and ' +
          'port)** — `host:port` or `https://host:port[/path]`, never `http://` — and passes it as ' +
          '`https://host:port[/path]`. **Test Connection** checks the token. In these stories both call the ' +
          'reference HTTP adapter (`createHttpCallbacks`) answered by the MSW handlers of ' +
          '`messenger-integration-forms/mocks`.',
      },
    },
  },
} satisfies Meta<typeof ViberAccountForm>;
export default meta;
type Story = StoryObj<typeof meta>;

const WEBHOOK_URL_LABEL = 'Webhook url (host and port)';

/** An empty form, as after choosing Viber from the "+" menu. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(inputNames(canvasElement)).toEqual(['botUsername', 'type', 'token']);
    await expect(canvas.getByLabelText('Bot Username')).toHaveValue('');
    await expect(canvas.getByLabelText('Type')).toHaveValue('Viber');
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
    await expect(canvas.getByLabelText('Token')).toHaveValue(sample.token);
    await expect(canvas.getByLabelText('Token')).toHaveAttribute('type', 'password');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(args.onSubmit).toHaveBeenCalledWith({ type: 'viber', ...sample }));
  },
};

/** Save with both fields empty: both are required, and the first one gets the focus. */
export const ValidationErrors: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    const username = canvas.getByLabelText('Bot Username');
    await expectFieldError(username, 'This field is required.');
    await expectFieldError(canvas.getByLabelText('Token'), 'This field is required.');
    await waitFor(() => expect(username).toHaveFocus());
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/** While Viber has not answered, the button shows progress and is disabled (one call at a time). */
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
      { type: 'viber', ...sample },
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
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Connected to @acme_support (Viber bot)',
    );
    await expectFieldValid(canvas.getByLabelText('Token'));
  },
};

/** Viber rejects the token (it contains "invalid"): the message appears on the Token field. */
export const TestConnectionFails: Story = {
  args: { initialValues: sampleWith('viber', 'invalid') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Test Connection' }));
    const message = 'Viber rejected the token. Copy the token again from the Viber Admin Panel.';
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
      'Viber did not answer correctly (server error). Try again in a few minutes.',
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
    await expect(await canvas.findByRole('alert', {}, { timeout: 6000 })).toHaveTextContent(
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
    await expectAllReadOnly(canvas.getByRole('form', { name: 'Viber account' }));
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
    await expectAllDisabled(canvas.getByRole('form', { name: 'Viber account' }));
    await expect(canvas.getByRole('button', { name: 'Set Webhook' })).toBeDisabled();
  },
};

/**
 * The host renders its own submit button: `hideActions` removes Save/Cancel and
 * `id` lets a MUI `<Button type="submit" form={id}>` outside the form submit it.
 */
export const HostOwnedButtons: Story = {
  args: { initialValues: sample, id: 'viber-account-form', hideActions: true },
  render: (args) => (
    <Stack spacing={2}>
      <ViberAccountForm {...args} />
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button type="submit" form={args.id} variant="contained">
          Save Viber account
        </Button>
      </Stack>
    </Stack>
  ),
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const form = canvas.getByRole('form', { name: 'Viber account' });
    await expect(within(form).queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Save Viber account' }));
    await waitFor(() => expect(args.onSubmit).toHaveBeenCalledWith({ type: 'viber', ...sample }));
  },
};

/** Set Webhook asks for the host and port, then registers `https://host:port` with Viber. */
export const WebhookSet: Story = {
  args: { initialValues: sample },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Set Webhook' }));
    const dialog = await findDialog(canvasElement, 'Set Webhook');
    const url = within(dialog).getByLabelText(WEBHOOK_URL_LABEL);
    await waitFor(() => expect(url).toHaveFocus());
    await userEvent.type(url, 'contact-center.example:8443');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Set Webhook' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Webhook set for @acme_support: Viber will send messages to https://contact-center.example:8443',
    );
    await expect(args.onSetWebhook).toHaveBeenCalledWith(
      { type: 'viber', ...sample },
      {
        signal: expect.objectContaining({ aborted: false }),
        webhookUrl: 'https://contact-center.example:8443',
      },
    );
  },
};

/** An `http://` address is refused in the dialog: Viber only calls secure addresses. */
export const WebhookRejected: Story = {
  args: { initialValues: sample },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Set Webhook' }));
    const dialog = await findDialog(canvasElement, 'Set Webhook');
    const url = within(dialog).getByLabelText(WEBHOOK_URL_LABEL);
    await userEvent.type(url, 'http://contact-center.example:8443');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Set Webhook' }));
    await expectFieldError(url, 'Use https://: Viber only sends messages to secure addresses.');
    await expect(dialog).toBeVisible();
    await expect(args.onSetWebhook).not.toHaveBeenCalled();
  },
};
