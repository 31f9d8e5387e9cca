import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  MessengerFormsProvider,
  TelegramAccountForm,
  getMessengerWarnings,
  ja,
  validateMessengerConfig,
  type MessengerFormsLocale,
} from '../../src';

const noop = () => {};
const ok = async () => ({ ok: true as const });

function telegram(props: { locale?: MessengerFormsLocale; messages?: Partial<typeof ja> }) {
  return (
    <MessengerFormsProvider {...props}>
      <TelegramAccountForm
        onSubmit={noop}
        onCancel={noop}
        onTestConnection={ok}
        onSetWebhook={ok}
      />
    </MessengerFormsProvider>
  );
}

describe('MessengerFormsProvider locale="ja"', () => {
  it('renders the Telegram form with Japanese labels and buttons', () => {
    render(telegram({ locale: 'ja' }));
    expect(screen.getByRole('form', { name: 'Telegramアカウント' })).toBeInTheDocument();
    expect(screen.getByLabelText('ボットのユーザー名')).toBeInTheDocument();
    expect(screen.getByLabelText('種類')).toHaveValue('Telegram');
    expect(screen.getByLabelText('トークン')).toHaveAttribute('type', 'password');
    expect(screen.getByRole('button', { name: 'トークンを表示' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '接続テスト' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Webhookを設定' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '保存' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'キャンセル' })).toBeInTheDocument();
    expect(screen.getByText(ja['telegram.botUsername.helper'])).toBeInTheDocument();
  });

  it('shows Japanese validation errors after an invalid submit', async () => {
    const user = userEvent.setup();
    render(telegram({ locale: 'ja' }));
    await user.type(screen.getByLabelText('トークン'), 'not-a-token');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(ja['error.required'])).toBeInTheDocument();
    expect(screen.getByText(ja['error.telegramToken'])).toBeInTheDocument();
  });

  it('shows the Japanese success message of Test Connection', async () => {
    const user = userEvent.setup();
    render(telegram({ locale: 'ja' }));
    await user.click(screen.getByLabelText('ボットのユーザー名'));
    await user.paste('acme_support_bot');
    await user.click(screen.getByLabelText('トークン'));
    await user.paste(`123456:${'A'.repeat(35)}`);
    await user.click(screen.getByRole('button', { name: '接続テスト' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(ja['action.testConnection.ok']);
  });
});

describe('prop: messages', () => {
  it('overrides one key on top of ja', () => {
    render(telegram({ locale: 'ja', messages: { 'form.save': 'アカウントを保存' } }));
    expect(screen.getByRole('button', { name: 'アカウントを保存' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: '接続テスト' })).toBeInTheDocument();
    expect(screen.getByLabelText('ボットのユーザー名')).toBeInTheDocument();
  });

  it('overrides one key on top of en (the default locale)', () => {
    render(telegram({ messages: { 'telegram.botUsername.label': 'Bot name' } }));
    expect(screen.getByLabelText('Bot name')).toBeInTheDocument();
    expect(screen.getByLabelText('Token')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
  });

  it('fills placeholders of an overridden message', () => {
    render(telegram({ locale: 'ja', messages: { 'secret.show': '{label}を見る' } }));
    expect(screen.getByRole('button', { name: 'トークンを見る' })).toBeInTheDocument();
  });

  it('ignores an undefined override and keeps the locale message', () => {
    render(telegram({ locale: 'ja', messages: { 'form.save': undefined } }));
    expect(screen.getByRole('button', { name: '保存' })).toBeInTheDocument();
  });
});

describe('prop: locale', () => {
  it('re-renders in the new language and keeps the typed values', async () => {
    const user = userEvent.setup();
    const { rerender } = render(telegram({ locale: 'ja' }));
    await user.type(screen.getByLabelText('ボットのユーザー名'), 'acme_support_bot');

    rerender(telegram({ locale: 'en' }));
    expect(screen.getByLabelText('Bot Username')).toHaveValue('acme_support_bot');
    expect(screen.getByRole('button', { name: 'Test Connection' })).toBeInTheDocument();
    expect(screen.queryByText('ボットのユーザー名')).not.toBeInTheDocument();

    rerender(telegram({ locale: 'ja' }));
    expect(screen.getByLabelText('ボットのユーザー名')).toHaveValue('acme_support_bot');
    expect(screen.getByRole('button', { name: '接続テスト' })).toBeInTheDocument();
  });

  it('re-renders visible errors in the new language', async () => {
    const user = userEvent.setup();
    const { rerender } = render(telegram({ locale: 'en' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findAllByText('This field is required.')).toHaveLength(2);
    rerender(telegram({ locale: 'ja' }));
    expect(screen.getAllByText(ja['error.required'])).toHaveLength(2);
    expect(screen.queryByText('This field is required.')).not.toBeInTheDocument();
  });

  it('falls back to English for an unknown locale from untyped callers', () => {
    render(telegram({ locale: 'xx' as MessengerFormsLocale }));
    expect(screen.getByLabelText('Bot Username')).toBeInTheDocument();
  });

  it('uses English without a provider', () => {
    render(<TelegramAccountForm onSubmit={noop} />);
    expect(screen.getByLabelText('Bot Username')).toBeInTheDocument();
  });
});

describe('validateMessengerConfig with { messages: ja }', () => {
  it('returns Japanese field errors', () => {
    const result = validateMessengerConfig(
      { type: 'telegram', botUsername: 'ab', token: '' },
      { messages: ja },
    );
    expect(result).toEqual({
      ok: false,
      errors: { botUsername: ja['error.telegramUsername'], token: ja['error.required'] },
    });
  });

  it('returns the Japanese unknown-type error, naming the type ids', () => {
    for (const input of [{ type: 'whatsapp' }, null, 'telegram', []]) {
      const result = validateMessengerConfig(input, { messages: ja });
      expect(result).toEqual({ ok: false, errors: { type: ja['error.unknownType'] } });
    }
    expect(ja['error.unknownType']).toContain('facebook, line, nexmo, telegram, viber');
  });

  it('returns Japanese warnings', () => {
    expect(
      getMessengerWarnings({ type: 'nexmo', name: 'a', key: 'abc', secret: 's' }, { messages: ja }),
    ).toEqual({ key: ja['warning.nexmoKey'] });
  });

  it('still validates the same way', () => {
    const config = { type: 'nexmo', name: 'Support', key: 'a1b2c3d4', secret: 'xyz' };
    expect(validateMessengerConfig(config, { messages: ja })).toEqual({ ok: true, config });
  });
});
