import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi, type Mock } from 'vitest';
import {
  MessengerAccountForm,
  en,
  formatMessage,
  type ActionResult,
  type BaseConfig,
  type KnownMessengerType,
  type MessengerConfig,
  type SetWebhookContext,
  type TestConnectionContext,
  type WebhookResult,
} from '../../src';
import {
  DISPLAY_NAMES,
  EXPECTED_ACTIONS,
  EXPECTED_LABELS,
  deferred,
  descriptorOf,
  labelledValues,
  secretsOf,
  text,
  type AnyForm,
  type FormSample,
} from './fixtures';
import {
  button,
  captureConsole,
  expectNoAxeViolations,
  expectValues,
  field,
  fill,
  paste,
  pressSetWebhook,
  queryButton,
  renderForm as renderTypedForm,
  renderOptionsFor,
  type FormProps,
  requiredCallbacks,
  setupUser,
  watchUnhandledRejections,
} from './helpers';

export type TestMock = Mock<
  (config: MessengerConfig, ctx: TestConnectionContext) => Promise<ActionResult>
>;
export type WebhookMock = Mock<
  (config: MessengerConfig, ctx: SetWebhookContext) => Promise<WebhookResult>
>;

/** Options of {@link describeMessengerForm}. */
export interface DescribeOptions {
  /** Renders this component instead of the type's MUI form (e.g. a headless example). */
  Form?: AnyForm;
  /** Whether `Form` is the library's MUI form: MUI-only tests run only then. @default true */
  mui?: boolean;
}

/**
 * Conformance suite every messenger form must pass: the shared behaviour of
 * DESIGN.md ("Behaviour every form must have"), driven by the descriptor
 * registry and per-type sample values. Runs over the built-in types and over
 * custom ones of `MESSENGERS` (rendered inside `MessengerFormsProvider`); tests
 * of features a type lacks (Set Webhook, warnings) are not generated for it.
 */
export function describeMessengerForm(
  sample: FormSample<BaseConfig>,
  options: DescribeOptions = {},
): void {
  const { type } = sample;
  const { Form, mui = true } = options;
  const renderForm = (formType: string, props: FormProps = {}) =>
    renderTypedForm(formType, props, Form);
  /** Declares a test of the MUI forms only (not generated for another view). */
  const itMui = (mui ? it : () => undefined) as typeof it;
  const name = DISPLAY_NAMES[type];
  const descriptor = descriptorOf(type);
  const labels = EXPECTED_LABELS[type];
  const [firstLabel] = labels;
  const fieldLabels = labels.filter((label) => label !== 'Type');
  const optional = sample.optional ?? {};
  const requiredLabels = fieldLabels.filter((label) => !(label in optional));
  const [firstRequired] = requiredLabels;
  const actions = EXPECTED_ACTIONS[type];
  const valid = labelledValues(sample);
  const secretFields = descriptor.fields.filter((f) => f.kind !== 'text');
  const invalidFirst = { ...valid, [sample.invalid.label]: sample.invalid.value };

  describe(`${name} form`, () => {
    it('shows the labels of the design table in order, Type second and read-only, with helper texts', () => {
      const { form } = renderForm(type);
      const inputs = Array.from(form.querySelectorAll('input'));
      expect(inputs).toHaveLength(labels.length);
      labels.forEach((label, i) => expect(field(label, form)).toBe(inputs[i]));

      const typeField = field('Type', form);
      expect(typeField).toHaveValue(name);
      expect(typeField).toHaveAttribute('readonly');
      expect(typeField).toHaveAccessibleDescription(en['field.type.helper']);

      expect(descriptor.fields.map((f) => text(f.label))).toEqual(fieldLabels);
      expect(descriptor.fields.filter((f) => f.optional).map((f) => text(f.label))).toEqual(
        Object.keys(optional),
      );
      for (const f of descriptor.fields) {
        const helper = text(f.helper);
        const label = text(f.label);
        expect(helper.length).toBeGreaterThan(10);
        // An optional secret shows its soft warning while empty, instead of the helper.
        expect(field(label, form)).toHaveAccessibleDescription(optional[label]?.warning ?? helper);
        expect(field(label, form)).toHaveAttribute('aria-invalid', 'false');
        expect(field(label, form).required).toBe(!(label in optional));
      }
      fill(valid);
      for (const f of descriptor.fields)
        expect(field(text(f.label), form)).toHaveAccessibleDescription(text(f.helper));
    });

    itMui(
      'styles the Type field as read-only (filled, no underline), unlike the outlined editable fields',
      () => {
        const { form } = renderForm(type);
        const root = (input: HTMLElement) => input.closest('.MuiInputBase-root');
        expect(root(field('Type', form))).toHaveClass('MuiFilledInput-root');
        expect(root(field('Type', form))).not.toHaveClass('MuiFilledInput-underline');
        expect(root(field(fieldLabels[0]!, form))).toHaveClass('MuiOutlinedInput-root');
      },
    );

    itMui('renders the same form through MessengerAccountForm', () => {
      render(
        <MessengerAccountForm
          type={type as KnownMessengerType}
          onSubmit={vi.fn()}
          {...requiredCallbacks(type)}
        />,
        renderOptionsFor(type),
      );
      const form = screen.getByRole('form', { name: `${name} account` });
      expect(Array.from(form.querySelectorAll('input'))).toHaveLength(labels.length);
      expect(field('Type', form)).toHaveValue(name);
      for (const label of fieldLabels) expect(field(label, form)).toBeInTheDocument();
    });

    it('masks secret fields with a show/hide toggle, autocomplete off and no spellcheck', async () => {
      const user = setupUser();
      renderForm(type);
      expect(secretFields.length).toBeGreaterThan(0);
      for (const f of descriptor.fields) {
        const label = text(f.label);
        const input = field(label);
        if (f.kind === 'text') {
          expect(input).toHaveAttribute('type', 'text');
          expect(queryButton(`Show ${label}`)).toBeNull();
          continue;
        }
        expect(input).toHaveAttribute('type', 'password');
        expect(input).toHaveAttribute('autocomplete', 'off');
        expect(input).toHaveAttribute('spellcheck', 'false');
        const toggle = button(`Show ${label}`);
        expect(toggle).toHaveAttribute('aria-pressed', 'false');
        await user.click(toggle);
        expect(input).toHaveAttribute('type', 'text');
        expect(button(`Hide ${label}`)).toHaveAttribute('aria-pressed', 'true');
        await user.click(button(`Hide ${label}`));
        expect(input).toHaveAttribute('type', 'password');
        expect(button(`Show ${label}`)).toBeInTheDocument();
      }
    });

    it('submits exactly the normalized config of pasted values, once', async () => {
      const user = setupUser();
      const { onSubmit } = renderForm(type);
      await paste(user, sample.pasted);
      await user.click(button('Save'));
      await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
      expect(onSubmit.mock.calls[0][0]).toStrictEqual(sample.config);
      expectValues(valid);
      expect(screen.queryByRole('alert')).toBeNull();
    });

    it('normalizes on submit too: values never blurred, submitted with Enter', async () => {
      const user = setupUser();
      const { onSubmit } = renderForm(type);
      const lastLabel = fieldLabels[fieldLabels.length - 1];
      const last = field(lastLabel);
      act(() => last.focus());
      fill(sample.pasted);
      // A single-line input drops pasted line breaks by itself; spaces and invisibles stay.
      const raw = sample.pasted[lastLabel].replace(/[\r\n]/g, '');
      expect(last).toHaveValue(raw);
      expect(raw).not.toBe(valid[lastLabel]);
      await user.keyboard('{Enter}');
      await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
      expect(onSubmit.mock.calls[0][0]).toStrictEqual(sample.config);
      expectValues(valid);
    });

    it('blocks an invalid submit: aria-invalid, the message linked by aria-describedby, focus on the first invalid field', async () => {
      const user = setupUser();
      const { onSubmit } = renderForm(type);
      await user.click(button('Save'));
      for (const label of requiredLabels) {
        expect(field(label)).toHaveAttribute('aria-invalid', 'true');
        expect(field(label)).toHaveAccessibleDescription(en['error.required']);
      }
      for (const label of Object.keys(optional))
        expect(field(label)).toHaveAttribute('aria-invalid', 'false');
      await waitFor(() => expect(field(firstRequired)).toHaveFocus());

      fill(invalidFirst);
      await user.click(button('Save'));
      const invalid = field(sample.invalid.label);
      expect(invalid).toHaveAttribute('aria-invalid', 'true');
      expect(invalid).toHaveAccessibleDescription(sample.invalid.message);
      await waitFor(() => expect(invalid).toHaveFocus());
      for (const label of fieldLabels.filter((l) => l !== sample.invalid.label)) {
        expect(field(label)).toHaveAttribute('aria-invalid', 'false');
      }
      expect(onSubmit).not.toHaveBeenCalled();

      fill({ [sample.invalid.label]: valid[sample.invalid.label] });
      await user.click(button('Save'));
      await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
      expect(onSubmit).toHaveBeenCalledWith(sample.config);
    });

    if (Object.keys(optional).length > 0) {
      it('leaves empty optional fields out of the config, warning while an optional secret is empty', async () => {
        const user = setupUser();
        const onTestConnection: TestMock = vi.fn().mockResolvedValue({ ok: true });
        const { onSubmit } = renderForm(type, { onTestConnection });
        const empty = Object.fromEntries(Object.keys(optional).map((label) => [label, '']));
        // Whitespace and invisible characters only: empty once normalized.
        fill({
          ...valid,
          ...empty,
          ...Object.fromEntries(Object.keys(optional).map((l) => [l, ' \u200B'])),
        });
        for (const label of Object.keys(optional)) {
          await user.click(field(label));
          await user.tab();
        }
        const expected: Record<string, unknown> = { ...sample.config };
        for (const { key } of Object.values(optional)) delete expected[key];
        for (const [label, { warning }] of Object.entries(optional)) {
          expect(field(label)).toHaveAttribute('aria-invalid', 'false');
          if (warning) expect(field(label)).toHaveAccessibleDescription(warning);
        }
        if (actions.testConnection) {
          await user.click(button('Test Connection'));
          await waitFor(() => expect(onTestConnection).toHaveBeenCalledTimes(1));
          expect(onTestConnection.mock.calls[0][0]).toStrictEqual(expected);
        }
        await user.click(button('Save'));
        await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
        expect(onSubmit.mock.calls[0][0]).toStrictEqual(expected);
        for (const { key } of Object.values(optional))
          expect(Object.keys(onSubmit.mock.calls[0][0] as object)).not.toContain(key);

        // Typed, they are in the config, and the warning is gone.
        await paste(
          user,
          Object.fromEntries(Object.keys(optional).map((label) => [label, sample.pasted[label]])),
        );
        for (const label of Object.keys(optional)) {
          const f = descriptor.fields.find((d) => text(d.label) === label);
          expect(field(label)).toHaveAccessibleDescription(text(f?.helper ?? ''));
        }
        await user.click(button('Save'));
        await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
        expect(onSubmit.mock.calls[1][0]).toStrictEqual(sample.config);
      });

      it('validates an optional field once it is given', async () => {
        const user = setupUser();
        const { onSubmit } = renderForm(type);
        const [label] = Object.keys(optional);
        const bad =
          descriptor.fields.find((d) => text(d.label) === label)?.kind === 'text'
            ? 'abc'
            : 'x'.repeat(4097);
        fill({ ...valid, [label]: bad });
        await user.click(button('Save'));
        expect(field(label)).toHaveAttribute('aria-invalid', 'true');
        await waitFor(() => expect(field(label)).toHaveFocus());
        expect(onSubmit).not.toHaveBeenCalled();
      });
    }

    const offered = [
      actions.setWebhook && 'Set Webhook',
      actions.testConnection && 'Test Connection',
    ].filter((a): a is string => Boolean(a));

    it(`offers ${offered.length ? offered.join(' and ') : 'no actions'} only when the callbacks are given`, () => {
      // A custom type that requires its callbacks reports the missing ones (checked below).
      const console_ = captureConsole();
      const none = { onTestConnection: undefined, onSetWebhook: undefined };
      const { unmount } = renderForm(type, none);
      expect(queryButton('Test Connection')).toBeNull();
      expect(queryButton('Set Webhook')).toBeNull();
      unmount();

      const both = renderForm(type, { onTestConnection: vi.fn(), onSetWebhook: vi.fn() });
      expect(Boolean(queryButton('Test Connection'))).toBe(actions.testConnection);
      expect(Boolean(queryButton('Set Webhook'))).toBe(actions.setWebhook);
      both.unmount();

      renderForm(type, { ...none, onSetWebhook: vi.fn() });
      expect(queryButton('Test Connection')).toBeNull();
      expect(Boolean(queryButton('Set Webhook'))).toBe(actions.setWebhook);
      // The guard is the typed forms' (createMessengerForm), not the headless hook's.
      if (mui && descriptor.requireCallbacks && offered.length > 0) {
        expect(console_.text()).toContain('declares an action without a callback');
      } else {
        expect(console_.count()).toBe(0);
      }
    });

    if (offered.length > 0) {
      it('validates before an action: errors shown, focus on the first field, callback not called', async () => {
        const user = setupUser();
        const onTestConnection: TestMock = vi.fn();
        const onSetWebhook: WebhookMock = vi.fn();
        renderForm(type, { onTestConnection, onSetWebhook });
        for (const action of offered) {
          await user.click(button(action));
          expect(field(firstRequired)).toHaveAttribute('aria-invalid', 'true');
          expect(field(firstRequired)).toHaveAccessibleDescription(en['error.required']);
          expect(field(firstRequired)).toHaveFocus();
        }
        fill(invalidFirst);
        for (const action of offered) {
          await user.click(button(action));
          expect(field(sample.invalid.label)).toHaveFocus();
          expect(field(sample.invalid.label)).toHaveAccessibleDescription(sample.invalid.message);
        }
        expect(screen.queryByRole('dialog')).toBeNull();
        expect(screen.queryByRole('alert')).toBeNull();
        expect(onTestConnection).not.toHaveBeenCalled();
        expect(onSetWebhook).not.toHaveBeenCalled();
      });
    }

    if (actions.testConnection) {
      it('Test Connection: normalized config and a signal, result as an alert, field results, stale note', async () => {
        const user = setupUser();
        const onTestConnection: TestMock = vi
          .fn()
          .mockResolvedValueOnce({ ok: true, message: 'Connected to Acme Support.' })
          .mockResolvedValueOnce({
            ok: false,
            message: 'The server did not accept this value.',
            field: sample.invalid.key,
          });
        renderForm(type, { onTestConnection });
        await paste(user, sample.pasted);

        await user.click(button('Test Connection'));
        const ok = await screen.findByRole('alert');
        expect(ok).toHaveTextContent('Test Connection: Connected to Acme Support.');
        expect(ok).not.toHaveTextContent(en['action.stale']);
        expect(onTestConnection).toHaveBeenCalledTimes(1);
        const [config, ctx] = onTestConnection.mock.calls[0];
        expect(config).toStrictEqual(sample.config);
        expect(Object.keys(ctx).sort()).toEqual(['locale', 'signal']);
        expect(ctx.locale).toBe('en');
        expect(ctx.signal).toBeInstanceOf(AbortSignal);
        expect(ctx.signal.aborted).toBe(false);
        expectValues(valid);

        // Editing any field marks the result stale.
        await user.type(field(firstLabel), 'x');
        expect(screen.getByRole('alert')).toHaveTextContent(en['action.stale']);
        fill({ [firstLabel]: valid[firstLabel] });

        await user.click(button('Test Connection'));
        await waitFor(() => expect(onTestConnection).toHaveBeenCalledTimes(2));
        const target = field(sample.invalid.label);
        await waitFor(() => expect(target).toHaveAttribute('aria-invalid', 'true'));
        expect(target).toHaveAccessibleDescription('The server did not accept this value.');
        expect(screen.getByRole('alert')).toHaveTextContent(
          'Test Connection: The server did not accept this value.',
        );

        // Editing that field clears the message from it; the alert becomes stale.
        await user.type(target, '1');
        expect(target).toHaveAttribute('aria-invalid', 'false');
        expect(target).not.toHaveAccessibleDescription(/did not accept/);
        expect(screen.getByRole('alert')).toHaveTextContent(en['action.stale']);
      });
    }

    if (actions.setWebhook) {
      it(`Set Webhook: normalized config, a signal${sample.webhook ? ' and the webhook URL' : ' and no URL'}, result as an alert`, async () => {
        const user = setupUser();
        const onSetWebhook: WebhookMock = vi
          .fn()
          .mockResolvedValue({ ok: true, webhookUrl: 'https://hooks.example.com/bot' });
        renderForm(type, { onSetWebhook, onTestConnection: vi.fn() });
        await paste(user, sample.pasted);
        await pressSetWebhook(user, sample);

        const alert = await screen.findByRole('alert');
        expect(alert).toHaveTextContent(
          formatMessage(en['action.setWebhook.okWithUrl'], {
            url: 'https://hooks.example.com/bot',
          }),
        );
        expect(onSetWebhook).toHaveBeenCalledTimes(1);
        const [config, ctx] = onSetWebhook.mock.calls[0];
        expect(config).toStrictEqual(sample.config);
        expect(ctx.signal).toBeInstanceOf(AbortSignal);
        if (sample.webhook) {
          expect(ctx).toEqual({ signal: ctx.signal, locale: 'en', webhookUrl: sample.webhook.url });
        } else {
          expect(ctx).not.toHaveProperty('webhookUrl');
        }
        expect(screen.queryByRole('dialog')).toBeNull();
      });
    }

    for (const action of offered) {
      it(`${action}: a rejecting callback shows a generic error and leaves the form usable`, async () => {
        const user = setupUser();
        const rejections = watchUnhandledRejections();
        const failing = vi.fn().mockRejectedValue(new Error('socket hang up'));
        const { onSubmit } = renderForm(type, {
          onTestConnection: failing,
          onSetWebhook: failing,
        });
        fill(valid);
        if (action === 'Set Webhook') await pressSetWebhook(user, sample);
        else await user.click(button(action));

        const alert = await screen.findByRole('alert');
        expect(alert).toHaveTextContent(`${action}: ${en['action.failed']}`);
        expect(alert).not.toHaveTextContent('socket hang up');
        expect(failing).toHaveBeenCalledTimes(1);
        expectValues(valid);
        expect(button(action)).toBeEnabled();
        await user.click(button('Save'));
        await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(sample.config));
        await rejections.expectNone();
      });
    }

    if (sample.warning) {
      const warning = sample.warning;
      it('shows soft warnings as helper text without blocking submit', async () => {
        const user = setupUser();
        const { onSubmit } = renderForm(type);
        fill({ ...valid, [warning.label]: warning.value });
        await user.click(field(warning.label));
        await user.tab();
        const input = field(warning.label);
        expect(input).toHaveAccessibleDescription(warning.message);
        expect(input).toHaveAttribute('aria-invalid', 'false');
        await user.click(button('Save'));
        await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
        expect(onSubmit).toHaveBeenCalledWith({ ...sample.config, [warning.key]: warning.value });
      });
    }

    it('is busy while onSubmit is pending; a rejection keeps the values and shows the error', async () => {
      const user = setupUser();
      const first = deferred<void>();
      const onSubmit = vi
        .fn<(config: MessengerConfig) => Promise<void>>()
        .mockReturnValueOnce(first.promise)
        .mockResolvedValueOnce(undefined);
      const { form } = renderForm(type, { onSubmit });
      fill(valid);
      const save = button('Save');
      await user.click(save);

      expect(onSubmit).toHaveBeenCalledTimes(1);
      expect(save).toBeDisabled();
      expect(form).toHaveAttribute('aria-busy', 'true');
      for (const label of fieldLabels) expect(field(label)).toBeDisabled();

      await act(async () => first.reject(new Error('The tenant is read-only.')));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(
        formatMessage(en['form.saveFailedWithReason'], { reason: 'The tenant is read-only.' }),
      );
      expectValues(valid);
      expect(save).toBeEnabled();
      expect(form).not.toHaveAttribute('aria-busy');
      for (const label of fieldLabels) expect(field(label)).toBeEnabled();

      await user.click(save);
      await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
      await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
      expect(onSubmit).toHaveBeenLastCalledWith(sample.config);
    });

    it('never logs a secret and never shows one on screen (redacted as •••)', async () => {
      const user = setupUser();
      const logs = captureConsole();
      const secrets = secretsOf(sample);
      const echo = secrets.join(' / ');
      const onSubmit = vi.fn().mockRejectedValue(new Error(`Token ${echo} was revoked`));
      const onTestConnection: TestMock = vi
        .fn()
        .mockResolvedValueOnce({ ok: true, message: `Connected with ${echo}`, details: { echo } })
        .mockResolvedValueOnce({
          ok: false,
          message: `Rejected ${echo}`,
          field: secretFields[0].key,
        });
      const onSetWebhook: WebhookMock = vi
        .fn()
        .mockRejectedValue(new Error(`Webhook failed for ${echo}`));
      renderForm(type, { onSubmit, onTestConnection, onSetWebhook });

      await user.click(button('Save'));
      await paste(user, sample.pasted);
      for (const f of secretFields) await user.click(button(`Show ${text(f.label)}`));

      if (actions.testConnection) {
        await user.click(button('Test Connection'));
        expect(await screen.findByRole('alert')).toHaveTextContent(
          `Connected with ${secrets.map(() => '•••').join(' / ')}`,
        );
        await user.click(button('Test Connection'));
        const target = field(text(secretFields[0].label));
        await waitFor(() => expect(target).toHaveAttribute('aria-invalid', 'true'));
        expect(target).toHaveAccessibleDescription(/Rejected •••/);
      }
      if (actions.setWebhook) {
        await pressSetWebhook(user, sample);
        await waitFor(() => expect(onSetWebhook).toHaveBeenCalledTimes(1));
      }
      await user.click(button('Save'));
      await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
      const alerts = await screen.findAllByRole('alert');
      expect(alerts.at(-1)).toHaveTextContent(
        /^The account could not be saved: Token ••• .*revoked$/,
      );

      const onScreen = document.body.textContent ?? '';
      const logged = logs.text();
      for (const secret of secrets) {
        expect(onScreen).not.toContain(secret);
        expect(logged).not.toContain(secret);
      }
      for (const pasted of Object.values(sample.pasted)) {
        expect(logged).not.toContain(pasted.trim());
      }
    });

    it('is axe-clean: empty, after an invalid submit, and with a result alert', async () => {
      const user = setupUser();
      const { container } = renderForm(type, {
        onSubmit: vi.fn().mockRejectedValue(new Error('Offline')),
        onTestConnection: vi.fn().mockResolvedValue({
          ok: false,
          message: 'Unauthorized.',
          field: sample.invalid.key,
        }),
        onSetWebhook: vi.fn().mockResolvedValue({ ok: true }),
      });
      await expectNoAxeViolations(container);

      await user.click(button('Save'));
      expect(field(firstRequired)).toHaveAttribute('aria-invalid', 'true');
      await expectNoAxeViolations(container);

      fill(valid);
      await user.click(button(actions.testConnection ? 'Test Connection' : 'Save'));
      expect(await screen.findByRole('alert')).toBeInTheDocument();
      await expectNoAxeViolations(container);
    });
  });
}
