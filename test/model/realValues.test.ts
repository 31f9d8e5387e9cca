// @vitest-environment node
// DESIGN "Input rules learned from real values": what the providers' docs and
// common pastes look like.
import { describe, expect, it } from 'vitest';
import {
  normalizeFacebookPageId,
  normalizeTelegramToken,
  normalizeUsername,
} from '../../src/messengers/normalize';
import { getMessengerWarnings, validateMessengerConfig } from '../../src/messengers/validation';
import type { MessengerConfig } from '../../src/messengers/types';
import type { MessageKey } from '../../src/messengers/catalogues';
import { VALID, expectConfig, expectErrors, messagesOf, withField } from './fixtures';

const TG_TOKEN = VALID.telegram.token;

describe('Telegram token pasted with the "bot" prefix of Bot API URLs', () => {
  it.each([
    ['bot<token>', `bot${TG_TOKEN}`],
    ['Bot<token>', `Bot${TG_TOKEN}`],
    ['bot<token> with a trailing newline', `bot${TG_TOKEN}\n`],
    ['/bot<token>', `/bot${TG_TOKEN}`],
    ['bot<token>/getMe', `bot${TG_TOKEN}/getMe`],
    ['Bot API URL (kept working)', `https://api.telegram.org/bot${TG_TOKEN}/getMe`],
  ])('%s → the bare token', (_name, pasted) => {
    expect(normalizeTelegramToken(pasted)).toBe(TG_TOKEN);
    expectConfig(withField('telegram', 'token', pasted), VALID.telegram);
  });

  it('a token whose secret part starts with "bot" keeps it', () => {
    const token = '123456789:botHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1';
    expect(normalizeTelegramToken(token)).toBe(token);
  });
});

describe('Telegram Bot Username starts with a letter', () => {
  it.each(['1acme_bot', '9_support_bot', '_acme_bot'])('%j is refused', (username) => {
    expectErrors(withField('telegram', 'botUsername', username), {
      botUsername: 'error.telegramUsername',
    });
  });

  it.each(['a1_2bot', 'Acme_support_bot', 'x2345678901234567890123456789bot'])(
    '%j is accepted',
    (username) => {
      expectConfig(withField('telegram', 'botUsername', username), {
        ...VALID.telegram,
        botUsername: username,
      });
    },
  );
});

describe('normalizeUsername: profile links', () => {
  it.each([
    ['m.me/<name>', 'm.me/acme.support', 'acme.support'],
    ['https://m.me/<name>?ref=x', 'https://m.me/acme.support?ref=site', 'acme.support'],
    ['https://www.m.me/<name>', 'https://www.m.me/acme.support/', 'acme.support'],
    ['viber://pa?chatURI=<name>', 'viber://pa?chatURI=acmesupport', 'acmesupport'],
    [
      'viber://pa?chatURI=<name>&context=…',
      'viber://pa?chatURI=acmesupport&context=web&text=hi',
      'acmesupport',
    ],
    ['viber://pa?…&chatURI=<name>', 'viber://pa?context=web&chatURI=acmesupport', 'acmesupport'],
    ['VIBER://PA?CHATURI=<name>', 'VIBER://PA?CHATURI=AcmeSupport', 'AcmeSupport'],
    ['chats.viber.com/<name>', 'chats.viber.com/acmesupport', 'acmesupport'],
    [
      'https://chats.viber.com/<name>/…',
      'https://chats.viber.com/acmesupport/en?lang=en',
      'acmesupport',
    ],
    ['tg://resolve?domain=<name>', 'tg://resolve?domain=acme_support_bot', 'acme_support_bot'],
  ])('%s yields the name', (_name, pasted, expected) => {
    expect(normalizeUsername(pasted)).toBe(expected);
    expect(normalizeUsername(expected)).toBe(expected);
  });

  it.each([
    'https://www.facebook.com/profile.php?id=100064123456789',
    'facebook.com/profile.php?id=100064123456789',
    'https://www.facebook.com/people/Acme-Support/100064123456789/',
    'https://facebook.com/groups/acmesupportgroup',
    'https://m.facebook.com/groups/123456789012345/',
    'https://www.facebook.com/pages/Acme-Support/104523878912345',
  ])('%s is not a username: kept whole, so validation refuses it', (pasted) => {
    const normalized = normalizeUsername(pasted);
    expect(normalized).toBe(pasted);
    expect(normalizeUsername(normalized)).toBe(normalized);
    expectErrors(withField('facebook', 'pageUsername', pasted), {
      pageUsername: 'error.facebookUsername',
    });
  });
});

describe('a Facebook Page ID pasted as the Page link', () => {
  it.each([
    'https://www.facebook.com/profile.php?id=100064123456789',
    'facebook.com/profile.php?id=100064123456789',
    'https://m.facebook.com/profile.php?id=100064123456789&sk=about',
    'https://www.facebook.com/profile.php?ref=bookmarks&id=100064123456789#top',
  ])('%s yields the id', (pasted) => {
    expect(normalizeFacebookPageId(pasted)).toBe('100064123456789');
    expectConfig(withField('facebook', 'pageId', pasted), {
      ...VALID.facebook,
      pageId: '100064123456789',
    });
  });

  it.each([
    'https://www.facebook.com/people/Acme-Support/100064123456789/',
    'https://www.facebook.com/profile.php?id=abc',
    'https://example.com/profile.php?id=100064123456789',
  ])('%s stays whole, so validation refuses it', (pasted) => {
    expect(normalizeFacebookPageId(pasted)).toBe(pasted);
    expectErrors(withField('facebook', 'pageId', pasted), { pageId: 'error.facebookPageId' });
  });
});

describe('the documented sample values', () => {
  // [type, field, value, warnings the documented soft rules give]
  const samples: Array<
    [string, keyof MessengerConfig | string, string, Record<string, MessageKey>]
  > = [
    // https://core.telegram.org/bots/api#authorizing-your-bot — 34 characters after the colon,
    // one less than real tokens: the documented soft rule (35) warns, nothing else.
    [
      'telegram',
      'token',
      '110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw',
      { token: 'warning.telegramToken' },
    ],
    // https://developers.viber.com/docs/api/rest-bot-api/#authentication-token
    ['viber', 'token', '445da6az1s345z78-dazcczb2542zv51a-e0vc5fva17480im9', {}],
    // LINE channel access tokens are base64: `+`, `/` and `=` (obviously fake value).
    ['line', 'token', 'fAkE+Ln9Tok3n/Abc+Def/GhiJkl0123456789+/xYz=', {}],
    ['line', 'token', 'FAKE/line+token/with/slashes+and+padding==', {}],
  ];

  it.each(samples)('%s.%s = %j is valid', (type, field, value, warnings) => {
    const input = withField(type as never, field, value);
    const result = validateMessengerConfig(input);
    expect(result).toEqual({ ok: true, config: input });
    expect(getMessengerWarnings(input as unknown as MessengerConfig)).toEqual(messagesOf(warnings));
  });

  it('the Telegram sample is recovered from a Bot API URL and a bot prefix alike', () => {
    const sample = '110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';
    expect(normalizeTelegramToken(`https://api.telegram.org/bot${sample}/getMe`)).toBe(sample);
    expect(normalizeTelegramToken(`bot${sample}`)).toBe(sample);
  });
});
