import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  MessengerFormsProvider,
  TelegramAccountForm,
  ViberAccountForm,
  en,
  ja,
  type ActionResult,
  type MessengerFormsLocale,
  type Messages,
} from '../../src';
import { SAMPLES, labelledValues } from './fixtures';
import { button, field, fill, pressSetWebhook, setupUser } from './helpers';

// Results with a `code` are shown in the form's own language, warnings land on
// their field, and details get catalogue labels (what the connectors return).
const sample = SAMPLES.telegram;

function renderTelegram(locale: MessengerFormsLocale, result: ActionResult) {
  const onTestConnection = vi.fn().mockResolvedValue(result);
  render(
    <MessengerFormsProvider locale={locale}>
      <TelegramAccountForm onSubmit={vi.fn()} onTestConnection={onTestConnection} />
    </MessengerFormsProvider>,
  );
  return onTestConnection;
}

const labelsOf = (catalogue: Messages) => ({
  token: catalogue['telegram.token.label'],
  bot: catalogue['telegram.botUsername.label'],
  test: catalogue['action.testConnection'],
});
const labels = { en: labelsOf(en), ja: labelsOf(ja) };

async function fillAndTest(locale: MessengerFormsLocale) {
  const l = labels[locale];
  const user = setupUser();
  const values = labelledValues(sample);
  fill({ [l.token]: values.Token, [l.bot]: values['Bot Username'] });
  await user.click(button(l.test));
  return { user, l };
}

describe('action results with a code', () => {
  const invalid: ActionResult = {
    ok: false,
    code: 'invalid_token',
    field: 'token',
    params: { provider: 'Telegram' },
    message: 'Message written by the back end',
  };

  it.each(['en', 'ja'] as const)(
    'pass the %s locale to the callback and show its message on the field',
    async (locale) => {
      const onTestConnection = renderTelegram(locale, invalid);
      const { l } = await fillAndTest(locale);
      const token = field(l.token);
      await waitFor(() => expect(token).toHaveAttribute('aria-invalid', 'true'));
      expect(token).toHaveAccessibleDescription(invalid.message);
      expect(onTestConnection).toHaveBeenCalledWith(
        expect.objectContaining({ type: 'telegram' }),
        expect.objectContaining({ locale }),
      );
    },
  );

  it("show the host's own `result.<code>` message, filled with params, over `message`", async () => {
    const onTestConnection = vi.fn().mockResolvedValue(invalid);
    render(
      <MessengerFormsProvider
        locale="ja"
        messages={{ 'result.invalid_token': '{provider} のトークンが無効です（カスタム）' }}
      >
        <TelegramAccountForm onSubmit={vi.fn()} onTestConnection={onTestConnection} />
      </MessengerFormsProvider>,
    );
    const { l } = await fillAndTest('ja');
    const token = field(l.token);
    await waitFor(() => expect(token).toHaveAttribute('aria-invalid', 'true'));
    expect(token).toHaveAccessibleDescription('Telegram のトークンが無効です（カスタム）');
    expect(document.body).not.toHaveTextContent(invalid.message);
  });

  it('put an identity warning on its field until that field changes; Save is not blocked', async () => {
    const onSubmit = vi.fn();
    const onTestConnection = vi.fn().mockResolvedValue({
      ok: true,
      code: 'connected',
      params: { account: '@other_bot' },
      message: 'Connected to @other_bot.',
      details: { botName: 'Other', username: '@other_bot', custom_key: 'x' },
      warnings: [
        {
          field: 'botUsername',
          code: 'identity_mismatch_bot',
          params: { actual: 'other_bot' },
          message: 'This token belongs to @other_bot, not to this bot.',
        },
      ],
    } satisfies ActionResult);
    render(<TelegramAccountForm onSubmit={onSubmit} onTestConnection={onTestConnection} />);
    const { user } = await fillAndTest('en');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Connected to @other_bot.');
    // Details: catalogue labels for known keys, the raw key otherwise.
    expect(alert).toHaveTextContent(/Bot name\s*Other/);
    expect(alert).toHaveTextContent(/Username\s*@other_bot/);
    expect(alert).toHaveTextContent(/custom_key\s*x/);

    const bot = field('Bot Username');
    expect(bot).toHaveAccessibleDescription('This token belongs to @other_bot, not to this bot.');
    expect(bot).toHaveAttribute('aria-invalid', 'false');

    await user.click(button('Save'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));

    await user.type(bot, 'x');
    expect(bot).not.toHaveAccessibleDescription(/belongs to/);
  });

  it('show a Set Webhook rejection of the URL in the dialog again, on that URL, until it changes', async () => {
    const user = setupUser();
    const rejection = 'Viber could not reach this address.';
    const onSetWebhook = vi.fn().mockResolvedValue({
      ok: false,
      field: 'webhookUrl',
      message: rejection,
    } satisfies ActionResult);
    render(<ViberAccountForm onSubmit={vi.fn()} onSetWebhook={onSetWebhook} />);
    fill(labelledValues(SAMPLES.viber));
    await pressSetWebhook(user, SAMPLES.viber);
    expect(await screen.findByRole('alert')).toHaveTextContent(rejection);

    await user.click(button('Set Webhook'));
    const dialog = await screen.findByRole('dialog', { name: 'Set Webhook' });
    const url = within(dialog).getByLabelText('Webhook url (host and port)');
    expect(url).toHaveValue(SAMPLES.viber.webhook?.input);
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(rejection);

    await user.type(url, '0');
    expect(url).not.toHaveAccessibleDescription(rejection);
  });
});
