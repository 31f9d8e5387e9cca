// @vitest-environment node
// DESIGN "Input rules learned from real values": bidirectional and control
// characters, NFKC for ids/keys/tokens/usernames, NFC for names.
import { describe, expect, it } from 'vitest';
import { normalizeCompact, normalizeText } from '../../src/core/normalize';
import { normalizeTelegramToken, normalizeUsername } from '../../src/messengers/normalize';
import { validateMessengerConfig } from '../../src/messengers/validation';
import {
  BIDI_CONTROLS,
  CONTROL_CHARS,
  VALID,
  expectConfig,
  expectErrors,
  withField,
} from './fixtures';

const hex = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
const TG_TOKEN = VALID.telegram.token;

const compacting = [
  ['normalizeCompact', normalizeCompact],
  ['normalizeUsername', normalizeUsername],
  ['normalizeTelegramToken', normalizeTelegramToken],
] as const;

describe('bidirectional and control characters are removed', () => {
  describe.each(compacting)('%s', (_name, normalize) => {
    it.each(BIDI_CONTROLS.map((c) => [hex(c), c]))('bidi control %s', (_hex, c) => {
      expect(normalize(`${c}abc${c}123${c}`)).toBe('abc123');
    });
    it.each(CONTROL_CHARS.map((c) => [hex(c), c]))('control character %s', (_hex, c) => {
      expect(normalize(`${c}abc${c}123${c}`)).toBe('abc123');
    });
  });

  describe('normalizeText (names)', () => {
    it.each(BIDI_CONTROLS.map((c) => [hex(c), c]))('bidi control %s', (_hex, c) => {
      expect(normalizeText(`${c}Acme ${c}Support${c}`)).toBe('Acme Support');
    });
    it.each(CONTROL_CHARS.map((c) => [hex(c), c]))('control character %s', (_hex, c) => {
      expect(normalizeText(`${c}Acme${c} Support${c}`)).toBe('Acme Support');
    });
    it('keeps Arabic and Hebrew text, without the marks around it', () => {
      expect(normalizeText('\u2067دعم أكمي\u2069 \u200Fשירות\u200F')).toBe('دعم أكمي שירות');
    });
  });
});

describe('NFKC for ids, keys, tokens and usernames; NFC for names', () => {
  it.each([
    ['full-width digits (Japanese IME)', '１０４５２３８７８９１２３４５', '104523878912345'],
    ['full-width letters', 'ａ１ｂ２ｃ３ｄ４', 'a1b2c3d4'],
    ['full-width colon in a Telegram token', TG_TOKEN.replace(':', '：'), TG_TOKEN],
    ['ideographic space inside', '1045\u30002387', '10452387'],
    ['compatibility ligature', 'ﬁx', 'fix'],
  ])('normalizeCompact: %s', (_name, input, expected) => {
    expect(normalizeCompact(input)).toBe(expected);
  });

  it('normalizeUsername: full-width username and @', () => {
    expect(normalizeUsername('＠ａｃｍｅ＿ｓｕｐｐｏｒｔ＿ｂｏｔ')).toBe('acme_support_bot');
  });

  it('normalizeTelegramToken: full-width token', () => {
    const fullWidth = [...TG_TOKEN]
      .map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
      .join('');
    expect(normalizeTelegramToken(fullWidth)).toBe(TG_TOKEN);
  });

  it('composes a letter and its combining mark split by an invisible character (idempotent)', () => {
    const once = normalizeCompact('e\u200B\u0301x');
    expect(once).toBe('\u00E9x');
    expect(normalizeCompact(once)).toBe(once);
  });

  it('normalizeText keeps full-width text of names (NFC, not NFKC)', () => {
    expect(normalizeText('ＡＣＭＥ サポート')).toBe('ＡＣＭＥ サポート');
    expect(normalizeText('Cafe\u0301')).toBe('Caf\u00E9');
  });
});

describe('validation sees the cleaned values', () => {
  it('Facebook Page ID typed with full-width digits is accepted as ASCII digits', () => {
    expectConfig(withField('facebook', 'pageId', '１０４５２３８７８９１２３４５'), {
      ...VALID.facebook,
      pageId: '104523878912345',
    });
  });

  it('Nexmo key typed full-width is accepted', () => {
    expectConfig(withField('nexmo', 'key', 'ａ１ｂ２ｃ３ｄ４'), VALID.nexmo);
  });

  it.each([
    ['telegram', 'token'],
    ['viber', 'token'],
    ['line', 'token'],
    ['facebook', 'token'],
    ['nexmo', 'secret'],
  ] as const)('a NUL or RLO in the %s %s never reaches the config', (type, field) => {
    const value = (VALID[type] as unknown as Record<string, string>)[field];
    const pasted = `\u202E${value.slice(0, 3)}\u0000${value.slice(3)}\u0000`;
    expectConfig(withField(type, field, pasted), VALID[type]);
  });

  it('a value made only of control characters is missing, not accepted', () => {
    expectErrors(withField('viber', 'token', '\u0000\u200E\u0007'), { token: 'error.required' });
  });

  it('no accepted value contains a bidi or control character', () => {
    for (const c of [...BIDI_CONTROLS, ...CONTROL_CHARS]) {
      const result = validateMessengerConfig(withField('line', 'name', `Acme${c} Support${c}`));
      expect(result).toEqual({ ok: true, config: VALID.line });
    }
  });
});
