import type { Meta, StoryObj } from '@storybook/react-vite';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { FacebookAccountForm, type FacebookConfig, type MessengerFormState } from '../../src';
import { scenarios } from '../../src/mocks';
import { disabledContrastExemption } from '../support/a11y';
import { formArgTypesWithoutWebhook } from '../support/argTypes';
import { baselineMocks, testConnectionCallback, withMocks } from '../support/mocks';
import {
  expectAllDisabled,
  expectAllReadOnly,
  expectFieldError,
  expectFieldValid,
  inputNames,
} from '../support/play';
import { sampleValues, sampleWith } from '../support/sampleValues';

const sample = sampleValues.facebook;

const meta = {
  title: 'Messengers/Facebook Messenger',
  component: FacebookAccountForm,
  args: {
    onSubmit: fn(async (_config: FacebookConfig) => {}),
    onCancel: fn(),
    onChange: fn((_state: MessengerFormState<FacebookConfig>) => {}),
    onTestConnection: testConnectionCallback<FacebookConfig>(),
  },
  argTypes: formArgTypesWithoutWebhook,
  parameters: {
    ...baselineMocks(),
    docs: {
      description: {
        component:
          'Links a Facebook Page: **Page Username**, **Type**, **Page ID**, **Token** (the Page Access Token) and ' +
          '**Webhook Verify Token**, which **Generate random token** fills with a secure random value to paste in ' +
          'the Facebook App. **Test Connection** checks the Page token; in these stories it calls the reference ' +
          'HTTP adapter (`createHttpCallbacks`) answered by the MSW handlers of `messenger-integration-forms/mocks`.',
      },
    },
  },
} satisfies Meta<typeof FacebookAccountForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** An empty form, as after choosing Facebook Messenger from the "+" menu. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(inputNames(canvasElement)).toEqual([
      'pageUsername',
      'type',
      'pageId',
      'token',
      'webhookVerifyToken',
    ]);
    await expect(canvas.getByLabelText('Page Username')).toHaveValue('');
    await expect(canvas.getByLabelText('Type')).toHaveValue('Facebook Messenger');
    await expect(canvas.getByLabelText('Type')).toHaveAttribute('readonly');
    await expect(canvas.getByLabelText('Token')).toHaveAttribute('type', 'password');
    await expect(canvas.getByLabelText('Webhook Verify Token')).toHaveAttribute('type', 'password');
    for (const name of ['Generate random token', 'Test Connection', 'Cancel', 'Save']) {
      await expect(canvas.getByRole('button', { name })).toBeEnabled();
    }
    await expect(canvas.queryByRole('button', { name: 'Set Webhook' })).not.toBeInTheDocument();
  },
};

/** A stored account: the secrets are masked until shown. Save emits the config. */
export const Prefilled: Story = {
  args: { initialValues: sample },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText('Page Username')).toHaveValue(sample.pageUsername);
    await expect(canvas.getByLabelText('Page ID')).toHaveValue(sample.pageId);
    await expect(canvas.getByLabelText('Token')).toHaveValue(sample.token);
    await expect(canvas.getByLabelText('Token')).toHaveAttribute('type', 'password');
    await expect(canvas.getByLabelText('Webhook Verify Token')).toHaveValue(
      sample.webhookVerifyToken,
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(args.onSubmit).toHaveBeenCalledWith({ type: 'facebook', ...sample }),
    );
  },
};

/** Save with typical mistakes: an underscore in the username, the username in the Page ID field, no tokens. */
export const ValidationErrors: Story = {
  args: {
    initialValues: {
      pageUsername: 'acme_support',
      pageId: 'acme.support',
      token: '',
      webhookVerifyToken: '',
    },
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    const username = canvas.getByLabelText('Page Username');
    await expectFieldError(username, 'Use 5 to 50 letters, digits or dots.');
    await expectFieldError(canvas.getByLabelText('Page ID'), 'The Page ID contains digits only.');
    await expectFieldError(canvas.getByLabelText('Token'), 'This field is required.');
    await expectFieldError(
      canvas.getByLabelText('Webhook Verify Token'),
      'This field is required.',
    );
    await waitFor(() => expect(username).toHaveFocus());
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/** Generate random token fills the Webhook Verify Token with a secure random value; Show reveals it. */
export const GenerateToken: Story = {
  args: { initialValues: { ...sample, webhookVerifyToken: '' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const verifyToken = canvas.getByLabelText<HTMLInputElement>('Webhook Verify Token');
    await expect(verifyToken).toHaveValue('');
    await userEvent.click(canvas.getByRole('button', { name: 'Generate random token' }));
    // At least 256 bits of URL-safe base64.
    await waitFor(() => expect(verifyToken.value).toMatch(/^[\w-]{43,}$/));
    await userEvent.click(canvas.getByRole('button', { name: 'Show Webhook Verify Token' }));
    await expect(verifyToken).toHaveAttribute('type', 'text');
    await expect(canvas.getByRole('button', { name: 'Copy Webhook Verify Token' })).toBeEnabled();
  },
};

/** While Facebook has not answered, the button shows progress and is disabled (one call at a time). */
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
      { type: 'facebook', ...sample },
      { signal: expect.objectContaining({ aborted: false }) },
    );
  },
};

/** The mock server recognizes the Page token and names the Page. */
export const TestConnectionSucceeds: Story = {
  args: { initialValues: sample },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Test Connection' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Connected to the Facebook Page @acme.support.demo (Page ID 123456789012345)',
    );
    await expectFieldValid(canvas.getByLabelText('Token'));
  },
};

/** Facebook rejects the token (it contains "invalid"): the message appears on the Token field. */
export const TestConnectionFails: Story = {
  args: { initialValues: sampleWith('facebook', 'invalid') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Test Connection' }));
    const message =
      'Facebook Messenger rejected the token. Generate a new Page Access Token for the Page and paste it again.';
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
      'Facebook Messenger did not answer correctly (server error). Try again in a few minutes.',
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

/** Values can be read and copied but not edited; Generate, actions and Save are hidden. */
export const ReadOnly: Story = {
  args: { initialValues: sample, readOnly: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectAllReadOnly(canvas.getByRole('form', { name: 'Facebook Messenger account' }));
    await expect(canvas.getByLabelText('Page ID')).toHaveValue(sample.pageId);
    for (const name of ['Save', 'Test Connection', 'Generate random token']) {
      await expect(canvas.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    await expect(canvas.getByRole('button', { name: 'Copy Webhook Verify Token' })).toBeEnabled();
  },
};

/** Every control is disabled, e.g. while the host loads or lacks permission. */
export const Disabled: Story = {
  args: { initialValues: sample, disabled: true },
  parameters: disabledContrastExemption,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectAllDisabled(canvas.getByRole('form', { name: 'Facebook Messenger account' }));
    await expect(canvas.getByRole('button', { name: 'Generate random token' })).toBeDisabled();
  },
};

/**
 * The host renders its own submit button: `hideActions` removes Save/Cancel and
 * `id` lets a MUI `<Button type="submit" form={id}>` outside the form submit it.
 */
export const HostOwnedButtons: Story = {
  args: { initialValues: sample, id: 'facebook-account-form', hideActions: true },
  render: (args) => (
    <Stack spacing={2}>
      <FacebookAccountForm {...args} />
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button type="submit" form={args.id} variant="contained">
          Save Facebook account
        </Button>
      </Stack>
    </Stack>
  ),
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const form = canvas.getByRole('form', { name: 'Facebook Messenger account' });
    await expect(within(form).queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Save Facebook account' }));
    await waitFor(() =>
      expect(args.onSubmit).toHaveBeenCalledWith({ type: 'facebook', ...sample }),
    );
  },
};
