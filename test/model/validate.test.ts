// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { en, type MessageKey, type Messages } from '../../src/messengers/catalogues';
import type { MessengerType } from '../../src/messengers/builtIns';
import type { MessengerConfig } from '../../src/messengers/types';
import { MAX_NAME_LENGTH, MAX_SECRET_LENGTH } from '../../src/core/rules';
import { validateValues } from '../../src/core/validation';
import { validateMessengerConfig } from '../../src/messengers/validation';
import { messengerDescriptors } from '../../src/messengers/registry';
import { messengerSchemas } from '../../src/messengers/schemas';
import {
  BOM,
  FIELDS,
  NBSP,
  OPTIONAL,
  TYPES,
  VALID,
  descriptorOf,
  WORD_JOINER,
  ZWSP,
  expectConfig,
  expectErrors,
  messagesOf,
  requiredFields,
  show,
  withField,
} from './fixtures';

const TG_SECRET = 'AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1'; // 35 characters

describe('limits', () => {
  it('match the design', () => {
    expect(MAX_SECRET_LENGTH).toBe(4096);
    expect(MAX_NAME_LENGTH).toBe(100);
  });
});

describe('valid configs', () => {
  it.each(TYPES)('%s: the fixture is accepted unchanged', (type) => {
    expectConfig(VALID[type], VALID[type]);
  });

  // [type, field, value accepted as is]
  const valid: Array<[MessengerType, string, string]> = [
    ['facebook', 'pageUsername', 'abcde'],
    ['facebook', 'pageUsername', 'a'.repeat(50)],
    ['facebook', 'pageUsername', 'Acme.Support.2024'],
    ['facebook', 'pageUsername', '.....'],
    ['facebook', 'pageId', '1'],
    ['facebook', 'pageId', '0123456789'],
    ['facebook', 'token', 'x'],
    ['facebook', 'token', 'EAA' + 'b'.repeat(MAX_SECRET_LENGTH - 3)],
    ['facebook', 'token', 'EAAG:/+=?&-_.~'],
    ['facebook', 'webhookVerifyToken', 'y'],
    ['facebook', 'webhookVerifyToken', 'v'.repeat(MAX_SECRET_LENGTH)],
    ['line', 'name', 'A'],
    ['line', 'name', 'n'.repeat(MAX_NAME_LENGTH)],
    ['line', 'name', 'Acme Support (Tokyo) – 24/7 😀'],
    ['line', 'token', 'l'.repeat(MAX_SECRET_LENGTH)],
    ['line', 'token', 'a+b/c='],
    ['nexmo', 'name', 'N'],
    ['nexmo', 'name', 'n'.repeat(MAX_NAME_LENGTH)],
    ['nexmo', 'key', 'a'],
    ['nexmo', 'key', 'ABCdef12'],
    ['nexmo', 'key', 'k'.repeat(MAX_SECRET_LENGTH)],
    ['nexmo', 'secret', 's'],
    ['nexmo', 'secret', 's'.repeat(MAX_SECRET_LENGTH)],
    ['telegram', 'botUsername', 'abbot'],
    ['telegram', 'botUsername', 'a'.repeat(29) + 'bot'],
    ['telegram', 'botUsername', 'Acme_Support_BOT'],
    ['telegram', 'botUsername', 'acme_Bot'],
    ['telegram', 'botUsername', 'a2_bOt'],
    ['telegram', 'botUsername', 'a____bot'],
    ['telegram', 'token', `1:${'a'.repeat(20)}`],
    ['telegram', 'token', `${'9'.repeat(16)}:${TG_SECRET}`],
    ['telegram', 'token', `123:${'A-_z'.repeat(10)}`],
    ['telegram', 'token', `123456:${'x'.repeat(MAX_SECRET_LENGTH - 7)}`],
    ['viber', 'botUsername', 'a'],
    ['viber', 'botUsername', 'b'.repeat(100)],
    ['viber', 'token', 'z'],
    ['viber', 'token', 't'.repeat(MAX_SECRET_LENGTH)],
  ];

  it.each(valid.map(([t, f, v]) => [t, f, show(v), v] as const))(
    '%s.%s = %s is valid',
    (type, field, _shown, value) => {
      expectConfig(withField(type, field, value), { ...VALID[type], [field]: value } as never);
    },
  );
});

describe('hard rules: invalid values give exactly one error on their field', () => {
  // [type, field, value, expected catalogue key]
  const invalid: Array<[MessengerType, string, unknown, MessageKey]> = [
    // Facebook Page Username ^[A-Za-z0-9.]{5,50}$
    ['facebook', 'pageUsername', 'abcd', 'error.facebookUsername'],
    ['facebook', 'pageUsername', 'a'.repeat(51), 'error.facebookUsername'],
    ['facebook', 'pageUsername', 'acme_support', 'error.facebookUsername'],
    ['facebook', 'pageUsername', 'acme-support', 'error.facebookUsername'],
    ['facebook', 'pageUsername', 'acmé.support', 'error.facebookUsername'],
    ['facebook', 'pageUsername', 'fb.me/x', 'error.facebookUsername'],
    ['facebook', 'pageUsername', 'https://example.com/acme', 'error.facebookUsername'],
    ['facebook', 'pageUsername', 'a'.repeat(MAX_SECRET_LENGTH + 1), 'error.tooLong'],
    // Facebook Page ID: digits only
    ['facebook', 'pageId', '', 'error.required'],
    ['facebook', 'pageId', '12a45', 'error.facebookPageId'],
    ['facebook', 'pageId', '-12345', 'error.facebookPageId'],
    ['facebook', 'pageId', '12.5', 'error.facebookPageId'],
    ['facebook', 'pageId', '١٢٣', 'error.facebookPageId'],
    // Full-width digits are accepted (NFKC, test/model/inputRules.test.ts); full-width letters are not.
    ['facebook', 'pageId', '１２ａ', 'error.facebookPageId'],
    ['facebook', 'pageId', '1'.repeat(MAX_SECRET_LENGTH + 1), 'error.tooLong'],
    // Facebook tokens: required, at most 4096
    ['facebook', 'token', '', 'error.required'],
    ['facebook', 'token', `${ZWSP}${NBSP}\n`, 'error.required'],
    ['facebook', 'token', 'E'.repeat(MAX_SECRET_LENGTH + 1), 'error.tooLong'],
    ['facebook', 'webhookVerifyToken', '', 'error.required'],
    ['facebook', 'webhookVerifyToken', '   ', 'error.required'],
    ['facebook', 'webhookVerifyToken', 'w'.repeat(MAX_SECRET_LENGTH + 1), 'error.tooLong'],
    // LINE
    ['line', 'name', '', 'error.required'],
    ['line', 'name', ` ${NBSP}\t${ZWSP}`, 'error.required'],
    ['line', 'name', 'n'.repeat(MAX_NAME_LENGTH + 1), 'error.nameTooLong'],
    ['line', 'token', '', 'error.required'],
    ['line', 'token', 'l'.repeat(MAX_SECRET_LENGTH + 1), 'error.tooLong'],
    // Nexmo
    ['nexmo', 'name', '', 'error.required'],
    ['nexmo', 'name', 'n'.repeat(MAX_NAME_LENGTH + 1), 'error.nameTooLong'],
    ['nexmo', 'key', '', 'error.required'],
    ['nexmo', 'key', 'a1b2-c3d4', 'error.nexmoKey'],
    ['nexmo', 'key', 'a1b2_c3d4', 'error.nexmoKey'],
    ['nexmo', 'key', 'ä1b2c3d4', 'error.nexmoKey'],
    ['nexmo', 'key', 'k'.repeat(MAX_SECRET_LENGTH + 1), 'error.tooLong'],
    ['nexmo', 'secret', '', 'error.required'],
    ['nexmo', 'secret', 's'.repeat(MAX_SECRET_LENGTH + 1), 'error.tooLong'],
    // Telegram Bot Username ^[A-Za-z0-9_]{5,32}$ ending in bot
    ['telegram', 'botUsername', '', 'error.required'],
    ['telegram', 'botUsername', '@', 'error.required'],
    ['telegram', 'botUsername', 'https://t.me/', 'error.required'],
    ['telegram', 'botUsername', 'bot', 'error.telegramUsername'],
    ['telegram', 'botUsername', 'abot', 'error.telegramUsername'],
    ['telegram', 'botUsername', 'a'.repeat(30) + 'bot', 'error.telegramUsername'],
    ['telegram', 'botUsername', 'acme_support', 'error.telegramUsername'],
    ['telegram', 'botUsername', 'acme_bots', 'error.telegramUsername'],
    ['telegram', 'botUsername', 'acme-bot', 'error.telegramUsername'],
    ['telegram', 'botUsername', 'acme.bot', 'error.telegramUsername'],
    ['telegram', 'botUsername', 'acmé_bot', 'error.telegramUsername'],
    ['telegram', 'botUsername', 'b'.repeat(MAX_SECRET_LENGTH + 1) + 'bot', 'error.tooLong'],
    // Telegram token ^[0-9]{1,16}:[A-Za-z0-9_-]{20,}$
    ['telegram', 'token', '', 'error.required'],
    ['telegram', 'token', TG_SECRET, 'error.telegramToken'],
    ['telegram', 'token', `:${TG_SECRET}`, 'error.telegramToken'],
    ['telegram', 'token', `${'1'.repeat(17)}:${TG_SECRET}`, 'error.telegramToken'],
    ['telegram', 'token', `12a:${TG_SECRET}`, 'error.telegramToken'],
    ['telegram', 'token', `123:${'a'.repeat(19)}`, 'error.telegramToken'],
    ['telegram', 'token', `123:${TG_SECRET}:x`, 'error.telegramToken'],
    ['telegram', 'token', `123:${TG_SECRET}.`, 'error.telegramToken'],
    ['telegram', 'token', `123:${TG_SECRET}=`, 'error.telegramToken'],
    ['telegram', 'token', `bo123:${TG_SECRET}`, 'error.telegramToken'],
    ['telegram', 'token', 'https://api.telegram.org/bot/getMe', 'error.telegramToken'],
    ['telegram', 'token', `123:${'x'.repeat(MAX_SECRET_LENGTH - 3)}`, 'error.tooLong'],
    // Viber
    ['viber', 'botUsername', '', 'error.required'],
    ['viber', 'botUsername', '@@', 'error.required'],
    ['viber', 'botUsername', 'b'.repeat(101), 'error.nameTooLong'],
    ['viber', 'token', '', 'error.required'],
    ['viber', 'token', `\n${BOM} ${NBSP}${WORD_JOINER}`, 'error.required'],
    ['viber', 'token', 't'.repeat(MAX_SECRET_LENGTH + 1), 'error.tooLong'],
  ];

  it.each(invalid.map(([t, f, v, k]) => [t, f, show(v), k, v] as const))(
    '%s.%s = %s → %s',
    (type, field, _shown, key, value) => {
      expectErrors(withField(type, field, value), { [field]: key });
    },
  );
});

describe('optional fields', () => {
  // DESIGN "New optional fields": empty (after normalization) → absent from the config.
  const optional = TYPES.flatMap((type) => OPTIONAL[type].map((field) => [type, field] as const));
  const without = (type: MessengerType, field: string) => {
    const config: Record<string, unknown> = { ...VALID[type] };
    delete config[field];
    return config as unknown as MessengerConfig;
  };

  it('are Facebook Page Username and App Secret, and LINE Channel Secret', () => {
    expect(optional).toEqual([
      ['facebook', 'pageUsername'],
      ['facebook', 'appSecret'],
      ['line', 'channelSecret'],
    ]);
    for (const type of TYPES)
      expect(messengerDescriptors[type].fields.filter((f) => f.optional).map((f) => f.key)).toEqual(
        OPTIONAL[type],
      );
  });

  it.each(optional)('%s: missing %s → valid, absent from the config', (type, field) => {
    expectConfig(without(type, field), without(type, field));
  });

  it.each(optional)('%s: empty, null or whitespace-only %s → absent', (type, field) => {
    for (const value of ['', null, ' \n', `${ZWSP}${BOM} `]) {
      const result = validateMessengerConfig(withField(type, field, value));
      expect(result, show(value)).toEqual({ ok: true, config: without(type, field) });
      if (result.ok) expect(Object.keys(result.config), show(value)).not.toContain(field);
    }
  });

  it.each(optional)('%s: a given %s is kept, normalized', (type, field) => {
    const value = (VALID[type] as unknown as Record<string, string>)[field];
    expectConfig(withField(type, field, ` ${value}${ZWSP}\n`), VALID[type]);
  });

  it('a given Page Username is still validated; "@" alone is empty', () => {
    expectErrors(withField('facebook', 'pageUsername', 'abcd'), {
      pageUsername: 'error.facebookUsername',
    });
    expectConfig(withField('facebook', 'pageUsername', '@'), without('facebook', 'pageUsername'));
  });

  it.each([
    ['facebook', 'appSecret'],
    ['line', 'channelSecret'],
  ] as const)('a given %s.%s is still validated (text, at most 4096)', (type, field) => {
    expectErrors(withField(type, field, 's'.repeat(MAX_SECRET_LENGTH + 1)), {
      [field]: 'error.tooLong',
    });
    expectErrors(withField(type, field, 42n), { [field]: 'error.notText' });
  });

  it('the exported schemas accept the empty optional values too', () => {
    expect(
      messengerSchemas.facebook.isValidSync(
        { ...VALID.facebook, pageUsername: '', appSecret: '' },
        { strict: true },
      ),
    ).toBe(true);
    expect(
      messengerSchemas.line.isValidSync({ ...VALID.line, channelSecret: '' }, { strict: true }),
    ).toBe(true);
  });
});

describe('required fields', () => {
  const missing = TYPES.flatMap((type) =>
    requiredFields(type).map((field) => [type, field] as const),
  );

  it.each(missing)('%s: missing %s → error.required', (type, field) => {
    const input: Record<string, unknown> = { ...VALID[type] };
    delete input[field];
    expectErrors(input, { [field]: 'error.required' });
  });

  it.each(missing)('%s: null %s → error.required', (type, field) => {
    expectErrors(withField(type, field, null), { [field]: 'error.required' });
  });

  it.each(TYPES)('%s: only the type → every field required, in field order', (type) => {
    const result = validateMessengerConfig({ type });
    expect(result).toEqual({
      ok: false,
      errors: Object.fromEntries(requiredFields(type).map((f) => [f, en['error.required']])),
    });
    if (!result.ok) expect(Object.keys(result.errors)).toEqual(requiredFields(type));
  });

  it('reports several fields at once', () => {
    expectErrors(
      { type: 'telegram', botUsername: 'acme', token: '123' },
      { botUsername: 'error.telegramUsername', token: 'error.telegramToken' },
    );
    expectErrors(
      { type: 'facebook', pageUsername: 'ab', pageId: 'x1', token: '', webhookVerifyToken: 'ok' },
      {
        pageUsername: 'error.facebookUsername',
        pageId: 'error.facebookPageId',
        token: 'error.required',
      },
    );
  });
});

describe('field types', () => {
  it.each([
    ['number for Page ID', 'facebook', 'pageId', 104523878912345, '104523878912345'],
    ['number for Nexmo key', 'nexmo', 'key', 12345678, '12345678'],
    ['number for a name', 'line', 'name', 7, '7'],
    ['zero for Page ID', 'facebook', 'pageId', 0, '0'],
  ] as const)('%s is accepted as its decimal string', (_name, type, field, value, expected) => {
    expectConfig(withField(type, field, value), { ...VALID[type], [field]: expected } as never);
  });

  it('a negative number for Page ID is a Page ID error, not a crash', () => {
    expectErrors(withField('facebook', 'pageId', -5), { pageId: 'error.facebookPageId' });
  });

  it.each([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['true', true],
    ['false', false],
    ['an object', { value: 'abc' }],
    ['an array', ['abc']],
    ['a function', () => 'abc'],
    ['a bigint', 123n],
    ['a symbol', Symbol('abc')],
    ['a String object', new String('abc')],
    ['a Date', new Date(0)],
  ])('%s as a field value → error.notText on that field only', (_name, value) => {
    expectErrors(withField('line', 'token', value), { token: 'error.notText' });
    expectErrors(withField('telegram', 'botUsername', value), { botUsername: 'error.notText' });
  });
});

describe('unknown keys', () => {
  it.each(TYPES)('%s: unknown keys are stripped from the config', (type) => {
    const input = {
      ...VALID[type],
      id: 17,
      extra: 'x',
      password: 'hunter2',
      nested: { a: 1 },
      constructor: 'x',
    };
    const result = validateMessengerConfig(input);
    expect(result).toEqual({ ok: true, config: VALID[type] });
    if (result.ok)
      expect(Object.keys(result.config).sort()).toEqual(['type', ...FIELDS[type]].sort());
  });

  it('fields of another type are stripped', () => {
    expectConfig(
      { ...VALID.line, ...VALID.nexmo, type: 'line' },
      { ...VALID.line, name: 'Acme SMS' },
    );
  });

  it('an own __proto__ key is ignored and does not pollute', () => {
    const input = JSON.parse(
      `{"type":"viber","botUsername":"acmesupport","token":"${VALID.viber.token}","__proto__":{"polluted":"yes"}}`,
    ) as unknown;
    expectConfig(input, VALID.viber);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not mutate its input', () => {
    const input = { ...VALID.telegram, botUsername: ' @acme_support_bot\n', extra: 1 };
    const copy = { ...input };
    validateMessengerConfig(input);
    expect(input).toEqual(copy);
  });
});

describe('type', () => {
  const typeError = { type: 'error.unknownType' } as const;

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['NaN', NaN],
    ['a string', 'telegram'],
    ['an empty string', ''],
    ['a JSON string of a valid config', JSON.stringify(VALID.line)],
    ['a boolean', true],
    ['a bigint', 1n],
    ['a symbol', Symbol('telegram')],
    ['a function', () => VALID.line],
    ['an array', [VALID.line]],
    ['an array of pairs', Object.entries(VALID.line)],
  ])('%s as input → errors.type', (_name, input) => {
    expectErrors(input, typeError);
  });

  it.each([
    ['missing', {}],
    ['unknown', { type: 'whatsapp' }],
    ['upper case', { ...VALID.telegram, type: 'Telegram' }],
    ['display name', { ...VALID.facebook, type: 'Facebook Messenger' }],
    ['with spaces', { ...VALID.line, type: ' line ' }],
    ['a number', { ...VALID.line, type: 1 }],
    ['null', { ...VALID.line, type: null }],
    ['an array', { ...VALID.line, type: ['line'] }],
    ['an object', { ...VALID.line, type: { toString: () => 'line' } }],
    ['inherited Object property', { type: 'constructor' }],
    ['inherited Object property toString', { type: 'toString' }],
    ['__proto__', { type: '__proto__' }],
  ])('%s type → errors.type only', (_name, input) => {
    expectErrors(input, typeError);
  });

  it('the type message lists the types', () => {
    const result = validateMessengerConfig({ type: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) for (const type of TYPES) expect(result.errors.type).toContain(type);
  });
});

describe('hostile inputs never throw', () => {
  it('an object with a throwing getter on a field', () => {
    const input = { ...VALID.line };
    Object.defineProperty(input, 'token', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    let result: unknown;
    expect(() => (result = validateMessengerConfig(input))).not.toThrow();
    expect(result).toMatchObject({ ok: false });
  });

  it('an object with a throwing getter on type', () => {
    const input = {
      get type(): string {
        throw new TypeError('boom');
      },
    };
    expectErrors(input, { type: 'error.unknownType' });
  });

  it('a getter that throws a non-Error value', () => {
    const input = {
      type: 'viber',
      get botUsername(): string {
        throw 'a string';
      },
    };
    expect(() => validateMessengerConfig(input)).not.toThrow();
    expect(validateMessengerConfig(input).ok).toBe(false);
  });

  it('a Proxy whose every trap throws', () => {
    const boom = () => {
      throw new Error('trap');
    };
    const proxy = new Proxy(
      {},
      {
        get: boom,
        has: boom,
        ownKeys: boom,
        getOwnPropertyDescriptor: boom,
        getPrototypeOf: boom,
      },
    );
    expectErrors(proxy, { type: 'error.unknownType' });
  });

  it('a revoked Proxy', () => {
    const { proxy, revoke } = Proxy.revocable({ ...VALID.line }, {});
    revoke();
    expectErrors(proxy, { type: 'error.unknownType' });
  });

  it('a Proxy that throws only for one field', () => {
    const proxy = new Proxy(
      { ...VALID.nexmo },
      {
        get(target, prop, receiver) {
          if (prop === 'secret') throw new Error('no secret for you');
          return Reflect.get(target, prop, receiver);
        },
      },
    );
    expect(() => validateMessengerConfig(proxy)).not.toThrow();
    expect(validateMessengerConfig(proxy).ok).toBe(false);
  });

  it('a well-behaved Proxy is validated like the object', () => {
    expectConfig(new Proxy({ ...VALID.telegram }, {}), VALID.telegram);
  });

  it('a getter returning a different value each time is read once per field', () => {
    let reads = 0;
    const input = {
      type: 'line',
      name: 'Acme',
      get token() {
        reads += 1;
        return reads === 1 ? 'first' : 'later';
      },
    };
    expectConfig(input, { type: 'line', name: 'Acme', token: 'first' });
  });

  it('an object with a null prototype', () => {
    const input = Object.assign(Object.create(null) as object, VALID.viber);
    expectConfig(input, VALID.viber);
  });

  it('a class instance', () => {
    class Cfg {
      type = 'nexmo';
      name = VALID.nexmo.name;
      key = VALID.nexmo.key;
      secret = VALID.nexmo.secret;
    }
    expectConfig(new Cfg(), VALID.nexmo);
  });

  it('a frozen object', () => {
    expectConfig(Object.freeze({ ...VALID.facebook }), VALID.facebook);
  });

  it('deeply nested and cyclic values', () => {
    const cyclic: Record<string, unknown> = { type: 'line' };
    cyclic.name = cyclic;
    cyclic.token = cyclic;
    expectErrors(cyclic, { name: 'error.notText', token: 'error.notText' });
  });

  it('huge strings', () => {
    const huge = ' '.repeat(200_000) + 'x'.repeat(200_000);
    expect(() => validateMessengerConfig(withField('viber', 'token', huge))).not.toThrow();
    expectErrors(withField('viber', 'token', huge), { token: 'error.tooLong' });
  });
});

describe('messages option', () => {
  it('translates errors with the given catalogue', () => {
    const messages = Object.fromEntries(
      Object.keys(en).map((k) => [k, `xx:${k}`]),
    ) as unknown as Messages;
    expect(validateMessengerConfig({ type: 'line' }, { messages })).toEqual({
      ok: false,
      errors: { name: 'xx:error.required', token: 'xx:error.required' },
    });
    expect(validateMessengerConfig(7, { messages })).toEqual({
      ok: false,
      errors: { type: 'xx:error.unknownType' },
    });
  });

  it('falls back to English for a missing message', () => {
    const messages = {} as Messages;
    expect(validateMessengerConfig({ type: 'line', name: 'A' }, { messages })).toEqual({
      ok: false,
      errors: messagesOf({ token: 'error.required' }),
    });
  });
});

describe('validateValues / messengerSchemas (normalized values)', () => {
  it('messengerSchemas are the descriptor schemas', () => {
    for (const type of TYPES)
      expect(messengerSchemas[type]).toBe(messengerDescriptors[type].schema);
  });

  it.each([
    ['facebook', 'token'],
    ['facebook', 'webhookVerifyToken'],
    ['line', 'token'],
    ['nexmo', 'secret'],
    ['viber', 'token'],
  ] as const)('%s.%s with inner whitespace → error.whitespace', (type, field) => {
    const { type: _t, ...values } = VALID[type];
    const descriptor = descriptorOf(type);
    for (const bad of ['ab cd', 'ab\ncd', `ab${NBSP}cd`, ' abcd', 'abcd\t']) {
      expect(validateValues(descriptor, { ...values, [field]: bad })).toEqual({
        [field]: 'error.whitespace',
      });
    }
  });

  it.each(TYPES)('%s: the valid fixture has no errors', (type) => {
    const { type: _t, ...values } = VALID[type];
    expect(validateValues(descriptorOf(type), values)).toEqual({});
    expect(messengerSchemas[type].isValidSync(values, { strict: true })).toBe(true);
  });

  it('reports catalogue keys that exist in en', () => {
    const errors = validateValues(messengerDescriptors.facebook, {
      pageUsername: 'x',
      pageId: 'y',
      token: '',
      webhookVerifyToken: 'a b',
    });
    expect(errors).toEqual({
      pageUsername: 'error.facebookUsername',
      pageId: 'error.facebookPageId',
      token: 'error.required',
      webhookVerifyToken: 'error.whitespace',
    });
    for (const key of Object.values(errors))
      expect(en[key as MessageKey]).toEqual(expect.any(String));
  });
});
