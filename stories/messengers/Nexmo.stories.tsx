import type { Meta, StoryObj } from '@storybook/react-vite';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { NexmoAccountForm, type MessengerFormState, type NexmoConfig } from '../../src';
import { disabledContrastExemption } from '../support/a11y';
import { formArgTypesWithoutActions } from '../support/argTypes';
import {
  expectAllDisabled,
  expectAllReadOnly,
  expectFieldError,
  inputNames,
} from '../support/play';
import { sampleValues } from '../support/sampleValues';

const sample = sampleValues.nexmo;

const meta = {
  title: 'Messengers/Nexmo',
  component: NexmoAccountForm,
  args: {
    onSubmit: fn(async (_config: NexmoConfig) => {}),
    onCancel: fn(),
    onChange: fn((_state: MessengerFormState<NexmoConfig>) => {}),
  },
  argTypes: formArgTypesWithoutActions,
  parameters: {
    docs: {
      description: {
        component:
          'Links a Nexmo account: **Name** (any name), **Type** ("Nexmo"), **Key** and **Secret** (the API ' +
          'key and secret from the Nexmo Dashboard). Nexmo has no Test Connection or Set Webhook, so the ' +
          'form only validates and saves.',
      },
    },
  },
} satisfies Meta<typeof NexmoAccountForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** An empty form, as after choosing Nexmo from the "+" menu: no actions, only Save. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(inputNames(canvasElement)).toEqual(['name', 'type', 'key', 'secret']);
    await expect(canvas.getByLabelText('Name')).toHaveValue('');
    await expect(canvas.getByLabelText('Type')).toHaveValue('Nexmo');
    await expect(canvas.getByLabelText('Type')).toHaveAttribute('readonly');
    await expect(canvas.getByLabelText('Key')).toHaveAttribute('type', 'text');
    await expect(canvas.getByLabelText('Secret')).toHaveAttribute('type', 'password');
    for (const name of ['Test Connection', 'Set Webhook']) {
      await expect(canvas.queryByRole('button', { name })).not.toBeInTheDocument();
    }
    await expect(canvas.getByRole('button', { name: 'Save' })).toBeEnabled();
  },
};

/** A stored account: the secret is masked until "Show Secret" is pressed. Save emits the config. */
export const Prefilled: Story = {
  args: { initialValues: sample },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByLabelText('Name')).toHaveValue(sample.name);
    await expect(canvas.getByLabelText('Key')).toHaveValue(sample.key);
    await expect(canvas.getByLabelText('Secret')).toHaveValue(sample.secret);
    await userEvent.click(canvas.getByRole('button', { name: 'Show Secret' }));
    await expect(canvas.getByLabelText('Secret')).toHaveAttribute('type', 'text');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(args.onSubmit).toHaveBeenCalledWith({ type: 'nexmo', ...sample }));
  },
};

/** Save with no name, a key with a dash and no secret: each field says what to fix. */
export const ValidationErrors: Story = {
  args: { initialValues: { name: '', key: 'fake-key', secret: '' } },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    const name = canvas.getByLabelText('Name');
    await expectFieldError(name, 'This field is required.');
    await expectFieldError(
      canvas.getByLabelText('Key'),
      'The key contains letters and digits only.',
    );
    await expectFieldError(canvas.getByLabelText('Secret'), 'This field is required.');
    await waitFor(() => expect(name).toHaveFocus());
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/** Values can be read and copied but not edited; Save is hidden. */
export const ReadOnly: Story = {
  args: { initialValues: sample, readOnly: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectAllReadOnly(canvas.getByRole('form', { name: 'Nexmo account' }));
    await expect(canvas.getByLabelText('Key')).toHaveValue(sample.key);
    await expect(canvas.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  },
};

/** Every control is disabled, e.g. while the host loads or lacks permission. */
export const Disabled: Story = {
  args: { initialValues: sample, disabled: true },
  parameters: disabledContrastExemption,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectAllDisabled(canvas.getByRole('form', { name: 'Nexmo account' }));
    await expect(canvas.getByRole('button', { name: 'Save' })).toBeDisabled();
  },
};

/**
 * The host renders its own submit button: `hideActions` removes Save/Cancel and
 * `id` lets a MUI `<Button type="submit" form={id}>` outside the form submit it.
 */
export const HostOwnedButtons: Story = {
  args: { initialValues: sample, id: 'nexmo-account-form', hideActions: true },
  render: (args) => (
    <Stack spacing={2}>
      <NexmoAccountForm {...args} />
      <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
        <Button type="submit" form={args.id} variant="contained">
          Save Nexmo account
        </Button>
      </Stack>
    </Stack>
  ),
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const form = canvas.getByRole('form', { name: 'Nexmo account' });
    await expect(within(form).queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Save Nexmo account' }));
    await waitFor(() => expect(args.onSubmit).toHaveBeenCalledWith({ type: 'nexmo', ...sample }));
  },
};
