import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  AddMessengerAccountButton,
  CreateMessengerAccountDialog,
  MessengerFormsProvider,
  createMessengerForm,
  type ActionResult,
} from '../../src';
import { whatsappTwilio, type WhatsAppTwilioConfig } from './whatsappTwilio';

// Register once, outside components, so the provider stays memoized.
const messengers = [whatsappTwilio];
const WhatsAppTwilioAccountForm = createMessengerForm(whatsappTwilio);

// Obviously fake values in the shape Twilio uses.
const sample = {
  accountSid: 'AC0123456789abcdef0123456789abcdef',
  authToken: '0123456789abcdef0123456789abcdef',
  phoneNumber: '+14155550100',
};

interface ExampleProps {
  onCreate: (config: WhatsAppTwilioConfig) => Promise<void>;
  onTestConnection: (config: WhatsAppTwilioConfig) => Promise<ActionResult>;
}

function MessengerIntegrationPage({ onCreate, onTestConnection }: ExampleProps) {
  const [type, setType] = useState<string>();
  const [saved, setSaved] = useState<string>();
  return (
    <MessengerFormsProvider messengers={messengers}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography component="h2" variant="h6">
          Messenger Integration
        </Typography>
        <AddMessengerAccountButton onSelect={setType} />
      </Stack>
      {saved && <Typography>Saved: {saved}</Typography>}
      <CreateMessengerAccountDialog
        open={type !== undefined}
        type={type}
        onClose={() => setType(undefined)}
        onCreate={async (config) => {
          await onCreate(config as WhatsAppTwilioConfig);
          setSaved(`${config.type} ${config.phoneNumber ?? ''}`);
        }}
        onTestConnection={(config) => onTestConnection(config as WhatsAppTwilioConfig)}
      />
    </MessengerFormsProvider>
  );
}

const meta = {
  title: 'Examples/Custom messenger (WhatsApp via Twilio)',
  component: MessengerIntegrationPage,
  tags: ['!autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'A messenger type the library does not ship, added with `defineMessenger` in one file (`stories/examples/whatsappTwilio.ts`) and registered with `MessengerFormsProvider messengers`. No engine change.',
      },
    },
  },
  args: {
    onCreate: fn(async (_config: WhatsAppTwilioConfig) => {}),
    onTestConnection: fn(async (config: WhatsAppTwilioConfig): Promise<ActionResult> => ({
      ok: true,
      message: `Twilio accepted the credentials; ${config.phoneNumber} can send WhatsApp messages.`,
    })),
  },
} satisfies Meta<typeof MessengerIntegrationPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** "+" offers WhatsApp (Twilio) after the built-in types; the whole flow to a saved config. */
export const FullFlow: Story = {
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole('button', { name: 'Add messenger account' }));
    const items = await body.findAllByRole('menuitem');
    await expect(items.map((item) => item.textContent)).toEqual([
      'Facebook Messenger',
      'LINE',
      'Nexmo',
      'Telegram',
      'Viber',
      'WhatsApp (Twilio)',
    ]);
    await userEvent.click(items[5]);
    const dialog = within(
      await body.findByRole('dialog', { name: 'New WhatsApp (Twilio) account' }),
    );
    await expect(dialog.getByLabelText('Type')).toHaveValue('WhatsApp (Twilio)');

    await userEvent.type(dialog.getByLabelText('Account SID'), sample.accountSid);
    await userEvent.type(dialog.getByLabelText('Auth Token'), sample.authToken);
    await userEvent.type(dialog.getByLabelText('Sender phone number'), '+1 (415) 555-0100');
    await userEvent.click(dialog.getByRole('button', { name: 'Test Connection' }));
    await expect(await dialog.findByRole('alert')).toHaveTextContent('Twilio accepted');
    await userEvent.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(args.onCreate).toHaveBeenCalledWith({ type: 'whatsapp-twilio', ...sample }),
    );
    await expect(await canvas.findByText('Saved: whatsapp-twilio +14155550100')).toBeVisible();
  },
};

/** The typed form from `createMessengerForm`: the example's own rules and messages. */
export const ValidationErrors: Story = {
  render: (args) => (
    <MessengerFormsProvider messengers={messengers}>
      <WhatsAppTwilioAccountForm
        onSubmit={args.onCreate}
        onTestConnection={args.onTestConnection}
      />
    </MessengerFormsProvider>
  ),
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText('Account SID'), 'SK123');
    await userEvent.type(canvas.getByLabelText('Sender phone number'), '0415 555 0100');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(
      await canvas.findByText('An Account SID is "AC" followed by 32 hexadecimal characters.'),
    ).toBeVisible();
    await expect(canvas.getByText(/Use the international \(E\.164\) format/)).toBeVisible();
    await expect(canvas.getByLabelText('Auth Token')).toHaveAttribute('aria-invalid', 'true');
    await expect(args.onCreate).not.toHaveBeenCalled();
  },
};
