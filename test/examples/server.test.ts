import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TelegramConfig, ViberConfig } from '../../src';
import {
  createHttpCallbacks,
  createProviderHandlers,
  createProviderState,
  type ProviderMockState,
} from '../../src/mocks';
import { createContactCenterServer } from '../../examples/server/contactCenterServer';

// The whole chain in Node: HTTP adapter → reference server (real HTTP on
// loopback) → connectors → provider mocks. Only loopback is contacted.
let state: ProviderMockState = createProviderState();
const providers = setupServer();
const server = createContactCenterServer({
  webhookUrlFor: (config) => `https://cc.example/webhooks/${config.type}`,
  storedSecretsFor: (body) =>
    body.type === 'telegram' && body.botUsername === 'acme_support_bot'
      ? { token: state.telegram[0].token }
      : undefined,
});
let callbacks: ReturnType<typeof createHttpCallbacks>;

beforeAll(async () => {
  providers.listen({
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).hostname !== '127.0.0.1') print.error();
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  callbacks = createHttpCallbacks({ baseUrl: `http://127.0.0.1:${port}/api` });
});
beforeEach(() => {
  state = createProviderState();
  providers.resetHandlers(...createProviderHandlers({ state }));
});
afterAll(async () => {
  providers.close();
  await new Promise((resolve) => server.close(resolve));
});

const telegram = (): TelegramConfig => ({
  type: 'telegram',
  botUsername: state.telegram[0].username,
  token: state.telegram[0].token,
});
const signal = () => new AbortController().signal;

describe('reference server (examples/server)', () => {
  it('tests a Telegram bot against the provider and names it', async () => {
    const result = await callbacks.onTestConnection(telegram(), { signal: signal() });
    expect(result).toMatchObject({ ok: true, code: 'connected' });
    expect(result.ok && result.details?.username).toBe('@acme_support_bot');
  });

  it('maps a revoked token to the token field without echoing it', async () => {
    const config = { ...telegram(), token: '123456789:AAFAKE-revoked-token-not-real-0000' };
    const result = await callbacks.onTestConnection(config, { signal: signal() });
    expect(result).toMatchObject({ ok: false, code: 'invalid_token', field: 'token' });
    expect(JSON.stringify(result)).not.toContain(config.token);
  });

  it('warns when the token belongs to another bot', async () => {
    const result = await callbacks.onTestConnection(
      { ...telegram(), botUsername: 'other_support_bot' },
      { signal: signal() },
    );
    expect(result).toMatchObject({
      ok: true,
      warnings: [{ field: 'botUsername', code: 'identity_mismatch_bot' }],
    });
  });

  it('sets the Telegram webhook to the server-chosen URL and the provider keeps it', async () => {
    const result = await callbacks.onSetWebhook(telegram(), { signal: signal() });
    expect(result).toMatchObject({ ok: true, webhookUrl: 'https://cc.example/webhooks/telegram' });
    expect(state.telegram[0].webhookUrl).toBe('https://cc.example/webhooks/telegram');
  });

  it('sets a Viber webhook from the URL the administrator typed', async () => {
    const viber: ViberConfig = {
      type: 'viber',
      botUsername: state.viber[0].uri,
      token: state.viber[0].token,
    };
    const url = 'https://office.example.com:8443/viber';
    const ok = await callbacks.onSetWebhook(viber, { signal: signal(), webhookUrl: url });
    expect(ok).toMatchObject({ ok: true, code: 'webhook_set' });
    expect(state.viber[0].webhookUrl).toBe(url);
    const bad = await callbacks.onSetWebhook(viber, {
      signal: signal(),
      webhookUrl: 'http://office.example.com:8080',
    });
    expect(bad).toMatchObject({ ok: false, field: 'webhookUrl' });
  });

  it("answers in the form's language (Accept-Language from the adapter)", async () => {
    const result = await callbacks.onTestConnection(telegram(), { signal: signal(), locale: 'ja' });
    expect(result).toMatchObject({ ok: true, code: 'connected' });
    expect(result.message).toBe('@acme_support_bot に接続しました。');
  });

  it('merges a kept stored secret (edit form) before calling the provider', async () => {
    const { token: _kept, ...withoutToken } = telegram();
    const result = await callbacks.onTestConnection(withoutToken, { signal: signal() });
    expect(result).toMatchObject({ ok: true, code: 'connected' });
  });

  it('answers 400 to a body that is not a config, and never crashes on one', async () => {
    const result = await callbacks.onTestConnection(
      { type: 'telegram' } as unknown as TelegramConfig,
      { signal: signal() },
    );
    expect(result).toMatchObject({ ok: false, code: 'invalid_config' });
  });
});
