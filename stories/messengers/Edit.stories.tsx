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
  type MessageKey,
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
import {
  hostEnglish,
  hostText,
  lastResolved,
  resultText,
  translator,
  type StoryTranslate,
} from '../support/i18n';
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
    first: 'facebook.pageUsername.label',
    secrets: ['token', 'webhookVerifyToken'],
    credential: {
      key: 'token',
      label: 'facebook.token.label',
      next: 'EAAFAKEnewPageAccessTokenNotReal000000',
    },
    testConnection: true,
  },
  line: {
    rename: 'ACME Support (renamed)',
    first: 'line.name.label',
    secrets: ['token'],
    credential: {
      key: 'token',
      label: 'line.token.label',
      next: 'FAKE-new-line-channel-token-not-real-000',
    },
    testConnection: true,
  },
  nexmo: {
    rename: 'ACME SMS (renamed)',
    first: 'nexmo.name.label',
    secrets: ['secret'],
    credential: {
      key: 'secret',
      label: 'nexmo.secret.label',
      next: 'FAKE-new-nexmo-secret-not-real-0',
    },
    testConnection: false,
  },
  telegram: {
    rename: 'acme_renamed_bot',
    first: 'telegram.botUsername.label',
    secrets: ['token'],
    credential: {
      key: 'token',
      label: 'telegram.token.label',
      next: '987654321:AAFAKE-new-rotated-token-not-real00',
    },
    testConnection: true,
  },
  viber: {
    rename: 'acme_renamed',
    first: 'viber.botUsername.label',
    secrets: ['token'],
    credential: {
      key: 'token',
      label: 'viber.token.label',
      next: '00112233445566ff-00112233445566ff-00112233445566ff',
    },
    testConnection: true,
  },
} satisfies Record<
  MessengerType,
  {
    /** A valid new value of the first field. */
    rename: string;
    /** Catalogue key of the first field's label. */
    first: MessageKey;
    secrets: string[];
    credential: { key: string; label: MessageKey; next: string };
    testConnection: boolean;
  }
>;

/** Renames the account: the first field gets a new, valid value. */
async function rename(canvasElement: HTMLElement, type: MessengerType, t: StoryTranslate) {
  const input = within(canvasElement).getByLabelText(t(MESSENGERS[type].first));
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
    // Play functions read their texts from the active locale (test/stories/sweepJapanese.tsx).
    localeAware: true,
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
    play: async ({ args, canvasElement, globals }) => {
      const t = translator(globals);
      const canvas = within(canvasElement);
      await expect(canvas.getByRole('button', { name: t('form.save') })).toBeDisabled();
      await expect(canvas.getByLabelText(t('field.type.label'))).toHaveAttribute('readonly');
      await userEvent.click(canvas.getByRole('button', { name: t('form.cancel') }));
      await expect(args.onCancel).toHaveBeenCalledTimes(1);
      await expect(page(canvasElement).queryByRole('dialog')).toBeNull();
    },
  };
}

/** Dirty: a renamed account. Save is enabled, `onChange` says dirty, Cancel asks first. */
function dirty(type: MessengerType): Story {
  return {
    args: { type, initialValues: sampleValues[type] },
    play: async ({ args, canvasElement, globals }) => {
      const t = translator(globals);
      const canvas = within(canvasElement);
      const input = await rename(canvasElement, type, t);
      await expect(canvas.getByRole('button', { name: t('form.save') })).toBeEnabled();
      await expect(args.onChange).toHaveBeenLastCalledWith(
        expect.objectContaining({ dirty: true }),
      );
      await userEvent.click(canvas.getByRole('button', { name: t('form.cancel') }));
      const dialog = await page(canvasElement).findByRole('dialog', { name: t('discard.title') });
      await expect(args.onCancel).not.toHaveBeenCalled();
      await userEvent.click(within(dialog).getByRole('button', { name: t('discard.keep') }));
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
    ...(testConnection
      ? {
          parameters: hostEnglish(
            'The mock server answers "Connected to …, using the stored token" in English.',
          ),
        }
      : {}),
    play: async ({ args, canvasElement, globals }) => {
      const t = translator(globals);
      const canvas = within(canvasElement);
      const label = t(credential.label);
      const secret = canvas.getByLabelText(label);
      await expect(secret).toHaveValue('');
      await expect(secret).not.toBeRequired();
      await expect(secret).toHaveAccessibleDescription(t('secret.stored', { label }));
      if (testConnection) {
        await userEvent.click(canvas.getByRole('button', { name: t('action.testConnection') }));
        const alert = await canvas.findByRole('alert');
        const result = await lastResolved<ActionResult>(args.onTestConnection);
        // The mock server says which credential it checked (in its own, English, words).
        await expect(result.message).toContain(`using the stored ${credential.key}`);
        await expect(alert).toHaveTextContent(resultText(result, globals) ?? '');
      }
      await rename(canvasElement, type, t);
      await userEvent.click(canvas.getByRole('button', { name: t('form.save') }));
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
    ...(testConnection
      ? { parameters: hostEnglish('The mock server answers "Connected to …" in English.') }
      : {}),
    play: async ({ args, canvasElement, globals }) => {
      const t = translator(globals);
      const canvas = within(canvasElement);
      const label = t(credential.label);
      await userEvent.click(
        canvas.getByRole('button', { name: t('secret.replaceLabel', { label }) }),
      );
      const secret = canvas.getByLabelText(label);
      await expect(secret).toHaveFocus();
      await expect(secret).toBeRequired();
      await userEvent.paste(credential.next);
      if (testConnection) {
        await userEvent.click(canvas.getByRole('button', { name: t('action.testConnection') }));
        const alert = await canvas.findByRole('alert');
        const result = await lastResolved<ActionResult>(args.onTestConnection);
        // The new token was checked, not the stored one.
        await expect(result.ok).toBe(true);
        await expect(result.message).not.toContain('using the stored');
        await expect(alert).toHaveTextContent(resultText(result, globals) ?? '');
      }
      await userEvent.click(canvas.getByRole('button', { name: t('form.save') }));
      await waitFor(() =>
        expect(args.onSubmit).toHaveBeenCalledWith(
          expect.objectContaining({ type, [credential.key]: credential.next }),
        ),
      );
    },
  };
}

/** Save failure: the host rejects; the values stay and the reason (the host's, localized) is shown. */
function saveFailure(type: MessengerType): Story {
  return {
    args: {
      type,
      initialValues: withoutSecrets(type),
      storedSecrets: MESSENGERS[type].secrets as SecretKey<MessengerConfig>[],
    },
    // The host's `onSubmit` rejects with a reason in the page's language.
    render: (args, { globals }) => (
      <EditAccountForm
        {...args}
        onSubmit={async (config) => {
          await args.onSubmit(config);
          throw new Error(hostText('accountChanged', globals));
        }}
      />
    ),
    play: async ({ args, canvasElement, globals }) => {
      const t = translator(globals);
      const canvas = within(canvasElement);
      const input = await rename(canvasElement, type, t);
      await userEvent.click(canvas.getByRole('button', { name: t('form.save') }));
      const reason = hostText('accountChanged', globals);
      await expect(
        await canvas.findByText(t('form.saveFailedWithReason', { reason })),
      ).toBeInTheDocument();
      await expect(args.onSubmit).toHaveBeenCalledTimes(1);
      await expect(input).toHaveValue(MESSENGERS[type].rename);
      await expect(canvas.getByRole('button', { name: t('form.save') })).toBeEnabled();
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
