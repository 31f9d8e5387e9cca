import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MessengerAccountForm,
  MessengerFormsProvider,
  MessengerTypePicker,
  createMessengerForm,
  defineMessenger,
  validateMessengerConfig,
  getMessengerWarnings,
} from '../../src';
import { whatsappTwilio } from '../../stories/examples/whatsappTwilio';
import { typeName } from '../../stories/support/names';

const messengers = [whatsappTwilio];
const ACME_PATH = 'M2 2h20v20H2z';
const acmeChat = defineMessenger({
  type: 'acme-chat',
  displayName: 'Acme Chat',
  hint: 'API key from the Acme console',
  icon: { path: ACME_PATH, hex: '1565C0' },
  fields: [{ key: 'apiKey', label: 'API key', kind: 'secret' }],
});
const withMark = [acmeChat, whatsappTwilio];
const valid = {
  type: 'whatsapp-twilio',
  accountSid: 'AC0123456789abcdef0123456789abcdef',
  authToken: '0123456789abcdef0123456789abcdef',
  phoneNumber: '+14155550100',
};

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('defineMessenger guard rails', () => {
  it('rejects a field without a label, naming the messenger', () => {
    expect(() =>
      defineMessenger({
        type: 'wechat',
        displayName: 'WeChat',
        fields: [{ key: 'appId', label: '' }],
      }),
    ).toThrow(/field "appId" of messenger "wechat" \(WeChat\) has no label/);
  });

  it('rejects a field key used twice and a definition without fields', () => {
    expect(() =>
      defineMessenger({
        type: 'wechat',
        displayName: 'WeChat',
        fields: [
          { key: 'appId', label: 'App ID' },
          { key: 'appId', label: 'App ID again' },
        ],
      }),
    ).toThrow(/"appId" of messenger "wechat" \(WeChat\) is used twice/);
    expect(() => defineMessenger({ type: 'wechat', displayName: 'WeChat', fields: [] })).toThrow(
      /"wechat" \(WeChat\) needs at least one field/,
    );
  });

  it('rejects a type id registered twice, naming both descriptors', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const clash = defineMessenger({
      type: 'telegram',
      displayName: 'Telegram clone',
      fields: [{ key: 'token', label: 'Token', kind: 'secret' }],
    });
    expect(() =>
      render(
        <MessengerFormsProvider messengers={[clash]}>
          <MessengerTypePicker onSelect={() => {}} />
        </MessengerFormsProvider>,
      ),
    ).toThrow(
      /"telegram" \(Telegram clone\) is registered twice \(already taken by "telegram" \(Telegram\)\)/,
    );
  });

  it('reports an action without a callback in development, naming the messenger', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const Form = createMessengerForm(whatsappTwilio);
    render(<Form onSubmit={() => {}} />);
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining(
        '"whatsapp-twilio" (WhatsApp (Twilio)) declares an action without a callback: pass onTestConnection',
      ),
    );
  });

  it('stays silent in production builds', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      defineMessenger({ type: 'x', displayName: 'X', fields: [{ key: 'a', label: '' }] }),
    ).not.toThrow();
    const clash = defineMessenger({
      type: 'line',
      displayName: 'LINE clone',
      fields: [{ key: 'token', label: 'Token' }],
    });
    render(
      <MessengerFormsProvider messengers={[clash]}>
        <MessengerTypePicker onSelect={() => {}} />
      </MessengerFormsProvider>,
    );
    // The first registration wins: the built-in LINE stays, listed once.
    expect(screen.getAllByRole('button', { name: /LINE/ })).toHaveLength(1);
    const Form = createMessengerForm(whatsappTwilio);
    render(<Form onSubmit={() => {}} />);
    expect(error).not.toHaveBeenCalled();
  });
});

describe('registration', () => {
  it('offers a registered type after the built-in ones, in the picker', () => {
    render(
      <MessengerFormsProvider messengers={messengers}>
        <MessengerTypePicker onSelect={() => {}} />
      </MessengerFormsProvider>,
    );
    const names = ['Facebook Messenger', 'LINE', 'Nexmo', 'Telegram', 'Viber', 'WhatsApp (Twilio)'];
    const buttons = screen.getAllByRole('button');
    expect(buttons).toHaveLength(names.length);
    buttons.forEach((button, index) => expect(button).toHaveAccessibleName(typeName(names[index])));
  });

  it("shows a custom type's own hint and mark (at once, not lazily), else its initial", () => {
    render(
      <MessengerFormsProvider messengers={withMark}>
        <MessengerTypePicker onSelect={() => {}} types={['acme-chat', 'whatsapp-twilio']} />
      </MessengerFormsProvider>,
    );
    const acme = screen.getByRole('button', { name: typeName('Acme Chat') });
    expect(acme).toHaveAccessibleName('Acme Chat API key from the Acme console');
    expect(acme.querySelector('svg[aria-hidden="true"] path')).toHaveAttribute('d', ACME_PATH);
    const whatsapp = screen.getByRole('button', { name: typeName('WhatsApp (Twilio)') });
    expect(whatsapp).toHaveAccessibleName(
      'WhatsApp (Twilio) Account SID and auth token from Twilio',
    );
    expect(whatsapp.querySelector('svg')).toBeNull();
    expect(whatsapp.querySelector('[aria-hidden="true"]')).toHaveTextContent(/^W$/);
  });

  // With the callback its action requires (without it the form reports it on the console).
  it('renders the custom type through MessengerAccountForm with its own texts in each locale', () => {
    const { unmount } = render(
      <MessengerFormsProvider messengers={messengers}>
        <MessengerAccountForm
          type="whatsapp-twilio"
          onSubmit={() => {}}
          onTestConnection={async () => ({ ok: true })}
        />
      </MessengerFormsProvider>,
    );
    expect(screen.getByLabelText('Account SID')).toBeInTheDocument();
    expect(screen.getByLabelText('Type')).toHaveValue('WhatsApp (Twilio)');
    unmount();
    render(
      <MessengerFormsProvider locale="ja" messengers={messengers}>
        <MessengerAccountForm
          type="whatsapp-twilio"
          onSubmit={() => {}}
          onTestConnection={async () => ({ ok: true })}
        />
      </MessengerFormsProvider>,
    );
    expect(screen.getByLabelText('アカウントSID')).toBeInTheDocument();
    expect(screen.getByLabelText('送信元の電話番号')).toBeInTheDocument();
  });

  it('renders nothing for an unregistered type and says why in development', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(
      <MessengerAccountForm type={'whatsapp-twilio' as 'telegram'} onSubmit={() => {}} />,
    );
    expect(container).toBeEmptyDOMElement();
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining('unknown messenger type "whatsapp-twilio"'),
    );
  });
  it('shows its own result texts in the result alert and on the field, without a provider', async () => {
    // A code only this messenger's catalogue knows: the alert reads the same texts as the fields.
    const messages = {
      ...whatsappTwilio.messages,
      en: {
        ...whatsappTwilio.messages?.en,
        'result.sender_unknown': 'Twilio knows no such sender.',
      },
    };
    const Form = createMessengerForm({ ...whatsappTwilio, messages });
    const user = userEvent.setup();
    render(
      <Form
        initialValues={valid}
        onSubmit={() => {}}
        onTestConnection={async () => ({
          ok: false,
          field: 'phoneNumber',
          code: 'sender_unknown',
          message: 'untranslated',
        })}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Test Connection' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Test Connection: Twilio knows no such sender.',
    );
    expect(screen.getByLabelText('Sender phone number')).toHaveAccessibleDescription(
      'Twilio knows no such sender.',
    );
  });
});

describe('optional fields of a custom messenger', () => {
  const wechat = defineMessenger({
    type: 'wechat',
    displayName: 'WeChat',
    fields: [
      { key: 'appId', label: 'App ID' },
      { key: 'encodingKey', label: 'Encoding key', kind: 'secret', optional: true },
    ],
    warnings: (config) =>
      config.encodingKey ? {} : { encodingKey: 'Messages cannot be checked.' },
  });

  it('validateMessengerConfig leaves an empty optional key out and checks a given one', () => {
    const options = { messengers: [wechat] };
    for (const encodingKey of [undefined, '', ' \u200B'])
      expect(
        validateMessengerConfig({ type: 'wechat', appId: 'wx1', encodingKey }, options),
      ).toEqual({
        ok: true,
        config: { type: 'wechat', appId: 'wx1' },
      });
    expect(
      validateMessengerConfig({ type: 'wechat', appId: 'wx1', encodingKey: ' k1 ' }, options),
    ).toEqual({ ok: true, config: { type: 'wechat', appId: 'wx1', encodingKey: 'k1' } });
    expect(
      validateMessengerConfig(
        { type: 'wechat', appId: 'wx1', encodingKey: 'k'.repeat(4097) },
        options,
      ).ok,
    ).toBe(false);
    expect(validateMessengerConfig({ type: 'wechat', encodingKey: 'k1' }, options)).toMatchObject({
      ok: false,
      errors: { appId: expect.any(String) },
    });
    expect(getMessengerWarnings({ type: 'wechat', appId: 'wx1' }, options)).toEqual({
      encodingKey: 'Messages cannot be checked.',
    });
  });

  it('the form marks it optional and leaves it out of the config while empty', async () => {
    const WeChatForm = createMessengerForm(wechat);
    const onSubmit = vi.fn();
    render(
      <MessengerFormsProvider messengers={[wechat]}>
        <WeChatForm onSubmit={onSubmit} />
      </MessengerFormsProvider>,
    );
    expect(screen.getByLabelText('Encoding key')).not.toBeRequired();
    expect(screen.getByLabelText('Encoding key')).toHaveAccessibleDescription(
      'Messages cannot be checked.',
    );
    expect(screen.getByLabelText('App ID', { selector: 'input' })).toBeRequired();
    fireEvent.change(screen.getByLabelText('App ID', { selector: 'input' }), {
      target: { value: 'wx1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toStrictEqual({ type: 'wechat', appId: 'wx1' });
  });
});

describe('validateMessengerConfig with custom messengers', () => {
  it('normalizes and accepts a valid custom config, dropping unknown keys', () => {
    const result = validateMessengerConfig(
      { ...valid, phoneNumber: ' whatsapp:+1 (415) 555-0100\n', extra: 'x' },
      { messengers },
    );
    expect(result).toEqual({ ok: true, config: valid });
  });

  it('reports errors with the messenger’s own messages, in English and Japanese', () => {
    const bad = { ...valid, accountSid: 'SK1', phoneNumber: '0415' };
    const en = validateMessengerConfig(bad, { messengers });
    expect(en).toEqual({
      ok: false,
      errors: {
        accountSid: 'An Account SID is "AC" followed by 32 hexadecimal characters.',
        phoneNumber:
          'Use the international (E.164) format: + and the country code, e.g. +14155238886.',
      },
    });
    const ja = validateMessengerConfig({ ...bad, authToken: '' }, { messengers, locale: 'ja' });
    expect(ja.ok).toBe(false);
    if (!ja.ok) {
      expect(ja.errors.accountSid).toBe('アカウントSIDは「AC」と 16 進数 32 文字です。');
      expect(ja.errors.authToken).toMatch(/[\u3040-\u30ff]/);
    }
  });

  it('does not know custom types unless they are passed', () => {
    expect(validateMessengerConfig(valid)).toEqual({
      ok: false,
      errors: { type: expect.stringContaining('Unknown messenger type') },
    });
    expect(getMessengerWarnings(valid)).toEqual({});
  });
});
