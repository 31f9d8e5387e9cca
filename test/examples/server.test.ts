// @vitest-environment node
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  ActionCheck,
  ActionResult,
  FacebookConfig,
  LineConfig,
  MessengerConfig,
  NexmoConfig,
  TelegramConfig,
  ViberConfig,
} from '../../src';
import type { TestConnectionOptions, SetWebhookOptions } from '../../src/connectors';
import {
  createHttpCallbacks,
  createProviderHandlers,
  createProviderState,
  MOCK_WEBHOOK_ORIGIN,
  type ProviderMockState,
} from '../../src/mocks';
import {
  createContactCenterServer,
  createMemoryAccountStore,
  type ContactCenterServerOptions,
  type InboundWebhookEvent,
  type StoredAccount,
} from '../../examples/server/contactCenterServer';

// The whole chain in Node: HTTP adapter → reference server (real HTTP on
// loopback) → connectors → provider mocks, and signed inbound webhooks →
// reference server → host callback. Only loopback is contacted.
// The server is the contact center the provider mocks' default state is set
// up for: its webhooks point at `${MOCK_WEBHOOK_ORIGIN}/webhooks/<type>/<name>`,
// so the stored accounts' ids are those names. Failing checks are reached
// with the mocks' state flags (src/mocks/providers/state.ts).
const PUBLIC = MOCK_WEBHOOK_ORIGIN;
const TG_ID = 'acme_support_bot';
const LINE_ID = 'acme_support';
const VIBER_ID = 'acme_support';
const FB_ID = createProviderState().facebook[0].id; // Facebook: the Page ID
const SESSION = 'Bearer FAKE-session-not-real';
const APP_SECRET = 'fake-app-secret-not-real-0000';
const CHANNEL_SECRET = 'fake-channel-secret-not-real-00';
const VERIFY_TOKEN = 'FAKE-verify-token-not-real-000';

let state: ProviderMockState = createProviderState();
let store = createMemoryAccountStore();
let events: InboundWebhookEvent[] = [];
let onEvent: (event: InboundWebhookEvent) => void = (event) => void events.push(event);
const providers = setupServer();
/** The requests that reached a provider mock (not loopback), since the test began. */
const providerCalls: string[] = [];
providers.events.on('request:start', ({ request }) => {
  const { hostname, pathname } = new URL(request.url);
  if (hostname !== '127.0.0.1') providerCalls.push(`${hostname}${pathname}`);
});

function seedAccounts(): StoredAccount[] {
  const [tg] = state.telegram;
  const [fb] = state.facebook;
  const [line] = state.line;
  const [viber] = state.viber;
  const [nexmo] = state.nexmo;
  return [
    { id: TG_ID, config: { type: 'telegram', botUsername: tg.username, token: tg.token } },
    {
      id: fb.id,
      config: {
        type: 'facebook',
        pageId: fb.id,
        pageUsername: fb.username,
        token: fb.token,
        webhookVerifyToken: VERIFY_TOKEN,
        appSecret: APP_SECRET,
      },
    },
    {
      id: LINE_ID,
      config: { type: 'line', name: 'ACME LINE', token: line.token, channelSecret: CHANNEL_SECRET },
    },
    { id: VIBER_ID, config: { type: 'viber', botUsername: viber.uri, token: viber.token } },
    {
      id: 'sms',
      config: { type: 'nexmo', name: 'ACME SMS', key: nexmo.key, secret: nexmo.secret },
    },
  ];
}

/** Starts a reference server on 127.0.0.1; `overrides` replace the default options. */
async function start(overrides: Partial<ContactCenterServerOptions> = {}) {
  const server = createContactCenterServer({
    publicBaseUrl: PUBLIC,
    accounts: {
      find: (body, request) => store.find(body, request),
      get: (type, id) => store.get(type, id),
      saveTelegramSecretToken: (id, token) => store.saveTelegramSecretToken(id, token),
    },
    authorize: (request) => request.headers.authorization === SESSION,
    onWebhookEvent: (event) => onEvent(event),
    ...overrides,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const close = () => new Promise((resolve) => server.close(resolve));
  return { origin, close };
}

let main: Awaited<ReturnType<typeof start>>;
let callbacks: ReturnType<typeof createHttpCallbacks>;
const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((name) =>
  vi.spyOn(console, name),
);

beforeAll(async () => {
  providers.listen({
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).hostname !== '127.0.0.1') print.error();
    },
  });
  main = await start();
  // The host's page sends its session with each call (here a bearer token).
  callbacks = createHttpCallbacks({
    baseUrl: `${main.origin}/api`,
    fetch: (input, init) =>
      fetch(input, { ...init, headers: { ...init.headers, authorization: SESSION } }),
  });
});
beforeEach(() => {
  state = createProviderState();
  store = createMemoryAccountStore(seedAccounts());
  events = [];
  providerCalls.length = 0;
  onEvent = (event) => void events.push(event);
  providers.resetHandlers(...createProviderHandlers({ state }));
});
afterEach(() => {
  // Nothing is ever logged: configs and webhooks hold secrets.
  for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
});
afterAll(async () => {
  providers.close();
  await main.close();
  for (const spy of consoleSpies) spy.mockRestore();
});

const telegram = (): TelegramConfig => ({
  type: 'telegram',
  botUsername: state.telegram[0].username,
  token: state.telegram[0].token,
});
const signal = () => new AbortController().signal;

describe('reference server: the forms’ contract (examples/server)', () => {
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

  it('sets the Telegram webhook to this server’s URL for the account, with a stored secret token', async () => {
    state.telegram[0].webhookUrl = ''; // a bot without a webhook
    const result = await callbacks.onSetWebhook(telegram(), { signal: signal() });
    const url = `${PUBLIC}/webhooks/telegram/${TG_ID}`;
    expect(result).toMatchObject({ ok: true, webhookUrl: url });
    expect(state.telegram[0].webhookUrl).toBe(url);
    const stored = store.accounts[0].telegramSecretToken ?? '';
    expect(stored).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Telegram was given the stored token: it sends it with every update.
    expect(state.telegram[0].secretToken).toBe(stored);
    // Pressed again: the same token, not a new one.
    await callbacks.onSetWebhook(telegram(), { signal: signal() });
    expect(store.accounts[0].telegramSecretToken).toBe(stored);
    expect(JSON.stringify(result)).not.toContain(stored);
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

describe('reference server: delivery checklists through the whole chain', () => {
  // adapter → reference server → connectors (with expectedWebhookUrl) →
  // provider mocks; each provider's failing state is reached with the mocks'
  // state flags, then fixed as the administrator would (Set Webhook).
  const own = (type: string, id: string) => `${PUBLIC}/webhooks/${type}/${encodeURIComponent(id)}`;
  const ELSEWHERE = 'https://old-helpdesk.example/hooks';
  const test = (config: MessengerConfig) =>
    callbacks.onTestConnection(config, { signal: signal() });
  const checkOf = (result: ActionResult, id: string): ActionCheck | undefined =>
    result.checks?.find((c) => c.id === id);
  /** The checklist as `id:status`, in order. */
  const list = (result: ActionResult) => result.checks?.map((c) => `${c.id}:${c.status}`);
  /** Test Connection is `connected`: every check passed, these in this order. */
  async function expectConnected(config: MessengerConfig, ids: string[]) {
    const passing = await test(config);
    expect(passing).toMatchObject({ ok: true, code: 'connected' });
    expect(list(passing)).toEqual(ids.map((id) => `${id}:pass`));
  }

  const facebook = (): FacebookConfig => ({
    type: 'facebook',
    pageId: state.facebook[0].id,
    pageUsername: state.facebook[0].username,
    token: state.facebook[0].token,
    webhookVerifyToken: VERIFY_TOKEN,
  });
  const line = (): LineConfig => ({ type: 'line', name: 'ACME LINE', token: state.line[0].token });
  const viber = (): ViberConfig => ({
    type: 'viber',
    botUsername: state.viber[0].uri,
    token: state.viber[0].token,
  });
  const nexmo = (): NexmoConfig => ({
    type: 'nexmo',
    name: 'ACME SMS',
    key: state.nexmo[0].key,
    secret: state.nexmo[0].secret,
  });

  it('Telegram: webhook_not_set, then webhook_elsewhere, until Set Webhook (with the stored secret token) makes it pass', async () => {
    const bot = state.telegram[0];
    bot.webhookUrl = '';
    const notSet = await test(telegram());
    expect(notSet).toMatchObject({ ok: false, code: 'webhook_not_set' });
    expect(checkOf(notSet, 'webhook_set')).toMatchObject({
      status: 'fail',
      code: 'webhook_not_set',
    });

    // An earlier integration's webhook, filtering out messages.
    bot.webhookUrl = ELSEWHERE;
    bot.allowedUpdates = ['callback_query'];
    const elsewhere = await test(telegram());
    expect(elsewhere).toMatchObject({ ok: false, code: 'webhook_elsewhere' });
    expect(checkOf(elsewhere, 'webhook_ours')).toMatchObject({
      status: 'fail',
      code: 'webhook_elsewhere',
      params: { url: ELSEWHERE },
    });

    const set = await callbacks.onSetWebhook(telegram(), { signal: signal() });
    expect(set).toMatchObject({ ok: true, webhookUrl: own('telegram', TG_ID) });
    expect(bot.webhookUrl).toBe(own('telegram', TG_ID));
    expect(bot.secretToken).toBe(store.accounts[0].telegramSecretToken);
    expect(bot.allowedUpdates).toContain('message');

    await expectConnected(telegram(), [
      'token',
      'identity',
      'webhook_set',
      'webhook_ours',
      'updates',
      'delivery_errors',
      'pending_updates',
    ]);
  });

  it('Facebook: an unsubscribed Page fails until Set Webhook subscribes it, then passes', async () => {
    state.facebook[0].subscribedFields = [];
    const unsubscribed = await test(facebook());
    expect(unsubscribed).toMatchObject({ ok: false, code: 'page_not_subscribed' });
    expect(checkOf(unsubscribed, 'subscribed')).toMatchObject({
      status: 'fail',
      code: 'page_not_subscribed',
    });

    const set = await callbacks.onSetWebhook(facebook(), { signal: signal() });
    expect(set).toMatchObject({ ok: true });
    expect(state.facebook[0].subscribedFields).toContain('messages');

    await expectConnected(facebook(), [
      'token',
      'page_token',
      'messaging',
      'subscribed',
      'identity',
    ]);
  });

  it('LINE: webhook_elsewhere until Set Webhook; "Use webhook" off fails until it is turned on', async () => {
    const bot = state.line[0];
    bot.webhookUrl = ELSEWHERE;
    bot.webhookActive = false;
    const elsewhere = await test(line());
    expect(elsewhere).toMatchObject({ ok: false, code: 'webhook_elsewhere' });

    // Set Webhook points the endpoint here and runs LINE's test; "Use webhook"
    // is a switch in the LINE Official Account Manager, which the API leaves off.
    const set = await callbacks.onSetWebhook(line(), { signal: signal() });
    expect(bot.webhookUrl).toBe(own('line', LINE_ID));
    expect(checkOf(set, 'webhook_test')).toMatchObject({ status: 'pass' });
    expect(set).toMatchObject({ ok: false, code: 'webhook_inactive' });
    const inactive = await test(line());
    expect(inactive).toMatchObject({ ok: false, code: 'webhook_inactive' });
    expect(list(inactive)).toEqual([
      'token:pass',
      'webhook_set:pass',
      'webhook_ours:pass',
      'webhook_active:fail',
    ]);

    bot.webhookActive = true; // the administrator turns "Use webhook" on
    await expectConnected(line(), ['token', 'webhook_set', 'webhook_ours', 'webhook_active']);
  });

  it('Viber: a webhook elsewhere fails until Set Webhook with this server’s URL, then passes', async () => {
    state.viber[0].webhookUrl = ELSEWHERE;
    const elsewhere = await test(viber());
    expect(elsewhere).toMatchObject({ ok: false, code: 'webhook_elsewhere' });
    expect(checkOf(elsewhere, 'webhook_ours')).toMatchObject({
      status: 'fail',
      params: { url: ELSEWHERE },
    });

    // The Viber dialog asks for the URL: the administrator types this server's.
    const url = own('viber', VIBER_ID);
    const set = await callbacks.onSetWebhook(viber(), { signal: signal(), webhookUrl: url });
    expect(set).toMatchObject({ ok: true, code: 'webhook_set' });

    await expectConnected(viber(), ['token', 'identity', 'webhook_set', 'webhook_ours']);
  });

  it('Nexmo: a wrong secret fails on secret, a zero balance warns, a topped-up account passes', async () => {
    const wrong = await test({ ...nexmo(), secret: 'FAKE-wrong-secret-not-real-000' });
    expect(wrong).toMatchObject({ ok: false, code: 'invalid_credentials', field: 'secret' });

    state.nexmo[0].balance = 0;
    const empty = await test(nexmo());
    expect(empty).toMatchObject({ ok: true });
    expect(checkOf(empty, 'balance')).toMatchObject({ status: 'warn', code: 'balance_empty' });

    state.nexmo[0].balance = 25;
    const passing = await test(nexmo());
    expect(passing).toMatchObject({ ok: true });
    expect(list(passing)).toEqual(['credentials:pass', 'balance:pass']);
  });
});

describe('reference server: what it passes to the connectors', () => {
  let spied: Awaited<ReturnType<typeof start>>;
  const tests: TestConnectionOptions[] = [];
  const webhooks: { config: MessengerConfig; options: SetWebhookOptions }[] = [];
  const ok: ActionResult = { ok: true, message: 'stub' };

  beforeAll(async () => {
    spied = await start({
      connectors: {
        testConnection: (_config, options = {}) => {
          tests.push(options);
          return Promise.resolve(ok);
        },
        setWebhook: (config, options) => {
          webhooks.push({ config, options });
          return Promise.resolve(ok);
        },
      },
    });
  });
  beforeEach(() => {
    tests.length = 0;
    webhooks.length = 0;
  });
  afterAll(() => spied.close());

  const post = (action: string, body: unknown) =>
    fetch(`${spied.origin}/api/messenger-accounts/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: SESSION },
      body: JSON.stringify(body),
    });

  it('Test Connection gets expectedWebhookUrl: this server’s URL for the stored account', async () => {
    await post('test-connection', telegram());
    await post('test-connection', { type: 'line', name: 'ACME LINE', token: 'x' });
    expect(tests.map((o) => o.expectedWebhookUrl)).toEqual([
      `${PUBLIC}/webhooks/telegram/${TG_ID}`,
      `${PUBLIC}/webhooks/line/${LINE_ID}`,
    ]);
  });

  it('an account not saved yet is tested without expectedWebhookUrl', async () => {
    await post('test-connection', { ...telegram(), botUsername: 'new_account_bot' });
    expect(tests).toHaveLength(1);
    expect(tests[0]).not.toHaveProperty('expectedWebhookUrl');
  });

  it('Set Webhook: Telegram with its secret token, Facebook and LINE with this server’s URL', async () => {
    await post('set-webhook', telegram());
    await post('set-webhook', {
      type: 'facebook',
      pageId: state.facebook[0].id,
      pageUsername: state.facebook[0].username,
    });
    await post('set-webhook', { type: 'line', name: 'ACME LINE' });
    expect(webhooks.map((w) => [w.config.type, w.options.webhookUrl])).toEqual([
      ['telegram', `${PUBLIC}/webhooks/telegram/${TG_ID}`],
      ['facebook', `${PUBLIC}/webhooks/facebook/${FB_ID}`],
      ['line', `${PUBLIC}/webhooks/line/${LINE_ID}`],
    ]);
    const secretToken = webhooks[0].options.secretToken;
    expect(secretToken).toBe(store.accounts[0].telegramSecretToken);
    expect(secretToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(webhooks[1].options).not.toHaveProperty('secretToken');
    // Kept stored secrets are merged in (the form sent none).
    expect(webhooks[1].config).toMatchObject({ token: state.facebook[0].token });
  });

  it('Set Webhook for an account not saved yet asks to save it first (no provider call)', async () => {
    const response = await post('set-webhook', { ...telegram(), botUsername: 'new_account_bot' });
    expect(await response.json()).toMatchObject({ ok: false, code: 'account_not_saved' });
    expect(webhooks).toHaveLength(0);
    expect(store.accounts.every((a) => !a.telegramSecretToken)).toBe(true);
  });
});

describe('reference server: cross-site requests and authorization', () => {
  const url = () => `${main.origin}/api/messenger-accounts/test-connection`;
  const body = () => JSON.stringify(telegram());
  const headers = { 'content-type': 'application/json', authorization: SESSION };

  it('refuses a text/plain POST (a simple cross-site request) with 415', async () => {
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', '']) {
      const response = await fetch(url(), {
        method: 'POST',
        headers: { ...headers, 'content-type': contentType },
        body: body(),
      });
      expect(response.status, contentType).toBe(415);
      expect(await response.json()).toMatchObject({ ok: false, code: 'unsupported_media_type' });
    }
    expect(providerCalls).toEqual([]); // refused before any provider call
  });

  it('accepts application/json with parameters, in any case', async () => {
    const response = await fetch(url(), {
      method: 'POST',
      headers: { ...headers, 'content-type': 'Application/JSON; charset=utf-8' },
      body: body(),
    });
    expect(response.status).toBe(200);
    // The counter the refusals are checked with does see provider calls.
    expect(providerCalls).toContain(`api.telegram.org/bot${state.telegram[0].token}/getMe`);
  });

  it('refuses another Origin with 403, and accepts the allowed one', async () => {
    const evil = await fetch(url(), {
      method: 'POST',
      headers: { ...headers, origin: 'https://evil.example' },
      body: body(),
    });
    expect(evil.status).toBe(403);
    expect(await evil.json()).toMatchObject({ code: 'forbidden_origin' });
    const own = await fetch(url(), {
      method: 'POST',
      headers: { ...headers, origin: PUBLIC },
      body: body(),
    });
    expect(own.status).toBe(200);
  });

  it('answers 401 without a session and 403 when authorize forbids', async () => {
    state.telegram[0].webhookUrl = ''; // a bot without a webhook: Set Webhook would set one
    const anonymous = await fetch(url(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(),
    });
    expect(anonymous.status).toBe(401);
    const strict = await start({ authorize: () => 'forbidden' });
    try {
      const forbidden = await fetch(`${strict.origin}/api/messenger-accounts/set-webhook`, {
        method: 'POST',
        headers,
        body: body(),
      });
      expect(forbidden.status).toBe(403);
      expect(state.telegram[0].webhookUrl).toBe('');
      expect(providerCalls).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  it('a throwing authorize answers 500 and the server keeps serving', async () => {
    const broken = await start({
      authorize: () => {
        throw new Error('session store down');
      },
    });
    try {
      const response = await fetch(`${broken.origin}/api/messenger-accounts/test-connection`, {
        method: 'POST',
        headers,
        body: body(),
      });
      expect(response.status).toBe(500);
      expect(await response.text()).not.toContain('session store down');
      const again = await fetch(`${broken.origin}/nowhere`);
      expect(again.status).toBe(404);
    } finally {
      await broken.close();
    }
  });
});

describe('reference server: inbound webhooks', () => {
  const hmac = (secret: string, body: string, encoding: 'hex' | 'base64') =>
    createHmac('sha256', secret).update(body, 'utf8').digest(encoding);
  const post = (path: string, body: string, headers: Record<string, string>) =>
    fetch(`${main.origin}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
  // Bodies with \u escapes: re-serializing them changes the bytes.
  const FB_BODY = String.raw`{"object":"page","entry":[{"id":"1","messaging":[{"message":{"text":"\u00e4\u00f6\u00e5"}}]}]}`;
  const LINE_BODY = String.raw`{"destination":"Ufake","events":[{"type":"message","message":{"text":"caf\u00e9"}}]}`;
  const VIBER_BODY = String.raw`{"event":"message","message":{"type":"text","text":"caf\u00e9"}}`;
  const TELEGRAM_BODY = String.raw`{"update_id":1,"message":{"text":"caf\u00e9"}}`;

  const signed = () => [
    {
      type: 'facebook',
      path: `/webhooks/facebook/${FB_ID}`,
      body: FB_BODY,
      header: 'x-hub-signature-256',
      value: `sha256=${hmac(APP_SECRET, FB_BODY, 'hex')}`,
    },
    {
      type: 'line',
      path: `/webhooks/line/${LINE_ID}`,
      body: LINE_BODY,
      header: 'x-line-signature',
      value: hmac(CHANNEL_SECRET, LINE_BODY, 'base64'),
    },
    {
      type: 'viber',
      path: `/webhooks/viber/${VIBER_ID}`,
      body: VIBER_BODY,
      header: 'x-viber-content-signature',
      value: hmac(state.viber[0].token, VIBER_BODY, 'hex'),
    },
  ];

  it('hands each signed request’s parsed event to the host', async () => {
    for (const request of signed()) {
      const response = await post(request.path, request.body, { [request.header]: request.value });
      expect(response.status, request.type).toBe(200);
    }
    expect(events).toEqual([
      { type: 'facebook', accountId: FB_ID, payload: JSON.parse(FB_BODY) as unknown },
      { type: 'line', accountId: LINE_ID, payload: JSON.parse(LINE_BODY) as unknown },
      { type: 'viber', accountId: VIBER_ID, payload: JSON.parse(VIBER_BODY) as unknown },
    ]);
  });

  it('answers 401 to a bad, missing or re-serialized signature, and hands nothing over', async () => {
    for (const request of signed()) {
      const reserialized = JSON.stringify(JSON.parse(request.body) as unknown);
      const tampered = request.body.replace('caf', 'cat').replace('"1"', '"2"');
      for (const [body, headers] of [
        [request.body, {}],
        [tampered, { [request.header]: request.value }],
        [reserialized, { [request.header]: request.value }],
        [request.body, { [request.header]: `${request.value.slice(0, -2)}00` }],
      ] as const) {
        const response = await post(request.path, body, headers);
        expect(response.status, request.type).toBe(401);
        const text = await response.text();
        expect(text).not.toContain(request.value);
      }
    }
    expect(events).toEqual([]);
  });

  it('verifies Telegram with the secret token stored by Set Webhook', async () => {
    const path = `/webhooks/telegram/${TG_ID}`;
    const header = 'x-telegram-bot-api-secret-token';
    // The bot's webhook was set by an earlier integration, with its own token:
    // this server stored none, so nothing passes.
    const earlier = state.telegram[0].secretToken ?? '';
    expect(earlier).not.toBe('');
    for (const value of [earlier, 'anything']) {
      const before = await post(path, TELEGRAM_BODY, { [header]: value });
      expect(before.status).toBe(401);
    }
    await callbacks.onSetWebhook(telegram(), { signal: signal() });
    // What Telegram now sends in the header: the token the server gave it at
    // Set Webhook (the mock keeps it), which is the token the server stored.
    const sent = state.telegram[0].secretToken ?? '';
    expect(sent).toBe(store.accounts[0].telegramSecretToken);
    expect(sent).not.toBe(earlier);
    const good = await post(path, TELEGRAM_BODY, { [header]: sent });
    expect(good.status).toBe(200);
    const wrong: Record<string, string>[] = [
      {},
      { [header]: `${sent.slice(1)}x` },
      { [header]: earlier },
    ];
    for (const headers of wrong) {
      const bad = await post(path, TELEGRAM_BODY, headers);
      expect(bad.status).toBe(401);
    }
    expect(events).toEqual([
      { type: 'telegram', accountId: TG_ID, payload: JSON.parse(TELEGRAM_BODY) as unknown },
    ]);
  });

  it('answers the same 401 for an unknown account, another type’s account or no stored secret', async () => {
    const [fb] = signed();
    for (const path of ['/webhooks/facebook/nobody', `/webhooks/line/${FB_ID}`]) {
      const response = await post(path, fb.body, { [fb.header]: fb.value });
      expect(response.status, path).toBe(401);
    }
    delete (store.accounts[1].config as Record<string, string | undefined>).appSecret;
    const unsigned = await post(fb.path, fb.body, { [fb.header]: fb.value });
    expect(unsigned.status).toBe(401);
    expect(events).toEqual([]);
    const nexmo = await post('/webhooks/nexmo/x', '{}', {});
    expect(nexmo.status).toBe(404);
  });

  it('answers Facebook’s subscription handshake with the stored verify token only', async () => {
    const query = (token: string) =>
      `hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=${encodeURIComponent(token)}`;
    const good = await fetch(`${main.origin}/webhooks/facebook/${FB_ID}?${query(VERIFY_TOKEN)}`);
    expect(good.status).toBe(200);
    expect(await good.text()).toBe('1158201444');
    for (const path of [
      `/webhooks/facebook/${FB_ID}?${query('wrong-token')}`,
      `/webhooks/facebook/nobody?${query(VERIFY_TOKEN)}`,
      `/webhooks/facebook/${FB_ID}`,
    ]) {
      const response = await fetch(`${main.origin}${path}`);
      expect(response.status, path).toBe(403);
    }
  });

  it('answers 500 when the host callback throws, so the provider retries; the server keeps serving', async () => {
    onEvent = () => {
      throw new Error('queue down');
    };
    const [fb] = signed();
    const response = await post(fb.path, fb.body, { [fb.header]: fb.value });
    expect(response.status).toBe(500);
    expect(await response.text()).not.toContain('queue down');
    onEvent = (event) => void events.push(event);
    const again = await post(fb.path, fb.body, { [fb.header]: fb.value });
    expect(again.status).toBe(200);
  });

  it('answers 413 to a body over 1 MiB without handing it over', async () => {
    const [fb] = signed();
    const body = JSON.stringify({ pad: 'x'.repeat(1024 * 1024) });
    const response = await post(fb.path, body, {
      [fb.header]: `sha256=${hmac(APP_SECRET, body, 'hex')}`,
    });
    expect(response.status).toBe(413);
    expect(events).toEqual([]);
  });
});
