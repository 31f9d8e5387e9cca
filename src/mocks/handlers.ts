import { delay, http, HttpResponse, type HttpHandler, type PathParams } from 'msw';
import type { MessengerFormsLocale } from '../i18n/locale';
import {
  isMessengerType,
  MESSENGER_DISPLAY_NAMES,
  type MessengerType,
} from '../messengers/builtIns';
import type { ActionCheck, ActionResult, WebhookResult } from '../core/types';
import type { MessengerConfig } from '../messengers/types';
import { validateMessengerConfig } from '../messengers/validation';
import { messengerDescriptors } from '../messengers/registry';
import { en, ja, type Messages } from '../messengers/catalogues';
import { isObject } from '../core/isObject';
import { parseWebhookUrl } from '../core/webhookUrl';
import {
  DEFAULT_BASE_URL,
  joinUrl,
  SET_WEBHOOK_PATH,
  TEST_CONNECTION_PATH,
  type SetWebhookRequestBody,
  type SetWebhookResponseBody,
  type TestConnectionRequestBody,
  type TestConnectionResponseBody,
} from './contract';
import { localeOf, setWebhook, supportsSetWebhook, testConnection } from '../connectors';
import { check, localizeChecks, messageOf } from '../connectors/results';
import {
  createProviderHandlers,
  createProviderState,
  MOCK_WEBHOOK_ORIGIN,
  type ProviderMockState,
} from './providers';

/** How long the `slow` keyword and the `slow` scenario hold an answer: longer than a form's 30 s default timeout. */
export const SLOW_DELAY_MS = 60_000;

/** Origin of the webhook URLs the mock Telegram Set Webhook registers. */
export { MOCK_WEBHOOK_ORIGIN };

/**
 * The Telegram secret token the contract mock passes to the connectors'
 * Set Webhook (with `connectors`): a host stores one per account, e.g. from
 * `generateVerifyToken()`. Fake.
 */
export const MOCK_TELEGRAM_SECRET_TOKEN = 'FAKE_mock_secret_token_not_real_0000';

/** Options of {@link createMockHandlers} and {@link createScenarios}. */
export interface MockHandlersOptions {
  /**
   * Base URL to answer on. A relative one (e.g. `'/api'`) matches requests to
   * any origin, in the browser and in Node; an absolute one
   * (e.g. `'https://cc.example/api'`) matches only that origin. A trailing
   * slash is ignored.
   * @default '/api'
   */
  baseUrl?: string;
  /**
   * Delay added to every answer, in milliseconds, e.g. `600` in stories to
   * show progress indicators.
   * @default 0
   */
  delayMs?: number;
  /**
   * How long a "slow" answer takes, in milliseconds.
   * @default SLOW_DELAY_MS (60 000)
   */
  slowDelayMs?: number;
  /**
   * Serve the contract through the connectors (`messenger-integration-forms/connectors`)
   * against the provider mocks ({@link createProviderHandlers}), which are
   * then included in the returned handlers: the whole chain a real back end
   * runs, with the providers' real request and response shapes. `true` uses a
   * fresh {@link createProviderState}; pass `{ state }` to seed or inspect it.
   * Keywords of the provider mocks apply (`ratelimit`, `outage`, `netfail`, `slow`).
   *
   * `expectedWebhookUrl` is what Test Connection passes to the connectors as
   * the contact center's endpoint of the account, reaching the `webhook_ours`
   * check (Telegram, LINE, Viber): `true` for the URL the mock's Set Webhook
   * registers ({@link mockWebhookUrl},
   * `https://contact-center.example/webhooks/<type>/<botUsername or name>`),
   * a function for another one (`undefined` skips the check for that config).
   * Without it, `webhook_ours` is skipped, as the connectors do.
   * @default false
   */
  connectors?:
    | boolean
    | {
        state?: ProviderMockState;
        expectedWebhookUrl?: boolean | ((config: MessengerConfig) => string | undefined);
      };
}

/** Handler arrays for stories and tests, see {@link createScenarios}. */
export interface MockScenarios {
  /** The realistic baseline ({@link createMockHandlers}): valid configs succeed; keywords in the token still apply. */
  success: HttpHandler[];
  /** Every request fails on the token field (`secret` for Nexmo) with code `invalid_token`, HTTP 200. */
  invalidToken: HttpHandler[];
  /** Every request answers HTTP 500 with an `{ ok: false, code: 'server_error', message }` body. */
  serverError: HttpHandler[];
  /** Every request waits `slowDelayMs` (60 s by default) before the baseline answer, so a form's timeout fires. */
  slow: HttpHandler[];
  /** Every request fails as a network error (`HttpResponse.error()`). */
  networkError: HttpHandler[];
}

interface Settings {
  connectors?: {
    state: ProviderMockState;
    expectedWebhookUrl?: (config: MessengerConfig) => string | undefined;
  };
  testConnectionPath: string;
  setWebhookPath: string;
  delayMs: number;
  slowDelayMs: number;
}

type Answer<Body extends ActionResult> = HttpResponse<Body>;

function settingsOf(options: MockHandlersOptions = {}): Settings {
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  const given = typeof options.connectors === 'object' ? options.connectors : {};
  const expected =
    given.expectedWebhookUrl === true
      ? mockWebhookUrl
      : typeof given.expectedWebhookUrl === 'function'
        ? given.expectedWebhookUrl
        : undefined;
  const connectors = options.connectors
    ? {
        state: given.state ?? createProviderState(),
        ...(expected ? { expectedWebhookUrl: expected } : {}),
      }
    : undefined;
  return {
    ...(connectors ? { connectors } : {}),
    testConnectionPath: handlerPath(baseUrl, TEST_CONNECTION_PATH),
    setWebhookPath: handlerPath(baseUrl, SET_WEBHOOK_PATH),
    delayMs: Math.max(0, options.delayMs ?? 0),
    slowDelayMs: Math.max(0, options.slowDelayMs ?? SLOW_DELAY_MS),
  };
}

/**
 * The MSW path of an endpoint. A relative base URL becomes a `*`-prefixed
 * pattern, because MSW resolves a plain relative path against `location` (one
 * origin only) in browsers and jsdom, and against nothing in Node.
 */
function handlerPath(baseUrl: string, path: string): string {
  const url = joinUrl(baseUrl, path);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
  return `*${url.startsWith('/') ? url : `/${url}`}`;
}

async function wait(ms: number): Promise<void> {
  if (ms > 0) await delay(ms);
}

/** Reads a JSON body; `undefined` when it is missing or not JSON. */
async function readJson(request: Request): Promise<unknown> {
  try {
    return (await request.json()) as unknown;
  } catch {
    return undefined;
  }
}

function json<Body extends ActionResult>(body: Body, status = 200): Answer<Body> {
  return HttpResponse.json<Body>(body, { status });
}

function displayNameOf(body: unknown): string {
  const type = (body as { type?: unknown } | undefined)?.type;
  return isMessengerType(type) ? MESSENGER_DISPLAY_NAMES[type] : 'The messenger';
}

/** The field that holds the credential the messenger checks: its first secret field. */
function credentialField(type: unknown): string {
  return (isMessengerType(type) && messengerDescriptors[type].secretKeys[0]) || 'token';
}

function credentialOf(config: MessengerConfig): string {
  const values = config as unknown as Record<string, string>;
  return (values[credentialField(config.type)] ?? '').toLowerCase();
}

/** The locale of a request: its `Accept-Language` (en or ja), like the connectors. */
function localeOfRequest(request: Request): MessengerFormsLocale {
  return localeOf(request.headers.get('accept-language') ?? undefined);
}

/** The form messages (validation errors) of a locale. */
function formMessages(locale: MessengerFormsLocale): Messages {
  return locale === 'ja' ? ja : en;
}

function invalidTokenResult(body: unknown, locale: MessengerFormsLocale = 'en'): ActionResult {
  const type = (body as { type?: unknown } | undefined)?.type;
  const name = displayNameOf(body);
  const field = credentialField(type);
  const failed = [check('token', 'fail', 'invalid_token', { provider: name }, field)];
  if (locale === 'ja') {
    const message = messageOf('invalid_token', { provider: name }, 'ja');
    return {
      ok: false,
      field,
      code: 'invalid_token',
      message,
      checks: localizeChecks(failed, 'ja'),
    };
  }
  const hints: Record<string, string> = {
    facebook: 'Generate a new Page Access Token for the Page and paste it again.',
    line: 'Copy the channel access token again from the LINE Developers console.',
    nexmo: 'Copy the API secret again from the Nexmo dashboard.',
    telegram: 'Copy the token again from @BotFather.',
    viber: 'Copy the token again from the Viber Admin Panel.',
  };
  const hint = (typeof type === 'string' && hints[type]) || 'Check the token and try again.';
  const message =
    type === 'nexmo'
      ? `Nexmo rejected the token: the API secret does not match the key. ${hint}`
      : `${name} rejected the token. ${hint}`;
  // The failing check says what the result says, so the field and the alert agree.
  return {
    ok: false,
    field,
    code: 'invalid_token',
    message,
    checks: failed.map((c) => ({ ...c, message })),
  };
}

function serverErrorResult(body: unknown, locale: MessengerFormsLocale = 'en'): ActionResult {
  const name = displayNameOf(body);
  return {
    ok: false,
    code: 'server_error',
    message:
      locale === 'ja'
        ? messageOf('provider_unavailable', { provider: name }, 'ja')
        : `${name} did not answer correctly (server error). Try again in a few minutes.`,
  };
}

/**
 * The webhook URL the contract mock's Set Webhook registers for an account:
 * `https://contact-center.example/webhooks/<type>/<name>`, where `<name>` is
 * the bot username (Telegram, Viber), the Page ID (Facebook) or the account
 * name (LINE, Nexmo), URL-encoded.
 * @param config The account's config.
 * @returns The URL, on {@link MOCK_WEBHOOK_ORIGIN}.
 * @example
 * mockWebhookUrl({ type: 'telegram', botUsername: 'acme_bot', token }); // …/webhooks/telegram/acme_bot
 */
export function mockWebhookUrl(config: MessengerConfig): string {
  const name =
    config.type === 'facebook'
      ? config.pageId
      : 'botUsername' in config
        ? config.botUsername
        : config.name;
  return `${MOCK_WEBHOOK_ORIGIN}/webhooks/${config.type}/${encodeURIComponent(name)}`;
}

/**
 * The passing delivery checks the contract mock shows for an account, in
 * the connectors' order, codes and messages (the connectors' catalogue).
 */
function passingChecks(config: MessengerConfig, account: string): ActionCheck[] {
  const provider = MESSENGER_DISPLAY_NAMES[config.type];
  const url = mockWebhookUrl(config);
  const token = check('token', 'pass', 'token_valid', { provider });
  const identity = check('identity', 'pass', 'identity_confirmed', { account });
  const webhook = [
    check('webhook_set', 'pass', 'webhook_present', { url }),
    check('webhook_ours', 'pass', 'webhook_ours'),
  ];
  switch (config.type) {
    case 'telegram':
      return [
        token,
        identity,
        ...webhook,
        check('updates', 'pass', 'updates_include_messages', { provider }),
        check('delivery_errors', 'pass', 'delivery_ok', { provider }),
        check('pending_updates', 'pass', 'updates_pending_ok', { count: 0 }),
      ];
    case 'facebook':
      return [
        token,
        check('page_token', 'pass', 'page_token_ok'),
        check('messaging', 'pass', 'messaging_allowed'),
        check('subscribed', 'pass', 'page_subscribed'),
        identity,
      ];
    case 'line':
      return [token, ...webhook, check('webhook_active', 'pass', 'webhook_active')];
    case 'viber':
      return [token, identity, ...webhook];
    case 'nexmo':
      return [
        check('credentials', 'pass', 'credentials_valid', { provider }),
        check('balance', 'pass', 'balance_ok', { balance: '10.28 EUR' }),
      ];
  }
}

/** The checks of the contract mock's Set Webhook for an account. */
function setWebhookChecks(config: MessengerConfig, url: string): ActionCheck[] {
  const provider = MESSENGER_DISPLAY_NAMES[config.type];
  switch (config.type) {
    case 'facebook':
      return [check('subscribed', 'pass', 'page_subscribed')];
    case 'line':
      return [
        check('webhook_set', 'pass', 'webhook_registered', { provider, url }),
        check('webhook_test', 'pass', 'webhook_test_ok', { statusCode: 200 }),
        check('webhook_active', 'pass', 'webhook_active'),
      ];
    case 'telegram':
      return [
        check('webhook_set', 'pass', 'webhook_registered', { provider, url }),
        check('secret_token', 'pass', 'secret_token_set'),
        check('updates', 'pass', 'updates_requested', {
          updates: 'message, edited_message, callback_query',
        }),
      ];
    default:
      return [check('webhook_set', 'pass', 'webhook_registered', { provider, url })];
  }
}

/** The account name the connectors' "Connected to {account}." names. */
function accountOf(config: MessengerConfig): string {
  switch (config.type) {
    case 'facebook':
      return config.pageUsername ? `@${config.pageUsername}` : config.pageId;
    case 'telegram':
    case 'viber':
      return `@${config.botUsername}`;
    default:
      return config.name;
  }
}

function testConnectionSuccess(
  config: MessengerConfig,
  locale: MessengerFormsLocale = 'en',
): ActionResult {
  const result = englishSuccess(config);
  const account = accountOf(config);
  const checks = localizeChecks(passingChecks(config, account), locale);
  if (!result.ok) return result;
  return {
    ...result,
    ...(locale === 'ja' ? { message: messageOf('connected', { account }, 'ja') } : {}),
    checks,
  };
}

function englishSuccess(config: MessengerConfig): ActionResult {
  switch (config.type) {
    case 'facebook':
      return {
        ok: true,
        // A Page without a username (the field is optional) is named by its id only.
        message: config.pageUsername
          ? `Connected to the Facebook Page @${config.pageUsername} (Page ID ${config.pageId})`
          : `Connected to the Facebook Page with ID ${config.pageId}`,
        details: {
          ...(config.pageUsername ? { username: config.pageUsername } : {}),
          pageId: config.pageId,
        },
      };
    case 'line':
      return {
        ok: true,
        message: `Connected to the LINE account "${config.name}"`,
        details: { account: config.name },
      };
    case 'nexmo':
      return {
        ok: true,
        message: `Connected to the Nexmo account "${config.name}"`,
        details: { account: config.name },
      };
    case 'telegram':
      return {
        ok: true,
        message: `Connected to @${config.botUsername} (Telegram bot)`,
        details: { username: `@${config.botUsername}` },
      };
    case 'viber':
      return {
        ok: true,
        message: `Connected to @${config.botUsername} (Viber bot)`,
        details: { username: config.botUsername },
      };
  }
}

type Checked =
  | { ok: true; config: MessengerConfig; stored: string[] }
  | { ok: false; response: Answer<ActionResult> };

/**
 * The secrets of the mock's stored account of each type: the edit scenario.
 * A form edited with `storedSecrets` leaves a kept secret out of the request;
 * the mock server answers as if it had merged this stored value, as a host
 * back end merges the secret it keeps on file. Fake, valid and keyword-free.
 */
export const MOCK_STORED_SECRETS: Readonly<
  Record<MessengerType, Readonly<Record<string, string>>>
> = {
  facebook: {
    token: 'EAAFAKEstoredPageAccessTokenNotReal000000',
    webhookVerifyToken: 'FAKE-stored-verify-token-not-real-000000',
    appSecret: 'FAKEstoredAppSecretNotReal000000',
  },
  line: {
    token: 'FAKE-stored-line-channel-access-token-not-real-000',
    channelSecret: 'FAKEstoredChannelSecretNotReal00',
  },
  nexmo: { secret: 'FAKE-stored-nexmo-secret-not-real' },
  telegram: { token: '123456789:AAFAKE-stored-token-not-real-000000' },
  viber: { token: 'fedcba9876543210-fedcba9876543210-fedcba9876543210' },
};

/** Fills the secrets a request left out with the stored ones; returns their keys. */
function mergeStoredSecrets(body: unknown): { body: unknown; stored: string[] } {
  if (!isObject(body)) return { body, stored: [] };
  const record = body;
  if (!isMessengerType(record.type)) return { body, stored: [] };
  const merged: Record<string, unknown> = { ...record };
  const stored: string[] = [];
  // Which keys are secret: the descriptor's field kinds, the one answer.
  for (const key of messengerDescriptors[record.type].secretKeys) {
    const value = MOCK_STORED_SECRETS[record.type][key];
    if (merged[key] === undefined && value !== undefined) {
      merged[key] = value;
      stored.push(key);
    }
  }
  return { body: merged, stored };
}

/** Validates a request body as a config; a 400 answer when it is not one. */
function checkConfig(raw: unknown, locale: MessengerFormsLocale = 'en'): Checked {
  if (raw === undefined) {
    return {
      ok: false,
      response: json(
        {
          ok: false,
          code: 'bad_request',
          message:
            locale === 'ja'
              ? 'リクエスト本文はメッセンジャー設定の JSON でなければなりません。'
              : 'The request body must be a JSON messenger config.',
        },
        400,
      ),
    };
  }
  const { body, stored } = mergeStoredSecrets(raw);
  const result = validateMessengerConfig(body, { locale });
  if (result.ok) return { ok: true, config: result.config, stored };
  const [field, message] = Object.entries(result.errors)[0] ?? [
    'type',
    formMessages(locale)['error.unknownType'],
  ];
  return { ok: false, response: json({ ok: false, code: 'invalid_config', field, message }, 400) };
}

/**
 * What the messenger "says" about a credential, driven by keywords in it:
 * `slow` waits, `error` fails with 500, `invalid` rejects the token.
 * @returns an answer, or `undefined` to continue with success.
 */
async function simulateMessenger(
  config: MessengerConfig,
  settings: Settings,
  locale: MessengerFormsLocale,
): Promise<Answer<ActionResult> | undefined> {
  const credential = credentialOf(config);
  if (credential.includes('slow')) await wait(settings.slowDelayMs);
  if (credential.includes('error')) return json(serverErrorResult(config, locale), 500);
  if (credential.includes('invalid')) return json(invalidTokenResult(config, locale));
  return undefined;
}

function webhookUrlError(message: string): Answer<WebhookResult> {
  return json<WebhookResult>(
    { ok: false, field: 'webhookUrl', code: 'invalid_webhook_url', message },
    400,
  );
}

async function answerTestConnection(
  request: Request,
  settings: Settings,
): Promise<Answer<TestConnectionResponseBody>> {
  await wait(settings.delayMs);
  const locale = localeOfRequest(request);
  const checked = checkConfig(await readJson(request), locale);
  if (!checked.ok) return checked.response;
  if (settings.connectors) {
    const expectedWebhookUrl = settings.connectors.expectedWebhookUrl?.(checked.config);
    return json(
      await testConnection(checked.config, {
        signal: request.signal,
        locale,
        ...(expectedWebhookUrl ? { expectedWebhookUrl } : {}),
      }),
    );
  }
  const failure = await simulateMessenger(checked.config, settings, locale);
  if (failure) return failure;
  const result = testConnectionSuccess(checked.config, locale);
  // Say which credential was checked: the stored one, or the new one in the request.
  const credential = credentialField(checked.config.type);
  const stored =
    locale === 'ja' ? `（保存済みの ${credential} を使用）` : `, using the stored ${credential}`;
  return json(
    result.ok && checked.stored.includes(credential)
      ? { ...result, message: `${result.message}${stored}` }
      : result,
  );
}

async function answerSetWebhook(
  request: Request,
  settings: Settings,
): Promise<Answer<SetWebhookResponseBody>> {
  await wait(settings.delayMs);
  const locale = localeOfRequest(request);
  const messages = formMessages(locale);
  const body = await readJson(request);
  const type = (body as { type?: unknown } | undefined)?.type;
  if (isMessengerType(type) && !supportsSetWebhook(type)) {
    const provider = MESSENGER_DISPLAY_NAMES[type];
    return json<WebhookResult>(
      {
        ok: false,
        code: 'unsupported',
        message:
          locale === 'ja'
            ? messageOf('unsupported_action', { provider }, 'ja')
            : `${provider} does not support Set Webhook.`,
      },
      400,
    );
  }
  const checked = checkConfig(body, locale);
  if (!checked.ok) return checked.response;
  const { config } = checked;

  let webhookUrl: string;
  if (config.type === 'viber') {
    const raw = (body as { webhookUrl?: unknown }).webhookUrl;
    if (typeof raw !== 'string' || raw.trim() === '')
      return webhookUrlError(messages['error.webhookUrl.required']);
    if (!/^https:\/\//i.test(raw.trim())) return webhookUrlError(messages['error.webhookUrl.http']);
    const parsed = parseWebhookUrl(raw);
    if (!parsed.ok) return webhookUrlError(messages[parsed.error]);
    webhookUrl = parsed.url;
  } else {
    webhookUrl = mockWebhookUrl(config);
  }
  if (settings.connectors)
    return json(
      await setWebhook(config, {
        webhookUrl,
        secretToken: MOCK_TELEGRAM_SECRET_TOKEN,
        signal: request.signal,
        locale,
      }),
    );

  const failure = await simulateMessenger(config, settings, locale);
  if (failure) return failure;
  const name = MESSENGER_DISPLAY_NAMES[config.type];
  const username = (config as { botUsername?: string }).botUsername;
  const checks = localizeChecks(setWebhookChecks(config, webhookUrl), locale);
  if (config.type === 'facebook') {
    return json<WebhookResult>({
      ok: true,
      message:
        locale === 'ja'
          ? messageOf('page_subscribed', {}, 'ja')
          : `Page ${config.pageId} subscribed: Facebook will send its messages to the app's webhook`,
      checks,
    });
  }
  const account = username ? `@${username}` : (config as { name?: string }).name;
  return json<WebhookResult>({
    ok: true,
    message:
      locale === 'ja'
        ? messageOf('webhook_set', { url: webhookUrl }, 'ja')
        : `Webhook set for ${account}: ${name} will send messages to ${webhookUrl}`,
    webhookUrl,
    checks,
  });
}

type Resolve<Body extends ActionResult> = (request: Request) => Promise<Answer<Body>>;

function handlersFor(
  settings: Settings,
  testConnection: Resolve<TestConnectionResponseBody>,
  setWebhook: Resolve<SetWebhookResponseBody>,
): HttpHandler[] {
  return [
    http.post<PathParams, TestConnectionRequestBody, TestConnectionResponseBody>(
      settings.testConnectionPath,
      ({ request }) => testConnection(request),
    ),
    http.post<PathParams, SetWebhookRequestBody, SetWebhookResponseBody>(
      settings.setWebhookPath,
      ({ request }) => setWebhook(request),
    ),
  ];
}

/**
 * MSW handlers answering the reference REST contract used by
 * {@link createHttpCallbacks}:
 * `POST {baseUrl}/messenger-accounts/test-connection` and
 * `POST {baseUrl}/messenger-accounts/set-webhook`.
 *
 * Answers are deterministic:
 * - The body is checked with `validateMessengerConfig`; an invalid one gets
 *   HTTP 400 `{ ok: false, code: 'invalid_config', field, message }`.
 * - Test Connection names the account, e.g. `Connected to @acme_bot (Telegram bot)`,
 *   with the passing delivery `checks` of its type, in the connectors' order,
 *   codes and messages (e.g. Telegram `token`, `identity`, `webhook_set`,
 *   `webhook_ours`, `updates`, `delivery_errors`, `pending_updates`).
 * - Set Webhook: Telegram and LINE register
 *   `https://contact-center.example/webhooks/<type>/<botUsername or name>`;
 *   Facebook subscribes the Page (no URL); Viber requires an `https://`
 *   `webhookUrl` (else 400 on field `webhookUrl`) and echoes it; each answer
 *   has `checks` saying what was set. Nexmo answers 400 `unsupported`.
 * - Answers in the request's `Accept-Language` (`ja…` → Japanese, else
 *   English), as the connectors do: check texts and result texts come from
 *   the connectors' catalogue, validation errors from the forms' messages;
 *   codes, fields and params do not change.
 * - Edit scenario: a secret the request leaves out (a form with
 *   `storedSecrets` whose administrator kept it) is taken from the mock's
 *   stored account, {@link MOCK_STORED_SECRETS}, and Test Connection says so
 *   ("…, using the stored token"); a secret in the request is the new one.
 * - Keywords in the token (the secret for Nexmo), case-insensitive:
 *   `invalid` → HTTP 200 `{ ok: false, field: 'token' | 'secret', code: 'invalid_token' }`;
 *   `slow` → waits `slowDelayMs` (60 s) so a form's timeout fires;
 *   `error` → HTTP 500 `{ ok: false, code: 'server_error', message }`.
 *
 * With `connectors: true`, answers come instead from the connectors calling
 * the provider mocks (included in the returned array), as a real back end's would;
 * `connectors: { state, expectedWebhookUrl: true }` also runs the "is ours"
 * checks against the URL the mock's Set Webhook registers ({@link mockWebhookUrl}).
 *
 * @param options `baseUrl` (default `'/api'`, relative matches any origin),
 *   `delayMs` added to every answer (default 0), `slowDelayMs`, `connectors`.
 * @returns The handlers, for `setupServer(...)`, `setupWorker(...)` or
 *   `parameters.msw.handlers`.
 * @example
 * const server = setupServer(...createMockHandlers());
 */
export function createMockHandlers(options: MockHandlersOptions = {}): HttpHandler[] {
  const settings = settingsOf(options);
  return [
    ...handlersFor(
      settings,
      (request) => answerTestConnection(request, settings),
      (request) => answerSetWebhook(request, settings),
    ),
    ...(settings.connectors ? createProviderHandlers({ state: settings.connectors.state }) : []),
  ];
}

/**
 * Builds the named {@link MockScenarios} for a given base URL and delay.
 * Use them as a per-story (`parameters.msw.handlers`) or per-test
 * (`server.use(...)`) override.
 * @param options Same as {@link createMockHandlers}.
 * @example
 * server.use(...createScenarios({ baseUrl: 'https://cc.example/api' }).serverError);
 */
export function createScenarios(options: MockHandlersOptions = {}): MockScenarios {
  const settings = settingsOf(options);
  const fail =
    (answer: (body: unknown, locale: MessengerFormsLocale) => Answer<ActionResult>) =>
    async (request: Request): Promise<Answer<ActionResult>> => {
      await wait(settings.delayMs);
      return answer(await readJson(request), localeOfRequest(request));
    };
  const slow =
    <Body extends ActionResult>(next: Resolve<Body>): Resolve<Body> =>
    async (request) => {
      await wait(settings.slowDelayMs);
      return next(request);
    };
  const networkError = async (): Promise<Answer<ActionResult>> => {
    await wait(settings.delayMs);
    return HttpResponse.error();
  };
  const invalidToken = fail((body, locale) => json(invalidTokenResult(body, locale)));
  const serverError = fail((body, locale) => json(serverErrorResult(body, locale), 500));
  return {
    success: createMockHandlers(options),
    invalidToken: handlersFor(settings, invalidToken, invalidToken),
    serverError: handlersFor(settings, serverError, serverError),
    slow: handlersFor(
      settings,
      slow((request) => answerTestConnection(request, settings)),
      slow((request) => answerSetWebhook(request, settings)),
    ),
    networkError: handlersFor(settings, networkError, networkError),
  };
}

/**
 * Named handler arrays on the default base URL `'/api'` (any origin), for
 * stories and tests: `success`, `invalidToken`, `serverError`, `slow`,
 * `networkError`. Use {@link createScenarios} for another base URL.
 * @example
 * export const ServerError = { parameters: { msw: { handlers: scenarios.serverError } } };
 */
export const scenarios: MockScenarios = /* @__PURE__ */ createScenarios();
