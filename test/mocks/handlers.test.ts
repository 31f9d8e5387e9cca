// @vitest-environment node
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ActionCheck, ActionResult, MessengerConfig } from '../../src';
import { checkMessages, type CheckMessageKey } from '../../src/connectors';
import {
  createHttpCallbacks,
  createMockHandlers,
  createScenarios,
  MOCK_WEBHOOK_ORIGIN,
  scenarios,
  SET_WEBHOOK_PATH,
  SLOW_DELAY_MS,
  TEST_CONNECTION_PATH,
} from '../../src/mocks';
import {
  allConfigs,
  credentialWith,
  expectNoSecrets,
  facebook,
  line,
  nexmo,
  telegram,
  viber,
  withCredential,
} from './fixtures';

// Handlers created with the default relative base URL '/api' (any origin).
const baseline = createMockHandlers();
const server = setupServer(...baseline);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  // Some tests replace the initial handlers; restore them.
  server.resetHandlers(...baseline);
  vi.useRealTimers();
  vi.restoreAllMocks();
});
afterAll(() => server.close());

const signal = () => new AbortController().signal;
const api = createHttpCallbacks({ baseUrl: 'http://localhost/api' });

async function post(path: string, body: unknown, base = 'http://localhost/api') {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('createMockHandlers: Test Connection', () => {
  const expected: Record<MessengerConfig['type'], string> = {
    telegram: 'Connected to @acme_support_bot (Telegram bot)',
    facebook: 'Connected to the Facebook Page @acme.shop (Page ID 104857600123456)',
    line: 'Connected to the LINE account "Acme Support"',
    nexmo: 'Connected to the Nexmo account "Acme SMS"',
    viber: 'Connected to @acmeviber (Viber bot)',
  };

  it.each(allConfigs.map((config) => [config.type, config] as const))(
    'names the %s account',
    async (_type, config) => {
      const result = await api.onTestConnection(config, { signal: signal() });
      expect(result).toMatchObject({ ok: true, message: expected[config.type] });
      expectNoSecrets(result, config);
    },
  );

  it('answers on any origin when the base URL is relative', async () => {
    for (const baseUrl of ['http://127.0.0.1:3000/api/', 'https://cc.example/api']) {
      const result = await createHttpCallbacks({ baseUrl }).onTestConnection(telegram, {
        signal: signal(),
      });
      expect(result).toMatchObject({ ok: true });
    }
  });

  it('answers only its own origin when the base URL is absolute', async () => {
    server.resetHandlers(...createMockHandlers({ baseUrl: 'http://127.0.0.1/api/' }));
    const own = createHttpCallbacks({ baseUrl: 'http://127.0.0.1/api' });
    expect(await own.onTestConnection(line, { signal: signal() })).toMatchObject({ ok: true });

    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const other = createHttpCallbacks({ baseUrl: 'http://localhost/api' });
    const result = await other.onTestConnection(line, { signal: signal() });
    expect(result).toMatchObject({ ok: false, code: 'network_error' });
    expect(errors.mock.calls.join('\n')).toContain('http://localhost/api' + TEST_CONNECTION_PATH);
  });

  it('validates the body: HTTP 400 with the field of the first error', async () => {
    const { status, body } = await post(TEST_CONNECTION_PATH, { ...telegram, botUsername: 'x' });
    expect(status).toBe(400);
    expect(body).toMatchObject({ ok: false, code: 'invalid_config', field: 'botUsername' });
    expect(body.message).toMatch(/ending in "bot"/);

    const result = await api.onTestConnection({ ...facebook, pageId: 'abc' }, { signal: signal() });
    expect(result).toMatchObject({
      ok: false,
      field: 'pageId',
      message: 'The Page ID contains digits only.',
    });
  });

  it('answers 400 to a body that is not JSON or of an unknown type', async () => {
    expect(await post(TEST_CONNECTION_PATH, 'not json')).toMatchObject({
      status: 400,
      body: { ok: false, code: 'bad_request' },
    });
    expect(await post(TEST_CONNECTION_PATH, { type: 'whatsapp' })).toMatchObject({
      status: 400,
      body: { ok: false, field: 'type' },
    });
  });

  it.each(allConfigs.map((config) => [config.type, config] as const))(
    'rejects a %s credential containing "invalid" on its field, with HTTP 200',
    async (_type, config) => {
      const bad = withCredential(config, credentialWith(config, 'Invalid'));
      const { status, body } = await post(TEST_CONNECTION_PATH, bad);
      expect(status).toBe(200);
      const field = config.type === 'nexmo' ? 'secret' : 'token';
      expect(body).toMatchObject({ ok: false, field, code: 'invalid_token' });
      expect(body.message).toMatch(/rejected the token/);
      expect(body.checks).toEqual([
        expect.objectContaining({ id: 'token', status: 'fail', code: 'invalid_token', field }),
      ]);
      const result = await api.onTestConnection(bad, { signal: signal() });
      // The adapter may or may not keep `checks`; everything else is the body.
      const { checks: _checks, ...rest } = body;
      expect(result).toMatchObject(rest);
      expectNoSecrets(result, bad);
    },
  );

  it('answers HTTP 500 with a JSON error body for a token containing "error"', async () => {
    const bad = withCredential(telegram, credentialWith(telegram, 'error'));
    const { status, body } = await post(TEST_CONNECTION_PATH, bad);
    expect(status).toBe(500);
    expect(body).toMatchObject({ ok: false, code: 'server_error' });
    expect(await api.onTestConnection(bad, { signal: signal() })).toEqual(body);
  });

  it('holds a token containing "slow" for SLOW_DELAY_MS', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const slow = withCredential(viber, credentialWith(viber, 'slow'));
    let settled: ActionResult | undefined;
    void api.onTestConnection(slow, { signal: signal() }).then((r) => (settled = r));
    await vi.advanceTimersByTimeAsync(SLOW_DELAY_MS - 1000);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(2000);
    await vi.waitFor(() => expect(settled).toMatchObject({ ok: true }));
  });

  it('rejects with an AbortError when the signal aborts during a slow answer', async () => {
    const slow = withCredential(telegram, credentialWith(telegram, 'slow'));
    const controller = new AbortController();
    const pending = api.onTestConnection(slow, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects with the timeout reason of AbortSignal.timeout', async () => {
    const slow = withCredential(line, credentialWith(line, 'slow'));
    await expect(
      api.onTestConnection(slow, { signal: AbortSignal.timeout(30) }),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('adds delayMs to every answer', async () => {
    server.resetHandlers(...createMockHandlers({ delayMs: 150 }));
    const started = performance.now();
    expect(await api.onTestConnection(telegram, { signal: signal() })).toMatchObject({ ok: true });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe('createMockHandlers: Set Webhook', () => {
  it('registers the Telegram webhook under the bot username', async () => {
    const result = await api.onSetWebhook(telegram, { signal: signal() });
    expect(result).toMatchObject({
      ok: true,
      webhookUrl: 'https://contact-center.example/webhooks/telegram/acme_support_bot',
    });
    expect(MOCK_WEBHOOK_ORIGIN).toBe('https://contact-center.example');
    expect(result.message).toContain('@acme_support_bot');
    expectNoSecrets(result, telegram);
  });

  it('echoes the Viber webhook URL', async () => {
    const webhookUrl = 'https://office.yourcompany.com:1234/viber';
    const result = await api.onSetWebhook(viber, { signal: signal(), webhookUrl });
    expect(result).toMatchObject({ ok: true, webhookUrl });
    expect(result.message).toContain(webhookUrl);
    expectNoSecrets(result, viber);
  });

  it.each([
    ['http://office.yourcompany.com:1234', /https/],
    ['office.yourcompany.com:1234', /https/],
    [undefined, /host and port/],
    ['https://bad host.yourcompany.com:443', /spaces/],
  ])('rejects the Viber webhook URL %s on the webhookUrl field', async (webhookUrl, message) => {
    const { status, body } = await post(SET_WEBHOOK_PATH, { ...viber, webhookUrl });
    expect(status).toBe(400);
    expect(body).toMatchObject({ ok: false, field: 'webhookUrl' });
    expect(body.message).toMatch(message);
    const result = await api.onSetWebhook(viber, { signal: signal(), webhookUrl });
    expect(result).toEqual(body);
  });

  it('answers 400 unsupported for nexmo', async () => {
    const { status, body } = await post(SET_WEBHOOK_PATH, nexmo);
    expect(status).toBe(400);
    expect(body).toMatchObject({ ok: false, code: 'unsupported' });
    expect(body.message).toMatch(/does not support Set Webhook/);
  });

  it('subscribes a Facebook Page (no URL) and says so in checks', async () => {
    const { status, body } = await post(SET_WEBHOOK_PATH, facebook);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      ok: true,
      checks: [{ id: 'subscribed', status: 'pass', code: 'page_subscribed' }],
    });
    expect(body.webhookUrl).toBeUndefined();
  });

  it('sets and tests a LINE webhook', async () => {
    const { body } = await post(SET_WEBHOOK_PATH, line);
    expect(body).toMatchObject({
      ok: true,
      webhookUrl: `${MOCK_WEBHOOK_ORIGIN}/webhooks/line/Acme%20Support`,
    });
    expect((body.checks as { id: string }[]).map((c) => c.id)).toEqual([
      'webhook_set',
      'webhook_test',
      'webhook_active',
    ]);
  });

  it('applies the token keywords to Set Webhook too', async () => {
    const bad = withCredential(telegram, credentialWith(telegram, 'invalid'));
    expect(await api.onSetWebhook(bad, { signal: signal() })).toMatchObject({
      ok: false,
      field: 'token',
      code: 'invalid_token',
    });
    const broken = withCredential(telegram, credentialWith(telegram, 'error'));
    expect((await post(SET_WEBHOOK_PATH, broken)).status).toBe(500);
  });
});

describe('createMockHandlers: checks and Accept-Language', () => {
  const ids: Record<MessengerConfig['type'], string[]> = {
    telegram: [
      'token',
      'identity',
      'webhook_set',
      'webhook_ours',
      'updates',
      'delivery_errors',
      'pending_updates',
    ],
    facebook: ['token', 'page_token', 'messaging', 'subscribed', 'identity'],
    line: ['token', 'webhook_set', 'webhook_ours', 'webhook_active'],
    viber: ['token', 'identity', 'webhook_set', 'webhook_ours'],
    nexmo: ['credentials', 'balance'],
  };

  it.each(allConfigs.map((config) => [config.type, config] as const))(
    'answers the passing checklist of %s in the connectors’ order, with codes',
    async (type, config) => {
      const { body } = await post(TEST_CONNECTION_PATH, config);
      const checks = body.checks as ActionCheck[];
      expect(checks.map((c) => c.id)).toEqual(ids[type]);
      for (const c of checks) {
        expect(c.status).toBe('pass');
        expect(c.message).toBe(
          checkMessages.en[`result.${c.code}` as CheckMessageKey].replace(
            /\{(\w+)\}/g,
            (_m, k: string) => String(c.params?.[k]),
          ),
        );
      }
    },
  );

  async function postJa(path: string, body: unknown) {
    const response = await fetch(`http://localhost/api${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'ja-JP,ja;q=0.9' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }
  const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;

  it('answers in Japanese for Accept-Language ja: message and checks, codes unchanged', async () => {
    const { body } = await postJa(TEST_CONNECTION_PATH, telegram);
    expect(body).toMatchObject({ ok: true, message: '@acme_support_bot に接続しました。' });
    const checks = body.checks as ActionCheck[];
    expect(checks.map((c) => c.id)).toEqual(ids.telegram);
    for (const c of checks) expect(c.message).toMatch(japanese);
    expect(checks[0].message).toBe('Telegram がトークンを受け付けました。');
  });

  it('answers a rejected token, a validation error and Set Webhook in Japanese', async () => {
    const bad = withCredential(telegram, credentialWith(telegram, 'invalid'));
    const rejected = await postJa(TEST_CONNECTION_PATH, bad);
    expect(rejected.body).toMatchObject({ ok: false, code: 'invalid_token', field: 'token' });
    expect(rejected.body.message).toMatch(japanese);

    const invalid = await postJa(TEST_CONNECTION_PATH, { ...telegram, botUsername: 'x' });
    expect(invalid).toMatchObject({
      status: 400,
      body: { code: 'invalid_config', field: 'botUsername' },
    });
    expect(invalid.body.message).toMatch(japanese);

    const set = await postJa(SET_WEBHOOK_PATH, telegram);
    expect(set.body).toMatchObject({ ok: true });
    expect(set.body.message).toMatch(japanese);
    const url = await postJa(SET_WEBHOOK_PATH, { ...viber, webhookUrl: 'http://x.example:1' });
    expect(url.body.message).toMatch(japanese);
  });

  it('keeps English without Accept-Language or for another language', async () => {
    const { body } = await post(TEST_CONNECTION_PATH, telegram);
    expect(body.message).toBe('Connected to @acme_support_bot (Telegram bot)');
    const response = await fetch(`http://localhost/api${TEST_CONNECTION_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'fr-FR' },
      body: JSON.stringify(telegram),
    });
    expect(((await response.json()) as { message: string }).message).toBe(
      'Connected to @acme_support_bot (Telegram bot)',
    );
  });
});

describe('scenarios', () => {
  it('success is the realistic baseline', async () => {
    server.resetHandlers(...scenarios.success);
    expect(await api.onTestConnection(telegram, { signal: signal() })).toMatchObject({
      ok: true,
      message: 'Connected to @acme_support_bot (Telegram bot)',
    });
  });

  it('invalidToken fails every request on the credential field', async () => {
    server.use(...scenarios.invalidToken);
    for (const config of allConfigs) {
      const result = await api.onTestConnection(config, { signal: signal() });
      expect(result).toMatchObject({
        ok: false,
        code: 'invalid_token',
        field: config.type === 'nexmo' ? 'secret' : 'token',
      });
      expectNoSecrets(result, config);
    }
    expect(await api.onSetWebhook(telegram, { signal: signal() })).toMatchObject({
      ok: false,
      field: 'token',
    });
  });

  it('serverError answers 500 to both endpoints', async () => {
    server.use(...scenarios.serverError);
    const { status, body } = await post(TEST_CONNECTION_PATH, line);
    expect(status).toBe(500);
    expect(body).toMatchObject({ ok: false, code: 'server_error' });
    expect((await post(SET_WEBHOOK_PATH, telegram)).status).toBe(500);
    expect(await api.onSetWebhook(telegram, { signal: signal() })).toMatchObject({
      ok: false,
      code: 'server_error',
    });
  });

  it('slow holds ordinary tokens until the signal aborts', async () => {
    server.use(...scenarios.slow);
    await expect(
      api.onTestConnection(telegram, { signal: AbortSignal.timeout(30) }),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
    await expect(
      api.onSetWebhook(telegram, { signal: AbortSignal.timeout(30) }),
    ).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('slow answers with the baseline after slowDelayMs', async () => {
    server.use(...createScenarios({ slowDelayMs: 50 }).slow);
    const started = performance.now();
    expect(await api.onTestConnection(nexmo, { signal: signal() })).toMatchObject({ ok: true });
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('networkError maps to a network error result', async () => {
    server.use(...scenarios.networkError);
    for (const call of [
      api.onTestConnection(telegram, { signal: signal() }),
      api.onSetWebhook(viber, { signal: signal(), webhookUrl: 'https://a.example:443' }),
    ]) {
      const result = await call;
      expect(result).toMatchObject({ ok: false, code: 'network_error' });
      expect(result.message).toMatch(/Could not reach the server/);
    }
  });

  it('createScenarios builds the scenarios for another base URL', async () => {
    const other = createScenarios({ baseUrl: 'https://cc.example/v2/' });
    server.use(...other.serverError);
    const remote = createHttpCallbacks({ baseUrl: 'https://cc.example/v2' });
    expect(await remote.onTestConnection(line, { signal: signal() })).toMatchObject({
      ok: false,
      code: 'server_error',
    });
    // The default handlers still answer '/api'.
    expect(await api.onTestConnection(line, { signal: signal() })).toMatchObject({ ok: true });
  });

  it('handlers can be overridden per test and are typed', async () => {
    server.use(
      http.post<never, MessengerConfig, ActionResult>(`*/api${TEST_CONNECTION_PATH}`, () =>
        HttpResponse.json({ ok: true, message: 'overridden' }),
      ),
    );
    expect(await api.onTestConnection(line, { signal: signal() })).toEqual({
      ok: true,
      message: 'overridden',
    });
  });
});

describe('createMockHandlers: a rejected token', () => {
  it.each(allConfigs.map((config) => [config.type, config] as const))(
    'the failing check of %s says what the result says (the field shows one message)',
    async (_type, config) => {
      const result = await api.onTestConnection(
        withCredential(config, credentialWith(config, 'invalid')),
        {
          signal: signal(),
        },
      );
      expect(result.ok).toBe(false);
      expect(result.checks).toHaveLength(1);
      expect(result.checks?.[0]).toMatchObject({ status: 'fail', message: result.message });
    },
  );
});
