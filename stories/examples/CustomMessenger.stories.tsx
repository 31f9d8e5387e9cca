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
  type TestConnectionContext,
} from '../../src';
import { hostText, lastResolved, localeOf, resultText, translator } from '../support/i18n';
import { whatsappTwilio, type WhatsAppTwilioConfig } from './whatsappTwilio';
import { typeName } from '../support/names';

// Register once, outside components, so the provider stays memoized.
const messengers = [whatsappTwilio];
const WhatsAppTwilioAccountForm = createMessengerForm(whatsappTwilio);

// Obviously fake values in the shape Twilio uses.
const sample = {
  accountSid: 'AC0123456789abcdef0123456789abcdef',
  authToken: '0123456789abcdef0123456789abcdef',
  phoneNumber: '+14155550100',
};

/** A text of the WhatsApp form in the story's locale: the descriptor's own `messages`. */
function whatsappText(globals: Readonly<Record<string, unknown>>, key: string): string {
  const messages = whatsappTwilio.messages as Record<string, Record<string, string> | undefined>;
  const text = messages[localeOf(globals)]?.[key] ?? messages.en?.[key];
  if (text === undefined) throw new Error(`whatsappTwilio has no message ${key}`);
  return text;
}

interface ExampleProps {
  onCreate: (config: WhatsAppTwilioConfig) => Promise<void>;
  onTestConnection: (
    config: WhatsAppTwilioConfig,
    ctx?: TestConnectionContext,
  ) => Promise<ActionResult>;
  /** The story's globals: the host's own texts follow its locale. */
  globals?: Record<string, unknown>;
}

function MessengerIntegrationPage({ onCreate, onTestConnection, globals = {} }: ExampleProps) {
  const [type, setType] = useState<string>();
  const [saved, setSaved] = useState<string>();
  return (
    <MessengerFormsProvider messengers={messengers}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography component="h2" variant="h6">
          {hostText('pageTitle', globals)}
        </Typography>
        <AddMessengerAccountButton onSelect={setType} />
      </Stack>
      {saved && <Typography>{hostText('saved', globals, { account: saved })}</Typography>}
      <CreateMessengerAccountDialog
        open={type !== undefined}
        type={type}
        onClose={() => setType(undefined)}
        onCreate={async (config) => {
          await onCreate(config as WhatsAppTwilioConfig);
          setSaved(`${config.type} ${config.phoneNumber ?? ''}`);
        }}
        onTestConnection={(config, ctx) => onTestConnection(config as WhatsAppTwilioConfig, ctx)}
      />
    </MessengerFormsProvider>
  );
}

const meta = {
  title: 'Examples/Custom messenger (WhatsApp via Twilio)',
  component: MessengerIntegrationPage,
  tags: ['!autodocs'],
  parameters: {
    // Play functions read their texts from the active locale (test/stories/sweepJapanese.tsx).
    localeAware: true,
    docs: {
      description: {
        component:
          'A messenger type the library does not ship, added with `defineMessenger` in one file (`stories/examples/whatsappTwilio.ts`) and registered with `MessengerFormsProvider messengers`. No engine change.',
      },
    },
  },
  args: {
    onCreate: fn(async (_config: WhatsAppTwilioConfig) => {}),
    // The host answers in the form's language (`ctx.locale`).
    onTestConnection: fn(
      async (config: WhatsAppTwilioConfig, ctx?: TestConnectionContext): Promise<ActionResult> => ({
        ok: true,
        message: hostText(
          'twilioAccepted',
          { locale: ctx?.locale },
          { number: config.phoneNumber },
        ),
      }),
    ),
  },
  render: (args, { globals }) => <MessengerIntegrationPage {...args} globals={globals} />,
} satisfies Meta<typeof MessengerIntegrationPage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** "+" offers WhatsApp (Twilio) after the built-in types; the whole flow to a saved config. */
export const FullFlow: Story = {
  play: async ({ args, canvasElement, globals }) => {
    const t = translator(globals);
    const wa = (key: string) => whatsappText(globals, key);
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole('button', { name: t('add.button') }));
    const items = await body.findAllByRole('menuitem');
    const names = ['Facebook Messenger', 'LINE', 'Nexmo', 'Telegram', 'Viber', 'WhatsApp (Twilio)'];
    await expect(items).toHaveLength(names.length);
    for (const [index, name] of names.entries()) {
      await expect(items[index]).toHaveAccessibleName(typeName(name));
    }
    // Its own hint after its name; no mark of its own, so its initial (decorative).
    await expect(items[5]).toHaveAccessibleName(`WhatsApp (Twilio) ${wa('whatsapp.hint')}`);
    await expect(items[5].querySelector('svg')).toBeNull();
    await expect(items[5].querySelector('[aria-hidden="true"]')).toHaveTextContent(/^W$/);
    await userEvent.click(items[5]);
    const dialog = within(
      await body.findByRole('dialog', {
        name: t('createDialog.formTitle', { name: 'WhatsApp (Twilio)' }),
      }),
    );
    await expect(dialog.getByLabelText(t('field.type.label'))).toHaveValue('WhatsApp (Twilio)');

    await userEvent.type(dialog.getByLabelText(wa('whatsapp.accountSid.label')), sample.accountSid);
    await userEvent.type(dialog.getByLabelText(wa('whatsapp.authToken.label')), sample.authToken);
    await userEvent.type(
      dialog.getByLabelText(wa('whatsapp.phoneNumber.label')),
      '+1 (415) 555-0100',
    );
    await userEvent.click(dialog.getByRole('button', { name: t('action.testConnection') }));
    const alert = await dialog.findByRole('alert');
    const result = await lastResolved<ActionResult>(args.onTestConnection);
    await expect(alert).toHaveTextContent(resultText(result, globals) ?? '');
    await userEvent.click(dialog.getByRole('button', { name: t('form.save') }));
    await waitFor(() =>
      expect(args.onCreate).toHaveBeenCalledWith({ type: 'whatsapp-twilio', ...sample }),
    );
    const saved = hostText('saved', globals, { account: 'whatsapp-twilio +14155550100' });
    await expect(await canvas.findByText(saved)).toBeVisible();
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
  play: async ({ args, canvasElement, globals }) => {
    const t = translator(globals);
    const wa = (key: string) => whatsappText(globals, key);
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByLabelText(wa('whatsapp.accountSid.label')), 'SK123');
    await userEvent.type(canvas.getByLabelText(wa('whatsapp.phoneNumber.label')), '0415 555 0100');
    await userEvent.click(canvas.getByRole('button', { name: t('form.save') }));
    await expect(await canvas.findByText(wa('whatsapp.accountSid.invalid'))).toBeVisible();
    await expect(canvas.getByText(wa('whatsapp.phoneNumber.invalid'))).toBeVisible();
    await expect(canvas.getByLabelText(wa('whatsapp.authToken.label'))).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(args.onCreate).not.toHaveBeenCalled();
  },
};
