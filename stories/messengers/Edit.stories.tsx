import type { ComponentType } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  FacebookAccountForm,
  LineAccountForm,
  NexmoAccountForm,
  TelegramAccountForm,
  ViberAccountForm,
  type ActionResult,
  type ConfigUpdate,
  type MessengerConfig,
  type MessengerFormProps,
  type MessengerFormState,
  type MessengerType,
  type SecretKey,
  type SetWebhookContext,
  type TestConnectionContext,
  type WebhookResult,
} from '../../src';
import { createHttpCallbacks } from '../../src/mocks';
import { disabledContrastExemption } from '../support/a11y';
import { apiBaseUrl, baselineMocks } from '../support/mocks';
import { page } from '../support/play';
import { sampleValues } from '../support/sampleValues';

type AnyEditProps = MessengerFormProps<MessengerConfig, SecretKey<MessengerConfig>>;
type EditAccountFormProps = AnyEditProps & {
  /** Messenger type of the stored account. */
  type: MessengerType;
};

const FORMS = {
  facebook: FacebookAccountForm,
  line: LineAccountForm,
  nexmo: NexmoAccountForm,
  telegram: TelegramAccountForm,
  viber: ViberAccountForm,
} as unknown as Record<MessengerType, ComponentType<AnyEditProps>>;

/** The typed form of `type` (story helper: the typed forms take the same props). */
function EditAccountForm({ type, ...props }: EditAccountFormProps) {
  const Form = FORMS[type];
  return <Form {...props} />;
}

/** What differs per messenger in these stories. */
const MESSENGERS = {
  facebook: {
    rename: 'acme.support.renamed',
    first: 'Page Username',
    secrets: ['token', 'webhookVerifyToken'],
    credential: { key: 'token', label: 'Token', next: 'EAAFAKEnewPageAccessTokenNotReal000000' },
    testConnection: true,
  },
  line: {
    rename: 'ACME Support (renamed)',
    first: 'Name',
    secrets: ['token'],
    credential: { key: 'token', label: 'Token', next: 'FAKE-new-line-channel-token-not-real-000' },
    testConnection: true,
  },
  nexmo: {
    rename: 'ACME SMS (renamed)',
    first: 'Name',
    secrets: ['secret'],
    credential: { key: 'secret', label: 'Secret', next: 'FAKE-new-nexmo-secret-not-real-0' },
    testConnection: false,
  },
  telegram: {
    rename: 'acme_renamed_bot',
    first: 'Bot Username',
    secrets: ['token'],
    credential: {
      key: 'token',
      label: 'Token',
      next: '987654321:AAFAKE-new-rotated-token-not-real00',
    },
    testConnection: true,
  },
  viber: {
    rename: 'acme_renamed',
    first: 'Bot Username',
    secrets: ['token'],
    credential: {
      key: 'token',
      label: 'Token',
      next: '00112233445566ff-00112233445566ff-00112233445566ff',
    },
    testConnection: true,
  },
} satisfies Record<
  MessengerType,
  {
    /** A valid new value of the first field. */
    rename: string;
    first: string;
    secrets: string[];
    credential: { key: string; label: string; next: string };
    testConnection: boolean;
  }
>;

/** Renames the account: the first field gets a new, valid value. */
async function rename(canvasElement: HTMLElement, type: MessengerType) {
  const input = within(canvasElement).getByLabelText(MESSENGERS[type].first);
  await userEvent.clear(input);
  await userEvent.click(input);
  await userEvent.paste(MESSENGERS[type].rename);
  return input;
}

/** Stored values without the secrets the host keeps to itself. */
function withoutSecrets(type: MessengerType): Record<string, string> {
  const values: Record<string, string> = { ...sampleValues[type] };
  for (const key of MESSENGERS[type].secrets) delete values[key];
  return values;
}

const http = () => createHttpCallbacks({ baseUrl: apiBaseUrl() });

const meta = {
  title: 'Messengers/Editing',
  component: EditAccountForm,
  args: {
    type: 'telegram',
    mode: 'edit',
    onSubmit: fn(async (_config: MessengerConfig | ConfigUpdate<MessengerConfig>) => {}),
    onCancel: fn(),
    onChange: fn((_state: MessengerFormState<MessengerConfig>) => {}),
    onTestConnection: fn(
      (
        config: MessengerConfig | ConfigUpdate<MessengerConfig>,
        ctx: TestConnectionContext,
      ): Promise<ActionResult> => http().onTestConnection(config, ctx),
    ).mockName('onTestConnection'),
    onSetWebhook: fn(
      (
        config: MessengerConfig | ConfigUpdate<MessengerConfig>,
        ctx: SetWebhookContext,
      ): Promise<WebhookResult> => http().onSetWebhook(config, ctx),
    ).mockName('onSetWebhook'),
  },
  argTypes: {
    type: { control: 'select', options: Object.keys(MESSENGERS) },
    mode: { control: 'inline-radio', options: ['create', 'edit'] },
  },
  parameters: {
    ...baselineMocks(),
    // Save is disabled until something changes.
    ...disabledContrastExemption,
    docs: {
      description: {
        component:
          'Editing a stored account: `mode="edit"` with `initialValues` from the host. Save is enabled only once something ' +
          'changed, Cancel asks before discarding changes, and `onChange` reports `dirty`. With `storedSecrets` the ' +
          'secrets the host keeps on file start empty and optional ("Stored — leave empty to keep the current Token"); ' +
          'the callbacks then receive the config without them (`ConfigUpdate<C>`) and the host merges. **Replace** ' +
          'clears and focuses the field for a rotated token. The mock server answers a request without a token as if ' +
          'the stored one were used ("…, using the stored token").',
      },
    },
  },
} satisfies Meta<typeof EditAccountForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Clean: the stored account as it is. Nothing to save; Cancel leaves without asking. */
function clean(type: MessengerType): Story {
  return {
    args: { type, initialValues: sampleValues[type] },
    play: async ({ args, canvasElement }) => {
      const canvas = within(canvasElement);
      await expect(canvas.getByRole('button', { name: 'Save' })).toBeDisabled();
      await expect(canvas.getByLabelText('Type')).toHaveAttribute('readonly');
      await userEvent.click(canvas.getByRole('button', { name: 'Cancel' }));
      await expect(args.onCancel).toHaveBeenCalledTimes(1);
      await expect(page(canvasElement).queryByRole('dialog')).toBeNull();
    },
  };
}

/** Dirty: a renamed account. Save is enabled, `onChange` says dirty, Cancel asks first. */
function dirty(type: MessengerType): Story {
  return {
    args: { type, initialValues: sampleValues[type] },
    play: async ({ args, canvasElement }) => {
      const canvas = within(canvasElement);
      const input = await rename(canvasElement, type);
      await expect(canvas.getByRole('button', { name: 'Save' })).toBeEnabled();
      await expect(args.onChange).toHaveBeenLastCalledWith(
        expect.objectContaining({ dirty: true }),
      );
      await userEvent.click(canvas.getByRole('button', { name: 'Cancel' }));
      const dialog = await page(canvasElement).findByRole('dialog', { name: 'Discard changes?' });
      await expect(args.onCancel).not.toHaveBeenCalled();
      await userEvent.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
      await waitFor(() => expect(dialog).not.toBeInTheDocument());
      await expect(input).toHaveValue(MESSENGERS[type].rename);
    },
  };
}

/** Stored token: the host keeps the secret; it starts empty and optional, and is not sent. */
function storedToken(type: MessengerType): Story {
  const { secrets, credential, testConnection } = MESSENGERS[type];
  return {
    args: {
      type,
      initialValues: withoutSecrets(type),
      storedSecrets: secrets as SecretKey<MessengerConfig>[],
    },
    play: async ({ args, canvasElement }) => {
      const canvas = within(canvasElement);
      const secret = canvas.getByLabelText(credential.label);
      await expect(secret).toHaveValue('');
      await expect(secret).not.toBeRequired();
      await expect(secret).toHaveAccessibleDescription(
        `Stored — leave empty to keep the current ${credential.label}.`,
      );
      if (testConnection) {
        await userEvent.click(canvas.getByRole('button', { name: 'Test Connection' }));
        const alert = await canvas.findByRole('alert');
        await expect(alert).toHaveTextContent(`using the stored ${credential.key}`);
      }
      await rename(canvasElement, type);
      await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(args.onSubmit).toHaveBeenCalledTimes(1));
      const sent = (args.onSubmit as ReturnType<typeof fn>).mock.calls[0]![0] as object;
      for (const key of secrets) await expect(sent).not.toHaveProperty(key);
    },
  };
}

/** Replaced token: Replace clears and focuses the field; the new token is tested and sent. */
function replacedToken(type: MessengerType): Story {
  const { credential, testConnection } = MESSENGERS[type];
  return {
    args: {
      type,
      initialValues: withoutSecrets(type),
      storedSecrets: MESSENGERS[type].secrets as SecretKey<MessengerConfig>[],
    },
    play: async ({ args, canvasElement }) => {
      const canvas = within(canvasElement);
      await userEvent.click(canvas.getByRole('button', { name: `Replace ${credential.label}` }));
      const secret = canvas.getByLabelText(credential.label);
      await expect(secret).toHaveFocus();
      await expect(secret).toBeRequired();
      await userEvent.paste(credential.next);
      if (testConnection) {
        await userEvent.click(canvas.getByRole('button', { name: 'Test Connection' }));
        const alert = await canvas.findByRole('alert');
        await expect(alert).toHaveTextContent(/^(?!.*using the stored).*Connected/);
      }
      await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
      await waitFor(() =>
        expect(args.onSubmit).toHaveBeenCalledWith(
          expect.objectContaining({ type, [credential.key]: credential.next }),
        ),
      );
    },
  };
}

/** Save failure: the host rejects; the values stay and the reason is shown. */
function saveFailure(type: MessengerType): Story {
  return {
    args: {
      type,
      initialValues: withoutSecrets(type),
      storedSecrets: MESSENGERS[type].secrets as SecretKey<MessengerConfig>[],
      onSubmit: fn(
        async (_config: MessengerConfig | ConfigUpdate<MessengerConfig>): Promise<void> => {
          throw new Error('the account was changed by someone else; reload it');
        },
      ),
    },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      const input = await rename(canvasElement, type);
      await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
      await expect(
        await canvas.findByText(
          'The account could not be saved: the account was changed by someone else; reload it',
        ),
      ).toBeInTheDocument();
      await expect(input).toHaveValue(MESSENGERS[type].rename);
      await expect(canvas.getByRole('button', { name: 'Save' })).toBeEnabled();
    },
  };
}

export const FacebookClean = clean('facebook');
export const FacebookDirty = dirty('facebook');
export const FacebookStoredToken = storedToken('facebook');
export const FacebookReplacedToken = replacedToken('facebook');
export const FacebookSaveFailure = saveFailure('facebook');

export const LineClean = clean('line');
export const LineDirty = dirty('line');
export const LineStoredToken = storedToken('line');
export const LineReplacedToken = replacedToken('line');
export const LineSaveFailure = saveFailure('line');

export const NexmoClean = clean('nexmo');
export const NexmoDirty = dirty('nexmo');
export const NexmoStoredSecret = storedToken('nexmo');
export const NexmoReplacedSecret = replacedToken('nexmo');
export const NexmoSaveFailure = saveFailure('nexmo');

export const TelegramClean = clean('telegram');
export const TelegramDirty = dirty('telegram');
export const TelegramStoredToken = storedToken('telegram');
export const TelegramReplacedToken = replacedToken('telegram');
export const TelegramSaveFailure = saveFailure('telegram');

export const ViberClean = clean('viber');
export const ViberDirty = dirty('viber');
export const ViberStoredToken = storedToken('viber');
export const ViberReplacedToken = replacedToken('viber');
export const ViberSaveFailure = saveFailure('viber');
