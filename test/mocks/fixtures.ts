import { expect } from 'vitest';
import { messengerDescriptors } from '../../src/messengers/registry';
import type {
  FacebookConfig,
  LineConfig,
  MessengerConfig,
  NexmoConfig,
  TelegramConfig,
  ViberConfig,
} from '../../src';

export const telegram: TelegramConfig = {
  type: 'telegram',
  botUsername: 'acme_support_bot',
  token: '123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0',
};

export const facebook: FacebookConfig = {
  type: 'facebook',
  pageUsername: 'acme.shop',
  pageId: '104857600123456',
  token: 'EAAGm0PX4ZCpsBAKZCZCxyz0123456789',
  webhookVerifyToken: 'verify_4f9c2b7e1a8d6c3f0e5b9a7d2c4e6f8a',
};

export const line: LineConfig = {
  type: 'line',
  name: 'Acme Support',
  token: 'LineChannelAccessToken0123456789abcdef',
};

export const nexmo: NexmoConfig = {
  type: 'nexmo',
  name: 'Acme SMS',
  key: 'a1b2c3d4',
  secret: 'NexmoSecret0123456',
};

export const viber: ViberConfig = {
  type: 'viber',
  botUsername: 'acmeviber',
  token: '4453b6ac12345678-e02c5f1234567890-1234567890abcdef',
};

export const allConfigs: MessengerConfig[] = [facebook, line, nexmo, telegram, viber];

/** The config with its credential (token, or secret for Nexmo) replaced. */
export function withCredential<C extends MessengerConfig>(config: C, credential: string): C {
  return config.type === 'nexmo'
    ? { ...config, secret: credential }
    : ({ ...config, token: credential } as C);
}

/** A credential that passes validation for the type and contains `word`. */
export function credentialWith(config: MessengerConfig, word: string): string {
  return config.type === 'telegram'
    ? `123456789:${word}_AAHdqTcvCH1vGWJxfSeofSAs0K`
    : `${word}_Tok3n0123456789`;
}

/** Asserts that no secret value of `config` appears in the texts of `result` (webhookUrl aside). */
export function expectNoSecrets(result: unknown, config: MessengerConfig): void {
  const { webhookUrl: _ignored, ...texts } = result as Record<string, unknown>;
  const serialized = JSON.stringify(texts);
  const record = config as unknown as Record<string, string>;
  // Which keys are secret: the descriptor's field kinds, as in the library.
  for (const key of messengerDescriptors[config.type].secretKeys) {
    const value = record[key];
    if (value) expect(serialized).not.toContain(value);
  }
}
