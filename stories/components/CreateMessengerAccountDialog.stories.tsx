import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  AddMessengerAccountButton,
  CreateMessengerAccountDialog,
  MESSENGER_DISPLAY_NAMES,
  MESSENGER_TYPES,
  type CreateMessengerAccountDialogProps,
  type MessengerConfig,
  type ActionResult,
  type MessengerType,
  type WebhookResult,
} from '../../src';
import { hostEnglish, hostText, lastResolved, resultText, translator } from '../support/i18n';
import { baselineMocks, setWebhookCallback, testConnectionCallback } from '../support/mocks';
import { expectFieldError, findDialog, page } from '../support/play';
import { sampleValues } from '../support/sampleValues';
import { typeName } from '../support/names';

const meta = {
  title: 'Components/CreateMessengerAccountDialog',
  component: CreateMessengerAccountDialog<MessengerType>,
  args: {
    open: true,
    onClose: fn(),
    onCreate: fn(async (_config: MessengerConfig) => {}),
    onTestConnection: testConnectionCallback<MessengerConfig>(),
    onSetWebhook: setWebhookCallback<MessengerConfig>(),
  },
  argTypes: {
    open: { control: 'boolean', table: { category: 'Behaviour' } },
    type: { control: 'select', options: MESSENGER_TYPES, table: { category: 'Behaviour' } },
    types: { control: 'check', options: MESSENGER_TYPES, table: { category: 'Behaviour' } },
    actionTimeoutMs: { control: 'number', table: { category: 'Behaviour' } },
    submitLabel: { control: 'text', table: { category: 'Layout' } },
    onClose: { table: { category: 'Events' } },
    onCreate: { table: { category: 'Events' } },
    onTestConnection: { table: { category: 'Events' } },
    onSetWebhook: { table: { category: 'Events' } },
  },
  parameters: {
    ...baselineMocks(),
    // Play functions read their texts from the active locale (test/stories/sweepJapanese.tsx).
    localeAware: true,
    docs: {
      // A modal dialog covers the page it is in: show each story in its own frame.
      story: { inline: false, iframeHeight: 720 },
      description: {
        component:
          'A controlled dialog that creates a messenger account. Without `type` it starts with the ' +
          'messenger type picker and offers **Back** from the form; with `type` it opens on that form. ' +
          '`onCreate(config)` receives the validated, normalized config: when its promise resolves the ' +
          'dialog calls `onClose()`, when it rejects the form keeps the values and shows the error. ' +
          'Test Connection and Set Webhook go to `onTestConnection` / `onSetWebhook` (here the reference ' +
          'HTTP adapter, answered by the MSW mocks).',
      },
    },
  },
} satisfies Meta<typeof CreateMessengerAccountDialog<MessengerType>>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Without `type`: the picker first; Back returns from the form to the picker. */
export const PickerFirst: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = translator(globals);
    const dialog = await findDialog(canvasElement, t('createDialog.title'));
    const list = within(dialog).getByRole('list', { name: t('picker.label') });
    await expect(within(list).getAllByRole('button')).toHaveLength(5);
    await userEvent.click(within(list).getByRole('button', { name: typeName('Viber') }));
    await expect(dialog).toHaveAccessibleName(t('createDialog.formTitle', { name: 'Viber' }));
    await expect(within(dialog).getByLabelText(t('field.type.label'))).toHaveValue('Viber');
    await userEvent.click(within(dialog).getByRole('button', { name: t('form.back') }));
    await expect(dialog).toHaveAccessibleName(t('createDialog.title'));
    await expect(within(dialog).getByRole('list', { name: t('picker.label') })).toBeVisible();
  },
};

/** With `type`: straight to the form of that type, without Back. Cancel asks to close. */
export const WithType: Story = {
  args: { type: 'telegram' },
  play: async ({ args, canvasElement, globals }) => {
    const t = translator(globals);
    const dialog = await findDialog(
      canvasElement,
      t('createDialog.formTitle', { name: 'Telegram' }),
    );
    const form = within(dialog).getByRole('form', { name: t('form.label', { name: 'Telegram' }) });
    await expect(within(form).getByLabelText(t('telegram.botUsername.label'))).toHaveValue('');
    await expect(
      within(dialog).queryByRole('button', { name: t('form.back') }),
    ).not.toBeInTheDocument();
    await expect(
      within(dialog).getByRole('button', { name: t('action.setWebhook') }),
    ).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: t('form.cancel') }));
    await expect(args.onClose).toHaveBeenCalledTimes(1);
    await expect(args.onCreate).not.toHaveBeenCalled();
  },
};

type HostPageProps = CreateMessengerAccountDialogProps<MessengerType>;

function accountLabel(config: MessengerConfig): string {
  switch (config.type) {
    case 'facebook':
      return `@${config.pageUsername}`;
    case 'telegram':
    case 'viber':
      return `@${config.botUsername}`;
    case 'line':
    case 'nexmo':
      return config.name;
  }
}

/** A minimal Messenger Integration page: the "+" button, the dialog and the accounts created. */
function MessengerIntegrationPage({
  onClose,
  onCreate,
  globals,
  ...props
}: HostPageProps & { globals: Record<string, unknown> }) {
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<MessengerType | undefined>(undefined);
  const [accounts, setAccounts] = useState<MessengerConfig[]>([]);
  return (
    <Stack spacing={1}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h6" component="h1">
          {hostText('pageTitle', globals)}
        </Typography>
        <AddMessengerAccountButton
          onSelect={(chosen) => {
            setType(chosen);
            setOpen(true);
          }}
        />
      </Stack>
      {accounts.length === 0 ? (
        <Typography color="text.secondary">{hostText('noAccounts', globals)}</Typography>
      ) : (
        <List aria-label={hostText('accounts', globals)} dense>
          {accounts.map((account, index) => (
            <ListItem key={index} disableGutters>
              <ListItemText
                primary={accountLabel(account)}
                secondary={MESSENGER_DISPLAY_NAMES[account.type]}
              />
            </ListItem>
          ))}
        </List>
      )}
      <CreateMessengerAccountDialog
        {...props}
        open={open}
        type={type}
        onClose={() => {
          setOpen(false);
          onClose();
        }}
        onCreate={async (config) => {
          await onCreate(config);
          setAccounts((list) => [...list, config]);
        }}
      />
    </Stack>
  );
}

/**
 * The whole journey: "+" → Telegram → fill in (a pasted `@username` and a Bot API URL are
 * normalized) → Test Connection → Save. `onCreate` gets the normalized config and the dialog closes.
 */
export const FullCreateFlow: Story = {
  args: { open: false },
  parameters: hostEnglish('The mock server answers "Connected to …" in English.'),
  render: (args, { globals }) => <MessengerIntegrationPage {...args} globals={globals} />,
  play: async ({ args, canvasElement, globals }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    const screen = page(canvasElement);
    const { botUsername, token } = sampleValues.telegram;

    await userEvent.click(canvas.getByRole('button', { name: t('add.button') }));
    await userEvent.click(await screen.findByRole('menuitem', { name: typeName('Telegram') }));
    const dialog = await findDialog(
      canvasElement,
      t('createDialog.formTitle', { name: 'Telegram' }),
    );
    const dialogQueries = within(dialog);
    const username = dialogQueries.getByLabelText(t('telegram.botUsername.label'));
    const tokenInput = dialogQueries.getByLabelText(t('telegram.token.label'));

    await userEvent.type(username, `@${botUsername}`);
    await userEvent.click(tokenInput);
    await userEvent.paste(`https://api.telegram.org/bot${token}/getMe`);

    await userEvent.click(dialogQueries.getByRole('button', { name: t('action.testConnection') }));
    const alert = await dialogQueries.findByRole('alert');
    const result = await lastResolved<ActionResult>(args.onTestConnection);
    await expect(result.message).toContain(`@${botUsername}`);
    await expect(alert).toHaveTextContent(resultText(result, globals) ?? '');
    await expect(username).toHaveValue(botUsername);
    await expect(tokenInput).toHaveValue(token);

    await userEvent.click(dialogQueries.getByRole('button', { name: t('form.save') }));
    await waitFor(() =>
      expect(args.onCreate).toHaveBeenCalledWith({ type: 'telegram', botUsername, token }),
    );
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    await expect(args.onClose).toHaveBeenCalledTimes(1);
    const accounts = canvas.getByRole('list', { name: hostText('accounts', globals) });
    await expect(accounts).toHaveTextContent(`@${botUsername}Telegram`);
  },
};

/** The host's reason why `onCreate` rejects, in the page's language. */
const accountExists = (globals: Record<string, unknown>) =>
  hostText('accountExists', globals, { account: `@${sampleValues.telegram.botUsername}` });

/** `onCreate` rejects (e.g. a duplicate): the dialog stays open with the values and the reason. */
export const CreateFails: Story = {
  args: { type: 'telegram' },
  // The host's `onCreate` rejects with a reason in the page's language.
  render: (args, { globals }) => (
    <CreateMessengerAccountDialog
      {...args}
      onCreate={async (config) => {
        await args.onCreate(config);
        throw new Error(accountExists(globals));
      }}
    />
  ),
  play: async ({ args, canvasElement, globals }) => {
    const t = translator(globals);
    const dialog = await findDialog(
      canvasElement,
      t('createDialog.formTitle', { name: 'Telegram' }),
    );
    const dialogQueries = within(dialog);
    const { botUsername, token } = sampleValues.telegram;
    const username = dialogQueries.getByLabelText(t('telegram.botUsername.label'));
    const tokenInput = dialogQueries.getByLabelText(t('telegram.token.label'));
    await userEvent.click(username);
    await userEvent.paste(botUsername);
    await userEvent.click(tokenInput);
    await userEvent.paste(token);
    await userEvent.click(dialogQueries.getByRole('button', { name: t('form.save') }));

    await expect(await dialogQueries.findByRole('alert')).toHaveTextContent(
      t('form.saveFailedWithReason', { reason: accountExists(globals) }),
    );
    await expect(args.onCreate).toHaveBeenCalledWith({ type: 'telegram', botUsername, token });
    await expect(args.onClose).not.toHaveBeenCalled();
    await expect(dialog).toBeVisible();
    await expect(username).toHaveValue(botUsername);
    await expect(tokenInput).toHaveValue(token);
  },
};

/** The focused element of the page the story renders in. */
function focusedIn(canvasElement: HTMLElement): Element | null {
  return canvasElement.ownerDocument.activeElement;
}

/**
 * Presses Tab until `target` has the focus (at most `max` times), as a keyboard
 * user moves through the page; fails if it is never reached.
 */
async function tabTo(canvasElement: HTMLElement, target: HTMLElement, max = 12) {
  for (let i = 0; i < max && focusedIn(canvasElement) !== target; i++) await userEvent.tab();
  await expect(target).toHaveFocus();
}

/**
 * The whole create flow with the keyboard only, in the page's language: Tab to "+" and Enter,
 * arrow keys to Viber and Enter, type the fields (Save with an empty Token first: the error is
 * the field's accessible description and the field gets the focus), Set Webhook (the dialog
 * focuses its URL field, Enter confirms, the focus comes back to Set Webhook and the result is
 * announced), Test Connection, Save. The dialog closes and the focus returns to "+".
 */
export const KeyboardCreateFlow: Story = {
  args: { open: false },
  parameters: hostEnglish(
    'The mock server answers "Webhook set for …" and "Connected to …" in English.',
  ),
  render: (args, { globals }) => <MessengerIntegrationPage {...args} globals={globals} />,
  play: async ({ args, canvasElement, globals }) => {
    const t = translator(globals);
    const canvas = within(canvasElement);
    const screen = page(canvasElement);
    const { botUsername, token } = sampleValues.viber;

    // "+" → menu → Viber.
    const add = canvas.getByRole('button', { name: t('add.button') });
    await tabTo(canvasElement, add);
    await userEvent.keyboard('{Enter}');
    const first = await screen.findByRole('menuitem', {
      name: typeName(MESSENGER_DISPLAY_NAMES.facebook),
    });
    await waitFor(() => expect(first).toHaveFocus());
    for (let i = 0; i < 4; i++) await userEvent.keyboard('{ArrowDown}');
    await expect(screen.getByRole('menuitem', { name: typeName('Viber') })).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    const dialog = await findDialog(canvasElement, t('createDialog.formTitle', { name: 'Viber' }));
    const inDialog = within(dialog);
    const username = inDialog.getByLabelText(t('viber.botUsername.label'));
    const tokenInput = inDialog.getByLabelText(t('viber.token.label'));
    const save = inDialog.getByRole('button', { name: t('form.save') });
    await tabTo(canvasElement, username);
    await userEvent.keyboard(botUsername);

    // Save with the Token empty: the error describes the field, which gets the focus.
    await tabTo(canvasElement, save);
    await userEvent.keyboard('{Enter}');
    await expectFieldError(tokenInput, t('error.required'));
    await waitFor(() => expect(tokenInput).toHaveFocus());
    await expect(args.onCreate).not.toHaveBeenCalled();
    await userEvent.keyboard(token);

    // Set Webhook: focus into the dialog's URL field, Enter confirms, focus comes back.
    const setWebhook = inDialog.getByRole('button', { name: t('action.setWebhook') });
    await tabTo(canvasElement, setWebhook);
    await userEvent.keyboard('{Enter}');
    const webhookDialog = await findDialog(canvasElement, t('webhookDialog.title'));
    const url = within(webhookDialog).getByLabelText(t('webhookDialog.url.label'));
    await waitFor(() => expect(url).toHaveFocus());
    await userEvent.keyboard('contact-center.example:8443');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(webhookDialog).not.toBeInTheDocument());
    await waitFor(() => expect(setWebhook).toHaveFocus());
    const webhookText = resultText(await lastResolved<WebhookResult>(args.onSetWebhook), globals);
    await waitFor(() =>
      expect(
        inDialog
          .getAllByRole('alert')
          .map((a) => a.textContent)
          .join('\n'),
      ).toContain(webhookText),
    );
    await expect(args.onSetWebhook).toHaveBeenCalledWith(
      { type: 'viber', botUsername, token },
      expect.objectContaining({ webhookUrl: 'https://contact-center.example:8443' }),
    );

    // Test Connection, the next button.
    const test = inDialog.getByRole('button', { name: t('action.testConnection') });
    await userEvent.tab();
    await expect(test).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(args.onTestConnection).toHaveBeenCalledTimes(1));
    const testText = resultText(await lastResolved<WebhookResult>(args.onTestConnection), globals);
    await waitFor(() =>
      expect(
        inDialog
          .getAllByRole('alert')
          .map((a) => a.textContent)
          .join('\n'),
      ).toContain(testText),
    );
    // The button stayed focusable while its request ran: the focus is still on it.
    await expect(test).toHaveFocus();

    // Save: the config is reported, the dialog closes, the focus is back on "+".
    await tabTo(canvasElement, save);
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(args.onCreate).toHaveBeenCalledWith({ type: 'viber', botUsername, token }),
    );
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    await expect(args.onClose).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(add).toHaveFocus());
  },
};

/** `CreateFails` in a dark theme: the dialog, its fields and the error alert keep their contrast. */
export const CreateFailsDark: Story = {
  ...CreateFails,
  globals: { theme: 'dark' },
};
