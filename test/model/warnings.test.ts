// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { en, ja, type MessageKey, type Messages } from '../../src/messengers/catalogues';
import type { MessengerType } from '../../src/messengers/builtIns';
import type { MessengerConfig } from '../../src/messengers/types';
import { warningKeys } from '../../src/core/validation';
import { getMessengerWarnings, validateMessengerConfig } from '../../src/messengers/validation';
import { messengerDescriptors } from '../../src/messengers/registry';
import { NBSP, TYPES, VALID, ZWSP, messagesOf, show, withField } from './fixtures';

const TG_ID = '123456789';
const HEX16 = '0123456789abcdef';

function warningsOf(input: Record<string, unknown>) {
  return getMessengerWarnings(input as unknown as MessengerConfig);
}

describe('good values have no warnings', () => {
  it.each(TYPES)('%s fixture', (type) => {
    expect(getMessengerWarnings(VALID[type])).toEqual({});
  });

  // [type, field, value]
  it.each([
    ['facebook', 'token', 'EAA'],
    ['facebook', 'token', 'EAAGm0PX4ZCpsBA'],
    ['facebook', 'token', ` EAAGm0PX4ZCpsBA${ZWSP}\n`],
    ['telegram', 'token', `${TG_ID}:${'A'.repeat(35)}`],
    ['telegram', 'token', `1:${'a_-'.repeat(11)}xy`],
    ['telegram', 'token', `https://api.telegram.org/bot${TG_ID}:${'B'.repeat(35)}/getMe`],
    ['viber', 'token', `${HEX16}-${HEX16}-${HEX16}`],
    ['viber', 'token', `${HEX16.toUpperCase()}-${HEX16}-${HEX16.toUpperCase()}`],
    ['viber', 'token', ` ${HEX16}-${HEX16}-${HEX16}${NBSP}\n`],
    ['nexmo', 'key', 'a1b2c3d4'],
    ['nexmo', 'key', 'ABCDEFGH'],
    ['nexmo', 'key', ' 1234 5678 '],
  ] as const)('%s.%s = %j', (type, field, value) => {
    expect(warningsOf(withField(type, field, value))).toEqual({});
  });
});

describe('soft rules warn', () => {
  // [type, field, value, key]
  const cases: Array<[MessengerType, string, string, MessageKey]> = [
    ['facebook', 'token', 'abc123', 'warning.facebookToken'],
    ['facebook', 'token', 'eaaGm0PX4ZCpsBA', 'warning.facebookToken'],
    ['facebook', 'token', 'EA', 'warning.facebookToken'],
    ['facebook', 'token', 'xEAAGm0PX4ZCpsBA', 'warning.facebookToken'],
    ['telegram', 'token', `${TG_ID}:${'A'.repeat(34)}`, 'warning.telegramToken'],
    ['telegram', 'token', `${TG_ID}:${'A'.repeat(36)}`, 'warning.telegramToken'],
    ['telegram', 'token', `${TG_ID}:${'A'.repeat(20)}`, 'warning.telegramToken'],
    ['telegram', 'token', `${TG_ID}:${'A'.repeat(60)}`, 'warning.telegramToken'],
    ['viber', 'token', 'abc', 'warning.viberToken'],
    ['viber', 'token', `${HEX16}${HEX16}${HEX16}`, 'warning.viberToken'],
    ['viber', 'token', `${HEX16}-${HEX16}`, 'warning.viberToken'],
    ['viber', 'token', `${HEX16}-${HEX16}-${HEX16}-${HEX16}`, 'warning.viberToken'],
    ['viber', 'token', `${HEX16}-${HEX16}-${HEX16.slice(1)}`, 'warning.viberToken'],
    ['viber', 'token', `${HEX16}-${HEX16}-${HEX16}0`, 'warning.viberToken'],
    ['viber', 'token', `${HEX16}_${HEX16}_${HEX16}`, 'warning.viberToken'],
    ['viber', 'token', `${HEX16}-${HEX16}-0123456789abcde_`, 'warning.viberToken'],
    ['nexmo', 'key', 'a1b2c3d', 'warning.nexmoKey'],
    ['nexmo', 'key', 'a1b2c3d4e', 'warning.nexmoKey'],
    ['nexmo', 'key', 'a', 'warning.nexmoKey'],
    ['nexmo', 'key', 'k'.repeat(32), 'warning.nexmoKey'],
  ];

  it.each(cases)('%s.%s = %j → %s', (type, field, value, key) => {
    const input = withField(type, field, value);
    expect(warningsOf(input)).toEqual(messagesOf({ [field]: key }));
  });

  it.each(cases)(
    '%s.%s = %j: a warning never blocks (validateMessengerConfig is ok)',
    (type, field, value) => {
      const result = validateMessengerConfig(withField(type, field, value));
      expect(result).toEqual({ ok: true, config: { ...VALID[type], [field]: value } });
    },
  );

  it('warnings are not errors: a config with both reports only hard errors as errors', () => {
    const input = { type: 'nexmo', name: '', key: 'abc', secret: 's' };
    expect(validateMessengerConfig(input)).toEqual({
      ok: false,
      errors: messagesOf({ name: 'error.required' }),
    });
    expect(warningsOf(input)).toEqual(messagesOf({ key: 'warning.nexmoKey' }));
  });

  it('warning messages never echo the value', () => {
    const secret = 'SuperSecretValue123';
    for (const [type, field] of [
      ['facebook', 'token'],
      ['viber', 'token'],
      ['nexmo', 'key'],
    ] as const) {
      const warnings = warningsOf(withField(type, field, secret));
      expect(Object.keys(warnings)).toEqual([field]);
      for (const message of Object.values(warnings)) expect(message).not.toContain(secret);
    }
  });
});

describe('no warnings for empty or invalid values', () => {
  it.each([
    ['facebook', 'token', ''],
    ['viber', 'token', ''],
    ['nexmo', 'key', ''],
    ['telegram', 'token', ''],
    ['telegram', 'token', 'not a token'],
    ['telegram', 'token', `${TG_ID}:${'A'.repeat(19)}`],
  ] as const)('%s.%s = %j', (type, field, value) => {
    expect(warningsOf(withField(type, field, value))).toEqual({});
  });

  it('LINE has no soft rules on its token', () => {
    expect(warningsOf({ type: 'line', name: 'x', token: 'anything', channelSecret: 's' })).toEqual(
      {},
    );
  });

  it('a missing field gives no warning, except a missing optional secret', () => {
    expect(warningsOf({ type: 'facebook' })).toEqual(
      messagesOf({ appSecret: 'warning.facebookAppSecret' }),
    );
    expect(warningsOf({ type: 'viber' })).toEqual({});
  });

  // DESIGN "New optional fields": while empty, a soft warning says incoming
  // messages cannot be verified without the secret.
  it.each([
    ['facebook', 'appSecret', 'warning.facebookAppSecret'],
    ['line', 'channelSecret', 'warning.lineChannelSecret'],
  ] as const)(
    '%s without %s warns that inbound webhooks cannot be verified',
    (type, key, warning) => {
      for (const value of [undefined, '', ' ', ZWSP]) {
        expect(warningsOf({ ...VALID[type], [key]: value }), show(value)).toEqual(
          messagesOf({ [key]: warning }),
        );
      }
      expect(getMessengerWarnings(VALID[type])).toEqual({});
      expect(en[warning]).toMatch(/cannot be verified/);
      expect(ja[warning]).toMatch(/確認できません/);
      expect(en[warning]).not.toContain((VALID[type] as unknown as Record<string, string>)[key]);
    },
  );
});

describe('getMessengerWarnings never throws', () => {
  it.each([
    ['unknown type', { type: 'whatsapp', token: 'x' }],
    ['no type', { token: 'x' }],
    ['non-string token', { type: 'nexmo', key: { x: 1 } }],
    ['8-digit number key', { type: 'nexmo', key: 12345678 }],
  ])('%s → {}', (_name, input) => {
    expect(warningsOf(input)).toEqual({});
  });

  it('a number key is checked as its decimal string', () => {
    expect(warningsOf({ type: 'nexmo', key: 1234 })).toEqual(
      messagesOf({ key: 'warning.nexmoKey' }),
    );
  });

  it.each([null, undefined, 42, 'facebook', []])('%j as config → {}', (input) => {
    expect(() => getMessengerWarnings(input as unknown as MessengerConfig)).not.toThrow();
    expect(getMessengerWarnings(input as unknown as MessengerConfig)).toEqual({});
  });

  it('a throwing getter → {}', () => {
    const input = {
      type: 'facebook',
      get token(): string {
        throw new Error('boom');
      },
    };
    expect(warningsOf(input)).toEqual({});
  });

  it('a throwing Proxy → {}', () => {
    const proxy = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(getMessengerWarnings(proxy as MessengerConfig)).toEqual({});
  });
});

describe('messages option and warningKeys', () => {
  it('translates with the given catalogue', () => {
    const messages = { ...en, 'warning.nexmoKey': 'Schlüssel: meist 8 Zeichen.' } as Messages;
    expect(getMessengerWarnings({ ...VALID.nexmo, key: 'abc' }, { messages })).toEqual({
      key: 'Schlüssel: meist 8 Zeichen.',
    });
  });

  it('warningKeys returns catalogue keys of normalized values', () => {
    expect(
      warningKeys(messengerDescriptors.telegram, {
        botUsername: 'acme_bot',
        token: `${TG_ID}:${'A'.repeat(30)}`,
      }),
    ).toEqual({ token: 'warning.telegramToken' });
    expect(
      warningKeys(messengerDescriptors.line, { name: 'x', token: 'y', channelSecret: 'z' }),
    ).toEqual({});
  });
});
