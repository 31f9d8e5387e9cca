import { describe, expect, it } from 'vitest';
import {
  checkMessages,
  localeOf,
  resultMessages,
  testConnection,
  type CheckMessageKey,
  type ResultMessageKey,
} from '../../src/connectors';
import { setupProviderMocks } from './providerMocks';

const mocks = setupProviderMocks();
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('connector messages', () => {
  it('exist in English and Japanese with the same keys and placeholders', () => {
    const keys = Object.keys(resultMessages.en) as ResultMessageKey[];
    expect(Object.keys(resultMessages.ja).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(placeholders(resultMessages.ja[key]), key).toEqual(
        placeholders(resultMessages.en[key]),
      );
      expect(resultMessages.ja[key], key).toMatch(/[\u3040-\u30ff\u3400-\u9fff]/);
    }
  });

  it('of the checks exist in English and Japanese with the same keys and placeholders', () => {
    const keys = Object.keys(checkMessages.en) as CheckMessageKey[];
    expect(Object.keys(checkMessages.ja).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(placeholders(checkMessages.ja[key]), key).toEqual(placeholders(checkMessages.en[key]));
      expect(checkMessages.ja[key], key).toMatch(/[\u3040-\u30ff\u3400-\u9fff]/);
      expect(Object.keys(resultMessages.en), key).not.toContain(key);
    }
  });

  it('localize every check of a result with `locale: "ja"`', async () => {
    mocks.state().telegram[0].webhookUrl = '';
    const bot = mocks.state().telegram[0];
    const config = { type: 'telegram' as const, botUsername: bot.username, token: bot.token };
    const en = await testConnection(config);
    const ja = await testConnection(config, { locale: 'ja' });
    expect(ja.checks?.map((c) => [c.id, c.status, c.code])).toEqual(
      en.checks?.map((c) => [c.id, c.status, c.code]),
    );
    for (const c of ja.checks ?? [])
      expect(c.message).toBe(
        checkMessages.ja[`result.${c.code}` as CheckMessageKey].replace(
          /\{(\w+)\}/g,
          (_m, k: string) => String(c.params?.[k]),
        ),
      );
    expect(ja.message).toBe(ja.checks?.at(-1)?.message);
  });

  it('read the locale from an option or an Accept-Language value', () => {
    expect(localeOf('ja')).toBe('ja');
    expect(localeOf('ja-JP,ja;q=0.9,en;q=0.8')).toBe('ja');
    expect(localeOf('en-US')).toBe('en');
    expect(localeOf('fr')).toBe('en');
    expect(localeOf(undefined)).toBe('en');
  });

  it('answer in Japanese with `locale: "ja"`: message and warnings; codes and fields unchanged', async () => {
    const bot = mocks.state().telegram[0];
    const config = { type: 'telegram' as const, botUsername: 'acme_sales_bot', token: bot.token };
    const result = await testConnection(config, { locale: 'ja' });
    expect(result).toMatchObject({ ok: true, code: 'connected' });
    expect(result.message).toBe(`@${bot.username} に接続しました。`);
    expect(result.ok && result.warnings).toEqual([
      expect.objectContaining({
        field: 'botUsername',
        code: 'identity_mismatch_bot',
        message: `このトークンは @${bot.username} のものです。このボットのものではありません。`,
      }),
    ]);

    const failed = await testConnection(
      { ...config, token: '1:AAFAKE-unknown-token-xxxxxxxx' },
      {
        locale: 'ja',
      },
    );
    expect(failed).toMatchObject({ ok: false, code: 'invalid_token', field: 'token' });
    expect(failed.message).toBe(
      resultMessages.ja['result.invalid_token'].replace('{provider}', 'Telegram'),
    );
  });

  it('report an invalid config in Japanese too', async () => {
    const result = await testConnection(
      { type: 'telegram', botUsername: 'x', token: '' },
      { locale: 'ja' },
    );
    expect(result).toMatchObject({ ok: false, code: 'invalid_config' });
    expect(result.message).toMatch(/[\u3040-\u30ff\u3400-\u9fff]/);
  });
});
