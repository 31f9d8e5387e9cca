// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normalizeCompact, normalizeText } from '../../src/core/normalize';
import { normalizeTelegramToken, normalizeUsername } from '../../src/messengers/normalize';
import { messengerDescriptors } from '../../src/messengers/registry';
import type { MessengerType } from '../../src/messengers/builtIns';
import { normalizeValues } from '../../src/core/validation';
import {
  BOM,
  NBSP,
  VALID,
  WORD_JOINER,
  ZWJ,
  ZWNJ,
  ZWSP,
  expectConfig,
  withField,
} from './fixtures';

const TG_TOKEN = VALID.telegram.token;

describe('normalizeText (names)', () => {
  it.each([
    ['plain', 'Acme Support', 'Acme Support'],
    ['trailing newline', 'Acme Support\n', 'Acme Support'],
    ['CRLF', 'Acme Support\r\n', 'Acme Support'],
    ['leading and trailing spaces', '   Acme Support  ', 'Acme Support'],
    ['tabs', '\tAcme\tSupport\t', 'Acme Support'],
    ['non-breaking spaces', `${NBSP}Acme${NBSP}Support${NBSP}`, 'Acme Support'],
    ['inner runs of whitespace', 'Acme  \n \t Support', 'Acme Support'],
    ['zero-width space', `Acme${ZWSP} Support${ZWSP}`, 'Acme Support'],
    ['zero-width (non-)joiners', `Ac${ZWNJ}me Sup${ZWJ}port`, 'Acme Support'],
    ['word joiner', `Acme${WORD_JOINER} Support`, 'Acme Support'],
    ['BOM', `${BOM}Acme Support`, 'Acme Support'],
    ['soft hyphen', 'Ac\u00ADme Support', 'Acme Support'],
    ['only whitespace and invisibles', ` ${NBSP}${ZWSP}\n${BOM}\t`, ''],
    ['empty', '', ''],
    ['unicode letters kept', ' Ünïcødé 支持 😀 ', 'Ünïcødé 支持 😀'],
    ['invisible between spaces collapses', `a ${ZWSP} b`, 'a b'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('normalizeCompact (tokens, keys, secrets, ids)', () => {
  it.each([
    ['plain', 'abc123', 'abc123'],
    ['trailing newline', 'abc123\n', 'abc123'],
    ['surrounding spaces', '  abc123  ', 'abc123'],
    ['inner space (wrapped paste)', 'abc 123', 'abc123'],
    ['inner newline (wrapped paste)', 'abc\n123', 'abc123'],
    ['non-breaking space', `abc${NBSP}123${NBSP}`, 'abc123'],
    ['zero-width space', `${ZWSP}abc${ZWSP}123${ZWSP}`, 'abc123'],
    ['ZWNJ / ZWJ / word joiner', `a${ZWNJ}b${ZWJ}c${WORD_JOINER}1`, 'abc1'],
    ['BOM', `${BOM}abc123`, 'abc123'],
    ['soft hyphen', 'abc\u00AD123', 'abc123'],
    ['line separator', 'abc\u2028123', 'abc123'],
    ['ideographic space', 'abc\u3000123', 'abc123'],
    ['only invisibles', `${ZWSP}${BOM} ${NBSP}\n`, ''],
    ['punctuation kept', 'a-b_c.d:e/f+g=', 'a-b_c.d:e/f+g='],
  ])('%s', (_name, input, expected) => {
    expect(normalizeCompact(input)).toBe(expected);
  });
});

describe('normalizeUsername', () => {
  it.each([
    ['plain', 'acme_bot', 'acme_bot'],
    ['@name', '@acme_bot', 'acme_bot'],
    ['@@name', '@@acme_bot', 'acme_bot'],
    ['@name with trailing newline', '@acme_bot\n', 'acme_bot'],
    ['spaces and NBSP', ` ${NBSP}@acme_bot${NBSP} `, 'acme_bot'],
    ['zero-width space and BOM', `${BOM}@acme${ZWSP}_bot`, 'acme_bot'],
    ['https://t.me/name', 'https://t.me/acme_bot', 'acme_bot'],
    ['http://t.me/name', 'http://t.me/acme_bot', 'acme_bot'],
    ['t.me/name', 't.me/acme_bot', 'acme_bot'],
    ['t.me/@name', 't.me/@acme_bot', 'acme_bot'],
    ['HTTPS://T.ME/name (case-insensitive prefix)', 'HTTPS://T.ME/Acme_Bot', 'Acme_Bot'],
    ['https://telegram.me/name', 'https://telegram.me/acme_bot', 'acme_bot'],
    ['https://t.me/name?start=1', 'https://t.me/acme_bot?start=1', 'acme_bot'],
    ['https://t.me/name/ with trailing newline', 'https://t.me/acme_bot/\n', 'acme_bot'],
    ['https://t.me//name (double slash)', 'https://t.me//acme_bot', 'acme_bot'],
    ['https://www.facebook.com/name/', 'https://www.facebook.com/acme.support/', 'acme.support'],
    ['https://facebook.com/name', 'https://facebook.com/acme.support', 'acme.support'],
    ['https://m.facebook.com/name', 'https://m.facebook.com/acme.support', 'acme.support'],
    ['facebook.com/name#about', 'facebook.com/acme.support#about', 'acme.support'],
    ['fb.me/x', 'fb.me/x', 'x'],
    ['https://fb.com/name', 'https://fb.com/acme.support', 'acme.support'],
    ['m.me/name', 'm.me/acme.support', 'acme.support'],
    ['https://viber.com/name', 'https://viber.com/acmesupport', 'acmesupport'],
    ['@ before URL', '@https://t.me/acme_bot', 'acme_bot'],
    ['@ before bare t.me', '@t.me/acme_bot', 'acme_bot'],
    ['unrelated URL kept', 'https://example.com/acme', 'https://example.com/acme'],
    ['slash without URL prefix kept', 'acme/bot', 'acme/bot'],
    ['only @', '@', ''],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeUsername(input)).toBe(expected);
  });
});

describe('normalizeTelegramToken', () => {
  it.each([
    ['bare token', TG_TOKEN, TG_TOKEN],
    ['trailing newline', `${TG_TOKEN}\n`, TG_TOKEN],
    [
      'NBSP / ZWSP / BOM',
      `${BOM}${NBSP}${TG_TOKEN.slice(0, 12)}${ZWSP}${TG_TOKEN.slice(12)}`,
      TG_TOKEN,
    ],
    ['inner space', TG_TOKEN.replace(':', ': '), TG_TOKEN],
    ['Bot API URL /getMe', `https://api.telegram.org/bot${TG_TOKEN}/getMe`, TG_TOKEN],
    ['Bot API URL without method', `https://api.telegram.org/bot${TG_TOKEN}`, TG_TOKEN],
    ['Bot API URL with query', `https://api.telegram.org/bot${TG_TOKEN}?offset=1`, TG_TOKEN],
    ['Bot API URL without scheme', `api.telegram.org/bot${TG_TOKEN}/getUpdates`, TG_TOKEN],
    ['Bot API URL uppercase host', `HTTPS://API.TELEGRAM.ORG/bot${TG_TOKEN}/getMe`, TG_TOKEN],
    [
      'Bot API URL with surrounding whitespace',
      `  https://api.telegram.org/bot${TG_TOKEN}/getMe \n`,
      TG_TOKEN,
    ],
    ['other URL kept', `https://example.org/bot${TG_TOKEN}`, `https://example.org/bot${TG_TOKEN}`],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeTelegramToken(input)).toBe(expected);
  });
});

describe('every field of every type is normalized by validateMessengerConfig', () => {
  // [type, field, pasted value, normalized value]
  const cases: Array<[MessengerType, string, string, string]> = [
    ['facebook', 'pageUsername', 'https://www.facebook.com/acme.support/', 'acme.support'],
    ['facebook', 'pageUsername', '@acme.support\n', 'acme.support'],
    ['facebook', 'pageUsername', `acme${ZWSP}.support${NBSP}`, 'acme.support'],
    ['facebook', 'pageUsername', 'fb.me/acme.support', 'acme.support'],
    ['facebook', 'pageId', ' 104523878912345\n', '104523878912345'],
    ['facebook', 'pageId', `${BOM}1045 2387 8912 345`, '104523878912345'],
    ['facebook', 'token', `${VALID.facebook.token}\n`, VALID.facebook.token],
    ['facebook', 'token', `${NBSP}${VALID.facebook.token}${ZWSP}`, VALID.facebook.token],
    ['facebook', 'webhookVerifyToken', ` abc${ZWSP}def\n`, 'abcdef'],
    ['line', 'name', `  Acme${NBSP}Support\n`, 'Acme Support'],
    ['line', 'name', `${BOM}Acme${ZWSP} Support`, 'Acme Support'],
    ['line', 'token', `${VALID.line.token}\r\n`, VALID.line.token],
    [
      'line',
      'token',
      `${ZWSP}${VALID.line.token.slice(0, 5)} ${VALID.line.token.slice(5)}`,
      VALID.line.token,
    ],
    ['nexmo', 'name', '\tAcme   SMS \n', 'Acme SMS'],
    ['nexmo', 'key', ` a1b2c3d4${NBSP}\n`, 'a1b2c3d4'],
    ['nexmo', 'key', `${BOM}a1b2${ZWSP}c3d4`, 'a1b2c3d4'],
    ['nexmo', 'secret', ' S3cr3tValue42\n', 'S3cr3tValue42'],
    ['telegram', 'botUsername', '@acme_support_bot', 'acme_support_bot'],
    ['telegram', 'botUsername', 'https://t.me/acme_support_bot', 'acme_support_bot'],
    ['telegram', 'botUsername', `${ZWSP}@acme_support_bot\n`, 'acme_support_bot'],
    ['telegram', 'token', `https://api.telegram.org/bot${TG_TOKEN}/getMe`, TG_TOKEN],
    ['telegram', 'token', `${TG_TOKEN}\n`, TG_TOKEN],
    ['telegram', 'token', `${BOM}${TG_TOKEN}${NBSP}`, TG_TOKEN],
    ['viber', 'botUsername', '@acmesupport\n', 'acmesupport'],
    ['viber', 'botUsername', 'https://viber.com/acmesupport', 'acmesupport'],
    ['viber', 'token', `${VALID.viber.token}\n`, VALID.viber.token],
    ['viber', 'token', `${ZWSP}${VALID.viber.token}${BOM}`, VALID.viber.token],
  ];

  it.each(cases)('%s.%s: %j → %j', (type, field, pasted, normalized) => {
    expectConfig(withField(type, field, pasted), { ...VALID[type], [field]: normalized } as never);
  });

  it.each(cases)(
    '%s.%s uses the normalizer of its descriptor: %j',
    (type, field, pasted, normalized) => {
      const descriptor = messengerDescriptors[type];
      const fieldDescriptor = descriptor.fields.find((f) => f.key === field);
      expect(fieldDescriptor?.normalize(pasted)).toBe(normalized);
    },
  );
});

describe('normalizeValues', () => {
  it('normalizes known fields, drops unknown keys and fills missing ones with ""', () => {
    const { values, invalid } = normalizeValues(messengerDescriptors.line, {
      name: ' Acme ',
      extra: 'x',
      type: 'line',
    });
    expect(values).toEqual({ name: 'Acme', token: '', channelSecret: '' });
    expect(invalid).toEqual({});
  });

  it('stringifies finite numbers and reports other non-strings as error.notText', () => {
    const { values, invalid } = normalizeValues(messengerDescriptors.nexmo, {
      name: 42,
      key: true,
      secret: { toString: () => 'secret' },
    });
    expect(values).toEqual({ name: '42', key: '', secret: '' });
    expect(invalid).toEqual({ key: 'error.notText', secret: 'error.notText' });
  });

  it.each([NaN, Infinity, -Infinity])('reports the number %s as error.notText', (n) => {
    const { values, invalid } = normalizeValues(messengerDescriptors.facebook, { pageId: n });
    expect(values.pageId).toBe('');
    expect(invalid).toEqual({ pageId: 'error.notText' });
  });

  it('treats null and undefined as missing, not as wrong type', () => {
    const { values, invalid } = normalizeValues(messengerDescriptors.viber, {
      botUsername: null,
      token: undefined,
    });
    expect(values).toEqual({ botUsername: '', token: '' });
    expect(invalid).toEqual({});
  });
});
