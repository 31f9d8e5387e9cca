// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { testConnection, type ConnectorFetch } from '../../src/connectors';
import type { FacebookConfig, LineConfig, TelegramConfig } from '../../src/messengers/types';
import { expectNoSecret } from './helpers';

// The final redaction pass of src/connectors/index.ts: whatever a provider
// answers, a secret of the config never reaches the result. These providers
// echo the token back in fields the connectors show (bot name, last webhook
// error, Page name). No network: a `fetch` option answers as the provider
// would, with the echoed values.

const json = (body: unknown) =>
  Promise.resolve(
    new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    }),
  );

/** The texts of a result, to check that the echoed value did reach it, redacted. */
const texts = (result: unknown) => JSON.stringify(result);

describe('connector results never carry an echoed secret', () => {
  const telegram: TelegramConfig = {
    type: 'telegram',
    botUsername: 'acme_support_bot',
    token: '123456789:AAFAKE-echoed-token-not-real-000000',
  };
  const secretPart = telegram.token.split(':')[1] ?? '';

  /** Telegram answering getMe and getWebhookInfo with the token in its texts. */
  const echoingTelegram: ConnectorFetch = (url) => {
    const method = new URL(url).pathname.split('/').pop();
    if (method === 'getMe')
      return json({
        ok: true,
        result: {
          id: 123456789,
          is_bot: true,
          first_name: `Bot ${telegram.token}`,
          username: 'acme_support_bot',
        },
      });
    return json({
      ok: true,
      result: {
        url: 'https://cc.example/webhooks/telegram/1',
        has_custom_certificate: false,
        pending_update_count: 0,
        last_error_date: Math.floor(Date.now() / 1000) - 60,
        last_error_message: `Wrong response from the webhook: 401 token ${telegram.token}`,
      },
    });
  };

  it('redacts the Telegram token echoed in first_name and last_error_message', async () => {
    const result = await testConnection(telegram, { fetch: echoingTelegram });
    expect(result.ok).toBe(true);
    expectNoSecret(result, [telegram.token]);
    // The echoed texts did arrive (redacted), so the check above is not vacuous.
    expect(texts(result)).toContain('Bot •••');
    expect(texts(result)).toContain('401 token •••');
  });

  it('redacts the Telegram token in Japanese results too', async () => {
    const result = await testConnection(telegram, { fetch: echoingTelegram, locale: 'ja' });
    expectNoSecret(result, [telegram.token]);
    expect(texts(result)).toContain('•••');
  });

  it('redacts a Facebook Page token echoed as the Page name', async () => {
    const facebook: FacebookConfig = {
      type: 'facebook',
      pageUsername: 'acmesupport',
      pageId: '1234567890',
      token: 'EAAFAKEechoedPageTokenNotReal000000000000',
      webhookVerifyToken: 'FAKE-verify-token-not-real-000',
    };
    const echoingGraph: ConnectorFetch = () =>
      json({
        id: facebook.pageId,
        name: `ACME ${facebook.token}`,
        username: facebook.pageUsername,
        followers_count: 1,
        data: [],
      });
    const result = await testConnection(facebook, { fetch: echoingGraph });
    expectNoSecret(result, [facebook.token, facebook.webhookVerifyToken]);
    expect(texts(result)).toContain('ACME •••');
  });

  // The optional secrets are secret fields (kind "secret"): redacted like the tokens.
  it('redacts an echoed Facebook App Secret, and a Page without a username', async () => {
    const facebook: FacebookConfig = {
      type: 'facebook',
      pageId: '1234567890',
      token: 'EAAFAKEechoedPageTokenNotReal000000000000',
      webhookVerifyToken: 'FAKE-verify-token-not-real-000',
      appSecret: 'FAKE0echoed0app0secret0not0real0',
    };
    const echoingGraph: ConnectorFetch = () =>
      json({
        id: facebook.pageId,
        name: `ACME ${facebook.appSecret}`,
        followers_count: 1,
        data: [],
      });
    const result = await testConnection(facebook, { fetch: echoingGraph });
    expectNoSecret(result, [facebook.appSecret ?? '', facebook.token]);
    expect(texts(result)).toContain('ACME •••');
  });

  it('redacts an echoed LINE Channel Secret', async () => {
    const line: LineConfig = {
      type: 'line',
      name: 'ACME',
      token: 'FAKE-line-token-not-real-000000',
      channelSecret: 'FAKE0echoed0channel0secret00000',
    };
    const echoingLine: ConnectorFetch = () =>
      json({
        userId: 'U0000000000000000000000000000000',
        basicId: '@acme',
        displayName: `ACME ${line.channelSecret}`,
        chatMode: 'bot',
        markAsReadMode: 'auto',
        endpoint: 'https://cc.example/webhooks/line/1',
        active: true,
      });
    const result = await testConnection(line, { fetch: echoingLine });
    expectNoSecret(result, [line.channelSecret ?? '', line.token]);
    expect(texts(result)).toContain('ACME •••');
  });

  it('does not leave the secret part of a Telegram token when only it is echoed', async () => {
    const partial: ConnectorFetch = (url) =>
      new URL(url).pathname.endsWith('/getMe')
        ? json({
            ok: true,
            result: {
              id: 123456789,
              is_bot: true,
              first_name: secretPart,
              // Another bot's username, named in the identity check's message.
              username: `${secretPart}_bot`,
            },
          })
        : json({ ok: true, result: { url: '', pending_update_count: 0 } });
    const result = await testConnection(telegram, { fetch: partial });
    // The secret part alone is as good as the token to an attacker who knows the bot id.
    expect(texts(result)).not.toContain(secretPart);
  });
});
