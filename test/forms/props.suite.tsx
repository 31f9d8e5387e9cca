import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  TelegramAccountForm,
  en,
  formatMessage,
  type MessengerFormState,
  type TelegramConfig,
} from '../../src';
import { SAMPLES } from './fixtures';
import { button, field, queryButton, renderForm, setupUser } from './helpers';

const telegram = SAMPLES.telegram.config as TelegramConfig;

describe('form props', () => {
  it('disabled: every input and every button is disabled and nothing submits', async () => {
    const onTestConnection = vi.fn();
    const { form, onSubmit } = renderForm('facebook', {
      disabled: true,
      initialValues: SAMPLES.facebook.config,
      onTestConnection,
      onCancel: vi.fn(),
    });
    const inputs = Array.from(form.querySelectorAll('input'));
    expect(inputs).toHaveLength(6);
    for (const input of inputs) expect(input).toBeDisabled();
    const buttons = within(form).getAllByRole('button', { hidden: true });
    expect(buttons.map((b) => b.textContent || b.getAttribute('aria-label'))).toEqual([
      'Show Token',
      'Show Webhook Verify Token',
      'Copy Webhook Verify Token',
      'Generate random token',
      'Show App Secret',
      'Test Connection',
      'Cancel',
      'Save',
    ]);
    for (const b of buttons) expect(b).toBeDisabled();
    fireEvent.submit(form);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onTestConnection).not.toHaveBeenCalled();
  });

  it('readOnly: inputs are read-only; no Save, no actions, no Generate', async () => {
    const user = setupUser();
    const { form, onSubmit } = renderForm('facebook', {
      readOnly: true,
      initialValues: SAMPLES.facebook.config,
      onTestConnection: vi.fn(),
    });
    for (const input of Array.from(form.querySelectorAll('input'))) {
      expect(input).toHaveAttribute('readonly');
    }
    expect(queryButton('Save')).toBeNull();
    expect(queryButton('Test Connection')).toBeNull();
    expect(queryButton('Generate random token')).toBeNull();
    await user.type(field('Page ID'), '9');
    expect(field('Page ID')).toHaveValue('104523878912345');
    fireEvent.submit(form);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onSubmit).not.toHaveBeenCalled();

    // Telegram and Viber hide Set Webhook too.
    renderForm('telegram', { readOnly: true, onSetWebhook: vi.fn(), onTestConnection: vi.fn() });
    expect(queryButton('Set Webhook')).toBeNull();
  });

  it('id + hideActions: no Save or Cancel; a host button with form="id" submits', async () => {
    const user = setupUser();
    const onSubmit = vi.fn();
    render(
      <>
        <TelegramAccountForm
          id="telegram-account"
          hideActions
          onSubmit={onSubmit}
          onCancel={vi.fn()}
          initialValues={{ botUsername: '@acme_support_bot ', token: telegram.token }}
        />
        <button type="submit" form="telegram-account">
          Create account
        </button>
      </>,
    );
    expect(screen.getByRole('form', { name: 'Telegram account' })).toHaveAttribute(
      'id',
      'telegram-account',
    );
    expect(queryButton('Save')).toBeNull();
    expect(queryButton('Cancel')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith(telegram);
  });

  it('submitLabel renames the submit button', async () => {
    const user = setupUser();
    const { onSubmit } = renderForm('telegram', {
      submitLabel: 'Link account',
      initialValues: telegram,
    });
    expect(queryButton('Save')).toBeNull();
    await user.click(button('Link account'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith(telegram));
  });

  it('onCancel renders Cancel, which calls it without submitting', async () => {
    const user = setupUser();
    const onCancel = vi.fn();
    const { onSubmit } = renderForm('line', { onCancel });
    await user.click(button('Cancel'));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('onChange reports { values, valid, dirty } as the administrator types', async () => {
    const user = setupUser();
    const onChange = vi.fn<(state: MessengerFormState<TelegramConfig>) => void>();
    render(<TelegramAccountForm onSubmit={vi.fn()} onChange={onChange} />);
    expect(onChange).toHaveBeenLastCalledWith({
      values: { botUsername: '', token: '' },
      valid: false,
      dirty: false,
    });

    await user.type(field('Bot Username'), 'acme_bot');
    expect(onChange).toHaveBeenLastCalledWith({
      values: { botUsername: 'acme_bot', token: '' },
      valid: false,
      dirty: true,
    });
    await user.click(field('Token'));
    await user.paste(` ${telegram.token}`);
    expect(onChange).toHaveBeenLastCalledWith({
      values: { botUsername: 'acme_bot', token: ` ${telegram.token}` },
      valid: true,
      dirty: true,
    });
    const states = onChange.mock.calls.map(([state]) => state.valid);
    expect(states.indexOf(true)).toBe(states.length - 1);

    // Starting from a valid stored account: valid and not dirty.
    onChange.mockClear();
    render(<TelegramAccountForm onSubmit={vi.fn()} onChange={onChange} initialValues={telegram} />);
    expect(onChange).toHaveBeenLastCalledWith({
      values: { botUsername: telegram.botUsername, token: telegram.token },
      valid: true,
      dirty: false,
    });
  });
});

describe('Facebook verify token', () => {
  it('"Generate random token" fills a 43-character URL-safe token, different each time', async () => {
    const user = setupUser();
    renderForm('facebook');
    const input = field('Webhook Verify Token');
    expect(input).toHaveValue('');
    expect(button('Copy Webhook Verify Token')).toBeDisabled();

    await user.click(button('Generate random token'));
    const first = input.value;
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(input).toHaveAttribute('type', 'password');
    await user.click(button('Generate random token'));
    expect(input.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(input.value).not.toBe(first);
    expect(input).toHaveAttribute('aria-invalid', 'false');
  });

  it('the copy button writes the value to the clipboard and announces it', async () => {
    const user = setupUser();
    const writeText = vi.fn<(text: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderForm('facebook', { initialValues: { webhookVerifyToken: 'FAKE-verify-token-1' } });

    await user.click(button('Copy Webhook Verify Token'));
    expect(writeText).toHaveBeenCalledWith('FAKE-verify-token-1');
    expect(await screen.findByRole('status')).toHaveTextContent(
      formatMessage(en['copy.done'], { label: 'Webhook Verify Token' }),
    );

    writeText.mockRejectedValueOnce(new Error('denied'));
    await user.click(button('Copy Webhook Verify Token'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(en['copy.failed']));
  });
});
