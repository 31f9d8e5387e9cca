import type { Meta, StoryObj } from '@storybook/react-vite';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { LineAccountForm, type LineConfig, type MessengerFormState } from '../../src';
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

const sample = sampleValues.line;

const meta = {
  title: 'Messengers/LINE',
  component: LineAccountForm,
  args: {
    onSubmit: fn(async (_config: LineConfig) => {}),
    onCancel: fn(),
    onChange: fn((_state: MessengerFormState<LineConfig>) => {}),
    onTestConnection: testConnectionCallback<LineConfig>(),
  },
  argTypes: formArgTypesWithoutWebhook,
  parameters: {
    ...baselineMocks(),
    docs: {
      description: {
        component:
          'Links a LINE@ account: **Name** (any name for the account), **Type** and **Token** (the access ' +
          'token of the LINE@ account). **Test Connection** checks the token; in these stories it calls the ' +
          'reference HTTP adapter (`createHttpCallbacks`) answered by the MSW handlers of ' +
          '`messenger-integration-forms/mocks`.',
      },
    },
  },
} satisfies Meta<typeof LineAccountForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** An empty form, as after choosing LINE from the "+" menu. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(inputNames(canvasElement)).toEqual(['name', 'type', 'token']);
    await expect(canvas.getByLabelText('Name')).toHaveValue('');
    await expect(canvas.getByLabelText('Type')).toHaveValue('LINE');
    await expect(canvas.getByLabelText('Type')).toHaveAttribute('readonly');
    await expect(canvas.getByLabelText('Token')).toHaveAttribute('type', 'password');
    for (const name of ['Test Connection', 'Cancel', 'Save']) {
      await expect(canvas.getByRole('button', { name })).toBeEnabled();
    }
    await expect(canvas.queryByRole('button', { name: 'Set Webhook' })).not.toBeInTheDocument();
  },
};

/** A stored account: the token is masked until "Show Token" is pressed. Save emits the config. */
export const Prefilled: Story = {
  args: { initialValues: sample },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText('Name')).toHaveValue(sample.name);
    await expect(canvas.getByLabelText('Token')).toHaveValue(sample.token);
    await expect(canvas.getByLabelText('Token')).toHaveAttribute('type', 'password');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(args.onSubmit).toHaveBeenCalledWith({ type: 'line', ...sample }));
  },
};

/** Save with a name of blanks only and no token: both are required. */
export const ValidationErrors: Story = {
  args: { initialValues: { name: '   ', token: '' } },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    const name = canvas.getByLabelText('Name');
    await expectFieldError(name, 'This field is required.');
    await expectFieldError(canvas.getByLabelText('Token'), 'This field is required.');
    await waitFor(() => expect(name).toHaveFocus());
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/** While LINE has not answered, the button shows progress and is disabled (one call at a time). */
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
      { type: 'line', ...sample },
      { signal: expect.objectContaining({ aborted: false }) },
    );
  },
};

/** The mock server recognizes the token and names the account. */
export const TestConnectionSucceeds: Story = {
  args: { initialValues: sample },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Test Connection' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Connected to the LINE account "ACME Support (demo)"',
    );
    await expectFieldValid(canvas.getByLabelText('Token'));
  },
};

/** LINE rejects the token (it contains "invalid"): the message appears on the Token field. */
export const TestConnectionFails: Story = {
  args: { initialValues: sampleWith('line', 'invalid') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Test Connection' }));
    const message =
      'LINE rejected the token. Copy the channel access token again from the LINE Developers console.';
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
      'LINE did not answer correctly (server error). Try again in a few minutes.',
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
    await expectAllReadOnly(canvas.getByRole('form', { name: 'LINE account' }));
    await expect(canvas.getByLabelText('Name')).toHaveValue(sample.name);
    for (const name of ['Save', 'Test Connection']) {
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
    await expectAllDisabled(canvas.getByRole('form', { name: 'LINE account' }));
    await expect(canvas.getByRole('button', { name: 'Test Connection' })).toBeDisabled();
  },
};

/**
 * The host renders its own submit button: `hideActions` removes Save/Cancel and
 * `id` lets a MUI `<Button type="submit" form={id}>` outside the form submit it.
 */
export const HostOwnedButtons: Story = {
  args: { initialValues: sample, id: 'line-account-form', hideActions: true },
  render: (args) => (
    <Stack spacing={2}>
      <LineAccountForm {...args} />
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button type="submit" form={args.id} variant="contained">
          Save LINE account
        </Button>
      </Stack>
    </Stack>
  ),
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const form = canvas.getByRole('form', { name: 'LINE account' });
    await expect(within(form).queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Save LINE account' }));
    await waitFor(() => expect(args.onSubmit).toHaveBeenCalledWith({ type: 'line', ...sample }));
  },
};
