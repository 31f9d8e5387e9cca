import { describe, expect, it } from 'vitest';
import { MESSENGER_TYPES, en as enFromIndex, ja as jaFromIndex } from '../../src';
import { en } from '../../src/messengers/catalogues';
import { ja } from '../../src/messengers/catalogues';
import { KEYS, SAME_AS_ENGLISH, englishFragments, placeholders } from './catalogues';

// Latin-script terms that stay as they are in Japanese: product names, codes, examples.
const KEPT_TERMS = [
  'Facebook',
  'LINE@',
  'Nexmo',
  'Telegram',
  'Viber',
  'Webhook',
  '@BotFather',
  'EAA',
  'https://',
  'HTTPS',
  'API',
  'acme.support',
  'acme_support_bot',
  'office.yourcompany.com',
  '123456789:AAH',
];

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

describe('Japanese catalogue', () => {
  it('has exactly the keys of the English one', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  it('uses the same placeholders as English, key by key', () => {
    const mismatches = KEYS.filter(
      (key) => placeholders(ja[key]).join() !== placeholders(en[key]).join(),
    ).map((key) => ({ key, en: placeholders(en[key]), ja: placeholders(ja[key]) }));
    expect(mismatches).toEqual([]);
  });

  it('has no empty message', () => {
    expect(KEYS.filter((key) => typeof ja[key] !== 'string' || !ja[key].trim())).toEqual([]);
  });

  it('translates every message not on the allowlist', () => {
    const untranslated = KEYS.filter((key) => !SAME_AS_ENGLISH.includes(key)).filter(
      (key) => ja[key] === en[key] || !JAPANESE.test(ja[key]),
    );
    expect(untranslated).toEqual([]);
  });

  it('keeps product names, codes and examples in Latin script', () => {
    const missing: string[] = [];
    for (const key of KEYS)
      for (const term of KEPT_TERMS)
        if (en[key].includes(term) && !ja[key].includes(term)) missing.push(`${key}: ${term}`);
    expect(missing).toEqual([]);
  });

  it('lists the type ids, in order, in error.unknownType as English does', () => {
    for (const catalogue of [en, ja]) {
      const positions = MESSENGER_TYPES.map((type) => catalogue['error.unknownType'].indexOf(type));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });

  it('uses the agreed product terms', () => {
    expect(ja).toMatchObject({
      'field.type.label': '種類',
      'form.save': '保存',
      'form.cancel': 'キャンセル',
      'form.back': '戻る',
      'generate.button': 'ランダムなトークンを生成',
      'action.testConnection': '接続テスト',
      'action.setWebhook': 'Webhookを設定',
      'webhookDialog.url.label': 'Webhook URL（ホストとポート）',
      'facebook.pageUsername.label': 'ページのユーザー名',
      'facebook.pageId.label': 'ページID',
      'facebook.token.label': 'トークン',
      'facebook.webhookVerifyToken.label': 'Webhook検証トークン',
      'line.name.label': '名前',
      'nexmo.key.label': 'キー',
      'nexmo.secret.label': 'シークレット',
      'telegram.botUsername.label': 'ボットのユーザー名',
      'viber.botUsername.label': 'ボットのユーザー名',
    });
  });

  it('is exported from the package entry next to en', () => {
    expect(jaFromIndex).toBe(ja);
    expect(enFromIndex).toBe(en);
  });

  it('gives the DOM sweep something to look for', () => {
    // Guards the sweep in noEnglish.test.tsx against silently checking nothing.
    expect(englishFragments().length).toBeGreaterThan(KEYS.length / 2);
    expect(englishFragments().map((f) => f.text)).toContain('Bot Username');
  });
});
