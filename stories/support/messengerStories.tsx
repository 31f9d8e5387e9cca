// The states every messenger form shares, as stories built from the messenger's descriptor.
// A stories file keeps what is specific to its messenger and re-exports the rest:
//   const s = messengerStories({ type: 'telegram', Form: TelegramAccountForm, ... });
//   export const Timeout = s.Timeout;
import type { ComponentType } from 'react';
import type { ArgTypes, StoryObj } from '@storybook/react-vite';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  messengerDescriptors,
  type ActionResult,
  type FieldKind,
  type MessageKey,
  type MessengerConfig,
  type MessengerFormProps,
  type MessengerFormState,
} from '../../src';
import { scenarios } from '../../src/mocks';
import { englishLeftIn } from './englishSweep';
import { disabledContrastExemption } from './a11y';
import { formArgTypes, formArgTypesWithoutActions, formArgTypesWithoutWebhook } from './argTypes';
import { hostEnglish, hostText, lastResolved, resultText, translator } from './i18n';
import { baselineMocks, setWebhookCallback, testConnectionCallback, withMocks } from './mocks';
import {
  expectAllDisabled,
  expectAllReadOnly,
  expectFieldError,
  expectFieldValid,
  findDialog,
  inputNames,
} from './play';

type Values<C extends MessengerConfig> = Omit<C, 'type'>;
type Key<C extends MessengerConfig> = Exclude<keyof C, 'type'> & string;
type Props<C extends MessengerConfig> = MessengerFormProps<C>;
/** A story of a messenger form; each stories file narrows it to its component. */
export type MessengerStory<C extends MessengerConfig> = StoryObj<Props<C>>;

/** What a stories file tells the factory about its messenger. */
export interface MessengerStoriesSpec<C extends MessengerConfig> {
  type: C['type'];
  /** The typed form (`TelegramAccountForm`…). */
  Form: ComponentType<Props<C>>;
  /** Valid sample values (see `sampleValues`). */
  sample: Values<C>;
  /** Name in the host's own Save button of `HostOwnedButtons`. @default the display name */
  hostName?: string;
  /**
   * Values whose token the mock server rejects (`sampleWith(type, 'invalid')`).
   * The texts of results are not given here: play functions read them from the
   * callback's answer, as the form does (a catalogue `result.<code>` message in
   * the story's locale, else the host's message).
   */
  rejectedValues?: Values<C>;
  /** Markdown description of the component for the docs page. */
  description: string;
}

interface FieldInfo<C extends MessengerConfig> {
  key: Key<C>;
  kind: FieldKind;
  label: MessageKey;
  optional?: boolean;
}

/** The webhook address typed in the Viber Set Webhook dialog, and what the callback gets. */
const WEBHOOK_INPUT = 'contact-center.example:8443';
const WEBHOOK_URL = 'https://contact-center.example:8443';

/** A `name` matcher for a button whose accessible name contains `text`. */
const containing = (text: string) => (name: string) => name.includes(text);

/**
 * Stories of the states every messenger form has, from the messenger's
 * descriptor (fields, labels, actions) and a few messenger-specific texts.
 * Play functions read their texts from the catalogue of the story's locale,
 * so they pass with the toolbar on English or 日本語.
 */
export function messengerStories<C extends MessengerConfig>(spec: MessengerStoriesSpec<C>) {
  type Story = MessengerStory<C>;
  const descriptor = messengerDescriptors[spec.type as MessengerConfig['type']];
  const { displayName, actions } = descriptor;
  const fields = descriptor.fields as unknown as ReadonlyArray<FieldInfo<C>>;
  const [first] = fields;
  // Optional fields (Facebook Page Username and App Secret, LINE Channel Secret) may stay empty.
  const required = fields.filter((f) => !f.optional);
  const firstRequired = required[0] ?? first;
  // The credential the mock checks: the first secret field (by `kind`, as everywhere).
  const credential = fields.find((f) => f.kind !== 'text') ?? first;
  const generated = fields.filter((f) => f.kind === 'generated-token');
  const testConnection = actions.testConnection;
  const setWebhook = Boolean(actions.setWebhook);
  const askUrl = Boolean(actions.setWebhook?.askUrl);
  const sample = spec.sample;
  const config = { type: spec.type, ...sample } as C;
  /** The sample value of a field. */
  const valueOf = (key: Key<C>) => (sample as unknown as Record<string, string>)[key];

  const args: Partial<Props<C>> = {
    onSubmit: fn(async (_config: C) => {}),
    onCancel: fn(),
    onChange: fn((_state: MessengerFormState<C>) => {}),
    ...(testConnection ? { onTestConnection: testConnectionCallback<C>() } : {}),
    ...(setWebhook ? { onSetWebhook: setWebhookCallback<C>() } : {}),
  };
  const argTypes: Partial<ArgTypes<Props<C>>> = setWebhook
    ? formArgTypes
    : testConnection
      ? formArgTypesWithoutWebhook
      : formArgTypesWithoutActions;
  /** Component-level annotations: spread into the file's `meta` next to `title` and `component`. */
  const meta = {
    args,
    argTypes,
    parameters: {
      ...(testConnection || setWebhook ? baselineMocks() : {}),
      // The play functions read their texts from the active locale (test/stories/sweepJapanese.tsx).
      localeAware: true,
      docs: { description: { component: spec.description } },
    },
  };

  const describe = (story: string) => ({ docs: { description: { story } } });
  const formName = (t: ReturnType<typeof translator>) => t('form.label', { name: displayName });
  const actionNames = (t: ReturnType<typeof translator>) => [
    ...(setWebhook ? [t('action.setWebhook')] : []),
    ...(testConnection ? [t('action.testConnection')] : []),
  ];
  const missing = (t: ReturnType<typeof translator>) => [
    ...(setWebhook ? [] : [t('action.setWebhook')]),
    ...(testConnection ? [] : [t('action.testConnection')]),
  ];

  const Default: Story = {
    parameters: describe(`An empty form, as after choosing ${displayName} from the "+" menu.`),
    play: async ({ canvasElement, globals }) => {
      const t = translator(globals);
      const canvas = within(canvasElement);
      await expect(inputNames(canvasElement)).toEqual([
        first.key,
        'type',
        ...fields.slice(1).map((f) => f.key),
      ]);
      await expect(canvas.getByLabelText(t(first.label))).toHaveValue('');
      const type = canvas.getByLabelText(t('field.type.label'));
      await expect(type).toHaveValue(displayName);
      await expect(type).toHaveAttribute('readonly');
      for (const field of fields)
        await expect(canvas.getByLabelText(t(field.label))).toHaveAttribute(
          'type',
          field.kind === 'text' ? 'text' : 'password',
        );
      const enabled = [
        ...(generated.length > 0 ? [t('generate.button')] : []),
        ...actionNames(t),
        t('form.cancel'),
        t('form.save'),
      ];
      for (const name of enabled) await expect(canvas.getByRole('button', { name })).toBeEnabled();
      for (const name of missing(t))
        await expect(canvas.queryByRole('button', { name })).not.toBeInTheDocument();
    },
  };

  const Prefilled: Story = {
    args: { initialValues: sample } as Partial<Props<C>>,
    parameters: describe(
      'A stored account: secrets are masked until "Show" is pressed. Save emits the config.',
    ),
    play: async ({ args, canvasElement, globals }) => {
      const t = translator(globals);
      const canvas = within(canvasElement);
      for (const field of fields) {
        const input = canvas.getByLabelText(t(field.label));
        await expect(input).toHaveValue(valueOf(field.key));
        if (field.kind !== 'text') await expect(input).toHaveAttribute('type', 'password');
      }
      const label = t(credential.label);
      await userEvent.click(canvas.getByRole('button', { name: t('secret.show', { label }) }));
      await expect(canvas.getByLabelText(label)).toHaveAttribute('type', 'text');
      await userEvent.click(canvas.getByRole('button', { name: t('form.save') }));
      await waitFor(() => expect(args.onSubmit).toHaveBeenCalledWith(config));
    },
  };

  /**
   * Save with `initialValues`: each field of `errors` shows its message and the
   * first invalid field gets the focus. `onSubmit` is not called.
   */
  function validationErrors(
    initialValues: Partial<Values<C>>,
    errors: Partial<Record<Key<C>, MessageKey>>,
    description: string,
  ): Story {
    return {
      args: { initialValues } as Partial<Props<C>>,
      parameters: describe(description),
      play: async ({ args, canvasElement, globals }) => {
        const t = translator(globals);
        const canvas = within(canvasElement);
        await userEvent.click(canvas.getByRole('button', { name: t('form.save') }));
        const invalid = fields.filter((f) => errors[f.key]);
        for (const field of invalid)
          await expectFieldError(canvas.getByLabelText(t(field.label)), t(errors[field.key]!));
        const firstInvalid = canvas.getByLabelText(t(invalid[0].label));
        await waitFor(() => expect(firstInvalid).toHaveFocus());
        await expect(args.onSubmit).not.toHaveBeenCalled();
      },
    };
  }

  /** What the form shows for the last answer of `spy` (an action callback). */
  const shownResult = async (spy: unknown, globals: Record<string, unknown>) =>
    resultText(await lastResolved<ActionResult>(spy), globals) ?? '';

  const pressTest = async (canvasElement: HTMLElement, t: ReturnType<typeof translator>) =>
    userEvent.click(
      within(canvasElement).getByRole('button', { name: t('action.testConnection') }),
    );

  const TestConnectionInProgress: Story = {
    args: { initialValues: sample } as Partial<Props<C>>,
    parameters: {
      ...withMocks(scenarios.slow),
      ...describe(
        `While ${displayName} has not answered, the button shows progress and is unavailable (one call at a time); it stays focusable, so keyboard users keep their place.`,
      ),
    },
    play: async ({ args, canvasElement, globals }) => {
      const t = translator(globals);
      await pressTest(canvasElement, t);
      const busy = await within(canvasElement).findByRole('button', {
        name: containing(t('action.testConnection.running')),
      });
      await expect(busy).toHaveAttribute('aria-disabled', 'true');
      // Focusable while running, and pressing it again does nothing (single flight).
      busy.focus();
      await expect(busy).toHaveFocus();
      await userEvent.keyboard('{Enter}');
      await expect(args.onTestConnection).toHaveBeenCalledTimes(1);
      await expect(args.onTestConnection).toHaveBeenCalledWith(
        config,
        expect.objectContaining({ signal: expect.objectContaining({ aborted: false }) }),
      );
    },
  };

  const TestConnectionSucceeds: Story = {
    args: { initialValues: sample } as Partial<Props<C>>,
    parameters: {
      ...hostEnglish('The mock server answers "Connected to …" in English.'),
      ...describe('The mock server recognizes the credentials and names the account.'),
    },
    play: async ({ args, canvasElement, globals }) => {
      const t = translator(globals);
      const canvas = within(canvasElement);
      await pressTest(canvasElement, t);
      const alert = await canvas.findByRole('alert');
      await expect(alert).toHaveTextContent(await shownResult(args.onTestConnection, globals));
      await expectFieldValid(canvas.getByLabelText(t(credential.label)));
    },
  };

  const TestConnectionFails: Story = {
    args: { initialValues: spec.rejectedValues ?? sample } as Partial<Props<C>>,
    parameters: {
      ...hostEnglish('The mock server explains the rejected token in English.'),
      ...describe(
        `${displayName} rejects the token (it contains "invalid"): the message appears on the ${credential.key} field.`,
      ),
    },
    play: async ({ args, canvasElement, globals }) => {
      const t = translator(globals);
      const canvas = within(canvasElement);
      await pressTest(canvasElement, t);
      const alert = await canvas.findByRole('alert');
      const message = await shownResult(args.onTestConnection, globals);
      await expect(alert).toHaveTextContent(message);
      await expectFieldError(canvas.getByLabelText(t(credential.label)), message);
    },
  };

  const ServerError: Story = {
    args: { initialValues: sample } as Partial<Props<C>>,
    parameters: {
      ...withMocks(scenarios.serverError),
      ...hostEnglish('The mock server describes the HTTP 500 in English.'),
      ...describe('The server answers HTTP 500: a general error, no field is blamed.'),
    },
    play: async ({ args, canvasElement, globals }) => {
      const t = translator(globals);
      const canvas = within(canvasElement);
      await pressTest(canvasElement, t);
      const alert = await canvas.findByRole('alert');
      await expect(alert).toHaveTextContent(await shownResult(args.onTestConnection, globals));
      await expectFieldValid(canvas.getByLabelText(t(credential.label)));
    },
  };

  const Timeout: Story = {
    args: { initialValues: sample, actionTimeoutMs: 1000 } as Partial<Props<C>>,
    parameters: {
      ...withMocks(scenarios.slow),
      ...describe(
        'No answer within `actionTimeoutMs` (1 s here): the call is aborted and a timeout message shown.',
      ),
    },
    play: async ({ canvasElement, globals }) => {
      const t = translator(globals);
      const canvas = within(canvasElement);
      await pressTest(canvasElement, t);
      const alert = await canvas.findByRole('alert', {}, { timeout: 6000 });
      await expect(alert).toHaveTextContent(t('action.timeout', { seconds: 1 }));
      await expect(canvas.getByRole('button', { name: t('action.testConnection') })).toBeEnabled();
    },
  };

  const ReadOnly: Story = {
    args: { initialValues: sample, readOnly: true } as Partial<Props<C>>,
    parameters: describe(
      'Values can be read and copied but not edited; Generate, actions and Save are hidden.',
    ),
    play: async ({ canvasElement, globals }) => {
      const t = translator(globals);
      const canvas = within(canvasElement);
      await expectAllReadOnly(canvas.getByRole('form', { name: formName(t) }));
      await expect(canvas.getByLabelText(t(first.label))).toHaveValue(valueOf(first.key));
      const hidden = [
        t('form.save'),
        t('action.testConnection'),
        t('action.setWebhook'),
        t('generate.button'),
      ];
      for (const name of hidden)
        await expect(canvas.queryByRole('button', { name })).not.toBeInTheDocument();
      for (const field of generated) {
        const copy = t('copy.button', { label: t(field.label) });
        await expect(canvas.getByRole('button', { name: copy })).toBeEnabled();
      }
    },
  };

  const Disabled: Story = {
    args: { initialValues: sample, disabled: true } as Partial<Props<C>>,
    parameters: {
      ...disabledContrastExemption,
      ...describe('Every control is disabled, e.g. while the host loads or lacks permission.'),
    },
    play: async ({ canvasElement, globals }) => {
      const t = translator(globals);
      const canvas = within(canvasElement);
      await expectAllDisabled(canvas.getByRole('form', { name: formName(t) }));
      for (const name of [...actionNames(t), t('form.save')])
        await expect(canvas.getByRole('button', { name })).toBeDisabled();
    },
  };

  const hostSave = (globals: Record<string, unknown>) =>
    hostText('saveAccount', globals, { name: spec.hostName ?? displayName });
  const HostOwnedButtons: Story = {
    args: {
      initialValues: sample,
      id: `${spec.type}-account-form`,
      hideActions: true,
    } as Partial<Props<C>>,
    parameters: describe(
      'The host renders its own submit button: `hideActions` removes Save/Cancel and `id` lets a ' +
        'MUI `<Button type="submit" form={id}>` outside the form submit it.',
    ),
    render: (args, { globals }) => (
      <Stack spacing={2}>
        <spec.Form {...args} />
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
          <Button type="submit" form={args.id} variant="contained">
            {hostSave(globals)}
          </Button>
        </Stack>
      </Stack>
    ),
    play: async ({ args, canvasElement, globals }) => {
      const t = translator(globals);
      const canvas = within(canvasElement);
      const form = within(canvas.getByRole('form', { name: formName(t) }));
      for (const name of [t('form.save'), t('form.cancel')])
        await expect(form.queryByRole('button', { name })).not.toBeInTheDocument();
      await userEvent.click(canvas.getByRole('button', { name: hostSave(globals) }));
      await waitFor(() => expect(args.onSubmit).toHaveBeenCalledWith(config));
    },
  };

  /** Opens the Set Webhook dialog of a messenger that asks for the URL; returns it and its input. */
  async function openWebhookDialog(canvasElement: HTMLElement, t: ReturnType<typeof translator>) {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: t('action.setWebhook') }));
    const dialog = await findDialog(canvasElement, t('webhookDialog.title'));
    const url = within(dialog).getByLabelText(t('webhookDialog.url.label'));
    return { dialog, url };
  }

  const WebhookSet: Story = {
    args: { initialValues: sample } as Partial<Props<C>>,
    parameters: {
      ...hostEnglish('The mock server answers "Webhook set for …" in English.'),
      ...describe(
        askUrl
          ? 'Set Webhook asks for the host and port, then registers `https://host:port`.'
          : 'Set Webhook: the mock registers the contact center’s endpoint and says where (no URL to enter).',
      ),
    },
    play: async ({ args, canvasElement, globals }) => {
      const t = translator(globals);
      const canvas = within(canvasElement);
      if (askUrl) {
        const { dialog, url } = await openWebhookDialog(canvasElement, t);
        await waitFor(() => expect(url).toHaveFocus());
        await userEvent.type(url, WEBHOOK_INPUT);
        const confirm = t('webhookDialog.confirm');
        await userEvent.click(within(dialog).getByRole('button', { name: confirm }));
        await waitFor(() => expect(dialog).not.toBeInTheDocument());
      } else {
        await userEvent.click(canvas.getByRole('button', { name: t('action.setWebhook') }));
      }
      const alert = await canvas.findByRole('alert');
      await expect(alert).toHaveTextContent(await shownResult(args.onSetWebhook, globals));
      const signal = expect.objectContaining({ aborted: false });
      await expect(args.onSetWebhook).toHaveBeenCalledWith(
        config,
        expect.objectContaining({ signal }),
      );
      // Only a messenger that asks for the URL passes one.
      const [[, ctx]] = (args.onSetWebhook as unknown as { mock: { calls: [C, object][] } }).mock
        .calls;
      await expect((ctx as { webhookUrl?: string }).webhookUrl).toBe(
        askUrl ? WEBHOOK_URL : undefined,
      );
    },
  };

  const WebhookRejected: Story = {
    args: { initialValues: sample } as Partial<Props<C>>,
    parameters: describe(
      'An `http://` address is refused in the dialog: only secure addresses receive messages.',
    ),
    play: async ({ args, canvasElement, globals }) => {
      const t = translator(globals);
      const { dialog, url } = await openWebhookDialog(canvasElement, t);
      await userEvent.type(url, `http://${WEBHOOK_INPUT}`);
      const confirm = t('webhookDialog.confirm');
      await userEvent.click(within(dialog).getByRole('button', { name: confirm }));
      await expectFieldError(url, t('error.webhookUrl.http'));
      await expect(dialog).toBeVisible();
      await expect(args.onSetWebhook).not.toHaveBeenCalled();
    },
  };

  const Japanese: Story = {
    globals: { locale: 'ja' },
    parameters: describe(
      'The form with `MessengerFormsProvider locale="ja"`: labels, helper texts, buttons and ' +
        'validation messages come from the bundled Japanese catalogue. Save with every field empty.',
    ),
    play: async ({ args, canvasElement, globals }) => {
      const t = translator(globals);
      const canvas = within(canvasElement);
      await expect(canvas.getByRole('form', { name: formName(t) })).toBeVisible();
      await userEvent.click(canvas.getByRole('button', { name: t('form.save') }));
      for (const field of required)
        await expectFieldError(canvas.getByLabelText(t(field.label)), t('error.required'));
      await waitFor(() => expect(canvas.getByLabelText(t(firstRequired.label))).toHaveFocus());
      await expect(args.onSubmit).not.toHaveBeenCalled();
      // With the toolbar on English this story still renders in Japanese (story globals win).
      await expect(englishLeftIn(canvasElement)).toEqual([]);
    },
  };

  const Dark: Story = {
    args: { initialValues: sample } as Partial<Props<C>>,
    globals: { theme: 'dark' },
    parameters: {
      ...(testConnection
        ? hostEnglish('The mock server answers "Connected to …" in English.')
        : {}),
      ...describe(
        'The form in a dark MUI theme: helper texts, a result alert and a field error must keep ' +
          'their contrast (checked by axe in Chromium).',
      ),
    },
    play: async ({ args, canvasElement, globals }) => {
      const t = translator(globals);
      const canvas = within(canvasElement);
      if (testConnection) {
        await pressTest(canvasElement, t);
        await expect(await canvas.findByRole('alert')).toBeVisible();
      }
      const input = canvas.getByLabelText(t(credential.label));
      await userEvent.clear(input);
      await userEvent.click(canvas.getByRole('button', { name: t('form.save') }));
      await expectFieldError(input, t('error.required'));
      await expect(args.onSubmit).not.toHaveBeenCalled();
    },
  };

  return {
    meta,
    Default,
    Prefilled,
    validationErrors,
    TestConnectionInProgress,
    TestConnectionSucceeds,
    TestConnectionFails,
    ServerError,
    Timeout,
    ReadOnly,
    Disabled,
    HostOwnedButtons,
    WebhookSet,
    WebhookRejected,
    Japanese,
    Dark,
  };
}
