import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  CreateMessengerAccountDialog,
  FacebookAccountForm,
  LineAccountForm,
  MessengerAccountForm,
  NexmoAccountForm,
  TelegramAccountForm,
  en,
  type ConfigUpdate,
  type FacebookConfig,
  type LineConfig,
  type MessengerFormState,
  type NexmoConfig,
  type TelegramConfig,
} from '../../src';
import { DISPLAY_NAMES, EXPECTED_LABELS, FORMS, SAMPLES, TYPES } from './fixtures';
import { button, field, queryButton, setupUser } from './helpers';

const telegram = SAMPLES.telegram.config as TelegramConfig;
const STORED_TOKEN = telegram.token;
const NEW_TOKEN = '987654321:AAnew-rotated-token-not-real-00000000';
const STORED_HELPER = 'Stored — leave empty to keep the current Token.';

function renderTelegramEdit(
  props: Partial<Parameters<typeof TelegramAccountForm<'token'>>[0]> = {},
) {
  const onSubmit = vi.fn<(config: ConfigUpdate<TelegramConfig>) => void>();
  const onChange = vi.fn<(state: MessengerFormState<TelegramConfig>) => void>();
  const utils = render(
    <TelegramAccountForm
      mode="edit"
      storedSecrets={['token']}
      // A host that (wrongly) passes the stored token: it must still not be rendered.
      initialValues={telegram}
      onSubmit={onSubmit}
      onChange={onChange}
      onCancel={vi.fn()}
      {...props}
    />,
  );
  return { ...utils, onSubmit, onChange };
}

describe('mode="edit"', () => {
  it.each(TYPES)('%s: Save stays disabled until a change; Type stays read-only', async (type) => {
    const onSubmit = vi.fn();
    const Form = FORMS[type];
    const { container } = render(
      <Form mode="edit" initialValues={SAMPLES[type].config} onSubmit={onSubmit} />,
    );
    expect(button('Save')).toBeDisabled();
    fireEvent.submit(screen.getByRole('form', { name: `${DISPLAY_NAMES[type]} account` }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(field('Type')).toHaveAttribute('readonly');

    const first = field(EXPECTED_LABELS[type][0]!);
    fireEvent.change(first, { target: { value: `${first.value}x` } });
    expect(button('Save')).toBeEnabled();
    // Back to the stored value: nothing to save again.
    fireEvent.change(first, { target: { value: first.value.slice(0, -1) } });
    expect(button('Save')).toBeDisabled();
    expect(container.querySelector('form')).not.toBeNull();
  });

  it('create mode (the default) keeps Save enabled on a fresh form', () => {
    render(<TelegramAccountForm onSubmit={vi.fn()} />);
    expect(button('Save')).toBeEnabled();
  });

  it('onChange reports dirty, so the host can guard navigation', () => {
    const { onChange } = renderTelegramEdit();
    fireEvent.change(field('Bot Username'), { target: { value: 'renamed_bot' } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ dirty: true }));
    fireEvent.change(field('Bot Username'), { target: { value: telegram.botUsername } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ dirty: false }));
  });
});

describe('storedSecrets', () => {
  it('a kept secret is never rendered, never required, and says it is stored', () => {
    const { container } = renderTelegramEdit();
    const token = field('Token');
    expect(token).toHaveValue('');
    expect(token).not.toBeRequired();
    expect(token).toHaveAccessibleDescription(STORED_HELPER);
    expect(container.innerHTML).not.toContain(STORED_TOKEN);
    expect(field('Bot Username')).toBeRequired();
  });

  it('a kept secret is never sent: onSubmit gets the config without it', async () => {
    const user = setupUser();
    const { onSubmit } = renderTelegramEdit();
    fireEvent.change(field('Bot Username'), { target: { value: 'renamed_support_bot' } });
    await user.click(button('Save'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const config = onSubmit.mock.calls[0]![0];
    expect(config).toEqual({ type: 'telegram', botUsername: 'renamed_support_bot' });
    expect('token' in config).toBe(false);
  });

  it('a replaced secret is sent, and validated', async () => {
    const user = setupUser();
    const { onSubmit } = renderTelegramEdit();
    fireEvent.change(field('Token'), { target: { value: 'not a token' } });
    await user.click(button('Save'));
    await waitFor(() => expect(field('Token')).toHaveAttribute('aria-invalid', 'true'));
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.change(field('Token'), { target: { value: ` ${NEW_TOKEN} ` } });
    await user.click(button('Save'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith({
      type: 'telegram',
      botUsername: telegram.botUsername,
      token: NEW_TOKEN,
    });
  });

  it('Replace clears and focuses the field, which is then required; Keep stored undoes it', async () => {
    const user = setupUser();
    const { onSubmit } = renderTelegramEdit();
    await user.click(button('Replace Token'));
    const token = field('Token');
    expect(token).toHaveFocus();
    expect(token).toBeRequired();
    expect(token).not.toHaveAccessibleDescription(STORED_HELPER);
    fireEvent.change(field('Bot Username'), { target: { value: 'renamed_support_bot' } });
    await user.click(button('Save'));
    await waitFor(() => expect(token).toHaveAttribute('aria-invalid', 'true'));
    expect(onSubmit).not.toHaveBeenCalled();

    await user.click(button('Keep stored Token'));
    expect(field('Token')).not.toBeRequired();
    expect(queryButton('Replace Token')).not.toBeNull();
    await user.click(button('Save'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toEqual({
      type: 'telegram',
      botUsername: 'renamed_support_bot',
    });
  });

  it('Test Connection and Set Webhook get the config without the kept secret; after a replacement, the new one', async () => {
    const user = setupUser();
    const onTestConnection = vi.fn(async () => ({ ok: true as const, message: 'Connected' }));
    const onSetWebhook = vi.fn(async () => ({ ok: true as const }));
    renderTelegramEdit({ onTestConnection, onSetWebhook });
    await user.click(button('Test Connection'));
    await screen.findByText('Connected');
    expect(onTestConnection).toHaveBeenLastCalledWith(
      { type: 'telegram', botUsername: telegram.botUsername },
      expect.anything(),
    );
    await user.click(button('Set Webhook'));
    await waitFor(() => expect(onSetWebhook).toHaveBeenCalledTimes(1));
    expect(onSetWebhook).toHaveBeenLastCalledWith(
      { type: 'telegram', botUsername: telegram.botUsername },
      expect.anything(),
    );

    // Rotation: the earlier results (both) no longer describe the values.
    fireEvent.change(field('Token'), { target: { value: NEW_TOKEN } });
    expect(
      screen.getAllByText(en['action.stale'], {
        exact: false,
      }),
    ).toHaveLength(2);
    await user.click(button('Test Connection'));
    await waitFor(() => expect(onTestConnection).toHaveBeenCalledTimes(2));
    expect(onTestConnection).toHaveBeenLastCalledWith(
      { type: 'telegram', botUsername: telegram.botUsername, token: NEW_TOKEN },
      expect.anything(),
    );
  });

  it('warnings follow the replacement, never the kept (empty) secret', () => {
    const onSubmit = vi.fn<(config: ConfigUpdate<FacebookConfig>) => void>();
    render(
      <FacebookAccountForm
        mode="edit"
        storedSecrets={['token', 'webhookVerifyToken']}
        initialValues={{ pageUsername: 'acme.support.demo', pageId: '123456789012345' }}
        onSubmit={onSubmit}
      />,
    );
    expect(field('Token')).toHaveAccessibleDescription(STORED_HELPER);
    fireEvent.change(field('Token'), { target: { value: 'FAKEnotEAAtoken' } });
    fireEvent.blur(field('Token'));
    expect(field('Token')).toHaveAccessibleDescription(/EAA/);
  });

  it('a stored App Secret (optional) is kept while empty, without the missing-secret warning', async () => {
    const user = setupUser();
    const onSubmit = vi.fn<(config: ConfigUpdate<FacebookConfig>) => void>();
    const base = { type: 'facebook', pageId: '123456789012345' } as const;
    render(
      <FacebookAccountForm
        mode="edit"
        storedSecrets={['token', 'webhookVerifyToken', 'appSecret']}
        // A host that (wrongly) passes the stored secret: it must still not be rendered.
        initialValues={{ pageId: base.pageId, appSecret: 'FAKE0stored0app0secret' }}
        onSubmit={onSubmit}
      />,
    );
    const appSecret = field('App Secret');
    expect(appSecret).toHaveValue('');
    expect(appSecret).not.toBeRequired();
    expect(appSecret).toHaveAccessibleDescription(
      'Stored — leave empty to keep the current App Secret.',
    );
    expect(document.body.textContent).not.toContain('FAKE0stored0app0secret');
    fireEvent.change(field('Page ID'), { target: { value: '123' } });
    await user.click(button('Save'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toStrictEqual({ ...base, pageId: '123' });

    // Replace: a typed secret replaces the stored one.
    await user.click(button('Replace App Secret'));
    expect(appSecret).toHaveFocus();
    await user.type(appSecret, 'FAKE0new0app0secret');
    await user.click(button('Save'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(2));
    expect(onSubmit.mock.calls[1][0]).toStrictEqual({
      ...base,
      pageId: '123',
      appSecret: 'FAKE0new0app0secret',
    });
  });

  it('works for Nexmo secrets too', async () => {
    const user = setupUser();
    const onSubmit = vi.fn<(config: ConfigUpdate<NexmoConfig>) => void>();
    const nexmo = SAMPLES.nexmo.config as NexmoConfig;
    render(
      <NexmoAccountForm
        mode="edit"
        storedSecrets={['secret']}
        initialValues={{ name: nexmo.name, key: nexmo.key }}
        onSubmit={onSubmit}
      />,
    );
    expect(field('Secret')).not.toBeRequired();
    fireEvent.change(field('Name'), { target: { value: 'Renamed' } });
    await user.click(button('Save'));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({ type: 'nexmo', name: 'Renamed', key: nexmo.key }),
    );
  });

  it('MessengerAccountForm type="line" takes storedSecrets too', async () => {
    const user = setupUser();
    const onSubmit = vi.fn<(config: ConfigUpdate<LineConfig>) => void>();
    render(
      <MessengerAccountForm
        type="line"
        mode="edit"
        storedSecrets={['token']}
        initialValues={{ name: 'ACME' }}
        onSubmit={onSubmit}
      />,
    );
    expect(field('Token')).toHaveAccessibleDescription(STORED_HELPER);
    fireEvent.change(field('Name'), { target: { value: 'ACME 2' } });
    await user.click(button('Save'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledWith({ type: 'line', name: 'ACME 2' }));
  });
});

describe('unsaved changes', () => {
  it('a clean edit form cancels at once', async () => {
    const user = setupUser();
    const onCancel = vi.fn();
    renderTelegramEdit({ onCancel });
    await user.click(button('Cancel'));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('a dirty edit form asks before Cancel discards the changes', async () => {
    const user = setupUser();
    const onCancel = vi.fn();
    renderTelegramEdit({ onCancel });
    fireEvent.change(field('Bot Username'), { target: { value: 'renamed_support_bot' } });
    await user.click(button('Cancel'));
    let dialog = await screen.findByRole('dialog', { name: 'Discard changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(onCancel).not.toHaveBeenCalled();
    expect(field('Bot Username')).toHaveValue('renamed_support_bot');

    await user.click(button('Cancel'));
    dialog = await screen.findByRole('dialog', { name: 'Discard changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Discard' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(field('Bot Username')).toHaveValue(telegram.botUsername);
  });

  it('CreateMessengerAccountDialog asks before closing with unsaved input', async () => {
    const user = setupUser();
    const onClose = vi.fn();
    render(
      <CreateMessengerAccountDialog open type="telegram" onClose={onClose} onCreate={vi.fn()} />,
    );
    fireEvent.change(field('Bot Username'), { target: { value: 'acme_support_bot' } });
    await user.keyboard('{Escape}');
    let confirm = await screen.findByRole('dialog', { name: 'Discard changes?' });
    expect(onClose).not.toHaveBeenCalled();
    await user.click(within(confirm).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(confirm).not.toBeInTheDocument());
    expect(field('Bot Username')).toHaveValue('acme_support_bot');

    await user.click(button('Cancel'));
    confirm = await screen.findByRole('dialog', { name: 'Discard changes?' });
    await user.click(within(confirm).getByRole('button', { name: 'Discard' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('types (checked by tsc)', () => {
  it('callbacks get the full config without storedSecrets, a ConfigUpdate with them', () => {
    const typed = () => [
      // Create mode: unchanged, the callbacks receive TelegramConfig.
      <TelegramAccountForm key="a" onSubmit={(config: TelegramConfig) => void config.token} />,
      <TelegramAccountForm key="b" onSubmit={(config) => void config.token.trim()} />,
      <TelegramAccountForm
        key="c"
        mode="edit"
        storedSecrets={['token']}
        onSubmit={(config: ConfigUpdate<TelegramConfig>) => void config.token?.trim()}
      />,
      <TelegramAccountForm
        key="d"
        storedSecrets={['token']}
        // @ts-expect-error a kept token is absent: the config is not a full TelegramConfig
        onSubmit={(config: TelegramConfig) => void config}
      />,
      <MessengerAccountForm
        key="f"
        type="line"
        storedSecrets={['token']}
        onSubmit={(config: ConfigUpdate<LineConfig>) => void config.token?.trim()}
      />,
      <MessengerAccountForm key="g" type="line" onSubmit={(config) => void config.token.trim()} />,
      // The optional secrets can be stored like tokens; they are optional in any case.
      <MessengerAccountForm
        key="h"
        type="line"
        storedSecrets={['token', 'channelSecret']}
        onSubmit={(config: ConfigUpdate<LineConfig>) => void config.channelSecret?.trim()}
      />,
      <FacebookAccountForm
        key="i"
        storedSecrets={['appSecret']}
        onSubmit={(config) => void [config.token.trim(), config.appSecret?.trim()]}
      />,
      // @ts-expect-error an optional key may be absent even without storedSecrets
      <LineAccountForm key="j" onSubmit={(config) => void config.channelSecret.trim()} />,
      // @ts-expect-error only secret fields can be stored
      <TelegramAccountForm key="e" storedSecrets={['botUsername']} onSubmit={() => {}} />,
    ];
    expect(typed).toBeTypeOf('function');
  });
});
